// The policy lab's comparison (PolicyCompareView) on a generated store, offscreen: every row equals the
// engine's own replay of that subject under each policy (Store::replay, the case file's path, with the
// candidate as the session's policy for the proposed side), a change to one scale touches no other kind
// (R-L5), a cancelled run keeps nothing and writes nothing, the CSV holds the list's rows, the PDF is one
// page, and the "why" names the one difference that explains a subject's change.
#include "policy/policycomparechart.h"
#include "policy/policycomparemodel.h"
#include "policy/policycomparepdf.h"
#include "policy/policycompareview.h"
#include "policy/policypathlabels.h"
#include "policy/policytierbars.h"

#include "generatedstore.h"
#include "policy/policydiff.h"
#include "policy/policyloader.h"
#include "query/whatifreplay.h"
#include "store/store.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QPushButton>
#include <QRegularExpression>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace redline;

namespace {

constexpr Instant kNow = kGeneratorDefaultEnd - days(1);

std::unique_ptr<Store> generatedStore(const QString &path)
{
    GeneratorOptions generator;
    generator.mcns = 12;
    generator.brands = 40;
    generator.creators = 300;
    generator.violations = 3000;
    generator.seed = 7;
    return GeneratedStore::create(path, generator, kNow);
}

Policy mcnRecoveryStep(const Policy &base, int step)
{
    Policy p = base;
    p.name = QStringLiteral("mcn-step");
    p.scale(SubjectKind::Mcn).recovery->step = step;
    return p;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks.
QVector<QStringList> parseCsv(const QString &text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

bool runToEnd(PolicyCompareView &view)
{
    QSignalSpy finished(&view, &PolicyCompareView::runFinished);
    view.run();
    if (!view.isRunning())
        return false;
    if (!finished.wait(120000))
        return false;
    return finished.first().first().toBool();
}

} // namespace

class TestPolicyCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsEqualTheEngine();
    void oneScaleChangesNoOtherKind_data();
    void oneScaleChangesNoOtherKind();
    void cancelLeavesNothing();
    void csvRowsEqualTheModel();
    void pdfIsOnePage();
    void chartShowsBothHistories();
    void whyNamesTheOneDifference();
    void badPolicyFileIsRefused();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

void TestPolicyCompare::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("lab.redline"));
    m_store = generatedStore(m_path);
}

