#include "identity.h"

namespace redline {

bool Identity::isValid(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
                        || u == '.' || u == ':' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

bool Identity::same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString Identity::key(const QString &name)
{
    return name.toLower();
}

QString Identity::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    QString out;
    for (const QChar c : user.left(64)) {
        const QString one(c);
        out += Identity::isValid(one) ? one : QStringLiteral("_");
    }
    return out.isEmpty() ? QStringLiteral("redline") : out;
}

} // namespace redline
