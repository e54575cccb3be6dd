// A store opened read-only in the console (docs/architecture.md "Read-only stores"): the title bar and the
// status bar say so, every write of the case file is disabled with the reason, and nothing is written.

#include "casefileview.h"
#include "consolefixture.h"
#include "mainwindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestReadOnlyConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyIsMarkedAndRefusesWrites();

private:
    QTemporaryDir m_settingsDir;
};

void TestReadOnlyConsole::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RedlineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_readonlyconsole"));
}

void TestReadOnlyConsole::readOnlyIsMarkedAndRefusesWrites()
{
    QTemporaryDir dir;
    ConsoleFixture::create(dir, 10);
    const QString path = dir.filePath(QStringLiteral("console.redline"));
    // A later instant than the fixture's: some subjects are due a recovery step, computed in memory.
    const Instant later = ConsoleFixture::kConsoleNow + 90 * 86400;
    {
        // Closed cleanly first, so the file alone holds the store.
        MainWindow window;
        window.setClock(ConsoleFixture::kConsoleNow);
        QVERIFY(window.openStore(path, false));
    }
    const QByteArray before = fileHash(path);

    MainWindow window;
    window.setClock(later);
    window.show();
    QVERIFY(window.openStore(path, false, true));
    QVERIFY(window.store()->isReadOnly());
    QVERIFY(window.store()->hasMemoryState());
    QVERIFY(window.windowTitle().contains(QStringLiteral("(read-only)")));
    auto *mark = window.findChild<QLabel *>(QStringLiteral("statusReadOnly"));
    QVERIFY(mark && mark->isVisible());
    QVERIFY(mark->toolTip().contains(QStringLiteral("in memory")));

    QVERIFY(window.openSubject(QStringLiteral("mcn-starriver")));
    CaseFileView *caseFile = nullptr;
    for (CaseFileView *view : window.findChildren<CaseFileView *>()) {
        if (view->currentHandle() == QLatin1String("mcn-starriver"))
            caseFile = view;
    }
    QVERIFY(caseFile);
    auto *record = caseFile->findChild<QPushButton *>(QStringLiteral("recordViolationButton"));
    QVERIFY(record && !record->isEnabled());
    QVERIFY2(record->toolTip().contains(QStringLiteral("read-only")), qPrintable(record->toolTip()));
    auto *pay = caseFile->findChild<QAction *>(QStringLiteral("ledgerAction0")); // Record a deposit payment
    QVERIFY(pay && !pay->isEnabled());
    QVERIFY2(pay->toolTip().contains(QStringLiteral("read-only")), qPrintable(pay->toolTip()));

    // The case file shows the state now, as computed in memory: the same as a writable open would show.
    const std::optional<CachedState> shown = window.store()->cachedState(QStringLiteral("mcn-starriver"));
    Replay replay;
    QVERIFY(window.store()->replay(QStringLiteral("mcn-starriver"), later, &replay, nullptr));
    QVERIFY(shown);
    QCOMPARE(shown->score, replay.state.score);

    window.close();
    QCOMPARE(fileHash(path), before);
}

QTEST_MAIN(TestReadOnlyConsole)
#include "tst_readonlyconsole.moc"
