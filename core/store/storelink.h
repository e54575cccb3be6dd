#pragma once

#include "base/storeerror.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace redline {

// What ties a store file to the team store it is a working copy of (docs/teamstore.md "Working copies").
// The team store on PostgreSQL is the store of record; each console and CLI run works on a SQLite working
// copy of it, so every query, page and replay runs unchanged and as fast as on a local store. The store's
// writes pass through the link: the server's transaction is opened around the local one, the team's write
// lock is taken, the working copy catches up with what others recorded (so the write is validated against
// everything the team has recorded), and what the local transaction changed is sent to the server, which
// checks it again, before either side commits.
class StoreLink
{
public:
    virtual ~StoreLink() = default;

    // The team store as messages and the window title show it (no password).
    virtual QString location() const = 0;
    // Who the server signed in, in lower case (a Redline user's name; docs/teamstore.md "Adding users").
    virtual QString login() const = 0;

    // Outside a write: takes into the working copy what the team recorded since the last catch-up.
    // *changed: some row was taken; *policyChanged: among them the policy, its versions or activations.
    virtual bool catchUp(sqlite3 *db, bool *changed, bool *policyChanged, StoreError *error) = 0;

    // Before the local transaction: the server's transaction and the team's write lock, then a catch-up as
    // above (*changed, *policyChanged likewise); from then on the local changes are recorded.
    virtual bool beginWrite(sqlite3 *db, bool *changed, bool *policyChanged, StoreError *error) = 0;
    // Inside the local transaction, before its COMMIT: sends the recorded changes and commits them on the
    // server. False (with the server's refusal in *error): the caller rolls the local transaction back.
    virtual bool commitWrite(sqlite3 *db, StoreError *error) = 0;
    // The write failed (locally or on the server): the server's transaction is rolled back.
    virtual void abandonWrite() = 0;

    // Notifications of the team's writes (LISTEN redline_events): the socket to watch for them, -1 when
    // there is none.
    virtual int notificationSocket() const = 0;
    // The writers named by the notifications that arrived since the last call, in arrival order. The link's
    // own writes are left out; another console of the same login is someone else to this one.
    virtual QStringList takeNotifications() = 0;
};

} // namespace redline
