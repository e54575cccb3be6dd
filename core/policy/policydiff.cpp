#include "policydiff.h"

#include "policy/policyloader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace redline {

namespace {

const QString kCodeKey = QStringLiteral("code");

// An array whose elements are all objects carrying a code id: matched by id, not by position.
bool isCodeArray(const QJsonArray &array)
{
    if (array.isEmpty())
        return false;
    for (const QJsonValue &v : array) {
        if (!v.isObject() || !v.toObject().value(kCodeKey).isString())
            return false;
    }
    return true;
}

bool allObjects(const QJsonArray &array)
{
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return false;
    }
    return true;
}

std::optional<SubjectKind> kindOfPath(const QString &path)
{
    static const QString prefix = QStringLiteral("scales.");
    if (!path.startsWith(prefix))
        return std::nullopt;
    const int dot = path.indexOf(QLatin1Char('.'), prefix.size());
    return subjectKindFromName(path.mid(prefix.size(), dot < 0 ? -1 : dot - prefix.size()));
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

class Walker
{
public:
    QVector<PolicyChange> changes;

    void compare(const QString &path, const QJsonValue &a, const QJsonValue &b)
    {
        if (a == b)
            return;
        if (a.isObject() && b.isObject()) {
            compareObjects(path, a.toObject(), b.toObject());
        } else if (a.isArray() && b.isArray()) {
            compareArrays(path, a.toArray(), b.toArray());
        } else {
            add(path, a, b);
        }
    }

private:
    void add(const QString &path, const QJsonValue &a, const QJsonValue &b)
    {
        changes.append({path, a, b, kindOfPath(path)});
    }

    // Keys in the order of the first object, then the keys only the second has (QJsonObject sorts its
    // keys, so "file order" is the alphabetical order within one object).
    void compareObjects(const QString &path, const QJsonObject &a, const QJsonObject &b)
    {
        for (auto it = a.begin(); it != a.end(); ++it)
            compare(join(path, it.key()), it.value(), b.value(it.key()));
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()))
                compare(join(path, it.key()), QJsonValue(QJsonValue::Undefined), it.value());
        }
    }

    void compareArrays(const QString &path, const QJsonArray &a, const QJsonArray &b)
    {
        if (isCodeArray(a) && isCodeArray(b)) {
            compareCodeArrays(path, a, b);
        } else if (a.size() == b.size() && allObjects(a) && allObjects(b)) {
            for (int i = 0; i < a.size(); ++i)
                compare(QStringLiteral("%1[%2]").arg(path).arg(i), a.at(i), b.at(i));
        } else {
            add(path, a, b);
        }
    }

    void compareCodeArrays(const QString &path, const QJsonArray &a, const QJsonArray &b)
    {
        QHash<QString, QJsonObject> second;
        for (const QJsonValue &v : b)
            second.insert(v.toObject().value(kCodeKey).toString(), v.toObject());
        QSet<QString> seen;
        for (const QJsonValue &v : a) {
            const QString id = v.toObject().value(kCodeKey).toString();
            seen.insert(id);
            const QString element = QStringLiteral("%1[%2]").arg(path, id);
            if (second.contains(id))
                compare(element, v, second.value(id));
            else
                add(element, v, QJsonValue(QJsonValue::Undefined));
        }
        for (const QJsonValue &v : b) {
            const QString id = v.toObject().value(kCodeKey).toString();
            if (!seen.contains(id))
                add(QStringLiteral("%1[%2]").arg(path, id), QJsonValue(QJsonValue::Undefined), v);
        }
    }
};

QJsonObject policyObject(const Policy &policy)
{
    return QJsonDocument::fromJson(PolicyLoader::toJson(policy)).object();
}

// One step of a change's path: an object key, an array position, or a code id in a code array.
struct Step {
    QString key;
    int index = -1;
    QString code;
};

