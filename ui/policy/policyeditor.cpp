#include "policy/policyeditor.h"

#include "policy/jsonpath.h"
#include "policy/policyfields.h"
#include "policy/policyform.h"
#include "policy/policyloader.h"
#include "policy/policypathlabels.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace redline {

PolicyEditor::PolicyEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("policyEditor"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_source = new QLabel;
    m_source->setObjectName(QStringLiteral("policySource"));
    m_import = new QPushButton(tr("Import JSON…"));
    m_export = new QPushButton(tr("Export JSON…"));
    m_revert = new QPushButton(tr("Revert"));
    m_save = new QPushButton(tr("Save as draft…"));
    m_compare = new QPushButton(tr("Compare with the policy in force…"));
    m_import->setObjectName(QStringLiteral("importPolicy"));
    m_export->setObjectName(QStringLiteral("exportPolicy"));
    m_revert->setObjectName(QStringLiteral("revertPolicy"));
    m_save->setObjectName(QStringLiteral("saveDraft"));
    m_compare->setObjectName(QStringLiteral("comparePolicy"));
    m_import->setToolTip(tr("Read a policy from a JSON file; a file the loader refuses changes nothing"));
    m_revert->setToolTip(tr("Discard the edits and show the policy as it was loaded"));
    bar->addWidget(m_source, 1);
    for (QPushButton *button : {m_import, m_export, m_revert, m_save, m_compare})
        bar->addWidget(button);
    layout->addLayout(bar);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("policySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_bodyLayout = new QVBoxLayout;
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_bodyLayout, 1);

    connect(m_import, &QPushButton::clicked, this, &PolicyEditor::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &PolicyEditor::chooseExport);
    connect(m_revert, &QPushButton::clicked, this, [this] { setPolicy(m_base, m_label); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_edited)
            emit saveDraftRequested(*m_edited);
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (m_edited)
            emit compareRequested(*m_edited, candidateLabel());
    });
    setSaveRefusal(tr("Saving drafts is not available here"));
}

void PolicyEditor::setPolicy(const Policy &policy, const QString &label)
{
    m_base = policy;
    m_label = label;
    m_document = QJsonDocument::fromJson(PolicyLoader::toJson(policy)).object();
    m_source->setText(tr("Editing: %1 (%2 v%3)").arg(label, policy.name).arg(policy.version));
    rebuildForm();
    validate();
}

bool PolicyEditor::isModified() const
{
    return !m_edited || PolicyLoader::toJson(*m_edited) != PolicyLoader::toJson(m_base);
}

QString PolicyEditor::summaryText() const
{
    return m_summary->text();
}

QWidget *PolicyEditor::field(const QString &path) const
{
    return m_form ? m_form->fields()->field(path) : nullptr;
}

QString PolicyEditor::fieldError(const QString &path) const
{
    return m_form ? m_form->fields()->errorText(path) : QString();
}

void PolicyEditor::rebuildForm()
{
    delete m_body;
    m_body = new QWidget;
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new PolicyForm(m_base, m_body);
    layout->addWidget(headerFields());
    layout->addWidget(m_form, 1);
    m_bodyLayout->addWidget(m_body);
    connect(m_form->fields(), &PolicyFields::edited, this, &PolicyEditor::applyEdit);
}

// The policy's name and version, which the status bar and the versions list show.
QWidget *PolicyEditor::headerFields()
{
    auto *header = new QWidget;
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("Policy name"), m_form->fields()->textField(QStringLiteral("name"), m_base.name));
    auto *right = new QFormLayout;
    right->addRow(tr("Version"), m_form->fields()->intField(QStringLiteral("version"), m_base.version));
    layout->addLayout(form, 2);
    layout->addLayout(right, 1);
    return header;
}

void PolicyEditor::applyEdit(const QString &path, const QJsonValue &value)
{
    JsonPath::set(m_document, path, value);
    validate();
}

// The loader decides: the editor has no rule of its own.
void PolicyEditor::validate()
{
    m_error.clear();
    m_edited = PolicyLoader::loadJson(QJsonDocument(m_document).toJson(QJsonDocument::Compact), &m_error);
    showValidation();
    updateButtons();
    emit policyEdited();
}

void PolicyEditor::showValidation()
{
    if (m_edited) {
        m_form->fields()->clearErrors();
        m_form->markErrorTab(-1);
        m_summary->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_summary->setToolTip(QString());
        m_summary->setText(isModified() ? tr("Valid. Edited: not saved yet.") : tr("Valid. No edits."));
        return;
    }
    QString path;
    QString reason;
    JsonPath::splitError(m_error, &path, &reason);
    m_form->markErrorTab(m_form->fields()->showError(path, reason));
    m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_summary->setText(path.isEmpty() ? tr("Not valid: %1").arg(reason)
                                      : tr("Not valid: %1: %2").arg(PolicyPathLabels::label(path, &m_base), reason));
    m_summary->setToolTip(m_error);
}

void PolicyEditor::updateButtons()
{
    const QString invalid = m_edited ? QString() : tr("The policy is not valid: %1").arg(m_error);
    m_export->setEnabled(m_edited.has_value());
    m_export->setToolTip(m_edited ? tr("Write the edited policy to a JSON file") : invalid);
    m_compare->setEnabled(m_edited.has_value());
    m_compare->setToolTip(m_edited ? tr("Replay the history under the edited policy and compare it with the policy in force")
                                   : invalid);
    const QString saveRefusal = !m_edited ? invalid : m_saveRefusal;
    m_save->setEnabled(saveRefusal.isEmpty());
    m_save->setToolTip(saveRefusal.isEmpty() ? tr("Store the edited policy as a named draft") : saveRefusal);
}

void PolicyEditor::setSaveRefusal(const QString &reason)
{
    m_saveRefusal = reason;
    updateButtons();
}

QString PolicyEditor::candidateLabel() const
{
    return isModified() ? tr("%1 (edited)").arg(m_label) : m_label;
}

bool PolicyEditor::importFile(const QString &path, QString *error)
{
    std::optional<Policy> loaded = PolicyLoader::loadFile(path, error);
    if (!loaded)
        return false;
    setPolicy(*loaded, QFileInfo(path).fileName());
    return true;
}

bool PolicyEditor::exportFile(const QString &path, QString *error) const
{
    if (!m_edited) {
        *error = tr("The policy is not valid: %1").arg(m_error);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PolicyLoader::toJson(*m_edited)) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void PolicyEditor::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import policy"), QString(), tr("Policy (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importFile(path, &error))
        QMessageBox::warning(this, tr("Import policy"), tr("The file was not imported: %1").arg(error));
}

void PolicyEditor::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export policy"), m_base.name + QLatin1String(".json"),
                                                      tr("Policy (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFile(path, &error))
        QMessageBox::warning(this, tr("Export policy"), error);
}

} // namespace redline
