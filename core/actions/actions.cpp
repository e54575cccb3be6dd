#include "actions.h"

#include "actions/actionpreview.h"
#include "actions/authenticator.h"
#include "actions/campaignrunner.h"
#include "base/eventvocabulary.h"
#include "base/identity.h"
#include "base/role.h"
#include "io/jsonlimporter.h"
#include "query/appealquery.h"
#include "query/violationquery.h"
#include "store/store.h"
#include "store/write/eventsink.h"

#include <QJsonDocument>
#include <QStringList>

namespace redline {

namespace {

QString roleList(const QVector<Role> &roles)
{
    QStringList ids;
    for (Role role : roles)
        ids.append(Roles::id(role));
    return ids.join(QStringLiteral(", "));
}

// The types whose `by` is who acts (an appeal's is the appellant, chosen by the caller).
bool recordsActor(EventType type)
{
    return type != EventType::Subject && type != EventType::Appeal;
}

// The types a preview describes (ActionPreview): their consequences are shown before they are recorded.
bool hasPreview(EventType type)
{
    switch (type) {
    case EventType::Violation:
    case EventType::Appeal:
    case EventType::Decision:
    case EventType::Retraction:
    case EventType::Exam:
    case EventType::Deposit:
    case EventType::Certification:
    case EventType::Contract:
    case EventType::Ban:
        return true;
    default:
        return false;
    }
}

} // namespace

Actions::Actions(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Actions::~Actions() = default;

ActionPreview &Actions::previewer() const
{
    if (!m_previewer)
        m_previewer = std::make_unique<ActionPreview>(m_store);
    return *m_previewer;
}

NoticePlanner &Actions::planner() const
{
    if (!m_planner)
        m_planner = std::make_unique<NoticePlanner>(m_store);
    return *m_planner;
}

bool Actions::mayTake(Permission permission, StoreError *error) const
{
    switch (m_session.mode) {
    case Session::Mode::Open:
        // Someone may have given a user a password since the session began: from then on the store asks
        // who is acting (docs/roles.md "Open and secured stores").
        if (!m_store.isSecured())
            return true;
        return StoreError::fail(error, StoreError::Kind::NotPermitted,
                                tr("not signed in: this store now has passwords; sign in to %1").arg(PermissionMatrix::label(permission)));
    case Session::Mode::Anonymous:
        return StoreError::fail(error, StoreError::Kind::NotPermitted,
                                tr("not signed in: to %1 in this store, sign in as a user whose role allows it (%2)")
                                    .arg(PermissionMatrix::label(permission), roleList(PermissionMatrix::rolesFor(permission))));
    case Session::Mode::SignedIn:
        break;
    }
    if (m_session.role && PermissionMatrix::allows(*m_session.role, permission))
        return true;
    return StoreError::fail(error, StoreError::Kind::NotPermitted,
                            tr("not permitted: %1 is %2 and may not %3 (needs %4)")
                                .arg(m_session.user, m_session.role ? Roles::id(*m_session.role) : QString(),
                                     PermissionMatrix::label(permission), roleList(PermissionMatrix::rolesFor(permission))));
}

// The subject whose ledger an event changes: its own, or its violation's for an appeal, decision or retraction.
static QString subjectOf(const Store &store, const StoredEvent &event, StoreError *error)
{
    if (event.type == EventType::Decision) {
        const std::optional<AppealRecord> appeal = AppealQuery(store).appeal(event.ref, error);
        if (!appeal)
            return QString();
        return appeal->subject;
    }
    if (event.type == EventType::Appeal || event.type == EventType::Retraction) {
        const std::optional<ViolationRecord> violation = ViolationQuery(store).violation(event.ref, error);
        return violation ? violation->subject : QString();
    }
    return event.subject;
}

bool Actions::preview(const StoredEvent &event, ActionResult *out, StoreError *error) const
{
    StoreError lookup;
    const QString subject = subjectOf(m_store, event, &lookup);
    if (subject.isEmpty()) {
        if (lookup.isSet())
            return StoreError::fail(error, lookup.kind, lookup.message);
        const QString field = event.type == EventType::Decision ? QStringLiteral("appeal") : QStringLiteral("violation");
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("field %1: no %1 \"%2\" in the store").arg(field, event.ref));
    }
    out->hasConsequences = previewer().preview(subject, event, &out->consequences, error);
    return out->hasConsequences;
}

bool Actions::previewNotices(StoredEvent event, const ActionConsequences &consequences, QVector<PlannedNotice> *out,
                             StoreError *error) const
{
    if (event.at == 0)
        event.at = m_store.now();
    if (recordsActor(event.type))
        event.by = m_session.user;
    if (event.id.isEmpty() && event.type == EventType::Violation) {
        event.id = ViolationQuery(m_store).freshId(QStringLiteral("v"), event.at, error);
        if (event.id.isEmpty())
            return false;
    }
    return planner().plan(event, consequences, out, error);
}

// Per import line: a hash lookup, as an import can hold millions (an open session was checked once).
bool Actions::authorizeEvent(const StoredEvent &event, StoreError *error) const
{
    if (m_session.isOpen() || (m_session.role && PermissionMatrix::allows(*m_session.role, Permission::ImportAny)))
        return true;
    if (event.type == EventType::Notice) // sent by the action that causes it (docs/roles.md)
        return mayTake(NoticeTemplates::sentBy(event.code), error);
    return mayTake(PermissionMatrix::forEvent(event.type), error);
}

bool Actions::check(StoredEvent event, ActionResult *out, StoreError *error)
{
    if (!mayTake(PermissionMatrix::forEvent(event.type), error))
        return false;
    // The action's own write, stopped after its event passed validation: the transaction rolls back, so
    // the store is unchanged and what the dialog says is what Confirm would meet (docs/architecture.md).
    bool accepted = false;
    StoreError refusal;
    write(std::move(event), {}, [&accepted](EventSink &, const StoredEvent &, StoreError *) {
        accepted = true;
        return false;
    }, out, &refusal);
    if (accepted)
        return true;
    if (error)
        *error = refusal;
    return false;
}

bool Actions::perform(StoredEvent event, ActionResult *out, StoreError *error, const QJsonObject &detail)
{
    return mayTake(PermissionMatrix::forEvent(event.type), error) && write(std::move(event), detail, {}, out, error);
}

bool Actions::write(StoredEvent event, const QJsonObject &detail, const AfterAppend &then,
                    ActionResult *out, StoreError *error)
{
    ActionResult result;
    if (event.at == 0)
        event.at = m_store.now();
    if (recordsActor(event.type))
        event.by = m_session.user;
    event.recordedAt = kNoInstant; // the store stamps its clock and the writer
    event.recordedBy.clear();

    WriteRequest request;
    request.action = PermissionMatrix::id(PermissionMatrix::forEvent(event.type));
    request.actor = m_session.user;
    request.detail = detail;
    // Inside the write's transaction: the id is minted, the preview computed and the event appended
    // against one state of the store.
    const bool written = m_store.write(request, [&](EventSink &sink, StoreError *e) {
        return appendAction(sink, event, &result, e, then);
    }, error, &result.appended, &result.skipped);
    if (!written) {
        if (out && result.hasConsequences)
            *out = result; // the preview taken before a refusal (check() shows it)
        return false;
    }
    result.id = event.id;
    if (out)
        *out = result;
    return true;
}

bool Actions::appendAction(EventSink &sink, StoredEvent &event, ActionResult *result, StoreError *e,
                           const AfterAppend &then) const
{
    if (event.id.isEmpty() && (event.type == EventType::Violation || event.type == EventType::Appeal)) {
        const QString prefix = event.type == EventType::Violation ? QStringLiteral("v") : QStringLiteral("a");
        event.id = ViolationQuery(m_store).freshId(prefix, event.at, e);
        if (event.id.isEmpty())
            return false;
    }
    if (hasPreview(event.type) && !preview(event, result, e))
        return false;
    // The notices are planned before the event is appended, from the same consequences the preview
    // showed, so that what the dialog showed is what is sent (NoticePlanner).
    if (NoticePlanner::sendsNotices(event.type)
        && !planner().plan(event, result->consequences, &result->notices, e))
        return false;
    if (!sink.append(StoredEvent(event), e) || (then && !then(sink, event, e)))
        return false;
    for (const PlannedNotice &notice : std::as_const(result->notices)) {
        StoredEvent sent = NoticePlanner::toEvent(notice, m_session.user);
        sent.campaign = event.campaign; // a campaign's notices are its events too (R-S3)
        if (!sink.append(std::move(sent), e))
            return false;
    }
    return true;
}

bool Actions::recordViolation(const QString &subject, const QString &code, int points, const QString &severity,
                              const QString &source, const QString &evidence, ActionResult *out, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Violation;
    e.subject = subject;
    e.code = code;
    e.points = points;
    e.severity = severity;
    e.source = source;
    e.text = evidence;
    return perform(e, out, error);
}

bool Actions::retractViolation(const QString &violationId, const QString &reason, ActionResult *out, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Retraction;
    e.ref = violationId;
    e.text = reason;
    return perform(e, out, error);
}

bool Actions::fileAppeal(const QString &violationId, const QString &appellant, const QString &reason,
                         ActionResult *out, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Appeal;
    e.ref = violationId;
    e.text = reason;
    e.by = appellant;
    if (e.by.isEmpty()) {
        StoreError lookup;
        const std::optional<ViolationRecord> violation = ViolationQuery(m_store).violation(violationId, &lookup);
        if (violation)
            e.by = violation->subject;
    }
    return perform(e, out, error);
}

bool Actions::decideAppeal(const QString &appealId, const QString &outcome, const QString &reason, ActionResult *out,
                           StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Decision;
    e.ref = appealId;
    e.outcome = outcome;
    e.text = reason;
    return perform(e, out, error);
}

bool Actions::triageStep(const QString &item, const QString &action, const QString &reason, StoreError *error)
{
    return mayTake(Permission::Triage, error) && perform(triageEvent(item, action, reason), nullptr, error);
}

StoredEvent Actions::triageEvent(const QString &item, const QString &action, const QString &reason) const
{
    StoredEvent e;
    e.type = EventType::Triage;
    e.code = item;
    e.action = action;
    e.text = reason;
    e.by = m_session.user;
    return e;
}

bool Actions::claimItem(const QString &item, StoreError *error)
{
    return triageStep(item, QStringLiteral("claim"), QString(), error);
}

bool Actions::releaseItem(const QString &item, StoreError *error)
{
    return triageStep(item, QStringLiteral("release"), QString(), error);
}

bool Actions::dismissItem(const QString &item, const QString &reason, StoreError *error)
{
    return triageStep(item, QStringLiteral("dismiss"), reason.trimmed(), error);
}

// The violation is recorded as recordViolation would (minted id, preview, notices), and the confirmation
// naming it is appended after it in the same transaction: either both are in the ledger or neither.
bool Actions::confirmItem(const QString &item, StoredEvent violation, ActionResult *out, StoreError *error)
{
    if (!mayTake(Permission::Triage, error) || !mayTake(Permission::RecordViolation, error))
        return false;
    violation.type = EventType::Violation;
    const auto confirm = [&](EventSink &sink, const StoredEvent &recorded, StoreError *e) {
        StoredEvent step = triageEvent(item, QStringLiteral("confirm"), QString());
        step.at = recorded.at;
        step.attrs = QJsonDocument(QJsonObject{{EventVocabulary::linkField(EventType::Triage), recorded.id}})
                         .toJson(QJsonDocument::Compact);
        return sink.append(std::move(step), e);
    };
    return write(std::move(violation), QJsonObject{{QStringLiteral("triage_item"), item}}, confirm, out, error);
}

bool Actions::recordExam(const QString &creator, ActionResult *out, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Exam;
    e.subject = creator;
    return perform(e, out, error);
}

bool Actions::addNote(const QString &subject, const QString &text, ActionResult *out, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Note;
    e.subject = subject;
    e.text = text;
    return perform(e, out, error);
}

bool Actions::deposit(const QString &mcn, const QString &action, qint64 amount, const QString &reason,
                      ActionResult *out, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Deposit;
    e.subject = mcn;
    e.action = action;
    e.amount = amount;
    e.text = reason;
    return perform(e, out, error);
}

bool Actions::certification(const QString &mcn, const QString &action, const QString &reason, ActionResult *out,
                            StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Certification;
    e.subject = mcn;
    e.action = action;
    e.text = reason;
    return perform(e, out, error);
}

bool Actions::contract(const QString &creator, const QString &mcn, const QString &action, const QString &reason,
                       ActionResult *out, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Contract;
    e.subject = creator;
    e.counterparty = mcn;
    e.action = action;
    e.text = reason;
    return perform(e, out, error);
}

bool Actions::banBrand(const QString &brand, const QString &reason, ActionResult *out, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Ban;
    e.subject = brand;
    e.text = reason;
    return perform(e, out, error);
}

// `change` (add, role, disable, enable) is what the audit row says happened to the user.
bool Actions::userEvent(const QString &name, const QString &role, const QString &action, const QString &change,
                        const QByteArray &passwordHash, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::User;
    e.name = name;
    e.kind = role;
    e.action = action;
    const auto setPassword = [&](EventSink &sink, const StoredEvent &, StoreError *err) {
        return passwordHash.isEmpty() || sink.setPasswordHash(name, passwordHash, err);
    };
    return mayTake(Permission::ManageUsers, error)
           && write(e, QJsonObject{{QStringLiteral("change"), change}}, setPassword, nullptr, error);
}

bool Actions::addUser(const QString &name, const QString &role, const QString &password, StoreError *error)
{
    if (!mayTake(Permission::ManageUsers, error))
        return false;
    if (!Identity::isValid(name))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("user name \"%1\" is not valid (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(name));
    StoreError lookup;
    if (m_store.user(name, &lookup))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("user %1 already exists (change a role with `user role`)").arg(name));
    QString why;
    if (!password.isEmpty() && !Authenticator::isAcceptablePassword(password, &why))
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("password for %1: %2").arg(name, why));
    // The hash first (it takes a moment), so that a user is never left added without the password asked for.
    const QByteArray hash = password.isEmpty() ? QByteArray() : Authenticator::hashPassword(password, error);
    if (!password.isEmpty() && hash.isEmpty())
        return false;
    return userEvent(name, role, QString(), QStringLiteral("add"), hash, error);
}

