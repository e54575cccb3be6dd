#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace redline {

// A cursor over one value of a JSON document that knows where it is ("scales.creator.codes[10].min").
// Readers made from one another share one error slot that keeps the FIRST error: a loader reads a whole
// document straight through and checks once at the end. After an error, reads return empty values and
// later errors are dropped, so the message always names the first thing that was wrong.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    explicit JsonReader(const QJsonValue &root);

    const QString &path() const { return m_path; }
    bool failed() const { return !m_error->isEmpty(); }
    // "PATH: REASON", or REASON alone for the document itself; empty while nothing failed.
    QString error() const { return *m_error; }
    void fail(const QString &reason) const;

    bool isMissing() const { return m_value.isUndefined(); }
    bool isNull() const { return m_value.isNull(); }

    // The member `key` (missing when absent).
    JsonReader field(const QString &key) const;
    // True when this is an object whose keys are all in `known`: a key outside it is a typo, reported
    // before any other problem in the object so that "period_dyas" is not reported as "period_days
    // missing".
    bool expectObject(const QStringList &known) const;
    // An object used as a map: its keys, in order (empty after an error).
    QStringList mapKeys() const;
    // The elements of an array (empty after an error).
    QVector<JsonReader> elements() const;
    QVector<JsonReader> nonEmptyElements() const;

    int toInt() const;
    double toNumber() const; // any JSON number
    qint64 toInt64() const;
    int toPositiveInt() const;
    int toNonNegativeInt() const;
    std::optional<int> toOptionalInt() const;       // absent -> nullopt
    std::optional<int> toPositiveIntOrNull() const; // null -> nullopt; the member must be present
    QString toString() const;
    bool toBool(bool whenAbsent) const;

    // Shared by the checks a loader makes on values it has read.
    static QString mustBePositive();
    static QString mustNotBeNegative();

private:
    JsonReader(const QJsonValue &value, const QString &path, std::shared_ptr<QString> error);

    JsonReader child(const QJsonValue &value, const QString &path) const;
    bool expectPresent() const;
    std::optional<qint64> integerIn(qint64 low, qint64 high) const;

    QJsonValue m_value;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

} // namespace redline
