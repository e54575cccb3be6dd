#include "eventjson.h"

#include "base/instant.h"
#include "io/jsonwriter.h"
#include "base/eventvocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <simdjson.h>

#include <cmath>

namespace redline {

namespace {

using Field = EventVocabulary::Field;

// The largest integer a JSON number (a double) holds exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

// A field's value as both parsers give it: the checks below are written once, for either.
struct FieldValue {
    enum class Kind { Absent, String, Number, Bool, Object, Other };
    Kind kind = Kind::Absent;
    QString text;      // String
    bool boolean = false; // Bool
    double number = 0; // Number
    QByteArray object; // Object, in compact form
};

// The event's object as Qt's parser reads it.
class QtFields
{
public:
    explicit QtFields(const QJsonObject &object)
        : m_object(object)
    {
    }

    FieldValue value(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        FieldValue out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (v.isString()) {
            out.kind = FieldValue::Kind::String;
            out.text = v.toString();
        } else if (v.isDouble()) {
            out.kind = FieldValue::Kind::Number;
            out.number = v.toDouble();
        } else if (v.isBool()) {
            out.kind = FieldValue::Kind::Bool;
            out.boolean = v.toBool();
        } else if (v.isObject()) {
            out.kind = FieldValue::Kind::Object;
            out.object = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        } else {
            out.kind = FieldValue::Kind::Other;
        }
        return out;
    }

private:
    const QJsonObject &m_object;
};

// The event's object as simdjson reads it: the keys once, in order; a key given twice means its last
// value, as with Qt's parser.
class FastFields
{
public:
    explicit FastFields(simdjson::dom::object object)
    {
        for (const simdjson::dom::key_value_pair field : object) {
            if (m_count < kMaxFields) {
                m_keys[m_count] = field.key;
                m_values[m_count] = field.value;
                ++m_count;
            } else {
                m_overflow = true;
            }
        }
    }

    bool overflowed() const { return m_overflow; }

    FieldValue value(const QString &key) const
    {
        FieldValue out;
        for (int i = m_count - 1; i >= 0; --i) {
            const std::string_view name = m_keys[i];
            if (QLatin1StringView(name.data(), qsizetype(name.size())) != key)
                continue;
            read(m_values[i], &out);
            return out;
        }
        return out;
    }

private:
    static void read(simdjson::dom::element v, FieldValue *out)
    {
        switch (v.type()) {
        case simdjson::dom::element_type::NULL_VALUE:
            return;
        case simdjson::dom::element_type::STRING: {
            const std::string_view text = v.get_string().value_unsafe();
            out->kind = FieldValue::Kind::String;
            out->text = QString::fromUtf8(text.data(), qsizetype(text.size()));
            return;
        }
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE:
            out->kind = FieldValue::Kind::Number;
            out->number = v.get_double().value_unsafe();
            return;
        case simdjson::dom::element_type::BOOL:
            out->kind = FieldValue::Kind::Bool;
            out->boolean = v.get_bool().value_unsafe();
            return;
        case simdjson::dom::element_type::OBJECT: {
            // Qt's compact spelling, so that both parsers give the same attrs.
            const std::string text = simdjson::minify(v);
            out->kind = FieldValue::Kind::Object;
            out->object = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())))
                              .toJson(QJsonDocument::Compact);
            return;
        }
        default:
            out->kind = FieldValue::Kind::Other;
            return;
        }
    }

    static constexpr int kMaxFields = 32;
    std::string_view m_keys[kMaxFields];
    simdjson::dom::element m_values[kMaxFields];
    int m_count = 0;
    bool m_overflow = false;
};

template<typename Fields>
class LineReader
{
public:
    LineReader(const Fields &fields, QString *error)
        : m_fields(fields)
        , m_error(error)
    {
    }

    bool fail(const QString &field, const QString &why)
    {
        if (m_error)
            *m_error = EventJson::tr("field %1: %2").arg(field, why);
        return false;
    }

    bool string(const QString &field, QString *out)
    {
        FieldValue v = m_fields.value(field);
        if (v.kind == FieldValue::Kind::Absent)
            return true;
        if (v.kind != FieldValue::Kind::String)
            return fail(field, EventJson::tr("must be a string"));
        *out = std::move(v.text);
        return true;
    }

