#include "eventdigest.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <charconv>

namespace redline {

namespace {

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, end.ptr - digits);
}

// Length-prefixed, so no field's content can be mistaken for a boundary.
void appendField(QByteArray &out, const char *bytes, qsizetype size)
{
    appendNumber(out, size);
    out += ':';
    out.append(bytes, size);
}

void appendField(QByteArray &out, qint64 number)
{
    char digits[24];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, number);
    appendField(out, digits, end.ptr - digits);
}

// Text as UTF-8. Most fields are ASCII (ids, codes, instants): those are copied without a temporary,
// since this runs for every imported event.
void appendField(QByteArray &out, const QString &text)
{
    const QChar *units = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (units[i].unicode() >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            appendField(out, utf8.constData(), utf8.size());
            return;
        }
    }
    appendNumber(out, size);
    out += ':';
    const qsizetype start = out.size();
    out.resize(start + size);
    char *to = out.data() + start;
    for (qsizetype i = 0; i < size; ++i)
        to[i] = char(units[i].unicode());
}

} // namespace

QByteArray EventDigest::canonical(const StoredEvent &e)
{
    QByteArray out;
    out.reserve(160 + e.text.size() + e.attrs.size());
    appendField(out, eventTypeName(e.type));
    appendField(out, e.at);
    for (const QString *field : {&e.subject, &e.id, &e.ref, &e.by, &e.kind, &e.name, &e.code})
        appendField(out, *field);
    appendField(out, qint64(e.points));
    for (const QString *field : {&e.severity, &e.source, &e.action, &e.outcome, &e.counterparty, &e.campaign})
        appendField(out, *field);
    appendField(out, e.amount);
    appendField(out, e.text);
    appendField(out, e.attrs.constData(), e.attrs.size());
    return out;
}

QByteArray EventDigest::recordedCanonical(const StoredEvent &event)
{
    QByteArray out = canonical(event);
    out += "|recorded_at=";
    if (event.recordedAt != kNoInstant)
        out += QByteArray::number(event.recordedAt);
    out += "|recorded_by=";
    out += event.recordedBy.toUtf8();
    return out;
}

QByteArray EventDigest::sha256(const StoredEvent &event)
{
    return QCryptographicHash::hash(canonical(event), QCryptographicHash::Sha256);
}

qint64 EventDigest::digest64(const StoredEvent &event)
{
    return qFromBigEndian<qint64>(sha256(event).constData());
}

} // namespace redline
