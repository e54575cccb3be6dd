#include "generatedstore.h"

#include "io/syntheticgenerator.h"
#include "store/storeoptions.h"
#include "store/writerequest.h"
#include "store/write/eventsink.h"

#include <QtGlobal>

#include <algorithm>

namespace redline {

std::unique_ptr<Store> GeneratedStore::create(const QString &path, GeneratorOptions generator, Instant now)
{
    StoreOptions options;
    options.now = now;
    StoreError error;
    std::unique_ptr<Store> store = Store::create(path, options, &error);
    if (!store)
        qFatal("%s", qPrintable(error.message));
    generator.recordedUntil = now;
    WriteRequest request;
    request.action = QStringLiteral("generate");
    const bool written = store->write(request, [&](EventSink &sink, StoreError *sinkError) {
        bool ok = true;
        SyntheticGenerator(store->policy(), generator).run([&](const StoredEvent &event) {
            ok = sink.append(StoredEvent(event), sinkError);
            return ok;
        });
        return ok;
    }, &error);
    if (!written)
        qFatal("%s", qPrintable(error.message));
    return store;
}

Policy GeneratedStore::severalChanges(const Policy &base)
{
    Policy p = base;
    p.name = QStringLiteral("draft");
    p.version = base.version + 1;
    p.scale(SubjectKind::Mcn).recovery->step = 5;
    p.scale(SubjectKind::Mcn).thresholds = {85, 70, 60, 50, 40, 30, 20};
    Scale &brand = p.scale(SubjectKind::Brand);
    ViolationCode &promotion = brand.codes[brand.codeIndex(QStringLiteral("brand.unauthorized_promotion"))];
    promotion.points = 3;
    promotion.maxPoints = std::max(promotion.maxPoints, 3);
    Scale &creator = p.scale(SubjectKind::Creator);
    creator.ladder->windowDays = 60;
    creator.recovery->step = 2;
    return p;
}

} // namespace redline
