#pragma once

#include "actions/actions.h"
#include "campaign/campaignoutcome.h"
#include "campaign/campaignspec.h"
#include "base/progress.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace redline {

class EventSink;
class Store;
struct CampaignLinkedEvent;
struct CampaignTarget;

// A campaign's preview, apply and undo (R-S3, docs/rules.md "Campaigns"). All three run the same code: the
// campaign header, then every action on every target, each appended as Actions::appendAction appends one
// action (minted ids, previews, notices), linked to the campaign, in ONE write. A preview records each
// target's refusal and goes on, then rolls the write back, so it shows exactly what apply would do; apply
// stops at the first refusal and rolls back, so a campaign is written whole or not at all; Cancel
// (progress returning false) rolls back too.
class CampaignRunner
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRunner)
public:
    CampaignRunner(Store &store, const Actions &actions);

    bool preview(const CampaignSpec &spec, CampaignOutcome *out, StoreError *error, const ProgressFn &progress);
    bool apply(const CampaignSpec &spec, CampaignOutcome *out, StoreError *error, const ProgressFn &progress);
    bool previewUndo(const QString &campaignId, CampaignOutcome *out, StoreError *error, const ProgressFn &progress);
    bool undo(const QString &campaignId, CampaignOutcome *out, StoreError *error, const ProgressFn &progress);

private:
    enum class Mode { Preview, Apply };
    // One event to append for one target, with the action it belongs to.
    struct Step {
        QString action;      // CampaignAction::typeId, or the undo's word
        QString target;      // a handle or a post id
        QString post;
        StoredEvent event;   // its subject is always the subject it changes (a post's creator for a removal)
        SubjectKind kind = SubjectKind::Creator;
    };
    bool runCampaign(const CampaignSpec &spec, Mode mode, CampaignOutcome *out, StoreError *error, const ProgressFn &progress);
    bool runUndo(const QString &campaignId, Mode mode, CampaignOutcome *out, StoreError *error, const ProgressFn &progress);
    bool planSteps(const CampaignSpec &spec, const QVector<CampaignTarget> &targets, QVector<Step> *steps, StoreError *error) const;
    bool planUndo(const QVector<CampaignLinkedEvent> &linked, QVector<Step> *steps, CampaignOutcome *out) const;
    bool write(Mode mode, const StoredEvent &header, const QJsonObject &detail, QVector<Step> &steps,
               CampaignOutcome *out, StoreError *error, const ProgressFn &progress);
    bool appendStep(EventSink &sink, Mode mode, Step &step, CampaignOutcome *out, StoreError *error);
    bool startTiers(CampaignOutcome *out, StoreError *error) const;
    void finishTiers(CampaignOutcome *out) const;
    QString mintCampaignId(const QString &wanted, Instant at, bool fallBack, StoreError *error) const;

    Store &m_store;
    const Actions &m_actions;
    // Subjects whose state the campaign changes: their tier before its first event and after its last.
    struct TierChange {
        SubjectKind kind = SubjectKind::Creator;
        int before = -1;
        int after = -1;
    };
    QHash<QString, TierChange> m_tierChanges;
    QSet<QString> m_subjectsActedOn;
};

} // namespace redline
