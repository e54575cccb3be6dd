#pragma once

#include "actions/session.h"

#include <QObject>
#include <QString>
#include <QVector>

namespace redline {

class Store;

// The actions this console session took, newest last, for Edit > Undo (Ctrl+Z). Undo never deletes: the
// undo of a recorded violation is Actions::retractViolation, a Retraction (a compensating event, ref = the
// violation, by = the signed-in user, at = the store's now), which the engine applies like an overturn and
// the audit log keeps. Core refuses the retraction of a violation someone else recorded (docs/roles.md
// "The retraction rule"); its message is what undo reports.
// Other actions (appeals filed, decisions) are not undone here; undoText() says why.
class ActionHistory : public QObject
{
    Q_OBJECT
public:
    explicit ActionHistory(QObject *parent = nullptr);

    void recordedViolation(const QString &id);
    void filedAppeal(const QString &appealId);
    void decidedAppeal(const QString &appealId);
    void clear();

    bool canUndo() const;
    // "Undo recording of violation v-…", or why the last action cannot be undone, or "Nothing to undo".
    QString undoText() const;
    // Retracts the last recorded violation as `session`; false with a one-line message (core's, when it
    // refused).
    bool undo(Store &store, const Session &session, QString *error);

signals:
    void changed();

private:
    enum class Kind { Violation, Appeal, Decision };
    struct Entry {
        Kind kind;
        QString id;
    };

    void push(Kind kind, const QString &id);

    QVector<Entry> m_entries;
};

} // namespace redline
