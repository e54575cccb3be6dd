#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace redline {

// Fills a notice template's placeholders ({subject}, {points}, ...) with their values. Pure: no files, no
// store. A placeholder is `{` + lowercase letters, digits and `_` + `}`; any other brace is literal text,
// so a template may quote "{" freely. A placeholder the values do not name is an error naming it and its
// line, never an empty gap in a notice that is sent.
class NoticeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRenderer)
public:
    static bool render(const QString &templateText, const QHash<QString, QString> &values, QString *out,
                       QString *error);
    // The placeholder names a template uses, in order of first use.
    static QStringList placeholders(const QString &templateText);

private:
    // The placeholder starting at `open` (a '{'), or an empty string when the brace starts none.
    static QString placeholderAt(const QString &text, qsizetype open);
};

} // namespace redline