    bool integer(const QString &field, qint64 *out, bool *present)
    {
        const FieldValue v = m_fields.value(field);
        *present = v.kind != FieldValue::Kind::Absent;
        if (!*present)
            return true;
        const double d = v.number;
        if (v.kind != FieldValue::Kind::Number || std::floor(d) != d || std::fabs(d) > kMaxExactInteger)
            return fail(field, EventJson::tr("must be an integer"));
        *out = qint64(d);
        return true;
    }

    bool boolean(const QString &field, bool *out)
    {
        const FieldValue v = m_fields.value(field);
        if (v.kind == FieldValue::Kind::Absent)
            return true;
        if (v.kind != FieldValue::Kind::Bool)
            return fail(field, EventJson::tr("must be true or false"));
        *out = v.boolean;
        return true;
    }

    bool object(const QString &field, QByteArray *out)
    {
        FieldValue v = m_fields.value(field);
        if (v.kind == FieldValue::Kind::Absent)
            return true;
        if (v.kind != FieldValue::Kind::Object)
            return fail(field, EventJson::tr("must be a JSON object"));
        *out = std::move(v.object);
        return true;
    }

    bool optionalInstant(const QString &field, Instant *out)
    {
        return m_fields.value(field).kind == FieldValue::Kind::Absent || instant(field, out);
    }

    bool instant(const QString &field, Instant *out)
    {
        const FieldValue v = m_fields.value(field);
        if (v.kind == FieldValue::Kind::Absent)
            return fail(field, EventJson::tr("missing"));
        if (v.kind != FieldValue::Kind::String)
            return fail(field, EventJson::tr("must be a string such as \"2025-03-01\" or \"2025-03-01T08:00:00Z\""));
        const std::optional<Instant> at = parseInstant(v.text);
        if (!at)
            return fail(field, EventJson::tr("\"%1\" is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)")
                                   .arg(v.text));
        *out = *at;
        return true;
    }

private:
    const Fields &m_fields;
    QString *m_error;
};

QString jsonSyntaxError(const QJsonParseError &error)
{
    return EventJson::tr("not valid JSON: %1 at character %2").arg(error.errorString()).arg(error.offset);
}

// A notice's language and reference are its own fields on the line and one attrs object in the store
// ({"language":..,"ref":..}, docs/contracts.md).
template<typename Fields>
bool readNoticeAttrs(LineReader<Fields> &r, QByteArray *attrs)
{
    QString language;
    QString ref;
    if (!r.string(QStringLiteral("language"), &language) || !r.string(QStringLiteral("ref"), &ref))
        return false;
    QJsonObject object;
    if (!language.isEmpty())
        object.insert(QStringLiteral("language"), language);
    if (!ref.isEmpty())
        object.insert(QStringLiteral("ref"), ref);
    *attrs = object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
    return true;
}

// A post's flags are its own fields on the line and one attrs object in the store (docs/contracts.md):
// commercial and reported always (false when absent), topic and media when given. Their words are checked
// by EventValidator, which names the field.
template<typename Fields>
bool readPostAttrs(LineReader<Fields> &r, QByteArray *attrs)
{
    bool commercial = false;
    bool reported = false;
    QString topic;
    QString media;
    if (!r.boolean(QStringLiteral("commercial"), &commercial) || !r.boolean(QStringLiteral("reported"), &reported)
        || !r.string(QStringLiteral("topic"), &topic) || !r.string(QStringLiteral("media"), &media))
        return false;
    QJsonObject object{{QStringLiteral("commercial"), commercial}, {QStringLiteral("reported"), reported}};
    if (!topic.isEmpty())
        object.insert(QStringLiteral("topic"), topic);
    if (!media.isEmpty())
        object.insert(QStringLiteral("media"), media);
    *attrs = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return true;
}

// A report's post and a triage confirmation's violation are a field of the line and one attrs object in
// the store ({"post":..} / {"violation":..}); EventValidator checks that they name such an event.
template<typename Fields>
bool readLinkAttrs(LineReader<Fields> &r, const QString &field, QByteArray *attrs)
{
    QString id;
    if (!r.string(field, &id))
        return false;
    *attrs = id.isEmpty() ? QByteArray() : QJsonDocument(QJsonObject{{field, id}}).toJson(QJsonDocument::Compact);
    return true;
}