void TestPolicyCompare::rowsEqualTheEngine()
{
    const Policy inForce = m_store->policy();
    const Policy draft = GeneratedStore::severalChanges(inForce);
    PolicyCompareView view(*m_store);
    view.resize(1400, 900);
    view.show();
    view.setCandidate(draft, QStringLiteral("draft"));
    view.setInstant(kNow);
    QVERIFY(runToEnd(view));
    QVERIFY(view.hasResult());
    const WhatIfReport &report = *view.report();
    QCOMPARE(report.outcomes.size(), m_store->subjectCount());
    QCOMPARE(report.subjects, m_store->subjectCount());

    // The proposed side, independently: the same file with the draft as the session's policy.
    StoreError error;
    StoreOptions options;
    options.now = kNow;
    std::unique_ptr<Store> proposed = Store::open(m_path, options, &error);
    QVERIFY2(proposed, qPrintable(error.message));
    proposed->overridePolicy(draft);

    qint64 changed[kSubjectKindCount] = {};
    qint64 perTier[kSubjectKindCount][2][16] = {};
    for (const SubjectOutcome &o : report.outcomes) {
        const QString handle = report.handleOf(o);
        Replay before;
        Replay after;
        QVERIFY2(m_store->replay(handle, kNow, &before, &error), qPrintable(error.message));
        QVERIFY2(proposed->replay(handle, kNow, &after, &error), qPrintable(error.message));
        const Scale &scaleBefore = inForce.scale(o.subjectKind());
        const Scale &scaleAfter = draft.scale(o.subjectKind());
        QCOMPARE(o.scoreBefore, before.state.score);
        QCOMPARE(o.scoreAfter, after.state.score);
        QCOMPARE(int(o.tierBefore), WhatIfReplay::tierIndex(scaleBefore, before.state));
        QCOMPARE(int(o.tierAfter), WhatIfReplay::tierIndex(scaleAfter, after.state));
        QCOMPARE(int(o.ladderBefore), before.state.ladderLevel);
        QCOMPARE(int(o.ladderAfter), after.state.ladderLevel);
        QCOMPARE(report.restrictionSets.at(o.restrictionsBefore), before.state.restrictions);
        QCOMPARE(report.restrictionSets.at(o.restrictionsAfter), after.state.restrictions);
        changed[o.kind] += o.changed();
        ++perTier[o.kind][0][o.tierBefore];
        ++perTier[o.kind][1][o.tierAfter];
    }
    for (int k = 0; k < kSubjectKindCount; ++k)
        QVERIFY2(changed[k] > 0, qPrintable(QStringLiteral("no %1 changes: the test would prove nothing").arg(k)));

    // The bars draw the counts by tier.
    for (int k = 0; k < kSubjectKindCount; ++k) {
        const auto kind = static_cast<SubjectKind>(k);
        qint64 drawnBefore = 0;
        qint64 drawnAfter = 0;
        for (const PolicyTierBars::Category &c : view.bars()->shown(kind)) {
            drawnBefore += c.before;
            drawnAfter += c.after;
        }
        QCOMPARE(drawnBefore, report.kinds[k].subjects);
        QCOMPARE(drawnAfter, report.kinds[k].subjects);
        for (int t = 0; t < report.kinds[k].tierCountsBefore.size(); ++t)
            QCOMPARE(report.kinds[k].tierCountsBefore.at(t), perTier[k][0][t]);
        for (int t = 0; t < report.kinds[k].tierCountsAfter.size(); ++t)
            QCOMPARE(report.kinds[k].tierCountsAfter.at(t), perTier[k][1][t]);
    }

    // The list: only the changed subjects by default, each row worded from its outcome.
    PolicyCompareModel *model = view.model();
    QVERIFY(model->onlyChanged());
    QCOMPARE(qint64(model->filteredCount()), changed[0] + changed[1] + changed[2]);
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        const SubjectOutcome &o = model->outcomeAt(row);
        QVERIFY(o.changed());
        QCOMPARE(model->index(row, PolicyCompareModel::Subject).data().toString(), report.handleOf(o));
        QCOMPARE(model->index(row, PolicyCompareModel::ScoreBefore).data().toInt(), o.scoreBefore);
        QCOMPARE(model->index(row, PolicyCompareModel::ScoreAfter).data().toInt(), o.scoreAfter);
    }
    // Unchecking "only changed" lists every subject; the kind filter keeps one kind; sorting by the proposed
    // score orders the rows.
    auto *onlyChanged = view.findChild<QCheckBox *>(QStringLiteral("onlyChanged"));
    QVERIFY(onlyChanged);
    onlyChanged->setChecked(false);
    QCOMPARE(qint64(model->filteredCount()), report.subjects);
    model->setKindFilter(SubjectKind::Brand);
    QCOMPARE(qint64(model->filteredCount()), report.kinds[int(SubjectKind::Brand)].subjects);
    model->sort(PolicyCompareModel::ScoreAfter, Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->outcomeAt(row - 1).scoreAfter <= model->outcomeAt(row).scoreAfter);
    model->setHandleFilter(report.handleOf(model->outcomeAt(0)));
    QVERIFY(model->filteredCount() >= 1);
    QCOMPARE(model->handleAt(0), report.handleOf(model->outcomeAt(0)));
}

void TestPolicyCompare::oneScaleChangesNoOtherKind_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("R-L5 mcn recovery step 10 -> 20") << 20;
    QTest::newRow("R-L5 mcn recovery step 10 -> 3") << 3;
}

