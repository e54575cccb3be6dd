#pragma once

#include "policy/policy.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace redline {

class PolicyForm;

// Every value of a policy, edited in a form (PolicyForm) and validated as you type by PolicyLoader itself:
// each edit is written at its JSON path into the document of the loaded policy (PolicyLoader::toJson) and
// the whole document is loaded again. The loader's reason is shown beside the field its error names and,
// with the setting in words, in the line at the top; an invalid policy cannot be exported, saved or
// compared (the buttons say why). Import reads a JSON file (a bad file is reported and changes nothing).
class PolicyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyEditor(QWidget *parent = nullptr);

    // Starts editing `policy`; `label` names where it came from ("in force", a version's name, a file).
    void setPolicy(const Policy &policy, const QString &label);
    // The edited policy, when valid.
    const std::optional<Policy> &policy() const { return m_edited; }
    const Policy &basePolicy() const { return m_base; }
    QString label() const { return m_label; }
    bool isModified() const;
    // The loader's error line for the edited document ("FIELD: REASON"); empty when valid.
    QString error() const { return m_error; }
    QString summaryText() const;

    // The editor of the value at `path` (objectName is the path) and the text beside it.
    QWidget *field(const QString &path) const;
    QString fieldError(const QString &path) const;

    bool importFile(const QString &path, QString *error);
    bool exportFile(const QString &path, QString *error) const;

    // Why "Save as draft…" is refused (no permission, no store versions); empty: allowed.
    void setSaveRefusal(const QString &reason);

signals:
    void compareRequested(const Policy &candidate, const QString &label);
    void saveDraftRequested(const Policy &policy);
    // After every edit, import or load: the edited policy may have become valid or invalid.
    void policyEdited();

private:
    void rebuildForm();
    QWidget *headerFields();
    void applyEdit(const QString &path, const QJsonValue &value);
    void validate();
    void showValidation();
    void updateButtons();
    void chooseImport();
    void chooseExport();
    QString candidateLabel() const;

    Policy m_base;
    QString m_label;
    QJsonObject m_document;
    std::optional<Policy> m_edited;
    QString m_error;
    QString m_saveRefusal;

    QLabel *m_source = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_compare = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QWidget *m_body = nullptr;
    PolicyForm *m_form = nullptr;
};

} // namespace redline
