#pragma once

#include "health/healthindex.h"
#include "query/healthhistoryquery.h"

#include <QWidget>

class QSplitter;

namespace redline {

class HealthBreakdownPanel;
class HealthChart;
class Store;

// The case file's "Content health" tab of a creator (R-H1): the index over the history (HealthChart) above
// the index taken apart (HealthBreakdownPanel), as of now; a point picked on the chart shows that instant
// instead. The history is read when the tab is first shown for a creator, not with every case file.
class HealthTab : public QWidget
{
    Q_OBJECT
public:
    explicit HealthTab(const Store &store, QWidget *parent = nullptr);

    // `latest`: the index at `now` the case file already computed.
    void showCreator(const QString &handle, const HealthIndex &latest, Instant now);
    void clear();
    // Reads the history now if it is not read yet (the tab does it when shown); false with the error shown.
    bool loadHistory();
    bool historyLoaded() const { return !m_stale; }

    HealthChart *chart() const { return m_chart; }
    HealthBreakdownPanel *panel() const { return m_panel; }

public slots:
    void showPoint(int point);
    void showLatest();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitPanel();

    const Store &m_store;
    QSplitter *m_split = nullptr;
    QString m_handle;
    HealthIndex m_latest;
    Instant m_now = 0;
    bool m_stale = false;
    HealthChart *m_chart = nullptr;
    HealthBreakdownPanel *m_panel = nullptr;
};

} // namespace redline
