// The compliance report (docs/contracts.md "redline-cli report"): built once from the case file's data
// (CaseFileData), written as CSV and PDF. The CSV's tables equal the case file's rows; the PDF's text
// (pdftotext) holds the agency's Chinese name, its score, every violation code and the chain's result;
// a brand's report carries its ban (R-B2), a creator's its MCN and ladder; a damaged store is reported as
// not verified. And "Export rows shown as CSV…" writes exactly the rows and columns a list shows.

#include "casefiledata.h"
#include "mainwindow.h"
#include "consolefixture.h"
#include "policytext.h"
#include "rawsqlite.h"
#include "subjecttablemodel.h"
#include "tableexporter.h"
#include "report/compliancereport.h"
#include "report/csvreportwriter.h"
#include "report/reportbuilder.h"

#include "store/store.h"

#include <QAction>
#include <QAbstractItemView>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace redline;

namespace {

using Rows = QVector<QStringList>;

// RFC 4180 reader for the tests: quoted cells, doubled quotes, CRLF rows.
Rows parseCsv(QByteArray bytes)
{
    if (bytes.startsWith(CsvReportWriter::kByteOrderMark))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    Rows rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

// The rows of one `#key` section of a report CSV, its header row first.
Rows section(const Rows &csv, const QString &key)
{
    Rows out;
    bool inside = false;
    for (const QStringList &row : csv) {
        if (!row.isEmpty() && row.first().startsWith(QLatin1Char('#'))) {
            inside = row.first() == QLatin1Char('#') + key;
            continue;
        }
        if (inside && row.size() == 1 && row.first().isEmpty())
            break;
        if (inside)
            out << row;
    }
    return out;
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void csvTablesEqualTheCaseFile();
    void mcnPdfHoldsNameScoreCodesAndChain();
    void pdfPagesAreNumbered();
    void brandReportCarriesItsBan();
    void creatorReportCarriesMcnAndLadder();
    void damagedStoreIsNotVerified();
    void csvQuotesAndDefusesFormulas_data();
    void csvQuotesAndDefusesFormulas();
    void exportWritesTheTreeAsShown();
    void exportFetchesEveryRowOfALazyModel();
    void everyListOffersTheExport();
    void consoleOffersTheReportWithACaseFile();

private:
    ReportDocument make(const QString &handle);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestReport::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = ConsoleFixture::create(*m_dir, 0);
}

ReportDocument TestReport::make(const QString &handle)
{
    ReportDocument doc;
    StoreError error;
    if (!ComplianceReport::make(*m_store, handle, m_store->now(), QStringLiteral("comp.qian"), &doc, &error))
        qFatal("report of %s: %s", qPrintable(handle), qPrintable(error.message));
    return doc;
}

void TestReport::csvTablesEqualTheCaseFile()
{
    const ReportDocument doc = make(QStringLiteral("mcn-starriver"));
    CaseFileData data;
    QString error;
    QVERIFY(data.load(*m_store, QStringLiteral("mcn-starriver"), &error));
    const QString path = m_dir->filePath(QStringLiteral("starriver.csv"));
    StoreError writeError;
    QVERIFY2(ComplianceReport::write(doc, path, &writeError), qPrintable(writeError.message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Rows csv = parseCsv(file.readAll());

    // Every section the kind has, in order.
    QStringList keys;
    for (const QStringList &row : csv) {
        if (!row.isEmpty() && row.first().startsWith(QLatin1Char('#')) && row.first() != QLatin1String("#report"))
            keys << row.first().mid(1);
    }
    QCOMPARE(keys, ReportBuilder::tableKeys(SubjectKind::Mcn));

    const Rows violations = section(csv, QStringLiteral("violations"));
    QCOMPARE(violations.size(), data.violations.size() + 1);
    QVERIFY(data.violations.size() >= 2);
    for (int i = 0; i < data.violations.size(); ++i) {
        const ViolationEntry &v = data.violations[i];
        const QStringList &row = violations[i + 1];
        QCOMPARE(row.value(0), PolicyText::formatDateTime(v.outcome.at));
        QCOMPARE(row.value(1), v.outcome.id);
        QCOMPARE(row.value(2), v.recorded.code);
        QCOMPARE(row.value(3), QString::number(v.outcome.pointsCharged));
        QCOMPARE(row.value(4), QString::number(v.outcome.deducted));
        QCOMPARE(row.value(6), v.recorded.by);
        QCOMPARE(row.value(8), v.status);
    }
    const Rows deposits = section(csv, QStringLiteral("deposits"));
    QCOMPARE(deposits.size(), data.deposits.size() + 1);
    for (int i = 0; i < data.deposits.size(); ++i) {
        QCOMPARE(deposits[i + 1].value(0), PolicyText::formatDateTime(data.deposits[i].at));
        QCOMPARE(deposits[i + 1].value(3), PolicyText::money(data.deposits[i].balance));
    }
    const Rows checklist = section(csv, QStringLiteral("checklist"));
    QCOMPARE(checklist.size(), data.checklist.size() + 1);
    for (int i = 0; i < data.checklist.size(); ++i)
        QCOMPARE(checklist[i + 1].value(1), data.checklist[i].met ? QStringLiteral("Met") : QStringLiteral("Not met"));
    const Rows affiliates = section(csv, QStringLiteral("affiliates"));
    QCOMPARE(affiliates.size(), data.affiliates.size() + 1);
    QVERIFY(data.affiliates.size() >= 2);
    for (int i = 0; i < data.affiliates.size(); ++i) {
        QCOMPARE(affiliates[i + 1].value(0), data.affiliates[i].handle);
        QCOMPARE(affiliates[i + 1].value(2),
                 QStringLiteral("%1 / %2").arg(data.affiliates[i].score).arg(data.affiliates[i].max));
    }
    const Rows sanctions = section(csv, QStringLiteral("sanctions"));
    QCOMPARE(sanctions.size(), data.sanctions.size() + 1);
    const Rows restrictions = section(csv, QStringLiteral("restrictions"));
    QCOMPARE(restrictions.size(), data.state().restrictions.size() + 1);
    for (int i = 0; i < data.state().restrictions.size(); ++i) {
        QCOMPARE(restrictions[i + 1].value(1), data.state().restrictions[i]);
        QCOMPARE(restrictions[i + 1].value(2).isEmpty(), false);
    }
    const Rows audit = section(csv, QStringLiteral("audit"));
    QCOMPARE(audit.size(), m_store->auditTrail(QStringLiteral("mcn-starriver")).size() + 1);
}

void TestReport::mcnPdfHoldsNameScoreCodesAndChain()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils, scripts/setup.sh) is not installed");
    const ReportDocument doc = make(QStringLiteral("mcn-starriver"));
    const QString path = m_dir->filePath(QStringLiteral("starriver.pdf"));
    StoreError error;
    QVERIFY2(ComplianceReport::write(doc, path, &error), qPrintable(error.message));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("星河传媒")), qPrintable(text.left(500)));
    CaseFileData data;
    QString loadError;
    QVERIFY(data.load(*m_store, QStringLiteral("mcn-starriver"), &loadError));
    QVERIFY(text.contains(QStringLiteral("%1 of %2").arg(data.state().score).arg(data.state().max)));
    for (const ViolationEntry &v : data.violations) {
        QVERIFY2(text.contains(v.recorded.code), qPrintable(v.recorded.code));
        QVERIFY2(text.contains(v.outcome.id), qPrintable(v.outcome.id));
    }
    QVERIFY(doc.verified);
    QVERIFY(text.contains(QStringLiteral("Verified: integrity checks")));
    QVERIFY(text.contains(QStringLiteral("comp.qian")));
    for (const CachedState &c : data.affiliates)
        QVERIFY2(text.contains(c.handle), qPrintable(c.handle));
}

