// The audit page in words (docs/architecture.md "The audit chain"): every row as a sentence a compliance
// officer reads, rows of older stores as their free text, filters by actor, action, subject and date, and
// Verify with OK or the first broken row selected.

#include "auditlogpage.h"
#include "audittablemodel.h"
#include "consolefixture.h"

#include "actions/actions.h"
#include "store/store.h"

#include "rawsqlite.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace redline;

namespace {

QStringList column(const AuditTableModel *model, int c)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, c).data().toString();
    return values;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void rowsReadAsSentences();
    void olderRowsKeepTheirText();
    void filters();
    void verifyOk();
    void verifySelectsTheBrokenRow();

private:
    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestAuditLog::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RedlineTest"));
}

// The fixture (created by mod.wang, one import), then three actions through Actions on the open store.
void TestAuditLog::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = ConsoleFixture::create(*m_dir, 0);
    StoreError error;
    ActionResult result;
    QVERIFY2(Actions(*m_store, Session::open(QStringLiteral("mod.li")))
                 .recordViolation(QStringLiteral("crt-linda"), QStringLiteral("creator.diversion"), -1,
                                  QStringLiteral("normal"), QStringLiteral("human_review"), QStringLiteral("加V"),
                                  &result, &error),
             qPrintable(error.message));
    QVERIFY2(Actions(*m_store, Session::open(QStringLiteral("fin.zhao")))
                 .deposit(QStringLiteral("mcn-lumen"), QStringLiteral("pay"), 1250000, QStringLiteral("annual"), nullptr, &error),
             qPrintable(error.message));
    QVERIFY2(Actions(*m_store, Session::open(QStringLiteral("mod.wang")))
                 .decideAppeal(QStringLiteral("a-1"), QStringLiteral("overturned"), QStringLiteral("original"), nullptr, &error),
             qPrintable(error.message));
}

void TestAuditLog::rowsReadAsSentences()
{
    AuditLogPage page(*m_store);
    AuditTableModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int events = ConsoleFixture::ledger(0).size();
    // Newest first: when, who, what happened, on which subject. A violation and a decision send their subject
    // a notice in the same write (docs/rules.md "Notices"), and the row says so.
    QCOMPARE(column(model, AuditTableModel::Sentence),
             (QStringList{QStringLiteral("mod.wang overturned appeal a-1; 1 notice(s) sent"),
                          QStringLiteral("fin.zhao paid ¥1,250,000 into mcn-lumen's deposit"),
                          QStringLiteral("mod.li recorded v-20250210-1 (creator.diversion, −5) on crt-linda; 1 notice(s) sent"),
                          QStringLiteral("mod.wang: import of %1 event(s) from console fixture").arg(events),
                          QStringLiteral("mod.wang created the store with policy default version 1")}));
    QCOMPARE(column(model, AuditTableModel::Actor),
             (QStringList{"mod.wang", "fin.zhao", "mod.li", "mod.wang", "mod.wang"}));
    QCOMPARE(column(model, AuditTableModel::Subject), (QStringList{"crt-lin", "mcn-lumen", "crt-linda", "", ""}));
    QCOMPARE(model->index(0, AuditTableModel::When).data().toString(), QStringLiteral("2025-02-10 10:00"));
    QCOMPARE(model->index(0, AuditTableModel::Action).data().toString(), QStringLiteral("decide appeals"));
    // The stored facts are a tooltip away.
    QVERIFY(model->index(1, AuditTableModel::Sentence).data(Qt::ToolTipRole).toString().contains(QStringLiteral("\"amount\":1250000")));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("auditSummary"))->text(),
             QStringLiteral("5 loaded of 5 entries · rows load as you scroll · Enter opens the subject's case file"));
}

