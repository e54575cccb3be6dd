#include "handletable.h"

#include <QHashFunctions>

#include <cstring>

namespace redline {

namespace {

constexpr size_t kInitialSlots = 1024;

quint64 hashOf(QStringView handle)
{
    return quint64(qHash(handle, size_t(0x9e3779b97f4a7c15ULL)));
}

} // namespace

// The slot that holds `handle`, or the empty slot where it would go (linear probing).
size_t HandleTable::slotOf(QStringView handle, quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (!slot.used)
            return i;
        if (slot.hash == hash && slot.length == handle.size()
            && std::memcmp(m_text.data() + slot.offset, handle.utf16(), size_t(handle.size()) * sizeof(char16_t)) == 0)
            return i;
    }
}

const HandleTable::Entry *HandleTable::find(QStringView handle) const
{
    if (m_slots.empty())
        return nullptr;
    const Slot &slot = m_slots[slotOf(handle, hashOf(handle))];
    return slot.used ? &slot.entry : nullptr;
}

void HandleTable::insert(QStringView handle, Entry entry)
{
    if (size_t(m_size + 1) * 2 > m_slots.size())
        grow();
    const quint64 hash = hashOf(handle);
    Slot &slot = m_slots[slotOf(handle, hash)];
    if (!slot.used) {
        slot.used = true;
        slot.hash = hash;
        slot.offset = quint32(m_text.size());
        slot.length = quint16(handle.size());
        m_text.insert(m_text.end(), handle.utf16(), handle.utf16() + handle.size());
        ++m_size;
    }
    slot.entry = entry;
}

void HandleTable::clear()
{
    m_slots.clear();
    m_text.clear();
    m_size = 0;
}

// Slots keep their hash and their handle's place in m_text, so growing never rehashes a string.
void HandleTable::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? kInitialSlots : old.size() * 2, Slot());
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (!slot.used)
            continue;
        size_t i = size_t(slot.hash) & mask;
        while (m_slots[i].used)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace redline
