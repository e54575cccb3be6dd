#pragma once

#include "base/storeerror.h"
#include "store/storeoptions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace redline {

class Store;

// Opening a team store on PostgreSQL (docs/teamstore.md "Working copies"): a libpq URL,
// `postgresql://USER@HOST[:PORT]/DB` (`postgresql://USER@/DB?host=/run/dir` for a unix socket). The store
// returned is the SQLite working copy of it, made on first use by copying the whole store and caught up on
// every later open, with a StoreLink through which its writes go to the server.
class TeamStore
{
    Q_DECLARE_TR_FUNCTIONS(TeamStore)
public:
    static bool isUrl(const QString &location);
    // The URL as it may be shown and remembered: a password in it is replaced by ***.
    static QString displayName(const QString &url);
    // The working copy's file: one per URL (server, database and login), under $REDLINE_WORKING_COPIES or else
    // the user's cache folder (QStandardPaths::GenericCacheLocation/redline/team), shared by the console and
    // the CLI.
    static QString workingCopyPath(const QString &url);
    // Whether the server asks for a password the URL (and libpq's environment and password file) do not give:
    // the console then asks for one. False with *error set when the server cannot be reached at all.
    static bool needsPassword(const QString &url, StoreError *error);
    // Connects as the URL's user (`password`, when not empty, is given to the server and kept nowhere), makes
    // or catches up the working copy and returns it linked. NotPermitted when the server refuses the login.
    // options.progress hears of the first open's copy as it goes (rows so far, total unknown) and may cancel it.
    static std::unique_ptr<Store> open(const QString &url, const QString &password, const StoreOptions &options,
                                       StoreError *error);
};

} // namespace redline
