// The lazy subject tables (issue 4.2): rows arrive in pages of SubjectTableModel::kPageSize, and sorting,
// filtering and searching (handle and name, Chinese included) run in SQL. Checked with
// QAbstractItemModelTester on a real store with known contents.

#include "consolefixture.h"
#include "subjecttablemodel.h"

#include "store/store.h"
#include "query/subjectquery.h"
#include "query/subjectsearchindex.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace redline;

Q_DECLARE_METATYPE(redline::SubjectKind)
Q_DECLARE_METATYPE(redline::SubjectListSpec::Sort)

namespace {

QStringList fetchAllHandles(SubjectTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList handles;
    for (int row = 0; row < model.rowCount(); ++row)
        handles << model.index(row, 0).data(SubjectTableModel::HandleRole).toString();
    return handles;
}

QStringList generatedHandles(int from, int to, int step = 1)
{
    QStringList handles;
    for (int i = from; i <= to; i += step)
        handles << QStringLiteral("crt-g%1").arg(i, 4, 10, QLatin1Char('0'));
    return handles;
}

// The tester calls fetchMore() itself from its modelReset handler, before it has cleared its own
// "reset in flight" state, and then reports the rows that fetch inserts as nested in the reset (Qt 6.4).
// Our tests fetch every page themselves, which the tester still checks signal by signal.
std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester->setUseFetchMore(false);
    return tester;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

class TestSubjectTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelTester_data();
    void modelTester();
    void firstPageThenPages();
    void sortOrder_data();
    void sortOrder();
    void search_data();
    void search();
    void searchWithoutTheIndex_data() { search_data(); }
    void searchWithoutTheIndex();
    void searchFindsANewSubject();
    void searchWithManyMatches();
    void countJobs_data();
    void countJobs();
    void scoreRangeSortedByHandle();
    void filters_data();
    void filters();
    void searchWithFilterAndSort();
    void cells();
    void unsortableColumnKeepsOrder();
    void reloadShowsAWrite();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestSubjectTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = ConsoleFixture::create(m_dir);
    StoreError error;
    QVERIFY2(SubjectQuery::ensureIndexes(*m_store, &error), qPrintable(error.message));
    QVERIFY2(SubjectQuery::ensureIndexes(*m_store, &error), qPrintable(error.message)); // idempotent
}

void TestSubjectTableModel::modelTester_data()
{
    QTest::addColumn<SubjectKind>("kind");
    QTest::newRow("mcn") << SubjectKind::Mcn;
    QTest::newRow("brand") << SubjectKind::Brand;
    QTest::newRow("creator") << SubjectKind::Creator;
}

// Every change the page makes to a model (pages, sorts, filters, searches, reloads) keeps it consistent.
void TestSubjectTableModel::modelTester()
{
    QFETCH(SubjectKind, kind);
    SubjectTableModel model(*m_store, kind);
    const auto tester = testerFor(&model);
    fetchAllHandles(model);
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.fetchMore({});
        model.sort(column, Qt::DescendingOrder);
        fetchAllHandles(model);
    }
    SubjectListSpec spec;
    spec.minScore = 1;
    spec.search = QStringLiteral("a");
    model.setFilter(spec);
    fetchAllHandles(model);
    model.setSearch(QStringLiteral("林"));
    model.setSearch(QString());
    model.reload();
    QVERIFY(model.lastError().isEmpty());
}

void TestSubjectTableModel::firstPageThenPages()
{
    SubjectTableModel model(*m_store, SubjectKind::Creator);
    QCOMPARE(model.rowCount(), SubjectTableModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * SubjectTableModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 454);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // at the end: nothing happens
    QCOMPARE(model.rowCount(), 454);
    QCOMPARE(model.matchCount(), 454);
    const auto tester = testerFor(&model); // created last: its first run would fetch every page itself

    QStringList expected = generatedHandles(0, 449) + QStringList{"crt-lin", "crt-linda", "crt-pct", "crt-wang"};
    QCOMPARE(fetchAllHandles(model), expected); // by handle, no row twice, none missing across page ends
}

