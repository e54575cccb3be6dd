// HandleTable, the bulk writer's handle -> subject lookup: every handle put in is found with its own entry
// however large the table grows, and a handle never put in is not found.
#include "store/write/handletable.h"

#include <QtTest>

using namespace redline;

namespace {

QString creatorHandle(int i)
{
    return QStringLiteral("crt-%1").arg(i, 7, 10, QLatin1Char('0'));
}

} // namespace

class TestHandleTable : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryHandlePutIn_data();
    void findsEveryHandlePutIn();
    void replacesAnEntry();
    void clearForgetsEverything();
};

void TestHandleTable::findsEveryHandlePutIn_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("before the first growth") << 511;
    QTest::newRow("after several growths") << 200000;
}

void TestHandleTable::findsEveryHandlePutIn()
{
    QFETCH(int, count);
    HandleTable table;
    for (int i = 0; i < count; ++i)
        table.insert(creatorHandle(i), {qint64(i) + 1, i % 3 == 0 ? SubjectKind::Mcn : SubjectKind::Creator});
    QCOMPARE(table.size(), qsizetype(count));
    for (int i = 0; i < count; ++i) {
        const HandleTable::Entry *entry = table.find(creatorHandle(i));
        QVERIFY2(entry, qPrintable(creatorHandle(i)));
        QCOMPARE(entry->id, qint64(i) + 1);
        QCOMPARE(entry->kind, i % 3 == 0 ? SubjectKind::Mcn : SubjectKind::Creator);
    }
    QVERIFY(!table.find(creatorHandle(count)));
    QVERIFY(!table.find(QStringLiteral("crt-000000"))); // a prefix of a handle in the table
    QVERIFY(!table.find(QString()));
}

void TestHandleTable::replacesAnEntry()
{
    HandleTable table;
    table.insert(QStringLiteral("mcn-000001"), {7, SubjectKind::Mcn});
    table.insert(QStringLiteral("mcn-000001"), {9, SubjectKind::Brand});
    QCOMPARE(table.size(), qsizetype(1));
    QCOMPARE(table.find(QStringLiteral("mcn-000001"))->id, qint64(9));
    QCOMPARE(table.find(QStringLiteral("mcn-000001"))->kind, SubjectKind::Brand);
}

void TestHandleTable::clearForgetsEverything()
{
    HandleTable table;
    table.insert(QStringLiteral("brand-1"), {1, SubjectKind::Brand});
    table.clear();
    QCOMPARE(table.size(), qsizetype(0));
    QVERIFY(!table.find(QStringLiteral("brand-1")));
    table.insert(QStringLiteral("brand-2"), {2, SubjectKind::Brand});
    QCOMPARE(table.find(QStringLiteral("brand-2"))->id, qint64(2));
}

QTEST_GUILESS_MAIN(TestHandleTable)
#include "tst_handletable.moc"
