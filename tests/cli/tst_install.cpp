// An installable console (docs/architecture.md "Installing"): `cmake --install` puts both programs, the
// desktop entry and the icon in place; `redline --help` needs no display and describes every option; the
// CLI speaks the user's language when a translation exists, while its results stay the same.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QString &program, const QStringList &args, const QMap<QString, QString> &set = {},
           const QStringList &unset = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : unset)
        env.remove(name);
    for (auto it = set.begin(); it != set.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted() || !process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

const QStringList kNoDisplay{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")};

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void consoleHelpNeedsNoDisplay_data();
    void consoleHelpNeedsNoDisplay();
    void consoleVersionNeedsNoDisplay();
    void cliSpeaksTheUsersLanguage();
    void cliResultsDoNotChangeWithTheLanguage();
    void installPutsEverythingInPlace();
};

void TestInstall::consoleHelpNeedsNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    for (const char *option : {"--db", "--read-only", "--user", "--page", "--subject", "--tab", "--now", "--size",
                               "--screenshot", "--version"})
        QTest::newRow(option) << QString::fromLatin1(option);
}

void TestInstall::consoleHelpNeedsNoDisplay()
{
    QFETCH(QString, option);
    const Result help = run(QStringLiteral(REDLINE_CONSOLE), {QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}},
                            kNoDisplay);
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains(option.toUtf8()), help.out.constData());
}

void TestInstall::consoleVersionNeedsNoDisplay()
{
    const Result version = run(QStringLiteral(REDLINE_CONSOLE), {QStringLiteral("--version")}, {}, kNoDisplay);
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.startsWith("redline "), version.out.constData());
}

void TestInstall::cliSpeaksTheUsersLanguage()
{
    const QMap<QString, QString> chinese{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")},
                                         {QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")}};
    const Result help = run(QStringLiteral(REDLINE_CLI), {QStringLiteral("--help")}, chinese);
    QCOMPARE(help.code, 0);
    QVERIFY2(QString::fromUtf8(help.out).contains(QStringLiteral("用法")), help.out.constData());
    const Result missing = run(QStringLiteral(REDLINE_CLI), {QStringLiteral("--db"), QStringLiteral("/nonexistent/x.db"),
                                                             QStringLiteral("score"), QStringLiteral("crt-x")},
                               chinese);
    QCOMPARE(missing.code, 2);
    QVERIFY2(QString::fromUtf8(missing.err).contains(QStringLiteral("数据库不存在")), missing.err.constData());
    const Result english = run(QStringLiteral(REDLINE_CLI), {QStringLiteral("--help")},
                               {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}, {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
    QVERIFY2(english.out.startsWith("usage: redline-cli"), english.out.constData());
}

// JSON, ids and exit codes are the contract: the same bytes whatever the language.
void TestInstall::cliResultsDoNotChangeWithTheLanguage()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.redline"));
    QCOMPARE(run(QStringLiteral(REDLINE_CLI), {QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);
    QCOMPARE(run(QStringLiteral(REDLINE_CLI), {QStringLiteral("--db"), db, QStringLiteral("import"),
                                               QStringLiteral(REDLINE_TEST_DATA "/basic.jsonl")},
                 {{QStringLiteral("REDLINE_NOW"), QStringLiteral("2025-03-01")}})
                 .code,
             0);
    QByteArray outputs[2];
    const char *locales[] = {"C.UTF-8", "zh_CN.UTF-8"};
    for (int i = 0; i < 2; ++i) {
        const Result list = run(QStringLiteral(REDLINE_CLI), {QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json")},
                                {{QStringLiteral("LANG"), QString::fromLatin1(locales[i])},
                                 {QStringLiteral("LC_ALL"), QString::fromLatin1(locales[i])},
                                 {QStringLiteral("REDLINE_NOW"), QStringLiteral("2025-03-01")}});
        QCOMPARE(list.code, 0);
        outputs[i] = list.out;
    }
    QVERIFY(!outputs[0].isEmpty());
    QCOMPARE(outputs[1], outputs[0]);
}

void TestInstall::installPutsEverythingInPlace()
{
    QTemporaryDir prefix;
    const Result install = run(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(REDLINE_BUILD_DIR),
                                                         QStringLiteral("--prefix"), prefix.path()});
    QVERIFY2(install.code == 0, install.err.constData());
    for (const char *file : {"bin/redline", "bin/redline-cli", "share/applications/redline.desktop",
                             "share/icons/hicolor/scalable/apps/redline.svg", "share/icons/hicolor/256x256/apps/redline.png"})
        QVERIFY2(QFile::exists(prefix.filePath(QString::fromLatin1(file))), file);
    QFile desktop(prefix.filePath(QStringLiteral("share/applications/redline.desktop")));
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QByteArray entry = desktop.readAll();
    QVERIFY(entry.contains("Exec=redline"));
    QVERIFY(entry.contains("Icon=redline"));
    const Result help = run(prefix.filePath(QStringLiteral("bin/redline-cli")), {QStringLiteral("--help")},
                            {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
    QCOMPARE(help.code, 0);
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
