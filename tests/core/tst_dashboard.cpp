// The dashboard's figures (DashboardStats) against the same figures computed here another way: from every
// ledger event read back one by one, and for the threshold crossings by replaying every subject with the
// engine. A generated store with a retraction added, its cache computed at one instant and the dashboard
// asked at others: before the cache, in the middle of the history, at its end, and after it (rows due).
#include "base/storedevent.h"
#include "io/syntheticgenerator.h"
#include "query/dashboardstats.h"
#include "store/schema/schema.h"
#include "store/store.h"
#include "store/write/eventsink.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace redline;

namespace {

constexpr Instant kEnd = kGeneratorDefaultEnd;  // 2026-12-01: the generated history ends here
constexpr Instant kOpenedAt = kEnd + days(30);  // the store's clock: its cache is computed then

struct Ledger {
    struct Violation {
        Instant at = 0;
        QString code;
    };
    std::map<QString, Violation> violations;             // by id
    std::map<QString, QPair<Instant, QString>> appeals;  // id -> (at, violation)
    QVector<std::tuple<Instant, QString, bool>> decisions; // (at, appeal, overturned)
    std::map<QString, Instant> retractions;              // violation -> at
};

// Monday 00:00 UTC of the week holding `at`, by the calendar rather than by arithmetic on seconds.
Instant mondayOf(Instant at)
{
    const QDate date = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date();
    return QDateTime(date.addDays(1 - date.dayOfWeek()), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void weekStartsOnMonday();
    void weeklyViolationsByCode_data();
    void weeklyViolationsByCode();
    void appealsByOutcome_data();
    void appealsByOutcome();
    void crossingsOfTheLastThirtyDays_data();
    void crossingsOfTheLastThirtyDays();
    void bandCounts();
    void loadReadsOnItsOwnConnection();

private:
    void nowRows();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Ledger m_ledger;
};

void TestDashboard::initTestCase()
{
    StoreOptions options;
    options.now = kOpenedAt;
    StoreError error;
    const QString path = m_dir.filePath(QStringLiteral("dash.redline"));
    m_store = Store::create(path, options, &error);
    QVERIFY2(m_store, qPrintable(error.message));
    GeneratorOptions generator;
    generator.mcns = 12;
    generator.brands = 60;
    generator.creators = 500;
    generator.violations = 5000;
    generator.seed = 11;
    generator.recordedUntil = kOpenedAt;
    WriteRequest request;
    request.action = QStringLiteral("generate");
    QVERIFY2(m_store->write(request, [&](EventSink &sink, StoreError *sinkError) {
        bool ok = true;
        SyntheticGenerator(m_store->policy(), generator).run([&](const StoredEvent &event) {
            ok = sink.append(StoredEvent(event), sinkError);
            return ok;
        });
        return ok;
    }, &error), qPrintable(error.message));

    // Read every event back, and retract two recent violations so that retractions are counted too.
    QVector<StoredEvent> lastViolations;
    QVERIFY(m_store->forEachEvent([&](qint64, const StoredEvent &e) {
        if (e.type == EventType::Violation && e.at > kEnd - days(20) && lastViolations.size() < 2)
            lastViolations.append(e);
        return true;
    }, &error));
    QCOMPARE(lastViolations.size(), 2);
    for (const StoredEvent &v : std::as_const(lastViolations)) {
        StoredEvent retraction;
        retraction.type = EventType::Retraction;
        retraction.at = v.at + days(2);
        retraction.ref = v.id;
        retraction.by = v.by;
        QVERIFY2(m_store->append(retraction, &error), qPrintable(error.message));
    }
    QVERIFY(m_store->forEachEvent([&](qint64, const StoredEvent &e) {
        switch (e.type) {
        case EventType::Violation: m_ledger.violations[e.id] = {e.at, e.code}; break;
        case EventType::Appeal: m_ledger.appeals[e.id] = {e.at, e.ref}; break;
        case EventType::Decision: m_ledger.decisions.append({e.at, e.ref, e.outcome == QLatin1String("overturned")}); break;
        case EventType::Retraction: m_ledger.retractions[e.ref] = e.at; break;
        default: break;
        }
        return true;
    }, &error));
    QVERIFY(m_ledger.decisions.size() > 20);
    QCOMPARE(int(m_ledger.retractions.size()), 2);
}

void TestDashboard::nowRows()
{
    QTest::addColumn<Instant>("now");
    QTest::newRow("before the cache was computed, mid history") << kEnd - days(200);
    QTest::newRow("end of the history") << kEnd - days(1);
    QTest::newRow("the store's clock") << kOpenedAt;
    QTest::newRow("after the cache's next changes (rows due)") << kOpenedAt + days(75);
}

void TestDashboard::weekStartsOnMonday()
{
    for (Instant at : {Instant(0), kEnd, kEnd + 3600 * 5 + 17, kOpenedAt + days(3), Instant(1735776000) /* 2025-01-02 */})
        QCOMPARE(DashboardStats::weekStart(at), mondayOf(at));
    QCOMPARE(formatInstant(DashboardStats::weekStart(kEnd)), QStringLiteral("2026-11-30T00:00:00Z")); // kEnd is a Tuesday
}

void TestDashboard::weeklyViolationsByCode_data() { nowRows(); }

void TestDashboard::weeklyViolationsByCode()
{
    QFETCH(Instant, now);
    WeeklyViolations weekly;
    StoreError error;
    QVERIFY2(DashboardStats(*m_store).weeklyViolations(now, DashboardStats::kWeeks, &weekly, &error), qPrintable(error.message));

    const Instant from = mondayOf(now) - days(7 * (DashboardStats::kWeeks - 1));
    QCOMPARE(weekly.weekStarts.size(), DashboardStats::kWeeks);
    QCOMPARE(weekly.weekStarts.first(), from);
    std::map<QString, QVector<qint64>> inForce;
    QVector<qint64> voided(DashboardStats::kWeeks, 0);
    qint64 expectedVoided = 0;
    for (const auto &[id, v] : m_ledger.violations) {
        if (v.at < from || v.at > now)
            continue;
        const int week = int(QDateTime::fromSecsSinceEpoch(from, Qt::UTC).date().daysTo(
                                 QDateTime::fromSecsSinceEpoch(v.at, Qt::UTC).date()) / 7);
        bool isVoided = m_ledger.retractions.count(id) && m_ledger.retractions.at(id) <= now;
        for (const auto &[at, appeal, overturned] : m_ledger.decisions)
            isVoided = isVoided || (overturned && at <= now && m_ledger.appeals.at(appeal).second == id);
        if (isVoided) {
            ++voided[week];
            ++expectedVoided;
        } else {
            auto &weeks = inForce[v.code];
            weeks.resize(DashboardStats::kWeeks);
            ++weeks[week];
        }
    }
    QCOMPARE(weekly.voided, voided);
    for (const QString &code : weekly.codes) {
        QVector<qint64> expected = inForce.count(code) ? inForce.at(code) : QVector<qint64>(DashboardStats::kWeeks, 0);
        QCOMPARE(weekly.inForce.value(code), expected);
        inForce.erase(code);
    }
    QVERIFY2(inForce.empty(), "a code with violations in the range is missing");
    if (now == kEnd - days(1))
        QVERIFY(expectedVoided > 0 && weekly.total() > 1000); // the row that must see both kinds
}

void TestDashboard::appealsByOutcome_data() { nowRows(); }

void TestDashboard::appealsByOutcome()
{
    QFETCH(Instant, now);
    const Instant since = now - days(182);
    AppealOutcomes appeals;
    StoreError error;
    QVERIFY2(DashboardStats(*m_store).appealOutcomes(since, now, &appeals, &error), qPrintable(error.message));

    qint64 upheld = 0;
    qint64 overturned = 0;
    QVector<Instant> durations;
    QSet<QString> decidedByNow;
    for (const auto &[at, appeal, isOverturned] : m_ledger.decisions) {
        if (at <= now)
            decidedByNow.insert(appeal);
        if (at < since || at > now)
            continue;
        ++(isOverturned ? overturned : upheld);
        durations.append(at - m_ledger.appeals.at(appeal).first);
    }
    qint64 pending = 0;
    for (const auto &[id, appeal] : m_ledger.appeals)
        pending += appeal.first <= now && !decidedByNow.contains(id);
    std::sort(durations.begin(), durations.end());
    QCOMPARE(appeals.upheld, upheld);
    QCOMPARE(appeals.overturned, overturned);
    QCOMPARE(appeals.pending, pending);
    QCOMPARE(appeals.medianDecisionTime, durations.isEmpty() ? kNoInstant : durations.at((durations.size() - 1) / 2));
    if (now == kEnd - days(1))
        QVERIFY(upheld > 0 && overturned > 0 && pending > 0);
}

void TestDashboard::crossingsOfTheLastThirtyDays_data() { nowRows(); }

void TestDashboard::crossingsOfTheLastThirtyDays()
{
    QFETCH(Instant, now);
    QVector<RecentCrossing> crossings;
    StoreError error;
    qint64 replayed = 0;
    QVERIFY2(DashboardStats(*m_store).recentCrossings(now, 30, &crossings, &error, &replayed), qPrintable(error.message));
    for (int i = 1; i < crossings.size(); ++i)
        QVERIFY2(crossings.at(i - 1).at >= crossings.at(i).at, "not newest first");
    QStringList found;
    for (const RecentCrossing &c : std::as_const(crossings))
        found << QStringLiteral("%1 %2 %3 %4 %5").arg(formatInstant(c.at), c.handle, c.name).arg(c.threshold).arg(c.down ? "down" : "up");

    // Every subject replayed, whatever its cache row says.
    QStringList expected;
    qint64 subjects = 0;
    QVERIFY(m_store->listStates({}, [&](const CachedState &state) {
        ++subjects;
        Replay replay;
        StoreError replayError;
        SubjectRecord record;
        if (!m_store->replay(state.handle, now, &replay, &replayError, &record))
            return false;
        for (const Crossing &c : std::as_const(replay.timeline.crossings)) {
            if (c.at > now - days(30) && c.at <= now)
                expected << QStringLiteral("%1 %2 %3 %4 %5").arg(formatInstant(c.at), state.handle, state.name).arg(c.threshold).arg(c.down ? "down" : "up");
        }
        return true;
    }, &error));
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
    QVERIFY2(replayed < subjects, "every subject was replayed: the candidate search found nothing to skip");
    if (now == kEnd - days(1))
        QVERIFY(expected.size() > 5);
}

void TestDashboard::bandCounts()
{
    QMap<int, QMap<int, qint64>> histogram;
    StoreError error;
    QVERIFY(DashboardStats(*m_store).scoreHistogram(&histogram, &error));
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator}) {
        const Scale &scale = m_store->storedPolicy().scale(kind);
        const QVector<ScoreBand> bands = DashboardStats::scoreBands(scale, histogram.value(int(kind)));
        QCOMPARE(bands.first().low, scale.max); // the full score on its own
        QCOMPARE(bands.last().low, scale.min);
        // Each subject's score, counted here into the band whose range holds it.
        QVector<qint64> expected(bands.size(), 0);
        StateFilter filter;
        filter.kind = kind;
        QVERIFY(m_store->listStates(filter, [&](const CachedState &state) {
            for (int i = 0; i < bands.size(); ++i) {
                if (state.score >= bands.at(i).low && state.score <= bands.at(i).high)
                    ++expected[i];
            }
            return true;
        }, &error));
        QVector<qint64> counted;
        for (const ScoreBand &band : bands)
            counted << band.count;
        QCOMPARE(counted, expected);
        for (int i = 1; i < bands.size(); ++i)
            QCOMPARE(bands.at(i).high, bands.at(i - 1).low - 1); // adjacent, no gap, no overlap
        // A scale with thresholds has one band per threshold below the full score.
        if (!scale.thresholds.isEmpty())
            for (int t : scale.thresholds)
                QVERIFY2(t == scale.max || std::any_of(bands.cbegin(), bands.cend(), [t](const ScoreBand &b) { return b.low == t; }),
                         qPrintable(QStringLiteral("no band starts at %1").arg(t)));
    }
}

