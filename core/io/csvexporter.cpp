#include "csvexporter.h"

#include "store/store.h"

#include <QIODevice>

namespace redline {

namespace {

QString instantOrEmpty(Instant at)
{
    return at == kNoInstant ? QString() : formatInstant(at);
}

} // namespace

CsvExporter::CsvExporter(const Store &store)
    : m_store(store)
{
}

QStringList CsvExporter::header()
{
    return {QStringLiteral("handle"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("registered_at"),
            QStringLiteral("score"), QStringLiteral("max"), QStringLiteral("band"), QStringLiteral("restrictions"),
            QStringLiteral("ladder_level"), QStringLiteral("last_violation_at"), QStringLiteral("mcn"),
            QStringLiteral("certified"), QStringLiteral("deposit"), QStringLiteral("next_change")};
}

QString CsvExporter::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvExporter::write(QIODevice &out, StoreError *error)
{
    m_written = 0;
    QByteArray buffer = header().join(QLatin1Char(',')).toUtf8() + "\r\n";
    bool writeFailed = false;
    const auto flush = [&] {
        writeFailed = writeFailed || out.write(buffer) != buffer.size();
        buffer.clear();
        return !writeFailed;
    };
    const bool ok = m_store.listStates(StateFilter(), [&](const CachedState &s) {
        const QStringList row{
            s.handle, subjectKindName(s.kind), s.name, formatInstant(s.registeredAt),
            QString::number(s.score), QString::number(s.max), s.band ? QString::number(*s.band) : QString(),
            s.restrictions.join(QLatin1Char(';')), QString::number(s.ladderLevel), instantOrEmpty(s.lastViolationAt),
            s.mcn, s.certified ? QStringLiteral("true") : QStringLiteral("false"), QString::number(s.depositBalance),
            instantOrEmpty(s.nextChange)};
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &value : row)
            fields.append(field(value));
        buffer += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        ++m_written;
        return buffer.size() < (1 << 20) || flush();
    }, error);
    if (ok && !buffer.isEmpty())
        flush();
    if (writeFailed)
        return StoreError::fail(error, StoreError::Kind::Internal, tr("cannot write the export: %1").arg(out.errorString()));
    return ok;
}

} // namespace redline
