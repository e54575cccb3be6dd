// Issue 3, robustness: a store survives a SIGKILL in the middle of an import and two processes writing at
// once. Runs the built redline-cli on real files; `verify` and its event count are the judge.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(REDLINE_CLI), args);
    if (!p.waitForFinished(300000))
        qFatal("redline-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Writes `creators` creators, each with `perCreator` violations, with handles and ids prefixed so that
// several files can go into one store.
QString writeImport(const QString &dir, const QString &prefix, int creators, int perCreator)
{
    const QString path = dir + QStringLiteral("/%1.jsonl").arg(prefix);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray chunk;
    for (int c = 0; c < creators; ++c) {
        const QByteArray handle = prefix.toUtf8() + "-crt-" + QByteArray::number(c);
        chunk += R"({"type":"subject","handle":")" + handle + R"(","kind":"creator","name":"创作者)"
                 + QByteArray::number(c) + R"(","at":"2025-01-01"})" + '\n';
        for (int v = 0; v < perCreator; ++v) {
            chunk += R"({"type":"violation","id":")" + prefix.toUtf8() + "-v-" + QByteArray::number(c) + "-"
                     + QByteArray::number(v) + R"(","subject":")" + handle
                     + R"(","code":"creator.unreported_ad","at":"2025-0)" + QByteArray::number(2 + v % 7)
                     + R"(-1)" + QByteArray::number(v % 10) + R"(T10:00:00Z","by":"mod.li","source":"algorithm","evidence":"水下笔记"})"
                     + '\n';
        }
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return path;
}

qint64 verifiedEventCount(const QString &db)
{
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("verify")});
    if (r.exitCode != 0) {
        qWarning("verify failed (%d): %s", r.exitCode, qPrintable(r.err));
        return -1;
    }
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(\\d+) events")).match(r.out);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// The first column of every row of `sql`, read with SQLite itself rather than through Redline.
QStringList rawColumn(const QString &db, const char *sql)
{
    sqlite3 *handle = nullptr;
    sqlite3_open(db.toUtf8().constData(), &handle);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr);
    QStringList values;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(handle);
    return values;
}

QString journalMode(const QString &db)
{
    return rawColumn(db, "PRAGMA journal_mode").value(0);
}

// Tables, indexes and triggers: a load into an empty ledger drops and rebuilds indexes inside its
// transaction (Schema::deferSubjectIndex), so a kill must leave them as they were.
QStringList schemaNames(const QString &db)
{
    return rawColumn(db, "SELECT type || ' ' || name FROM sqlite_schema ORDER BY name");
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    void killDuringImport_data();
    void killDuringImport();
    void twoWritersAtOnce();

private:
    QTemporaryDir m_dir;
    QStringList m_newStoreSchema;
};

void TestRobustness::killDuringImport_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<bool>("populated");
    QTest::newRow("kill almost at once") << 30 << true;
    QTest::newRow("kill while parsing") << 250 << true;
    QTest::newRow("kill late") << 900 << true;
    // Into an empty ledger the writer uses a rollback journal instead of WAL (BulkWriter): the next open
    // must roll the hot journal back and return to WAL.
    QTest::newRow("empty store, kill while parsing") << 250 << false;
    QTest::newRow("empty store, kill late") << 900 << false;
}

// The import is one transaction: after a SIGKILL the store opens, verifies, and holds all of the file
// or none of it. A later import of the same file completes it.
void TestRobustness::killDuringImport()
{
    QFETCH(int, delayMs);
    QFETCH(bool, populated);
    const QString name = QStringLiteral("%1-%2").arg(populated ? "populated" : "empty").arg(delayMs);
    const QString db = m_dir.filePath(QStringLiteral("kill-%1.db").arg(name));
    QCOMPARE(cli({"--db", db, "init"}).exitCode, 0);
    m_newStoreSchema = schemaNames(db);
    QVERIFY(m_newStoreSchema.contains(QStringLiteral("index events_by_subject")));
    QVERIFY(m_newStoreSchema.contains(QStringLiteral("index state_by_score")));
    if (populated) {
        const QString base = writeImport(m_dir.path(), QStringLiteral("base-%1").arg(name), 10, 2);
        QCOMPARE(cli({"--db", db, "import", base}).exitCode, 0);
    }
    const qint64 before = verifiedEventCount(db);
    QCOMPARE(before, qint64(populated ? 30 : 0));

    const int creators = 20000, perCreator = 5;
    const qint64 fileEvents = creators * (1 + perCreator);
    const QString big = writeImport(m_dir.path(), QStringLiteral("big-%1").arg(name), creators, perCreator);
    QProcess p;
    p.start(QStringLiteral(REDLINE_CLI), {"--db", db, "import", big});
    QVERIFY(p.waitForStarted());
    QTest::qWait(delayMs);
    if (p.state() != QProcess::NotRunning) { // a fast machine may have finished the import already
        p.kill(); // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished(60000));
    }

    const qint64 after = verifiedEventCount(db);
    qInfo("killed after %d ms: the store holds %s of the import", delayMs, after == before ? "none" : "all");
    QVERIFY2(after == before || after == before + fileEvents,
             qPrintable(QStringLiteral("store holds %1 events: neither %2 nor %3").arg(after).arg(before).arg(before + fileEvents)));
    QVERIFY(!QFile::exists(db + QStringLiteral("-journal")));
    QCOMPARE(schemaNames(db), m_newStoreSchema);
    QCOMPARE(cli({"--db", db, "import", big}).exitCode, 0);
    QCOMPARE(verifiedEventCount(db), before + fileEvents);
    QCOMPARE(journalMode(db), QStringLiteral("wal"));
}

// Two processes importing into one store at the same time: both land (the busy timeout makes one wait)
// and the store verifies with every event of both.
void TestRobustness::twoWritersAtOnce()
{
    const QString db = m_dir.filePath(QStringLiteral("two.db"));
    QCOMPARE(cli({"--db", db, "init"}).exitCode, 0);
    const QString a = writeImport(m_dir.path(), QStringLiteral("wa"), 4000, 4);
    const QString b = writeImport(m_dir.path(), QStringLiteral("wb"), 4000, 4);
    QProcess pa, pb;
    pa.start(QStringLiteral(REDLINE_CLI), {"--db", db, "import", a});
    pb.start(QStringLiteral(REDLINE_CLI), {"--db", db, "import", b});
    QVERIFY(pa.waitForFinished(300000));
    QVERIFY(pb.waitForFinished(300000));
    QCOMPARE(pa.exitCode(), 0);
    QCOMPARE(pb.exitCode(), 0);
    QCOMPARE(verifiedEventCount(db), qint64(2 * 4000 * 5));
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
