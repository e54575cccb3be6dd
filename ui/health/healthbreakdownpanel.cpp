#include "healthbreakdownpanel.h"

#include "healthtext.h"
#include "policytext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

namespace {

const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kWarn(0xef, 0x6c, 0x00);
const QColor kBad(0xb7, 0x1c, 0x1c);
const QColor kNeutral(0x15, 0x65, 0xc0);
const QColor kMuted(0x9e, 0x9e, 0x9e);

} // namespace

HealthBreakdownPanel::HealthBreakdownPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("healthBreakdown"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_indexLabel = new QLabel(this);
    m_indexLabel->setObjectName(QStringLiteral("healthIndexValue"));
    m_indexLabel->setTextFormat(Qt::RichText);
    QFont big = m_indexLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_indexLabel->setFont(big);
    top->addWidget(m_indexLabel);
    m_when = new QLabel(this);
    m_when->setObjectName(QStringLiteral("healthIndexWhen"));
    m_when->setTextFormat(Qt::RichText);
    top->addWidget(m_when, 1);
    m_latest = new QPushButton(tr("Back to now"), this);
    m_latest->setObjectName(QStringLiteral("healthLatest"));
    m_latest->setToolTip(tr("Show the index as of now instead of the instant picked on the chart"));
    connect(m_latest, &QPushButton::clicked, this, &HealthBreakdownPanel::latestRequested);
    top->addWidget(m_latest);
    layout->addLayout(top);

    m_effects = new QLabel(this);
    m_effects->setObjectName(QStringLiteral("healthEffects"));
    m_effects->setTextFormat(Qt::RichText);
    m_effects->setWordWrap(true);
    layout->addWidget(m_effects);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("healthIndicators"));
    m_tree->setHeaderLabels({tr("Dimension / indicator"), tr("Weight"), tr("Value"), tr("Score (0–100)"), tr("Source")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setMinimumHeight(m_tree->fontMetrics().height() * 6);
    for (int c : {WeightColumn, ValueColumn, ScoreColumn}) // numbers, right-aligned under their headers
        m_tree->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_tree, 1);
    clear();
}

void HealthBreakdownPanel::clear()
{
    m_index = HealthIndex();
    m_indexLabel->clear();
    m_when->clear();
    m_effects->clear();
    m_latest->hide();
    m_tree->clear();
}

void HealthBreakdownPanel::setIndex(const HealthIndex &index, const Policy &policy, bool latest)
{
    m_index = index;
    fillSummary(policy, latest);
    fillTree();
}

// The index coloured by the policy's own thresholds: green where an "at or above" effect applies, red
// under the lowest "below" bound, amber under another; blue in between.
QColor HealthBreakdownPanel::indexColor(const HealthIndex &index, const Policy &policy)
{
    if (!index.index)
        return kMuted;
    QColor color = kNeutral;
    std::optional<double> lowest;
    for (const HealthEffectRule &e : policy.healthRules().effects) {
        if (e.below)
            lowest = std::min(lowest.value_or(*e.below), *e.below);
    }
    for (const HealthEffectRule &e : policy.healthRules().effects) {
        if (e.atOrAbove && *index.index >= *e.atOrAbove)
            color = kGood;
        else if (e.below && *index.index < *e.below)
            return *index.index < lowest.value_or(0) ? kBad : kWarn;
    }
    return color;
}

