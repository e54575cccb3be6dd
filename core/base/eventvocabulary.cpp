#include "eventvocabulary.h"

namespace redline {

namespace {

using Field = EventVocabulary::Field;

constexpr quint32 bit(Field f)
{
    return 1u << static_cast<int>(f);
}

// Which fields each type carries (README.md "Event types"), indexed by EventType.
constexpr quint32 kCommon = bit(Field::By) | bit(Field::Campaign);
constexpr quint32 kFieldsOfType[] = {
    /* subject */ bit(Field::Subject) | bit(Field::Kind) | bit(Field::Name) | bit(Field::Attrs),
    /* violation */ kCommon | bit(Field::Id) | bit(Field::Subject) | bit(Field::Code) | bit(Field::Points)
        | bit(Field::Severity) | bit(Field::Source) | bit(Field::Text),
    /* appeal */ kCommon | bit(Field::Id) | bit(Field::Ref) | bit(Field::Subject) | bit(Field::Text),
    /* decision */ kCommon | bit(Field::Ref) | bit(Field::Subject) | bit(Field::Outcome) | bit(Field::Text),
    /* retraction */ kCommon | bit(Field::Ref) | bit(Field::Subject) | bit(Field::Text),
    /* exam */ kCommon | bit(Field::Subject),
    /* deposit */ kCommon | bit(Field::Subject) | bit(Field::Action) | bit(Field::Amount) | bit(Field::Text),
    /* certification */ kCommon | bit(Field::Subject) | bit(Field::Action) | bit(Field::Text),
    /* contract */ kCommon | bit(Field::Subject) | bit(Field::Action) | bit(Field::Counterparty) | bit(Field::Text),
    /* metrics */ kCommon | bit(Field::Subject) | bit(Field::Attrs),
    /* note */ kCommon | bit(Field::Subject) | bit(Field::Text),
    /* ban */ kCommon | bit(Field::Subject) | bit(Field::Text),
    // A campaign header: its spec and the campaign it undoes, if any, are one attrs object ({"spec":..,"undoes":..}).
    /* campaign */ bit(Field::By) | bit(Field::Id) | bit(Field::Name) | bit(Field::Text) | bit(Field::Attrs),
    /* user */ bit(Field::By) | bit(Field::Name) | bit(Field::Kind) | bit(Field::Action),
    // The template id is kept in Code, the rendered text in Text, and the language and the optional
    // reference in Attrs ({"language":..,"ref":..}); the JSON line spells them template, text, language, ref.
    // A campaign's notices name it too (R-S3).
    /* notice */ kCommon | bit(Field::Subject) | bit(Field::Code) | bit(Field::Text) | bit(Field::Attrs),
    // A post (笔记): the JSON line's title is Name, category is Code, and commercial, reported, topic and
    // media are one attrs object ({"commercial":..,"media":..,"reported":..,"topic":..}), as a notice's.
    /* post */ kCommon | bit(Field::Id) | bit(Field::Subject) | bit(Field::Name) | bit(Field::Code) | bit(Field::Text)
        | bit(Field::Attrs),
    // A qualification: the line's domain is Code, its document Text.
    /* qualification */ kCommon | bit(Field::Subject) | bit(Field::Action) | bit(Field::Code) | bit(Field::Text),
    // A verified user report: the suggested code is Code, the reason Text, the reported post's id one attrs
    // object ({"post":..}) that the line spells post.
    /* report */ kCommon | bit(Field::Id) | bit(Field::Subject) | bit(Field::Code) | bit(Field::Text) | bit(Field::Attrs),
    // A triage step: the item's id (a post's or a report's) is Code, spelt item; a dismissal's reason is
    // Text; a confirmation's violation id is one attrs object ({"violation":..}) spelt violation.
    /* triage */ kCommon | bit(Field::Subject) | bit(Field::Action) | bit(Field::Code) | bit(Field::Text) | bit(Field::Attrs),
    // A post's removal or restoration: the post's id is Code, spelt post; the reason Text.
    /* removal */ kCommon | bit(Field::Subject) | bit(Field::Action) | bit(Field::Code) | bit(Field::Text),
};
static_assert(sizeof(kFieldsOfType) / sizeof(kFieldsOfType[0]) == static_cast<size_t>(EventType::Removal) + 1,
              "every EventType lists its fields");

} // namespace

bool EventVocabulary::uses(EventType type, Field field)
{
    return (kFieldsOfType[static_cast<int>(type)] & bit(field)) != 0;
}

void EventVocabulary::keepUsedFields(StoredEvent &e)
{
    const auto clear = [&](Field field, QString &value) {
        if (!uses(e.type, field))
            value.clear();
    };
    clear(Field::Subject, e.subject);
    clear(Field::Id, e.id);
    clear(Field::Ref, e.ref);
    clear(Field::By, e.by);
    clear(Field::Kind, e.kind);
    clear(Field::Name, e.name);
    clear(Field::Code, e.code);
    clear(Field::Severity, e.severity);
    clear(Field::Source, e.source);
    clear(Field::Action, e.action);
    clear(Field::Outcome, e.outcome);
    clear(Field::Counterparty, e.counterparty);
    clear(Field::Campaign, e.campaign);
    clear(Field::Text, e.text);
    if (!uses(e.type, Field::Points))
        e.points = -1;
    if (!uses(e.type, Field::Amount))
        e.amount = 0;
    if (!uses(e.type, Field::Attrs))
        e.attrs.clear();
}

const QStringList &EventVocabulary::severities()
{
    static const QStringList words{QStringLiteral("normal"), QStringLiteral("severe")};
    return words;
}

const QStringList &EventVocabulary::sources()
{
    static const QStringList words{QStringLiteral("algorithm"), QStringLiteral("human_review"),
                                   QStringLiteral("user_report")};
    return words;
}

const QStringList &EventVocabulary::outcomes()
{
    static const QStringList words{QStringLiteral("upheld"), QStringLiteral("overturned")};
    return words;
}

const QStringList &EventVocabulary::postTopics()
{
    static const QStringList words{QStringLiteral("medical"), QStringLiteral("education")};
    return words;
}

const QStringList &EventVocabulary::postMedia()
{
    static const QStringList words{QStringLiteral("image"), QStringLiteral("video")};
    return words;
}

const QStringList &EventVocabulary::actions(EventType type)
{
    static const QStringList deposit{QStringLiteral("pay"), QStringLiteral("deduct"), QStringLiteral("refund")};
    static const QStringList certification{QStringLiteral("grant"), QStringLiteral("revoke")};
    static const QStringList contract{QStringLiteral("start"), QStringLiteral("end")};
    static const QStringList user{QStringLiteral("enable"), QStringLiteral("disable")};
    static const QStringList triage{QStringLiteral("claim"), QStringLiteral("release"), QStringLiteral("dismiss"),
                                    QStringLiteral("confirm")};
    static const QStringList removal{QStringLiteral("remove"), QStringLiteral("restore")};
    static const QStringList none;
    switch (type) {
    case EventType::User: return user;
    case EventType::Deposit: return deposit;
    case EventType::Certification:
    case EventType::Qualification: return certification;
    case EventType::Contract: return contract;
    case EventType::Triage: return triage;
    case EventType::Removal: return removal;
    default: return none;
    }
}

QString EventVocabulary::subjectField(EventType type)
{
    return type == EventType::Subject ? QStringLiteral("handle") : QStringLiteral("subject");
}

QString EventVocabulary::refField(EventType type)
{
    return type == EventType::Decision ? QStringLiteral("appeal") : QStringLiteral("violation");
}

QString EventVocabulary::textField(EventType type)
{
    switch (type) {
    case EventType::Violation: return QStringLiteral("evidence");
    case EventType::Note:
    case EventType::Notice:
    case EventType::Post: return QStringLiteral("text");
    case EventType::Qualification: return QStringLiteral("document");
    default: return QStringLiteral("reason");
    }
}

QString EventVocabulary::codeField(EventType type)
{
    switch (type) {
    case EventType::Notice: return QStringLiteral("template");
    case EventType::Post: return QStringLiteral("category");
    case EventType::Qualification: return QStringLiteral("domain");
    case EventType::Triage: return QStringLiteral("item");
    case EventType::Removal: return QStringLiteral("post");
    default: return QStringLiteral("code");
    }
}

QString EventVocabulary::kindField(EventType type)
{
    return type == EventType::User ? QStringLiteral("role") : QStringLiteral("kind");
}

QString EventVocabulary::linkField(EventType type)
{
    switch (type) {
    case EventType::Report: return QStringLiteral("post");
    case EventType::Triage: return QStringLiteral("violation");
    default: return QString();
    }
}

QString EventVocabulary::attrsField(EventType type)
{
    return type == EventType::Metrics ? QStringLiteral("values") : QStringLiteral("attrs");
}

} // namespace redline
