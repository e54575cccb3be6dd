// The triage queue (docs/rules.md "Triage"): flagged posts and verified user reports are items; claim,
// release, dismiss and confirm are ledger events appended through the action layer, and an item's state
// decides which step may come next, so two moderators never work one item. Real SQLite files, real
// imports, and two redline-cli processes racing for one item.

#include "actions/actions.h"
#include "policy/policyloader.h"
#include "query/auditquery.h"
#include "query/campaignselectionquery.h"
#include "query/dashboardstats.h"
#include "query/triagequery.h"
#include "query/violationquery.h"
#include "store/store.h"

#include "jsonlbytes.h"
#include "rawsqlite.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

Q_DECLARE_METATYPE(redline::TriageQuery::Filter)

namespace {

const char kNow[] = "2026-12-01T00:00:00Z";

StoreOptions options()
{
    StoreOptions o;
    o.now = *parseInstant(QString::fromLatin1(kNow));
    o.actor = QStringLiteral("loader");
    return o;
}

// Two creators; p-1 and p-3 carry diversion (a phone number), p-2 is clean; r-1 reports p-2 with a code,
// r-2 reports crt-b with no post and no code.
const QByteArray kFixture =
    R"({"type":"subject","handle":"crt-a","kind":"creator","name":"A","at":"2025-01-01"})" "\n"
    R"({"type":"subject","handle":"crt-b","kind":"creator","name":"B","at":"2025-01-01"})" "\n"
    R"({"type":"post","id":"p-1","subject":"crt-a","at":"2026-11-01T08:00:00Z","title":"好物","text":"加我 138 0013 8000 领券"})" "\n"
    R"({"type":"post","id":"p-2","subject":"crt-a","at":"2026-11-02T08:00:00Z","title":"早餐","text":"今天的早餐是豆浆油条"})" "\n"
    R"({"type":"post","id":"p-3","subject":"crt-b","at":"2026-11-03T08:00:00Z","text":"合作请打 139 1234 5678"})" "\n"
    R"({"type":"report","id":"r-1","subject":"crt-a","post":"p-2","code":"creator.unreported_ad","at":"2026-11-04T08:00:00Z","reason":"paid promotion passed off as a diary"})" "\n"
    R"({"type":"report","id":"r-2","subject":"crt-b","at":"2026-11-05T08:00:00Z","reason":"asks followers to DM for prices"})" "\n";

Session as(const char *user)
{
    return Session::open(QString::fromLatin1(user));
}

std::optional<TriageItem> itemOf(const Store &store, const QString &id)
{
    std::optional<TriageItem> item;
    StoreError error;
    if (!TriageQuery(store).item(id, &item, &error))
        qFatal("item: %s", qPrintable(error.message));
    return item;
}

QStringList idsOf(const Store &store, TriageQuery::Filter filter, bool oldestFirst, int pageSize = 200)
{
    QStringList ids;
    QVector<TriageItem> page;
    std::optional<TriageQuery::Cursor> after;
    StoreError error;
    do {
        if (!TriageQuery(store).page(filter, oldestFirst, after, pageSize, QStringLiteral("alice"), &page, &error))
            qFatal("page: %s", qPrintable(error.message));
        for (const TriageItem &i : std::as_const(page))
            ids << i.id;
        if (!page.isEmpty())
            after = TriageQuery::Cursor{page.constLast().at, page.constLast().seq};
    } while (page.size() == pageSize);
    return ids;
}

StoredEvent violationFor(const QString &subject, const QString &code)
{
    StoredEvent v;
    v.subject = subject;
    v.code = code;
    v.source = QStringLiteral("algorithm");
    v.text = QStringLiteral("phone number in the post");
    return v;
}

} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void flaggedPostsAndReportsAreOpenItems();
    void pagesInEitherOrderWithoutGapsOrRepeats();
    void steps_data();
    void steps();
    void aRefusedStepLeavesTheStoreUnchanged();
    void filtersReadLapsedClaimsAsOpen_data();
    void filtersReadLapsedClaimsAsOpen();
    void aLapsedClaimReadsAsOpenNamingItsHolder();
    void theExpiryIsThePolicys();
    void aCampaignSelectsTheStateAsRead_data();
    void aCampaignSelectsTheStateAsRead();
    void confirmRecordsTheViolationAndTheStepTogether();
    void aRefusedViolationWritesNoConfirmation();
    void onlyModeratorsTriage();
    void badStepLinesAreRefusedNamingTheField_data();
    void badStepLinesAreRefusedNamingTheField();
    void aQualificationChangesTheSuggestion();
    void aStepLineImportedTwiceIsOneStep();
    void dashboardCountsTheQueue();
    void verifyComparesTheQueueWithTheLedger();
    void exportImportsBackToTheSameQueue();
    void twoProcessesRacingForOneItemLeaveOneClaim();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestTriage::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("%1.redline").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    StoreError error;
    m_store = Store::create(path, options(), &error);
    QVERIFY2(m_store, qPrintable(error.message));
    QVERIFY2(JsonlBytes::import(*m_store, kFixture, &error), qPrintable(error.message));
}