void TestSubjectTableModel::sortOrder_data()
{
    QTest::addColumn<SubjectTableModel::Column>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("last");

    // Scores: crt-wang 90, crt-lin 95, every 50th generated creator 98, the rest 100; ties by subject id.
    QTest::newRow("score ascending") << SubjectTableModel::Score << Qt::AscendingOrder
                                     << (QStringList{"crt-wang", "crt-lin"} + generatedHandles(0, 400, 50) + QStringList{"crt-linda", "crt-pct", "crt-g0001"})
                                     << QStringList{"crt-g0448", "crt-g0449"};
    QTest::newRow("score descending") << SubjectTableModel::Score << Qt::DescendingOrder
                                      << QStringList{"crt-g0449", "crt-g0448"}
                                      << (QStringList{"crt-g0001", "crt-pct", "crt-linda"} + reversed(generatedHandles(0, 400, 50))
                                          + QStringList{"crt-lin", "crt-wang"});
    QTest::newRow("handle descending") << SubjectTableModel::Handle << Qt::DescendingOrder
                                       << QStringList{"crt-wang", "crt-pct", "crt-linda", "crt-lin", "crt-g0449"}
                                       << QStringList{"crt-g0001", "crt-g0000"};
    QTest::newRow("name ascending") << SubjectTableModel::Name << Qt::AscendingOrder
                                    << QStringList{"crt-pct", "crt-g0000", "crt-g0001"} // "100% Real_Deal" < "Creator 0000"
                                    << QStringList{"crt-linda", "crt-lin", "crt-wang"}; // "Linda Lin" < 林 < 王 (UTF-8 order)
    QTest::newRow("last violation descending") << SubjectTableModel::LastViolation << Qt::DescendingOrder
                                               << (reversed(generatedHandles(0, 400, 50)) + QStringList{"crt-wang", "crt-lin"})
                                               << QStringList{"crt-g0001", "crt-pct", "crt-linda"}; // none: by id, descending
    QTest::newRow("mcn ascending") << SubjectTableModel::Mcn << Qt::AscendingOrder
                                   << QStringList{"crt-pct", "crt-g0000"}
                                   << QStringList{"crt-lin", "crt-wang", "crt-linda"}; // starriver (id 1) then lumen (id 2)
}

void TestSubjectTableModel::sortOrder()
{
    QFETCH(SubjectTableModel::Column, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, first);
    QFETCH(QStringList, last);
    SubjectTableModel model(*m_store, SubjectKind::Creator);
    const auto tester = testerFor(&model);
    model.sort(model.sectionOf(column), order);
    const QStringList handles = fetchAllHandles(model);
    QCOMPARE(handles.size(), 454);
    QCOMPARE(QSet<QString>(handles.begin(), handles.end()).size(), 454);
    QCOMPARE(handles.mid(0, first.size()), first);
    QCOMPARE(handles.mid(handles.size() - last.size()), last);
}

void TestSubjectTableModel::search_data()
{
    QTest::addColumn<SubjectKind>("kind");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // by handle

    QTest::newRow("chinese name substring") << SubjectKind::Creator << QStringLiteral("林小") << QStringList{"crt-lin"};
    QTest::newRow("chinese one character") << SubjectKind::Creator << QStringLiteral("锤") << QStringList{"crt-wang"};
    QTest::newRow("latin, any case, handle or name") << SubjectKind::Creator << QStringLiteral("LIN") << QStringList{"crt-lin", "crt-linda"};
    QTest::newRow("name only") << SubjectKind::Creator << QStringLiteral("real_deal") << QStringList{"crt-pct"};
    QTest::newRow("percent is literal") << SubjectKind::Creator << QStringLiteral("%") << QStringList{"crt-pct"};
    QTest::newRow("underscore is literal") << SubjectKind::Creator << QStringLiteral("_") << QStringList{"crt-pct"};
    QTest::newRow("handle substring across pages") << SubjectKind::Creator << QStringLiteral("g04") << generatedHandles(400, 449);
    QTest::newRow("spaces trimmed") << SubjectKind::Creator << QStringLiteral("  Creator 0007 ") << QStringList{"crt-g0007"};
    QTest::newRow("no match") << SubjectKind::Creator << QStringLiteral("不存在") << QStringList{};
    QTest::newRow("mcn chinese") << SubjectKind::Mcn << QStringLiteral("星河") << QStringList{"mcn-starriver"};
    QTest::newRow("kind is kept") << SubjectKind::Mcn << QStringLiteral("lin") << QStringList{};
    QTest::newRow("brand ampersand") << SubjectKind::Brand << QStringLiteral("& co") << QStringList{"brand-oak"};
}

