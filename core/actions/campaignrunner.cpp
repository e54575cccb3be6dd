#include "campaignrunner.h"

#include "base/eventvocabulary.h"
#include "campaign/campaignspecloader.h"
#include "query/campaignquery.h"
#include "query/campaignselectionquery.h"
#include "query/violationquery.h"
#include "engine/ledger.h"
#include "query/whatifreplay.h"
#include "store/store.h"
#include "store/write/eventsink.h"

#include <QJsonDocument>

namespace redline {

namespace {

// How often the progress callback is called (and so how soon Cancel is seen), in targets.
constexpr int kProgressEvery = 200;

// The undo's own words for what it does, as CampaignOutcome counts them.
const QString kRetract = QStringLiteral("retraction");
const QString kRestore = QStringLiteral("restore_posts");
const QString kRegrant = QStringLiteral("grant_certification");

QString expand(QString text, const QString &handle, const QStringList &posts, const QString &campaign)
{
    text.replace(QLatin1String("{handle}"), handle);
    text.replace(QLatin1String("{campaign}"), campaign);
    QStringList shown = posts.mid(0, 10);
    if (posts.size() > shown.size())
        shown.append(QStringLiteral("…"));
    text.replace(QLatin1String("{posts}"), shown.join(QLatin1String(", ")));
    return text;
}

int tierOf(const Policy &policy, SubjectKind kind, const SubjectState &state)
{
    return WhatIfReplay::tierIndex(policy.scale(kind), state);
}

} // namespace

CampaignRunner::CampaignRunner(Store &store, const Actions &actions)
    : m_store(store)
    , m_actions(actions)
{
}

bool CampaignRunner::preview(const CampaignSpec &spec, CampaignOutcome *out, StoreError *error, const ProgressFn &progress)
{
    return runCampaign(spec, Mode::Preview, out, error, progress);
}

bool CampaignRunner::apply(const CampaignSpec &spec, CampaignOutcome *out, StoreError *error, const ProgressFn &progress)
{
    return m_actions.mayTake(Permission::StartCampaign, error) && runCampaign(spec, Mode::Apply, out, error, progress);
}

bool CampaignRunner::previewUndo(const QString &campaignId, CampaignOutcome *out, StoreError *error, const ProgressFn &progress)
{
    return runUndo(campaignId, Mode::Preview, out, error, progress);
}

bool CampaignRunner::undo(const QString &campaignId, CampaignOutcome *out, StoreError *error, const ProgressFn &progress)
{
    return m_actions.mayTake(Permission::StartCampaign, error) && runUndo(campaignId, Mode::Apply, out, error, progress);
}

bool CampaignRunner::runCampaign(const CampaignSpec &given, Mode mode, CampaignOutcome *out, StoreError *error,
                                 const ProgressFn &progress)
{
    // A spec built by the console is checked as a file would be, so both meet the same rules.
    CampaignSpec spec;
    QString invalid;
    if (!CampaignSpecLoader::fromJson(given.toJson(), m_store.policy(), &spec, &invalid))
        return StoreError::fail(error, StoreError::Kind::BadInput, invalid);
    const Instant now = m_store.now();
    spec.at = spec.at == 0 ? now : spec.at;
    if (spec.at > now)
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("at: %1 is after now (%2); a campaign is applied now or dated in the past")
                                    .arg(formatInstant(spec.at), formatInstant(now)));
    CampaignOutcome outcome;
    outcome.name = spec.name;
    outcome.at = spec.at;
    outcome.id = mintCampaignId(spec.id, spec.at, false, error);
    if (outcome.id.isEmpty())
        return false;
    spec.id = outcome.id;

    QVector<CampaignTarget> targets;
    QVector<CampaignUnmatched> unmatched;
    if (!CampaignSelectionQuery(m_store).select(spec.select, &targets, &unmatched, error))
        return false;
    const QString listField = spec.select.selectsPosts() ? QStringLiteral("select.posts") : QStringLiteral("select.handles");
    if (mode == Mode::Apply && !unmatched.isEmpty())
        return StoreError::fail(error, StoreError::Kind::BadInput, QStringLiteral("%1: %2").arg(listField, unmatched.first().reason));
    if (mode == Mode::Apply && targets.isEmpty())
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("select: the selection matches nothing; nothing to apply"));
    for (const CampaignUnmatched &u : std::as_const(unmatched)) {
        ++outcome.refused[QStringLiteral("select")];
        ++outcome.refusalCount;
        if (outcome.refusals.size() < CampaignOutcome::kMaxListed)
            outcome.refusals.append({u.item, QStringLiteral("select"), u.reason});
    }
    outcome.targets = targets.size();
    QSet<qint64> subjects;
    for (const CampaignTarget &t : std::as_const(targets))
        subjects.insert(t.subjectId);
    outcome.subjects = subjects.size();

    QVector<Step> steps;
    if (!planSteps(spec, targets, &steps, error))
        return false;
    QJsonObject attrs{{QStringLiteral("spec"), spec.toJson()}, {QStringLiteral("targets"), outcome.targets}};
    StoredEvent header;
    header.type = EventType::Campaign;
    header.id = spec.id;
    header.name = spec.name;
    header.text = spec.reason;
    header.at = spec.at;
    header.by = m_actions.session().user;
    header.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
    const QJsonObject detail{{QStringLiteral("campaign"), spec.id}, {QStringLiteral("name"), spec.name},
                             {QStringLiteral("targets"), outcome.targets}};
    *out = outcome;
    return write(mode, header, detail, steps, out, error, progress);
}

