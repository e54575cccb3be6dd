#include "resultjson.h"

#include "campaign/campaignoutcome.h"
#include "campaign/campaignsummary.h"

#include "query/triageitem.h"

#include "health/healthindex.h"
#include "query/findingquery.h"
#include "query/noticequery.h"

#include "io/jsonwriter.h"

namespace redline {

namespace {

void instantOrNull(JsonWriter &w, Instant at)
{
    if (at == kNoInstant)
        w.null();
    else
        w.value(formatInstant(at));
}

void standing(JsonWriter &w, const Standing &s)
{
    w.beginObject();
    w.key("score").value(s.score);
    w.key("tier").value(s.tier);
    w.key("restrictions").strings(s.restrictions);
    w.endObject();
}

void tiers(JsonWriter &w, const QMap<QString, qint64> &counts)
{
    w.beginObject();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        w.key(it.key().toUtf8().constData()).value(it.value());
    w.endObject();
}

} // namespace

QByteArray ResultJson::score(const QString &handle, SubjectKind kind, const SubjectState &state)
{
    JsonWriter w;
    w.beginObject();
    w.key("subject").value(handle);
    w.key("kind").value(subjectKindName(kind));
    w.key("at").value(formatInstant(state.at));
    w.key("score").value(state.score);
    w.key("max").value(state.max);
    w.key("restrictions").strings(state.restrictions);
    w.key("sanctions").beginArray();
    for (const Sanction &s : state.activeSanctions()) {
        w.beginObject();
        w.key("id").value(s.id);
        w.key("from").value(formatInstant(s.from));
        w.key("until");
        instantOrNull(w, s.until);
        w.key("violation").stringOrNull(s.violation);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray ResultJson::history(const QString &handle, const Timeline &timeline, Instant from, Instant to)
{
    JsonWriter w;
    w.beginObject();
    w.key("subject").value(handle);
    w.key("points").beginArray();
    for (const ScorePoint &p : timeline.points) {
        if (p.at < from || p.at > to)
            continue;
        w.beginObject();
        w.key("at").value(formatInstant(p.at));
        w.key("score").value(p.score);
        w.key("cause").value(pointCauseName(p.cause));
        w.key("ref").stringOrNull(p.ref);
        w.endObject();
    }
    w.endArray();
    w.key("crossings").beginArray();
    for (const Crossing &c : timeline.crossings) {
        if (c.at < from || c.at > to)
            continue;
        w.beginObject();
        w.key("at").value(formatInstant(c.at));
        w.key("threshold").value(c.threshold);
        w.key("direction").value(c.down ? "down" : "up");
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray ResultJson::listEntry(const CachedState &s)
{
    JsonWriter w;
    w.beginObject();
    w.key("subject").value(s.handle);
    w.key("kind").value(subjectKindName(s.kind));
    w.key("name").value(s.name);
    w.key("score").value(s.score);
    w.key("max").value(s.max);
    w.key("band");
    if (s.band)
        w.value(*s.band);
    else
        w.null();
    w.key("restrictions").strings(s.restrictions);
    w.key("ladder_level").value(s.ladderLevel);
    w.key("mcn").stringOrNull(s.mcn);
    w.key("next_change");
    instantOrNull(w, s.nextChange);
    w.endObject();
    return w.take();
}

QByteArray ResultJson::whatIf(const WhatIfReport &report)
{
    JsonWriter w;
    w.beginObject();
    w.key("at").value(formatInstant(report.at));
    w.key("before").value(report.beforePolicy);
    w.key("after").value(report.afterPolicy);
    w.key("subjects").value(report.subjects);
    w.key("changed").value(qint64(report.changes.size()));
    w.key("score_changed").value(report.scoreChanged);
    w.key("kinds").beginObject();
    for (int k = 0; k < kSubjectKindCount; ++k) {
        const KindSummary &summary = report.kinds[k];
        w.key(subjectKindName(static_cast<SubjectKind>(k)).toLatin1().constData()).beginObject();
        w.key("subjects").value(summary.subjects);
        w.key("mean_before").value(summary.meanBefore(), 2);
        w.key("mean_after").value(summary.meanAfter(), 2);
        w.key("tiers_before");
        tiers(w, summary.tiersBefore);
        w.key("tiers_after");
        tiers(w, summary.tiersAfter);
        w.endObject();
    }
    w.endObject();
    w.key("changes").beginArray();
    for (const StandingChange &c : report.changes) {
        w.beginObject();
        w.key("subject").value(c.handle);
        w.key("kind").value(subjectKindName(c.kind));
        w.key("before");
        standing(w, c.before);
        w.key("after");
        standing(w, c.after);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray ResultJson::scan(const QVector<ScanFinding> &findings)
{
    JsonWriter w;
    w.beginObject();
    w.key("findings").beginArray();
    for (const ScanFinding &f : findings) {
        w.beginObject();
        w.key("category").value(f.category);
        w.key("rule").value(f.rule);
        w.key("start").value(f.start);
        w.key("end").value(f.end);
        w.key("match").value(f.match);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray ResultJson::copy(const QString &from, const QString &to, const QVector<StoreCopier::TableCount> &counts)
{
    JsonWriter w;
    w.beginObject();
    w.key("from").value(from);
    w.key("to").value(to);
    w.key("tables").beginObject();
    for (const StoreCopier::TableCount &count : counts)
        w.key(count.table.toUtf8().constData()).value(count.rows);
    w.endObject();
    w.endObject();
    return w.take();
}

QByteArray ResultJson::users(const QVector<UserRecord> &users)
{
    JsonWriter w;
    w.beginObject();
    w.key("users").beginArray();
    for (const UserRecord &u : users) {
        w.beginObject();
        w.key("name").value(u.name);
        w.key("role").value(u.role);
        w.key("since").value(formatInstant(u.since));
        w.key("password").value(u.hasPassword());
        w.key("disabled").value(u.disabled);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray ResultJson::notice(const NoticeRecord &n)
{
    JsonWriter w;
    w.beginObject();
    w.key("subject").value(n.subject);
    w.key("template").value(n.templateId);
    w.key("language").value(n.language);
    w.key("ref").stringOrNull(n.ref);
    w.key("at").value(formatInstant(n.at));
    w.key("by").value(n.by);
    w.key("text").value(n.text);
    w.endObject();
    return w.take();
}

QByteArray ResultJson::finding(const FindingRecord &f)
{
    JsonWriter w;
    w.beginObject();
    w.key("subject").value(f.subject);
    w.key("post").value(f.post);
    w.key("title").value(f.title);
    w.key("at").value(formatInstant(f.at));
    w.key("rule").value(f.rule);
    w.key("category").value(f.category);
    w.key("start").value(f.start);
    w.key("end").value(f.end);
    w.key("match").value(f.match);
    w.key("code").stringOrNull(f.code);
    w.endObject();
    return w.take();
}

QByteArray ResultJson::health(const HealthIndex &h)
{
    const auto tenth = [](JsonWriter &w, const std::optional<double> &value) {
        if (value)
            w.value(*value, 1);
        else
            w.null();
    };
    JsonWriter w;
    w.beginObject();
    w.key("subject").value(h.subject);
    w.key("at").value(formatInstant(h.at));
    w.key("index");
    tenth(w, h.index);
    w.key("dimensions").beginObject();
    for (const HealthDimension &d : h.dimensions) {
        w.key(d.id.toLatin1().constData());
        tenth(w, d.score ? std::optional<double>(HealthIndexCalculator::roundToTenth(*d.score)) : std::nullopt);
    }
    w.endObject();
    w.key("indicators").beginObject();
    for (const HealthIndicator &i : h.indicators) {
        w.key(i.id.toLatin1().constData()).beginObject();
        w.key("value");
        if (i.value)
            w.raw(QByteArray::number(*i.value, 'g', 15));
        else
            w.null();
        w.key("score");
        tenth(w, i.score ? std::optional<double>(HealthIndexCalculator::roundToTenth(*i.score)) : std::nullopt);
        w.key("source").stringOrNull(i.source);
        w.endObject();
    }
    w.endObject();
    w.key("effects").strings(h.effects);
    w.endObject();
    return w.take();
}

QByteArray ResultJson::triageItem(const TriageItem &item)
{
    static const char *const states[] = {"open", "claimed", "confirmed", "dismissed"};
    const TriageStatus &s = item.status;
    JsonWriter w;
    w.beginObject();
    w.key("item").value(item.id);
    w.key("source").value(item.source == TriageItem::Source::Report ? QStringLiteral("report") : QStringLiteral("finding"));
    w.key("subject").value(item.subject);
    w.key("at").value(formatInstant(item.at));
    w.key("code").stringOrNull(item.code);
    w.key("state").value(QString::fromLatin1(states[int(s.state)]));
    w.key("by").stringOrNull(s.by);
    w.key("since").stringOrNull(s.since == kNoInstant ? QString() : formatInstant(s.since));
    w.key("lapsed").value(s.lapsed);
    w.key("violation").stringOrNull(s.violation);
    w.key("reason").stringOrNull(s.reason);
    w.key("report").stringOrNull(item.reason);
    w.key("post").stringOrNull(item.post);
    w.key("title").stringOrNull(item.title);
    w.key("categories").beginArray();
    for (const QString &c : item.categories)
        w.value(c);
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray ResultJson::triageCounts(const TriageCounts &c)
{
    JsonWriter w;
    w.beginObject();
    w.key("open").value(c.open);
    w.key("claimed").value(c.claimed);
    w.key("confirmed").value(c.confirmed);
    w.key("dismissed").value(c.dismissed);
    w.key("oldest_open").stringOrNull(c.oldestOpen == kNoInstant ? QString() : formatInstant(c.oldestOpen));
    w.endObject();
    return w.take();
}

namespace {

void counts(JsonWriter &w, const char *name, const QMap<QString, qint64> &map)
{
    w.key(name).beginObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        w.key(it.key().toUtf8().constData()).value(it.value());
    w.endObject();
}

void reasons(JsonWriter &w, const char *name, const QVector<CampaignRefusal> &list)
{
    w.key(name).beginArray();
    for (const CampaignRefusal &r : list) {
        w.beginObject();
        w.key("target").value(r.target);
        w.key("action").value(r.action);
        w.key("reason").value(r.reason);
        w.endObject();
    }
    w.endArray();
}

} // namespace

QByteArray ResultJson::campaignOutcome(const CampaignOutcome &o)
{
    JsonWriter w;
    w.beginObject();
    w.key("campaign").value(o.id);
    w.key("name").value(o.name);
    w.key("undoes").stringOrNull(o.undoes);
    w.key("at").value(formatInstant(o.at));
    w.key("applied").value(o.applied);
    w.key("targets").value(o.targets);
    w.key("subjects").value(o.subjects);
    counts(w, "accepted", o.accepted);
    counts(w, "refused", o.refused);
    counts(w, "kept", o.kept);
    w.key("subjects_by_kind").beginObject();
    for (auto it = o.subjectsByKind.begin(); it != o.subjectsByKind.end(); ++it)
        w.key(subjectKindName(SubjectKind(it.key())).toUtf8().constData()).value(it.value());
    w.endObject();
    w.key("events_written").value(o.eventsWritten);
    w.key("notices").value(o.notices);
    w.key("refusal_count").value(o.refusalCount);
    reasons(w, "refusals", o.refusals);
    reasons(w, "kept_reasons", o.keptReasons);
    w.key("tiers").beginArray();
    for (const CampaignTierCount &t : o.tiers) {
        w.beginObject();
        w.key("kind").value(subjectKindName(t.kind));
        w.key("tier").value(t.tier);
        w.key("label").value(t.label);
        w.key("before").value(t.before);
        w.key("after").value(t.after);
        w.endObject();
    }
    w.endArray();
    w.key("sample").beginArray();
    for (const CampaignSample &s : o.sample) {
        w.beginObject();
        w.key("target").value(s.target);
        w.key("action").value(s.action);
        if (s.hasConsequences) {
            const ActionConsequences &c = s.consequences;
            w.key("subject").value(c.subject);
            w.key("score_before").value(c.scoreBefore());
            w.key("score_after").value(c.scoreAfter());
            w.key("crossings").beginArray();
            for (const Crossing &x : c.crossings)
                w.value(x.threshold);
            w.endArray();
            w.key("sanctions_started").beginArray();
            for (const Sanction &x : c.sanctionsStarted)
                w.value(x.id);
            w.endArray();
            w.key("restrictions_gained").strings(c.restrictionsGained);
        }
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray ResultJson::campaignSummary(const CampaignSummary &s)
{
    JsonWriter w;
    w.beginObject();
    w.key("id").value(s.id);
    w.key("name").value(s.name);
    w.key("reason").value(s.reason);
    w.key("by").value(s.by);
    w.key("at").value(formatInstant(s.at));
    w.key("kind").stringOrNull(s.kind);
    w.key("undoes").stringOrNull(s.undoes);
    w.key("undone_by").stringOrNull(s.undoneBy);
    w.key("targets").value(s.targets);
    w.key("posts_handled").value(s.postsHandled);
    w.key("posts_removed").value(s.postsRemoved);
    w.key("posts_restored").value(s.postsRestored);
    w.key("violations").value(s.violations);
    w.key("accounts_punished").value(s.accountsPunished);
    w.key("certifications_revoked").value(s.certificationsRevoked);
    w.key("certifications_granted").value(s.certificationsGranted);
    w.key("brands_banned").value(s.brandsBanned);
    w.key("notes").value(s.notes);
    w.key("retractions").value(s.retractions);
    w.key("notices").value(s.notices);
    w.key("events").value(s.events);
    w.endObject();
    return w.take();
}

} // namespace redline
