#include "campaignspec.h"

#include "base/eventvocabulary.h"

#include <QJsonArray>

namespace redline {

namespace {

const char *const kActionIds[] = {"revoke_certification", "remove_posts", "ban", "violation", "note"};

const char *const kTriageStates[] = {"open", "claimed", "confirmed", "dismissed"};

} // namespace

QString CampaignAction::typeId(Type type)
{
    return QString::fromLatin1(kActionIds[int(type)]);
}

std::optional<CampaignAction::Type> CampaignAction::typeFromId(const QString &id)
{
    for (int i = 0; i < int(std::size(kActionIds)); ++i) {
        if (id == QLatin1String(kActionIds[i]))
            return Type(i);
    }
    return std::nullopt;
}

QJsonObject CampaignSpec::toJson() const
{
    const CampaignSelection &s = select;
    QJsonObject sel{{QStringLiteral("kind"), s.selectsPosts() ? QStringLiteral("post") : subjectKindName(s.kind)}};
    const auto text = [&sel](const char *key, const QString &value) {
        if (!value.isEmpty())
            sel.insert(QLatin1String(key), value);
    };
    const auto list = [&sel](const char *key, const QStringList &values) {
        if (!values.isEmpty())
            sel.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    };
    const auto instant = [&sel](const char *key, Instant at) {
        if (at != kNoInstant)
            sel.insert(QLatin1String(key), formatInstant(at));
    };
    const auto number = [&sel](const char *key, const std::optional<int> &value) {
        if (value)
            sel.insert(QLatin1String(key), *value);
    };
    list("handles", s.handles);
    list("posts", s.posts);
    text("category", s.category);
    text("creator_category", s.creatorCategory);
    text("topic", s.topic);
    text("company", s.company);
    text("region", s.region);
    if (s.certified)
        sel.insert(QStringLiteral("certified"), *s.certified);
    instant("registered_from", s.registeredFrom);
    instant("registered_to", s.registeredTo);
    instant("posted_from", s.postedFrom);
    instant("posted_to", s.postedTo);
    list("findings", s.findings);
    if (s.triageState)
        sel.insert(QStringLiteral("triage"), QLatin1String(kTriageStates[*s.triageState]));
    text("search", s.search);
    number("min_score", s.minScore);
    number("max_score", s.maxScore);
    text("restriction", s.restriction);
    number("band", s.band);
    text("mcn", s.mcn);

    QJsonArray acts;
    for (const CampaignAction &a : actions) {
        QJsonObject o{{QStringLiteral("type"), CampaignAction::typeId(a.type)}};
        if (a.type == CampaignAction::Type::Violation) {
            o.insert(QStringLiteral("code"), a.code);
            if (a.points >= 0)
                o.insert(QStringLiteral("points"), a.points);
            if (!a.severity.isEmpty())
                o.insert(QStringLiteral("severity"), a.severity);
            if (!a.source.isEmpty())
                o.insert(QStringLiteral("source"), a.source);
            if (!a.text.isEmpty())
                o.insert(QStringLiteral("evidence"), a.text);
        } else if (a.type == CampaignAction::Type::Note) {
            o.insert(QStringLiteral("text"), a.text);
        }
        acts.append(o);
    }
    QJsonObject out;
    if (!id.isEmpty())
        out.insert(QStringLiteral("id"), id);
    out.insert(QStringLiteral("name"), name);
    out.insert(QStringLiteral("reason"), reason);
    if (at != 0)
        out.insert(QStringLiteral("at"), formatInstant(at));
    out.insert(QStringLiteral("select"), sel);
    out.insert(QStringLiteral("actions"), acts);
    return out;
}

} // namespace redline
