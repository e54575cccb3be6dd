// The triage page as a moderator uses it (docs/rules.md "Triage"): real widgets offscreen on a real store.
// J/K move, A claims, D dismisses, C claims and opens the record dialog filled in from the item; the post's
// findings are highlighted; another moderator's console shows who holds an item and offers no step on it.

#include "actions/actions.h"
#include "jsonlbytes.h"
#include "query/triagequery.h"
#include "recordviolationdialog.h"
#include "store/store.h"
#include "triage/triageitemview.h"
#include "triage/triagepage.h"
#include "triage/triagequeuemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace redline;

namespace {

const QByteArray kFixture =
    R"({"type":"subject","handle":"crt-a","kind":"creator","name":"小鹿","at":"2025-01-01"})" "\n"
    R"({"type":"subject","handle":"crt-b","kind":"creator","name":"Chloe","at":"2025-01-01"})" "\n"
    R"({"type":"post","id":"p-1","subject":"crt-a","at":"2026-11-01T08:00:00Z","title":"好物","text":"😀加我 138 0013 8000 领券"})" "\n"
    R"({"type":"post","id":"p-2","subject":"crt-b","at":"2026-11-02T08:00:00Z","text":"合作请打 139 1234 5678"})" "\n"
    R"({"type":"report","id":"r-1","subject":"crt-b","at":"2026-11-03T08:00:00Z","code":"creator.unreported_ad","reason":"paid post passed off as a diary"})" "\n";

std::unique_ptr<Store> createStore(const QTemporaryDir &dir)
{
    StoreOptions options;
    options.now = *parseInstant(QStringLiteral("2026-12-01T00:00:00Z"));
    StoreError error;
    std::unique_ptr<Store> store = Store::create(dir.filePath(QStringLiteral("triage.redline")), options, &error);
    if (!store)
        qFatal("%s", qPrintable(error.message));
    if (!JsonlBytes::import(*store, kFixture, &error))
        qFatal("%s", qPrintable(error.message));
    return store;
}

// Xvfb and offscreen have no window manager to activate the page; the keys belong to the table.
void showActive(TriagePage &page)
{
    page.resize(1400, 900);
    page.show();
    page.activateWindow();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.table()->setFocus();
}

void press(TriagePage &page, Qt::Key key)
{
    QTest::keyClick(page.table(), key);
}

TriageStatus::State stateOf(const Store &store, const QString &id)
{
    std::optional<TriageItem> item;
    StoreError error;
    TriageQuery(store).item(id, &item, &error);
    return item ? item->status.state : TriageStatus::State::Open;
}

} // namespace

class TestTriagePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsItemsNewestFirstAndMovesWithJK();
    void highlightsEveryFindingSpan();
    void claimShowsWhoHoldsItToEveryoneElse();
    void dismissClosesTheItem();
    void confirmClaimsThenRecordsWithTheDialogFilledIn();
    void aLapsedClaimIsOpenToEveryone();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestTriagePage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("redline-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestTriagePage::init()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("triage.redline")));
    QSettings().clear();
    m_store = createStore(m_dir);
}

void TestTriagePage::listsItemsNewestFirstAndMovesWithJK()
{
    TriagePage page(*m_store);
    page.setSession(Session::open(QStringLiteral("alice")));
    showActive(page);
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.currentItem(), QStringLiteral("r-1"));
    press(page, Qt::Key_J);
    QCOMPARE(page.currentItem(), QStringLiteral("p-2"));
    press(page, Qt::Key_J);
    QCOMPARE(page.currentItem(), QStringLiteral("p-1"));
    press(page, Qt::Key_K);
    QCOMPARE(page.currentItem(), QStringLiteral("p-2"));
    QCOMPARE(page.model()->index(0, TriageQueueModel::Source).data().toString(), QStringLiteral("User report"));
    QCOMPARE(page.model()->index(1, TriageQueueModel::Categories).data().toString(), QStringLiteral("diversion (导流)"));
    page.filterCombo()->setCurrentIndex(page.filterCombo()->findData(QStringLiteral("dismissed")));
    QCOMPARE(page.model()->rowCount(), 0);
}

// R-S1: the span counts code points, so the emoji before the phone number must not shift the mark.
void TestTriagePage::highlightsEveryFindingSpan()
{
    TriagePage page(*m_store);
    page.setSession(Session::open(QStringLiteral("alice")));
    showActive(page);
    press(page, Qt::Key_J);
    press(page, Qt::Key_J);
    QCOMPARE(page.currentItem(), QStringLiteral("p-1"));
    const QString html = page.itemView()->html();
    QVERIFY2(html.contains(QStringLiteral("138 0013 8000</span>")), qPrintable(html));
    const QVector<FindingRecord> spans{FindingRecord{0, {}, {}, {}, 0, {}, {}, 4, 17, {}, {}}};
    QCOMPARE(TriageItemView::highlighted(QStringLiteral("😀加我 138 0013 8000 领券"), spans),
             QStringLiteral("😀加我 <mark style=\"background:#ffd36b\">138 0013 8000</mark> 领券"));
}