bool Actions::setRole(const QString &name, const QString &role, StoreError *error)
{
    StoreError lookup;
    const std::optional<UserRecord> user = m_store.user(name, &lookup);
    if (!user)
        return lookup.isSet() ? StoreError::fail(error, lookup.kind, lookup.message)
                              : StoreError::fail(error, StoreError::Kind::BadInput, tr("no user %1").arg(name));
    return userEvent(user->name, role, user->disabled ? QStringLiteral("disable") : QString(), QStringLiteral("role"),
                     QByteArray(), error);
}

bool Actions::setDisabled(const QString &name, bool disabled, StoreError *error)
{
    StoreError lookup;
    const std::optional<UserRecord> user = m_store.user(name, &lookup);
    if (!user)
        return lookup.isSet() ? StoreError::fail(error, lookup.kind, lookup.message)
                              : StoreError::fail(error, StoreError::Kind::BadInput, tr("no user %1").arg(name));
    const QString action = disabled ? QStringLiteral("disable") : QStringLiteral("enable");
    return userEvent(user->name, user->role, action, action, QByteArray(), error);
}

bool Actions::setPassword(const QString &name, const QString &password, StoreError *error)
{
    const bool own = m_session.isSignedIn() && Identity::same(name, m_session.user);
    if (!own && !mayTake(Permission::ManageUsers, error))
        return false;
    StoreError lookup;
    const std::optional<UserRecord> user = m_store.user(name, &lookup);
    if (!user)
        return lookup.isSet() ? StoreError::fail(error, lookup.kind, lookup.message)
                              : StoreError::fail(error, StoreError::Kind::BadInput, tr("no user %1").arg(name));
    QString why;
    if (!Authenticator::isAcceptablePassword(password, &why))
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("password for %1: %2").arg(name, why));
    const QByteArray hash = Authenticator::hashPassword(password, error);
    return !hash.isEmpty() && m_store.setPasswordHash(user->name, hash, m_session.user, error);
}