void TestPolicyCompare::oneScaleChangesNoOtherKind()
{
    QFETCH(int, step);
    PolicyCompareView view(*m_store);
    view.setCandidate(mcnRecoveryStep(m_store->policy(), step), QStringLiteral("step"));
    view.setInstant(kNow);
    QVERIFY(runToEnd(view));
    const WhatIfReport &report = *view.report();
    const QString protection = m_store->policy().protection.creatorRestriction;
    qint64 creatorsByAgency = 0;
    qint64 mcnsChanged = 0;
    for (const SubjectOutcome &o : report.outcomes) {
        if (o.subjectKind() == SubjectKind::Mcn) {
            mcnsChanged += o.scoreChanged();
            continue;
        }
        // A creator's restrictions follow its agency's freezes (R-M6): `alternative_payment_channel` may
        // come or go with the MCN's recovery; its score, ladder level and every other restriction may not.
        QStringList before = report.restrictionSets.at(o.restrictionsBefore);
        QStringList after = report.restrictionSets.at(o.restrictionsAfter);
        if (o.subjectKind() == SubjectKind::Creator) {
            creatorsByAgency += before != after;
            before.removeAll(protection);
            after.removeAll(protection);
        }
        QVERIFY2(!o.scoreChanged() && !o.tierChanged() && !o.ladderChanged() && before == after,
                 qPrintable(report.handleOf(o)));
    }
    QVERIFY2(mcnsChanged > 0, "the step changes no MCN: the test would prove nothing");
    qInfo("%lld MCNs change score; %lld creators gain or lose %s with their agency (R-M6)", mcnsChanged,
          creatorsByAgency, qPrintable(protection));
    view.model()->setKindFilter(SubjectKind::Creator);
    QCOMPARE(qint64(view.model()->filteredCount()), creatorsByAgency);
    view.model()->setKindFilter(SubjectKind::Brand);
    QCOMPARE(view.model()->filteredCount(), 0);
}

void TestPolicyCompare::cancelLeavesNothing()
{
    const QByteArray before = fileHash(m_path);
    const qint64 events = m_store->eventCount();
    PolicyCompareView view(*m_store);
    view.setCandidate(GeneratedStore::severalChanges(m_store->policy()), QStringLiteral("draft"));
    QSignalSpy finished(&view, &PolicyCompareView::runFinished);
    view.run();
    QVERIFY(view.isRunning());
    view.cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!view.isRunning());
    QVERIFY(!view.hasResult());
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.model()->filteredCount(), 0);
    for (int k = 0; k < kSubjectKindCount; ++k)
        QVERIFY(view.bars()->shown(static_cast<SubjectKind>(k)).isEmpty());
    QVERIFY(view.summaryText().contains(QStringLiteral("nothing was kept")));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
    // Nothing written: the store file and its ledger as they were.
    QCOMPARE(m_store->eventCount(), events);
    QCOMPARE(fileHash(m_path), before);

    // The replay itself stops when its progress says so, and leaves an empty report.
    const Policy draft = GeneratedStore::severalChanges(m_store->policy());
    WhatIfReplay replay(*m_store, m_store->policy(), draft);
    replay.setKeepOutcomes(true);
    WhatIfReport report;
    StoreError error;
    int calls = 0;
    QVERIFY(!replay.run(kNow, &report, [&calls](qint64, qint64) { ++calls; return false; }, &error));
    QCOMPARE(calls, 1);
    QVERIFY(error.isSet());
    QCOMPARE(report.subjects, qint64(0));
    QVERIFY(report.outcomes.isEmpty());
    QVERIFY(report.changes.isEmpty());
}

void TestPolicyCompare::csvRowsEqualTheModel()
{
    PolicyCompareView view(*m_store);
    view.resize(1400, 900);
    view.show();
    view.setCandidate(GeneratedStore::severalChanges(m_store->policy()), QStringLiteral("draft"));
    view.setInstant(kNow);
    QVERIFY(runToEnd(view));
    auto *onlyChanged = view.findChild<QCheckBox *>(QStringLiteral("onlyChanged"));
    onlyChanged->setChecked(false); // more rows than one page of the lazy model
    QVERIFY(view.model()->filteredCount() > view.model()->rowCount() || view.model()->filteredCount() <= PolicyCompareModel::kPageRows);
    const QString path = m_dir.filePath(QStringLiteral("compare.csv"));
    QString error;
    QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    PolicyCompareModel *model = view.model();
    QCOMPARE(rows.size(), model->filteredCount() + 1);
    QCOMPARE(rows.first().size(), int(PolicyCompareModel::ColumnCount));
    for (int c = 0; c < PolicyCompareModel::ColumnCount; ++c)
        QCOMPARE(rows.first().at(c), model->headerData(c, Qt::Horizontal).toString());
    QCOMPARE(model->rowCount(), model->filteredCount()); // the export fetched every row
    bool sawComma = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < PolicyCompareModel::ColumnCount; ++c) {
            const QString cell = model->index(r, c).data().toString();
            sawComma = sawComma || cell.contains(QLatin1Char(','));
            QCOMPARE(rows.at(r + 1).at(c), cell);
        }
    }
    QVERIFY2(sawComma, "no cell with a comma: the quoting went untested");
}

