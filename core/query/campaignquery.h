#pragma once

#include "campaign/campaignoutcome.h"
#include "campaign/campaignsummary.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace redline {

class Store;

// A campaign's undo reads what the campaign wrote: each linked event with whether it still stands.
struct CampaignLinkedEvent {
    EventType type = EventType::Note;
    QString id;          // a violation's id
    QString subject;
    SubjectKind kind = SubjectKind::Creator;
    QString post;        // a removal's post
    int action = -1;     // certification or removal action index
    bool stillStands = true; // a violation not retracted or overturned; a post still removed
};

// Reads campaigns and what they did (docs/rules.md "Campaigns"): the list with counts, one campaign's
// events for its drill-down, and the subjects per kind and tier (a preview's "now" distribution).
class CampaignQuery
{
    Q_DECLARE_TR_FUNCTIONS(CampaignQuery)
public:
    explicit CampaignQuery(const Store &store);

    // Every campaign, newest first.
    bool list(QVector<CampaignSummary> *out, StoreError *error) const;
    std::optional<CampaignSummary> summary(const QString &id, StoreError *error) const;
    // The events a campaign wrote (notices left out), in ledger order, with each subject's current score.
    bool events(const QString &id, QVector<CampaignEventRow> *out, StoreError *error) const;
    bool linkedEvents(const QString &id, QVector<CampaignLinkedEvent> *out, StoreError *error) const;
    // Subjects per kind and tier in the state cache under `policy` (every tier listed), `after` = `before`.
    bool tierCounts(const Policy &policy, QVector<CampaignTierCount> *out, StoreError *error) const;
    // A brand's ban (R-B2): its instant and the campaign that banned it, if any; nothing when not banned.
    struct Ban {
        Instant at = 0;
        QString campaign;
    };
    std::optional<Ban> brandBan(const QString &handle, StoreError *error) const;

    // Whether `id` is the id of any event (ids are unique across violations, appeals, campaigns and posts).
    bool idTaken(const QString &id, bool *taken, StoreError *error) const;

private:
    bool summarize(qint64 seq, CampaignSummary *out, StoreError *error) const;

    const Store &m_store;
};

} // namespace redline