// Many violations make a table run over pages: each page says "Page N of M" and the header row repeats.
void TestReport::pdfPagesAreNumbered()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils, scripts/setup.sh) is not installed");
    for (int i = 0; i < 70; ++i)
        ConsoleFixture::append(*m_store, QStringLiteral(R"({"type":"violation","id":"v-many-%1","subject":"mcn-lumen","code":"mcn.reputation_damage","at":"2025-01-%2T08:00:00Z","by":"mod.li","source":"algorithm"})")
                                             .arg(i).arg(1 + i % 28, 2, 10, QLatin1Char('0')));
    const ReportDocument doc = make(QStringLiteral("mcn-lumen"));
    const QString path = m_dir->filePath(QStringLiteral("lumen.pdf"));
    StoreError error;
    QVERIFY2(ComplianceReport::write(doc, path, &error), qPrintable(error.message));
    const QString text = pdfText(path);
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY2(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())), qPrintable(pages[i].right(300)));
    QVERIFY(text.contains(QStringLiteral("Violations (continued)")));
    for (int i = 0; i < 70; ++i)
        QVERIFY2(text.contains(QStringLiteral("v-many-%1").arg(i)), qPrintable(QString::number(i)));
}

void TestReport::brandReportCarriesItsBan()
{
    ConsoleFixture::append(*m_store, QStringLiteral(R"({"type":"ban","subject":"brand-huaxi","at":"2025-02-08","by":"smod.gao","reason":"fake UGC"})"));
    const ReportDocument doc = make(QStringLiteral("brand-huaxi"));
    QCOMPARE(doc.subjectName, QStringLiteral("花溪"));
    QVERIFY(doc.notices.join(QLatin1Char(' ')).contains(QStringLiteral("R-B2")));
    QStringList keys;
    for (const ReportTable &t : doc.tables)
        keys << t.key;
    QCOMPARE(keys, ReportBuilder::tableKeys(SubjectKind::Brand));
    const ReportTable *violations = doc.table(QStringLiteral("violations"));
    QVERIFY(violations);
    QCOMPARE(violations->rows.size(), 1);
    QCOMPARE(violations->rows.first().value(2), QStringLiteral("brand.unauthorized_promotion"));
    const ReportTable *restrictions = doc.table(QStringLiteral("restrictions"));
    bool banned = false;
    for (const QStringList &row : restrictions->rows)
        banned = banned || (row.value(1) == QLatin1String("banned") && row.value(2) == QStringLiteral("permanent"));
    QVERIFY(banned);
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString path = m_dir->filePath(QStringLiteral("huaxi.pdf"));
        StoreError error;
        QVERIFY(ComplianceReport::write(doc, path, &error));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("花溪")));
        QVERIFY(text.contains(QStringLiteral("Brand compliance report")));
        QVERIFY(text.contains(QStringLiteral("该品牌涉嫌虚假营销")));
        // The chart is the case file's: the ban's lane is labelled under the score (a line of its own,
        // unlike the restriction and sanction rows, which carry the id or the rule).
        bool lane = false;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            lane = lane || (trimmed.startsWith(QLatin1String("Banned")) && !trimmed.contains(QLatin1String("banned"))
                            && !trimmed.contains(QLatin1String("R-B2")) && !trimmed.contains(QLatin1String("permanent")));
        }
        QVERIFY2(lane, qPrintable(text));
    }
}

