#include "campaignquery.h"

#include "base/eventvocabulary.h"
#include "engine/ledger.h"
#include "query/whatifreplay.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace redline {

namespace {

static_assert(int(EventType::Violation) == 1 && int(EventType::Retraction) == 4 && int(EventType::Certification) == 7
                  && int(EventType::Note) == 10 && int(EventType::Ban) == 11 && int(EventType::Campaign) == 12
                  && int(EventType::Notice) == 14 && int(EventType::Removal) == 19,
              "the SQL names the types");

// One row per type and action of the events linked to a campaign, read from events_by_campaign.
const char kCountsSql[] =
    "SELECT type, ifnull(action, -1), count(*), count(DISTINCT subject_id) FROM events "
    "WHERE campaign_seq = ?1 GROUP BY type, ifnull(action, -1)";

} // namespace

CampaignQuery::CampaignQuery(const Store &store)
    : m_store(store)
{
}

bool CampaignQuery::list(QVector<CampaignSummary> *out, StoreError *error) const
{
    SqlStatement headers(m_store.handle(), "SELECT seq FROM events WHERE type = 12 ORDER BY at DESC, seq DESC");
    if (!headers.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("list the campaigns"));
    QVector<qint64> seqs;
    while (headers.next())
        seqs.append(headers.int64(0));
    if (headers.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("list the campaigns"));
    for (qint64 seq : seqs) {
        CampaignSummary summary;
        if (!summarize(seq, &summary, error))
            return false;
        out->append(summary);
    }
    return true;
}

std::optional<CampaignSummary> CampaignQuery::summary(const QString &id, StoreError *error) const
{
    SqlStatement header(m_store.handle(), "SELECT seq FROM events WHERE ext_id = ?1 AND type = 12");
    header.bind(1, id);
    if (!header.next()) {
        if (header.resultCode() != SQLITE_DONE)
            SqlError::fail(error, m_store.handle(), m_store.path(), tr("read campaign %1").arg(id));
        return std::nullopt;
    }
    CampaignSummary summary;
    if (!summarize(header.int64(0), &summary, error))
        return std::nullopt;
    return summary;
}

