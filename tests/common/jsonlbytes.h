#pragma once

#include "base/storeerror.h"

#include <QByteArray>

namespace redline {
class JsonlImporter;
class Store;
}

// JSON Lines held in memory, in and out of a store through the real importer and exporter: how the
// tests load their fixture lines and compare a whole store before and after (an unchanged export is an
// unchanged store).
class JsonlBytes
{
public:
    // Imports `lines` as a file named "test" would be, with `importer` when given (its counts are then
    // the caller's to read).
    static bool import(redline::Store &store, const QByteArray &lines, redline::StoreError *error,
                       redline::JsonlImporter *importer = nullptr);
    // The whole store exported; qFatal when the export fails (a broken store is not a test result).
    static QByteArray exportAll(const redline::Store &store);
};
