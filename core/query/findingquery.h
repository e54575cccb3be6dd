#pragma once

#include "base/instant.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace redline {

class SqlStatement;
class Store;
}
struct sqlite3;
namespace redline {

// One finding on a post, with the post it is on (docs/contracts.md "findings --json").
struct FindingRecord {
    qint64 id = 0;
    QString subject;   // the creator's handle
    QString post;      // the post's id
    QString title;
    Instant at = 0;    // the post's
    QString rule;
    QString category;
    int start = 0;     // code points of the post's text; 0, 0 for an account finding (R-H1)
    int end = 0;
    QString match;
    QString code;      // the suggested violation code, empty when none
};

// The findings of posts (schema v6), newest post first, then by span; all or one subject's.
class FindingQuery
{
    Q_DECLARE_TR_FUNCTIONS(FindingQuery)
public:
    explicit FindingQuery(const Store &store);
    FindingQuery(sqlite3 *db, const QString &path);

    // Every finding, or those of one subject (exact handle; empty: all).
    bool fetch(const QString &subject, QVector<FindingRecord> *out, StoreError *error) const;
    // The findings of one post (its id), by span.
    bool fetchPost(const QString &post, QVector<FindingRecord> *out, StoreError *error) const;

private:
    bool read(SqlStatement &q, QVector<FindingRecord> *out, StoreError *error) const;

    sqlite3 *m_db;
    QString m_path;
};

} // namespace redline
