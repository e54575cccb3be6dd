#include "eventdigest.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace redline {

namespace {

// Length-prefixed, so no field's content can be mistaken for a boundary.
void appendField(QByteArray &out, const QByteArray &bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
}

} // namespace

QByteArray EventDigest::canonical(const StoredEvent &e)
{
    QByteArray out;
    out.reserve(160 + e.text.size() + e.attrs.size());
    appendField(out, eventTypeName(e.type).toLatin1());
    appendField(out, QByteArray::number(e.at));
    for (const QString *field : {&e.subject, &e.id, &e.ref, &e.by, &e.kind, &e.name, &e.code})
        appendField(out, field->toUtf8());
    appendField(out, QByteArray::number(e.points));
    for (const QString *field : {&e.severity, &e.source, &e.action, &e.outcome, &e.counterparty, &e.campaign})
        appendField(out, field->toUtf8());
    appendField(out, QByteArray::number(e.amount));
    appendField(out, e.text.toUtf8());
    appendField(out, e.attrs);
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
