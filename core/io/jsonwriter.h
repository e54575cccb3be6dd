#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace redline {

// A small streaming JSON writer that keeps keys in the order they are written (QJsonObject sorts them),
// so results print in the order DESIGN.md shows, and large outputs need no document tree.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);
    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *text) { return value(QString::fromUtf8(text)); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number, int decimals);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // A value that is already JSON text (an attrs object as stored).
    JsonWriter &raw(const QByteArray &json);
    // A string, or null when it is empty.
    JsonWriter &stringOrNull(const QString &text) { return text.isEmpty() ? null() : value(text); }
    JsonWriter &strings(const QStringList &list);

    const QByteArray &bytes() const { return m_out; }
    QByteArray take();

    static void appendEscaped(QByteArray &out, const QString &text);

private:
    void separate();

    QByteArray m_out;
    QVector<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace redline
