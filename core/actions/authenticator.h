#pragma once

#include "actions/session.h"
#include "base/storeerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redline {

class Store;

// Sign-in against the store's users (docs/roles.md). Passwords are hashed with libsodium's Argon2id
// (crypto_pwhash_str, interactive limits); only the hash is kept, in the users table, never in the
// ledger, an export or a log.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)
public:
    // The session a store starts with before anyone signs in: open (the OS user, every action) when no user
    // has a password, else anonymous (reads only). On a team store, the server's login (teamSession).
    static Session initialSession(const Store &store, StoreError *error = nullptr);
    // Checks name and password. An unknown user, a wrong password and a disabled user all get the same
    // refusal (NotPermitted), which does not say which it was.
    static std::optional<Session> signIn(const Store &store, const QString &name, const QString &password,
                                         StoreError *error);

    static Session teamSession(const Store &store, const QString &login, StoreError *error = nullptr);

    static QByteArray hashPassword(const QString &password, StoreError *error);
    static bool verifyPassword(const QByteArray &hash, const QString &password);
    // A password a user may set: 8 to 256 characters.
    static bool isAcceptablePassword(const QString &password, QString *why);
};

} // namespace redline
