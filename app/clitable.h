#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace redline {

// Human-readable output of redline-cli: columns padded to their widest cell (a CJK character counts two).
class CliTable
{
public:
    explicit CliTable(QStringList header);
    void addRow(QStringList row);
    QByteArray render() const;

    static int displayWidth(const QString &text);

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
};

} // namespace redline