void TestSubjectTableModel::search()
{
    QFETCH(SubjectKind, kind);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    SubjectTableModel model(*m_store, kind);
    const auto tester = testerFor(&model);
    model.setSearch(search);
    QCOMPARE(fetchAllHandles(model), expected);
    QCOMPARE(model.matchCount(), qint64(expected.size()));
}

// A store opened before the console indexed it (or read-only) answers the same, by scanning.
void TestSubjectTableModel::searchWithoutTheIndex()
{
    QFETCH(SubjectKind, kind);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    static QTemporaryDir dir;
    static std::unique_ptr<Store> plain = ConsoleFixture::create(dir);
    QVERIFY(!SubjectSearchIndex(*plain).exists());
    SubjectTableModel model(*plain, kind);
    model.setSearch(search);
    QCOMPARE(fetchAllHandles(model), expected);
    QCOMPARE(model.matchCount(), qint64(expected.size()));
}

// The index follows the subjects table: a subject registered after it was built is found.
void TestSubjectTableModel::searchFindsANewSubject()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = ConsoleFixture::create(dir, 0);
    StoreError error;
    QVERIFY(SubjectQuery::ensureIndexes(*store, &error));
    SubjectTableModel model(*store, SubjectKind::Creator);
    model.setSearch(QStringLiteral("小红"));
    QCOMPARE(model.rowCount(), 0);
    ConsoleFixture::append(*store, QStringLiteral(R"({"type":"subject","handle":"crt-hong","kind":"creator","name":"小红同学","at":"2025-02-09"})"));
    model.reload();
    QCOMPARE(fetchAllHandles(model), QStringList{"crt-hong"});
    model.setSearch(QStringLiteral("红同学")); // three characters: the trigram index answers
    QCOMPARE(fetchAllHandles(model), QStringList{"crt-hong"});
}

// More matches than the search index lists (SubjectSearchIndex::kHitCap): the table scans in sort order
// and the count says "at least".
void TestSubjectTableModel::searchWithManyMatches()
{
    QTemporaryDir dir;
    const int generated = SubjectSearchIndex::kHitCap + 50;
    std::unique_ptr<Store> store = ConsoleFixture::create(dir, generated);
    StoreError error;
    QVERIFY(SubjectQuery::ensureIndexes(*store, &error));
    SubjectTableModel model(*store, SubjectKind::Creator);
    model.sort(model.sectionOf(SubjectTableModel::Handle), Qt::DescendingOrder);
    model.setSearch(QStringLiteral("Creator"));
    QCOMPARE(model.rowCount(), SubjectTableModel::kPageSize);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("crt-g%1").arg(generated - 1, 4, 10, QLatin1Char('0')));
    bool exact = true;
    QCOMPARE(SubjectQuery(*store).count(model.spec(), &error, &exact), qint64(SubjectSearchIndex::kHitCap + 1));
    QVERIFY(!exact);
    QCOMPARE(model.matchCount(), qint64(generated)); // asked for an exact count, it counts
    // Narrowed by another filter, the same search is exact again through the scan.
    SubjectListSpec spec = model.spec();
    spec.maxScore = 98;
    model.setFilter(spec);
    QCOMPARE(fetchAllHandles(model).size(), (generated - 1) / 50 + 1); // crt-g0000, crt-g0050 ...
}

