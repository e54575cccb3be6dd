#pragma once

#include "actions/actionconsequences.h"
#include "actions/permission.h"
#include "actions/session.h"
#include "base/progress.h"
#include "base/storedevent.h"
#include "base/storeerror.h"
#include "notice/noticeplanner.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace redline {

class ActionPreview;
class EventSink;
class Store;
struct CampaignOutcome;
struct CampaignSpec;
struct Policy;

// What an action did: the id it minted (a violation's or appeal's), how many events it appended, and
// the consequences it previewed before appending (the same ones the console showed).
struct ActionResult {
    QString id;
    qint64 appended = 0;
    qint64 skipped = 0;
    ActionConsequences consequences;
    bool hasConsequences = false;
    QVector<PlannedNotice> notices; // the notices it sent, in the same transaction (core/notice)
};

// The one write path of the console, the CLI and every later feature (docs/architecture.md "Actions").
// Each action checks that the session may take it (PermissionMatrix, docs/roles.md), validates it, mints
// its id, previews its consequences, and appends its events with their audit row in one transaction
// (Store::write). Refusals are StoreError::Kind::NotPermitted (exit 4); bad input is BadInput (exit 2);
// a damaged store is Integrity (exit 3). Nothing is written unless the whole action succeeds.
class Actions
{
    Q_DECLARE_TR_FUNCTIONS(Actions)
public:
    Actions(Store &store, const Session &session);
    ~Actions();

    const Session &session() const { return m_session; }
    // Whether the session may take the action; false with the reason when not (NotPermitted).
    bool mayTake(Permission permission, StoreError *error = nullptr) const;

    // The consequences of `event` on its subject at its instant (0: now), as recording it would have.
    bool preview(const StoredEvent &event, ActionResult *out, StoreError *error) const;
    // The notices `event` would send with `consequences` (its preview), as the action appends them; an
    // event without an id gets the id the action would mint now. For the dialogs' notice preview.
    bool previewNotices(StoredEvent event, const ActionConsequences &consequences, QVector<PlannedNotice> *out,
                        StoreError *error) const;

    // Whether `event` would be accepted now, without writing it: the permission, the validation of the
    // write (R-M3 deposit and refund rules, R-M4, contracts...) and its preview, in a transaction that is
    // rolled back. False with the refusal when it would be refused; `out` then still holds the preview.
    bool check(StoredEvent event, ActionResult *out, StoreError *error);

    // Any ledger event as one action: `by` becomes the session's user where the event type records who
    // acted, a violation or appeal without an id gets a fresh one, and `at` 0 means now.
    // `detail` adds to what the audit row records of it (AuditText words it).
    bool perform(StoredEvent event, ActionResult *out, StoreError *error, const QJsonObject &detail = {});

    bool recordViolation(const QString &subject, const QString &code, int points, const QString &severity,
                         const QString &source, const QString &evidence, ActionResult *out, StoreError *error);
    // Undo of one's own violation (R-L3 reading in docs/rules.md): only its recorder may retract it.
    bool retractViolation(const QString &violationId, const QString &reason, ActionResult *out, StoreError *error);
    // `appellant` is who appeals (the subject's handle by default).
    bool fileAppeal(const QString &violationId, const QString &appellant, const QString &reason, ActionResult *out,
                    StoreError *error);
    bool decideAppeal(const QString &appealId, const QString &outcome, const QString &reason, ActionResult *out,
                      StoreError *error);
    bool recordExam(const QString &creator, ActionResult *out, StoreError *error);
    bool addNote(const QString &subject, const QString &text, ActionResult *out, StoreError *error);
    bool deposit(const QString &mcn, const QString &action, qint64 amount, const QString &reason, ActionResult *out,
                 StoreError *error);
    bool certification(const QString &mcn, const QString &action, const QString &reason, ActionResult *out,
                       StoreError *error);
    bool contract(const QString &creator, const QString &mcn, const QString &action, const QString &reason,
                  ActionResult *out, StoreError *error);
    bool banBrand(const QString &brand, const QString &reason, ActionResult *out, StoreError *error);

