#pragma once

#include "base/instant.h"
#include "policy/policy.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVector>

struct sqlite3;

namespace redline {

class Store;

// One recorded violation as the dashboard lists it.
struct RecentViolation {
    qint64 seq = 0;
    Instant at = 0;
    QString id;
    QString handle;
    QString name;
    SubjectKind kind = SubjectKind::Creator;
    QString code;
    QString by;
    // What voided it since, if anything: retracted (undone) or overturned on appeal (R-L3).
    enum class Voided { No, Retracted, Overturned };
    Voided voided = Voided::No;
};

// The figures on the console's front page, each read from an index: how many subjects of each kind sit
// at each score, the violations recorded last, and the appeals still waiting for a decision.
class DashboardStats
{
    Q_DECLARE_TR_FUNCTIONS(DashboardStats)
public:
    explicit DashboardStats(const Store &store);

    // kind -> score -> subjects (from the state cache's (kind, score) index).
    bool scoreHistogram(QMap<int, QMap<int, qint64>> *out, StoreError *error) const;
    bool recentViolations(int limit, QVector<RecentViolation> *out, StoreError *error) const;
    qint64 pendingAppeals(StoreError *error) const;
    qint64 userCount(StoreError *error) const;
    // Events in the ledger: the last sequence number (the ledger is append-only, so there are no gaps),
    // read from the end of the table instead of counting millions of rows.
    qint64 ledgerSize(StoreError *error) const;

private:
    bool fail(StoreError *error) const;

    const Store &m_store;
    sqlite3 *m_db;
};

} // namespace redline
