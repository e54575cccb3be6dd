#pragma once

#include "base/instant.h"
#include "policy/policy.h"

#include <QByteArray>
#include <QString>

namespace redline {

// A registered subject as the store keeps it (the `subject` event's content).
struct SubjectRecord {
    qint64 id = 0;
    QString handle;
    SubjectKind kind = SubjectKind::Creator;
    QString name;
    Instant at = 0;
    QByteArray attrs; // compact JSON object
};

} // namespace redline
