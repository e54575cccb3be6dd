// The review queue: subjects with violations flagged by the algorithm or by user reports in the last days
// of the store's clock, newest first; J/K move, Enter opens, N records a violation with its consequences.

#include "actionhistory.h"
#include "recordviolationdialog.h"
#include "reviewqueuemodel.h"
#include "reviewqueuepage.h"

#include "base/instant.h"
#include "io/eventjson.h"
#include "query/reviewqueuequery.h"
#include "actions/session.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QLabel>
#include <QTranslator>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace redline;

namespace {

const Instant kNow = *parseInstant(QStringLiteral("2025-02-10T10:00:00Z"));

std::unique_ptr<Store> makeStore(const QTemporaryDir &dir)
{
    StoreOptions options;
    options.now = kNow;
    options.actor = QStringLiteral("mod.wang");
    StoreError error;
    std::unique_ptr<Store> store = Store::create(dir.filePath(QStringLiteral("review.redline")), options, &error);
    if (!store)
        qFatal("create: %s", qPrintable(error.message));
    const QStringList lines{
        R"({"type":"subject","handle":"crt-a","kind":"creator","name":"A","at":"2025-01-01"})",
        R"({"type":"subject","handle":"crt-b","kind":"creator","name":"B","at":"2025-01-01"})",
        R"({"type":"subject","handle":"crt-c","kind":"creator","name":"C","at":"2025-01-01"})",
        R"({"type":"subject","handle":"crt-d","kind":"creator","name":"D","at":"2025-01-01"})",
        R"({"type":"subject","handle":"brd-e","kind":"brand","name":"E","at":"2025-01-01"})",
        // crt-a: two flagged in the window (algorithm, report), the latest on 02-09.
        R"({"type":"violation","id":"v-a1","subject":"crt-a","code":"creator.diversion","at":"2025-02-05","by":"bot","source":"algorithm","evidence":"加V"})",
        R"({"type":"violation","id":"v-a2","subject":"crt-a","code":"creator.absolute_claim","at":"2025-02-09","by":"bot","source":"user_report","evidence":"最有效"})",
        // crt-b: flagged on 02-10 (newest).
        R"({"type":"violation","id":"v-b1","subject":"crt-b","code":"creator.unreported_ad","at":"2025-02-10","by":"bot","source":"algorithm","evidence":"未报备"})",
        // crt-c: only human review, and an algorithm finding older than 7 days: not in the queue.
        R"({"type":"violation","id":"v-c1","subject":"crt-c","code":"creator.unreported_ad","at":"2025-02-08","by":"mod.li","source":"human_review","evidence":"x"})",
        R"({"type":"violation","id":"v-c2","subject":"crt-c","code":"creator.unreported_ad","at":"2025-02-02","by":"bot","source":"algorithm","evidence":"x"})",
        // crt-d: flagged but retracted; brd-e: flagged but overturned. Neither is in the queue.
        R"({"type":"violation","id":"v-d1","subject":"crt-d","code":"creator.unreported_ad","at":"2025-02-08","by":"bot","source":"algorithm","evidence":"x"})",
        R"({"type":"retraction","violation":"v-d1","at":"2025-02-09","by":"bot"})",
        R"({"type":"violation","id":"v-e1","subject":"brd-e","code":"brand.unauthorized_promotion","at":"2025-02-06","by":"bot","source":"user_report","evidence":"x"})",
        R"({"type":"appeal","id":"a-e1","violation":"v-e1","at":"2025-02-07","by":"brd-e","reason":"x"})",
        R"({"type":"decision","appeal":"a-e1","outcome":"overturned","at":"2025-02-08","by":"mod.li","reason":"x"})",
    };
    for (const QString &line : lines) {
        StoredEvent e;
        QString parseError;
        if (!EventJson::parse(line.toUtf8(), &e, &parseError) || !store->append(e, &error))
            qFatal("%s: %s %s", qPrintable(line), qPrintable(parseError), qPrintable(error.message));
    }
    return store;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REDLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestReviewQueue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void flaggedSubjects_data();
    void flaggedSubjects();
    void keyboardTriage();
};

void TestReviewQueue::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QDir::tempPath().toUtf8() + "/redline-tst-reviewqueue");
    QCoreApplication::setOrganizationName(QStringLiteral("redline-tests"));
}