void TestTriagePage::claimShowsWhoHoldsItToEveryoneElse()
{
    TriagePage alice(*m_store);
    alice.setSession(Session::open(QStringLiteral("alice")));
    showActive(alice);
    press(alice, Qt::Key_A);
    QCOMPARE(stateOf(*m_store, QStringLiteral("r-1")), TriageStatus::State::Claimed);
    QCOMPARE(alice.model()->index(0, TriageQueueModel::State).data().toString(), QStringLiteral("Claimed by alice"));
    QVERIFY(alice.findChild<QPushButton *>(QStringLiteral("releaseButton"))->isEnabled());

    TriagePage bob(*m_store);
    bob.setSession(Session::open(QStringLiteral("bob")));
    showActive(bob);
    QCOMPARE(bob.currentItem(), QStringLiteral("r-1"));
    QCOMPARE(bob.model()->index(0, TriageQueueModel::State).data().toString(), QStringLiteral("Claimed by alice"));
    for (const char *name : {"claimButton", "dismissButton", "confirmButton", "releaseButton"})
        QVERIFY2(!bob.findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(bob.findChild<QPushButton *>(QStringLiteral("claimButton"))->toolTip().contains(QStringLiteral("Claimed by alice")));
    press(bob, Qt::Key_D); // the key does nothing on an item bob may not act on
    QCOMPARE(stateOf(*m_store, QStringLiteral("r-1")), TriageStatus::State::Claimed);
    press(bob, Qt::Key_J); // an open item: the buttons and their own tooltips come back
    QVERIFY(bob.findChild<QPushButton *>(QStringLiteral("claimButton"))->isEnabled());
    QVERIFY(bob.findChild<QPushButton *>(QStringLiteral("claimButton"))->toolTip().startsWith(QStringLiteral("Take the item")));
}

void TestTriagePage::dismissClosesTheItem()
{
    TriagePage page(*m_store);
    page.setSession(Session::open(QStringLiteral("alice")));
    showActive(page);
    press(page, Qt::Key_J);
    QVERIFY(page.dismissCurrent(QStringLiteral("Not a violation: a business phone in a company profile")));
    QCOMPARE(stateOf(*m_store, QStringLiteral("p-2")), TriageStatus::State::Dismissed);
    QCOMPARE(page.model()->rowCount(), 2); // the to-do list no longer shows it
    QCOMPARE(page.currentItem(), QStringLiteral("p-1")); // and the next item is current
}

void TestTriagePage::confirmClaimsThenRecordsWithTheDialogFilledIn()
{
    TriagePage page(*m_store);
    page.setSession(Session::open(QStringLiteral("alice")));
    showActive(page);
    press(page, Qt::Key_J);
    press(page, Qt::Key_J);
    QString code;
    QString evidence;
    TriageStatus::State whileOpen = TriageStatus::State::Open;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<RecordViolationDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        whileOpen = stateOf(*m_store, QStringLiteral("p-1"));
        code = dialog->findChild<QComboBox *>(QStringLiteral("codeCombo"))->currentText();
        evidence = dialog->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"))->toPlainText();
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();
    });
    press(page, Qt::Key_C);
    QCOMPARE(whileOpen, TriageStatus::State::Claimed); // claimed before the dialog opened
    QVERIFY2(code.endsWith(QLatin1String("creator.diversion")), qPrintable(code));
    QVERIFY2(evidence.contains(QStringLiteral("\"138 0013 8000\"")), qPrintable(evidence));
    QCOMPARE(stateOf(*m_store, QStringLiteral("p-1")), TriageStatus::State::Confirmed);
}

// docs/rules.md "Triage": eight hours (the default policy) after alice's claim, the page reads r-1 as open,
// says whose claim lapsed, drops it from "claimed by me" and lets bob take it.
void TestTriagePage::aLapsedClaimIsOpenToEveryone()
{
    StoreError error;
    QVERIFY2(Actions(*m_store, Session::open(QStringLiteral("alice"))).claimItem(QStringLiteral("r-1"), &error),
             qPrintable(error.message));
    m_store->setNow(*parseInstant(QStringLiteral("2026-12-01T08:00:00Z")));

    TriagePage alice(*m_store);
    alice.setSession(Session::open(QStringLiteral("alice")));
    showActive(alice);
    alice.filterCombo()->setCurrentIndex(alice.filterCombo()->findData(QStringLiteral("mine")));
    QCOMPARE(alice.model()->rowCount(), 0);

    TriagePage bob(*m_store);
    bob.setSession(Session::open(QStringLiteral("bob")));
    showActive(bob);
    bob.filterCombo()->setCurrentIndex(bob.filterCombo()->findData(QStringLiteral("open")));
    QCOMPARE(bob.model()->rowCount(), 3);
    QCOMPARE(bob.currentItem(), QStringLiteral("r-1"));
    QCOMPARE(bob.model()->index(0, TriageQueueModel::State).data().toString(),
             QStringLiteral("Open (claim lapsed, was alice's)"));
    QVERIFY(bob.findChild<QPushButton *>(QStringLiteral("claimButton"))->isEnabled());
    QVERIFY(!bob.findChild<QPushButton *>(QStringLiteral("releaseButton"))->isEnabled());
    press(bob, Qt::Key_A);
    QCOMPARE(stateOf(*m_store, QStringLiteral("r-1")), TriageStatus::State::Claimed);
    std::optional<TriageItem> item;
    QVERIFY(TriageQuery(*m_store).item(QStringLiteral("r-1"), &item, &error) && item);
    QCOMPARE(item->status.by, QStringLiteral("bob"));
}

QTEST_MAIN(TestTriagePage)
#include "tst_triagepage.moc"
