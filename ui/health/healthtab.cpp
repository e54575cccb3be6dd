#include "healthtab.h"

#include "healthbreakdownpanel.h"
#include "healthchart.h"

#include "store/store.h"

#include <QApplication>
#include <QSplitter>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

HealthTab::HealthTab(const Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("healthTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setChildrenCollapsible(false);
    m_chart = new HealthChart(m_split);
    m_panel = new HealthBreakdownPanel(m_split);
    m_split->addWidget(m_chart);
    m_split->addWidget(m_panel);
    m_split->setStretchFactor(0, 1); // a taller tab gives the chart the extra height
    m_split->setStretchFactor(1, 0);
    layout->addWidget(m_split);
    connect(m_chart, &HealthChart::pointClicked, this, &HealthTab::showPoint);
    connect(m_panel, &HealthBreakdownPanel::latestRequested, this, &HealthTab::showLatest);
}

void HealthTab::showCreator(const QString &handle, const HealthIndex &latest, Instant now)
{
    m_handle = handle;
    m_latest = latest;
    m_now = now;
    m_stale = true;
    m_chart->clear();
    m_panel->setIndex(latest, m_store.policy(), true);
    if (isVisible()) {
        fitPanel();
        loadHistory();
    }
}

void HealthTab::clear()
{
    m_handle.clear();
    m_stale = false;
    m_chart->clear();
    m_panel->clear();
}

bool HealthTab::loadHistory()
{
    if (!m_stale || m_handle.isEmpty())
        return true;
    m_stale = false;
    HealthHistory history;
    StoreError error;
    // A prolific creator's history takes a moment (docs/performance.md "Content health history").
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool read = HealthHistoryQuery(m_store).history(m_handle, m_now, &history, &error);
    QApplication::restoreOverrideCursor();
    if (!read) {
        m_chart->showMessage(tr("The content health history could not be read: %1").arg(error.message));
        return false;
    }
    m_chart->setHistory(history, m_store.policy(), m_now);
    return true;
}

void HealthTab::showPoint(int point)
{
    const HealthHistory &history = m_chart->history();
    if (point < 0 || point >= history.points.size())
        return;
    m_chart->selectPoint(point);
    m_panel->setIndex(history.points.at(point), m_store.policy(), false);
}

void HealthTab::showLatest()
{
    m_chart->selectPoint(-1);
    m_panel->setIndex(m_latest, m_store.policy(), true);
}

// The breakdown gets the height that shows all its rows when there is room, the chart the rest (at least
// its minimum); the splitter lets the moderator move the line.
void HealthTab::fitPanel()
{
    const int total = m_split->height() - m_split->handleWidth();
    const int chart = std::max(m_chart->minimumSizeHint().height(), total - m_panel->wantedHeight());
    m_split->setSizes({chart, std::max(0, total - chart)});
}

void HealthTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitPanel();
    loadHistory();
}

} // namespace redline
