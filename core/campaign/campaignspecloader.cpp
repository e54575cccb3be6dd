#include "campaignspecloader.h"

#include "base/eventvocabulary.h"
#include "base/identity.h"
#include "policy/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace redline {

namespace {

constexpr int kMaxName = 200;
constexpr int kMaxText = 8000;

const QStringList &triageStates()
{
    static const QStringList words{QStringLiteral("open"), QStringLiteral("claimed"), QStringLiteral("confirmed"),
                                   QStringLiteral("dismissed")};
    return words;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString optionalString(const JsonReader &r)
{
    return r.isMissing() ? QString() : r.toString();
}

std::optional<Instant> readInstant(const JsonReader &r)
{
    if (r.isMissing())
        return kNoInstant;
    const std::optional<Instant> at = parseInstant(r.toString());
    if (!at && !r.failed())
        r.fail(CampaignSpecLoader::tr("%1 is not an instant (YYYY-MM-DD or ISO 8601 UTC)").arg(quoted(r.toString())));
    return at;
}

QStringList readStrings(const JsonReader &r)
{
    QStringList out;
    if (r.isMissing())
        return out;
    for (const JsonReader &element : r.elements()) {
        const QString text = element.toString().trimmed();
        if (text.isEmpty() && !element.failed())
            element.fail(CampaignSpecLoader::tr("must not be empty"));
        out.append(text);
    }
    return out;
}

QString readWord(const JsonReader &r, const QStringList &words)
{
    if (r.isMissing())
        return QString();
    const QString word = optionalString(r);
    if (!r.failed() && !words.contains(word))
        r.fail(CampaignSpecLoader::tr("%1 is not one of %2").arg(quoted(word), words.join(QLatin1String(", "))));
    return word;
}

// The criteria only one kind of selection has: given for another, they are refused rather than ignored.
bool fitsKind(const JsonReader &select, const QString &key, const QStringList &kinds, const QString &kind)
{
    if (select.field(key).isMissing() || kinds.contains(kind))
        return true;
    select.field(key).fail(CampaignSpecLoader::tr("only a selection of %1 has this criterion").arg(kinds.join(QLatin1String(", "))));
    return false;
}

void readSelection(const JsonReader &r, CampaignSelection *s)
{
    static const QStringList keys{
        QStringLiteral("kind"), QStringLiteral("handles"), QStringLiteral("posts"), QStringLiteral("category"),
        QStringLiteral("creator_category"), QStringLiteral("topic"), QStringLiteral("company"), QStringLiteral("region"),
        QStringLiteral("certified"), QStringLiteral("registered_from"), QStringLiteral("registered_to"),
        QStringLiteral("posted_from"), QStringLiteral("posted_to"), QStringLiteral("findings"), QStringLiteral("triage"),
        QStringLiteral("search"), QStringLiteral("min_score"), QStringLiteral("max_score"), QStringLiteral("restriction"),
        QStringLiteral("band"), QStringLiteral("mcn")};
    if (!r.expectObject(keys))
        return;
    const JsonReader kindField = r.field(QStringLiteral("kind"));
    if (kindField.isMissing()) {
        kindField.fail(CampaignSpecLoader::tr("missing (mcn, brand, creator or post)"));
        return;
    }
    const QString kind = readWord(kindField, {QStringLiteral("mcn"), QStringLiteral("brand"), QStringLiteral("creator"),
                                              QStringLiteral("post")});
    if (r.failed())
        return;
    s->target = kind == QLatin1String("post") ? CampaignSelection::Target::Posts : CampaignSelection::Target::Subjects;
    s->kind = s->selectsPosts() ? SubjectKind::Creator : *subjectKindFromName(kind);
    const QStringList subjects{QStringLiteral("mcn"), QStringLiteral("brand"), QStringLiteral("creator")};
    const QStringList posts{QStringLiteral("post")};
    const QStringList mcn{QStringLiteral("mcn")};
    for (const QString &key : {QStringLiteral("posts"), QStringLiteral("creator_category"), QStringLiteral("topic"),
                               QStringLiteral("posted_from"), QStringLiteral("posted_to"), QStringLiteral("triage")}) {
        if (!fitsKind(r, key, posts, kind))
            return;
    }
    for (const QString &key : {QStringLiteral("company"), QStringLiteral("region"), QStringLiteral("certified")}) {
        if (!fitsKind(r, key, mcn, kind))
            return;
    }
    for (const QString &key : {QStringLiteral("handles"), QStringLiteral("registered_from"), QStringLiteral("registered_to"),
                               QStringLiteral("search"), QStringLiteral("min_score"), QStringLiteral("max_score"),
                               QStringLiteral("restriction"), QStringLiteral("band")}) {
        if (!fitsKind(r, key, subjects, kind))
            return;
    }
    if (!fitsKind(r, QStringLiteral("mcn"), {QStringLiteral("creator")}, kind))
        return;
    s->handles = readStrings(r.field(QStringLiteral("handles")));
    s->posts = readStrings(r.field(QStringLiteral("posts")));
    s->category = optionalString(r.field(QStringLiteral("category")));
    s->creatorCategory = optionalString(r.field(QStringLiteral("creator_category")));
    s->topic = readWord(r.field(QStringLiteral("topic")), EventVocabulary::postTopics());
    s->company = optionalString(r.field(QStringLiteral("company")));
    s->region = optionalString(r.field(QStringLiteral("region")));
    if (!r.field(QStringLiteral("certified")).isMissing())
        s->certified = r.field(QStringLiteral("certified")).toBool(false);
    s->registeredFrom = readInstant(r.field(QStringLiteral("registered_from"))).value_or(kNoInstant);
    s->registeredTo = readInstant(r.field(QStringLiteral("registered_to"))).value_or(kNoInstant);
    s->postedFrom = readInstant(r.field(QStringLiteral("posted_from"))).value_or(kNoInstant);
    s->postedTo = readInstant(r.field(QStringLiteral("posted_to"))).value_or(kNoInstant);
    s->findings = readStrings(r.field(QStringLiteral("findings")));
    const QString triage = readWord(r.field(QStringLiteral("triage")), triageStates());
    if (!triage.isEmpty())
        s->triageState = int(triageStates().indexOf(triage));
    s->search = optionalString(r.field(QStringLiteral("search"))).trimmed();
    s->minScore = r.field(QStringLiteral("min_score")).toOptionalInt();
    s->maxScore = r.field(QStringLiteral("max_score")).toOptionalInt();
    s->restriction = optionalString(r.field(QStringLiteral("restriction")));
    s->band = r.field(QStringLiteral("band")).toOptionalInt();
    s->mcn = optionalString(r.field(QStringLiteral("mcn")));
}

void readViolation(const JsonReader &r, const Policy &policy, SubjectKind kind, CampaignAction *a)
{
    const JsonReader codeField = r.field(QStringLiteral("code"));
    a->code = codeField.toString();
    if (r.failed())
        return;
    const Scale &scale = policy.scale(kind);
    const int index = scale.codeIndex(a->code);
    if (index < 0) {
        codeField.fail(CampaignSpecLoader::tr("%1 is not a violation code for %2 in the policy")
                           .arg(quoted(a->code), subjectKindName(kind)));
        return;
    }
    const ViolationCode &code = scale.codes[index];
    const JsonReader pointsField = r.field(QStringLiteral("points"));
    a->points = pointsField.toOptionalInt().value_or(-1);
    if (!r.failed() && !pointsField.isMissing() && (a->points < code.minPoints || a->points > code.maxPoints))
        pointsField.fail(CampaignSpecLoader::tr("%1 is outside the range %2..%3 of %4 (R-L2)")
                             .arg(a->points).arg(code.minPoints).arg(code.maxPoints).arg(a->code));
    a->severity = readWord(r.field(QStringLiteral("severity")), EventVocabulary::severities());
    a->source = readWord(r.field(QStringLiteral("source")), EventVocabulary::sources());
    a->text = optionalString(r.field(QStringLiteral("evidence")));
    if (!r.failed() && a->text.size() > kMaxText)
        r.field(QStringLiteral("evidence")).fail(CampaignSpecLoader::tr("more than %1 characters").arg(kMaxText));
}

void readAction(const JsonReader &r, const Policy &policy, const CampaignSelection &select, CampaignAction *a)
{
    if (!r.expectObject({QStringLiteral("type"), QStringLiteral("code"), QStringLiteral("points"), QStringLiteral("severity"),
                         QStringLiteral("source"), QStringLiteral("evidence"), QStringLiteral("text")}))
        return;
    const JsonReader typeField = r.field(QStringLiteral("type"));
    const QString id = typeField.toString();
    const std::optional<CampaignAction::Type> type = CampaignAction::typeFromId(id);
    if (!type) {
        if (!r.failed())
            typeField.fail(CampaignSpecLoader::tr("%1 is not one of revoke_certification, remove_posts, ban, violation, note")
                               .arg(quoted(id)));
        return;
    }
    a->type = *type;
    const QString kind = CampaignSpecLoader::kindId(select);
    const auto needs = [&](bool fits, const QString &what) {
        if (!fits)
            typeField.fail(CampaignSpecLoader::tr("%1 acts on %2, and the selection is of %3").arg(id, what, kind));
        return fits;
    };
    switch (a->type) {
    case CampaignAction::Type::RevokeCertification:
        needs(!select.selectsPosts() && select.kind == SubjectKind::Mcn, CampaignSpecLoader::tr("MCNs"));
        break;
    case CampaignAction::Type::Ban:
        needs(!select.selectsPosts() && select.kind == SubjectKind::Brand, CampaignSpecLoader::tr("brands"));
        break;
    case CampaignAction::Type::RemovePosts:
        needs(select.selectsPosts(), CampaignSpecLoader::tr("posts"));
        break;
    case CampaignAction::Type::Violation:
        readViolation(r, policy, select.kind, a);
        break;
    case CampaignAction::Type::Note:
        a->text = optionalString(r.field(QStringLiteral("text"))).trimmed();
        if (!r.failed() && a->text.isEmpty())
            r.field(QStringLiteral("text")).fail(CampaignSpecLoader::tr("missing: a note needs its text"));
        break;
    }
}

} // namespace

QString CampaignSpecLoader::kindId(const CampaignSelection &select)
{
    return select.selectsPosts() ? QStringLiteral("post") : subjectKindName(select.kind);
}

bool CampaignSpecLoader::load(const QByteArray &json, const Policy &policy, CampaignSpec *out, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON: %1 at character %2").arg(parse.errorString()).arg(parse.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("a campaign spec is a JSON object");
        return false;
    }
    return fromJson(doc.object(), policy, out, error);
}

