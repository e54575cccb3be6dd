#pragma once

#include "store/auditentry.h"

#include <QCoreApplication>
#include <QString>

namespace redline {

struct Policy;

// An audit row as a sentence a compliance officer reads (docs/architecture.md "Audit log"): "mod.li
// recorded v-123 (creator.diversion, −5) on crt-1", "mod.wang overturned appeal a-7", "comp.qian paid
// ¥20,000 into mcn-3's deposit". Rows written from schema version 3 carry their facts as JSON (format 2)
// and are worded here, in the reader's language; older rows show the text they were written with.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    static QString describe(const AuditEntry &entry, const Policy &policy);
};

} // namespace redline
