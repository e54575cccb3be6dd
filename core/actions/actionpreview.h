#pragma once

#include "engine/ledger.h"
#include "actions/actionconsequences.h"
#include "base/storedevent.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

namespace redline {

class LedgerReader;
class SqlStatement;
class Store;
struct SubjectLedger;

// Shows what an action would do before it is taken: the subject's ledger is read from the store and
// replayed by ScoreEngine twice at the action's instant, once as it stands and once with the hypothetical
// event appended, and the two states are compared. Nothing is written.
class ActionPreview
{
    Q_DECLARE_TR_FUNCTIONS(ActionPreview)
public:
    explicit ActionPreview(const Store &store);
    ~ActionPreview();

    // `event` as it would be appended to `handle`'s ledger (at 0: the store's now). False, with a one-line
    // error naming the field, when the event cannot apply to this ledger (unknown code, points out of
    // range, an appeal or violation that is not the subject's).
    bool preview(const QString &handle, const StoredEvent &event, ActionConsequences *out, StoreError *error) const;

private:
    bool toLedgerEvent(const SubjectLedger &ledger, const StoredEvent &event, LedgerEvent *out,
                       StoreError *error) const;
    bool resolveViolation(SubjectKind kind, const StoredEvent &event, LedgerEvent *out, StoreError *error) const;
    static int indexOfEvent(const QVector<LedgerEvent> &events, LedgerEventType type, const QString &id);
    static void compare(ActionConsequences *out);
    static void describeViolation(const QString &id, ActionConsequences *out);
    static void describeVoid(int target, const QVector<LedgerEvent> &events, ActionConsequences *out);

    const Store &m_store;
    // Prepared once per previewer: a campaign previews thousands of actions with one.
    mutable std::unique_ptr<LedgerReader> m_reader;
    mutable std::unique_ptr<SqlStatement> m_subjectId;
};

} // namespace redline
