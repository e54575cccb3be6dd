#pragma once

#include "actions/session.h"

#include <QObject>
#include <QString>
#include <QVector>

namespace redline {

class Store;

// The actions this console session took, for Edit > Undo (Ctrl+Z) and Edit > History. Undo never deletes:
// the undo of a recorded violation is Actions::retractViolation, a Retraction (a compensating event, ref =
// the violation, by = the signed-in user, at = the store's now), which the engine applies like an overturn
// and the audit log keeps. Each Ctrl+Z undoes the newest violation of the session that can still be undone,
// so several undos go back several steps. A violation someone else has since acted on (its subject
// appealed it, or it was overturned) is not undone here: the appeal decides it. Appeals filed and
// decisions are listed but not undone; the history says why. Core refuses the retraction of a violation
// someone else recorded (docs/roles.md "The retraction rule"); its message is what undo reports.
class ActionHistory : public QObject
{
    Q_OBJECT
public:
    // One line of Edit > History.
    struct Row {
        QString id;
        QString action;  // "Recorded violation v-…"
        QString status;  // "Can be undone", "Undone", or why it cannot be
        bool undoable = false;
    };

    explicit ActionHistory(QObject *parent = nullptr);

    void recordedViolation(const QString &id);
    void filedAppeal(const QString &appealId);
    void decidedAppeal(const QString &appealId);
    void clear();

    bool canUndo() const;
    // "Undo recording of violation v-…" for the violation Ctrl+Z would retract, or "Nothing to undo".
    QString undoText() const;
    // Retracts the newest violation still undoable (or `id`, when given) as `session`; false with a
    // one-line message (core's, when it refused). Checks the store first: a violation someone else acted
    // on since is refused with the reason.
    bool undo(Store &store, const Session &session, QString *error, const QString &id = QString());
    // Newest first, each with whether it can still be undone and why not, as the store stands.
    QVector<Row> rows(const Store &store) const;

signals:
    void changed();

private:
    enum class Kind { Violation, Appeal, Decision };
    struct Entry {
        Kind kind;
        QString id;
        bool undone = false;
    };

    void push(Kind kind, const QString &id);
    // The newest violation entry not undone yet (that one's, when `id` is given); -1 when none.
    int newestUndoable(const QString &id = QString()) const;
    // Why the violation cannot be undone as the store stands, or empty when it can.
    static QString blockedBecause(const Store &store, const QString &id);

    QVector<Entry> m_entries; // oldest first
};

} // namespace redline
