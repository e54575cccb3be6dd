// The agency, brand and creator actions of the case file (LedgerActionDialog), driven through the dialog
// on a real store: each rule's check is shown before Confirm, Confirm stays disabled with core's reason
// exactly when core refuses, and what Confirm writes goes through the action layer (the session's user as
// `by`, the action's audit row) and changes the subject as the rule says.

#include "casefileview.h"
#include "consolefixture.h"
#include "ledgeractiondialog.h"

#include "actions/session.h"
#include "base/role.h"
#include "store/store.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace redline;
using Kind = LedgerActionDialog::Kind;

Q_DECLARE_METATYPE(redline::LedgerActionDialog::Kind)

namespace {

Session signedIn(const QString &name, const QString &role)
{
    return Session::signedIn(name, *Roles::fromId(role));
}

SubjectState stateOf(const Store &store, const QString &handle)
{
    Replay replay;
    StoreError error;
    if (!store.replay(handle, store.now(), &replay, &error))
        qFatal("replay %s: %s", qPrintable(handle), qPrintable(error.message));
    return replay.state;
}

QString lastAuditAction(const Store &store, const QString &handle)
{
    const QVector<AuditEntry> trail = store.auditTrail(handle);
    return trail.isEmpty() ? QString() : trail.last().action;
}

} // namespace

class TestLedgerActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void actionChecksAndWrites_data();
    void actionChecksAndWrites();
    void banNeedsAcknowledgement();
    void roleWithoutPermissionIsRefused();
    void readOnlyStoreRefuses();
    void caseFileMenuSaysWhyGrantIsRefused();
    void certifiedWithUnmetRequirementWarns();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestLedgerActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = ConsoleFixture::create(*m_dir, 0);
}

void TestLedgerActions::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

// Rows named after the rule each one shows. `accepted`: whether Confirm is enabled (and then writes);
// `check`: a check line the dialog must show (its ✓ or ✗ first); `refusal`: words of the blocking reason.
void TestLedgerActions::actionChecksAndWrites_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("counterparty");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("refusal");

    QTest::newRow("R-M3 pay") << Kind::DepositPay << "mcn-lumen" << "fin.zhao" << "compliance" << qint64(5000) << ""
                              << true << "✗ After the payment the balance ¥5,000 is still ¥15,000 short" << "";
    QTest::newRow("R-M3 deduct within balance")
        << Kind::DepositDeduct << "mcn-starriver" << "fin.zhao" << "compliance" << qint64(5000) << "" << true
        << "✓ The amount ¥5,000 is within the balance ¥20,000." << "";
    QTest::newRow("R-M3 deduct beyond balance")
        << Kind::DepositDeduct << "mcn-starriver" << "fin.zhao" << "compliance" << qint64(30000) << "" << false
        << "✗ The amount ¥30,000 is within the balance ¥20,000." << "exceeds the deposit balance";
    QTest::newRow("R-M3 refund with recent violations")
        << Kind::DepositRefund << "mcn-starriver" << "fin.zhao" << "compliance" << qint64(20000) << "" << false
        << "✗ Violation in the last 30 day" << "refund refused: violation";
    QTest::newRow("R-M4 grant refused: fabricated engagement")
        << Kind::CertificationGrant << "mcn-starriver" << "fin.zhao" << "compliance" << qint64(0) << "" << false
        << "✓ The MCN holds no certification yet." << "certification refused";
    QTest::newRow("R-M4 revoke without certification")
        << Kind::CertificationRevoke << "mcn-starriver" << "fin.zhao" << "compliance" << qint64(0) << "" << false
        << "✗ The MCN holds no certification to revoke." << "holds no certification to revoke";
    QTest::newRow("R-M6 contract end") << Kind::ContractEnd << "crt-lin" << "fin.zhao" << "compliance" << qint64(0) << ""
                                       << true << "✓ No R-M6 grace period applies" << "";
    QTest::newRow("R-M6 contract start while contracted")
        << Kind::ContractStart << "crt-wang" << "fin.zhao" << "compliance" << qint64(0) << "mcn-lumen" << false
        << "✗ The creator is contracted to mcn-starriver" << "already contracted";
    QTest::newRow("R-M6 contract start") << Kind::ContractStart << "crt-pct" << "fin.zhao" << "compliance" << qint64(0)
                                         << "mcn-lumen" << true << "✓ The creator has no MCN contract now." << "";
    QTest::newRow("R-C3 exam") << Kind::Exam << "crt-lin" << "mod.wang" << "moderator" << qint64(0) << "" << true
                               << "✓ No earlier exam counted" << "";
}