void HealthBreakdownPanel::fillSummary(const Policy &policy, bool latest)
{
    const QColor color = indexColor(m_index, policy);
    m_indexLabel->setText(QStringLiteral("<span style=\"color:%1;\">%2</span>")
                              .arg(color.name(), HealthText::score(m_index.index).toHtmlEscaped()));
    m_indexLabel->setToolTip(tr("Content health index, 0–100 (R-H1)"));
    const QString when = PolicyText::formatDateTime(m_index.at).toHtmlEscaped();
    m_when->setText(latest ? tr("content health index now (%1)").arg(when)
                           : tr("content health index at <b>%1</b>, picked on the chart").arg(when));
    m_latest->setVisible(!latest);

    if (m_index.effects.isEmpty()) {
        m_effects->setText(tr("<span style=\"color:#616161;\">No health effects in force.</span>"));
    } else {
        QStringList chips;
        for (const QString &id : m_index.effects) {
            const bool boost = [&] {
                for (const HealthEffectRule &e : policy.healthRules().effects)
                    if (e.atOrAbove && e.restrictions.contains(id))
                        return true;
                return false;
            }();
            const QColor bg = boost ? QColor(0xe8, 0xf5, 0xe9) : QColor(0xff, 0xeb, 0xee);
            const QColor fg = boost ? kGood : kBad;
            chips << QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                         .arg(bg.name(), fg.name(), PolicyText::restrictionLabel(policy, id).toHtmlEscaped());
        }
        m_effects->setText(tr("Effects in force: %1").arg(chips.join(QLatin1Char(' '))));
    }
    QStringList rules;
    for (const HealthEffectRule &e : policy.healthRules().effects)
        rules << HealthText::effectLine(policy, e);
    m_effects->setToolTip(tr("The policy's health effects (R-H1):\n%1").arg(rules.join(QLatin1Char('\n'))));
}

void HealthBreakdownPanel::fillTree()
{
    m_tree->clear();
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const HealthDimension &d : m_index.dimensions) {
        auto *dimension = new QTreeWidgetItem(m_tree, {PolicyText::healthDimensionLabel(d.id),
                                                       tr("%1%").arg(d.weight), QString(),
                                                       HealthText::score(d.score), QString()});
        dimension->setData(NameColumn, IdRole, d.id);
        for (int c = 0; c < dimension->columnCount(); ++c)
            dimension->setFont(c, bold);
        dimension->setToolTip(ScoreColumn, tr("The mean of the scores of its indicators that have a value"));
        for (const HealthIndicator &i : m_index.indicators) {
            if (i.dimension != d.id)
                continue;
            auto *row = new QTreeWidgetItem(dimension, {HealthText::indicatorLabel(i.id), QString(),
                                                        HealthText::value(i.id, i.value), HealthText::score(i.score),
                                                        HealthText::source(i.source)});
            row->setData(NameColumn, IdRole, i.id);
            row->setToolTip(NameColumn, tr("%1 (%2)\n%3").arg(HealthText::indicatorLabel(i.id), i.id,
                                                              HealthText::indicatorDescription(i.id)));
            row->setToolTip(SourceColumn, HealthText::sourceDescription(i.source));
            row->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
            row->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (!i.value) {
                for (int c = 0; c < row->columnCount(); ++c)
                    row->setForeground(c, kMuted);
            } else if (i.score && *i.score < 50) {
                row->setForeground(ScoreColumn, kBad);
            }
        }
        dimension->setTextAlignment(WeightColumn, Qt::AlignRight | Qt::AlignVCenter);
        dimension->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(NameColumn);
    for (int c = WeightColumn; c < SourceColumn; ++c)
        m_tree->resizeColumnToContents(c);
}

QString HealthBreakdownPanel::indexText() const
{
    return QTextDocumentFragment::fromHtml(m_indexLabel->text()).toPlainText();
}

QString HealthBreakdownPanel::effectsText() const
{
    return QTextDocumentFragment::fromHtml(m_effects->text()).toPlainText();
}

int HealthBreakdownPanel::wantedHeight() const
{
    int rows = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        ++rows;
    const int row = std::max(m_tree->fontMetrics().height(), rows > 0 ? m_tree->sizeHintForRow(0) : 0);
    const int tree = m_tree->header()->sizeHint().height() + rows * row + 2 * m_tree->frameWidth() + 4;
    return layout()->contentsMargins().top() + m_indexLabel->sizeHint().height() + m_effects->heightForWidth(width())
           + 2 * layout()->spacing() + tree;
}

QTreeWidgetItem *HealthBreakdownPanel::itemFor(const QString &id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(NameColumn, IdRole).toString() == id)
            return *it;
    }
    return nullptr;
}

} // namespace redline