// A store from before schema version 3: its rows keep the free text they were written with.
void TestAuditLog::olderRowsKeepTheirText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.redline"));
    QVERIFY(QFile::copy(QStringLiteral(REDLINE_TEST_DATA "/store-v2.redline"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    StoreError error;
    std::unique_ptr<Store> store = Store::open(path, {}, &error);
    QVERIFY2(store, qPrintable(error.message));
    AuditLogPage page(*store);
    QCOMPARE(column(page.model(), AuditTableModel::Sentence),
             (QStringList{"basic.jsonl: 16 event(s)", "store created with policy default version 1"}));
    QCOMPARE(column(page.model(), AuditTableModel::Actor), (QStringList{"cli.tester", "cli.tester"}));
}

void TestAuditLog::filters()
{
    AuditLogPage page(*m_store);
    AuditTableModel *model = page.model();
    page.setActorFilter(QStringLiteral("MOD.WANG")); // an identity, in any spelling (R-P3)
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(column(model, AuditTableModel::Actor), (QStringList{"mod.wang", "mod.wang", "mod.wang"}));
    page.setActionFilter(QStringLiteral("decide_appeal"));
    QCOMPARE(column(model, AuditTableModel::Sentence), QStringList{QStringLiteral("mod.wang overturned appeal a-1; 1 notice(s) sent")});
    page.clearFilters();
    QCOMPARE(model->rowCount(), 5);

    page.setActionFilter(QStringLiteral("deposit"));
    QCOMPARE(column(model, AuditTableModel::Subject), QStringList{QStringLiteral("mcn-lumen")});
    page.setActionFilter(QString());
    page.setSubjectFilter(QStringLiteral("crt-lin")); // part of a handle: crt-lin and crt-linda
    QCOMPARE(column(model, AuditTableModel::Subject), (QStringList{"crt-lin", "crt-linda"}));
    page.setSubjectFilter(QStringLiteral("crt-linda"));
    QCOMPARE(column(model, AuditTableModel::Subject), QStringList{QStringLiteral("crt-linda")});
    page.setSubjectFilter(QString());

    // Dates are whole UTC days: the store's clock is 2025-02-10, so every row is on that day.
    page.setDateFilter(QDate(2025, 2, 10), QDate(2025, 2, 10));
    QCOMPARE(model->rowCount(), 5);
    page.setDateFilter(QDate(2025, 2, 11), QDate());
    QCOMPARE(model->rowCount(), 0);
    page.setDateFilter(QDate(), QDate(2025, 2, 9));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("auditSummary"))->text(),
             QStringLiteral("0 loaded of 0 matching the filters (5 entries in all) · Enter opens the subject's case file"));
    page.clearFilters();
    QCOMPARE(model->rowCount(), 5);
}

void TestAuditLog::verifyOk()
{
    AuditLogPage page(*m_store);
    QVERIFY(page.verifyResult().isEmpty());
    page.findChild<QPushButton *>(QStringLiteral("verifyButton"))->click();
    QVERIFY2(page.verifyResult().startsWith(QStringLiteral("<b>OK</b>: the store is intact (checked 2025-02-10 10:00)")),
             qPrintable(page.verifyResult()));
    QCOMPARE(page.model()->brokenId(), qint64(0));
}

// An audit row edited behind the program's back: Verify names it, and the row is selected and marked.
void TestAuditLog::verifySelectsTheBrokenRow()
{
    const QString path = m_store->path();
    m_store.reset();
    QCOMPARE(RawSqlite::exec(path, "DROP TRIGGER audit_append_only_update; UPDATE audit SET actor = 'someone.else' WHERE id = 3"),
             QString());
    StoreOptions options;
    options.now = ConsoleFixture::kConsoleNow;
    StoreError error;
    std::unique_ptr<Store> store = Store::open(path, options, &error);
    QVERIFY2(store, qPrintable(error.message));
    AuditLogPage page(*store);
    page.resize(1400, 500);
    QVERIFY(!page.verify());
    const QString result = page.verifyResult();
    QVERIFY2(result.startsWith(QStringLiteral("<b>Damaged</b>: %1: audit log row 3 (record_violation by someone.else at "
                                              "2025-02-10T10:00:00Z): the row was edited").arg(path)),
             qPrintable(result));
    QVERIFY2(result.endsWith(QStringLiteral("Row 3 is selected below.")), qPrintable(result));
    QCOMPARE(page.model()->brokenId(), qint64(3));
    const QModelIndex current = page.table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(page.model()->entryAt(current.row())->id, qint64(3));
    QVERIFY(page.model()->index(current.row(), 0).data(AuditTableModel::BrokenRole).toBool());

    // Filtered out, the row is named but not listed.
    page.setActorFilter(QStringLiteral("fin.zhao"));
    QVERIFY(!page.verify());
    QVERIFY2(page.verifyResult().endsWith(QStringLiteral("Row 3 is not listed under the current filters.")),
             qPrintable(page.verifyResult()));
}

QTEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
