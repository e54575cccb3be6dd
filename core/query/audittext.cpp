#include "audittext.h"

#include "base/role.h"
#include "policy/policy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace redline {

namespace {

QString yuan(qint64 amount)
{
    return QStringLiteral("¥") + QLocale(QLocale::English).toString(amount);
}

// The points a violation charges: its own, else its code's default in the policy (R-L2).
int pointsOf(const QJsonObject &d, const Policy &policy)
{
    if (d.contains(QStringLiteral("points")))
        return d.value(QStringLiteral("points")).toInt();
    const QString code = d.value(QStringLiteral("code")).toString();
    for (const Scale &scale : policy.scales) {
        for (const ViolationCode &c : scale.codes) {
            if (c.id == code)
                return c.points;
        }
    }
    return 0;
}

QString describeDeposit(const QString &who, const QJsonObject &d)
{
    const QString amount = yuan(qint64(d.value(QStringLiteral("amount")).toDouble()));
    const QString mcn = d.value(QStringLiteral("subject")).toString();
    const QString action = d.value(QStringLiteral("action")).toString();
    if (action == QLatin1String("pay"))
        return AuditText::tr("%1 paid %2 into %3's deposit").arg(who, amount, mcn);
    if (action == QLatin1String("deduct"))
        return AuditText::tr("%1 deducted %2 from %3's deposit").arg(who, amount, mcn);
    return AuditText::tr("%1 refunded %2 of %3's deposit").arg(who, amount, mcn);
}

QString describeUser(const QString &who, const QJsonObject &d)
{
    const QString name = d.value(QStringLiteral("name")).toString();
    const QString role = Roles::labelOfId(d.value(QStringLiteral("role")).toString());
    const QString change = d.value(QStringLiteral("change")).toString();
    if (change == QLatin1String("add"))
        return d.value(QStringLiteral("password")).toBool()
                   ? AuditText::tr("%1 added user %2 as %3, with a password").arg(who, name, role)
                   : AuditText::tr("%1 added user %2 as %3").arg(who, name, role);
    if (change == QLatin1String("enable"))
        return AuditText::tr("%1 enabled user %2 (%3)").arg(who, name, role);
    if (d.value(QStringLiteral("action")).toString() == QLatin1String("disable"))
        return AuditText::tr("%1 disabled user %2 (%3)").arg(who, name, role);
    return AuditText::tr("%1 set user %2's role to %3").arg(who, name, role);
}

// One event written by one action (the detail holds the event's fields).
QString describeEvent(const QString &who, const QJsonObject &d, const Policy &policy)
{
    const QString type = d.value(QStringLiteral("type")).toString();
    const QString subject = d.value(QStringLiteral("subject")).toString();
    const QString id = d.value(QStringLiteral("id")).toString();
    const QString violation = d.value(QStringLiteral("violation")).toString();
    const QString action = d.value(QStringLiteral("action")).toString();
    if (type == QLatin1String("violation") && d.contains(QStringLiteral("triage_item")))
        return AuditText::tr("%1 recorded %2 (%3, −%4) on %5, confirming triage item %6")
            .arg(who, id, d.value(QStringLiteral("code")).toString())
            .arg(pointsOf(d, policy))
            .arg(subject, d.value(QStringLiteral("triage_item")).toString());
    if (type == QLatin1String("violation"))
        return AuditText::tr("%1 recorded %2 (%3, −%4) on %5")
            .arg(who, id, d.value(QStringLiteral("code")).toString())
            .arg(pointsOf(d, policy))
            .arg(subject);
    if (type == QLatin1String("decision")) {
        const QString appeal = d.value(QStringLiteral("appeal")).toString();
        return d.value(QStringLiteral("outcome")).toString() == QLatin1String("overturned")
                   ? AuditText::tr("%1 overturned appeal %2").arg(who, appeal)
                   : AuditText::tr("%1 upheld appeal %2").arg(who, appeal);
    }
    if (type == QLatin1String("appeal"))
        return AuditText::tr("%1 filed appeal %2 against %3 for %4").arg(who, id, violation, d.value(QStringLiteral("by")).toString());
    if (type == QLatin1String("retraction"))
        return AuditText::tr("%1 retracted violation %2 on %3").arg(who, violation, subject);
    if (type == QLatin1String("exam"))
        return AuditText::tr("%1 recorded a passed exam for %2").arg(who, subject);
    if (type == QLatin1String("deposit"))
        return describeDeposit(who, d);
    if (type == QLatin1String("certification"))
        return action == QLatin1String("grant") ? AuditText::tr("%1 granted %2 its certification").arg(who, subject)
                                                : AuditText::tr("%1 revoked %2's certification").arg(who, subject);
    if (type == QLatin1String("contract")) {
        const QString mcn = d.value(QStringLiteral("mcn")).toString();
        return action == QLatin1String("start") ? AuditText::tr("%1 started %2's contract with %3").arg(who, subject, mcn)
                                                : AuditText::tr("%1 ended %2's contract with %3").arg(who, subject, mcn);
    }
    if (type == QLatin1String("note"))
        return AuditText::tr("%1 added a note on %2").arg(who, subject);
    if (type == QLatin1String("ban"))
        return AuditText::tr("%1 banned brand %2").arg(who, subject);
    if (type == QLatin1String("metrics"))
        return AuditText::tr("%1 recorded content-health metrics for %2").arg(who, subject);
    if (type == QLatin1String("subject"))
        return AuditText::tr("%1 registered %2").arg(who, subject);
    if (type == QLatin1String("campaign"))
        return AuditText::tr("%1 started campaign %2").arg(who, id);
    if (type == QLatin1String("user"))
        return describeUser(who, d);
    if (type == QLatin1String("report"))
        return AuditText::tr("%1 recorded user report %2 on %3").arg(who, id, subject);
    if (type == QLatin1String("triage")) {
        const QString item = d.value(QStringLiteral("item")).toString();
        if (action == QLatin1String("claim"))
            return AuditText::tr("%1 claimed triage item %2 (%3)").arg(who, item, subject);
        if (action == QLatin1String("release"))
            return AuditText::tr("%1 released triage item %2 (%3)").arg(who, item, subject);
        return AuditText::tr("%1 dismissed triage item %2 (%3)").arg(who, item, subject);
    }
    if (type == QLatin1String("removal"))
        return action == QLatin1String("remove")
                   ? AuditText::tr("%1 removed post %2 (%3)").arg(who, d.value(QStringLiteral("post")).toString(), subject)
                   : AuditText::tr("%1 restored post %2 (%3)").arg(who, d.value(QStringLiteral("post")).toString(), subject);
    if (type == QLatin1String("notice"))
        return AuditText::tr("%1 sent notice %2 to %3").arg(who, d.value(QStringLiteral("template")).toString(), subject);
    return AuditText::tr("%1 recorded a %2 event").arg(who, type);
}

} // namespace

