#include "eventjson.h"

#include "engine/instant.h"
#include "io/jsonwriter.h"
#include "store/eventvocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace redline {

namespace {

using Field = EventVocabulary::Field;

// The largest integer a JSON number (a double) holds exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

class LineReader
{
public:
    LineReader(const QJsonObject &object, QString *error)
        : m_object(object)
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
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return fail(field, EventJson::tr("must be a string"));
        *out = v.toString();
        return true;
    }

    bool integer(const QString &field, qint64 *out, bool *present)
    {
        const QJsonValue v = m_object.value(field);
        *present = !(v.isUndefined() || v.isNull());
        if (!*present)
            return true;
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > kMaxExactInteger)
            return fail(field, EventJson::tr("must be an integer"));
        *out = qint64(d);
        return true;
    }

    bool object(const QString &field, QByteArray *out)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject())
            return fail(field, EventJson::tr("must be a JSON object"));
        *out = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        return true;
    }

    bool instant(const QString &field, Instant *out)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return fail(field, EventJson::tr("missing"));
        if (!v.isString())
            return fail(field, EventJson::tr("must be a string such as \"2025-03-01\" or \"2025-03-01T08:00:00Z\""));
        const std::optional<Instant> at = parseInstant(v.toString());
        if (!at)
            return fail(field, EventJson::tr("\"%1\" is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)")
                                   .arg(v.toString()));
        *out = *at;
        return true;
    }

private:
    const QJsonObject &m_object;
    QString *m_error;
};

QString jsonSyntaxError(const QJsonParseError &error)
{
    return EventJson::tr("not valid JSON: %1 at character %2").arg(error.errorString()).arg(error.offset);
}

} // namespace

bool EventJson::parse(const QByteArray &line, StoredEvent *out, QString *error)
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
            *error = tr("not a JSON object");
        return false;
    }
    const QJsonObject object = doc.object();
    LineReader r(object, error);

    StoredEvent e;
    QString typeName;
    if (!r.string(QStringLiteral("type"), &typeName))
        return false;
    if (typeName.isEmpty())
        return r.fail(QStringLiteral("type"), tr("missing"));
    if (!eventTypeFromName(typeName, &e.type))
        return r.fail(QStringLiteral("type"), tr("unknown event type \"%1\"").arg(typeName));
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
        ok = ok && r.string(QStringLiteral("name"), &e.name);
    if (use(Field::Code))
        ok = ok && r.string(QStringLiteral("code"), &e.code);
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
    if (use(Field::Attrs))
        ok = ok && r.object(EventVocabulary::attrsField(t), &e.attrs);
    if (!ok)
        return false;
    bool present = false;
    if (use(Field::Points)) {
        qint64 points = -1;
        if (!r.integer(QStringLiteral("points"), &points, &present))
            return false;
        if (present && points < 0)
            return r.fail(QStringLiteral("points"), tr("must not be negative"));
        if (present && points > 1000000)
            return r.fail(QStringLiteral("points"), tr("%1 is too large").arg(points));
        e.points = present ? int(points) : -1;
    }
    if (use(Field::Amount)) {
        if (!r.integer(QStringLiteral("amount"), &e.amount, &present))
            return false;
        if (present && e.amount <= 0)
            return r.fail(QStringLiteral("amount"), tr("must be a positive number of yuan"));
    }
    *out = e;
    return true;
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
        text(use(Field::Name), QStringLiteral("name"), e.name);
    }
    text(use(Field::Ref), EventVocabulary::refField(t), e.ref);
    text(use(Field::Code), QStringLiteral("code"), e.code);
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
    text(use(Field::Text), EventVocabulary::textField(t), e.text);
    if (use(Field::Attrs) && !e.attrs.isEmpty())
        w.key(EventVocabulary::attrsField(t).toLatin1().constData()).raw(e.attrs);
    text(use(Field::Campaign), QStringLiteral("campaign"), e.campaign);
    w.endObject();
    return w.take();
}

} // namespace redline
