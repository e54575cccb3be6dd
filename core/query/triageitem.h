#pragma once

#include "base/instant.h"
#include "content/triagestatus.h"

#include <QString>
#include <QStringList>

namespace redline {

// One item of the triage queue (docs/rules.md "Triage"): a post with findings or a verified user report,
// with where it stands.
struct TriageItem {
    enum class Source { Finding, Report };

    qint64 seq = 0;        // the post's or the report's ledger event
    QString id;            // its id: what a triage step names
    Source source = Source::Finding;
    QString subject;       // the creator's handle
    QString subjectName;
    Instant at = 0;        // when it entered the ledger's timeline
    QString code;          // the suggested violation code; empty when none
    TriageStatus status;
    QString post;          // the post shown: the item itself, or the post a report names (may be empty)
    QString title;         // the post's title
    QString text;          // the post's text
    QString reason;        // a report's reason
    QStringList categories; // its findings' categories, in the order first met
};

// The queue's counts for the dashboard.
struct TriageCounts {
    qint64 open = 0;
    qint64 claimed = 0;
    qint64 confirmed = 0;
    qint64 dismissed = 0;
    Instant oldestOpen = kNoInstant; // the oldest open item's instant; none when nothing is open
};

} // namespace redline
