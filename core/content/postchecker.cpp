#include "postchecker.h"

#include "scan/textscanner.h"

#include <QDateTime>

namespace redline {

PostChecker::PostChecker(const HealthRules &rules, const TextScanner &scanner)
    : m_rules(rules)
    , m_scanner(scanner)
    , m_zone(rules.timeZone.toUtf8())
{
}

QString PostChecker::suggestedCode(const QString &category)
{
    if (category == QLatin1String("diversion"))
        return QStringLiteral("creator.diversion");
    if (category == QLatin1String("absolute_claim"))
        return QStringLiteral("creator.absolute_claim");
    if (category == QLatin1String("false_promise"))
        return QStringLiteral("creator.false_promise");
    if (category == QLatin1String("medical_claim"))
        return QStringLiteral("creator.unlicensed_medical");
    if (category == QLatin1String("sensitive"))
        return QStringLiteral("creator.sensitive_content");
    return QString();
}

QVector<PostFinding> PostChecker::check(const PostFacts &post) const
{
    return scanFindings(post.text) + accountFindings(post);
}

QVector<PostFinding> PostChecker::scanFindings(const QString &text) const
{
    QVector<PostFinding> out;
    for (const ScanFinding &f : m_scanner.scan(text))
        out.append({f.rule, f.category, f.start, f.end, f.match, suggestedCode(f.category)});
    return out;
}

bool PostChecker::inTeenQuietHours(Instant at) const
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toTimeZone(m_zone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    const int from = m_rules.teenQuietFromMinute;
    const int until = m_rules.teenQuietUntilMinute;
    return from < until ? (minute >= from && minute < until) : (minute >= from || minute < until);
}

// R-H1: a note on a regulated topic needs its creator's qualification for that domain in force when it is
// published; teen-mode accounts publish nothing in the quiet hours (POLICY.md 5).
QVector<PostFinding> PostChecker::accountFindings(const PostFacts &post) const
{
    QVector<PostFinding> out;
    if (!post.topic.isEmpty() && !post.qualifiedDomains.contains(post.topic)) {
        const bool medical = post.topic == QLatin1String("medical");
        out.append({QStringLiteral("unqualified_") + post.topic, regulatedCategory(), 0, 0, post.topic,
                    medical ? QStringLiteral("creator.unlicensed_medical") : QStringLiteral("creator.false_promise")});
    }
    if (post.teenMode && inTeenQuietHours(post.at)) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(post.at, QTimeZone::utc()).toTimeZone(m_zone);
        out.append({QStringLiteral("teen_quiet_hours"), QStringLiteral("teen_mode"), 0, 0,
                    local.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + m_rules.timeZone, QString()});
    }
    return out;
}

} // namespace redline
