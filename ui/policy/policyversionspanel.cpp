#include "policy/policyversionspanel.h"

#include "actions/actions.h"
#include "policy/policydiffview.h"
#include "policy/policyloader.h"
#include "policytext.h"
#include "store/store.h"
#include "writegate.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace redline {

namespace {

enum Column { NameColumn, AuthorColumn, CreatedColumn, NoteColumn, StatusColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

PolicyVersionsPanel::PolicyVersionsPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("policyVersions"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("versionsStatus"));
    m_open = new QPushButton(tr("Open in editor"));
    m_open->setObjectName(QStringLiteral("openVersion"));
    m_activate = new QPushButton(tr("Activate…"));
    m_activate->setObjectName(QStringLiteral("activateVersion"));
    bar->addWidget(m_status, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_activate);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Author"), tr("Created"), tr("Note"), tr("Status")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_diff = new PolicyDiffView;
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PolicyVersionsPanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, m_open, &QPushButton::click);
    connect(m_open, &QPushButton::clicked, this, [this] {
        QString name;
        if (const std::optional<Policy> policy = selectedPolicy(&name))
            emit openRequested(*policy, name);
    });
    connect(m_activate, &QPushButton::clicked, this, &PolicyVersionsPanel::chooseActivation);
    refresh();
}

void PolicyVersionsPanel::refresh()
{
    StoreError error;
    m_versions = m_store.policyVersions(&error);
    m_error = error.message;
    fillTable();
    updateDiffChoices();
    updateButtons();
}

void PolicyVersionsPanel::setSession(const Session &session)
{
    m_session = session;
    updateButtons();
}

void PolicyVersionsPanel::setDraft(const std::optional<Policy> &draft, const QString &label)
{
    m_draft = draft;
    m_draftLabel = label;
    updateDiffChoices();
}

void PolicyVersionsPanel::fillTable()
{
    m_table->setRowCount(m_versions.size());
    for (int row = 0; row < m_versions.size(); ++row) {
        const PolicyVersion &version = m_versions.at(row);
        QString status = version.inForce ? tr("in force") : version.effectiveAt || version.base ? tr("not in force") : tr("draft");
        if (version.base)
            status += tr(" · base");
        if (version.effectiveAt)
            status += tr(" · effective %1").arg(PolicyText::formatDateTime(*version.effectiveAt));
        if (version.backdated)
            status += tr(" · backdated");
        m_table->setItem(row, NameColumn, cell(version.name));
        m_table->setItem(row, AuthorColumn, cell(version.author));
        m_table->setItem(row, CreatedColumn, cell(PolicyText::formatDateTime(version.createdAt)));
        m_table->setItem(row, NoteColumn, cell(version.note));
        m_table->setItem(row, StatusColumn, cell(status));
        if (version.activatedAt)
            m_table->item(row, StatusColumn)->setToolTip(tr("Activated by %1 at %2")
                                                             .arg(version.activatedBy,
                                                                  PolicyText::formatDateTime(*version.activatedAt)));
        if (version.inForce) {
            QFont bold = m_table->font();
            bold.setBold(true);
            for (int c = 0; c < ColumnCount; ++c)
                m_table->item(row, c)->setFont(bold);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_status->setText(!m_error.isEmpty() ? m_error : tr("%n version(s)", nullptr, m_versions.size()));
}

// Every version that loads, then the editor's draft: any two of them can be compared.
void PolicyVersionsPanel::updateDiffChoices()
{
    QVector<PolicyChoice> choices;
    for (const PolicyVersion &version : m_versions) {
        QString ignored;
        if (std::optional<Policy> policy = PolicyLoader::loadJson(version.json, &ignored))
            choices.append({version.inForce ? tr("%1 (in force)").arg(version.name) : version.name, *policy});
    }
    if (choices.isEmpty())
        choices.append({tr("the policy in force"), m_store.policy()});
    if (m_draft)
        choices.append({tr("editor: %1").arg(m_draftLabel), *m_draft});
    m_diff->setChoices(choices);
}

std::optional<Policy> PolicyVersionsPanel::selectedPolicy(QString *name) const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_versions.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    if (name)
        *name = m_versions.at(row).name;
    QString ignored;
    return PolicyLoader::loadJson(m_versions.at(row).json, &ignored);
}

void PolicyVersionsPanel::updateButtons()
{
    const bool selected = !m_table->selectedItems().isEmpty();
    m_open->setEnabled(selected);
    m_open->setToolTip(selected ? tr("Edit a copy of the selected version") : tr("Select a version first"));
    const QString refused = WriteGate::refusal(&m_store, m_session, Permission::ChangePolicy);
    const int row = m_table->currentRow();
    const bool inForce = selected && row >= 0 && row < m_versions.size() && m_versions.at(row).inForce;
    m_activate->setEnabled(selected && refused.isEmpty());
    m_activate->setToolTip(!refused.isEmpty() ? refused
                           : !selected        ? tr("Select a version first")
                           : inForce          ? tr("Activate this version again from another instant")
                                              : tr("Put the selected version in force from an instant you choose"));
}

bool PolicyVersionsPanel::activate(const QString &name, Instant effectiveAt, QString *error)
{
    Actions actions(m_store, m_session);
    StoreError refusal;
    if (!actions.activatePolicy(name, effectiveAt, &refusal)) {
        *error = refusal.message;
        return false;
    }
    refresh();
    emit storeChanged();
    return true;
}

// The effective instant, with what a date before now means (a backdated activation: allowed, audited and
// marked, docs/rules.md "Policy versions").
void PolicyVersionsPanel::chooseActivation()
{
    QString name;
    if (!selectedPolicy(&name))
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Activate %1").arg(name));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    auto *when = new QDateTimeEdit(QDateTime::fromSecsSinceEpoch(m_store.now(), QTimeZone::utc()));
    when->setTimeSpec(Qt::UTC);
    when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    when->setCalendarPopup(true);
    form->addRow(tr("Effective from"), when);
    layout->addLayout(form);
    auto *warning = new QLabel;
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(warning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Activate"));
    layout->addWidget(buttons);
    const auto explain = [this, when, warning] {
        const Instant at = when->dateTime().toSecsSinceEpoch();
        warning->setText(at < m_store.now()
                             ? tr("Backdated: every state from %1 on is recomputed under this policy, including "
                                  "what was already shown to subjects. The activation is audited and marked as "
                                  "backdated.").arg(PolicyText::formatDateTime(at))
                             : tr("States from %1 on are computed under this policy.").arg(PolicyText::formatDateTime(at)));
    };
    explain();
    connect(when, &QDateTimeEdit::dateTimeChanged, &dialog, explain);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!activate(name, when->dateTime().toSecsSinceEpoch(), &error))
        QMessageBox::warning(this, tr("Activate %1").arg(name), error);
}

} // namespace redline