QString AuditText::describe(const AuditEntry &entry, const Policy &policy)
{
    if (entry.format < 2)
        return entry.detail;
    const QJsonObject d = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
    const QString &who = entry.actor;
    const int events = d.value(QStringLiteral("events")).toInt();
    if (entry.action == QLatin1String("init"))
        return tr("%1 created the store with policy %2 version %3")
            .arg(who, d.value(QStringLiteral("policy")).toString())
            .arg(d.value(QStringLiteral("version")).toInt());
    if (entry.action == QLatin1String("policy") || entry.action == QLatin1String("change_policy"))
        return tr("%1 replaced the policy with %2 version %3")
            .arg(who, d.value(QStringLiteral("policy")).toString())
            .arg(d.value(QStringLiteral("version")).toInt());
    if (entry.action == QLatin1String("policy_add"))
        return tr("%1 added policy version %2 (%3 version %4)")
            .arg(who, d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("policy")).toString())
            .arg(d.value(QStringLiteral("version")).toInt());
    if (entry.action == QLatin1String("policy_activate"))
        return (d.value(QStringLiteral("backdated")).toBool() ? tr("%1 activated policy version %2 from %3 (backdated)")
                                                              : tr("%1 activated policy version %2 from %3"))
            .arg(who, d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("effective_at")).toString());
    if (entry.action == QLatin1String("set_password"))
        return tr("%1 set the password of user %2").arg(who, d.value(QStringLiteral("user")).toString());
    if (entry.action == QLatin1String("import"))
        return tr("%1: import of %n event(s) from %2", nullptr, events).arg(who, d.value(QStringLiteral("source")).toString());
    if (entry.action == QLatin1String("generate"))
        return tr("%1: %n synthetic event(s) generated (seed %2)", nullptr, events)
            .arg(who, d.value(QStringLiteral("seed")).toString());
    if (entry.action == QLatin1String("start_campaign") && d.contains(QStringLiteral("campaign"))) {
        const QString campaign = d.value(QStringLiteral("campaign")).toString();
        if (d.contains(QStringLiteral("undoes")))
            return tr("%1 undid campaign %2 as %3: %n event(s) written", nullptr, events)
                .arg(who, d.value(QStringLiteral("undoes")).toString(), campaign);
        return tr("%1 applied campaign %2 \"%3\": %n event(s) written", nullptr, events)
            .arg(who, campaign, d.value(QStringLiteral("name")).toString());
    }
    const int notices = d.value(QStringLiteral("notices")).toInt();
    if (events - notices == 1 && d.contains(QStringLiteral("type"))) {
        const QString sentence = describeEvent(who, d, policy);
        // The notices an action sends are part of it (core/notice).
        return notices > 0 ? tr("%1; %n notice(s) sent", nullptr, notices).arg(sentence) : sentence;
    }
    return tr("%1: %n event(s) written (%2)", nullptr, events).arg(who, entry.action);
}

} // namespace redline