// A post with findings is an item suggesting its first finding's code; a clean post is not; a report is,
// with its own code (or none).
void TestTriage::flaggedPostsAndReportsAreOpenItems()
{
    QCOMPARE(idsOf(*m_store, TriageQuery::Filter::All, false), (QStringList{"r-2", "r-1", "p-3", "p-1"}));
    const std::optional<TriageItem> p1 = itemOf(*m_store, QStringLiteral("p-1"));
    QVERIFY(p1);
    QCOMPARE(p1->source, TriageItem::Source::Finding);
    QCOMPARE(p1->code, QStringLiteral("creator.diversion"));
    QCOMPARE(p1->categories, QStringList{QStringLiteral("diversion")});
    QCOMPARE(p1->status.state, TriageStatus::State::Open);
    QVERIFY(!itemOf(*m_store, QStringLiteral("p-2"))); // clean: not in the queue
    const std::optional<TriageItem> r1 = itemOf(*m_store, QStringLiteral("r-1"));
    QVERIFY(r1);
    QCOMPARE(r1->source, TriageItem::Source::Report);
    QCOMPARE(r1->code, QStringLiteral("creator.unreported_ad"));
    QCOMPARE(r1->post, QStringLiteral("p-2"));
    QCOMPARE(r1->title, QStringLiteral("早餐")); // the reported post is shown with the report
    QCOMPARE(itemOf(*m_store, QStringLiteral("r-2"))->code, QString());

    TriageCounts counts;
    StoreError error;
    QVERIFY(TriageQuery(*m_store).counts(&counts, &error));
    QCOMPARE(counts.open, 4);
    QCOMPARE(counts.claimed, 0);
    QCOMPARE(formatInstant(counts.oldestOpen), QStringLiteral("2026-11-01T08:00:00Z"));
}

void TestTriage::pagesInEitherOrderWithoutGapsOrRepeats()
{
    QByteArray more;
    for (int i = 0; i < 45; ++i) // the same instant for several: the cursor's seq breaks the ties
        more += QStringLiteral(R"({"type":"post","id":"q-%1","subject":"crt-b","at":"2026-11-%2T09:00:00Z","text":"vx: abc%1xyz 私我"})" "\n")
                    .arg(i).arg(10 + i % 7).toUtf8();
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, more, &error), qPrintable(error.message));
    const QStringList newest = idsOf(*m_store, TriageQuery::Filter::Open, false, 7);
    const QStringList oldest = idsOf(*m_store, TriageQuery::Filter::Open, true, 7);
    QCOMPARE(newest.size(), 49);
    QCOMPARE(QSet<QString>(newest.begin(), newest.end()).size(), 49);
    QStringList reversed(oldest.rbegin(), oldest.rend());
    QCOMPARE(newest, reversed);
    QCOMPARE(idsOf(*m_store, TriageQuery::Filter::Open, false, 200), newest);
}

