#include "policy/policylabpage.h"

#include "policy/policyeditor.h"
#include "store/store.h"

#include <QLabel>
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
    m_editor = new PolicyEditor;
    m_tabs->addTab(versionsTab(), tr("Versions"));
    m_tabs->addTab(m_editor, tr("Editor"));
    m_tabs->addTab(compareTab(), tr("Compare"));
    layout->addWidget(m_tabs);
    m_editor->setPolicy(store.policy(), tr("the policy in force"));
    connect(m_editor, &PolicyEditor::compareRequested, this, [this](const Policy &candidate, const QString &label) {
        m_tabs->setCurrentIndex(CompareTab);
        emit compareRequested(candidate, label);
    });
}

QString PolicyLabPage::title() const
{
    return tr("Policy");
}

void PolicyLabPage::refresh()
{
}

void PolicyLabPage::sessionChanged()
{
}

QWidget *PolicyLabPage::versionsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *note = new QLabel(tr("Policy versions are not stored yet."));
    layout->addWidget(note);
    layout->addStretch(1);
    return tab;
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
