#include "findingswriter.h"

#include "base/storedevent.h"
#include "content/postchecker.h"
#include "scan/textscanner.h"
#include "store/sql/sqlerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include <sqlite3.h>

namespace redline {

namespace {

constexpr int kPostType = int(EventType::Post);
constexpr int kQualificationType = int(EventType::Qualification);

} // namespace

FindingsWriter::FindingsWriter(sqlite3 *db, const QString &path, const Policy &policy)
    : m_db(db)
    , m_path(path)
    , m_policy(policy)
    , m_insert(db, "INSERT INTO findings(post_seq, subject_id, at, rule, category, span_start, span_end, match, code) "
                   "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
{
}

bool FindingsWriter::fail(StoreError *error)
{
    return SqlError::fail(error, m_db, m_path, tr("write the findings of posts"));
}

// A creator's teen-mode flag (attrs `teen_mode`) and qualifications, read once per write.
bool FindingsWriter::creator(qint64 subjectId, const Creator **out, StoreError *error)
{
    const auto found = m_creators.constFind(subjectId);
    if (found != m_creators.constEnd()) {
        *out = &found.value();
        return true;
    }
    Creator c;
    SqlStatement attrs(m_db, "SELECT attrs FROM subjects WHERE id = ?1");
    SqlStatement qualifications(m_db, "SELECT at, code, action FROM events WHERE subject_id = ?1 AND type = ?2 "
                                      "ORDER BY at, seq");
    if (!attrs.isValid() || !qualifications.isValid())
        return fail(error);
    attrs.bind(1, subjectId);
    if (attrs.next())
        c.teenMode = QJsonDocument::fromJson(attrs.utf8(0)).object().value(QLatin1String("teen_mode")).toBool();
    qualifications.bind(1, subjectId);
    qualifications.bind(2, kQualificationType);
    while (qualifications.next())
        c.qualifications.append({qualifications.int64(0), qualifications.text(1), qualifications.integer(2) == 0});
    if (qualifications.resultCode() != SQLITE_DONE)
        return fail(error);
    *out = &*m_creators.insert(subjectId, c);
    return true;
}

// The domains whose last grant or revoke at or before `at` is a grant (a qualification event's
// EventVocabulary action index: 0 grant, 1 revoke).
QStringList FindingsWriter::domainsAt(const Creator &creator, Instant at)
{
    QStringList domains;
    for (const Qualification &q : creator.qualifications) {
        if (q.at > at)
            break;
        domains.removeAll(q.domain);
        if (q.grant)
            domains.append(q.domain);
    }
    return domains;
}

bool FindingsWriter::readPosts(SqlStatement &query, QVector<Post> *out, StoreError *error)
{
    while (query.next()) {
        Post p;
        p.seq = query.int64(0);
        p.subjectId = query.int64(1);
        p.at = query.int64(2);
        p.text = query.text(3);
        p.topic = QJsonDocument::fromJson(query.utf8(4)).object().value(QLatin1String("topic")).toString();
        out->append(p);
    }
    return query.resultCode() == SQLITE_DONE || fail(error);
}

bool FindingsWriter::insert(const Post &post, const QVector<PostFinding> &findings, StoreError *error)
{
    for (const PostFinding &f : findings) {
        m_insert.reset();
        m_insert.bind(1, post.seq);
        m_insert.bind(2, post.subjectId);
        m_insert.bind(3, post.at);
        m_insert.bind(4, f.rule);
        m_insert.bind(5, f.category);
        m_insert.bind(6, f.start);
        m_insert.bind(7, f.end);
        m_insert.bind(8, f.match);
        m_insert.bind(9, f.code);
        if (!m_insert.exec())
            return fail(error);
    }
    return true;
}

// R-H1 reads a post's qualification at its own `at`, so a grant or revoke dated before posts already
// stored changes their regulated-topic findings.
bool FindingsWriter::rewriteRegulated(qint64 subjectId, qint64 beforeSeq, StoreError *error)
{
    SqlStatement remove(m_db, "DELETE FROM findings WHERE subject_id = ?1 AND category = ?2 AND post_seq < ?3");
    SqlStatement posts(m_db, "SELECT seq, subject_id, at, text, attrs FROM events WHERE subject_id = ?1 AND type = ?2 "
                             "AND seq < ?3 ORDER BY seq");
    if (!remove.isValid() || !posts.isValid())
        return fail(error);
    remove.bind(1, subjectId);
    remove.bind(2, PostChecker::regulatedCategory());
    remove.bind(3, beforeSeq);
    if (!remove.exec())
        return fail(error);
    posts.bind(1, subjectId);
    posts.bind(2, kPostType);
    posts.bind(3, beforeSeq);
    QVector<Post> stored;
    const Creator *c = nullptr;
    if (!readPosts(posts, &stored, error) || !creator(subjectId, &c, error))
        return false;
    const PostChecker checker(m_policy.healthRules(), TextScanner::builtin());
    for (const Post &p : std::as_const(stored)) {
        QVector<PostFinding> regulated;
        for (const PostFinding &f : checker.accountFindings({p.text, p.topic, p.at, false, domainsAt(*c, p.at)})) {
            if (f.category == PostChecker::regulatedCategory())
                regulated.append(f);
        }
        if (!insert(p, regulated, error))
            return false;
    }
    return true;
}

bool FindingsWriter::write(qint64 firstSeq, qint64 lastSeq, const QSet<qint64> &requalified, StoreError *error)
{
    if (!m_insert.isValid())
        return fail(error);
    for (qint64 subjectId : requalified) {
        if (!rewriteRegulated(subjectId, firstSeq, error))
            return false;
    }
    SqlStatement query(m_db, "SELECT seq, subject_id, at, text, attrs FROM events WHERE seq BETWEEN ?1 AND ?2 "
                             "AND type = ?3 ORDER BY seq");
    if (!query.isValid())
        return fail(error);
    query.bind(1, firstSeq);
    query.bind(2, lastSeq);
    query.bind(3, kPostType);
    QVector<Post> posts;
    if (!readPosts(query, &posts, error))
        return false;
    QVector<PostFacts> facts;
    facts.reserve(posts.size());
    for (const Post &p : std::as_const(posts)) {
        const Creator *c = nullptr;
        if (!creator(p.subjectId, &c, error))
            return false;
        facts.append({p.text, p.topic, p.at, c->teenMode, domainsAt(*c, p.at)});
    }
    const PostChecker checker(m_policy.healthRules(), TextScanner::builtin());
    const QVector<QVector<PostFinding>> findings = QtConcurrent::blockingMapped<QVector<QVector<PostFinding>>>(
        facts, [&checker](const PostFacts &f) { return checker.check(f); });
    for (int i = 0; i < posts.size(); ++i) {
        if (!insert(posts.at(i), findings.at(i), error))
            return false;
    }
    return true;
}

bool FindingsWriter::computeFor(qint64 postSeq, QVector<PostFinding> *out, StoreError *error)
{
    SqlStatement query(m_db, "SELECT seq, subject_id, at, text, attrs FROM events WHERE seq = ?1 AND type = ?2");
    if (!query.isValid())
        return fail(error);
    query.bind(1, postSeq);
    query.bind(2, kPostType);
    QVector<Post> posts;
    if (!readPosts(query, &posts, error))
        return false;
    out->clear();
    if (posts.isEmpty())
        return true;
    const Post &p = posts.first();
    const Creator *c = nullptr;
    if (!creator(p.subjectId, &c, error))
        return false;
    *out = PostChecker(m_policy.healthRules(), TextScanner::builtin()).check({p.text, p.topic, p.at, c->teenMode, domainsAt(*c, p.at)});
    return true;
}

} // namespace redline
