#pragma once

#include "base/instant.h"
#include "base/storedevent.h"
#include "policy/policy.h"

#include <QString>

namespace redline {

// A campaign as its report shows it (R-S3, like seed 004's figures): every count is read from the events
// linked to it in the ledger.
struct CampaignSummary {
    qint64 seq = 0;
    QString id;
    QString name;
    QString reason;
    QString by;
    Instant at = 0;
    QString kind;                 // the selection's kind (mcn, brand, creator, post), from its spec
    QString undoes;               // an undo: the campaign it undoes
    QString undoneBy;             // the undo of this campaign, if any
    qint64 targets = 0;           // subjects or posts the selection matched when applied
    qint64 postsHandled = 0;      // a post campaign's selected posts
    qint64 postsRemoved = 0;      // removals it made
    qint64 postsRestored = 0;     // restorations (an undo's)
    qint64 violations = 0;        // violations it recorded
    qint64 accountsPunished = 0;  // distinct subjects with one of them
    qint64 certificationsRevoked = 0;
    qint64 certificationsGranted = 0; // an undo's re-grants
    qint64 brandsBanned = 0;
    qint64 notes = 0;
    qint64 retractions = 0;       // an undo's
    qint64 notices = 0;
    qint64 events = 0;            // every event linked to it
};

// One event a campaign wrote, for its drill-down list.
struct CampaignEventRow {
    qint64 seq = 0;
    EventType type = EventType::Note;
    QString action;               // certification/removal action word
    QString subject;
    SubjectKind kind = SubjectKind::Creator;
    QString id;                   // a violation's id
    QString post;                 // a removal's post
    QString code;                 // a violation's code
    Instant at = 0;
    int score = 0;                // the subject's current score (state cache)
};

} // namespace redline
