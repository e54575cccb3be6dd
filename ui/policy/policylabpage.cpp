#include "policy/policylabpage.h"

#include "actions/actions.h"
#include "policy/policyeditor.h"
#include "policy/policyversionspanel.h"
#include "store/store.h"
#include "writegate.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace redline {

namespace {

enum Tab { VersionsTab = 0, EditorTab = 1, CompareTab = 2 };

} // namespace

PolicyLabPage::PolicyLabPage(Store &store, QWidget *parent)
    : Page(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("policyLabPage"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("policyLabTabs"));
    m_versions = new PolicyVersionsPanel(store);
    m_editor = new PolicyEditor;
    m_tabs->addTab(m_versions, tr("Versions"));
    m_tabs->addTab(m_editor, tr("Editor"));
    m_tabs->addTab(compareTab(), tr("Compare"));
    layout->addWidget(m_tabs);
    connect(m_editor, &PolicyEditor::policyEdited, this,
            [this] { m_versions->setDraft(m_editor->policy(), m_editor->label()); });
    m_editor->setPolicy(store.policy(), tr("the policy in force"));
    connect(m_editor, &PolicyEditor::compareRequested, this, [this](const Policy &candidate, const QString &label) {
        m_tabs->setCurrentIndex(CompareTab);
        emit compareRequested(candidate, label);
    });
    connect(m_editor, &PolicyEditor::saveDraftRequested, this, &PolicyLabPage::chooseDraftName);
    connect(m_versions, &PolicyVersionsPanel::openRequested, this, &PolicyLabPage::openVersion);
    connect(m_versions, &PolicyVersionsPanel::storeChanged, this, &Page::storeChanged);
    sessionChanged();
}

QString PolicyLabPage::title() const
{
    return tr("Policy");
}

// The editor keeps its draft: a refresh only re-reads the versions.
void PolicyLabPage::refresh()
{
    m_versions->refresh();
}

// Drafts and activations are ChangePolicy (docs/roles.md): the buttons say who may.
void PolicyLabPage::sessionChanged()
{
    m_versions->setSession(session());
    m_editor->setSaveRefusal(WriteGate::refusal(&m_store, session(), Permission::ChangePolicy));
}

void PolicyLabPage::openVersion(const Policy &policy, const QString &name)
{
    m_editor->setPolicy(policy, name);
    m_tabs->setCurrentIndex(EditorTab);
}

bool PolicyLabPage::saveDraft(const Policy &policy, const QString &name, const QString &note, QString *error)
{
    Actions actions(m_store, session());
    StoreError refusal;
    if (!actions.addPolicy(policy, name.trimmed(), note, &refusal)) {
        *error = refusal.message;
        return false;
    }
    m_versions->refresh();
    emit storeChanged();
    return true;
}

void PolicyLabPage::chooseDraftName(const Policy &policy)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Save draft"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    auto *name = new QLineEdit(policy.name);
    auto *note = new QLineEdit;
    form->addRow(tr("Draft name"), name);
    form->addRow(tr("Note"), note);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto needName = [name, buttons] {
        QPushButton *save = buttons->button(QDialogButtonBox::Save);
        save->setEnabled(!name->text().trimmed().isEmpty());
        save->setToolTip(save->isEnabled() ? tr("Save the draft") : tr("A draft needs a name."));
    };
    needName();
    connect(name, &QLineEdit::textChanged, &dialog, needName);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!saveDraft(policy, name->text(), note->text(), &error))
        QMessageBox::warning(this, tr("Save draft"), error);
    else
        m_tabs->setCurrentIndex(VersionsTab);
}

// Until the window hands the comparison view in, the tab says what will be there.
QWidget *PolicyLabPage::compareTab()
{
    auto *tab = new QWidget;
    tab->setObjectName(QStringLiteral("compareSlot"));
    m_compareLayout = new QVBoxLayout(tab);
    auto *note = new QLabel(tr("The comparison of a candidate policy with the policy in force appears here: "
                               "press \"Compare with the policy in force…\" in the editor."));
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    m_compareNote = note;
    m_compareLayout->addWidget(note);
    return tab;
}

void PolicyLabPage::setCompareView(QWidget *view)
{
    delete m_compareView;
    if (m_compareNote)
        m_compareNote->hide();
    m_compareView = view;
    if (view)
        m_compareLayout->addWidget(view);
    else if (m_compareNote)
        m_compareNote->show();
}

} // namespace redline
