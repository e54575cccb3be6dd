#pragma once

#include "policy/policy.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QLabel;
class QWidget;

namespace redline {

// The editor's fields, each bound to the JSON path of the value it edits, and the label beside it where
// the loader's reason is shown when an error names that path (or a value inside it). The fields accept
// anything their type can hold (a negative step, an empty list, a typo in an id list) and check nothing:
// what is valid is decided by PolicyLoader alone, so the editor refuses exactly what the loader refuses.
class PolicyFields : public QObject
{
    Q_OBJECT
public:
    // `policy` words the choices (restriction labels, code descriptions) and lists the ids to pick from.
    explicit PolicyFields(const Policy &policy, QObject *parent = nullptr);

    // Each returns the widget to place: the editor and, to its right, its error label.
    QWidget *intField(const QString &path, int value);
    // An integer that may be absent or null: the box says `noneText` ("permanent", "none") when checked;
    // `removeWhenNone` drops the member (an optional field) instead of writing null (days).
    QWidget *optionalIntField(const QString &path, std::optional<int> value, const QString &noneText,
                              bool removeWhenNone);
    QWidget *textField(const QString &path, const QString &value);
    QWidget *boolField(const QString &path, bool value, const QString &text);
    // "80, 70, 60": a token that is not an integer goes to the loader as text, which it refuses.
    QWidget *intListField(const QString &path, const QJsonArray &values);
    // Restriction ids, comma-separated, with their labels beside.
    QWidget *restrictionListField(const QString &path, const QStringList &ids);
    QWidget *restrictionChoice(const QString &path, const QString &id);
    QWidget *codeChoice(const QString &path, SubjectKind kind, const QString &code);
    // A sanction: its restriction and its days (null: permanent, R-T4).
    QWidget *sanctionField(const QString &path, const QString &id, std::optional<int> days);

    // A spin box without a label of its own, for a table's cell: `error` is the row's.
    QWidget *intCell(const QString &path, int value, QLabel *error);

    // A label that shows errors inside `path` that no field of their own takes (a row, a group); `owner`
    // is what shows it.
    QLabel *errorLabel(const QString &path);
    void bindErrorLabel(const QString &path, QLabel *label);
    // Placement of the fields made from now on (the editor's tab), to point at the tab of an error.
    void setCurrentTab(int tab) { m_tab = tab; }

    // Shows `reason` beside the field bound to `errorPath`, else to the nearest value around it, else the
    // first field inside it; clears every other label. Returns the tab of the field (-1: none).
    int showError(const QString &errorPath, const QString &reason);
    void clearErrors();
    QString errorText(const QString &path) const;
    QWidget *field(const QString &path) const;

signals:
    // `value` Undefined: remove the member.
    void edited(const QString &path, const QJsonValue &value);

private:
    struct Binding {
        QString path;
        QPointer<QWidget> editor;
        QPointer<QLabel> error;
        int tab = -1;
    };

    QWidget *withErrorLabel(const QString &path, QWidget *editor);
    const Binding *bindingFor(const QString &errorPath) const;
    QStringList restrictionIdsByLabel() const;

    const Policy m_policy;
    QVector<Binding> m_bindings;
    int m_tab = -1;
};

} // namespace redline
