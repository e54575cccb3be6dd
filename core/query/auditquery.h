#pragma once

#include "store/auditentry.h"
#include "base/instant.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

struct sqlite3;

namespace redline {

class Store;

// The audit page's filters (docs/architecture.md "The audit chain"); an empty field matches every row.
struct AuditFilter {
    QString actor;              // one identity, compared case-insensitively (R-P3)
    QString action;             // an action id: record_violation, import, set_password...
    QString subject;            // part of the subject's handle
    Instant from = kNoInstant;  // rows at or after
    Instant until = kNoInstant; // rows before
    QString text;               // part of the actor, subject, action or detail

    bool isEmpty() const
    {
        return actor.isEmpty() && action.isEmpty() && subject.isEmpty() && from == kNoInstant && until == kNoInstant
               && text.isEmpty();
    }
};

// The audit log page: the whole hash-chained log, newest first, in pages (keyset on the row id),
// filtered by actor, action, subject, dates and text in SQL.
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)
public:
    explicit AuditQuery(const Store &store);

    // Every row.
    qint64 count(StoreError *error) const;

    // Rows matching `filter`, newest first, up to `limit` with id < beforeId (0: from the newest), with
    // their format, so a format 2 detail is read as JSON (AuditText).
    bool fetch(const AuditFilter &filter, qint64 beforeId, int limit, QVector<AuditEntry> *out,
               StoreError *error) const;
    qint64 count(const AuditFilter &filter, StoreError *error) const;
    // Every actor and every action id in the log, sorted, for the filters' lists.
    QStringList actors(StoreError *error) const;
    QStringList actions(StoreError *error) const;

private:
    const Store &m_store;
    sqlite3 *m_db;
};

} // namespace redline
