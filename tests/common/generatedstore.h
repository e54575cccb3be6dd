#pragma once

#include "io/generatoroptions.h"
#include "policy/policy.h"
#include "store/store.h"

#include <QString>

#include <memory>

namespace redline {

// A new store at `path` filled by the synthetic generator as `redline-cli generate` fills one, with the
// store's clock at `now` and the history recorded until then; a failure ends the test program.
class GeneratedStore
{
public:
    static std::unique_ptr<Store> create(const QString &path, GeneratorOptions generator, Instant now);

    // A draft that changes every scale: the MCN bands and recovery step, a brand code's points
    // (brand.unauthorized_promotion 2 -> 3), the creator ladder's window (60 days) and recovery step (2).
    static Policy severalChanges(const Policy &base);
};

} // namespace redline