void TestLedgerActions::actionChecksAndWrites()
{
    QFETCH(Kind, kind);
    QFETCH(QString, handle);
    QFETCH(QString, user);
    QFETCH(QString, role);
    QFETCH(qint64, amount);
    QFETCH(QString, counterparty);
    QFETCH(bool, accepted);
    QFETCH(QString, check);
    QFETCH(QString, refusal);

    const SubjectState before = stateOf(*m_store, handle);
    const qint64 eventsBefore = m_store->eventCount();
    LedgerActionDialog dialog(*m_store, signedIn(user, role), kind, handle);
    if (amount > 0)
        dialog.setAmount(amount);
    if (!counterparty.isEmpty())
        dialog.setCounterparty(counterparty);
    dialog.setReason(QStringLiteral("compliance review 2025-02"));

    bool shown = false;
    for (const QString &line : dialog.checkLines())
        shown = shown || line.startsWith(check);
    QVERIFY2(shown, qPrintable(dialog.checkLines().join(QLatin1Char('\n'))));
    QCOMPARE(dialog.blockingReason().isEmpty(), accepted);
    if (!accepted) {
        QVERIFY2(dialog.blockingReason().contains(refusal), qPrintable(dialog.blockingReason()));
        dialog.accept();
        QVERIFY(!dialog.performed());
        QCOMPARE(m_store->eventCount(), eventsBefore); // the check's write was rolled back
        return;
    }
    dialog.accept();
    QVERIFY(dialog.performed());
    QCOMPARE(m_store->eventCount(), eventsBefore + 1);
    QCOMPARE(lastAuditAction(*m_store, handle), PermissionMatrix::id(LedgerActionDialog::permission(kind)));

    const SubjectState after = stateOf(*m_store, handle);
    switch (kind) {
    case Kind::DepositPay: QCOMPARE(after.depositBalance, before.depositBalance + amount); break;
    case Kind::DepositDeduct: QCOMPARE(after.depositBalance, before.depositBalance - amount); break;
    case Kind::ContractEnd: QCOMPARE(m_store->cachedState(handle)->mcn, QString()); break;
    case Kind::ContractStart: QCOMPARE(m_store->cachedState(handle)->mcn, counterparty); break;
    case Kind::Exam: QVERIFY(after.score > before.score); break;
    default: break;
    }
}

// R-B2: a ban is permanent, so it needs the acknowledgement ticked; the preview shows the ban starting and
// the notice the brand's search will show.
void TestLedgerActions::banNeedsAcknowledgement()
{
    LedgerActionDialog dialog(*m_store, signedIn(QStringLiteral("smod.gao"), QStringLiteral("senior_moderator")),
                              Kind::BrandBan, QStringLiteral("brand-huaxi"));
    dialog.setReason(QStringLiteral("fake consumer accounts"));
    QVERIFY(dialog.needsAcknowledgement());
    QVERIFY2(dialog.blockingReason().contains(QStringLiteral("Tick the box")), qPrintable(dialog.blockingReason()));
    QVERIFY(dialog.hasPreview());
    QVERIFY(dialog.consequences().restrictionsGained.contains(QStringLiteral("banned")));
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("banNoticePreview"));
    QVERIFY(notice && notice->text().contains(CaseFileData::banNoticeOfficial()));

    // The R-B2 notice the brand is sent, planned as the action will append it (NoticePlanner).
    QCOMPARE(dialog.noticeTexts().size(), 1);
    QVERIFY2(dialog.noticeTexts().first().contains(CaseFileData::banNoticeOfficial())
                 || dialog.noticeTexts().first().contains(CaseFileData::banNoticeTranslated()),
             qPrintable(dialog.noticeTexts().first()));
    const qint64 eventsBefore = m_store->eventCount();
    dialog.setAcknowledged(true);
    QCOMPARE(dialog.blockingReason(), QString());
    dialog.accept();
    QVERIFY(dialog.performed());
    QCOMPARE(m_store->eventCount(), eventsBefore + 2); // the ban and its notice, in one transaction
    QVERIFY(stateOf(*m_store, QStringLiteral("brand-huaxi")).hasRestriction(QStringLiteral("banned")));
    QCOMPARE(lastAuditAction(*m_store, QStringLiteral("brand-huaxi")), QStringLiteral("ban_brand"));
}