// Each row: steps "user action item [reason]" separated by ';', the last one's refusal (a fragment; empty:
// accepted), and the item's state after them.
void TestTriage::steps_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("state");
    QTest::newRow("open item: claim") << "alice claim p-1" << "" << "Claimed by alice";
    QTest::newRow("claimed: another's claim refused naming the holder")
        << "alice claim p-1; bob claim p-1" << "claimed by alice since" << "Claimed by alice";
    QTest::newRow("claimed: another's dismissal refused") << "alice claim p-1; bob dismiss p-1 spam" << "only they can" << "Claimed by alice";
    // The same claim at the same instant is the same event, a no-op (DESIGN.md: re-import); later it is refused.
    QTest::newRow("claimed: the same claim again is the same event")
        << "alice claim p-1; alice claim p-1" << "" << "Claimed by alice";
    QTest::newRow("identities compare without case") << "alice claim p-1; ALICE dismiss p-1 menu QR code" << "" << "Dismissed";
    QTest::newRow("claimed: the holder releases") << "alice claim p-1; alice release p-1" << "" << "Open";
    QTest::newRow("released: anyone may claim") << "alice claim p-1; alice release p-1; bob claim p-1" << "" << "Claimed by bob";
    QTest::newRow("open: nothing to release") << "bob release p-1" << "nobody holds it" << "Open";
    QTest::newRow("open: dismissed without a claim") << "bob dismiss r-2 not a violation" << "" << "Dismissed";
    QTest::newRow("dismissed: closed to every step") << "bob dismiss r-2 fine; alice claim r-2" << "already dismissed by bob" << "Dismissed";
    QTest::newRow("dismissal needs a reason") << "bob dismiss p-1" << "field reason: missing" << "Open";
    QTest::newRow("not an item") << "bob claim p-404" << "no post or report \"p-404\"" << "";

    // Claims lapse claim_expiry_hours (8 in the default policy: 480 minutes) after the claim; the state is
    // read at the last step's instant.
    QTest::newRow("lapse: another's claim a minute before expiry refused")
        << "alice claim p-1; bob claim p-1 @479" << "claimed by alice since 2026-12-01T00:00:00Z" << "Claimed by alice";
    QTest::newRow("lapse: another's claim at expiry allowed") << "alice claim p-1; bob claim p-1 @480" << "" << "Claimed by bob";
    QTest::newRow("lapse: another's claim after expiry allowed") << "alice claim p-1; bob claim p-1 @2000" << "" << "Claimed by bob";
    QTest::newRow("lapse: another's dismissal a minute before expiry refused")
        << "alice claim p-1; bob dismiss p-1 spam @479" << "only they can" << "Claimed by alice";
    QTest::newRow("lapse: another's dismissal at expiry allowed") << "alice claim p-1; bob dismiss p-1 spam @480" << "" << "Dismissed";
    QTest::newRow("lapse: another's confirmation after expiry allowed") << "alice claim p-1; bob confirm p-1 @481" << "" << "Confirmed";
    QTest::newRow("lapse: the holder's own dismissal of a lapsed claim")
        << "alice claim p-1; alice dismiss p-1 a menu @600" << "" << "Dismissed";
    QTest::newRow("lapse: the holder's own confirmation of a lapsed claim") << "alice claim p-1; alice confirm p-1 @600" << "" << "Confirmed";
    QTest::newRow("lapse: the holder claims again") << "alice claim p-1; alice claim p-1 @600" << "" << "Claimed by alice";
    QTest::newRow("lapse: nothing to release once lapsed")
        << "alice claim p-1; alice release p-1 @480" << "alice's claim made on 2026-12-01T00:00:00Z lapsed on 2026-12-01T08:00:00Z"
        << "Open";
    QTest::newRow("lapse: a claim after a lapse runs from its own instant")
        << "alice claim p-1; bob claim p-1 @480; alice claim p-1 @959" << "claimed by bob since 2026-12-01T08:00:00Z"
        << "Claimed by bob";
}

void TestTriage::steps()
{
    QFETCH(QString, script);
    QFETCH(QString, refusal);
    QFETCH(QString, state);
    const QStringList steps = script.split(QLatin1Char(';'));
    QString item;
    for (int i = 0; i < steps.size(); ++i) {
        QStringList words = steps.at(i).trimmed().split(QLatin1Char(' '));
        // "@N": the step is taken N minutes after kNow (the default policy's claims lapse after 480).
        const int minutes = words.constLast().startsWith(QLatin1Char('@')) ? words.takeLast().mid(1).toInt() : 0;
        m_store->setNow(options().now + minutes * 60);
        Actions actions(*m_store, Session::open(words.at(0)));
        item = words.at(2);
        const QString reason = words.mid(3).join(QLatin1Char(' '));
        StoreError error;
        bool ok = false;
        if (words.at(1) == QLatin1String("claim"))
            ok = actions.claimItem(item, &error);
        else if (words.at(1) == QLatin1String("release"))
            ok = actions.releaseItem(item, &error);
        else if (words.at(1) == QLatin1String("confirm"))
            ok = actions.confirmItem(item, violationFor(QStringLiteral("crt-a"), QStringLiteral("creator.diversion")),
                                     nullptr, &error);
        else
            ok = actions.dismissItem(item, reason, &error);
        const bool last = i == steps.size() - 1;
        if (!last || refusal.isEmpty()) {
            QVERIFY2(ok, qPrintable(QStringLiteral("step %1: %2").arg(steps.at(i), error.message)));
        } else {
            QVERIFY2(!ok, "the step was accepted");
            QVERIFY2(error.message.contains(refusal), qPrintable(error.message));
            QCOMPARE(error.kind, StoreError::Kind::BadInput);
        }
    }
    const std::optional<TriageItem> after = itemOf(*m_store, item);
    QCOMPARE(after ? (after->status.state == TriageStatus::State::Claimed ? QStringLiteral("Claimed by ") + after->status.by
                      : after->status.state == TriageStatus::State::Open  ? QStringLiteral("Open")
                      : after->status.state == TriageStatus::State::Dismissed ? QStringLiteral("Dismissed")
                                                                               : QStringLiteral("Confirmed"))
                   : QString(),
             state);
}

