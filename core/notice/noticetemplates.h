#pragma once

#include "actions/permission.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace redline {

// The words a notice's lists are made of, in one language: code and sanction names and the phrases that
// join them (resources/notices/<lang>/names.json).
struct NoticeWords {
    QHash<QString, QString> codes;      // violation code -> its name
    QHash<QString, QString> sanctions;  // restriction or sanction id -> its name
    QHash<QString, QString> words;      // none, sanction_line, sanction_line_permanent, ended_line,
                                        // list_separator, instant (a QDateTime format)
    QString code(const QString &id) const { return codes.value(id, id); }
    QString sanction(const QString &id) const { return sanctions.value(id, id); }
    QString word(const QString &key) const { return words.value(key); }
};

// Where notice templates come from (docs/rules.md "Notices"): one text file per template and language,
// shipped in the library's resources (:/notices/<lang>/<id>.txt), and replaced by a file of the same name
// in the override folder when there is one. Reads files, so it lives here and not in core/engine.
class NoticeTemplates
{
    Q_DECLARE_TR_FUNCTIONS(NoticeTemplates)
public:
    static const QStringList &ids();        // every template id, in a fixed order
    static const QStringList &languages();  // zh_CN, en
    static QString platformLanguage();      // zh_CN: a subject without a `language` attribute gets it
    static bool isKnown(const QString &id) { return ids().contains(id); }
    // The action whose consequence a notice of this template is: an imported `notice` line needs the same
    // permission as that action (docs/roles.md).
    static Permission sentBy(const QString &id);

    // The override folder: $REDLINE_NOTICES_DIR, else <generic config>/redline/notices (on Linux
    // ~/.config/redline/notices), shared by the console and the CLI. setOverrideFolder() replaces it for
    // this process (tests); an empty folder means none.
    static QString overrideFolder();
    static void setOverrideFolder(const QString &folder);

    // The template's text: the override file when there is one, else the shipped one. False, with a
    // message naming the template, the language and the file, when neither can be read.
    static bool text(const QString &id, const QString &language, QString *out, StoreError *error,
                     QString *origin = nullptr);
    static bool words(const QString &language, NoticeWords *out, StoreError *error);

private:
    static QString resolve(const QString &language, const QString &fileName);
};

} // namespace redline
