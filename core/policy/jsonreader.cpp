#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace redline {

namespace {

// Doubles hold integers exactly up to 2^53; beyond that a JSON number no longer names one integer.
constexpr qint64 kLargestExactInteger = qint64(1) << 53;

} // namespace

JsonReader::JsonReader(const QJsonValue &root)
    : JsonReader(root, QString(), std::make_shared<QString>())
{
}

JsonReader::JsonReader(const QJsonValue &value, const QString &path, std::shared_ptr<QString> error)
    : m_value(value), m_path(path), m_error(std::move(error))
{
}

JsonReader JsonReader::child(const QJsonValue &value, const QString &path) const
{
    return JsonReader(value, path, m_error);
}

void JsonReader::fail(const QString &reason) const
{
    if (failed())
        return;
    *m_error = m_path.isEmpty() ? reason : m_path + QLatin1String(": ") + reason;
}

JsonReader JsonReader::field(const QString &key) const
{
    const QString path = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    return child(m_value.toObject().value(key), path);
}

bool JsonReader::expectPresent() const
{
    if (!isMissing())
        return true;
    fail(tr("missing required field"));
    return false;
}

bool JsonReader::expectObject(const QStringList &known) const
{
    if (!expectPresent())
        return false;
    if (!m_value.isObject()) {
        fail(tr("expected an object"));
        return false;
    }
    const QStringList keys = m_value.toObject().keys();
    for (const QString &key : keys) {
        if (!known.contains(key)) {
            field(key).fail(tr("unknown field"));
            return false;
        }
    }
    return !failed();
}

QStringList JsonReader::mapKeys() const
{
    if (!expectObject(m_value.toObject().keys()))
        return {};
    return m_value.toObject().keys();
}

QVector<JsonReader> JsonReader::elements() const
{
    if (!expectPresent())
        return {};
    if (!m_value.isArray()) {
        fail(tr("expected an array"));
        return {};
    }
    const QJsonArray array = m_value.toArray();
    QVector<JsonReader> result;
    result.reserve(array.size());
    for (int i = 0; i < array.size(); ++i)
        result.append(child(array.at(i), m_path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']')));
    return result;
}

QVector<JsonReader> JsonReader::nonEmptyElements() const
{
    QVector<JsonReader> result = elements();
    if (result.isEmpty() && m_value.isArray())
        fail(tr("must not be empty"));
    return result;
}

std::optional<qint64> JsonReader::integerIn(qint64 low, qint64 high) const
{
    if (!expectPresent())
        return std::nullopt;
    if (!m_value.isDouble()) {
        fail(tr("expected an integer"));
        return std::nullopt;
    }
    const double number = m_value.toDouble();
    if (std::trunc(number) != number) {
        fail(tr("expected an integer, got %1").arg(number, 0, 'g', 17));
        return std::nullopt;
    }
    if (number < double(low) || number > double(high)) {
        fail(tr("integer %1 out of range").arg(number, 0, 'g', 17));
        return std::nullopt;
    }
    return m_value.toInteger();
}

double JsonReader::toNumber() const
{
    if (!expectPresent())
        return 0;
    if (!m_value.isDouble()) {
        fail(tr("expected a number"));
        return 0;
    }
    return m_value.toDouble();
}

int JsonReader::toInt() const
{
    return int(integerIn(std::numeric_limits<int>::min(), std::numeric_limits<int>::max()).value_or(0));
}

qint64 JsonReader::toInt64() const
{
    return integerIn(-kLargestExactInteger, kLargestExactInteger).value_or(0);
}

int JsonReader::toPositiveInt() const
{
    const int value = toInt();
    if (!failed() && value <= 0)
        fail(mustBePositive());
    return value;
}

int JsonReader::toNonNegativeInt() const
{
    const int value = toInt();
    if (!failed() && value < 0)
        fail(mustNotBeNegative());
    return value;
}

std::optional<int> JsonReader::toOptionalInt() const
{
    if (isMissing())
        return std::nullopt;
    return toInt();
}

std::optional<int> JsonReader::toPositiveIntOrNull() const
{
    if (isNull())
        return std::nullopt;
    if (!isMissing() && !m_value.isDouble()) {
        fail(tr("expected an integer or null"));
        return std::nullopt;
    }
    return toPositiveInt();
}

QString JsonReader::toString() const
{
    if (!expectPresent())
        return QString();
    if (!m_value.isString()) {
        fail(tr("expected a string"));
        return QString();
    }
    return m_value.toString();
}

bool JsonReader::toBool(bool whenAbsent) const
{
    if (isMissing())
        return whenAbsent;
    if (!m_value.isBool()) {
        fail(tr("expected true or false"));
        return whenAbsent;
    }
    return m_value.toBool();
}

QString JsonReader::mustBePositive()
{
    return tr("must be greater than 0");
}

QString JsonReader::mustNotBeNegative()
{
    return tr("must not be negative");
}

} // namespace redline