// alice claims p-1 at kNow and r-1 five hours later, bob claims p-3 at kNow; the queue read at an instant
// (minutes after kNow) with alice as "me". The default policy's claims lapse after 8 hours.
void TestTriage::filtersReadLapsedClaimsAsOpen_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<TriageQuery::Filter>("filter");
    QTest::addColumn<QStringList>("ids");
    using F = TriageQuery::Filter;
    const QStringList all{"r-2", "r-1", "p-3", "p-1"};
    QTest::newRow("a minute before: open") << 479 << F::Open << QStringList{"r-2"};
    QTest::newRow("a minute before: claimed") << 479 << F::Claimed << QStringList{"r-1", "p-3", "p-1"};
    QTest::newRow("a minute before: claimed by me") << 479 << F::ClaimedByMe << QStringList{"r-1", "p-1"};
    QTest::newRow("a minute before: to do") << 479 << F::ToDo << all;
    QTest::newRow("at expiry: open") << 480 << F::Open << QStringList{"r-2", "p-3", "p-1"};
    QTest::newRow("at expiry: claimed") << 480 << F::Claimed << QStringList{"r-1"};
    QTest::newRow("at expiry: claimed by me") << 480 << F::ClaimedByMe << QStringList{"r-1"};
    QTest::newRow("at expiry: to do") << 480 << F::ToDo << all;
    QTest::newRow("all lapsed: open") << 780 << F::Open << all;
    QTest::newRow("all lapsed: claimed") << 780 << F::Claimed << QStringList();
    QTest::newRow("all lapsed: claimed by me") << 780 << F::ClaimedByMe << QStringList();
    QTest::newRow("all lapsed: all") << 780 << F::All << all;
}

void TestTriage::filtersReadLapsedClaimsAsOpen()
{
    QFETCH(int, minutes);
    QFETCH(TriageQuery::Filter, filter);
    QFETCH(QStringList, ids);
    StoreError error;
    QVERIFY2(Actions(*m_store, as("alice")).claimItem(QStringLiteral("p-1"), &error), qPrintable(error.message));
    QVERIFY2(Actions(*m_store, as("bob")).claimItem(QStringLiteral("p-3"), &error), qPrintable(error.message));
    m_store->setNow(options().now + 300 * 60);
    QVERIFY2(Actions(*m_store, as("alice")).claimItem(QStringLiteral("r-1"), &error), qPrintable(error.message));
    m_store->setNow(options().now + minutes * 60);
    QCOMPARE(idsOf(*m_store, filter, false), ids);
    QStringList reversed(ids.rbegin(), ids.rend());
    QCOMPARE(idsOf(*m_store, filter, true, 1), reversed); // one per page: the cursor crosses the lapsed range too

    // The counts agree with the lists; the stored table is unchanged, so verify still passes.
    TriageCounts counts;
    QVERIFY(TriageQuery(*m_store).counts(&counts, &error));
    QCOMPARE(counts.open, qint64(idsOf(*m_store, TriageQuery::Filter::Open, false).size()));
    QCOMPARE(counts.claimed, qint64(idsOf(*m_store, TriageQuery::Filter::Claimed, false).size()));
    const QStringList open = idsOf(*m_store, TriageQuery::Filter::Open, true);
    QCOMPARE(formatInstant(counts.oldestOpen), formatInstant(itemOf(*m_store, open.constFirst())->at));
    QVERIFY2(m_store->verify({}, &error), qPrintable(error.message));
}

// What the page shows: the item is open, and says whose claim lapsed.
void TestTriage::aLapsedClaimReadsAsOpenNamingItsHolder()
{
    StoreError error;
    QVERIFY(Actions(*m_store, as("alice")).claimItem(QStringLiteral("p-1"), &error));
    m_store->setNow(options().now + 479 * 60);
    std::optional<TriageItem> live = itemOf(*m_store, QStringLiteral("p-1"));
    QCOMPARE(live->status.state, TriageStatus::State::Claimed);
    QVERIFY(!live->status.lapsed);
    m_store->setNow(options().now + 480 * 60);
    std::optional<TriageItem> lapsed = itemOf(*m_store, QStringLiteral("p-1"));
    QCOMPARE(lapsed->status.state, TriageStatus::State::Open);
    QVERIFY(lapsed->status.lapsed);
    QCOMPARE(lapsed->status.by, QStringLiteral("alice"));
    QCOMPARE(formatInstant(lapsed->status.since), QString::fromLatin1(kNow));
}

