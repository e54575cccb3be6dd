#pragma once

#include "store/copy/storetables.h"
#include "store/storelink.h"

#include <QCoreApplication>

#include <memory>

struct sqlite3_session;

namespace redline {

class PgConnection;

// The link between a working copy and its team store on PostgreSQL (StoreLink; docs/teamstore.md "Working
// copies"), over one connection as the signed-in login.
//
// Catching up reads every row whose `rev` is past the one the copy has applied (the server draws revs in
// commit order under the team's write lock, resources/pg/schema.sql) and the keys of rows removed since,
// and applies them in one local transaction that also stores the new rev (table team_sync of the copy).
// A write records the local transaction's changes with SQLite's session extension and sends the rows it
// changed: appended rows with COPY, changed derived rows as upserts, removed ones as deletes; the server's
// grants and triggers check them as they check any login's.
class TeamLink : public StoreLink
{
    Q_DECLARE_TR_FUNCTIONS(TeamLink)
public:
    TeamLink(std::unique_ptr<PgConnection> server, QString location, QString login);
    ~TeamLink() override;
    TeamLink(const TeamLink &) = delete;
    TeamLink &operator=(const TeamLink &) = delete;

    // The newest rev every row at or below which is committed: read under the team's write lock, so no
    // writer is between drawing a rev and committing. A full copy started after this has applied it.
    static bool committedRevision(PgConnection &server, qint64 *rev, StoreError *error);
    // The rev a working copy has applied; -1 when the file records none (a copy that did not finish).
    static bool appliedRevision(sqlite3 *db, qint64 *rev, StoreError *error);
    static bool setAppliedRevision(sqlite3 *db, qint64 rev, StoreError *error);

    bool listen(StoreError *error);

    QString location() const override { return m_location; }
    QString login() const override { return m_login; }
    bool catchUp(sqlite3 *db, bool *changed, bool *policyChanged, StoreError *error) override;
    bool beginWrite(sqlite3 *db, bool *changed, bool *policyChanged, StoreError *error) override;
    bool commitWrite(sqlite3 *db, StoreError *error) override;
    void abandonWrite() override;
    int notificationSocket() const override;
    QStringList takeNotifications() override;

private:
    struct Changes;

    bool pull(sqlite3 *db, bool *changed, bool *policyChanged, StoreError *error);
    bool applyRemovals(sqlite3 *db, qint64 since, qint64 *newest, bool *changed, StoreError *error);
    bool applyRows(sqlite3 *db, const StoreTable &table, qint64 since, qint64 *newest, bool *changed,
                   bool *policyChanged, StoreError *error);
    bool startRecording(sqlite3 *db, StoreError *error);
    bool recordedChanges(Changes *changes, StoreError *error);
    bool sendRemovals(const StoreTable &table, const Changes &changes, StoreError *error);
    bool sendRows(sqlite3 *db, const StoreTable &table, const Changes &changes, StoreError *error);
    void stopRecording();
    bool failLocal(sqlite3 *db, StoreError *error, const QString &doing) const;

    std::unique_ptr<PgConnection> m_server;
    QString m_location;
    QString m_login;
    sqlite3_session *m_session = nullptr;
    bool m_writing = false; // the server's transaction of a write is open
};

} // namespace redline
