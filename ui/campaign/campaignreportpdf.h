#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace redline {

class Store;

// A campaign's report as one A4 page a team can publish (R-S3, like seed 004's figures): its name, reason,
// who applied it and when, the figures in big numbers (posts handled, posts removed, accounts punished,
// certifications revoked, brands banned) and the first affected subjects, cut with "and N more" so it is
// always one page. Every figure is CampaignQuery's, read from the events linked to the campaign. A static
// function, so `redline-cli campaign report ID --out FILE.pdf` writes the same page as the console.
class CampaignReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReportPdf)
public:
    static bool write(const Store &store, const QString &campaignId, QIODevice *device, QString *error);
};

} // namespace redline