bool CampaignQuery::summarize(qint64 seq, CampaignSummary *out, StoreError *error) const
{
    const auto failed = [&] { return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read a campaign")); };
    SqlStatement header(m_store.handle(),
                        "SELECT h.ext_id, h.name, h.text, h.by, h.at, h.attrs, "
                        "(SELECT u.ext_id FROM events u WHERE u.type = 12 AND json_extract(u.attrs, '$.undoes') = h.ext_id "
                        " ORDER BY u.seq LIMIT 1) FROM events h WHERE h.seq = ?1");
    header.bind(1, seq);
    if (!header.next())
        return failed();
    out->seq = seq;
    out->id = header.text(0);
    out->name = header.text(1);
    out->reason = header.text(2);
    out->by = header.text(3);
    out->at = header.int64(4);
    const QJsonObject attrs = QJsonDocument::fromJson(header.utf8(5)).object();
    out->undoneBy = header.text(6);
    out->undoes = attrs.value(QStringLiteral("undoes")).toString();
    out->kind = attrs.value(QStringLiteral("spec")).toObject().value(QStringLiteral("select")).toObject()
                    .value(QStringLiteral("kind")).toString();
    out->targets = attrs.value(QStringLiteral("targets")).toInteger();
    if (out->kind == QLatin1String("post"))
        out->postsHandled = out->targets;

    SqlStatement counts(m_store.handle(), kCountsSql);
    counts.bind(1, seq);
    while (counts.next()) {
        const auto type = EventType(counts.integer(0));
        const int action = counts.integer(1);
        const qint64 n = counts.int64(2);
        const qint64 subjects = counts.int64(3);
        out->events += n;
        switch (type) {
        case EventType::Violation:
            out->violations += n;
            out->accountsPunished += subjects;
            break;
        case EventType::Retraction: out->retractions += n; break;
        case EventType::Certification:
            (action == int(CertificationAction::Revoke) ? out->certificationsRevoked : out->certificationsGranted) += n;
            break;
        case EventType::Note: out->notes += n; break;
        case EventType::Ban: out->brandsBanned += subjects; break;
        case EventType::Notice: out->notices += n; break;
        case EventType::Removal:
            (action == EventVocabulary::Remove ? out->postsRemoved : out->postsRestored) += n;
            break;
        default: break;
        }
    }
    return counts.resultCode() == SQLITE_DONE || failed();
}

bool CampaignQuery::events(const QString &id, QVector<CampaignEventRow> *out, StoreError *error) const
{
    SqlStatement rows(m_store.handle(),
                      "SELECT e.seq, e.type, e.action, s.handle, s.kind, e.ext_id, e.code, e.at, st.score FROM events h "
                      "JOIN events e ON e.campaign_seq = h.seq JOIN subjects s ON s.id = e.subject_id "
                      "LEFT JOIN state st ON st.subject_id = s.id "
                      "WHERE h.ext_id = ?1 AND h.type = 12 AND e.type <> 14 ORDER BY e.seq");
    if (!rows.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read campaign %1").arg(id));
    rows.bind(1, id);
    while (rows.next()) {
        CampaignEventRow r;
        r.seq = rows.int64(0);
        r.type = EventType(rows.integer(1));
        r.action = EventVocabulary::wordAt(EventVocabulary::actions(r.type), rows.isNull(2) ? -1 : rows.integer(2));
        r.subject = rows.text(3);
        r.kind = SubjectKind(rows.integer(4));
        r.id = rows.text(5);
        if (r.type == EventType::Removal)
            r.post = rows.text(6);
        else if (r.type == EventType::Violation)
            r.code = rows.text(6);
        r.at = rows.int64(7);
        r.score = rows.integer(8);
        out->append(r);
    }
    return rows.resultCode() == SQLITE_DONE || SqlError::fail(error, m_store.handle(), m_store.path(), tr("read campaign %1").arg(id));
}

// Whether each event still stands decides what an undo does: a violation retracted or overturned since, or
// a post restored since, is left as it is.
bool CampaignQuery::linkedEvents(const QString &id, QVector<CampaignLinkedEvent> *out, StoreError *error) const
{
    SqlStatement rows(m_store.handle(),
                      "SELECT e.type, e.ext_id, s.handle, e.code, ifnull(e.action, -1), s.kind, "
                      "CASE e.type "
                      " WHEN 1 THEN NOT EXISTS (SELECT 1 FROM events r WHERE r.ref_seq = e.seq AND r.type = 4) "
                      "         AND NOT EXISTS (SELECT 1 FROM events a JOIN events d ON d.ref_seq = a.seq AND d.type = 3 "
                      "                         WHERE a.ref_seq = e.seq AND a.type = 2 AND d.outcome = 1) "
                      " WHEN 19 THEN (SELECT x.action FROM events x WHERE x.type = 19 AND x.code = e.code "
                      "               ORDER BY x.seq DESC LIMIT 1) = 0 "
                      " ELSE 1 END "
                      "FROM events h JOIN events e ON e.campaign_seq = h.seq JOIN subjects s ON s.id = e.subject_id "
                      "WHERE h.ext_id = ?1 AND h.type = 12 AND e.type <> 14 ORDER BY e.seq");
    if (!rows.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read campaign %1").arg(id));
    rows.bind(1, id);
    while (rows.next()) {
        CampaignLinkedEvent e;
        e.type = EventType(rows.integer(0));
        e.id = rows.text(1);
        e.subject = rows.text(2);
        if (e.type == EventType::Removal)
            e.post = rows.text(3);
        e.action = rows.integer(4);
        e.kind = SubjectKind(rows.integer(5));
        e.stillStands = rows.integer(6) != 0;
        out->append(e);
    }
    return rows.resultCode() == SQLITE_DONE || SqlError::fail(error, m_store.handle(), m_store.path(), tr("read campaign %1").arg(id));
}

bool CampaignQuery::tierCounts(const Policy &policy, QVector<CampaignTierCount> *out, StoreError *error) const
{
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator}) {
        const Scale &scale = policy.scale(kind);
        for (int tier = 0; tier < WhatIfReplay::tierCount(scale); ++tier)
            out->append({kind, tier, WhatIfReplay::tierName(scale, tier), 0, 0});
    }
    SqlStatement rows(m_store.handle(), "SELECT kind, score, ladder, count(*) FROM state GROUP BY 1, 2, 3");
    if (!rows.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("count subjects per tier"));
    while (rows.next()) {
        const auto kind = SubjectKind(rows.integer(0));
        SubjectState state;
        state.score = rows.integer(1);
        state.ladderLevel = rows.integer(2);
        const int tier = WhatIfReplay::tierIndex(policy.scale(kind), state);
        for (CampaignTierCount &t : *out) {
            if (t.kind == kind && t.tier == tier) {
                t.before += rows.int64(3);
                t.after = t.before;
            }
        }
    }
    return rows.resultCode() == SQLITE_DONE || SqlError::fail(error, m_store.handle(), m_store.path(), tr("count subjects per tier"));
}

bool CampaignQuery::idTaken(const QString &id, bool *taken, StoreError *error) const
{
    SqlStatement lookup(m_store.handle(), "SELECT 1 FROM events WHERE ext_id = ?1");
    lookup.bind(1, id);
    *taken = lookup.next();
    return *taken || lookup.resultCode() == SQLITE_DONE
           || SqlError::fail(error, m_store.handle(), m_store.path(), tr("look up id %1").arg(id));
}

std::optional<CampaignQuery::Ban> CampaignQuery::brandBan(const QString &handle, StoreError *error) const
{
    SqlStatement ban(m_store.handle(), "SELECT e.at, c.ext_id FROM subjects s JOIN events e ON e.subject_id = s.id AND e.type = 11 "
                                       "LEFT JOIN events c ON c.seq = e.campaign_seq WHERE s.handle = ?1 ORDER BY e.at, e.seq LIMIT 1");
    if (!ban.isValid()) {
        SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the ban of %1").arg(handle));
        return std::nullopt;
    }
    ban.bind(1, handle);
    if (!ban.next())
        return std::nullopt;
    return Ban{ban.int64(0), ban.text(1)};
}

} // namespace redline