bool CampaignSpecLoader::fromJson(const QJsonObject &object, const Policy &policy, CampaignSpec *out, QString *error)
{
    CampaignSpec spec;
    const JsonReader r{QJsonValue(object)};
    if (r.expectObject({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("reason"), QStringLiteral("at"),
                        QStringLiteral("select"), QStringLiteral("actions")})) {
        spec.id = optionalString(r.field(QStringLiteral("id")));
        if (!r.failed() && !spec.id.isEmpty() && !Identity::isValid(spec.id))
            r.field(QStringLiteral("id")).fail(tr("%1 is not a valid id (1 to 64 of A-Z a-z 0-9 _ . : -)").arg(quoted(spec.id)));
        spec.name = optionalString(r.field(QStringLiteral("name"))).trimmed();
        if (!r.failed() && spec.name.isEmpty())
            r.field(QStringLiteral("name")).fail(tr("missing: a campaign has a name"));
        if (!r.failed() && spec.name.size() > kMaxName)
            r.field(QStringLiteral("name")).fail(tr("more than %1 characters").arg(kMaxName));
        spec.reason = optionalString(r.field(QStringLiteral("reason"))).trimmed();
        if (!r.failed() && spec.reason.isEmpty())
            r.field(QStringLiteral("reason")).fail(tr("missing: a campaign says why"));
        if (!r.failed() && spec.reason.size() > kMaxText)
            r.field(QStringLiteral("reason")).fail(tr("more than %1 characters").arg(kMaxText));
        const std::optional<Instant> at = readInstant(r.field(QStringLiteral("at")));
        spec.at = at && *at != kNoInstant ? *at : 0;
        const JsonReader select = r.field(QStringLiteral("select"));
        if (select.isMissing() && !r.failed())
            select.fail(tr("missing: which subjects or posts the campaign acts on"));
        if (!r.failed())
            readSelection(select, &spec.select);
        const JsonReader actions = r.field(QStringLiteral("actions"));
        if (!r.failed()) {
            const QVector<JsonReader> elements = actions.nonEmptyElements();
            for (const JsonReader &element : elements) {
                CampaignAction action;
                readAction(element, policy, spec.select, &action);
                spec.actions.append(action);
            }
        }
    }
    if (r.failed()) {
        *error = r.error();
        return false;
    }
    *out = spec;
    return true;
}

} // namespace redline
