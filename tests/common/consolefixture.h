#pragma once

#include "base/instant.h"
#include "store/store.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace redline {

// A small store with known contents for the console's widget tests: two MCNs, two brands, named creators
// (Chinese and English names, one with LIKE wildcards in its name) contracted to the MCNs, a handful of
// violations with known consequences, and `generated` numbered creators (crt-g0000...) to page through.
// The store's clock is fixed at kConsoleNow so that every score is exact. The store is open (no user has a
// password). Each event is recorded when it happened (recorded_at = at, recorded_by = its `by`, else
// "fixture"), as a console in daily use would have, so nothing is backdated unless a test says so with an
// explicit "recorded_at" in its line.
class ConsoleFixture
{
public:
    static const Instant kConsoleNow; // 2025-02-10T10:00:00Z

    static QStringList ledger(int generated);
    // Creates the store in `dir`; qFatal on any error (a broken fixture is not a test result).
    static std::unique_ptr<Store> create(const QTemporaryDir &dir, int generated = 450,
                                         const QString &actor = QStringLiteral("mod.wang"));
    // Appends one JSON line to the store, recorded when it happened unless the line has "recorded_at" (or
    // happens after the store's now); qFatal on error.
    static void append(Store &store, const QString &jsonLine);
    // Secures an open store as an administrator does (docs/roles.md): `admin`, a policy_admin, gets a
    // password on the open session, which secures the store; then, signed in as admin, each of `users` gets
    // the same password. All through Actions; qFatal on error.
    static void secure(Store &store, const QString &admin, const QStringList &users, const QString &password);
};

} // namespace redline
