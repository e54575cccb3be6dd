#pragma once

#include "campaign/campaignspec.h"
#include "query/subjectquery.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redline {

class Store;

// "Act on all N shown…" (R-S3): a console list's filter as a campaign's selection, so the campaign selects
// exactly the rows the list shows. A subject list hands over its search, score range, restriction, band and
// MCN (SubjectListSpec); the triage list its state, when the filter is one state.
class CampaignListSelection
{
    Q_DECLARE_TR_FUNCTIONS(CampaignListSelection)
public:
    static CampaignSelection fromSubjectList(const Store &store, const SubjectListSpec &list);
    // A TriageQuery filter id (open, claimed, confirmed, dismissed); nothing, with why, for a filter that is
    // not exactly one state (to do, mine, all): a selection holds one triage state.
    static std::optional<CampaignSelection> fromTriageFilter(const QString &filterId, QString *why);
};

} // namespace redline