void TestPolicyCompare::pdfIsOnePage()
{
    PolicyCompareView view(*m_store);
    view.resize(1400, 900);
    view.show();
    // Many differences (every code's points of every scale) and many changed subjects: the lists must be cut.
    Policy draft = GeneratedStore::severalChanges(m_store->policy());
    for (int k = 0; k < kSubjectKindCount; ++k) {
        for (ViolationCode &code : draft.scales[k].codes) {
            code.maxPoints += 5;
            code.points = code.maxPoints;
        }
    }
    view.setCandidate(draft, QStringLiteral("draft with many changes"));
    view.setInstant(kNow);
    QVERIFY(runToEnd(view));
    QVERIFY(view.differences().size() > 16);
    const QString path = m_dir.filePath(QStringLiteral("compare.pdf"));
    QString error;
    QVERIFY2(view.exportPdf(path, &error), qPrintable(error));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(30000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("A4")), qPrintable(out));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(QStringLiteral("Policy comparison")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("more")), qPrintable(words)); // the differences were cut, not overflowed
    // The subject that changes most is listed.
    const QVector<int> top = PolicyComparePdf::mostChanged(*view.report(), 1);
    QCOMPARE(top.size(), 1);
    QVERIFY(words.contains(view.report()->handleOf(view.report()->outcomes.at(top.first()))));
}

void TestPolicyCompare::chartShowsBothHistories()
{
    const Policy draft = mcnRecoveryStep(m_store->policy(), 20);
    PolicyCompareView view(*m_store);
    view.resize(1400, 900);
    view.show();
    view.setCandidate(draft, QStringLiteral("step"));
    view.setInstant(kNow);
    QVERIFY(runToEnd(view));
    PolicyCompareModel *model = view.model();
    model->setKindFilter(SubjectKind::Mcn);
    QVERIFY(model->rowCount() > 0);
    // Selecting a row shows that subject.
    view.table()->setCurrentIndex(model->index(0, 0));
    const QString handle = model->handleAt(0);
    StoreError error;
    Replay before;
    QVERIFY(m_store->replay(handle, kNow, &before, &error));
    std::unique_ptr<Store> proposed = Store::open(m_path, StoreOptions(), &error);
    QVERIFY2(proposed, qPrintable(error.message));
    proposed->overridePolicy(draft);
    Replay after;
    QVERIFY(proposed->replay(handle, kNow, &after, &error));
    const auto expectLine = [](const Timeline &timeline) {
        QVector<QPointF> line;
        for (const ScorePoint &p : timeline.points)
            line << QPointF(double(p.at), p.score);
        line << QPointF(double(kNow), timeline.points.last().score);
        return line;
    };
    QCOMPARE(view.chart()->scoreLine(false), expectLine(before.timeline));
    QCOMPARE(view.chart()->scoreLine(true), expectLine(after.timeline));
    QCOMPARE(view.chart()->crossings(false).size(), before.timeline.crossings.size());
    QCOMPARE(view.chart()->crossings(true).size(), after.timeline.crossings.size());
    QVERIFY(before.timeline.crossings.size() + after.timeline.crossings.size() > 0);
}