void TestReviewQueue::flaggedSubjects_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QStringList>("rows"); // handle flagged algorithm reports latestId

    QTest::newRow("last 7 days")
        << 7 << QStringList{"crt-b 1 1 0 v-b1", "crt-a 2 1 1 v-a2"};
    // (now - 1 day, now]: v-a2 at 2025-02-09T00:00Z is ten hours too old.
    QTest::newRow("last day") << 1 << QStringList{"crt-b 1 1 0 v-b1"};
    QTest::newRow("last 30 days")
        << 30 << QStringList{"crt-b 1 1 0 v-b1", "crt-a 2 1 1 v-a2", "crt-c 1 1 0 v-c2"};
}

void TestReviewQueue::flaggedSubjects()
{
    QFETCH(int, days);
    QFETCH(QStringList, rows);

    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    QVector<ReviewItem> items;
    StoreError error;
    QVERIFY2(ReviewQueueQuery(*store).flagged(kNow - redline::days(days), kNow, 100, &items, &error), qPrintable(error.message));
    QStringList got;
    for (const ReviewItem &i : items)
        got << QStringLiteral("%1 %2 %3 %4 %5").arg(i.subject).arg(i.flagged).arg(i.algorithm).arg(i.reports).arg(i.latestId);
    QCOMPARE(got, rows);

    ReviewQueueModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDays(days);
    QCOMPARE(model.rowCount(), rows.size());
    QCOMPARE(model.index(0, ReviewQueueModel::Score).data().toInt(), 98); // crt-b: 100 - 2
}

void TestReviewQueue::keyboardTriage()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir);
    ActionHistory history;
    ReviewQueuePage page(*store);
    page.setActionHistory(&history);
    QVERIFY(!page.recordButton()->isEnabled()); // nobody signed in yet
    page.setSession(Session::open(QStringLiteral("mod.wang"))); // an open store: whoever is at the console
    page.model()->setDays(7);
    page.refresh();
    page.resize(1500, 700);
    page.show();
    page.activateWindow();
    QApplication::setActiveWindow(&page); // Xvfb has no window manager to activate it
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.table()->setFocus();
    QCOMPARE(page.currentHandle(), QStringLiteral("crt-b"));
    // One whole sentence with its plural, not pieces ("2 subjects flagged", never "有 2 个主体 个被标记"),
    // in English and in Chinese.
    const auto *summary = page.findChild<QLabel *>(QStringLiteral("reviewSummary"));
    QVERIFY(summary);
    for (const auto &[language, expected] : {std::pair{QStringLiteral("en"), QStringLiteral("2 subjects flagged in the last 7 days (to ")},
                                             std::pair{QStringLiteral("zh_CN"), QStringLiteral("最近 7 天内（至 ")}}) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/redline_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        page.refresh();
        QVERIFY2(summary->text().startsWith(expected), qPrintable(summary->text()));
        if (language == QLatin1String("zh_CN"))
            QVERIFY2(summary->text().endsWith(QStringLiteral("有 2 个主体被标记。")), qPrintable(summary->text()));
        QCoreApplication::removeTranslator(&translator);
    }
    page.refresh();

    QTest::keyClick(page.table(), Qt::Key_J);
    QCOMPARE(page.currentHandle(), QStringLiteral("crt-a"));
    QTest::keyClick(page.table(), Qt::Key_J); // stays on the last row
    QCOMPARE(page.currentHandle(), QStringLiteral("crt-a"));
    QTest::keyClick(page.table(), Qt::Key_K);
    QCOMPARE(page.currentHandle(), QStringLiteral("crt-b"));
    QTest::keyClick(page.table(), Qt::Key_J);
    saveScreenshot(&page, QStringLiteral("review-queue.png"));

    QSignalSpy open(&page, &ReviewQueuePage::openSubjectRequested);
    QTest::keyClick(page.table(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("crt-a"));

    // N: the record dialog for the current subject; confirming records and tells the history.
    QSignalSpy changed(&page, &ReviewQueuePage::storeChanged);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<RecordViolationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("codeCombo"));
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).endsWith(QLatin1String("creator.diversion")))
                combo->setCurrentIndex(i);
        }
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"))->setPlainText(QStringLiteral("confirmed: wx id in note"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::keyClick(page.table(), Qt::Key_N);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store->auditTrail(QStringLiteral("crt-a")).constLast().actor, QStringLiteral("mod.wang"));
    QVERIFY(history.canUndo());
    QCOMPARE(history.undoText(), QStringLiteral("Undo recording of violation v-20250210-1"));
    QCOMPARE(store->cachedState(QStringLiteral("crt-a"))->score, 100 - 5 - 2 - 5);
    QCOMPARE(page.currentHandle(), QStringLiteral("crt-a")); // the queue keeps its place
}

QTEST_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