// Subject actions on a post selection act once on each post's creator, with the creator's selected posts
// in the evidence ({posts}).
bool CampaignRunner::planSteps(const CampaignSpec &spec, const QVector<CampaignTarget> &targets, QVector<Step> *steps,
                               StoreError *error) const
{
    QStringList subjects;
    QHash<QString, QStringList> postsOf;
    for (const CampaignTarget &t : targets) {
        if (!postsOf.contains(t.handle))
            subjects.append(t.handle);
        QStringList &posts = postsOf[t.handle];
        if (!t.post.isEmpty())
            posts.append(t.post);
    }
    const QString by = m_actions.session().user;
    for (const CampaignAction &action : spec.actions) {
        const QString actionId = CampaignAction::typeId(action.type);
        StoredEvent base;
        base.at = spec.at;
        base.by = by;
        base.campaign = spec.id;
        if (action.actsOnPosts()) {
            for (const CampaignTarget &t : targets) {
                StoredEvent e = base;
                e.type = EventType::Removal;
                e.subject = t.handle;
                e.code = t.post;
                e.action = QStringLiteral("remove");
                e.text = spec.reason;
                steps->append({actionId, t.post, t.post, e, SubjectKind::Creator});
            }
            continue;
        }
        QStringList ids;
        if (action.type == CampaignAction::Type::Violation) {
            ids = ViolationQuery(m_store).freshIds(QStringLiteral("v"), spec.at, int(subjects.size()), error);
            if (ids.size() != subjects.size())
                return false;
        }
        for (int i = 0; i < subjects.size(); ++i) {
            const QString &handle = subjects.at(i);
            StoredEvent e = base;
            e.subject = handle;
            switch (action.type) {
            case CampaignAction::Type::RevokeCertification:
                e.type = EventType::Certification;
                e.action = QStringLiteral("revoke");
                e.text = spec.reason;
                break;
            case CampaignAction::Type::Ban:
                e.type = EventType::Ban;
                e.text = spec.reason;
                break;
            case CampaignAction::Type::Violation:
                e.type = EventType::Violation;
                e.id = ids.at(i);
                e.code = action.code;
                e.points = action.points;
                e.severity = action.severity;
                e.source = action.source;
                e.text = expand(action.text.isEmpty() ? spec.reason : action.text, handle, postsOf.value(handle), spec.id);
                break;
            case CampaignAction::Type::Note:
                e.type = EventType::Note;
                e.text = expand(action.text, handle, postsOf.value(handle), spec.id);
                break;
            case CampaignAction::Type::RemovePosts:
                break;
            }
            steps->append({actionId, handle, QString(), e, spec.select.kind});
        }
    }
    return true;
}

