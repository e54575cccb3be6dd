#include "pgtestcluster.h"

#include <QFile>
#include <QUrl>
#include <QUrlQuery>

PgTestCluster PgTestCluster::locate(const QString &folder)
{
    QFile conninfo(folder + QStringLiteral("/conninfo"));
    if (!conninfo.open(QIODevice::ReadOnly))
        return {};
    const QUrlQuery query(QUrl(QString::fromUtf8(conninfo.readAll().trimmed())).query());
    return {query.queryItemValue(QStringLiteral("host")), query.queryItemValue(QStringLiteral("port"))};
}
