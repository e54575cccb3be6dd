#pragma once

#include "campaign/campaignspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace redline {

// Reads a campaign spec (docs/contracts.md "Campaign specs") and checks it against the policy: every
// criterion fits the selected kind, every action fits it too (a revocation needs MCNs, a ban brands, a
// removal posts), and a violation's code, points, severity and source are the policy's (R-L2). A bad spec
// is refused with "PATH: why" naming the first wrong field ("actions[0].points: 40 is outside 1..10").
class CampaignSpecLoader
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSpecLoader)
public:
    static bool load(const QByteArray &json, const Policy &policy, CampaignSpec *out, QString *error);
    static bool fromJson(const QJsonObject &object, const Policy &policy, CampaignSpec *out, QString *error);
    // The selected kind as a spec spells it: mcn, brand, creator or post.
    static QString kindId(const CampaignSelection &select);
};

} // namespace redline
