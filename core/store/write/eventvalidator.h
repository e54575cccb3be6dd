#pragma once

#include "policy/policy.h"
#include "policy/policyschedule.h"
#include "store/ledger/eventreader.h"
#include "store/write/handletable.h"
#include "store/ledger/ledgerreader.h"
#include "store/write/resolvedevent.h"
#include "store/sql/sqlstatement.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVector>
#include <QString>

#include <functional>

struct sqlite3;

namespace redline {

struct SubjectState;

// Checks one event against the store as it stands inside the writer's transaction (so earlier lines of
// the same import count) and resolves its references. Errors are one line, "field F: why", with the
// field named as the JSON line spells it; the importer prefixes the line number.
//
// Rules enforced here (and again by the schema where SQLite can): known references, codes of the
// subject's kind with points in range (R-L2), one appeal per violation (R-L3), four-eyes (R-L4), the
// deposit balance and refund conditions (R-M3) and the certification requirements (R-M4).
class EventValidator
{
    Q_DECLARE_TR_FUNCTIONS(EventValidator)
public:
    // `policy` validates fields (codes, points); `schedule` replays subjects for the state-dependent checks.
    EventValidator(sqlite3 *db, const QString &path, const Policy &policy, const PolicySchedule &schedule);

    // The checks of an event on its own (required fields, words, handles, attrs as a JSON object, which
    // it also normalises), without the store: safe on any thread, so bulk writers run it while parsing or
    // generating. validatePrepared() then does the rest against the store.
    static bool prepare(StoredEvent &&event, ResolvedEvent *out, StoreError *error);
    bool validatePrepared(ResolvedEvent &r, StoreError *error);
    // For an event whose id is already in the store: sets out->alreadyStored when the content is the same,
    // else fails with "field id: ...".
    bool findStoredById(ResolvedEvent &r, StoreError *error);
    bool findStoredSubject(ResolvedEvent &r, StoreError *error);
    // For an appeal, decision or retraction the store refused as a second of its kind (R-L3: one appeal
    // per violation, one decision per appeal, one retraction per violation): fails naming the first.
    // Returns true when there is none, and the refusal was something else.
    bool explainDuplicateRef(const ResolvedEvent &r, StoreError *error);
    // A subject inserted by the writer, so later lines find it without a query.
    void rememberSubject(const QString &handle, qint64 id, SubjectKind kind);
    // For a load into an empty ledger, whose every event then passes here (the writer reports each insert
    // to rememberEvent): the deposit and certification checks read the MCNs' ledgers by their events'
    // seqs, kept here, as the subject index is deferred (Schema::deferSubjectIndex); and an event without
    // an id is looked for in the store only when its digest is one of those inserted.
    void startFromEmptyLedger();
    void rememberEvent(const ResolvedEvent &r, qint64 seq);

    static bool isValidHandle(const QString &text);
    // The longest notice text (characters) the store takes.
    static constexpr int kMaxNoticeText = 8000;
    // The longest post text and title (characters) the store takes.
    static constexpr int kMaxPostText = 20000;
    static constexpr int kMaxPostTitle = 200;

private:
    using SubjectRef = HandleTable::Entry;
    struct EventRef {
        qint64 seq = 0;
        EventType type = EventType::Note;
        qint64 subjectId = 0;
        Instant at = 0;
        QString by;
        qint64 refSeq = 0;
        QString handle;  // the subject's
        SubjectKind kind = SubjectKind::Creator;
    };

    static bool fail(StoreError *error, const QString &field, const QString &why);
    bool failInternal(StoreError *error);