// The hours are data: under a policy whose claims lapse after 1 hour, the claim is taken at 60 minutes.
void TestTriage::theExpiryIsThePolicys()
{
    Policy policy = PolicyLoader::defaultPolicy();
    policy.triage.claimExpiryHours = 1;
    StoreError error;
    QVERIFY2(m_store->replaceStoredPolicy(policy, &error), qPrintable(error.message));
    QVERIFY(Actions(*m_store, as("alice")).claimItem(QStringLiteral("p-1"), &error));
    m_store->setNow(options().now + 59 * 60);
    QVERIFY(!Actions(*m_store, as("bob")).claimItem(QStringLiteral("p-1"), &error));
    QVERIFY2(error.message.contains(QStringLiteral("claimed by alice")), qPrintable(error.message));
    QCOMPARE(idsOf(*m_store, TriageQuery::Filter::ClaimedByMe, false), QStringList{QStringLiteral("p-1")});
    m_store->setNow(options().now + 60 * 60);
    QCOMPARE(idsOf(*m_store, TriageQuery::Filter::ClaimedByMe, false), QStringList());
    QVERIFY2(Actions(*m_store, as("bob")).claimItem(QStringLiteral("p-1"), &error), qPrintable(error.message));
    QCOMPARE(itemOf(*m_store, QStringLiteral("p-1"))->status.by, QStringLiteral("bob"));
}

// "Act on all N shown" on the triage list hands its state to a campaign, which must select what the list
// showed: alice's claim of p-1 (at kNow) is claimed a minute before it lapses and open from then on.
void TestTriage::aCampaignSelectsTheStateAsRead_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("posts");
    const int open = int(TriageStatus::State::Open);
    const int claimed = int(TriageStatus::State::Claimed);
    QTest::newRow("a minute before: open") << 479 << open << QStringList{"p-2", "p-3"}; // p-2 through r-1
    QTest::newRow("a minute before: claimed") << 479 << claimed << QStringList{"p-1"};
    QTest::newRow("at expiry: open") << 480 << open << QStringList{"p-1", "p-2", "p-3"};
    QTest::newRow("at expiry: claimed") << 480 << claimed << QStringList();
}

void TestTriage::aCampaignSelectsTheStateAsRead()
{
    QFETCH(int, minutes);
    QFETCH(int, state);
    QFETCH(QStringList, posts);
    StoreError error;
    QVERIFY(Actions(*m_store, as("alice")).claimItem(QStringLiteral("p-1"), &error));
    m_store->setNow(options().now + minutes * 60);
    CampaignSelection selection;
    selection.target = CampaignSelection::Target::Posts;
    selection.triageState = state;
    QVector<CampaignTarget> targets;
    QVector<CampaignUnmatched> unmatched;
    QVERIFY2(CampaignSelectionQuery(*m_store).select(selection, &targets, &unmatched, &error), qPrintable(error.message));
    QStringList selected;
    for (const CampaignTarget &t : std::as_const(targets))
        selected << t.post;
    QCOMPARE(selected, posts);
}

void TestTriage::aRefusedStepLeavesTheStoreUnchanged()
{
    StoreError error;
    QVERIFY(Actions(*m_store, as("alice")).claimItem(QStringLiteral("p-1"), &error));
    const QByteArray before = JsonlBytes::exportAll(*m_store);
    QVERIFY(!Actions(*m_store, as("bob")).claimItem(QStringLiteral("p-1"), &error));
    QVERIFY(!Actions(*m_store, as("bob")).confirmItem(QStringLiteral("p-1"), violationFor("crt-a", "creator.diversion"), nullptr, &error));
    QVERIFY2(error.message.contains(QStringLiteral("claimed by alice")), qPrintable(error.message));
    QCOMPARE(JsonlBytes::exportAll(*m_store), before);
    QVERIFY(!ViolationQuery(*m_store).violation(QStringLiteral("v-20261201-1"), &error)); // bob's violation was rolled back
}

