#include "policy/jsonpath.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace redline {

namespace {

// The element a bracket names: a position, or (for arrays of codes) the element whose "code" is the id.
int elementIndex(const QJsonArray &array, const JsonPath::Step &step)
{
    if (step.index >= 0)
        return step.index < array.size() ? step.index : -1;
    for (int i = 0; i < array.size(); ++i) {
        if (array.at(i).toObject().value(QLatin1String("code")).toString() == step.key)
            return i;
    }
    return -1;
}

QJsonValue setAt(const QJsonValue &node, const QVector<JsonPath::Step> &steps, int at, const QJsonValue &value,
                 bool *ok)
{
    if (at == steps.size())
        return value;
    const JsonPath::Step &step = steps.at(at);
    if (step.bracket) {
        QJsonArray array = node.toArray();
        const int index = node.isArray() ? elementIndex(array, step) : -1;
        const QJsonValue child = index >= 0 ? setAt(array.at(index), steps, at + 1, value, ok) : QJsonValue();
        if (index < 0 || child.isUndefined()) {
            *ok = false;
            return node;
        }
        array.replace(index, child);
        return array;
    }
    if (!node.isObject() && !node.isUndefined() && !node.isNull()) {
        *ok = false;
        return node;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = setAt(object.value(step.key), steps, at + 1, value, ok);
    if (child.isUndefined())
        object.remove(step.key);
    else
        object.insert(step.key, child);
    return object;
}

} // namespace

QVector<JsonPath::Step> JsonPath::parse(const QString &path)
{
    static const QRegularExpression token(QStringLiteral("([^.\\[\\]]+)|\\[([^\\]]*)\\]"));
    QVector<Step> steps;
    auto it = token.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        Step step;
        if (match.capturedStart(2) >= 0) {
            step.bracket = true;
            step.key = match.captured(2);
            bool numeric = false;
            const int index = step.key.toInt(&numeric);
            if (numeric)
                step.index = index;
        } else {
            step.key = match.captured(1);
        }
        steps.append(step);
    }
    return steps;
}

QJsonValue JsonPath::get(const QJsonObject &root, const QString &path)
{
    QJsonValue node = root;
    for (const Step &step : parse(path)) {
        if (step.bracket) {
            const QJsonArray array = node.toArray();
            const int index = node.isArray() ? elementIndex(array, step) : -1;
            if (index < 0)
                return QJsonValue(QJsonValue::Undefined);
            node = array.at(index);
        } else {
            if (!node.isObject())
                return QJsonValue(QJsonValue::Undefined);
            node = node.toObject().value(step.key);
        }
    }
    return node;
}

bool JsonPath::set(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    const QVector<Step> steps = parse(path);
    if (steps.isEmpty() || steps.first().bracket)
        return false;
    bool ok = true;
    const QJsonValue result = setAt(root, steps, 0, value, &ok);
    if (ok)
        root = result.toObject();
    return ok;
}

void JsonPath::splitError(const QString &error, QString *path, QString *reason)
{
    // A path never holds a space; a reason usually does, so "not valid JSON at offset 3: ..." has no path.
    const int colon = error.indexOf(QLatin1String(": "));
    const QString head = colon > 0 ? error.left(colon) : QString();
    const bool hasPath = !head.isEmpty() && !head.contains(QLatin1Char(' '));
    *path = hasPath ? head : QString();
    *reason = hasPath ? error.mid(colon + 2) : error;
}

bool JsonPath::isWithin(const QString &path, const QString &ancestor)
{
    if (!path.startsWith(ancestor))
        return false;
    if (path.size() == ancestor.size())
        return true;
    const QChar next = path.at(ancestor.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

} // namespace redline
