#include "actionhistory.h"

#include "actions/actions.h"
#include "query/violationquery.h"
#include "store/store.h"

namespace redline {

ActionHistory::ActionHistory(QObject *parent)
    : QObject(parent)
{
}

void ActionHistory::push(Kind kind, const QString &id)
{
    if (id.isEmpty())
        return;
    m_entries.append({kind, id, false});
    emit changed();
}

void ActionHistory::recordedViolation(const QString &id)
{
    push(Kind::Violation, id);
}

void ActionHistory::filedAppeal(const QString &appealId)
{
    push(Kind::Appeal, appealId);
}

void ActionHistory::decidedAppeal(const QString &appealId)
{
    push(Kind::Decision, appealId);
}

void ActionHistory::clear()
{
    if (m_entries.isEmpty())
        return;
    m_entries.clear();
    emit changed();
}

int ActionHistory::newestUndoable(const QString &id) const
{
    for (int i = m_entries.size() - 1; i >= 0; --i) {
        const Entry &e = m_entries[i];
        if (e.kind == Kind::Violation && !e.undone && (id.isEmpty() || e.id == id))
            return i;
    }
    return -1;
}

bool ActionHistory::canUndo() const
{
    return newestUndoable() >= 0;
}

QString ActionHistory::undoText() const
{
    const int i = newestUndoable();
    return i < 0 ? tr("Nothing to undo") : tr("Undo recording of violation %1").arg(m_entries[i].id);
}

QString ActionHistory::blockedBecause(const Store &store, const QString &id)
{
    StoreError error;
    const std::optional<ViolationRecord> violation = ViolationQuery(store).violation(id, &error);
    if (!violation)
        return error.isSet() ? error.message : tr("No violation %1 in the store").arg(id);
    if (violation->retractedAt != kNoInstant)
        return tr("Already retracted");
    if (violation->voided())
        return tr("Overturned on appeal %1: the appeal decided it").arg(violation->appeal);
    if (!violation->appeal.isEmpty())
        return tr("%1 appealed it (%2): the appeal decides it now").arg(violation->subject, violation->appeal);
    return QString();
}

bool ActionHistory::undo(Store &store, const Session &session, QString *error, const QString &id)
{
    const int index = newestUndoable(id);
    if (index < 0) {
        if (error)
            *error = id.isEmpty() ? tr("Nothing to undo") : tr("%1 is not an action of this session that can be undone").arg(id);
        return false;
    }
    const QString target = m_entries[index].id;
    const QString blocked = blockedBecause(store, target);
    if (!blocked.isEmpty()) {
        if (error)
            *error = tr("Cannot undo %1: %2").arg(target, blocked);
        return false;
    }
    StoreError storeError;
    const QString reason = tr("Undo in the console of violation %1, recorded in this session").arg(target);
    if (!Actions(store, session).retractViolation(target, reason, nullptr, &storeError)) {
        if (error)
            *error = storeError.message;
        return false;
    }
    m_entries[index].undone = true;
    emit changed();
    return true;
}

QVector<ActionHistory::Row> ActionHistory::rows(const Store &store) const
{
    QVector<Row> rows;
    for (int i = m_entries.size() - 1; i >= 0; --i) {
        const Entry &e = m_entries[i];
        Row row;
        row.id = e.id;
        switch (e.kind) {
        case Kind::Violation: {
            row.action = tr("Recorded violation %1").arg(e.id);
            const QString blocked = e.undone ? QString() : blockedBecause(store, e.id);
            row.undoable = !e.undone && blocked.isEmpty();
            row.status = e.undone ? tr("Undone (retracted)") : row.undoable ? tr("Can be undone") : blocked;
            break;
        }
        case Kind::Appeal:
            row.action = tr("Filed appeal %1").arg(e.id);
            row.status = tr("Not undone here: the appeal is the subject's, and a senior moderator decides it");
            break;
        case Kind::Decision:
            row.action = tr("Decided appeal %1").arg(e.id);
            row.status = tr("Not undone: decisions are final (R-L3)");
            break;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace redline
