#include "eventvalidator.h"

#include "notice/noticetemplates.h"

#include "base/identity.h"
#include "base/role.h"

#include "content/triagestatus.h"
#include "store/write/triagewriter.h"
#include "engine/certificationchecklist.h"
#include "engine/scoreengine.h"
#include "base/eventdigest.h"
#include "base/eventvocabulary.h"
#include "store/sql/sqlerror.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>

namespace redline {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString date(Instant at)
{
    return formatInstant(at);
}

bool isIdType(EventType type)
{
    return type == EventType::Violation || type == EventType::Appeal || type == EventType::Campaign
           || type == EventType::Post || type == EventType::Report;
}

bool hasRef(EventType type)
{
    return type == EventType::Appeal || type == EventType::Decision || type == EventType::Retraction;
}

// Events without an id are told apart by a digest of their content (findStoredByDigest).
bool isDigestType(EventType type)
{
    return type != EventType::Subject && type != EventType::Violation && !isIdType(type);
}

// A triage step belongs to its item's subject and a removal to its post's, which the store fills in
// (resolveTriageItem, resolveRemovedPost).
bool hasSubject(EventType type)
{
    return type != EventType::User && type != EventType::Campaign && type != EventType::Triage
           && type != EventType::Removal && !hasRef(type);
}

// The kind of subject a type applies to, when it applies to one kind only.
std::optional<SubjectKind> requiredKind(EventType type)
{
    switch (type) {
    case EventType::Exam:
    case EventType::Contract:
    case EventType::Metrics:
    case EventType::Post:
    case EventType::Qualification:
    case EventType::Report: return SubjectKind::Creator; // R-C3; affiliation; POLICY.md 5 (R-H1); R-S1 triage
    case EventType::Deposit:
    case EventType::Certification: return SubjectKind::Mcn; // R-M3, R-M4
    case EventType::Ban: return SubjectKind::Brand; // R-B2
    default: return std::nullopt;
    }
}

// Only these types carry ids or are referred to; the phrases are whole so that translations read well.
QString typeWithArticle(EventType type)
{
    switch (type) {
    case EventType::Violation: return EventValidator::tr("a violation");
    case EventType::Appeal: return EventValidator::tr("an appeal");
    case EventType::Campaign: return EventValidator::tr("a campaign");
    case EventType::Post: return EventValidator::tr("a post");
    case EventType::Report: return EventValidator::tr("a report");
    default: return EventValidator::tr("a %1 event").arg(eventTypeName(type));
    }
}

QString kindLabel(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Mcn: return EventValidator::tr("an MCN");
    case SubjectKind::Brand: return EventValidator::tr("a brand");
    case SubjectKind::Creator: return EventValidator::tr("a creator");
    }
    return QString();
}

} // namespace

EventValidator::EventValidator(sqlite3 *db, const QString &path, const Policy &policy, const PolicySchedule &schedule)
    : m_db(db)
    , m_path(path)
    , m_policy(policy)
    , m_schedule(schedule)
    , m_subjectByHandle(db, "SELECT id, kind FROM subjects WHERE handle = ?1")
    , m_eventByExtId(db, "SELECT e.seq, e.type, e.subject_id, e.at, e.by, e.ref_seq, s.handle, s.kind FROM events e "
                         "LEFT JOIN subjects s ON s.id = e.subject_id WHERE e.ext_id = ?1")
    , m_eventBySeq(db, "SELECT e.seq, e.type, e.subject_id, e.at, e.by, e.ref_seq, s.handle, s.kind FROM events e "
                       "LEFT JOIN subjects s ON s.id = e.subject_id WHERE e.seq = ?1")
    , m_refOfType(db, "SELECT coalesce(ext_id, ''), at, coalesce(by, '') FROM events WHERE ref_seq = ?1 AND type = ?2")
    , m_byDigest(db, "SELECT seq FROM events WHERE digest = ?1")
    , m_subjectRow(db, "SELECT kind, name, at, attrs FROM subjects WHERE handle = ?1")
    , m_contracts(db, "SELECT c.id, c.handle, e.action FROM events e JOIN subjects c ON c.id = e.counterparty_id "
                      "WHERE e.subject_id = ?1 AND e.type = 8 AND e.at <= ?2 ORDER BY e.at, e.seq")
    , m_triageSteps(db, TriageWriter::kStepsSql)
    , m_lastRemoval(db, "SELECT action, at, by FROM events WHERE type = 19 AND code = ?1 ORDER BY seq DESC LIMIT 1")
    , m_undoesCampaign(db, "SELECT 1 FROM events v JOIN events c ON c.seq = v.campaign_seq JOIN events u ON u.seq = ?2 "
                           "WHERE v.seq = ?1 AND json_extract(u.attrs, '$.undoes') = c.ext_id")
    , m_events(db, path)
    , m_ledgers(db, path)
{
}

bool EventValidator::isValidHandle(const QString &text)
{
    return Identity::isValid(text); // handles, ids and identities share one pattern
}

void EventValidator::rememberSubject(const QString &handle, qint64 id, SubjectKind kind)
{
    // Bounded (about 90 bytes an entry), yet above the million subjects of a full-scale store: once
    // cleared, every later line of a random subject pays an SQL lookup again.
    if (m_subjects.size() > 2000000)
        m_subjects.clear();
    m_subjects.insert(handle, {id, kind});
}

void EventValidator::startFromEmptyLedger()
{
    m_ledgerBeganEmpty = true;
}

void EventValidator::rememberEvent(const ResolvedEvent &r, qint64 seq)
{
    if (!m_ledgerBeganEmpty)
        return;
    if (r.subjectId != 0 && r.kind == SubjectKind::Mcn)
        m_mcnEvents[r.subjectId].append({r.event.at, seq});
    if (r.digest != 0)
        m_insertedDigests.insert(r.digest);
}

bool EventValidator::fail(StoreError *error, const QString &field, const QString &why)
{
    return StoreError::fail(error, StoreError::Kind::BadInput, tr("field %1: %2").arg(field, why));
}

bool EventValidator::failInternal(StoreError *error)
{
    return SqlError::fail(error, m_db, m_path, tr("validate an event"));
}