// Counts that read every row run as a job on their own connection; the others answer at once.
void TestSubjectTableModel::countJobs_data()
{
    QTest::addColumn<QString>("restriction");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("job");
    QTest::addColumn<qint64>("count");
    QTest::newRow("kind only: index") << QString() << QString() << false << qint64(454);
    QTest::newRow("restriction: job") << QStringLiteral("note_throttled") << QString() << true << qint64(9);
    QTest::newRow("listed search: index") << QString() << QStringLiteral("lin") << false << qint64(2);
    QTest::newRow("listed search and restriction: index") << QStringLiteral("note_removed") << QStringLiteral("lin")
                                                          << false << qint64(1);
}

void TestSubjectTableModel::countJobs()
{
    QFETCH(QString, restriction);
    QFETCH(QString, search);
    QFETCH(bool, job);
    QFETCH(qint64, count);
    SubjectListSpec spec;
    spec.restriction = restriction;
    spec.search = search;
    const SubjectQuery query(*m_store);
    StoreError error;
    const std::optional<SubjectCountJob> countJob = query.countJob(spec, &error);
    QCOMPARE(countJob.has_value(), job);
    if (countJob) {
        qint64 counted = -1;
        QThread *thread = QThread::create([&] { counted = SubjectQuery::runCountJob(*countJob, &error); });
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QCOMPARE(counted, count);
    }
    QCOMPARE(query.count(spec, &error), count);
}

// A narrow score range sorted by handle is read from the score index; the order is the same.
void TestSubjectTableModel::scoreRangeSortedByHandle()
{
    SubjectTableModel model(*m_store, SubjectKind::Creator);
    const auto tester = testerFor(&model);
    SubjectListSpec spec;
    spec.minScore = 90;
    spec.maxScore = 98;
    model.setFilter(spec);
    QCOMPARE(fetchAllHandles(model), (generatedHandles(0, 400, 50) + QStringList{"crt-lin", "crt-wang"}));
    model.sort(model.sectionOf(SubjectTableModel::Name), Qt::DescendingOrder);
    QCOMPARE(fetchAllHandles(model).mid(0, 3), (QStringList{"crt-wang", "crt-lin", "crt-g0400"}));
}