void TestDashboard::loadReadsOnItsOwnConnection()
{
    const Instant now = kEnd - days(1);
    const DashboardFigures figures = DashboardStats::load(m_store->path(), m_store->storedPolicy(), now);
    QVERIFY2(!figures.error.isSet(), qPrintable(figures.error.message));
    WeeklyViolations weekly;
    AppealOutcomes appeals;
    QVector<RecentCrossing> crossings;
    StoreError error;
    const DashboardStats stats(*m_store);
    QVERIFY(stats.weeklyViolations(now, DashboardStats::kWeeks, &weekly, &error));
    QVERIFY(stats.appealOutcomes(weekly.weekStarts.first(), now, &appeals, &error));
    QVERIFY(stats.recentCrossings(now, DashboardStats::kCrossingDays, &crossings, &error));
    QCOMPARE(figures.weekly.total(), weekly.total());
    QCOMPARE(figures.appeals.pending, appeals.pending);
    QCOMPARE(figures.appeals.medianDecisionTime, appeals.medianDecisionTime);
    QCOMPARE(figures.crossings.size(), crossings.size());
    QCOMPARE(figures.ledgerSize, m_store->eventCount());

    const DashboardFigures missing = DashboardStats::load(m_dir.filePath(QStringLiteral("none.redline")), m_store->storedPolicy(), now);
    QVERIFY(missing.error.isSet());
    QVERIFY2(missing.error.message.contains(QStringLiteral("none.redline")), qPrintable(missing.error.message));
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
