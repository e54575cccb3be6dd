#pragma once

#include "base/instant.h"
#include "engine/subjectstate.h"
#include "content/triagestatus.h"
#include "policy/policy.h"
#include "base/storedevent.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonValue;

namespace redline {

// How the console words and colours what the policy defines: kinds, scales, bands, restriction ids,
// violation codes, instants. Everything comes from the policy in force, nothing is a constant here.
class PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(PolicyText)
public:
    static QString kindName(SubjectKind kind);
    static QString kindPlural(SubjectKind kind);
    static QString scaleName(SubjectKind kind);
    static QString scaleShortName(SubjectKind kind); // a table header: "Health", "Points", "Credit"
    static QString restrictionLabel(const Policy &policy, const QString &id);
    static QString restrictionList(const Policy &policy, const QStringList &ids);
    // Every restriction id a subject of this kind can carry under the policy, sorted by label.
    static QStringList restrictionsOf(const Policy &policy, SubjectKind kind);
    static QString codeDescription(const Policy &policy, SubjectKind kind, const QString &code);
    // "below 70", or "in good standing" without a band.
    static QString bandLabel(const std::optional<int> &band);
    // The band's rank from the top (0: no band, 1: the mildest band, ...) and the count of bands.
    static int bandRank(const Scale &scale, const std::optional<int> &band);
    // A colour from green (no band / full score) to dark red (the lowest band / no score), for chips.
    static QColor standingColor(const Scale &scale, int score, const std::optional<int> &band,
                                bool permanentlyBarred = false);
    static QString formatDate(Instant at);
    static QString formatDateTime(Instant at);
    static QString formatUntil(Instant until); // "permanent" for kNoInstant
    static QString durationText(Instant from, Instant until);
    static QString money(qint64 yuan);
    static QString groupedNumber(qint64 value);
    static QString eventTypeLabel(EventType type);
    // A regulated topic or qualification domain (R-H1): medical, education.
    // A finding's category (R-S1, R-H1), and where a triage item stands.
    static QString findingCategoryLabel(const QString &category);
    static QString triageStateLabel(const TriageStatus &status);
    static QString topicLabel(const QString &topic);
    // A content-health dimension (R-H1): quality, compliance, feedback.
    static QString healthDimensionLabel(const QString &dimension);
    static QString pointCauseLabel(PointCause cause);
    // Raw ids of the ledger, shown translated (an unknown id is shown as it is): a violation's source
    // (algorithm, human_review, user_report) and severity; a subject attribute's name and value (company
    // types, regions, yes/no); a deposit, certification or contract action.
    static QString sourceLabel(const QString &source);
    static QString severityLabel(const QString &severity);
    static QString attributeName(const QString &key);
    static QString attributeValue(const QString &key, const QJsonValue &value);
    static QString attributesText(const QByteArray &attrsJson);
    static QString ledgerActionLabel(const QString &action);
};

} // namespace redline
