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
    m_entries.append({kind, id});
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

bool ActionHistory::canUndo() const
{
    return !m_entries.isEmpty() && m_entries.last().kind == Kind::Violation;
}

QString ActionHistory::undoText() const
{
    if (m_entries.isEmpty())
        return tr("Nothing to undo");
    const Entry &last = m_entries.last();
    switch (last.kind) {
    case Kind::Violation:
        return tr("Undo recording of violation %1").arg(last.id);
    case Kind::Appeal:
        return tr("Cannot undo filing appeal %1: the appeal is the subject's, and a moderator decides it").arg(last.id);
    case Kind::Decision:
        return tr("Cannot undo deciding appeal %1: decisions are final (R-L3)").arg(last.id);
    }
    return QString();
}

bool ActionHistory::undo(Store &store, const Session &session, QString *error)
{
    if (!canUndo()) {
        if (error)
            *error = undoText();
        return false;
    }
    const QString id = m_entries.last().id;
    // A retraction has no id, so the store would take a second identical one for a re-import and skip it:
    // say why instead of reporting an undo that wrote nothing.
    StoreError storeError;
    const std::optional<ViolationRecord> violation = ViolationQuery(store).violation(id, &storeError);
    if (!violation || violation->voided()) {
        if (error)
            *error = storeError.isSet() ? storeError.message
                     : !violation       ? tr("No violation %1 in the store; nothing to undo").arg(id)
                     : violation->retractedAt != kNoInstant
                         ? tr("%1 was already retracted; nothing to undo").arg(id)
                         : tr("%1 was overturned on appeal; nothing to undo").arg(id);
        return false;
    }
    const QString reason = tr("Undo in the console of violation %1, recorded in this session").arg(id);
    if (!Actions(store, session).retractViolation(id, reason, nullptr, &storeError)) {
        if (error)
            *error = storeError.message;
        return false;
    }
    m_entries.removeLast();
    emit changed();
    return true;
}

} // namespace redline
