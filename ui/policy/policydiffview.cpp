#include "policy/policydiffview.h"

#include "policy/policydiff.h"
#include "policy/policypathlabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redline {

namespace {

QTableWidgetItem *cell(const QString &text, const QString &tip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

} // namespace

PolicyDiffView::PolicyDiffView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("policyDiffView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_left = new QComboBox;
    m_right = new QComboBox;
    m_left->setObjectName(QStringLiteral("diffLeft"));
    m_right->setObjectName(QStringLiteral("diffRight"));
    m_left->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_right->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(new QLabel(tr("Differences from")));
    bar->addWidget(m_left);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_right);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Before"), tr("After")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(m_left, qOverload<int>(&QComboBox::currentIndexChanged), this, &PolicyDiffView::showDiff);
    connect(m_right, qOverload<int>(&QComboBox::currentIndexChanged), this, &PolicyDiffView::showDiff);
}

void PolicyDiffView::setChoices(const QVector<PolicyChoice> &choices)
{
    const QString left = m_left->currentText();
    const QString right = m_right->currentText();
    m_choices = choices;
    fillCombo(m_left, left, 0);
    fillCombo(m_right, right, choices.size() > 1 ? 1 : 0);
    showDiff();
}

void PolicyDiffView::fillCombo(QComboBox *combo, const QString &keep, int fallback)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const PolicyChoice &choice : m_choices)
        combo->addItem(choice.label);
    const int kept = combo->findText(keep);
    combo->setCurrentIndex(kept >= 0 ? kept : fallback);
}

void PolicyDiffView::select(int left, int right)
{
    {
        const QSignalBlocker blockLeft(m_left);
        const QSignalBlocker blockRight(m_right);
        m_left->setCurrentIndex(left);
        m_right->setCurrentIndex(right);
    }
    showDiff();
}

QString PolicyDiffView::summary() const
{
    return m_summary->text();
}

void PolicyDiffView::showDiff()
{
    m_table->setRowCount(0);
    const int left = m_left->currentIndex();
    const int right = m_right->currentIndex();
    if (left < 0 || right < 0 || left >= m_choices.size() || right >= m_choices.size()) {
        m_summary->setText(tr("Pick two policies."));
        return;
    }
    const Policy &before = m_choices.at(left).policy;
    const Policy &after = m_choices.at(right).policy;
    const QVector<PolicyChange> changes = PolicyDiff::diff(before, after);
    m_table->setRowCount(changes.size());
    for (int row = 0; row < changes.size(); ++row) {
        const PolicyChange &change = changes.at(row);
        // A code added on the right is worded from the right-hand policy, one removed from the left.
        const Policy &words = change.after.isUndefined() ? before : after;
        m_table->setItem(row, 0, cell(PolicyPathLabels::label(change.path, &words), change.path));
        m_table->setItem(row, 1, cell(PolicyDiff::valueText(change.before)));
        m_table->setItem(row, 2, cell(PolicyDiff::valueText(change.after)));
    }
    m_summary->setText(changes.isEmpty() ? tr("The two policies are the same.")
                                         : tr("%n setting(s) differ.", nullptr, changes.size()));
}

} // namespace redline
