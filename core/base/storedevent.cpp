#include "storedevent.h"

#include <iterator>

namespace redline {

namespace {

// Indexed by EventType; the JSON `type` field and the store's type column both use this order.
const char *const kEventTypeNames[] = {
    "subject", "violation", "appeal", "decision", "retraction", "exam", "deposit",
    "certification", "contract", "metrics", "note", "ban", "campaign", "user", "notice", "post", "qualification",
    "report", "triage", "removal",
};
static_assert(std::size(kEventTypeNames) == static_cast<size_t>(EventType::Removal) + 1,
              "every EventType has a name");

} // namespace

QString eventTypeName(EventType type)
{
    const auto index = static_cast<size_t>(type);
    return index < std::size(kEventTypeNames) ? QString::fromLatin1(kEventTypeNames[index]) : QString();
}

bool eventTypeFromName(const QString &name, EventType *out)
{
    for (size_t i = 0; i < std::size(kEventTypeNames); ++i) {
        if (name == QLatin1String(kEventTypeNames[i])) {
            if (out)
                *out = static_cast<EventType>(i);
            return true;
        }
    }
    return false;
}

} // namespace redline