void TestReport::creatorReportCarriesMcnAndLadder()
{
    const ReportDocument doc = make(QStringLiteral("crt-lin"));
    QStringList keys;
    for (const ReportTable &t : doc.tables)
        keys << t.key;
    QCOMPARE(keys, ReportBuilder::tableKeys(SubjectKind::Creator));
    QString mcn;
    QString ladder;
    for (const ReportFact &f : doc.subjectFacts) {
        if (f.label == QLatin1String("MCN"))
            mcn = f.value;
        if (f.label == QLatin1String("Ladder level"))
            ladder = f.value;
    }
    QCOMPARE(mcn, QStringLiteral("mcn-starriver"));
    QVERIFY2(ladder.contains(QStringLiteral("R-C1")), qPrintable(ladder));
    const ReportTable *violations = doc.table(QStringLiteral("violations"));
    QVERIFY(violations->headers.contains(QStringLiteral("Level")));
    QCOMPARE(violations->rows.first().value(1), QStringLiteral("v-1"));
    QVERIFY(violations->rows.first().value(8).contains(QStringLiteral("a-1"))); // the appeal column
}

void TestReport::damagedStoreIsNotVerified()
{
    const QString path = m_store->path();
    m_store.reset();
    QCOMPARE(RawSqlite::exec(path, "DROP TRIGGER audit_append_only_update; UPDATE audit SET actor = 'someone.else' WHERE id = 2"),
             QString());
    StoreOptions options;
    options.now = ConsoleFixture::kConsoleNow;
    StoreError error;
    m_store = Store::open(path, options, &error);
    QVERIFY2(m_store, qPrintable(error.message));
    const ReportDocument doc = make(QStringLiteral("mcn-starriver"));
    QVERIFY(!doc.verified);
    QVERIFY2(doc.verification.startsWith(QStringLiteral("NOT VERIFIED")), qPrintable(doc.verification));
}

void TestReport::csvQuotesAndDefusesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("星河传媒") << QStringLiteral("星河传媒");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("at formula") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("signed amount") << QStringLiteral("+¥20,000") << QStringLiteral("\"+¥20,000\"");
    QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
    QTest::newRow("plus command") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
}

void TestReport::csvQuotesAndDefusesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvReportWriter::cell(cell), written);
}

