#pragma once

#include <QString>

namespace redline {

// What went wrong in a store operation, as one line for the user, and which kind of failure it was: the
// CLI turns the kind into its exit code (DESIGN.md: 2 bad input, 3 integrity, 1 internal).
struct StoreError {
    enum class Kind { None, BadInput, Integrity, Internal };

    Kind kind = Kind::None;
    QString message;

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
