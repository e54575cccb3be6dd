#include "authenticator.h"

#include "base/role.h"
#include "base/identity.h"
#include "store/store.h"
#include "store/storelink.h"

#include <sodium.h>

namespace redline {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Zeroes a UTF-8 copy of a password once it has been used.
struct WipedBytes {
    QByteArray bytes;
    ~WipedBytes() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
};

} // namespace

Session Authenticator::initialSession(const Store &store, StoreError *error)
{
    if (const StoreLink *link = store.link())
        return teamSession(store, link->login(), error);
    return store.isSecured(error) ? Session::anonymous() : Session::open(Identity::osUser());
}

// On a team store the server has signed the login in (docs/teamstore.md "Adding users"); the session is
// that user's, in the role the store records. A login that is no enabled user of the store only reads.
Session Authenticator::teamSession(const Store &store, const QString &login, StoreError *error)
{
    const std::optional<UserRecord> user = store.user(login, error);
    const std::optional<Role> role = user ? Roles::fromId(user->role) : std::nullopt;
    if (!user || user->disabled || !role)
        return Session::anonymous();
    return Session::signedIn(user->name, *role);
}

std::optional<Session> Authenticator::signIn(const Store &store, const QString &name, const QString &password,
                                             StoreError *error)
{
    const QString refused = tr("unknown user or wrong password");
    StoreError readError;
    const std::optional<UserRecord> user = Identity::isValid(name) ? store.user(name, &readError) : std::nullopt;
    if (readError.isSet()) {
        StoreError::fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    // The hash is checked even for an unknown name, so that the time taken does not tell the two apart.
    static const QByteArray dummy = hashPassword(QStringLiteral("not a password of anyone"), nullptr);
    const bool matches = verifyPassword(user && user->hasPassword() ? user->passwordHash : dummy, password);
    if (!user || !user->hasPassword() || !matches || user->disabled) {
        StoreError::fail(error, StoreError::Kind::NotPermitted, refused);
        return std::nullopt;
    }
    const std::optional<Role> role = Roles::fromId(user->role);
    if (!role) {
        StoreError::fail(error, StoreError::Kind::NotPermitted, refused);
        return std::nullopt;
    }
    return Session::signedIn(user->name, *role);
}

QByteArray Authenticator::hashPassword(const QString &password, StoreError *error)
{
    if (!sodiumReady()) {
        StoreError::fail(error, StoreError::Kind::Internal, tr("the password library could not start"));
        return QByteArray();
    }
    WipedBytes utf8{password.toUtf8()};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.bytes.constData(), quint64(utf8.bytes.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        StoreError::fail(error, StoreError::Kind::Internal, tr("not enough memory to hash the password"));
        return QByteArray();
    }
    return QByteArray(out);
}

bool Authenticator::verifyPassword(const QByteArray &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    WipedBytes utf8{password.toUtf8()};
    return crypto_pwhash_str_verify(hash.constData(), utf8.bytes.constData(), quint64(utf8.bytes.size())) == 0;
}

bool Authenticator::isAcceptablePassword(const QString &password, QString *why)
{
    if (password.size() < 8) {
        *why = tr("a password needs at least 8 characters");
        return false;
    }
    if (password.size() > 256) {
        *why = tr("a password has at most 256 characters");
        return false;
    }
    return true;
}

} // namespace redline
