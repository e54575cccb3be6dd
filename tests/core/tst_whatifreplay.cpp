// The what-if comparison (`replay --with`, the console's policy comparison) over a store of several read
// chunks: BulkReplayer reads 4,096 subject ids at a time, one reader per core, each on a read-only
// connection of its own, and the comparison consumes the chunks in id order (docs/performance.md,
// `bench_replaywith`). Every subject's outcome must equal its own replay under each policy.

#include "generatedstore.h"

#include "query/whatifreplay.h"
#include "store/store.h"
#include "store/storeoptions.h"
#include "store/subjectrecord.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace redline;

namespace {

constexpr Instant kNow = kGeneratorDefaultEnd - days(1);

// More than two chunks of ids, so that both readers read and the consumer takes their chunks in turn.
constexpr int kCreators = 8600;

} // namespace

class TestWhatIfReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcomesEqualEachSubjectsReplay();
    void changesListTheChangedOutcomes();
    void cancelStopsBetweenChunks();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    WhatIfReport m_outcomes;
};

void TestWhatIfReplay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("chunks.redline"));
    GeneratorOptions generator;
    generator.mcns = 20;
    generator.brands = 150;
    generator.creators = kCreators;
    generator.violations = 30000;
    generator.seed = 11;
    m_store = GeneratedStore::create(m_path, generator, kNow);
    QVERIFY(m_store->subjectCount() > 2 * 4096);
}

void TestWhatIfReplay::outcomesEqualEachSubjectsReplay()
{
    const Policy inForce = m_store->policy();
    const Policy draft = GeneratedStore::severalChanges(inForce);
    WhatIfReplay replay(*m_store, inForce, draft);
    replay.setKeepOutcomes(true);
    StoreError error;
    QVERIFY2(replay.run(kNow, &m_outcomes, {}, &error), qPrintable(error.message));
    QCOMPARE(m_outcomes.subjects, m_store->subjectCount());
    QCOMPARE(qint64(m_outcomes.outcomes.size()), m_store->subjectCount());

    StoreOptions options;
    options.now = kNow;
    std::unique_ptr<Store> proposed = Store::open(m_path, options, &error);
    QVERIFY2(proposed, qPrintable(error.message));
    proposed->overridePolicy(draft);

    qint64 lastId = 0;
    qint64 changed = 0;
    for (const SubjectOutcome &o : std::as_const(m_outcomes.outcomes)) {
        const QString handle = m_outcomes.handleOf(o);
        const std::optional<SubjectRecord> subject = m_store->subject(handle, &error);
        QVERIFY2(subject, qPrintable(handle));
        QVERIFY2(subject->id > lastId, qPrintable(QStringLiteral("%1 out of id order").arg(handle)));
        lastId = subject->id;
        QCOMPARE(o.subjectKind(), subject->kind);
        Replay before;
        Replay after;
        QVERIFY2(m_store->replay(handle, kNow, &before, &error), qPrintable(error.message));
        QVERIFY2(proposed->replay(handle, kNow, &after, &error), qPrintable(error.message));
        QCOMPARE(o.scoreBefore, before.state.score);
        QCOMPARE(o.scoreAfter, after.state.score);
        QCOMPARE(int(o.ladderBefore), before.state.ladderLevel);
        QCOMPARE(int(o.ladderAfter), after.state.ladderLevel);
        QCOMPARE(int(o.tierBefore), WhatIfReplay::tierIndex(inForce.scale(o.subjectKind()), before.state));
        QCOMPARE(int(o.tierAfter), WhatIfReplay::tierIndex(draft.scale(o.subjectKind()), after.state));
        QCOMPARE(m_outcomes.restrictionSets.at(o.restrictionsBefore), before.state.restrictions);
        QCOMPARE(m_outcomes.restrictionSets.at(o.restrictionsAfter), after.state.restrictions);
        changed += o.changed();
    }
    QVERIFY2(changed > 0, "no subject changes: the comparison would prove nothing");
}

// The CLI's form of the same run (no outcomes kept): the changes listed are the changed outcomes.
void TestWhatIfReplay::changesListTheChangedOutcomes()
{
    QVERIFY(!m_outcomes.outcomes.isEmpty());
    const Policy draft = GeneratedStore::severalChanges(m_store->policy()); // the replay keeps a reference to it
    WhatIfReplay replay(*m_store, m_store->policy(), draft);
    WhatIfReport report;
    StoreError error;
    QVERIFY2(replay.run(kNow, &report, {}, &error), qPrintable(error.message));
    QCOMPARE(report.subjects, m_outcomes.subjects);
    QStringList expected;
    for (const SubjectOutcome &o : std::as_const(m_outcomes.outcomes)) {
        if (o.tierBefore != o.tierAfter || o.restrictionsBefore != o.restrictionsAfter)
            expected << m_outcomes.handleOf(o);
    }
    QStringList listed;
    for (const auto &change : std::as_const(report.changes))
        listed << change.handle;
    QCOMPARE(listed, expected);
    QCOMPARE(report.tierChanged, m_outcomes.tierChanged);
    QCOMPARE(report.scoreChanged, m_outcomes.scoreChanged);
}

// Cancel: the readers stop after the chunk each is on, nothing is kept, and a run afterwards is whole.
void TestWhatIfReplay::cancelStopsBetweenChunks()
{
    const Policy draft = GeneratedStore::severalChanges(m_store->policy());
    WhatIfReplay replay(*m_store, m_store->policy(), draft);
    replay.setKeepOutcomes(true);
    WhatIfReport report;
    StoreError error;
    int calls = 0;
    qint64 doneAtCancel = 0;
    const bool ran = replay.run(kNow, &report, [&](qint64 done, qint64) {
        doneAtCancel = done;
        return ++calls < 2;
    }, &error);
    QVERIFY(!ran);
    QVERIFY(error.isSet());
    QCOMPARE(calls, 2);
    QVERIFY(doneAtCancel < m_store->subjectCount());
    QCOMPARE(report.subjects, qint64(0));
    QVERIFY(report.outcomes.isEmpty());

    QVERIFY2(replay.run(kNow, &report, {}, &error), qPrintable(error.message));
    QCOMPARE(report.subjects, m_store->subjectCount());
}

QTEST_GUILESS_MAIN(TestWhatIfReplay)
#include "tst_whatifreplay.moc"