bool CampaignRunner::runUndo(const QString &campaignId, Mode mode, CampaignOutcome *out, StoreError *error,
                             const ProgressFn &progress)
{
    StoreError lookup;
    const std::optional<CampaignSummary> campaign = CampaignQuery(m_store).summary(campaignId, &lookup);
    if (!campaign)
        return lookup.isSet() ? StoreError::fail(error, lookup.kind, lookup.message)
                              : StoreError::fail(error, StoreError::Kind::BadInput, tr("no campaign %1 in the store").arg(campaignId));
    if (!campaign->undoes.isEmpty())
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1 is the undo of %2; an undo is not undone (apply the campaign again)").arg(campaignId, campaign->undoes));
    if (!campaign->undoneBy.isEmpty())
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1 was already undone by %2").arg(campaignId, campaign->undoneBy));
    QVector<CampaignLinkedEvent> linked;
    if (!CampaignQuery(m_store).linkedEvents(campaignId, &linked, error))
        return false;
    CampaignOutcome outcome;
    outcome.undoes = campaignId;
    outcome.name = tr("Undo of %1").arg(campaign->name);
    outcome.at = m_store.now();
    outcome.id = mintCampaignId(campaignId.size() <= 59 ? campaignId + QStringLiteral("-undo") : QString(), outcome.at, true, error);
    if (outcome.id.isEmpty())
        return false;
    QVector<Step> steps;
    planUndo(linked, &steps, &outcome);
    for (Step &step : steps) {
        step.event.at = outcome.at;
        step.event.by = m_actions.session().user;
        step.event.campaign = outcome.id;
        step.event.text = tr("undo of campaign %1").arg(campaignId);
    }
    QSet<QString> subjects;
    for (const Step &step : std::as_const(steps))
        subjects.insert(step.event.subject);
    outcome.targets = steps.size();
    outcome.subjects = subjects.size();
    if (mode == Mode::Apply && steps.isEmpty())
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("campaign %1 left nothing an undo can reverse").arg(campaignId));
    const QJsonObject attrs{{QStringLiteral("undoes"), campaignId}, {QStringLiteral("targets"), outcome.targets}};
    StoredEvent header;
    header.type = EventType::Campaign;
    header.id = outcome.id;
    header.name = outcome.name;
    header.text = tr("undo of campaign %1").arg(campaignId);
    header.at = outcome.at;
    header.by = m_actions.session().user;
    header.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
    const QJsonObject detail{{QStringLiteral("campaign"), outcome.id}, {QStringLiteral("undoes"), campaignId},
                             {QStringLiteral("targets"), outcome.targets}};
    *out = outcome;
    return write(mode, header, detail, steps, out, error, progress);
}

// What reverses each event the campaign wrote (docs/rules.md "Campaigns"): a violation is retracted, a
// removed post restored, a revoked certification granted again (R-M4 must hold, as for any grant). A ban
// stays (R-B2: permanent), and so does a note; so do events already reversed some other way.
bool CampaignRunner::planUndo(const QVector<CampaignLinkedEvent> &linked, QVector<Step> *steps, CampaignOutcome *out) const
{
    const auto keep = [out](const QString &action, const QString &target, const QString &why) {
        ++out->kept[action];
        if (out->keptReasons.size() < CampaignOutcome::kMaxListed)
            out->keptReasons.append({target, action, why});
    };
    for (const CampaignLinkedEvent &e : linked) {
        StoredEvent undo;
        switch (e.type) {
        case EventType::Violation:
            if (!e.stillStands) {
                keep(kRetract, e.id, tr("%1 was already retracted or overturned").arg(e.id));
                continue;
            }
            undo.type = EventType::Retraction;
            undo.subject = e.subject;
            undo.ref = e.id;
            steps->append({kRetract, e.subject, QString(), undo, e.kind});
            break;
        case EventType::Removal:
            if (e.action != EventVocabulary::Remove)
                continue;
            if (!e.stillStands) {
                keep(kRestore, e.post, tr("post %1 is no longer removed").arg(e.post));
                continue;
            }
            undo.type = EventType::Removal;
            undo.subject = e.subject;
            undo.code = e.post;
            undo.action = QStringLiteral("restore");
            steps->append({kRestore, e.post, e.post, undo, e.kind});
            break;
        case EventType::Certification:
            if (e.action != int(CertificationAction::Revoke))
                continue;
            undo.type = EventType::Certification;
            undo.subject = e.subject;
            undo.action = QStringLiteral("grant");
            steps->append({kRegrant, e.subject, QString(), undo, e.kind});
            break;
        case EventType::Ban:
            keep(CampaignAction::typeId(CampaignAction::Type::Ban), e.subject, tr("a ban is permanent (R-B2)"));
            break;
        case EventType::Note:
            keep(CampaignAction::typeId(CampaignAction::Type::Note), e.subject, tr("a case note stays on the record"));
            break;
        default:
            break;
        }
    }
    return true;
}

