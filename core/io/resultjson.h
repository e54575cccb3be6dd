#pragma once

#include "engine/subjectstate.h"
#include "policy/policy.h"
#include "scan/scanfinding.h"
#include "store/cachedstate.h"
#include "store/copy/storecopier.h"
#include "store/userrecord.h"
#include "query/whatifreport.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace redline {

struct CampaignOutcome;
struct CampaignSummary;

struct FindingRecord;
struct TriageCounts;
struct TriageItem;
struct HealthIndex;

struct NoticeRecord;

// The JSON shapes of redline-cli's results (DESIGN.md "redline-cli"); tools outside the project parse
// them, so keys keep the documented order and names. Each returns one line without the newline.
class ResultJson
{
public:
    // {"subject","kind","at","score","max","restrictions":[...],"sanctions":[{"id","from","until","violation"}]}
    static QByteArray score(const QString &handle, SubjectKind kind, const SubjectState &state);
    // {"subject","points":[{"at","score","cause","ref"}],"crossings":[{"at","threshold","direction"}]},
    // points and crossings with `at` in [from, to].
    static QByteArray history(const QString &handle, const Timeline &timeline, Instant from, Instant to);
    // {"subject","kind","name","score","max","band","restrictions","ladder_level","mcn","next_change"}
    static QByteArray listEntry(const CachedState &state);
    static QByteArray whatIf(const WhatIfReport &report);
    // {"findings":[{"category","rule","start","end","match"}]}
    static QByteArray scan(const QVector<ScanFinding> &findings);
    // {"from","to","tables":{"meta":N,"users":N,...}}: a copy's rows per table, in copy order.
    static QByteArray copy(const QString &from, const QString &to, const QVector<StoreCopier::TableCount> &counts);
    // `user list --json`: {"users":[{"name","role","since","password","disabled"}]}; never a hash.
    static QByteArray users(const QVector<UserRecord> &users);
    // `notices --json`: one notice, {"subject","template","language","ref","at","by","text"} (ref null when none).
    static QByteArray notice(const NoticeRecord &notice);
    // `findings --json`: one finding, {"subject","post","title","at","rule","category","start","end","match","code"}
    // (code null when none).
    static QByteArray finding(const FindingRecord &finding);
    // `health --json` (R-H1): {"subject","at","index","dimensions":{"quality","compliance","feedback"},
    // "indicators":{id:{"value","score","source"}},"effects":[...]}; the index and the scores to one
    // decimal, raw values as given; null where there is no value.
    static QByteArray health(const HealthIndex &index);
    // `triage --json`: one item, {"item","source","subject","at","code","state","by","since","violation","reason",
    // "report","post","title","categories":[...]}; null where there is none (docs/contracts.md).
    static QByteArray triageItem(const TriageItem &item);
    // {"open","claimed","confirmed","dismissed","oldest_open"} (oldest_open null when nothing is open).
    static QByteArray triageCounts(const TriageCounts &counts);
    // A campaign's preview, apply or undo (docs/contracts.md "campaign").
    static QByteArray campaignOutcome(const CampaignOutcome &outcome);
    // A campaign's report counts.
    static QByteArray campaignSummary(const CampaignSummary &summary);
};

} // namespace redline
