#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

namespace redline {

// A value inside a policy's JSON named by the path the loader's errors use (docs/contracts.md, "policy
// errors"): `scales.creator.codes[10].min`, and `codes[creator.data_fraud]` where a diff names a code by
// its id. The editor writes each edit at its path and hands the whole document to PolicyLoader, so the
// loader stays the only judge of what is valid.
class JsonPath
{
public:
    struct Step {
        QString key;     // an object member, or the id inside brackets
        int index = -1;  // an array element by position
        bool bracket = false;
    };

    static QVector<Step> parse(const QString &path);
    static QJsonValue get(const QJsonObject &root, const QString &path);
    // Sets `value` at `path` (an Undefined value removes an object member); false when the path does not
    // lead anywhere (an index past the end, an id no element has, a member of a non-object).
    static bool set(QJsonObject &root, const QString &path, const QJsonValue &value);
    // Splits the loader's one-line error "PATH: REASON"; an error about the document as a whole ("not
    // valid JSON at offset 3: ...") has no path.
    static void splitError(const QString &error, QString *path, QString *reason);
    // True when `path` is `ancestor` or lies inside it (`a.b[2].c` inside `a.b`).
    static bool isWithin(const QString &path, const QString &ancestor);
};

} // namespace redline