QVector<Step> parsePath(const QString &path)
{
    QVector<Step> steps;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        // A code id holds dots ("creator.data_fraud"); rejoin until the bracket closes.
        if (!steps.isEmpty() && !steps.last().code.isEmpty() && !steps.last().code.endsWith(QLatin1Char(']'))) {
            steps.last().code += QLatin1Char('.') + part;
            continue;
        }
        const int bracket = part.indexOf(QLatin1Char('['));
        if (bracket < 0) {
            steps.append({part, -1, QString()});
            continue;
        }
        steps.append({part.left(bracket), -1, QString()});
        const QString inside = part.mid(bracket + 1);
        bool number = false;
        const int index = inside.left(inside.size() - 1).toInt(&number);
        if (number && inside.endsWith(QLatin1Char(']')))
            steps.append({QString(), index, QString()});
        else
            steps.append({QString(), -1, inside});
    }
    for (Step &step : steps) {
        if (step.code.endsWith(QLatin1Char(']')))
            step.code.chop(1);
    }
    return steps;
}

int codePosition(const QJsonArray &array, const QString &code)
{
    for (int i = 0; i < array.size(); ++i) {
        if (array.at(i).toObject().value(kCodeKey).toString() == code)
            return i;
    }
    return -1;
}

// Sets (or, for an Undefined value, removes) the value at steps[from..] inside `node`.
QJsonValue setAt(const QJsonValue &node, const QVector<Step> &steps, int from, const QJsonValue &value)
{
    if (from == steps.size())
        return value;
    const Step &step = steps[from];
    if (!step.key.isEmpty() || (step.index < 0 && step.code.isEmpty())) {
        QJsonObject object = node.toObject();
        const QJsonValue child = setAt(object.value(step.key), steps, from + 1, value);
        if (child.isUndefined())
            object.remove(step.key);
        else
            object.insert(step.key, child);
        return object;
    }
    QJsonArray array = node.toArray();
    int position = step.index >= 0 ? step.index : codePosition(array, step.code);
    if (position < 0 || position >= array.size()) {
        if (from + 1 == steps.size() && !value.isUndefined())
            array.append(value);
        return array;
    }
    const QJsonValue child = setAt(array.at(position), steps, from + 1, value);
    if (child.isUndefined())
        array.removeAt(position);
    else
        array.replace(position, child);
    return array;
}

} // namespace

QVector<PolicyChange> PolicyDiff::diff(const Policy &a, const Policy &b)
{
    QJsonObject first = policyObject(a);
    QJsonObject second = policyObject(b);
    // The name and version identify a policy; they are not a difference of behaviour.
    for (const char *key : {"name", "version"}) {
        first.remove(QLatin1String(key));
        second.remove(QLatin1String(key));
    }
    Walker walker;
    walker.compare(QString(), first, second);
    return walker.changes;
}

QString PolicyDiff::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(valueText(v));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        // A sanction {"id", "days"}: permanent when it has no days (R-T4).
        if (object.contains(QStringLiteral("sanction")) && object.size() <= 3) {
            const QJsonValue days = object.value(QStringLiteral("days"));
            return days.isDouble() ? tr("%1 (%n day(s))", nullptr, days.toInt()).arg(object.value(QStringLiteral("sanction")).toString())
                                   : tr("%1 (permanent)").arg(object.value(QStringLiteral("sanction")).toString());
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    }
    return QString();
}

QString PolicyDiff::describe(const PolicyChange &change)
{
    return tr("%1: %2 → %3").arg(change.path, valueText(change.before), valueText(change.after));
}

std::optional<Policy> PolicyDiff::withChange(const Policy &base, const PolicyChange &change, QString *error)
{
    const QJsonValue root = setAt(policyObject(base), parsePath(change.path), 0, change.after);
    return PolicyLoader::loadJson(QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact), error);
}

QJsonArray PolicyDiff::toJson(const QVector<PolicyChange> &changes)
{
    QJsonArray out;
    for (const PolicyChange &change : changes) {
        out.append(QJsonObject{
            {QStringLiteral("path"), change.path},
            {QStringLiteral("before"), change.before.isUndefined() ? QJsonValue() : change.before},
            {QStringLiteral("after"), change.after.isUndefined() ? QJsonValue() : change.after},
            {QStringLiteral("kind"), change.kind ? QJsonValue(subjectKindName(*change.kind)) : QJsonValue()},
        });
    }
    return out;
}

} // namespace redline