void TestSubjectTableModel::filters_data()
{
    QTest::addColumn<SubjectKind>("kind");
    QTest::addColumn<int>("minScore");   // -1: none
    QTest::addColumn<int>("maxScore");   // -1: none
    QTest::addColumn<QString>("restriction");
    QTest::addColumn<int>("band");
    QTest::addColumn<QString>("mcn");
    QTest::addColumn<QStringList>("expected"); // by handle

    const int any = SubjectListSpec::kAnyBand;
    QTest::newRow("score at most 95") << SubjectKind::Creator << -1 << 95 << QString() << any << QString()
                                      << QStringList{"crt-lin", "crt-wang"};
    QTest::newRow("score 96 to 98") << SubjectKind::Creator << 96 << 98 << QString() << any << QString() << generatedHandles(0, 400, 50);
    QTest::newRow("R-C1 note_throttled (L1, 7 days)") << SubjectKind::Creator << -1 << -1 << QStringLiteral("note_throttled") << any
                                                      << QString() << generatedHandles(0, 400, 50);
    QTest::newRow("note_removed (plagiarism, medical)") << SubjectKind::Creator << -1 << -1 << QStringLiteral("note_removed") << any
                                                        << QString() << QStringList{"crt-lin", "crt-wang"};
    QTest::newRow("R-C4 history_weight_reduced") << SubjectKind::Creator << -1 << -1 << QStringLiteral("history_weight_reduced") << any
                                                 << QString() << (generatedHandles(0, 400, 50) + QStringList{"crt-lin", "crt-wang"});
    QTest::newRow("mcn starriver") << SubjectKind::Creator << -1 << -1 << QString() << any << QStringLiteral("mcn-starriver")
                                   << QStringList{"crt-lin", "crt-wang"};
    QTest::newRow("mcn lumen") << SubjectKind::Creator << -1 << -1 << QString() << any << QStringLiteral("mcn-lumen")
                               << QStringList{"crt-linda"};
    QTest::newRow("mcn and score") << SubjectKind::Creator << 91 << -1 << QString() << any << QStringLiteral("mcn-starriver")
                                   << QStringList{"crt-lin"};
    QTest::newRow("R-M1 mcn band below 70") << SubjectKind::Mcn << -1 << -1 << QString() << 70 << QString()
                                            << QStringList{"mcn-starriver"};
    QTest::newRow("mcn no band") << SubjectKind::Mcn << -1 << -1 << QString() << int(SubjectListSpec::kNoBand) << QString()
                                 << QStringList{"mcn-lumen"};
    QTest::newRow("mcn band below 60 is empty") << SubjectKind::Mcn << -1 << -1 << QString() << 60 << QString() << QStringList{};
    QTest::newRow("R-M5 withdrawal_restricted") << SubjectKind::Mcn << -1 << -1 << QStringLiteral("withdrawal_restricted") << any
                                                << QString() << QStringList{"mcn-lumen", "mcn-starriver"};
    QTest::newRow("R-M3 deposit_increase") << SubjectKind::Mcn << -1 << -1 << QStringLiteral("deposit_increase") << any << QString()
                                           << QStringList{"mcn-starriver"};
    QTest::newRow("brand band below 10") << SubjectKind::Brand << -1 << -1 << QString() << 10 << QString() << QStringList{"brand-huaxi"};
    QTest::newRow("brand band below 5") << SubjectKind::Brand << -1 << -1 << QString() << 5 << QString() << QStringList{"brand-oak"};
    QTest::newRow("R-B2 banned") << SubjectKind::Brand << -1 << -1 << QStringLiteral("banned") << any << QString()
                                 << QStringList{"brand-oak"};
    QTest::newRow("R-B1 suspended") << SubjectKind::Brand << -1 << -1 << QStringLiteral("suspended") << any << QString()
                                    << QStringList{"brand-oak"};
    QTest::newRow("band and score range disjoint") << SubjectKind::Brand << 9 << -1 << QString() << 5 << QString() << QStringList{};
}

void TestSubjectTableModel::filters()
{
    QFETCH(SubjectKind, kind);
    QFETCH(int, minScore);
    QFETCH(int, maxScore);
    QFETCH(QString, restriction);
    QFETCH(int, band);
    QFETCH(QString, mcn);
    QFETCH(QStringList, expected);

    SubjectListSpec spec;
    if (minScore >= 0)
        spec.minScore = minScore;
    if (maxScore >= 0)
        spec.maxScore = maxScore;
    spec.restriction = restriction;
    spec.band = band;
    if (!mcn.isEmpty())
        spec.mcnId = m_store->subject(mcn)->id;
    SubjectTableModel model(*m_store, kind);
    const auto tester = testerFor(&model);
    model.setFilter(spec);
    QStringList handles = fetchAllHandles(model);
    handles.sort();
    expected.sort();
    QCOMPARE(handles, expected);
    QCOMPARE(model.matchCount(), qint64(expected.size()));
}

void TestSubjectTableModel::searchWithFilterAndSort()
{
    SubjectTableModel model(*m_store, SubjectKind::Creator);
    const auto tester = testerFor(&model);
    model.sort(model.sectionOf(SubjectTableModel::Score), Qt::DescendingOrder);
    SubjectListSpec spec;
    spec.search = QStringLiteral("creator 00");
    spec.maxScore = 99;
    model.setFilter(spec);
    QCOMPARE(fetchAllHandles(model), (QStringList{"crt-g0050", "crt-g0000"})); // 98 each, id descending
    // The sort survives a new filter.
    QCOMPARE(model.spec().sort, SubjectListSpec::Sort::Score);
    QVERIFY(model.spec().descending);
}

