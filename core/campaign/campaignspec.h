#pragma once

#include "base/instant.h"
#include "policy/policy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace redline {

// Which subjects or posts a campaign acts on (R-S3, docs/contracts.md "Campaign specs"). Every criterion
// given must hold; an explicit list is still filtered by the others.
struct CampaignSelection {
    enum class Target { Subjects, Posts };
    Target target = Target::Subjects;
    SubjectKind kind = SubjectKind::Creator;   // the subjects' kind; posts are creators'
    QStringList handles;                       // explicit subjects (pasted or from a file); empty = any
    QStringList posts;                         // explicit post ids; empty = any
    QString category;                          // a subject's attrs.category (creators, brands); a post's category
    QString creatorCategory;                   // posts: their creator's attrs.category
    QString topic;                             // posts: medical | education
    QString company;                           // MCNs: attrs.company (limited, sole_proprietorship...)
    QString region;                            // MCNs: attrs.region
    std::optional<bool> certified;             // MCNs: a certification in force now (R-M4)
    Instant registeredFrom = kNoInstant;       // subjects registered in [from, to)
    Instant registeredTo = kNoInstant;
    Instant postedFrom = kNoInstant;           // posts published in [from, to)
    Instant postedTo = kNoInstant;
    QStringList findings;                      // only subjects or posts with a finding of one of these categories
    std::optional<int> triageState;            // posts: items in this state (TriageState's values)
    // The console list's own filter, so "Act on all N shown" selects what the list shows (SubjectListSpec).
    QString search;
    std::optional<int> minScore;
    std::optional<int> maxScore;
    QString restriction;
    std::optional<int> band;                   // a band's `below`, or -1 for none
    QString mcn;                               // creators contracted to this MCN now

    bool selectsPosts() const { return target == Target::Posts; }
};

// One thing a campaign does to every selected target.
struct CampaignAction {
    enum class Type { RevokeCertification, RemovePosts, Ban, Violation, Note };
    Type type = Type::Note;
    QString code;            // Violation
    int points = -1;         // Violation: -1 = the code's default (R-L2)
    QString severity;        // Violation: normal | severe
    QString source;          // Violation: algorithm | human_review | user_report
    QString text;            // Violation: the evidence template; Note: its text; ({handle} {name} {posts} {campaign})

    static QString typeId(Type type);
    static std::optional<Type> typeFromId(const QString &id);
    // Whether the action applies to posts (RemovePosts) rather than to subjects.
    bool actsOnPosts() const { return type == Type::RemovePosts; }
};

// A named, reasoned bulk action over a selection (R-S3): what `campaign preview` and `campaign apply` read
// from a JSON file and the console's wizard writes. The JSON form is documented in docs/contracts.md.
struct CampaignSpec {
    QString id;              // empty: minted on apply (c-YYYYMMDD-N)
    QString name;
    QString reason;
    Instant at = 0;          // 0: now
    CampaignSelection select;
    QVector<CampaignAction> actions;

    // The spec as the loader reads it (CampaignSpecLoader), with only the criteria given.
    QJsonObject toJson() const;
};

} // namespace redline