bool Actions::importFile(const QString &path, ActionResult *out, StoreError *error, const ProgressFn &progress)
{
    if (!m_session.canWrite())
        return StoreError::fail(error, StoreError::Kind::NotPermitted,
                                tr("not signed in: importing into this store needs a signed-in user whose role may take "
                                   "every line"));
    if (m_session.isOpen() && !mayTake(Permission::ImportAny, error))
        return false;
    JsonlImporter importer(m_store);
    WriteRequest request;
    request.action = QStringLiteral("import");
    request.actor = m_session.user;
    request.authorize = [this](const StoredEvent &event, StoreError *e) { return authorizeEvent(event, e); };
    importer.setRequest(request);
    importer.setProgress(progress);
    if (!importer.importFile(path, error))
        return false;
    if (out) {
        out->appended = importer.appended();
        out->skipped = importer.skipped();
    }
    return true;
}

bool Actions::changePolicy(const Policy &policy, StoreError *error)
{
    return mayTake(Permission::ChangePolicy, error) && m_store.replaceStoredPolicy(policy, error, m_session.user);
}

bool Actions::addPolicy(const Policy &policy, const QString &name, const QString &note, StoreError *error)
{
    if (!mayTake(Permission::ChangePolicy, error))
        return false;
    if (!Identity::isValid(name))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("policy name \"%1\" is not valid (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(name));
    StoreError lookup;
    if (m_store.policyVersion(name, &lookup))
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("a policy version named %1 already exists").arg(name));
    if (lookup.isSet())
        return StoreError::fail(error, lookup.kind, lookup.message);
    return m_store.addPolicyVersion(policy, name, note.trimmed(), m_session.user, error);
}

