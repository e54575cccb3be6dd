#pragma once

#include "base/storedevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace redline {

// One ledger event as one JSON Lines object (DESIGN.md "JSON Lines events"; every type and its fields in
// README.md "Event types"). Parsing checks the line on its own: JSON syntax, a known type, field types and
// instants (R-T1: a bare date is midnight Z); the store then checks it against the ledger. toLine writes
// the fields a type uses, in a fixed order, so that parse(toLine(e)) == e.
class EventJson
{
    Q_DECLARE_TR_FUNCTIONS(EventJson)
public:
    // On failure *error is one line, "field F: why" (or why the line is not a JSON object).
    static bool parse(const QByteArray &line, StoredEvent *out, QString *error);
    static QByteArray toLine(const StoredEvent &event); // without the newline
};

} // namespace redline