    // Triage (Permission::Triage; docs/rules.md "Triage"): steps on an item, a post's or a report's id.
    // A step the item's state does not allow (another moderator holds it, it is closed) is refused
    // (BadInput) naming who has it; nothing is written.
    bool claimItem(const QString &item, StoreError *error);
    bool releaseItem(const QString &item, StoreError *error);
    bool dismissItem(const QString &item, const QString &reason, StoreError *error);
    // Records `violation` on the item's subject (also RecordViolation) and the confirmation naming it, in
    // one transaction; `out` as recordViolation's.
    bool confirmItem(const QString &item, StoredEvent violation, ActionResult *out, StoreError *error);

    // Users (ManageUsers; anyone signed in may change their own password).
    bool addUser(const QString &name, const QString &role, const QString &password, StoreError *error);
    bool setRole(const QString &name, const QString &role, StoreError *error);
    bool setPassword(const QString &name, const QString &password, StoreError *error);
    bool setDisabled(const QString &name, bool disabled, StoreError *error);

    // A JSON Lines file (or "-" for standard input): allowed when the session may take the action of
    // every line; a line it may not take is refused naming the line and the action (NotPermitted).
    bool importFile(const QString &path, ActionResult *out, StoreError *error, const ProgressFn &progress = {});
    // Replaces the stored policy (ChangePolicy).
    bool changePolicy(const Policy &policy, StoreError *error);
    // Policy versions (ChangePolicy, docs/rules.md "Policy versions"): a named draft, kept with its author,
    // creation time and note; and its activation from `effectiveAt` (before now: backdated, allowed and
    // marked in the audit row).
    bool addPolicy(const Policy &policy, const QString &name, const QString &note, StoreError *error);
    bool activatePolicy(const QString &name, Instant effectiveAt, StoreError *error);

    // Inside a write (Store::write) of a larger action, such as a campaign: `event` (its `by` and `at` set)
    // as one action appends it, with the id minted when it has none, its preview in `result` and its
    // notices after it. `then` runs after the event is appended. No permission is checked here: the
    // larger action checked its own.
    using AfterAppend = std::function<bool(EventSink &, const StoredEvent &appended, StoreError *)>;
    bool appendAction(EventSink &sink, StoredEvent &event, ActionResult *result, StoreError *error,
                      const AfterAppend &then = {}) const;

    // Special-governance campaigns (R-S3, docs/rules.md "Campaigns"; CampaignRunner does the work).
    bool previewCampaign(const CampaignSpec &spec, CampaignOutcome *out, StoreError *error, const ProgressFn &progress = {});
    bool applyCampaign(const CampaignSpec &spec, CampaignOutcome *out, StoreError *error, const ProgressFn &progress = {});
    bool previewUndo(const QString &campaignId, CampaignOutcome *out, StoreError *error, const ProgressFn &progress = {});
    bool undoCampaign(const QString &campaignId, CampaignOutcome *out, StoreError *error, const ProgressFn &progress = {});

    // A post taken down or put back (RemovePost, docs/rules.md "Post removals").
    bool removePost(const QString &post, const QString &reason, StoreError *error);
    bool restorePost(const QString &post, const QString &reason, StoreError *error);

private:
    bool authorizeEvent(const StoredEvent &event, StoreError *error) const;
    bool userEvent(const QString &name, const QString &role, const QString &action, const QString &change,
                   const QByteArray &passwordHash, StoreError *error);
    // The write of perform(): `then` runs in the same transaction after the event is appended.
    bool write(StoredEvent event, const QJsonObject &detail, const AfterAppend &then, ActionResult *out,
               StoreError *error);
    bool triageStep(const QString &item, const QString &action, const QString &reason, StoreError *error);
    StoredEvent triageEvent(const QString &item, const QString &action, const QString &reason) const;

    Store &m_store;
    Session m_session;
    // Made on first use and kept for this object's life (an Actions lives for one action or one
    // campaign), so that a campaign's thousands of previews and notices reuse prepared statements and
    // read each notice template once.
    mutable std::unique_ptr<ActionPreview> m_previewer;
    mutable std::unique_ptr<NoticePlanner> m_planner;
    ActionPreview &previewer() const;
    NoticePlanner &planner() const;
};

} // namespace redline