void TestSubjectTableModel::cells()
{
    SubjectTableModel model(*m_store, SubjectKind::Creator);
    model.setSearch(QStringLiteral("crt-wang"));
    QCOMPARE(model.rowCount(), 1);
    auto cell = [&model](SubjectTableModel::Column column) { return model.index(0, model.sectionOf(column)).data().toString(); };
    QCOMPARE(cell(SubjectTableModel::Handle), QStringLiteral("crt-wang"));
    QCOMPARE(cell(SubjectTableModel::Name), QStringLiteral("王大锤"));
    QCOMPARE(cell(SubjectTableModel::Score), QStringLiteral("90 / 100"));
    QCOMPARE(cell(SubjectTableModel::LastViolation), QStringLiteral("2025-02-02"));
    QCOMPARE(cell(SubjectTableModel::Mcn), QStringLiteral("mcn-starriver"));
    QCOMPARE(cell(SubjectTableModel::Ladder), QStringLiteral("L1"));
    QCOMPARE(model.index(0, 0).data(SubjectTableModel::ScoreRole).toInt(), 90);
    QVERIFY(cell(SubjectTableModel::Restrictions).contains(QStringLiteral("Note removed")));
    QCOMPARE(model.sectionOf(SubjectTableModel::Band), -1); // creators have no bands

    SubjectTableModel mcns(*m_store, SubjectKind::Mcn);
    mcns.setSearch(QStringLiteral("starriver"));
    QCOMPARE(mcns.rowCount(), 1);
    QCOMPARE(mcns.index(0, mcns.sectionOf(SubjectTableModel::Score)).data().toString(), QStringLiteral("65 / 100"));
    QCOMPARE(mcns.index(0, mcns.sectionOf(SubjectTableModel::Band)).data().toString(), QStringLiteral("below 70"));
    QCOMPARE(mcns.index(0, mcns.sectionOf(SubjectTableModel::Deposit)).data().toString(), QStringLiteral("¥20,000"));
    QCOMPARE(mcns.index(0, mcns.sectionOf(SubjectTableModel::Certified)).data().toString(), QStringLiteral("Not certified"));
}

void TestSubjectTableModel::unsortableColumnKeepsOrder()
{
    SubjectTableModel model(*m_store, SubjectKind::Creator);
    model.sort(model.sectionOf(SubjectTableModel::Score), Qt::AscendingOrder);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(model.sectionOf(SubjectTableModel::Restrictions), Qt::AscendingOrder);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.spec().sort, SubjectListSpec::Sort::Score);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("crt-wang"));
}

void TestSubjectTableModel::reloadShowsAWrite()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = ConsoleFixture::create(dir, 0);
    SubjectTableModel model(*store, SubjectKind::Creator);
    const auto tester = testerFor(&model);
    model.sort(model.sectionOf(SubjectTableModel::Score), Qt::AscendingOrder);
    QCOMPARE(fetchAllHandles(model), (QStringList{"crt-wang", "crt-lin", "crt-linda", "crt-pct"}));
    ConsoleFixture::append(*store, QStringLiteral(R"({"type":"violation","id":"v-9","subject":"crt-pct","code":"creator.false_promise","at":"2025-02-09","by":"mod.li","source":"human_review"})"));
    model.reload();
    // crt-pct now has 90 like crt-wang; ties go by subject id (registration order).
    QCOMPARE(fetchAllHandles(model), (QStringList{"crt-wang", "crt-pct", "crt-lin", "crt-linda"}));
    QCOMPARE(model.index(1, model.sectionOf(SubjectTableModel::Score)).data().toString(), QStringLiteral("90 / 100"));
}

QTEST_MAIN(TestSubjectTableModel)
#include "tst_subjecttablemodel.moc"
