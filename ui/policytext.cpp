#include "policytext.h"

#include "engine/certificationchecklist.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace redline {

QString PolicyText::kindName(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Mcn: return tr("MCN");
    case SubjectKind::Brand: return tr("Brand");
    case SubjectKind::Creator: return tr("Creator");
    }
    return QString();
}

QString PolicyText::kindPlural(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Mcn: return tr("MCNs");
    case SubjectKind::Brand: return tr("Brands");
    case SubjectKind::Creator: return tr("Creators");
    }
    return QString();
}

QString PolicyText::scaleName(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Mcn: return tr("Health score");
    case SubjectKind::Brand: return tr("Violation points");
    case SubjectKind::Creator: return tr("Credit score");
    }
    return QString();
}

QString PolicyText::scaleShortName(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Mcn: return tr("Health");
    case SubjectKind::Brand: return tr("Points");
    case SubjectKind::Creator: return tr("Credit");
    }
    return QString();
}

QString PolicyText::restrictionLabel(const Policy &policy, const QString &id)
{
    const QString english = policy.restrictionLabels.value(id);
    if (english.isEmpty())
        return id;
    // The labels are policy data; translations are keyed by the English text in the "Policy" context.
    return QCoreApplication::translate("Policy", english.toUtf8().constData());
}

QString PolicyText::restrictionList(const Policy &policy, const QStringList &ids)
{
    QStringList labels;
    for (const QString &id : ids)
        labels << restrictionLabel(policy, id);
    return labels.join(QLatin1String(", "));
}

QStringList PolicyText::restrictionsOf(const Policy &policy, SubjectKind kind)
{
    const Scale &scale = policy.scale(kind);
    QSet<QString> ids;
    for (const RestrictionBand &band : scale.bands)
        for (const QString &id : band.ids)
            ids.insert(id);
    for (const ViolationCode &code : scale.codes)
        for (const CodeSanction &s : code.sanctions)
            ids.insert(s.sanction.id);
    if (scale.ladder)
        for (const LadderLevel &level : scale.ladder->levels)
            for (const SanctionRule &s : level.sanctions)
                ids.insert(s.id);
    if (scale.suspension)
        ids.insert(scale.suspension->sanction.id);
    if (scale.removal)
        ids.insert(scale.removal->restriction);
    if (scale.historyWeight)
        ids.insert(scale.historyWeight->restriction);
    if (kind == SubjectKind::Mcn) {
        ids.insert(policy.transition.withdrawalRestriction);
        ids.insert(policy.transition.commercialRestriction);
    }
    if (kind == SubjectKind::Creator)
        ids.insert(policy.protection.creatorRestriction);
    if (kind == SubjectKind::Brand)
        ids.insert(QStringLiteral("banned")); // R-B2 special-governance ban
    ids.remove(QString());
    QStringList list(ids.begin(), ids.end());
    std::sort(list.begin(), list.end(), [&policy](const QString &a, const QString &b) {
        return restrictionLabel(policy, a).localeAwareCompare(restrictionLabel(policy, b)) < 0;
    });
    return list;
}

QString PolicyText::codeDescription(const Policy &policy, SubjectKind kind, const QString &code)
{
    const Scale &scale = policy.scale(kind);
    const int index = scale.codeIndex(code);
    if (index < 0)
        return code;
    return QCoreApplication::translate("Policy", scale.codes.at(index).description.toUtf8().constData());
}

QString PolicyText::bandLabel(const std::optional<int> &band)
{
    return band ? tr("below %1").arg(*band) : tr("good standing");
}

int PolicyText::bandRank(const Scale &scale, const std::optional<int> &band)
{
    if (!band)
        return 0;
    int rank = 0;
    for (const RestrictionBand &b : scale.bands) {
        if (b.below >= *band)
            ++rank;
    }
    return rank;
}

QColor PolicyText::standingColor(const Scale &scale, int score, const std::optional<int> &band,
                                 bool permanentlyBarred)
{
    static const QColor ramp[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x9e, 0x9d, 0x24), QColor(0xf9, 0xa8, 0x25),
                                  QColor(0xef, 0x6c, 0x00), QColor(0xd8, 0x43, 0x15), QColor(0xc6, 0x28, 0x28),
                                  QColor(0x8e, 0x00, 0x00), QColor(0x4a, 0x14, 0x8c)};
    constexpr int steps = int(sizeof(ramp) / sizeof(ramp[0]));
    if (permanentlyBarred)
        return ramp[steps - 1];
    double severity = 0; // 0 = best, 1 = worst
    if (!scale.bands.isEmpty()) {
        severity = double(bandRank(scale, band)) / double(scale.bands.size());
    } else if (scale.max > scale.min) {
        severity = double(scale.max - score) / double(scale.max - scale.min);
        severity = std::min(1.0, severity * 2.0); // no bands: a half-empty scale already reads as red
    }
    const int index = std::clamp(int(severity * (steps - 2) + 0.5), 0, steps - 2);
    return ramp[index];
}