void TestTriage::confirmRecordsTheViolationAndTheStepTogether()
{
    StoreError error;
    QVERIFY(Actions(*m_store, as("alice")).claimItem(QStringLiteral("p-1"), &error));
    ActionResult result;
    QVERIFY2(Actions(*m_store, as("alice")).confirmItem(QStringLiteral("p-1"), violationFor("crt-a", "creator.diversion"), &result, &error),
             qPrintable(error.message));
    QVERIFY(!result.id.isEmpty());
    QVERIFY(result.hasConsequences); // previewed as the record dialog previews
    const std::optional<TriageItem> item = itemOf(*m_store, QStringLiteral("p-1"));
    QCOMPARE(item->status.state, TriageStatus::State::Confirmed);
    QCOMPARE(item->status.violation, result.id);
    QCOMPARE(item->status.by, QStringLiteral("alice"));
    const std::optional<ViolationRecord> v = ViolationQuery(*m_store).violation(result.id, &error);
    QVERIFY(v);
    QCOMPARE(v->subject, QStringLiteral("crt-a"));
    QCOMPARE(v->source, QStringLiteral("algorithm"));
    // One action, one audit row, that names the item.
    QVector<AuditEntry> rows;
    QVERIFY(AuditQuery(*m_store).fetch(AuditFilter(), 0, 10, &rows, &error));
    QVERIFY2(rows.first().detail.contains(QStringLiteral("\"triage_item\":\"p-1\"")), qPrintable(rows.first().detail));
    QCOMPARE(rows.first().lastSeq - rows.first().firstSeq + 1, qint64(result.appended));
    QVERIFY(!Actions(*m_store, as("bob")).dismissItem(QStringLiteral("p-1"), QStringLiteral("late"), &error));
    QVERIFY2(error.message.contains(QStringLiteral("already confirmed by alice")), qPrintable(error.message));
}

// A violation the store refuses (a code of another scale) leaves no confirmation, and the item stays claimed.
void TestTriage::aRefusedViolationWritesNoConfirmation()
{
    StoreError error;
    QVERIFY(Actions(*m_store, as("alice")).claimItem(QStringLiteral("r-1"), &error));
    const QByteArray before = JsonlBytes::exportAll(*m_store);
    QVERIFY(!Actions(*m_store, as("alice")).confirmItem(QStringLiteral("r-1"), violationFor("crt-a", "mcn.false_data"), nullptr, &error));
    QVERIFY2(error.message.contains(QStringLiteral("code")), qPrintable(error.message));
    QCOMPARE(JsonlBytes::exportAll(*m_store), before);
    QCOMPARE(itemOf(*m_store, QStringLiteral("r-1"))->status.state, TriageStatus::State::Claimed);
}

void TestTriage::onlyModeratorsTriage()
{
    StoreError error;
    const Session compliance = Session::signedIn(QStringLiteral("officer"), Role::Compliance);
    QVERIFY(!Actions(*m_store, compliance).claimItem(QStringLiteral("p-1"), &error));
    QCOMPARE(error.kind, StoreError::Kind::NotPermitted);
}

void TestTriage::badStepLinesAreRefusedNamingTheField_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("item missing") << QByteArray(R"({"type":"triage","action":"claim","at":"2026-11-20","by":"alice"})")
                                  << "line 1: field item: missing";
    QTest::newRow("unknown action") << QByteArray(R"({"type":"triage","item":"p-1","action":"escalate","at":"2026-11-20","by":"alice"})")
                                    << "line 1: field action: \"escalate\" is not one of claim, release, dismiss, confirm";
    QTest::newRow("item of another subject")
        << QByteArray(R"({"type":"triage","item":"p-1","subject":"crt-b","action":"claim","at":"2026-11-20","by":"alice"})")
        << "line 1: field subject: item \"p-1\" is crt-a's, not crt-b's";
    QTest::newRow("dated before the item") << QByteArray(R"({"type":"triage","item":"p-3","action":"claim","at":"2026-10-01","by":"alice"})")
                                           << "line 1: field at: the step is dated before its item p-3";
    QTest::newRow("confirmation of another's violation")
        << QByteArray(R"({"type":"violation","id":"v-x","subject":"crt-a","code":"creator.diversion","at":"2026-11-20","by":"bob"})" "\n"
                      R"({"type":"triage","item":"p-1","action":"confirm","violation":"v-x","at":"2026-11-20","by":"alice"})")
        << "line 2: field violation: violation \"v-x\" was recorded by bob";
    QTest::newRow("report of another's post")
        << QByteArray(R"({"type":"report","id":"r-9","subject":"crt-b","post":"p-1","at":"2026-11-20"})")
        << "line 1: field post: post \"p-1\" is crt-a's, not crt-b's";
    QTest::newRow("report with a brand's code")
        << QByteArray(R"({"type":"report","id":"r-9","subject":"crt-b","code":"brand.fake_ugc","at":"2026-11-20"})")
        << "line 1: field code: \"brand.fake_ugc\" is not a violation code for a creator";
}

