#include "campaigncsvexporter.h"

#include "io/csvexporter.h"
#include "query/campaignquery.h"

#include <QIODevice>

namespace redline {

QStringList CampaignCsvExporter::header()
{
    return {QStringLiteral("campaign"), QStringLiteral("seq"),  QStringLiteral("type"), QStringLiteral("action"),
            QStringLiteral("subject"),  QStringLiteral("kind"), QStringLiteral("id"),   QStringLiteral("post"),
            QStringLiteral("code"),     QStringLiteral("at"),   QStringLiteral("score_now")};
}

bool CampaignCsvExporter::write(const Store &store, const QString &campaignId, QIODevice &out, StoreError *error)
{
    const CampaignQuery query(store);
    StoreError lookup;
    if (!query.summary(campaignId, &lookup))
        return lookup.isSet() ? StoreError::fail(error, lookup.kind, lookup.message)
                              : StoreError::fail(error, StoreError::Kind::BadInput, tr("no campaign %1 in the store").arg(campaignId));
    QVector<CampaignEventRow> rows;
    if (!query.events(campaignId, &rows, error))
        return false;
    QByteArray text = header().join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const CampaignEventRow &r : std::as_const(rows)) {
        const QStringList fields{campaignId, QString::number(r.seq), eventTypeName(r.type), r.action, r.subject,
                                 subjectKindName(r.kind), r.id, r.post, r.code, formatInstant(r.at), QString::number(r.score)};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(CsvExporter::field(f));
        text += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (out.write(text) != text.size())
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("could not write the CSV: %1").arg(out.errorString()));
    return true;
}

} // namespace redline