bool EventValidator::prepare(StoredEvent &&event, ResolvedEvent *out, StoreError *error)
{
    *out = ResolvedEvent();
    out->event = std::move(event);
    if (!checkFields(*out, error))
        return false;
    // The content digest (findStoredByDigest), here unless resolving the reference (or a triage step's item)
    // still fills in its subject.
    if (isDigestType(out->event.type) && !hasRef(out->event.type) && out->event.type != EventType::Triage
        && out->event.type != EventType::Removal)
        out->digest = EventDigest::digest64(out->event);
    return true;
}

bool EventValidator::validatePrepared(ResolvedEvent &r, StoreError *error)
{
    return resolveReferences(r, error) && findStored(r, error) && (r.alreadyStored || checkRules(r, error));
}

// ---- fields on their own

bool EventValidator::checkFields(ResolvedEvent &r, StoreError *error)
{
    StoredEvent &e = r.event;
    EventVocabulary::keepUsedFields(e);
    if (e.type == EventType::Violation && e.severity.isEmpty())
        e.severity = QStringLiteral("normal");
    if (e.type == EventType::Subject && e.attrs.isEmpty())
        e.attrs = QByteArrayLiteral("{}");
    if (!e.attrs.isEmpty()) { // one spelling, so that equal content compares equal
        const QJsonDocument doc = QJsonDocument::fromJson(e.attrs);
        if (!doc.isObject())
            return fail(error, EventVocabulary::attrsField(e.type), tr("must be a JSON object"));
        e.attrs = doc.toJson(QJsonDocument::Compact);
    }
    if (!checkRequired(r, error) || !checkWords(r, error))
        return false;
    if (e.type == EventType::Notice && !checkNotice(e, error))
        return false;
    if (e.type == EventType::Post && !checkPost(e, error))
        return false;
    if (e.type == EventType::Subject && !isValidHandle(e.subject))
        return fail(error, QStringLiteral("handle"),
                    tr("%1 is not a valid handle (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(quoted(e.subject)));
    if (isIdType(e.type) && !isValidHandle(e.id))
        return fail(error, QStringLiteral("id"),
                    tr("%1 is not a valid id (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(quoted(e.id)));
    if (e.type == EventType::User && !isValidHandle(e.name))
        return fail(error, QStringLiteral("name"),
                    tr("%1 is not a valid user name (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(quoted(e.name)));
    if (e.type == EventType::User && !Roles::fromId(e.kind))
        return fail(error, QStringLiteral("role"), tr("%1 is not one of %2").arg(quoted(e.kind), Roles::idList()));
    // Identities (docs/roles.md): a trailing space, another case or a zero-width character must not make
    // one person look like two, so a name outside the pattern is refused rather than compared.
    if (!e.by.isEmpty() && !Identity::isValid(e.by))
        return fail(error, QStringLiteral("by"),
                    tr("%1 is not a valid name (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(quoted(e.by)));
    if (!e.recordedBy.isEmpty() && !Identity::isValid(e.recordedBy))
        return fail(error, QStringLiteral("recorded_by"),
                    tr("%1 is not a valid name (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(quoted(e.recordedBy)));
    if (e.type == EventType::Deposit && e.amount > kMaxDepositAmount)
        return fail(error, QStringLiteral("amount"),
                    tr("more than %1 yuan, the largest amount (whole yuan, exact)").arg(kMaxDepositAmount));
    if (e.points < -1)
        return fail(error, QStringLiteral("points"), tr("must not be negative"));
    if (e.type == EventType::Deposit && e.amount <= 0)
        return fail(error, QStringLiteral("amount"), tr("must be a positive number of yuan"));
    return true;
}

bool EventValidator::checkRequired(const ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    const auto missing = [&](const QString &field) { return fail(error, field, tr("missing")); };
    if (hasSubject(e.type) && e.subject.isEmpty())
        return missing(EventVocabulary::subjectField(e.type));
    if (isIdType(e.type) && e.id.isEmpty())
        return missing(QStringLiteral("id"));
    if (hasRef(e.type) && e.ref.isEmpty())
        return missing(EventVocabulary::refField(e.type));
    switch (e.type) {
    case EventType::Subject:
        if (e.kind.isEmpty())
            return missing(QStringLiteral("kind"));
        break;
    case EventType::Violation:
        if (e.code.isEmpty())
            return missing(QStringLiteral("code"));
        break;
    case EventType::Decision:
        if (e.outcome.isEmpty())
            return missing(QStringLiteral("outcome"));
        break;
    case EventType::Deposit:
    case EventType::Certification:
    case EventType::Contract:
        if (e.action.isEmpty())
            return missing(QStringLiteral("action"));
        if (e.type == EventType::Contract && e.counterparty.isEmpty())
            return missing(EventVocabulary::counterpartyField());
        if (e.type == EventType::Deposit && e.amount == 0)
            return missing(QStringLiteral("amount"));
        break;
    case EventType::Metrics:
        if (e.attrs.isEmpty())
            return missing(EventVocabulary::attrsField(e.type));
        break;
    case EventType::Note:
    case EventType::Post:
        if (e.text.isEmpty())
            return missing(EventVocabulary::textField(e.type));
        break;
    case EventType::Qualification:
        if (e.code.isEmpty())
            return missing(EventVocabulary::codeField(e.type));
        if (e.action.isEmpty())
            return missing(QStringLiteral("action"));
        break;
    case EventType::Notice:
        if (e.code.isEmpty())
            return missing(EventVocabulary::codeField(e.type));
        if (!QJsonDocument::fromJson(e.attrs).object().contains(QStringLiteral("language")))
            return missing(QStringLiteral("language"));
        if (e.text.trimmed().isEmpty())
            return missing(EventVocabulary::textField(e.type));
        break;
    case EventType::Campaign:
        if (e.name.isEmpty())
            return missing(QStringLiteral("name"));
        break;
    case EventType::Triage:
        if (e.code.isEmpty())
            return missing(EventVocabulary::codeField(e.type));
        if (e.action.isEmpty())
            return missing(QStringLiteral("action"));
        if (e.action == QLatin1String("dismiss") && e.text.trimmed().isEmpty())
            return missing(EventVocabulary::textField(e.type));
        if (e.action == QLatin1String("confirm") && e.attrs.isEmpty())
            return missing(EventVocabulary::linkField(e.type));
        break;
    case EventType::Removal:
        if (e.code.isEmpty())
            return missing(EventVocabulary::codeField(e.type));
        if (e.action.isEmpty())
            return missing(QStringLiteral("action"));
        break;
    case EventType::User:
        if (e.name.isEmpty())
            return missing(QStringLiteral("name"));
        if (e.kind.isEmpty())
            return missing(QStringLiteral("role"));
        break;
    default:
        break;
    }
    // Who acted: R-L4 compares the recorder and the decider; money and certificates name their officer.
    const bool needsBy = e.type == EventType::Violation || e.type == EventType::Decision
                         || e.type == EventType::Retraction || e.type == EventType::Deposit
                         || e.type == EventType::Certification || e.type == EventType::Ban
                         || e.type == EventType::Campaign || e.type == EventType::Notice
                         || e.type == EventType::Qualification || e.type == EventType::Triage
                         || e.type == EventType::Removal;
    if (needsBy && e.by.isEmpty())
        return missing(QStringLiteral("by"));
    return true;
}

// A notice (docs/contracts.md): a known template, a language of the templates, an optional reference that
// is an id, and a bounded text, so that an outbox row and an export line stay readable.
bool EventValidator::checkNotice(const StoredEvent &e, StoreError *error)
{
    if (!NoticeTemplates::isKnown(e.code))
        return fail(error, QStringLiteral("template"),
                    tr("%1 is not one of %2").arg(quoted(e.code), NoticeTemplates::ids().join(QLatin1String(", "))));
    const QJsonObject attrs = QJsonDocument::fromJson(e.attrs).object();
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        if (it.key() != QLatin1String("language") && it.key() != QLatin1String("ref"))
            return fail(error, it.key(), tr("not a field of a notice"));
        if (!it.value().isString())
            return fail(error, it.key(), tr("must be a string"));
    }
    const QString language = attrs.value(QStringLiteral("language")).toString();
    if (!NoticeTemplates::languages().contains(language))
        return fail(error, QStringLiteral("language"),
                    tr("%1 is not one of %2").arg(quoted(language), NoticeTemplates::languages().join(QLatin1String(", "))));
    const QString ref = attrs.value(QStringLiteral("ref")).toString();
    if (attrs.contains(QStringLiteral("ref")) && !isValidHandle(ref))
        return fail(error, QStringLiteral("ref"), tr("%1 is not a valid id (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(quoted(ref)));
    if (e.text.size() > kMaxNoticeText)
        return fail(error, QStringLiteral("text"), tr("%1 characters, more than the %2 a notice may have").arg(e.text.size()).arg(kMaxNoticeText));
    return true;
}

bool EventValidator::checkWords(ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    const auto word = [&](const QString &field, const QString &value, const QStringList &words, int *index) {
        if (value.isEmpty())
            return true;
        *index = EventVocabulary::indexOf(words, value);
        if (*index >= 0)
            return true;
        return fail(error, field, tr("%1 is not one of %2").arg(quoted(value), words.join(QLatin1String(", "))));
    };
    if (e.type == EventType::Violation
        && (!word(QStringLiteral("severity"), e.severity, EventVocabulary::severities(), &r.severity)
            || !word(QStringLiteral("source"), e.source, EventVocabulary::sources(), &r.source)))
        return false;
    if (e.type == EventType::Decision
        && !word(QStringLiteral("outcome"), e.outcome, EventVocabulary::outcomes(), &r.outcome))
        return false;
    const QStringList &actions = EventVocabulary::actions(e.type);
    if (!actions.isEmpty() && !word(QStringLiteral("action"), e.action, actions, &r.action))
        return false;
    if (e.type == EventType::Subject && !subjectKindFromName(e.kind))
        return fail(error, QStringLiteral("kind"), tr("%1 is not one of mcn, brand, creator").arg(quoted(e.kind)));
    int domain = -1;
    if (e.type == EventType::Qualification
        && !word(EventVocabulary::codeField(e.type), e.code, EventVocabulary::postTopics(), &domain))
        return false;
    return true;
}

// A post (docs/contracts.md): a valid id, a bounded title and text, and its topic and media from their
// lists (the line's own fields, kept in attrs by EventJson).
bool EventValidator::checkPost(const StoredEvent &e, StoreError *error)
{
    if (e.text.size() > kMaxPostText)
        return fail(error, QStringLiteral("text"), tr("%1 characters, more than the %2 a post may have").arg(e.text.size()).arg(kMaxPostText));
    if (e.name.size() > kMaxPostTitle)
        return fail(error, QStringLiteral("title"), tr("%1 characters, more than the %2 a title may have").arg(e.name.size()).arg(kMaxPostTitle));
    const QJsonObject attrs = QJsonDocument::fromJson(e.attrs).object();
    const auto oneOf = [&](const QString &field, const QStringList &words) {
        const QJsonValue value = attrs.value(field);
        if (value.isUndefined() || words.contains(value.toString()))
            return true;
        return fail(error, field, tr("%1 is not one of %2").arg(quoted(value.toString()), words.join(QLatin1String(", "))));
    };
    return oneOf(QStringLiteral("topic"), EventVocabulary::postTopics())
           && oneOf(QStringLiteral("media"), EventVocabulary::postMedia());
}

// ---- references

bool EventValidator::resolveReferences(ResolvedEvent &r, StoreError *error)
{
    StoredEvent &e = r.event;
    if (e.type == EventType::Subject) {
        r.kind = *subjectKindFromName(e.kind);
    } else if (hasRef(e.type)) {
        if (!resolveRef(r, error))
            return false;
    } else if (e.type == EventType::Triage) {
        if (!resolveTriageItem(r, error))
            return false;
    } else if (e.type == EventType::Removal) {
        if (!resolveRemovedPost(r, error))
            return false;
    } else if (e.type == EventType::Campaign) {
        if (!checkCampaignAttrs(r, error))
            return false;
    } else if (hasSubject(e.type)) {
        if (!resolveSubject(r, error) || !checkKind(r, error))
            return false;
    }
    if ((e.type == EventType::Violation || (e.type == EventType::Report && !e.code.isEmpty())) && !checkCode(r, error))
        return false;
    if (e.type == EventType::Report && !e.attrs.isEmpty() && !checkReportedPost(r, error))
        return false;
    if (e.type == EventType::Contract && !resolveCounterparty(r, error))
        return false;
    return e.campaign.isEmpty() || resolveCampaign(r, error);
}

bool EventValidator::resolveSubject(ResolvedEvent &r, StoreError *error)
{
    SubjectRef subject;
    if (!lookupSubject(r.event.subject, &subject, error))
        return false;
    if (subject.id == 0)
        return fail(error, EventVocabulary::subjectField(r.event.type), tr("no subject %1").arg(quoted(r.event.subject)));
    r.subjectId = subject.id;
    r.kind = subject.kind;
    return true;
}

bool EventValidator::checkKind(const ResolvedEvent &r, StoreError *error) const
{
    const std::optional<SubjectKind> kind = requiredKind(r.event.type);
    if (!kind || *kind == r.kind)
        return true;
    return fail(error, QStringLiteral("subject"),
                tr("%1 is %2; a %3 event applies to %4 only")
                    .arg(r.event.subject, kindLabel(r.kind), eventTypeName(r.event.type), kindLabel(*kind)));
}

// R-L2: a code of the subject's own scale, and explicit points within the code's range.
bool EventValidator::checkCode(const ResolvedEvent &r, StoreError *error) const
{
    const StoredEvent &e = r.event;
    const Scale &scale = m_policy.scale(r.kind);
    const int index = scale.codeIndex(e.code);
    if (index < 0)
        return fail(error, QStringLiteral("code"),
                    tr("%1 is not a violation code for %2").arg(quoted(e.code), kindLabel(r.kind)));
    const ViolationCode &code = scale.codes[index];
    if (e.points >= 0 && (e.points < code.minPoints || e.points > code.maxPoints))
        return fail(error, QStringLiteral("points"),
                    tr("%1 is outside the range %2..%3 of %4 (R-L2)")
                        .arg(e.points).arg(code.minPoints).arg(code.maxPoints).arg(e.code));
    return true;
}

bool EventValidator::resolveRef(ResolvedEvent &r, StoreError *error)
{
    StoredEvent &e = r.event;
    const QString field = EventVocabulary::refField(e.type);
    const EventType wanted = e.type == EventType::Decision ? EventType::Appeal : EventType::Violation;
    EventRef &ref = m_ref;
    if (!lookupEvent(e.ref, &ref, error))
        return false;
    if (ref.seq == 0)
        return fail(error, field, tr("no %1 %2 in the store").arg(eventTypeName(wanted), quoted(e.ref)));
    if (ref.type != wanted)
        return fail(error, field,
                    tr("%1 is the id of %2, not of %3").arg(quoted(e.ref), typeWithArticle(ref.type), typeWithArticle(wanted)));
    r.refSeq = ref.seq;
    r.subjectId = ref.subjectId;
    r.kind = ref.kind;
    e.subject = ref.handle; // the event belongs to its violation's subject (storedevent.h)
    return true;
}

// A report may name the post it is about: a post of the reported creator (R-S1 triage).
bool EventValidator::checkReportedPost(ResolvedEvent &r, StoreError *error)
{
    const QString field = EventVocabulary::linkField(r.event.type);
    const QString id = QJsonDocument::fromJson(r.event.attrs).object().value(field).toString();
    EventRef post;
    if (!lookupEvent(id, &post, error))
        return false;
    if (post.seq == 0 || post.type != EventType::Post)
        return fail(error, field, tr("no post %1 in the store").arg(quoted(id)));
    if (post.subjectId != r.subjectId)
        return fail(error, field, tr("post %1 is %2's, not %3's").arg(quoted(id), post.handle, r.event.subject));
    return true;
}

// A triage step names its item, a post or a report, and belongs to the item's subject (docs/rules.md "Triage").
bool EventValidator::resolveTriageItem(ResolvedEvent &r, StoreError *error)
{
    StoredEvent &e = r.event;
    const QString field = EventVocabulary::codeField(e.type);
    if (!lookupEvent(e.code, &m_ref, error))
        return false;
    if (m_ref.seq == 0 || (m_ref.type != EventType::Post && m_ref.type != EventType::Report))
        return fail(error, field, tr("no post or report %1 in the store").arg(quoted(e.code)));
    return takeSubjectOfRef(r, tr("item %1 is %2's, not %3's").arg(quoted(e.code), m_ref.handle, e.subject), error);
}

// An event about a post or a report belongs to its subject: a subject given on the line must be that one
// (`mismatch` says so), and an absent one is filled in.
bool EventValidator::takeSubjectOfRef(ResolvedEvent &r, const QString &mismatch, StoreError *error)
{
    StoredEvent &e = r.event;
    if (!e.subject.isEmpty() && e.subject != m_ref.handle)
        return fail(error, EventVocabulary::subjectField(e.type), mismatch);
    r.subjectId = m_ref.subjectId;
    r.kind = m_ref.kind;
    e.subject = m_ref.handle;
    return true;
}

// The step must be one the item's state allows at the step's instant (TriageStatus), dated after the item,
// and a confirmation must name a violation of the item's subject that the confirming moderator recorded.
bool EventValidator::checkTriageStep(const ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    const EventRef &item = m_ref;
    if (e.at < item.at)
        return fail(error, QStringLiteral("at"), tr("the step is dated before its item %1 (%2)").arg(e.code, date(item.at)));
    TriageStep step;
    step.action = r.action;
    step.by = e.by;
    step.at = e.at;
    step.reason = e.text;
    step.violation = QJsonDocument::fromJson(e.attrs).object().value(EventVocabulary::linkField(e.type)).toString();
    QVector<TriageStep> steps;
    if (!TriageWriter::readSteps(m_triageSteps, e.code, &steps))
        return failInternal(error);
    // A claim's expiry is judged at the step's instant, under the policy in force then (docs/rules.md
    // "Triage"): inside this write's transaction, so of two claims of a lapsed item the second still sees
    // the first's live claim.
    const QString refused = TriageStatus::after(steps).refusal(step, m_schedule.at(step.at).triage);
    if (!refused.isEmpty())
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("item %1: %2").arg(e.code, refused));
    if (step.action != EventVocabulary::Confirm)
        return step.violation.isEmpty()
               || fail(error, EventVocabulary::linkField(e.type), tr("only a confirmation names a violation"));
    EventRef violation;
    if (!lookupEvent(step.violation, &violation, error))
        return false;
    const QString field = EventVocabulary::linkField(e.type);
    if (violation.seq == 0 || violation.type != EventType::Violation)
        return fail(error, field, tr("no violation %1 in the store").arg(quoted(step.violation)));
    if (violation.subjectId != r.subjectId)
        return fail(error, field, tr("violation %1 is %2's, not %3's").arg(quoted(step.violation), violation.handle, e.subject));
    if (!Identity::same(violation.by, e.by))
        return fail(error, field, tr("violation %1 was recorded by %2; a confirmation names the violation its moderator recorded")
                                      .arg(quoted(step.violation), violation.by));
    return true;
}

// A removal names a post and belongs to its creator (docs/rules.md "Post removals").
bool EventValidator::resolveRemovedPost(ResolvedEvent &r, StoreError *error)
{
    StoredEvent &e = r.event;
    const QString field = EventVocabulary::codeField(e.type);
    if (!lookupEvent(e.code, &m_ref, error))
        return false;
    if (m_ref.seq == 0 || m_ref.type != EventType::Post)
        return fail(error, field, tr("no post %1 in the store").arg(quoted(e.code)));
    return takeSubjectOfRef(r, tr("post %1 is %2's, not %3's").arg(quoted(e.code), m_ref.handle, e.subject), error);
}

// A post is removed from its last `remove` to the `restore` after it: removing a removed post or restoring
// one that is up is refused, naming who removed it and when.
bool EventValidator::checkRemoval(const ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    const EventRef &post = m_ref;
    if (e.at < post.at)
        return fail(error, QStringLiteral("at"), tr("the removal is dated before its post %1 (%2)").arg(e.code, date(post.at)));
    m_lastRemoval.reset();
    m_lastRemoval.bind(1, e.code);
    const bool found = m_lastRemoval.next();
    if (!found && m_lastRemoval.resultCode() != SQLITE_DONE) {
        m_lastRemoval.reset();
        return failInternal(error);
    }
    const bool removed = found && m_lastRemoval.integer(0) == EventVocabulary::Remove;
    const Instant since = found ? m_lastRemoval.int64(1) : 0;
    const QString by = found ? m_lastRemoval.text(2) : QString();
    m_lastRemoval.reset();
    if (r.action == EventVocabulary::Remove && removed)
        return fail(error, QStringLiteral("action"),
                    tr("post %1 was already removed by %2 on %3").arg(e.code, by, date(since)));
    if (r.action == EventVocabulary::Restore && !removed)
        return fail(error, QStringLiteral("action"), tr("post %1 is not removed; there is nothing to restore").arg(e.code));
    return true;
}

// A campaign header's attrs hold its spec (an object), how many targets it selected, and, for an undo,
// the campaign it undoes, which must be in the store (docs/rules.md "Campaigns").
bool EventValidator::checkCampaignAttrs(const ResolvedEvent &r, StoreError *error)
{
    const QJsonObject attrs = QJsonDocument::fromJson(r.event.attrs).object();
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        if (it.key() != QLatin1String("spec") && it.key() != QLatin1String("undoes") && it.key() != QLatin1String("targets"))
            return fail(error, QStringLiteral("attrs.") + it.key(), tr("not a field of a campaign (spec, targets, undoes)"));
    }
    if (attrs.contains(QStringLiteral("spec")) && !attrs.value(QStringLiteral("spec")).isObject())
        return fail(error, QStringLiteral("attrs.spec"), tr("must be a JSON object"));
    if (attrs.contains(QStringLiteral("targets")) && attrs.value(QStringLiteral("targets")).toInteger(-1) < 0)
        return fail(error, QStringLiteral("attrs.targets"), tr("must be a whole number, not negative"));
    if (!attrs.contains(QStringLiteral("undoes")))
        return true;
    const QString undone = attrs.value(QStringLiteral("undoes")).toString();
    EventRef campaign;
    if (!lookupEvent(undone, &campaign, error))
        return false;
    if (campaign.seq == 0 || campaign.type != EventType::Campaign)
        return fail(error, QStringLiteral("attrs.undoes"), tr("no campaign %1 in the store").arg(quoted(undone)));
    return true;
}

// Whether the campaign `undoCampaignSeq` is the undo of the campaign the violation `violationSeq` belongs to.
bool EventValidator::undoesCampaignOf(qint64 violationSeq, qint64 undoCampaignSeq, bool *undoes, StoreError *error)
{
    m_undoesCampaign.reset();
    m_undoesCampaign.bind(1, violationSeq);
    m_undoesCampaign.bind(2, undoCampaignSeq);
    *undoes = m_undoesCampaign.next();
    const bool ok = *undoes || m_undoesCampaign.resultCode() == SQLITE_DONE;
    m_undoesCampaign.reset();
    return ok || failInternal(error);
}

bool EventValidator::resolveCounterparty(ResolvedEvent &r, StoreError *error)
{
    SubjectRef mcn;
    if (!lookupSubject(r.event.counterparty, &mcn, error))
        return false;
    const QString field = EventVocabulary::counterpartyField();
    if (mcn.id == 0)
        return fail(error, field, tr("no subject %1").arg(quoted(r.event.counterparty)));
    if (mcn.kind != SubjectKind::Mcn)
        return fail(error, field, tr("%1 is %2, not an MCN").arg(r.event.counterparty, kindLabel(mcn.kind)));
    r.counterpartyId = mcn.id;
    return true;
}

bool EventValidator::resolveCampaign(ResolvedEvent &r, StoreError *error)
{
    // A campaign's events come one after another, all naming it: one lookup serves them all (the ledger
    // is append-only, so a campaign found stays found).
    if (!m_lastCampaign.isEmpty() && r.event.campaign == m_lastCampaign) {
        r.campaignSeq = m_lastCampaignSeq;
        return true;
    }
    EventRef campaign;
    if (!lookupEvent(r.event.campaign, &campaign, error))
        return false;
    if (campaign.seq == 0 || campaign.type != EventType::Campaign)
        return fail(error, QStringLiteral("campaign"), tr("no campaign %1 in the store").arg(quoted(r.event.campaign)));
    r.campaignSeq = campaign.seq;
    m_lastCampaign = r.event.campaign;
    m_lastCampaignSeq = campaign.seq;
    return true;
}

// ---- already in the store?

bool EventValidator::findStored(ResolvedEvent &r, StoreError *error)
{
    // A subject's handle and a violation's id are checked by the insert itself (their unique indexes):
    // most lines are new, and one index probe fewer per line is what keeps a bulk import fast.
    // BulkWriter calls findStoredSubject or findStoredById on a clash.
    if (isDigestType(r.event.type))
        return findStoredByDigest(r, error);
    if (r.event.type == EventType::Violation)
        return true;
    return !isIdType(r.event.type) || findStoredById(r, error);
}

bool EventValidator::findStoredSubject(ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    m_subjectRow.reset();
    m_subjectRow.bind(1, e.subject);
    if (!m_subjectRow.next()) {
        const bool ok = m_subjectRow.resultCode() == SQLITE_DONE;
        m_subjectRow.reset();
        return ok || failInternal(error);
    }
    const bool same = m_subjectRow.integer(0) == int(r.kind) && m_subjectRow.text(1) == e.name
                      && m_subjectRow.int64(2) == e.at && m_subjectRow.utf8(3) == e.attrs;
    m_subjectRow.reset();
    if (!same)
        return fail(error, QStringLiteral("handle"),
                    tr("subject %1 already exists with different content").arg(quoted(e.subject)));
    r.alreadyStored = true;
    return true;
}

// Ids are unique in the store: the same id with the same content is a re-import, with other content an error.
bool EventValidator::findStoredById(ResolvedEvent &r, StoreError *error)
{
    EventRef existing;
    if (!lookupEvent(r.event.id, &existing, error))
        return false;
    if (existing.seq == 0)
        return true;
    StoredEvent stored;
    if (!m_events.bySeq(existing.seq, &stored, error))
        return false;
    if (!EventDigest::sameContent(stored, r.event))
        return fail(error, QStringLiteral("id"),
                    existing.type == r.event.type
                        ? tr("%1 already exists with different content").arg(quoted(r.event.id))
                        : tr("%1 is already the id of %2").arg(quoted(r.event.id), typeWithArticle(existing.type)));
    r.alreadyStored = true;
    return true;
}

// An event without an id is the same event when its whole content is (DESIGN.md: re-import is a no-op).
bool EventValidator::findStoredByDigest(ResolvedEvent &r, StoreError *error)
{
    if (r.digest == 0)
        r.digest = EventDigest::digest64(r.event);
    if (m_ledgerBeganEmpty && !m_insertedDigests.contains(r.digest))
        return true;
    QVector<qint64> candidates;
    m_byDigest.reset();
    m_byDigest.bind(1, r.digest);
    while (m_byDigest.next())
        candidates.append(m_byDigest.int64(0));
    const bool ok = m_byDigest.resultCode() == SQLITE_DONE;
    m_byDigest.reset();
    if (!ok)
        return failInternal(error);
    for (qint64 seq : candidates) {
        StoredEvent stored;
        if (!m_events.bySeq(seq, &stored, error))
            return false;
        if (EventDigest::sameContent(stored, r.event)) {
            r.alreadyStored = true;
            return true;
        }
    }
    return true;
}

// ---- rules that depend on the rest of the ledger

bool EventValidator::checkRules(const ResolvedEvent &r, StoreError *error)
{
    switch (r.event.type) {
    case EventType::Appeal: return checkAppeal(r, error);
    case EventType::Decision: return checkDecision(r, error);
    case EventType::Retraction: return checkRetraction(r, error);
    case EventType::Deposit: return checkDeposit(r, error);
    case EventType::Certification: return checkCertification(r, error);
    case EventType::Contract: return checkContract(r, error);
    case EventType::Triage: return checkTriageStep(r, error);
    case EventType::Removal: return checkRemoval(r, error);
    default: return true;
    }
}

bool EventValidator::checkAppeal(const ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    const EventRef &violation = m_ref;
    if (e.at < violation.at)
        return fail(error, QStringLiteral("at"),
                    tr("the appeal is dated before its violation %1 (%2)").arg(e.ref, date(violation.at)));
    return true;
}

bool EventValidator::checkDecision(const ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    const EventRef &appeal = m_ref;
    EventRef violation;
    if (!lookupEventBySeq(appeal.refSeq, &violation, error))
        return false;
    if (e.at < appeal.at)
        return fail(error, QStringLiteral("at"),
                    tr("the decision is dated before its appeal %1 (%2)").arg(e.ref, date(appeal.at)));
    if (Identity::same(e.by, violation.by)) // R-L4 between identities (R-P3)
        return fail(error, QStringLiteral("by"),
                    tr("%1 recorded the violation under appeal %2 and cannot decide it (R-L4 four-eyes)")
                        .arg(e.by, e.ref));
    return true;
}

bool EventValidator::checkRetraction(const ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    const EventRef &violation = m_ref;
    if (e.at < violation.at)
        return fail(error, QStringLiteral("at"),
                    tr("the retraction is dated before its violation %1 (%2)").arg(e.ref, date(violation.at)));
    // A retraction voids the violation with no second person, so only its recorder may retract it; anyone
    // else goes through an appeal, which R-L4 gives a second pair of eyes (docs/rules.md). The undo of a
    // campaign retracts the campaign's violations whoever applied it (docs/rules.md "Campaigns").
    bool campaignUndo = false;
    if (r.campaignSeq != 0 && !undoesCampaignOf(violation.seq, r.campaignSeq, &campaignUndo, error))
        return false;
    if (!campaignUndo && !Identity::same(e.by, violation.by))
        return fail(error, QStringLiteral("by"),
                    tr("only %1, who recorded %2, may retract it; anyone else files an appeal").arg(violation.by, e.ref));
    return true;
}

// R-L3 and its kin are the last check of each of these types: the insert itself meets them (the unique
// index events_by_ref), so only a refused insert pays the query that names the earlier event.
bool EventValidator::explainDuplicateRef(const ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    switch (e.type) {
    case EventType::Appeal:
        return checkFirstOfItsKind(r.refSeq, EventType::Appeal, QStringLiteral("violation"), error, [&](const QString &id, Instant, const QString &) {
            return tr("%1 already has an appeal (%2); one appeal per violation (R-L3)").arg(e.ref, id);
        });
    case EventType::Decision:
        return checkFirstOfItsKind(r.refSeq, EventType::Decision, QStringLiteral("appeal"), error, [&](const QString &, Instant at, const QString &by) {
            // Named, so that of two moderators deciding at once the second sees who decided (docs/teamstore.md).
            return tr("%1 was already decided on %2 by %3").arg(e.ref, date(at), by);
        });
    case EventType::Retraction:
        return checkFirstOfItsKind(r.refSeq, EventType::Retraction, QStringLiteral("violation"), error,
                                   [&](const QString &, Instant at, const QString &) { return tr("%1 was already retracted on %2").arg(e.ref, date(at)); });
    default:
        return true;
    }
}

// One appeal per violation (R-L3), one decision per appeal, one retraction per violation: refused with
// `message(existing id, its instant)` when the referenced event already has one of `type`.
bool EventValidator::checkFirstOfItsKind(qint64 refSeq, EventType type, const QString &field, StoreError *error,
                                         const std::function<QString(const QString &, Instant, const QString &)> &message)
{
    QString existing;
    Instant existingAt = 0;
    QString existingBy;
    StoreError lookupError;
    if (hasRefOfType(refSeq, type, &existing, &existingAt, &existingBy, &lookupError))
        return fail(error, field, message(existing, existingAt, existingBy));
    return !lookupError.isSet() || StoreError::fail(error, lookupError.kind, lookupError.message);
}

namespace {

// The id of the subject's first appeal (in ledger order) lodged by `at` and not decided by then.
QString firstPendingAppeal(const QVector<LedgerEvent> &events, Instant at)
{
    QHash<int, QString> pending; // violation index -> its appeal's id (one appeal per violation, R-L3)
    QVector<int> order;
    for (const LedgerEvent &e : events) {
        if (e.at > at)
            break;
        if (e.type == LedgerEventType::Appeal) {
            pending.insert(e.target, e.id);
            order.append(e.target);
        } else if (e.type == LedgerEventType::Decision) {
            pending.remove(e.target);
        }
    }
    for (int violation : std::as_const(order)) {
        if (pending.contains(violation))
            return pending.value(violation);
    }
    return QString();
}

} // namespace

// R-M3: the balance never goes below zero; a refund needs no pending appeal and no violation in the
// quiet period before it.
bool EventValidator::checkDeposit(const ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    const auto action = static_cast<DepositAction>(r.action);
    SubjectInfo info;
    SubjectState state;
    if (action == DepositAction::Pay) {
        // The balance at its highest is after every payment in the ledger, whenever dated.
        SubjectLedger ledger;
        if (!readLedger(r.subjectId, &ledger, error))
            return false;
        const Instant last = ledger.events.isEmpty() ? e.at : std::max(e.at, ledger.events.last().at);
        if (!stateAt(r.subjectId, last, &info, &state, error))
            return false;
        if (state.depositBalance > kMaxDepositBalance - e.amount)
            return fail(error, QStringLiteral("amount"),
                        tr("paying ¥%1 would take the deposit balance ¥%2 over ¥%3, the largest balance")
                            .arg(e.amount).arg(state.depositBalance).arg(kMaxDepositBalance));
        return true;
    }
    QVector<LedgerEvent> events;
    if (!stateAt(r.subjectId, e.at, &info, &state, error, &events))
        return false;
    if (e.amount > state.depositBalance)
        return fail(error, QStringLiteral("amount"),
                    tr("%1 of ¥%2 exceeds the deposit balance ¥%3 at %4 (R-M3)")
                        .arg(e.action).arg(e.amount).arg(state.depositBalance).arg(date(e.at)));
    if (action != DepositAction::Refund)
        return true;
    const QString appeal = firstPendingAppeal(events, e.at);
    if (!appeal.isEmpty())
        return fail(error, QStringLiteral("action"), tr("refund refused: appeal %1 is pending (R-M3)").arg(appeal));
    const int quietDays = m_policy.deposit.refundQuietDays;
    for (const ViolationOutcome &v : state.violations) {
        if (v.voidedAt > e.at && v.at > e.at - days(quietDays) && v.at <= e.at)
            return fail(error, QStringLiteral("action"),
                        tr("refund refused: violation %1 on %2 is within the last %3 days (R-M3)")
                            .arg(v.id, date(v.at)).arg(quietDays));
    }
    return true;
}

// R-M4: a grant only when every requirement holds at its instant, naming the first that does not.
bool EventValidator::checkCertification(const ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    SubjectInfo info;
    SubjectState state;
    if (!stateAt(r.subjectId, e.at, &info, &state, error))
        return false;
    if (static_cast<CertificationAction>(r.action) == CertificationAction::Revoke) {
        if (!state.certified)
            return fail(error, QStringLiteral("action"), tr("%1 holds no certification to revoke").arg(e.subject));
        return true;
    }
    if (state.certified)
        return fail(error, QStringLiteral("action"), tr("%1 already holds a certification").arg(e.subject));
    for (const CertificationRequirement &requirement : CertificationChecklist::evaluate(m_policy, info, state)) {
        if (!requirement.met)
            return fail(error, QStringLiteral("action"),
                        tr("certification refused: %1 (%2, R-M4)").arg(requirement.detail, requirement.key));
    }
    return true;
}

bool EventValidator::checkContract(const ResolvedEvent &r, StoreError *error)
{
    const StoredEvent &e = r.event;
    qint64 current = 0;
    QString currentHandle;
    m_contracts.reset();
    m_contracts.bind(1, r.subjectId);
    m_contracts.bind(2, e.at);
    while (m_contracts.next()) {
        const bool start = m_contracts.integer(2) == int(ContractAction::Start);
        if (start) {
            current = m_contracts.int64(0);
            currentHandle = m_contracts.text(1);
        } else if (m_contracts.int64(0) == current) {
            current = 0;
        }
    }
    const bool ok = m_contracts.resultCode() == SQLITE_DONE;
    m_contracts.reset();
    if (!ok)
        return failInternal(error);
    const QString field = EventVocabulary::counterpartyField();
    if (static_cast<ContractAction>(r.action) == ContractAction::Start) {
        if (current != 0)
            return fail(error, field, tr("%1 is already contracted to %2").arg(e.subject, currentHandle));
        return true;
    }
    if (current != r.counterpartyId)
        return fail(error, field, tr("%1 has no contract with %2 in force").arg(e.subject, e.counterparty));
    return true;
}

// ---- lookups

bool EventValidator::lookupSubject(const QString &handle, SubjectRef *out, StoreError *error)
{
    if (const SubjectRef *known = m_subjects.find(handle)) {
        *out = *known;
        return true;
    }
    *out = SubjectRef();
    m_subjectByHandle.reset();
    m_subjectByHandle.bind(1, handle);
    if (m_subjectByHandle.next()) {
        out->id = m_subjectByHandle.int64(0);
        out->kind = static_cast<SubjectKind>(m_subjectByHandle.integer(1));
    }
    const bool ok = m_subjectByHandle.resultCode() == SQLITE_ROW || m_subjectByHandle.resultCode() == SQLITE_DONE;
    m_subjectByHandle.reset();
    if (!ok)
        return failInternal(error);
    if (out->id != 0)
        rememberSubject(handle, out->id, out->kind);
    return true;
}

namespace {

bool readEventRef(SqlStatement &q, qint64 *seq, EventType *type, qint64 *subjectId, Instant *at, QString *by,
                  qint64 *refSeq, QString *handle, SubjectKind *kind)
{
    const bool found = q.next();
    if (found) {
        *seq = q.int64(0);
        *type = static_cast<EventType>(q.integer(1));
        *subjectId = q.int64(2);
        *at = q.int64(3);
        *by = q.text(4);
        *refSeq = q.int64(5);
        *handle = q.text(6);
        *kind = static_cast<SubjectKind>(q.integer(7));
    }
    const bool ok = found || q.resultCode() == SQLITE_DONE;
    q.reset();
    return ok;
}

} // namespace

bool EventValidator::lookupEvent(const QString &extId, EventRef *out, StoreError *error)
{
    *out = EventRef();
    m_eventByExtId.reset();
    m_eventByExtId.bind(1, extId);
    if (!readEventRef(m_eventByExtId, &out->seq, &out->type, &out->subjectId, &out->at, &out->by, &out->refSeq,
                      &out->handle, &out->kind))
        return failInternal(error);
    return true;
}

bool EventValidator::lookupEventBySeq(qint64 seq, EventRef *out, StoreError *error)
{
    *out = EventRef();
    m_eventBySeq.reset();
    m_eventBySeq.bind(1, seq);
    if (!readEventRef(m_eventBySeq, &out->seq, &out->type, &out->subjectId, &out->at, &out->by, &out->refSeq,
                      &out->handle, &out->kind))
        return failInternal(error);
    if (out->seq == 0)
        return StoreError::fail(error, StoreError::Kind::Internal, tr("%1: no ledger event %2").arg(m_path).arg(seq));
    return true;
}

// True when an event of `type` already refers to refSeq; a failed query returns false with *error set.
bool EventValidator::hasRefOfType(qint64 refSeq, EventType type, QString *extId, Instant *at, QString *by,
                                  StoreError *error)
{
    m_refOfType.reset();
    m_refOfType.bind(1, refSeq);
    m_refOfType.bind(2, int(type));
    const bool found = m_refOfType.next();
    if (found) {
        *extId = m_refOfType.text(0);
        *at = m_refOfType.int64(1);
        *by = m_refOfType.text(2);
    }
    const bool ok = found || m_refOfType.resultCode() == SQLITE_DONE;
    m_refOfType.reset();
    if (!ok)
        failInternal(error);
    return found;
}

bool EventValidator::stateAt(qint64 subjectId, Instant at, SubjectInfo *info, SubjectState *state, StoreError *error,
                             QVector<LedgerEvent> *events)
{
    SubjectLedger ledger;
    if (!readLedger(subjectId, &ledger, error))
        return false;
    *info = ledger.info;
    const QVector<LedgerEvent> resolved = LedgerReader::resolve(ledger, m_ledgers.codeIndices(m_schedule.latest()));
    *state = ScoreEngine(m_schedule).stateAt(ledger.info, resolved, at);
    if (events)
        *events = resolved;
    return true;
}

bool EventValidator::readLedger(qint64 subjectId, SubjectLedger *ledger, StoreError *error)
{
    const auto known = m_mcnEvents.constFind(subjectId);
    if (!m_ledgerBeganEmpty || known == m_mcnEvents.constEnd())
        return m_ledgers.read(subjectId, ledger, error);
    QVector<Stamp> stamps = known.value();
    std::sort(stamps.begin(), stamps.end(), [](const Stamp &a, const Stamp &b) {
        return a.at != b.at ? a.at < b.at : a.seq < b.seq;
    });
    QVector<qint64> seqs;
    seqs.reserve(stamps.size());
    for (const Stamp &stamp : std::as_const(stamps))
        seqs.append(stamp.seq);
    return m_ledgers.readSeqs(subjectId, seqs, ledger, error);
}

} // namespace redline
