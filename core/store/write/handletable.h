#pragma once

#include "policy/policy.h"

#include <QString>

#include <vector>

namespace redline {

// Subject handle -> (row id, kind), for the lookups of a bulk write: every event names its subject by
// handle, and a full-scale load looks up a million of them seven million times. A QHash<QString, ...>
// visits a bucket, a node and the key's own string, three cache misses; here a slot holds the full hash
// and the id, and the handles sit back to back in one buffer, so a lookup is a slot and one compare.
class HandleTable
{
public:
    struct Entry {
        qint64 id = 0;
        SubjectKind kind = SubjectKind::Creator;
    };

    // nullptr when the handle is not in the table.
    const Entry *find(QStringView handle) const;
    // Adds the handle, or replaces its entry. Handles are at most 64 UTF-16 units (EventValidator).
    void insert(QStringView handle, Entry entry);
    qsizetype size() const { return m_size; }
    void clear();

private:
    struct Slot {
        quint64 hash = 0;
        Entry entry;
        quint32 offset = 0; // of the handle in m_text
        quint16 length = 0;
        bool used = false;
    };

    size_t slotOf(QStringView handle, quint64 hash) const;
    void grow();

    std::vector<Slot> m_slots; // a power of two in size, at most half full
    std::vector<char16_t> m_text;
    qsizetype m_size = 0;
};

} // namespace redline