// Each MCN that changes under two MCN differences: the view names the difference exactly when one alone
// (applied to the policy in force, replayed by the store under it) gives the proposed outcome.
void TestPolicyCompare::whyNamesTheOneDifference()
{
    const Policy inForce = m_store->policy();
    Policy draft = mcnRecoveryStep(inForce, 20);
    draft.scale(SubjectKind::Mcn).recovery->periodDays = 15;
    PolicyCompareView view(*m_store);
    view.setCandidate(draft, QStringLiteral("two differences"));
    view.setInstant(kNow);
    QVERIFY(runToEnd(view));
    const QVector<PolicyChange> changes = PolicyDiff::diff(inForce, draft);
    QCOMPARE(changes.size(), 2);
    QStringList described;
    for (const PolicyChange &c : changes)
        described << PolicyDiff::describe(c);
    QVERIFY2(described.join(QLatin1Char('|')).contains(QStringLiteral("10 → 20")), qPrintable(described.join(QLatin1Char('|'))));

    StoreError error;
    auto storeUnder = [&](const Policy &policy) {
        std::unique_ptr<Store> s = Store::open(m_path, StoreOptions(), &error);
        s->overridePolicy(policy);
        return s;
    };
    Policy stepOnly = mcnRecoveryStep(inForce, 20);
    Policy periodOnly = inForce;
    periodOnly.scale(SubjectKind::Mcn).recovery->periodDays = 15;
    std::unique_ptr<Store> underStep = storeUnder(stepOnly);
    std::unique_ptr<Store> underPeriod = storeUnder(periodOnly);
    std::unique_ptr<Store> underDraft = storeUnder(draft);
    auto standing = [&](Store &s, const Policy &policy, const QString &handle) {
        Replay r;
        if (!s.replay(handle, kNow, &r, &error))
            qFatal("%s", qPrintable(error.message));
        return QStringLiteral("%1|%2|%3|%4")
            .arg(r.state.score)
            .arg(WhatIfReplay::tierIndex(policy.scale(SubjectKind::Mcn), r.state))
            .arg(r.state.ladderLevel)
            .arg(r.state.restrictions.join(QLatin1Char(',')));
    };
    int one = 0;
    int several = 0;
    for (const SubjectOutcome &o : view.report()->outcomes) {
        if (o.subjectKind() != SubjectKind::Mcn || (!o.changed() && !o.scoreChanged()))
            continue;
        const QString handle = view.report()->handleOf(o);
        QVERIFY(view.showSubject(handle));
        const QString proposed = standing(*underDraft, draft, handle);
        const bool byStep = standing(*underStep, stepOnly, handle) == proposed;
        const bool byPeriod = standing(*underPeriod, periodOnly, handle) == proposed;
        const QString why = view.whyText();
        if (byStep != byPeriod) {
            ++one;
            const PolicyChange &cause = changes.at(changes.at(0).path.contains(QStringLiteral("step")) == byStep ? 0 : 1);
            // In the editor's words: "MCN · recovery step: 10 → 20".
            const QString expected = QStringLiteral("%1: %2 → %3").arg(PolicyPathLabels::label(cause.path), PolicyDiff::valueText(cause.before),
                                                                     PolicyDiff::valueText(cause.after));
            QVERIFY2(why.contains(expected), qPrintable(handle + QStringLiteral(": ") + why + QStringLiteral(" / ") + expected));
        } else {
            ++several;
            QVERIFY2(why.contains(QStringLiteral("several differences together")), qPrintable(handle + QStringLiteral(": ") + why));
        }
    }
    QVERIFY2(one > 0, "no MCN explained by one difference: the test would prove little");
    qInfo("MCNs explained by one difference: %d; by several: %d", one, several);
}

void TestPolicyCompare::badPolicyFileIsRefused()
{
    PolicyCompareView view(*m_store);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray json = PolicyLoader::toJson(m_store->policy());
    json.replace("\"step\": 10", "\"step\": -10");
    file.write(json);
    file.close();
    QString error;
    QVERIFY(!view.loadCandidateFile(path, &error));
    QVERIFY2(error.contains(QStringLiteral("step")), qPrintable(error));
    QVERIFY(!view.hasCandidate());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
}

QTEST_MAIN(TestPolicyCompare)
#include "tst_policycompare.moc"
