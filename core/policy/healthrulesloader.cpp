#include "healthrulesloader.h"

#include "policy/jsonreader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace redline {

namespace {

HealthIndicatorRule readIndicator(const JsonReader &r, QSet<QString> *seen)
{
    HealthIndicatorRule rule;
    if (!r.expectObject({"id", "good", "bad"}))
        return rule;
    const JsonReader id = r.field("id");
    rule.id = id.toString();
    if (!r.failed() && !HealthRules::indicatorIds().contains(rule.id))
        id.fail(HealthRulesLoader::tr("unknown indicator '%1' (one of %2)")
                    .arg(rule.id, HealthRules::indicatorIds().join(QLatin1String(", "))));
    else if (!r.failed() && seen->contains(rule.id))
        id.fail(HealthRulesLoader::tr("indicator '%1' is listed twice").arg(rule.id));
    seen->insert(rule.id);
    rule.good = r.field("good").toNumber();
    rule.bad = r.field("bad").toNumber();
    if (!r.failed() && rule.good == rule.bad)
        r.field("bad").fail(HealthRulesLoader::tr("must differ from good"));
    return rule;
}

HealthDimensionRule readDimension(const JsonReader &r, const QString &expectedId, QSet<QString> *seen)
{
    HealthDimensionRule rule;
    if (!r.expectObject({"id", "weight", "indicators"}))
        return rule;
    const JsonReader id = r.field("id");
    rule.id = id.toString();
    if (!r.failed() && rule.id != expectedId)
        id.fail(HealthRulesLoader::tr("expected '%1' (the dimensions are %2, in this order)")
                    .arg(expectedId, HealthRules::dimensionIds().join(QLatin1String(", "))));
    rule.weight = r.field("weight").toPositiveInt();
    const QVector<JsonReader> indicators = r.field("indicators").nonEmptyElements();
    for (const JsonReader &indicator : indicators)
        rule.indicators.append(readIndicator(indicator, seen));
    return rule;
}

QVector<HealthDimensionRule> readDimensions(const JsonReader &r)
{
    QVector<HealthDimensionRule> dimensions;
    const QVector<JsonReader> elements = r.nonEmptyElements();
    const QStringList &ids = HealthRules::dimensionIds();
    if (!r.failed() && elements.size() != ids.size()) {
        r.fail(HealthRulesLoader::tr("expected %1 dimensions (%2)").arg(ids.size()).arg(ids.join(QLatin1String(", "))));
        return dimensions;
    }
    QSet<QString> seen;
    int weights = 0;
    for (int i = 0; i < elements.size(); ++i) {
        dimensions.append(readDimension(elements.at(i), ids.at(i), &seen));
        weights += dimensions.last().weight;
    }
    if (!r.failed() && weights != 100)
        r.fail(HealthRulesLoader::tr("the weights add up to %1, not 100").arg(weights));
    return dimensions;
}

HealthEffectRule readEffect(const JsonReader &r, const QSet<QString> &restrictionIds)
{
    HealthEffectRule rule;
    if (!r.expectObject({"at_or_above", "below", "restrictions"}))
        return rule;
    const JsonReader atOrAbove = r.field("at_or_above");
    const JsonReader below = r.field("below");
    if (atOrAbove.isMissing() == below.isMissing()) {
        r.fail(HealthRulesLoader::tr("give exactly one of at_or_above and below"));
        return rule;
    }
    const JsonReader &bound = atOrAbove.isMissing() ? below : atOrAbove;
    const double value = bound.toNumber();
    if (!r.failed() && (value < 0 || value > 100))
        bound.fail(HealthRulesLoader::tr("must be within 0..100"));
    (atOrAbove.isMissing() ? rule.below : rule.atOrAbove) = value;
    for (const JsonReader &id : r.field("restrictions").nonEmptyElements()) {
        rule.restrictions.append(id.toString());
        if (!r.failed() && !restrictionIds.contains(rule.restrictions.last()))
            id.fail(HealthRulesLoader::tr("unknown restriction id '%1'").arg(rule.restrictions.last()));
    }
    return rule;
}

// "HH:MM" -> minutes after midnight.
int readClock(const JsonReader &r)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const QString text = r.toString();
    const QRegularExpressionMatch match = pattern.match(text);
    if (!r.failed() && !match.hasMatch()) {
        r.fail(HealthRulesLoader::tr("'%1' is not a time of day HH:MM").arg(text));
        return 0;
    }
    return match.captured(1).toInt() * 60 + match.captured(2).toInt();
}

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

HealthRules HealthRulesLoader::read(const JsonReader &r, const QSet<QString> &restrictionIds)
{
    HealthRules rules;
    if (!r.expectObject({"dimensions", "effects", "reports_window_days", "unqualified_topic_restriction",
                         "time_zone", "teen_quiet_from", "teen_quiet_until"}))
        return rules;
    rules.dimensions = readDimensions(r.field("dimensions"));
    for (const JsonReader &effect : r.field("effects").elements())
        rules.effects.append(readEffect(effect, restrictionIds));
    rules.reportsWindowDays = r.field("reports_window_days").toPositiveInt();
    const JsonReader topic = r.field("unqualified_topic_restriction");
    rules.unqualifiedTopicRestriction = topic.toString();
    if (!r.failed() && !restrictionIds.contains(rules.unqualifiedTopicRestriction))
        topic.fail(tr("unknown restriction id '%1'").arg(rules.unqualifiedTopicRestriction));
    const JsonReader zone = r.field("time_zone");
    rules.timeZone = zone.toString();
    if (!r.failed() && !QTimeZone(rules.timeZone.toUtf8()).isValid())
        zone.fail(tr("'%1' is not a time zone this system knows (an IANA id such as Asia/Shanghai)").arg(rules.timeZone));
    rules.teenQuietFromMinute = readClock(r.field("teen_quiet_from"));
    rules.teenQuietUntilMinute = readClock(r.field("teen_quiet_until"));
    if (!r.failed() && rules.teenQuietFromMinute == rules.teenQuietUntilMinute)
        r.field("teen_quiet_until").fail(tr("must differ from teen_quiet_from"));
    return rules;
}

QJsonObject HealthRulesLoader::write(const HealthRules &rules)
{
    QJsonArray dimensions;
    for (const HealthDimensionRule &dimension : rules.dimensions) {
        QJsonArray indicators;
        for (const HealthIndicatorRule &indicator : dimension.indicators)
            indicators.append(QJsonObject{{"id", indicator.id}, {"good", indicator.good}, {"bad", indicator.bad}});
        dimensions.append(QJsonObject{{"id", dimension.id}, {"weight", dimension.weight}, {"indicators", indicators}});
    }
    QJsonArray effects;
    for (const HealthEffectRule &effect : rules.effects) {
        QJsonObject object{{"restrictions", QJsonArray::fromStringList(effect.restrictions)}};
        if (effect.atOrAbove)
            object.insert("at_or_above", *effect.atOrAbove);
        if (effect.below)
            object.insert("below", *effect.below);
        effects.append(object);
    }
    return {{"dimensions", dimensions},
            {"effects", effects},
            {"reports_window_days", rules.reportsWindowDays},
            {"unqualified_topic_restriction", rules.unqualifiedTopicRestriction},
            {"time_zone", rules.timeZone},
            {"teen_quiet_from", clockText(rules.teenQuietFromMinute)},
            {"teen_quiet_until", clockText(rules.teenQuietUntilMinute)}};
}

} // namespace redline
