#pragma once

#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace redline {

class Store;

// A campaign's report as CSV (RFC 4180), one row per event it wrote, notices left out: campaign, seq,
// type, action, subject, kind, id, post, code, at, score_now. Its counts are CampaignQuery's (the JSON
// report and the PDF carry them).
class CampaignCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCsvExporter)
public:
    static QStringList header();
    static bool write(const Store &store, const QString &campaignId, QIODevice &out, StoreError *error);
};

} // namespace redline
