#include "jsonlbytes.h"

#include "io/jsonlexporter.h"
#include "io/jsonlimporter.h"

#include <QBuffer>

using namespace redline;

bool JsonlBytes::import(Store &store, const QByteArray &lines, StoreError *error, JsonlImporter *importer)
{
    QBuffer buffer;
    buffer.setData(lines);
    buffer.open(QIODevice::ReadOnly);
    JsonlImporter local(store);
    return (importer ? importer : &local)->importDevice(buffer, QStringLiteral("test"), error);
}

QByteArray JsonlBytes::exportAll(const Store &store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    StoreError error;
    if (!JsonlExporter(store).write(buffer, &error))
        qFatal("export failed: %s", qPrintable(error.message));
    return buffer.data();
}