bool Actions::activatePolicy(const QString &name, Instant effectiveAt, StoreError *error)
{
    return mayTake(Permission::ChangePolicy, error) && m_store.activatePolicyVersion(name, effectiveAt, m_session.user, error);
}

bool Actions::previewCampaign(const CampaignSpec &spec, CampaignOutcome *out, StoreError *error, const ProgressFn &progress)
{
    return CampaignRunner(m_store, *this).preview(spec, out, error, progress);
}

bool Actions::applyCampaign(const CampaignSpec &spec, CampaignOutcome *out, StoreError *error, const ProgressFn &progress)
{
    return CampaignRunner(m_store, *this).apply(spec, out, error, progress);
}

bool Actions::previewUndo(const QString &campaignId, CampaignOutcome *out, StoreError *error, const ProgressFn &progress)
{
    return CampaignRunner(m_store, *this).previewUndo(campaignId, out, error, progress);
}

bool Actions::undoCampaign(const QString &campaignId, CampaignOutcome *out, StoreError *error, const ProgressFn &progress)
{
    return CampaignRunner(m_store, *this).undo(campaignId, out, error, progress);
}

bool Actions::removePost(const QString &post, const QString &reason, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Removal;
    e.code = post;
    e.action = QStringLiteral("remove");
    e.text = reason;
    return perform(e, nullptr, error);
}

bool Actions::restorePost(const QString &post, const QString &reason, StoreError *error)
{
    StoredEvent e;
    e.type = EventType::Removal;
    e.code = post;
    e.action = QStringLiteral("restore");
    e.text = reason;
    return perform(e, nullptr, error);
}

} // namespace redline