void TestLedgerActions::roleWithoutPermissionIsRefused()
{
    const qint64 eventsBefore = m_store->eventCount();
    LedgerActionDialog dialog(*m_store, signedIn(QStringLiteral("mod.li"), QStringLiteral("moderator")),
                              Kind::DepositPay, QStringLiteral("mcn-lumen"));
    dialog.setAmount(1000);
    QVERIFY2(dialog.blockingReason().contains(QStringLiteral("Compliance")), qPrintable(dialog.blockingReason()));
    dialog.accept();
    QVERIFY(!dialog.performed());
    QCOMPARE(m_store->eventCount(), eventsBefore);
}

void TestLedgerActions::readOnlyStoreRefuses()
{
    const QString path = m_store->path();
    m_store.reset();
    StoreOptions options;
    options.now = ConsoleFixture::kConsoleNow;
    options.readOnly = true;
    StoreError error;
    m_store = Store::open(path, options, &error);
    QVERIFY2(m_store, qPrintable(error.message));
    LedgerActionDialog dialog(*m_store, signedIn(QStringLiteral("fin.zhao"), QStringLiteral("compliance")),
                              Kind::DepositPay, QStringLiteral("mcn-lumen"));
    dialog.setAmount(1000);
    QVERIFY2(dialog.blockingReason().contains(QStringLiteral("read-only")), qPrintable(dialog.blockingReason()));
}

// The case file offers only what can be done, and says why not in the menu entry's tooltip (R-M4).
void TestLedgerActions::caseFileMenuSaysWhyGrantIsRefused()
{
    CaseFileView view(*m_store);
    view.setSession(signedIn(QStringLiteral("fin.zhao"), QStringLiteral("compliance")));
    view.showSubject(QStringLiteral("mcn-starriver"));
    auto *grant = view.findChild<QAction *>(QStringLiteral("ledgerAction%1").arg(int(Kind::CertificationGrant)));
    QVERIFY(grant);
    QVERIFY(!grant->isEnabled());
    QVERIFY2(grant->toolTip().contains(QStringLiteral("R-M4")), qPrintable(grant->toolTip()));
    auto *pay = view.findChild<QAction *>(QStringLiteral("ledgerAction%1").arg(int(Kind::DepositPay)));
    QVERIFY(pay && pay->isEnabled() && pay->isVisible());
    auto *ban = view.findChild<QAction *>(QStringLiteral("ledgerAction%1").arg(int(Kind::BrandBan)));
    QVERIFY(ban && !ban->isVisible()); // a brand action is not offered on an MCN
    auto *contract = view.findChild<QPushButton *>(QStringLiteral("contractButton"));
    QVERIFY(contract && contract->isHidden());
}

// R-M4: certified, then the deposit fell short: a warning that says what to do, not a silent loss.
void TestLedgerActions::certifiedWithUnmetRequirementWarns()
{
    for (const char *line : {
             R"({"type":"subject","handle":"mcn-ok","kind":"mcn","name":"Clean Media","at":"2025-01-01","attrs":{"region":"mainland","company":"limited","registered_mcn":true}})",
             R"({"type":"deposit","subject":"mcn-ok","action":"pay","amount":20000,"at":"2025-01-02","by":"fin.zhao"})",
             R"({"type":"certification","subject":"mcn-ok","action":"grant","at":"2025-01-03","by":"fin.zhao"})",
             R"({"type":"deposit","subject":"mcn-ok","action":"deduct","amount":5000,"at":"2025-01-04","by":"fin.zhao"})"})
        ConsoleFixture::append(*m_store, QString::fromUtf8(line));
    CaseFileView view(*m_store);
    view.showSubject(QStringLiteral("mcn-ok"));
    auto *warning = view.findChild<QLabel *>(QStringLiteral("certificationWarning"));
    QVERIFY(warning);
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("Record a deposit payment")), qPrintable(warning->text()));
    view.showSubject(QStringLiteral("mcn-starriver")); // not certified: no warning
    QVERIFY(warning->isHidden());
}

QTEST_MAIN(TestLedgerActions)
#include "tst_ledgeractions.moc"