    static bool checkFields(ResolvedEvent &r, StoreError *error);
    static bool checkRequired(const ResolvedEvent &r, StoreError *error);
    static bool checkWords(ResolvedEvent &r, StoreError *error);
    static bool checkNotice(const StoredEvent &e, StoreError *error);
    static bool checkPost(const StoredEvent &e, StoreError *error);
    bool resolveReferences(ResolvedEvent &r, StoreError *error);
    bool resolveSubject(ResolvedEvent &r, StoreError *error);
    bool resolveRef(ResolvedEvent &r, StoreError *error);
    bool resolveCounterparty(ResolvedEvent &r, StoreError *error);
    bool resolveCampaign(ResolvedEvent &r, StoreError *error);
    bool checkKind(const ResolvedEvent &r, StoreError *error) const;
    bool checkCode(const ResolvedEvent &r, StoreError *error) const;
    bool findStored(ResolvedEvent &r, StoreError *error);
    bool findStoredByDigest(ResolvedEvent &r, StoreError *error);
    bool checkRules(const ResolvedEvent &r, StoreError *error);
    bool checkAppeal(const ResolvedEvent &r, StoreError *error);
    bool checkDecision(const ResolvedEvent &r, StoreError *error);
    bool checkRetraction(const ResolvedEvent &r, StoreError *error);
    bool checkDeposit(const ResolvedEvent &r, StoreError *error);
    bool checkCertification(const ResolvedEvent &r, StoreError *error);
    bool checkContract(const ResolvedEvent &r, StoreError *error);
    bool checkReportedPost(ResolvedEvent &r, StoreError *error);
    bool resolveTriageItem(ResolvedEvent &r, StoreError *error);
    bool checkTriageStep(const ResolvedEvent &r, StoreError *error);
    bool resolveRemovedPost(ResolvedEvent &r, StoreError *error);
    bool takeSubjectOfRef(ResolvedEvent &r, const QString &mismatch, StoreError *error);
    bool checkRemoval(const ResolvedEvent &r, StoreError *error);
    bool checkCampaignAttrs(const ResolvedEvent &r, StoreError *error);
    bool undoesCampaignOf(qint64 violationSeq, qint64 undoCampaignSeq, bool *undoes, StoreError *error);

    bool lookupSubject(const QString &handle, SubjectRef *out, StoreError *error);
    bool lookupEvent(const QString &extId, EventRef *out, StoreError *error);
    bool lookupEventBySeq(qint64 seq, EventRef *out, StoreError *error);
    bool hasRefOfType(qint64 refSeq, EventType type, QString *extId, Instant *at, QString *by, StoreError *error);
    // `message` gets the earlier event's id, instant and `by`.
    bool checkFirstOfItsKind(qint64 refSeq, EventType type, const QString &field, StoreError *error,
                             const std::function<QString(const QString &, Instant, const QString &)> &message);
    bool stateAt(qint64 subjectId, Instant at, SubjectInfo *info, SubjectState *state, StoreError *error,
                 QVector<LedgerEvent> *events = nullptr);
    bool readLedger(qint64 subjectId, SubjectLedger *ledger, StoreError *error);

    sqlite3 *m_db;
    QString m_path;
    const Policy &m_policy;
    const PolicySchedule &m_schedule;
    SqlStatement m_subjectByHandle;
    SqlStatement m_eventByExtId;
    SqlStatement m_eventBySeq;
    SqlStatement m_refOfType;
    SqlStatement m_byDigest;
    SqlStatement m_subjectRow;
    SqlStatement m_contracts;
    SqlStatement m_triageSteps;
    SqlStatement m_lastRemoval;
    SqlStatement m_undoesCampaign;
    EventReader m_events;
    LedgerReader m_ledgers;
    HandleTable m_subjects;
    EventRef m_ref; // what the event being validated refers to (resolveRef), for the rules that follow
    QString m_lastCampaign;   // the campaign the last linked event named, and its seq
    qint64 m_lastCampaignSeq = 0;
    struct Stamp {
        Instant at;
        qint64 seq;
    };
    bool m_ledgerBeganEmpty = false;
    QHash<qint64, QVector<Stamp>> m_mcnEvents; // MCN subject id -> its events, in insertion order
    QSet<qint64> m_insertedDigests;
};

} // namespace redline