template<typename Fields>
bool readEvent(const Fields &fields, StoredEvent *out, QString *error)
{
    LineReader<Fields> r(fields, error);
    StoredEvent e;
    QString typeName;
    if (!r.string(QStringLiteral("type"), &typeName))
        return false;
    if (typeName.isEmpty())
        return r.fail(QStringLiteral("type"), EventJson::tr("missing"));
    if (!eventTypeFromName(typeName, &e.type))
        return r.fail(QStringLiteral("type"), EventJson::tr("unknown event type \"%1\"").arg(typeName));
    if (!r.instant(QStringLiteral("at"), &e.at))
        return false;
    const EventType t = e.type;
    const auto use = [t](Field f) { return EventVocabulary::uses(t, f); };
    bool ok = true;
    if (use(Field::Subject))
        ok = ok && r.string(EventVocabulary::subjectField(t), &e.subject);
    if (use(Field::Id))
        ok = ok && r.string(QStringLiteral("id"), &e.id);
    if (use(Field::Ref))
        ok = ok && r.string(EventVocabulary::refField(t), &e.ref);
    if (use(Field::By))
        ok = ok && r.string(QStringLiteral("by"), &e.by);
    if (use(Field::Kind))
        ok = ok && r.string(EventVocabulary::kindField(t), &e.kind);
    if (use(Field::Name))
        ok = ok && r.string(t == EventType::Post ? QStringLiteral("title") : QStringLiteral("name"), &e.name);
    if (use(Field::Code))
        ok = ok && r.string(EventVocabulary::codeField(t), &e.code);
    if (use(Field::Severity))
        ok = ok && r.string(QStringLiteral("severity"), &e.severity);
    if (use(Field::Source))
        ok = ok && r.string(QStringLiteral("source"), &e.source);
    if (use(Field::Action))
        ok = ok && r.string(QStringLiteral("action"), &e.action);
    if (use(Field::Outcome))
        ok = ok && r.string(QStringLiteral("outcome"), &e.outcome);
    if (use(Field::Counterparty))
        ok = ok && r.string(EventVocabulary::counterpartyField(), &e.counterparty);
    if (use(Field::Campaign))
        ok = ok && r.string(QStringLiteral("campaign"), &e.campaign);
    if (use(Field::Text))
        ok = ok && r.string(EventVocabulary::textField(t), &e.text);
    const QString link = EventVocabulary::linkField(t);
    if (use(Field::Attrs) && t != EventType::Notice && t != EventType::Post && link.isEmpty())
        ok = ok && r.object(EventVocabulary::attrsField(t), &e.attrs);
    if (!link.isEmpty())
        ok = ok && readLinkAttrs(r, link, &e.attrs);
    if (t == EventType::Notice)
        ok = ok && readNoticeAttrs(r, &e.attrs);
    if (t == EventType::Post)
        ok = ok && readPostAttrs(r, &e.attrs);
    if (!ok)
        return false;
    bool present = false;
    if (use(Field::Points)) {
        qint64 points = -1;
        if (!r.integer(QStringLiteral("points"), &points, &present))
            return false;
        if (present && points < 0)
            return r.fail(QStringLiteral("points"), EventJson::tr("must not be negative"));
        if (present && points > 1000000)
            return r.fail(QStringLiteral("points"), EventJson::tr("%1 is too large").arg(points));
        e.points = present ? int(points) : -1;
    }
    if (use(Field::Amount)) {
        if (!r.integer(QStringLiteral("amount"), &e.amount, &present))
            return false;
        if (present && e.amount <= 0)
            return r.fail(QStringLiteral("amount"), EventJson::tr("must be a positive number of yuan"));
        if (present && e.amount > kMaxDepositAmount)
            return r.fail(QStringLiteral("amount"),
                          EventJson::tr("more than %1 yuan, the largest amount (whole yuan, exact)").arg(kMaxDepositAmount));
    }
    if (!r.string(QStringLiteral("recorded_by"), &e.recordedBy)
        || !r.optionalInstant(QStringLiteral("recorded_at"), &e.recordedAt))
        return false;
    *out = e;
    return true;
}

// The Qt parser's reading, and its messages for a line that is not valid.
bool parseWithQt(const QByteArray &line, StoredEvent *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = jsonSyntaxError(parseError);
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = EventJson::tr("not a JSON object");
        return false;
    }
    const QJsonObject object = doc.object();
    return readEvent(QtFields(object), out, error);
}

