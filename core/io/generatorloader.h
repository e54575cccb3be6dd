#pragma once

#include "base/storeerror.h"

#include <QtGlobal>

namespace redline {

class EventSink;
class SyntheticGenerator;

// Feeds a SyntheticGenerator's events into an open write (Store::write) with the generator on a thread of its own:
// planning and building the events overlaps the inserts, so a full-scale `generate` keeps both cores busy.
// The events reach the writer in the generator's order; the first one the writer refuses stops both sides.
class GeneratorLoader
{
public:
    // *emitted counts the events handed to the writer, the refused one included.
    static bool load(const SyntheticGenerator &generator, EventSink &writer, qint64 *emitted, StoreError *error);
};

} // namespace redline
