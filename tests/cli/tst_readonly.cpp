// Read-only audits (docs/architecture.md "Read-only stores"): a store in a folder this user may not write,
// or a read-only file, answers every read of redline-cli as a writable copy does at the same instant
// (a cache due for a refresh is brought up to date in memory), refuses every write with exit 2 and the
// reason, and is left byte for byte as it was, with no journal or index files beside it.
//
// Permissions mean nothing to root, so as root the CLI runs as `nobody` (setpriv), from a copy of the
// binary in a folder nobody may read; otherwise it runs as the current user.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

struct Result {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestReadOnly : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsMatchAWritableCopy_data();
    void readsMatchAWritableCopy();
    void writesAreRefused_data();
    void writesAreRefused();
    void storeIsUntouched();

private:
    Result run(const QStringList &args, bool unprivileged, const QString &now = QStringLiteral("2025-09-01"));

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_locked;    // the store in a folder nobody may write
    QString m_writable;  // a copy of it, writable
    QByteArray m_hash;
};

Result TestReadOnly::run(const QStringList &args, bool unprivileged, const QString &now)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REDLINE_NOW"), now);
    env.insert(QStringLiteral("USER"), QStringLiteral("auditor"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    process.setProcessEnvironment(env);
    if (unprivileged && geteuid() == 0)
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), m_cli} + args);
    else
        process.start(m_cli, args);
    if (!process.waitForStarted() || !process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestReadOnly::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                   | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                                   | QFileDevice::ExeGroup));
    m_cli = m_dir.filePath(QStringLiteral("redline-cli"));
    QVERIFY(QFile::copy(QStringLiteral(REDLINE_CLI), m_cli));
    QVERIFY(QFile::setPermissions(m_cli, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                             | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));

    // A small generated store, its cache computed in January: by September many subjects are due a
    // recovery step, which a read-only open computes in memory.
    const QString folder = m_dir.filePath(QStringLiteral("evidence"));
    QVERIFY(QDir().mkpath(folder));
    m_locked = folder + QStringLiteral("/audit.redline");
    QCOMPARE(run({QStringLiteral("--db"), m_locked, QStringLiteral("generate"), QStringLiteral("--mcns"), QStringLiteral("8"),
                  QStringLiteral("--brands"), QStringLiteral("8"), QStringLiteral("--creators"), QStringLiteral("300"),
                  QStringLiteral("--violations"), QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("7")},
                 false, QStringLiteral("2025-01-15"))
                 .code,
             0);
    m_writable = m_dir.filePath(QStringLiteral("copy.redline"));
    QVERIFY(QFile::copy(m_locked, m_writable));
    QVERIFY(QFile::setPermissions(m_writable, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    // The folder and the file: readable, writable by nobody.
    QVERIFY(QFile::setPermissions(m_locked, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    m_hash = fileHash(m_locked);
    QVERIFY(!m_hash.isEmpty());
}

void TestReadOnly::readsMatchAWritableCopy_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("list creators") << QStringList{QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("creator"),
                                                  QStringLiteral("--json")};
    QTest::newRow("list below 90") << QStringList{QStringLiteral("list"), QStringLiteral("--below"), QStringLiteral("90"),
                                                  QStringLiteral("--json")};
    QTest::newRow("score") << QStringList{QStringLiteral("score"), QStringLiteral("mcn-000001"), QStringLiteral("--json")};
    QTest::newRow("history") << QStringList{QStringLiteral("history"), QStringLiteral("crt-0000001"), QStringLiteral("--json")};
    QTest::newRow("export") << QStringList{QStringLiteral("export")};
}

void TestReadOnly::readsMatchAWritableCopy()
{
    QFETCH(QStringList, command);
    const Result locked = run(QStringList{QStringLiteral("--db"), m_locked} + command, true);
    QVERIFY2(locked.code == 0, locked.err.constData());
    const Result writable = run(QStringList{QStringLiteral("--db"), m_writable} + command, false);
    QVERIFY2(writable.code == 0, writable.err.constData());
    QVERIFY(!locked.out.isEmpty());
    QCOMPARE(locked.out, writable.out);
}

void TestReadOnly::writesAreRefused_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral(REDLINE_TEST_DATA "/basic.jsonl")};
    QTest::newRow("user add") << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("new.user"),
                                             QStringLiteral("viewer")};
}

void TestReadOnly::writesAreRefused()
{
    QFETCH(QStringList, command);
    const Result result = run(QStringList{QStringLiteral("--db"), m_locked} + command, true);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains("read-only"), result.err.constData());
}

void TestReadOnly::storeIsUntouched()
{
    QCOMPARE(run({QStringLiteral("--db"), m_locked, QStringLiteral("verify")}, true).code, 0);
    QCOMPARE(fileHash(m_locked), m_hash);
    QVERIFY(!QFile::exists(m_locked + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(m_locked + QStringLiteral("-shm")));
    QVERIFY(!QFile::exists(m_locked + QStringLiteral("-journal")));
}

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_readonly.moc"
