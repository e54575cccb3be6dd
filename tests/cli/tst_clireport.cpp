// `redline-cli report HANDLE [--at T] --out FILE.pdf|FILE.csv` (docs/contracts.md): writes a PDF or a CSV by
// the extension, refuses another extension and an unknown subject with exit 2 and leaves no file, and runs
// without a display (the command makes its own offscreen QApplication; the others make none).

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kBasic = QStringLiteral(REDLINE_TEST_DATA "/basic.jsonl");

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Without a display and without a platform: `report` must choose the offscreen platform itself.
Result runCli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REDLINE_NOW"), QStringLiteral("2025-03-01"));
    env.insert(QStringLiteral("USER"), QStringLiteral("cli.tester"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REDLINE_CLI), args);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writesPdf();
    void writesCsv();
    void atChangesTheStanding();
    void refusesBadInput_data();
    void refusesBadInput();
    void unwritableOutLeavesNothing();
    void helpNeedsNoDisplay();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("basic.redline"));
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init")}).code, 0);
    const Result import = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), kBasic});
    QVERIFY2(import.code == 0, import.err.constData());
}

void TestCliReport::writesPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils, scripts/setup.sh) is not installed");
    const QString out = m_dir.filePath(QStringLiteral("starriver.pdf"));
    const Result r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("mcn-starriver"),
                             QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("store verified"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString text = pdfText(out);
    QVERIFY2(text.contains(QStringLiteral("星河传媒")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("mcn.fabricated_engagement")));
    QVERIFY(text.contains(QStringLiteral("Verified")));
    QVERIFY(text.contains(QStringLiteral("made")) || text.contains(QStringLiteral("Made")));
    QVERIFY(text.contains(QStringLiteral("cli.tester")));
}

void TestCliReport::writesCsv()
{
    const QString out = m_dir.filePath(QStringLiteral("lin.csv"));
    const Result r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("crt-lin"),
                             QStringLiteral("--out=") + out});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF#report,"));
    QVERIFY(csv.contains("\r\n#violations,"));
    QVERIFY(csv.contains("creator.diversion"));
    QVERIFY(csv.contains("mcn-starriver")); // the creator's MCN
}

// The report stands at --at: before v-2 (15 February) the creator has no violation yet.
void TestCliReport::atChangesTheStanding()
{
    const QString out = m_dir.filePath(QStringLiteral("lin-early.csv"));
    const Result r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("crt-lin"),
                             QStringLiteral("--at"), QStringLiteral("2025-02-01"), QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(!csv.contains("creator.diversion"));
    QVERIFY(csv.contains("2025-02-01"));
}

void TestCliReport::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("bad extension") << QStringList{QStringLiteral("mcn-starriver")} << QStringLiteral("report.docx")
                                   << QByteArray("must be .pdf or .csv");
    QTest::newRow("no extension") << QStringList{QStringLiteral("mcn-starriver")} << QStringLiteral("report")
                                  << QByteArray("must be .pdf or .csv");
    QTest::newRow("unknown handle pdf") << QStringList{QStringLiteral("mcn-nobody")} << QStringLiteral("nobody.pdf")
                                        << QByteArray("unknown subject mcn-nobody");
    QTest::newRow("unknown handle csv") << QStringList{QStringLiteral("mcn-nobody")} << QStringLiteral("nobody.csv")
                                        << QByteArray("unknown subject mcn-nobody");
    QTest::newRow("bad --at") << QStringList{QStringLiteral("mcn-starriver"), QStringLiteral("--at"), QStringLiteral("March")}
                              << QStringLiteral("at.pdf") << QByteArray("--at");
}

void TestCliReport::refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    QFETCH(QByteArray, message);
    const QString out = m_dir.filePath(file);
    const Result r = runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report")} + args
                            + QStringList{QStringLiteral("--out"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!QFile::exists(out));
    // Nor a temporary file beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QFileInfo(file).fileName() + QStringLiteral("*")}, QDir::Files).size(), 0);
}

void TestCliReport::unwritableOutLeavesNothing()
{
    const QString out = m_dir.filePath(QStringLiteral("no-such-dir/report.pdf"));
    const Result r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("mcn-starriver"),
                             QStringLiteral("--out"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("cannot write"), r.err.constData());
    QVERIFY(!QFile::exists(out));
}

// Every other command, and --help, makes no QApplication, so none needs a platform plugin or a display.
void TestCliReport::helpNeedsNoDisplay()
{
    const Result help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("report HANDLE"));
    const Result score = runCli({QStringLiteral("--db"), m_db, QStringLiteral("score"), QStringLiteral("crt-lin")});
    QCOMPARE(score.code, 0);
    QVERIFY(!score.err.contains("qt.qpa"));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