// simdjson reads a valid line several times faster than Qt. Anything it refuses, or that fails a check,
// is read again by Qt, so that every message (and every reading of an unusual line) stays Qt's.
bool parseFast(const QByteArray &line, StoredEvent *out)
{
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    simdjson::dom::object object;
    if (parser.parse(line.constData(), size_t(line.size())).get(doc) != simdjson::SUCCESS
        || doc.get_object().get(object) != simdjson::SUCCESS)
        return false;
    const FastFields fields(object);
    return !fields.overflowed() && readEvent(fields, out, nullptr);
}

} // namespace

bool EventJson::parse(const QByteArray &line, StoredEvent *out, QString *error)
{
    return parseFast(line, out) || parseWithQt(line, out, error);
}

QByteArray EventJson::toLine(const StoredEvent &e)
{
    const EventType t = e.type;
    const auto use = [t](Field f) { return EventVocabulary::uses(t, f); };
    JsonWriter w;
    w.beginObject();
    w.key("type").value(eventTypeName(t));
    const auto text = [&](bool used, const QString &key, const QString &value) {
        if (used && !value.isEmpty())
            w.key(key.toLatin1().constData()).value(value);
    };
    text(use(Field::Id), QStringLiteral("id"), e.id);
    text(use(Field::Subject), EventVocabulary::subjectField(t), e.subject);
    if (t == EventType::User) { // {"name":"mod.li","role":"moderator"}, as subjects read handle, kind, name
        text(true, QStringLiteral("name"), e.name);
        text(true, EventVocabulary::kindField(t), e.kind);
    } else {
        text(use(Field::Kind), EventVocabulary::kindField(t), e.kind);
        text(use(Field::Name), t == EventType::Post ? QStringLiteral("title") : QStringLiteral("name"), e.name);
    }
    text(use(Field::Ref), EventVocabulary::refField(t), e.ref);
    text(use(Field::Code), EventVocabulary::codeField(t), e.code);
    if (use(Field::Points) && e.points >= 0)
        w.key("points").value(e.points);
    text(use(Field::Action), QStringLiteral("action"), e.action);
    text(use(Field::Outcome), QStringLiteral("outcome"), e.outcome);
    text(use(Field::Counterparty), EventVocabulary::counterpartyField(), e.counterparty);
    if (use(Field::Amount) && e.amount != 0)
        w.key("amount").value(e.amount);
    w.key("at").value(formatInstant(e.at));
    text(use(Field::By), QStringLiteral("by"), e.by);
    text(use(Field::Source), QStringLiteral("source"), e.source);
    text(use(Field::Severity), QStringLiteral("severity"), e.severity);
    if (t == EventType::Notice) {
        const QJsonObject attrs = QJsonDocument::fromJson(e.attrs).object();
        text(true, QStringLiteral("language"), attrs.value(QStringLiteral("language")).toString());
        text(true, QStringLiteral("ref"), attrs.value(QStringLiteral("ref")).toString());
    }
    if (t == EventType::Post) {
        const QJsonObject attrs = QJsonDocument::fromJson(e.attrs).object();
        w.key("commercial").value(attrs.value(QStringLiteral("commercial")).toBool());
        w.key("reported").value(attrs.value(QStringLiteral("reported")).toBool());
        text(true, QStringLiteral("topic"), attrs.value(QStringLiteral("topic")).toString());
        text(true, QStringLiteral("media"), attrs.value(QStringLiteral("media")).toString());
    }
    const QString link = EventVocabulary::linkField(t);
    if (!link.isEmpty())
        text(true, link, QJsonDocument::fromJson(e.attrs).object().value(link).toString());
    text(use(Field::Text), EventVocabulary::textField(t), e.text);
    if (use(Field::Attrs) && !e.attrs.isEmpty() && t != EventType::Notice && t != EventType::Post && link.isEmpty())
        w.key(EventVocabulary::attrsField(t).toLatin1().constData()).raw(e.attrs);
    text(use(Field::Campaign), QStringLiteral("campaign"), e.campaign);
    if (e.recordedAt != kNoInstant)
        w.key("recorded_at").value(formatInstant(e.recordedAt));
    text(true, QStringLiteral("recorded_by"), e.recordedBy);
    w.endObject();
    return w.take();
}

} // namespace redline
