#pragma once

#include "actions/actionconsequences.h"
#include "campaign/campaignspec.h"

#include <QMap>
#include <QString>
#include <QVector>

namespace redline {

// One target the campaign would not act on, and why (an MCN without a certification to revoke, a post
// already removed, a name in the list that is not in the store).
struct CampaignRefusal {
    QString target;     // a handle or a post id
    QString action;     // CampaignAction::typeId, or "select" for the selection itself
    QString reason;
};

// One target with what the action does to it, as the record dialog computes it (ActionPreview).
struct CampaignSample {
    QString target;
    QString action;
    QString post;                    // the post it is about, for a post target
    bool hasConsequences = false;    // violations, revocations, bans and retractions have them
    ActionConsequences consequences;
};

// Subjects of one kind in one tier, now and after the campaign. Tiers are the policy lab's
// (WhatIfReplay::tierIndex): between two thresholds of the scale, or a creator's ladder level.
struct CampaignTierCount {
    SubjectKind kind = SubjectKind::Creator;
    int tier = 0;          // 0 = the top tier, or ladder level 0
    QString label;         // WhatIfReplay::tierName: ">=80", "60-79", "L2"...
    qint64 before = 0;
    qint64 after = 0;
};

// What a campaign's preview shows and its apply or undo did (docs/rules.md "Campaigns"): the preview and
// the apply run the same code on the same store, so equal stores give equal outcomes.
struct CampaignOutcome {
    QString id;                      // the campaign's id (minted when the spec has none)
    QString name;
    QString undoes;                  // an undo: the campaign it undoes
    Instant at = 0;
    bool applied = false;            // false: a preview (nothing written)
    qint64 targets = 0;              // posts or subjects the selection matched
    qint64 subjects = 0;             // distinct subjects among them
    QMap<QString, qint64> accepted;  // action id -> targets it acts on
    QMap<QString, qint64> refused;   // action id -> targets it refuses
    QMap<QString, qint64> kept;      // undo: action id -> events it leaves (a ban, R-B2; a note), with a reason
    QMap<int, qint64> subjectsByKind; // SubjectKind -> distinct subjects acted on
    QVector<CampaignSample> sample;  // the first targets each action acts on (kSampleSize each), with their consequences
    QVector<CampaignRefusal> refusals; // the first refusals (at most kMaxListed), in order
    qint64 refusalCount = 0;
    QVector<CampaignRefusal> keptReasons; // undo: the first events left as they are, with why
    QVector<CampaignTierCount> tiers; // a preview's: per kind and tier, now and after (empty after apply)
    qint64 eventsWritten = 0;        // events the apply appended (0 for a preview): linked events and notices
    qint64 notices = 0;              // notices sent (or that would be)

    static constexpr int kSampleSize = 50;
    static constexpr int kMaxListed = 1000;

    qint64 acceptedTotal() const
    {
        qint64 n = 0;
        for (qint64 v : accepted)
            n += v;
        return n;
    }
};

} // namespace redline
