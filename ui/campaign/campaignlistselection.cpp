#include "campaignlistselection.h"

#include "store/store.h"

namespace redline {

CampaignSelection CampaignListSelection::fromSubjectList(const Store &store, const SubjectListSpec &list)
{
    CampaignSelection s;
    s.target = CampaignSelection::Target::Subjects;
    s.kind = list.kind;
    s.search = list.search;
    s.minScore = list.minScore;
    s.maxScore = list.maxScore;
    s.restriction = list.restriction;
    if (list.band != SubjectListSpec::kAnyBand)
        s.band = list.band; // kNoBand (-1) is the spec's "no band" too
    if (list.mcnId != 0) {
        StoreError error;
        for (const McnChoice &mcn : SubjectQuery(store).mcns(&error)) {
            if (mcn.id == list.mcnId)
                s.mcn = mcn.handle;
        }
    }
    return s;
}

std::optional<CampaignSelection> CampaignListSelection::fromTriageFilter(const QString &filterId, QString *why)
{
    static const QStringList states{QStringLiteral("open"), QStringLiteral("claimed"), QStringLiteral("confirmed"),
                                    QStringLiteral("dismissed")};
    const int state = int(states.indexOf(filterId));
    if (state < 0) {
        *why = tr("A campaign selects posts in one triage state: choose Open, Claimed, Confirmed or Dismissed to act on "
                  "all shown.");
        return std::nullopt;
    }
    CampaignSelection s;
    s.target = CampaignSelection::Target::Posts;
    s.kind = SubjectKind::Creator;
    s.triageState = state;
    return s;
}

} // namespace redline