void TestTriage::badStepLinesAreRefusedNamingTheField()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, message);
    const QByteArray before = JsonlBytes::exportAll(*m_store);
    StoreError error;
    QVERIFY(!JsonlBytes::import(*m_store, line + '\n', &error));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(JsonlBytes::exportAll(*m_store), before);
}

// R-H1: a medical post by an unqualified creator suggests creator.unlicensed_medical first (its account
// finding has no span); a qualification granted from before the post lifts that finding, and the item then
// suggests its diversion finding's code. The queue follows, and verify agrees.
void TestTriage::aQualificationChangesTheSuggestion()
{
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, R"({"type":"post","id":"p-m","subject":"crt-b","at":"2026-11-10T08:00:00Z","topic":"medical","text":"祛痘咨询请打 139 1234 5678"})" "\n",
                         &error), qPrintable(error.message));
    QCOMPARE(itemOf(*m_store, QStringLiteral("p-m"))->code, QStringLiteral("creator.unlicensed_medical"));
    QVERIFY2(JsonlBytes::import(*m_store, R"({"type":"qualification","subject":"crt-b","domain":"medical","action":"grant","document":"医师执业证 1","at":"2026-01-01","by":"comp.qian"})" "\n",
                         &error), qPrintable(error.message));
    QCOMPARE(itemOf(*m_store, QStringLiteral("p-m"))->code, QStringLiteral("creator.diversion"));
    QVERIFY2(m_store->verify({}, &error), qPrintable(error.message));
}

// DESIGN.md: importing a line again is a no-op, also for a step whose subject the store fills in.
void TestTriage::aStepLineImportedTwiceIsOneStep()
{
    const QByteArray line = R"({"type":"triage","item":"p-3","action":"claim","at":"2026-11-20T09:00:00Z","by":"alice"})" "\n";
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, line, &error), qPrintable(error.message));
    const QByteArray once = JsonlBytes::exportAll(*m_store);
    QVERIFY2(JsonlBytes::import(*m_store, line, &error), qPrintable(error.message));
    QCOMPARE(JsonlBytes::exportAll(*m_store), once);
    QVERIFY2(JsonlBytes::import(*m_store, once, &error), qPrintable(error.message)); // the exported line names the subject
    QCOMPARE(JsonlBytes::exportAll(*m_store), once);
    QCOMPARE(itemOf(*m_store, QStringLiteral("p-3"))->status.by, QStringLiteral("alice"));
}

// The dashboard's card reads the same counts, on its own connection, as a direct count of the states.
void TestTriage::dashboardCountsTheQueue()
{
    StoreError error;
    QVERIFY(Actions(*m_store, as("alice")).claimItem(QStringLiteral("p-1"), &error));
    QVERIFY(Actions(*m_store, as("bob")).dismissItem(QStringLiteral("r-2"), QStringLiteral("no evidence"), &error));
    const DashboardFigures figures = DashboardStats::load(m_store->path(), m_store->storedPolicy(), m_store->now());
    QVERIFY2(!figures.error.isSet(), qPrintable(figures.error.message));
    qint64 open = 0, claimed = 0, dismissed = 0;
    for (const QString &id : idsOf(*m_store, TriageQuery::Filter::All, false)) {
        const TriageStatus::State state = itemOf(*m_store, id)->status.state;
        open += state == TriageStatus::State::Open;
        claimed += state == TriageStatus::State::Claimed;
        dismissed += state == TriageStatus::State::Dismissed;
    }
    QCOMPARE(figures.triage.open, open);
    QCOMPARE(figures.triage.claimed, claimed);
    QCOMPARE(figures.triage.dismissed, dismissed);
    QCOMPARE((QList<qint64>{open, claimed, dismissed}), (QList<qint64>{2, 1, 1}));
    QCOMPARE(formatInstant(figures.triage.oldestOpen), QStringLiteral("2026-11-03T08:00:00Z")); // p-1 is claimed
}

