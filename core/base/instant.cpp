#include "instant.h"

#include <QDateTime>
#include <QRegularExpression>

namespace redline {

namespace {

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : lengths[m - 1];
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard Hinnant's algorithm):
// avoids QDateTime in the import hot path.
qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

bool readDigits(const QChar *p, int count, int &out)
{
    out = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        out = out * 10 + (c - u'0');
    }
    return true;
}

} // namespace

std::optional<Instant> parseInstant(const QString &text)
{
    const int n = text.size();
    if (n != 10 && n != 20)
        return std::nullopt;
    const QChar *p = text.constData();
    int y, mo, d, h = 0, mi = 0, s = 0;
    if (!readDigits(p, 4, y) || p[4] != u'-' || !readDigits(p + 5, 2, mo) || p[7] != u'-'
        || !readDigits(p + 8, 2, d))
        return std::nullopt;
    if (n == 20) {
        if (p[10] != u'T' || !readDigits(p + 11, 2, h) || p[13] != u':' || !readDigits(p + 14, 2, mi)
            || p[16] != u':' || !readDigits(p + 17, 2, s) || p[19] != u'Z')
            return std::nullopt;
    }
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    return daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * kSecondsPerDay + h * 3600
           + mi * 60 + s;
}

QString formatInstant(Instant at)
{
    if (at == kNoInstant)
        return QString();
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

Instant nowInstant() { return QDateTime::currentSecsSinceEpoch(); }

} // namespace redline
