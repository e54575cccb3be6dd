#pragma once

#include <QString>

namespace redline {

// What went wrong in a store operation, as one line for the user, and which kind of failure it was: the
// CLI turns the kind into its exit code (docs/contracts.md: 2 bad input, 3 integrity, 4 not signed in or
// not permitted, 1 internal), never the message's text.
struct StoreError {
    enum class Kind { None, BadInput, Integrity, Internal, NotPermitted };

    Kind kind = Kind::None;
    QString message;
    qint64 line = 0;     // the input line a bad import line was on (the message then starts with it), else 0
    qint64 auditRow = 0; // the audit log row `verify` found broken (the console selects it), else 0

    bool isSet() const { return kind != Kind::None; }

    // Fills *error when there is one to fill; always returns false so callers can `return fail(...)`.
    static bool fail(StoreError *error, Kind kind, const QString &message)
    {
        if (error && !error->isSet()) {
            error->kind = kind;
            error->message = message;
        }
        return false;
    }
};

} // namespace redline