// The queue's table is derived: verify folds every item's steps afresh and reports a row edited or missing.
void TestTriage::verifyComparesTheQueueWithTheLedger()
{
    StoreError error;
    QVERIFY(Actions(*m_store, as("alice")).claimItem(QStringLiteral("p-1"), &error));
    QVERIFY2(m_store->verify({}, &error), qPrintable(error.message));
    const QString path = m_store->path();
    m_store.reset();
    QCOMPARE(RawSqlite::exec(path, "UPDATE triage SET state = 0, by = NULL WHERE state = 1"), QString());
    m_store = Store::open(path, options(), &error);
    QVERIFY(m_store);
    QVERIFY(!m_store->verify({}, &error));
    QCOMPARE(error.kind, StoreError::Kind::Integrity);
    QVERIFY2(error.message.contains(QStringLiteral("does not match the item's steps")), qPrintable(error.message));
    m_store.reset();
    QCOMPARE(RawSqlite::exec(path, "UPDATE triage SET state = 1, by = 'alice' WHERE since IS NOT NULL; "
                                   "DELETE FROM triage WHERE source = 1"),
             QString());
    m_store = Store::open(path, options(), &error);
    StoreError missing;
    QVERIFY(!m_store->verify({}, &missing));
    QVERIFY2(missing.message.contains(QStringLiteral("has no row for ledger item")), qPrintable(error.message));
}

// Steps are ledger events: an export imports into an empty store to the same queue, state for state.
void TestTriage::exportImportsBackToTheSameQueue()
{
    StoreError error;
    QVERIFY(Actions(*m_store, as("alice")).claimItem(QStringLiteral("p-1"), &error));
    QVERIFY(Actions(*m_store, as("alice")).confirmItem(QStringLiteral("p-1"), violationFor("crt-a", "creator.diversion"), nullptr, &error));
    QVERIFY(Actions(*m_store, as("bob")).dismissItem(QStringLiteral("r-2"), QStringLiteral("no evidence"), &error));
    QVERIFY(Actions(*m_store, as("bob")).claimItem(QStringLiteral("p-3"), &error));
    const QByteArray exported = JsonlBytes::exportAll(*m_store);

    std::unique_ptr<Store> copy = Store::create(m_dir.filePath(QStringLiteral("copy.redline")), options(), &error);
    QVERIFY2(copy, qPrintable(error.message));
    QVERIFY2(JsonlBytes::import(*copy, exported, &error), qPrintable(error.message));
    for (const QString &id : {QStringLiteral("p-1"), QStringLiteral("p-3"), QStringLiteral("r-1"), QStringLiteral("r-2")}) {
        const std::optional<TriageItem> a = itemOf(*m_store, id);
        const std::optional<TriageItem> b = itemOf(*copy, id);
        QVERIFY(a && b);
        QCOMPARE(int(b->status.state), int(a->status.state));
        QCOMPARE(b->status.by, a->status.by);
        QCOMPARE(b->status.violation, a->status.violation);
        QCOMPARE(b->status.reason, a->status.reason);
    }
    QCOMPARE(JsonlBytes::exportAll(*copy), exported);
}

// Two moderators' consoles claiming the same item at once: SQLite serialises the writes, and the second
// validates against the first's claim, so exactly one succeeds and the other is told who has it.
void TestTriage::twoProcessesRacingForOneItemLeaveOneClaim()
{
    // p-1's first claim, by carol nine hours before the race, has lapsed: the item is open to both again.
    m_store->setNow(options().now - 9 * 3600);
    StoreError claimError;
    QVERIFY2(Actions(*m_store, as("carol")).claimItem(QStringLiteral("p-1"), &claimError), qPrintable(claimError.message));
    const QString path = m_store->path();
    m_store.reset();
    for (int round = 0; round < 3; ++round) {
        const QString item = QStringList{QStringLiteral("p-1"), QStringLiteral("p-3"), QStringLiteral("r-1")}.at(round);
        QProcess a;
        QProcess b;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REDLINE_NOW"), QString::fromLatin1(kNow));
        a.setProcessEnvironment(env);
        b.setProcessEnvironment(env);
        a.start(QStringLiteral(REDLINE_CLI), {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("alice"),
                                              QStringLiteral("triage"), QStringLiteral("claim"), item});
        b.start(QStringLiteral(REDLINE_CLI), {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("bob"),
                                              QStringLiteral("triage"), QStringLiteral("claim"), item});
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        const int wins = (a.exitCode() == 0) + (b.exitCode() == 0);
        QCOMPARE(wins, 1);
        QProcess &loser = a.exitCode() == 0 ? b : a;
        QCOMPARE(loser.exitCode(), 2);
        QVERIFY2(loser.readAllStandardError().contains("claimed by"), "the loser is told who holds it");
    }
    StoreError error;
    m_store = Store::open(path, options(), &error);
    QVERIFY(m_store);
    TriageCounts counts;
    QVERIFY(TriageQuery(*m_store).counts(&counts, &error));
    QCOMPARE(counts.claimed, 3);
}

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
