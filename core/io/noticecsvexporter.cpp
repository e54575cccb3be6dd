#include "noticecsvexporter.h"

#include "io/csvexporter.h"

#include <QIODevice>

namespace redline {

NoticeCsvExporter::NoticeCsvExporter(const Store &store)
    : m_store(store)
{
}

QStringList NoticeCsvExporter::header()
{
    return {QStringLiteral("at"),       QStringLiteral("subject"), QStringLiteral("subject_name"),
            QStringLiteral("template"), QStringLiteral("language"), QStringLiteral("ref"),
            QStringLiteral("by"),       QStringLiteral("text")};
}

bool NoticeCsvExporter::write(const NoticeFilter &filter, QIODevice &out, StoreError *error)
{
    const auto line = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(CsvExporter::field(f));
        const QByteArray bytes = (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        return out.write(bytes) == bytes.size();
    };
    const auto writeFailed = [&] {
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("cannot write the notices: %1").arg(out.errorString()));
    };
    if (!line(header()))
        return writeFailed();
    const NoticeQuery query(m_store);
    QVector<NoticeRecord> page;
    qint64 before = 0;
    constexpr int kPage = 1000;
    do {
        if (!query.fetch(filter, before, kPage, &page, error))
            return false;
        for (const NoticeRecord &n : std::as_const(page)) {
            if (!line({formatInstant(n.at), n.subject, n.subjectName, n.templateId, n.language, n.ref, n.by, n.text}))
                return writeFailed();
            ++m_written;
            before = n.seq;
        }
    } while (page.size() == kPage);
    return true;
}

} // namespace redline
