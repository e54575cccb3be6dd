#pragma once

#include "base/storeerror.h"
#include "content/postfinding.h"
#include "policy/policy.h"
#include "store/sql/sqlstatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVector>

struct sqlite3;

namespace redline {

// Keeps the `findings` table (schema v6) in step with the ledger inside a BulkWriter transaction: the
// findings of every post appended (PostChecker over the built-in scanner), and, for a creator whose
// qualifications changed, the regulated-topic findings of the posts stored before (R-H1). Scanning runs
// on the thread pool; the rows are written on the caller's thread.
class FindingsWriter
{
    Q_DECLARE_TR_FUNCTIONS(FindingsWriter)
public:
    FindingsWriter(sqlite3 *db, const QString &path, const Policy &policy);

    // Posts appended with seq in [firstSeq, lastSeq]; `requalified`: subject ids with a new qualification.
    bool write(qint64 firstSeq, qint64 lastSeq, const QSet<qint64> &requalified, StoreError *error);

    // A post's findings as computed now from the ledger (what write() stores), for `verify`.
    bool computeFor(qint64 postSeq, QVector<PostFinding> *out, StoreError *error);

private:
    struct Qualification {
        Instant at = 0;
        QString domain;
        bool grant = false;
    };
    struct Creator {
        bool teenMode = false;
        QVector<Qualification> qualifications; // in ledger order
    };
    struct Post {
        qint64 seq = 0;
        qint64 subjectId = 0;
        Instant at = 0;
        QString text;
        QString topic;
    };

    bool creator(qint64 subjectId, const Creator **out, StoreError *error);
    static QStringList domainsAt(const Creator &creator, Instant at);
    bool readPosts(SqlStatement &query, QVector<Post> *out, StoreError *error);
    bool rewriteRegulated(qint64 subjectId, qint64 beforeSeq, StoreError *error);
    bool insert(const Post &post, const QVector<PostFinding> &findings, StoreError *error);
    bool fail(StoreError *error);

    sqlite3 *m_db;
    QString m_path;
    const Policy &m_policy;
    QHash<qint64, Creator> m_creators;
    SqlStatement m_insert;
};

} // namespace redline