// The one write of a campaign. A preview runs it to the end, collecting refusals, and then rolls it back
// (`produce` returns false after setting `previewDone`), so what it reports is what apply would meet.
bool CampaignRunner::write(Mode mode, const StoredEvent &header, const QJsonObject &detail, QVector<Step> &steps,
                           CampaignOutcome *out, StoreError *error, const ProgressFn &progress)
{
    m_tierChanges.clear();
    m_subjectsActedOn.clear();
    // The tiers are the preview's picture of what apply will do; apply itself skips the count of every
    // subject (a scan of the state cache) and reports what it wrote.
    if (mode == Mode::Preview && !startTiers(out, error))
        return false;
    WriteRequest request;
    request.action = PermissionMatrix::id(Permission::StartCampaign);
    request.actor = m_actions.session().user;
    request.detail = detail;
    const qint64 total = steps.size();
    request.refreshProgress = [&progress, total](qint64 done, qint64 all) {
        return !progress || progress(total + done * total / std::max<qint64>(all, 1), total * 2);
    };
    bool previewDone = false;
    qint64 appended = 0;
    const bool written = m_store.write(request, [&](EventSink &sink, StoreError *e) {
        if (!sink.append(StoredEvent(header), e))
            return false;
        for (qint64 i = 0; i < total; ++i) {
            if (i % kProgressEvery == 0 && progress && !progress(i, mode == Mode::Apply ? total * 2 : total))
                return StoreError::fail(e, StoreError::Kind::BadInput, tr("cancelled: nothing was written"));
            if (!appendStep(sink, mode, steps[int(i)], out, e))
                return false;
        }
        if (progress)
            progress(total, mode == Mode::Apply ? total * 2 : total);
        appended = sink.appended();
        if (mode == Mode::Preview) {
            previewDone = true;
            return false; // rolled back: a preview writes nothing
        }
        return true;
    }, error);
    finishTiers(out);
    if (mode == Mode::Preview) {
        if (!previewDone)
            return false;
        if (error)
            *error = StoreError();
        out->applied = false;
        return true;
    }
    if (!written)
        return false;
    out->applied = true;
    out->eventsWritten = appended;
    return true;
}

bool CampaignRunner::appendStep(EventSink &sink, Mode mode, Step &step, CampaignOutcome *out, StoreError *error)
{
    ActionResult result;
    StoreError refusal;
    if (!m_actions.appendAction(sink, step.event, &result, &refusal)) {
        if (refusal.kind != StoreError::Kind::BadInput)
            return StoreError::fail(error, refusal.kind, refusal.message);
        if (mode == Mode::Apply)
            return StoreError::fail(error, StoreError::Kind::BadInput,
                                    tr("%1 (%2): %3; nothing was written").arg(step.target, step.action, refusal.message));
        ++out->refused[step.action];
        ++out->refusalCount;
        if (out->refusals.size() < CampaignOutcome::kMaxListed)
            out->refusals.append({step.target, step.action, refusal.message});
        return true;
    }
    ++out->accepted[step.action];
    out->notices += result.notices.size();
    const QString subject = step.event.subject;
    if (!m_subjectsActedOn.contains(subject)) {
        m_subjectsActedOn.insert(subject);
        ++out->subjectsByKind[int(step.kind)];
    }
    if (result.hasConsequences) {
        const ActionConsequences &c = result.consequences;
        const Policy &policy = m_store.policy();
        auto change = m_tierChanges.find(subject);
        if (change == m_tierChanges.end())
            change = m_tierChanges.insert(subject, {c.kind, tierOf(policy, c.kind, c.before), 0});
        change->after = tierOf(policy, c.kind, c.after);
    }
    if (out->accepted.value(step.action) <= CampaignOutcome::kSampleSize)
        out->sample.append({step.target, step.action, step.post, result.hasConsequences, result.consequences});
    return true;
}

bool CampaignRunner::startTiers(CampaignOutcome *out, StoreError *error) const
{
    out->tiers.clear();
    return CampaignQuery(m_store).tierCounts(m_store.policy(), &out->tiers, error);
}

void CampaignRunner::finishTiers(CampaignOutcome *out) const
{
    const auto entry = [out](SubjectKind kind, int tier) -> CampaignTierCount * {
        for (CampaignTierCount &t : out->tiers) {
            if (t.kind == kind && t.tier == tier)
                return &t;
        }
        return nullptr;
    };
    for (const TierChange &change : std::as_const(m_tierChanges)) {
        CampaignTierCount *from = entry(change.kind, change.before);
        CampaignTierCount *to = entry(change.kind, change.after);
        if (change.before == change.after || !from || !to)
            continue;
        --from->after;
        ++to->after;
    }
}

// The spec's own id when it is free; c-YYYYMMDD-N, the first free, when it has none. A given id already
// taken is refused: re-running a campaign from its file is a new campaign and needs a new id. An undo asks
// for its campaign's id with -undo, and falls back to a minted id.
QString CampaignRunner::mintCampaignId(const QString &wanted, Instant at, bool fallBack, StoreError *error) const
{
    if (!wanted.isEmpty()) {
        bool taken = false;
        if (!CampaignQuery(m_store).idTaken(wanted, &taken, error))
            return QString();
        if (!taken)
            return wanted;
        if (!fallBack) {
            StoreError::fail(error, StoreError::Kind::BadInput,
                             tr("id: %1 is already an id in the store; give the campaign a new id").arg(wanted));
            return QString();
        }
    }
    return ViolationQuery(m_store).freshIds(QStringLiteral("c"), at, 1, error).value(0);
}

} // namespace redline