QString PolicyText::formatDate(Instant at)
{
    if (at == kNoInstant)
        return QString();
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QString PolicyText::formatDateTime(Instant at)
{
    if (at == kNoInstant)
        return QString();
    const QDateTime t = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    if (t.time() == QTime(0, 0))
        return t.toString(QStringLiteral("yyyy-MM-dd"));
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString PolicyText::formatUntil(Instant until)
{
    return until == kNoInstant ? tr("permanent") : formatDateTime(until);
}

QString PolicyText::durationText(Instant from, Instant until)
{
    if (until == kNoInstant)
        return tr("permanent");
    const qint64 seconds = until - from;
    if (seconds % kSecondsPerDay == 0)
        return tr("%n day(s)", nullptr, int(seconds / kSecondsPerDay));
    return tr("%1 days").arg(double(seconds) / double(kSecondsPerDay), 0, 'f', 1);
}

QString PolicyText::money(qint64 yuan)
{
    return tr("¥%1").arg(groupedNumber(yuan));
}

QString PolicyText::groupedNumber(qint64 value)
{
    // The C locale omits group separators by default; a console of large counts wants them.
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value);
}

QString PolicyText::eventTypeLabel(EventType type)
{
    switch (type) {
    case EventType::Subject: return tr("Registered");
    case EventType::Violation: return tr("Violation");
    case EventType::Appeal: return tr("Appeal filed");
    case EventType::Decision: return tr("Appeal decided");
    case EventType::Retraction: return tr("Violation retracted");
    case EventType::Exam: return tr("Community-norms exam");
    case EventType::Deposit: return tr("Deposit");
    case EventType::Certification: return tr("Certification");
    case EventType::Contract: return tr("Contract");
    case EventType::Metrics: return tr("Metrics snapshot");
    case EventType::Note: return tr("Case note");
    case EventType::Ban: return tr("Ban");
    case EventType::Campaign: return tr("Campaign");
    case EventType::User: return tr("User");
    case EventType::Notice: return tr("Notice sent");
    case EventType::Post: return tr("Post");
    case EventType::Qualification: return tr("Qualification");
    case EventType::Report: return tr("User report");
    case EventType::Triage: return tr("Triage step");
    case EventType::Removal: return tr("Post removal");
    }
    return QString();
}

QString PolicyText::findingCategoryLabel(const QString &category)
{
    if (category == QLatin1String("diversion"))
        return tr("diversion (导流)");
    if (category == QLatin1String("absolute_claim"))
        return tr("absolute claim");
    if (category == QLatin1String("false_promise"))
        return tr("false promise");
    if (category == QLatin1String("medical_claim"))
        return tr("medical claim");
    if (category == QLatin1String("sensitive"))
        return tr("sensitive content");
    if (category == QLatin1String("regulated_topic"))
        return tr("regulated topic without qualification");
    if (category == QLatin1String("teen_mode"))
        return tr("teen mode, quiet hours");
    return category;
}

QString PolicyText::triageStateLabel(const TriageStatus &status)
{
    switch (status.state) {
    case TriageStatus::State::Open:
        return status.lapsed ? tr("Open (claim lapsed, was %1's)").arg(status.by) : tr("Open");
    case TriageStatus::State::Claimed: return tr("Claimed by %1").arg(status.by);
    case TriageStatus::State::Confirmed: return tr("Confirmed (%1)").arg(status.violation);
    case TriageStatus::State::Dismissed: return tr("Dismissed");
    }
    return QString();
}

QString PolicyText::healthDimensionLabel(const QString &dimension)
{
    if (dimension == QLatin1String("quality"))
        return tr("quality");
    if (dimension == QLatin1String("compliance"))
        return tr("compliance");
    if (dimension == QLatin1String("feedback"))
        return tr("feedback");
    return dimension;
}

QString PolicyText::topicLabel(const QString &topic)
{
    if (topic == QLatin1String("medical"))
        return tr("medical");
    if (topic == QLatin1String("education"))
        return tr("education");
    return topic;
}

QString PolicyText::pointCauseLabel(PointCause cause)
{
    switch (cause) {
    case PointCause::Initial: return tr("Initial score");
    case PointCause::Violation: return tr("Violation");
    case PointCause::Recovery: return tr("Recovery step");
    case PointCause::Overturn: return tr("Overturn gives points back");
    case PointCause::Retraction: return tr("Retraction gives points back");
    case PointCause::Exam: return tr("Exam passed");
    case PointCause::Reset: return tr("Reset after suspension served");
    case PointCause::PolicyChange: return tr("Clamped to the range of a new policy version");
    }
    return QString();
}

QString PolicyText::sourceLabel(const QString &source)
{
    if (source == QLatin1String("algorithm"))
        return tr("Algorithm");
    if (source == QLatin1String("human_review"))
        return tr("Human review");
    if (source == QLatin1String("user_report"))
        return tr("User report");
    return source;
}

QString PolicyText::severityLabel(const QString &severity)
{
    if (severity == QLatin1String("severe"))
        return tr("Severe");
    if (severity == QLatin1String("normal"))
        return tr("Normal");
    return severity;
}

QString PolicyText::attributeName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("company"), QT_TR_NOOP("Company type")},
        {QStringLiteral("registered_mcn"), QT_TR_NOOP("Registered MCN")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("followers"), QT_TR_NOOP("Followers")},
        {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
        {QStringLiteral("teen_mode"), QT_TR_NOOP("Teen mode")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : tr(it.value());
}

QString PolicyText::attributeValue(const QString &key, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble())
        return groupedNumber(qint64(value.toDouble()));
    const QString text = value.toVariant().toString();
    if (key == QLatin1String("region"))
        return CertificationChecklist::regionText(text);
    if (key == QLatin1String("company"))
        return CertificationChecklist::companyText(text);
    // Creator and brand categories of the platform (the generator's and the import examples').
    static const QHash<QString, const char *> categories{
        {QStringLiteral("beauty"), QT_TR_NOOP("Beauty")},
        {QStringLiteral("fashion"), QT_TR_NOOP("Fashion")},
        {QStringLiteral("food"), QT_TR_NOOP("Food")},
        {QStringLiteral("travel"), QT_TR_NOOP("Travel")},
        {QStringLiteral("medical_aesthetics"), QT_TR_NOOP("Medical aesthetics")},
        {QStringLiteral("education"), QT_TR_NOOP("Education")},
        {QStringLiteral("parenting"), QT_TR_NOOP("Parenting")},
        {QStringLiteral("tech"), QT_TR_NOOP("Tech")},
        {QStringLiteral("cosmetics"), QT_TR_NOOP("Cosmetics")},
        {QStringLiteral("skincare"), QT_TR_NOOP("Skincare")},
        {QStringLiteral("apparel"), QT_TR_NOOP("Apparel")},
        {QStringLiteral("electronics"), QT_TR_NOOP("Electronics")},
        {QStringLiteral("home"), QT_TR_NOOP("Home")},
        {QStringLiteral("mother_baby"), QT_TR_NOOP("Mother and baby")},
        {QStringLiteral("health"), QT_TR_NOOP("Health")},
    };
    if (key == QLatin1String("category")) {
        const auto it = categories.constFind(text);
        if (it != categories.constEnd())
            return tr(it.value());
    }
    return text;
}

QString PolicyText::attributesText(const QByteArray &attrsJson)
{
    const QJsonObject object = QJsonDocument::fromJson(attrsJson).object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it)
        parts << tr("%1: %2", "attribute: value").arg(attributeName(it.key()), attributeValue(it.key(), it.value()));
    return parts.join(tr(", "));
}

QString PolicyText::ledgerActionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("pay"), QT_TR_NOOP("Payment")},
        {QStringLiteral("deduct"), QT_TR_NOOP("Deduction (liquidated damages)")},
        {QStringLiteral("refund"), QT_TR_NOOP("Refund")},
        {QStringLiteral("grant"), QT_TR_NOOP("Granted")},
        {QStringLiteral("revoke"), QT_TR_NOOP("Revoked")},
        {QStringLiteral("start"), QT_TR_NOOP("Contract started")},
        {QStringLiteral("end"), QT_TR_NOOP("Contract ended")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

} // namespace redline