// A tree with a hidden column, a moved column, a collapsed and an expanded parent, sorted descending:
// the CSV is what is on screen.
void TestReport::exportWritesTheTreeAsShown()
{
    QTreeWidget tree;
    tree.setHeaderLabels({QStringLiteral("Handle"), QStringLiteral("Secret"), QStringLiteral("Score")});
    auto *a = new QTreeWidgetItem(&tree, {QStringLiteral("crt-a"), QStringLiteral("x"), QStringLiteral("70")});
    new QTreeWidgetItem(a, {QStringLiteral("child-a"), QStringLiteral("x"), QStringLiteral("1")});
    auto *b = new QTreeWidgetItem(&tree, {QStringLiteral("crt-b"), QStringLiteral("y"), QStringLiteral("90")});
    new QTreeWidgetItem(b, {QStringLiteral("child-b"), QStringLiteral("y"), QStringLiteral("2")});
    new QTreeWidgetItem(&tree, {QStringLiteral("crt-c, \"q\""), QStringLiteral("z"), QStringLiteral("80")});
    tree.setColumnHidden(1, true);
    tree.header()->moveSection(2, 0); // Score first
    tree.setSortingEnabled(true);
    tree.sortByColumn(2, Qt::DescendingOrder); // by score
    tree.show();
    a->setExpanded(true);
    QByteArray csv;
    QVERIFY(TableExporter::toCsv(&tree, &csv));
    const Rows rows = parseCsv(csv);
    const Rows expected{{QStringLiteral("Score"), QStringLiteral("Handle")},
                        {QStringLiteral("90"), QStringLiteral("crt-b")},
                        {QStringLiteral("80"), QStringLiteral("crt-c, \"q\"")},
                        {QStringLiteral("70"), QStringLiteral("crt-a")},
                        {QStringLiteral("1"), QStringLiteral("child-a")}};
    QCOMPARE(rows, expected);
}

// The subject browser's model pages through the store as the view scrolls (200 rows a page): "rows
// shown" are every row of its current filter, fetched through the model.
void TestReport::exportFetchesEveryRowOfALazyModel()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = ConsoleFixture::create(*m_dir, 450);
    SubjectTableModel model(*m_store, SubjectKind::Creator);
    model.sort(model.sectionOf(SubjectTableModel::Score), Qt::AscendingOrder);
    QTableView view;
    view.setModel(&model);
    view.setColumnHidden(model.sectionOf(SubjectTableModel::Name), true);
    QVERIFY(model.rowCount() < model.matchCount());
    int pages = 0;
    QByteArray csv;
    QVERIFY(TableExporter::toCsv(&view, &csv, [&pages](qint64, qint64) { ++pages; return true; }));
    QVERIFY(pages >= 2);
    const Rows rows = parseCsv(csv);
    QCOMPARE(rows.size(), model.matchCount() + 1);
    QCOMPARE(rows.first().size(), model.columnCount() - 1);
    QVERIFY(!rows.first().contains(model.headerData(model.sectionOf(SubjectTableModel::Name), Qt::Horizontal).toString()));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(rows[r + 1].first(), model.index(r, 0).data().toString());
    // Cancel writes nothing.
    SubjectTableModel fresh(*m_store, SubjectKind::Creator);
    QTableView freshView;
    freshView.setModel(&fresh);
    QByteArray cancelled;
    QVERIFY(!TableExporter::toCsv(&freshView, &cancelled, [](qint64, qint64) { return false; }));
    QVERIFY(cancelled.isEmpty());
}

void TestReport::everyListOffersTheExport()
{
    QWidget page;
    auto *table = new QTableView(&page);
    auto *tree = new QTreeWidget(&page);
    TableExporter::installOnChildren(&page);
    TableExporter::installOnChildren(&page); // twice: still one action each
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(table), static_cast<QAbstractItemView *>(tree)}) {
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(view->actions().size(), 1);
        QCOMPARE(view->actions().first()->text(), QStringLiteral("Export rows shown as CSV…"));
    }
}

// File > Export report… is enabled while a case file is shown; every list of every page has the CSV export.
void TestReport::consoleOffersTheReportWithACaseFile()
{
    const QString path = m_store->path();
    m_store.reset();
    MainWindow window;
    window.setClock(ConsoleFixture::kConsoleNow);
    window.show();
    QVERIFY(window.openStore(path, false));
    auto *exportReport = window.findChild<QAction *>(QStringLiteral("exportReportAction"));
    QVERIFY(exportReport);
    QVERIFY(window.showPageByName(QStringLiteral("dashboard")));
    QVERIFY(!exportReport->isEnabled());
    QVERIFY(window.openSubject(QStringLiteral("mcn-starriver")));
    // The File menu checks when it opens (a browser's selection changes the case file behind the window's back).
    QMenu *fileMenu = nullptr;
    for (QObject *o : exportReport->associatedObjects())
        fileMenu = fileMenu ? fileMenu : qobject_cast<QMenu *>(o);
    QVERIFY(fileMenu);
    emit fileMenu->aboutToShow();
    QVERIFY(exportReport->isEnabled());
    QVERIFY(exportReport->toolTip().contains(QStringLiteral("mcn-starriver")));
    int views = 0;
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        if (!qobject_cast<QTableView *>(view) && !qobject_cast<QTreeView *>(view))
            continue;
        ++views;
        bool offered = false;
        for (QAction *action : view->actions())
            offered = offered || action->objectName() == QLatin1String(TableExporter::kActionName);
        QVERIFY2(offered, qPrintable(view->objectName()));
    }
    QVERIFY(views >= 10);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
