// ActionPreview: the consequences of a hypothetical event, computed by the engine at the event's instant,
// must be exactly what the store holds once the event is appended.

#include "base/instant.h"
#include "io/eventjson.h"
#include "actions/actionpreview.h"
#include "store/store.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace redline;

namespace {

QString day(Instant at)
{
    if (at == kNoInstant)
        return QStringLiteral("permanent");
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QString describeStarted(const QVector<Sanction> &sanctions)
{
    QStringList out;
    for (const Sanction &s : sanctions)
        out << QStringLiteral("%1 %2 %3").arg(s.id, day(s.from), day(s.until));
    return out.join(QStringLiteral("; "));
}

QString describeEnded(const QVector<Sanction> &sanctions)
{
    QStringList out;
    for (const Sanction &s : sanctions)
        out << QStringLiteral("%1 %2 was %3").arg(s.id, day(s.until), day(s.scheduledUntil));
    return out.join(QStringLiteral("; "));
}

QString describeCrossings(const QVector<Crossing> &crossings)
{
    QStringList out;
    for (const Crossing &c : crossings)
        out << QStringLiteral("%1%2").arg(c.threshold).arg(c.down ? QStringLiteral("↓") : QStringLiteral("↑"));
    return out.join(QLatin1Char(' '));
}

StoredEvent parse(const QString &line)
{
    StoredEvent e;
    QString error;
    if (!EventJson::parse(line.toUtf8(), &e, &error))
        qFatal("bad test line %s: %s", qPrintable(line), qPrintable(error));
    return e;
}

const char kMcn[] = R"({"type":"subject","handle":"mcn-a","kind":"mcn","name":"星河传媒","at":"2024-06-01","attrs":{"region":"mainland","company":"limited","registered_mcn":true}})";
const char kBrand[] = R"({"type":"subject","handle":"brd-a","kind":"brand","name":"Brand A","at":"2025-01-01"})";
const char kCreator[] = R"({"type":"subject","handle":"crt-a","kind":"creator","name":"林小美","at":"2025-01-01"})";

} // namespace

class TestActionPreview : public QObject
{
    Q_OBJECT
private slots:
    void consequences_data();
    void consequences();
    void refuses_data();
    void refuses();

private:
    std::unique_ptr<Store> makeStore(const QTemporaryDir &dir, Instant now, const QStringList &lines);
};

std::unique_ptr<Store> TestActionPreview::makeStore(const QTemporaryDir &dir, Instant now, const QStringList &lines)
{
    StoreOptions options;
    options.now = now;
    options.actor = QStringLiteral("mod.wang");
    StoreError error;
    std::unique_ptr<Store> store = Store::create(dir.filePath(QStringLiteral("preview.redline")), options, &error);
    if (!store)
        qFatal("create: %s", qPrintable(error.message));
    for (const QString &line : lines) {
        if (!store->append(parse(line), &error))
            qFatal("append %s: %s", qPrintable(line), qPrintable(error.message));
    }
    return store;
}

void TestActionPreview::consequences_data()
{
    QTest::addColumn<QStringList>("ledger");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("scoreBefore");
    QTest::addColumn<int>("scoreAfter");
    QTest::addColumn<QString>("crossings");
    QTest::addColumn<QString>("started");
    QTest::addColumn<QString>("ended");
    QTest::addColumn<int>("levelBefore");
    QTest::addColumn<int>("levelAfter");
    QTest::addColumn<int>("violationLevel");
    QTest::addColumn<QStringList>("gained");
    QTest::addColumn<QStringList>("lost");
    QTest::addColumn<int>("deducted");
    QTest::addColumn<int>("givenBack");
    QTest::addColumn<QString>("notices");

    // Second violation within 30 days: n = 2, level L2 (muted 15 days, commerce_closed 90 days).
    QTest::newRow("R-C1 ladder preview")
        << QStringList{kCreator,
                       R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.unreported_ad","at":"2025-02-01","by":"mod.li","source":"algorithm","evidence":"x"})"}
        << "crt-a"
        << R"({"type":"violation","id":"v-2","subject":"crt-a","code":"creator.absolute_claim","at":"2025-02-10","by":"mod.wang","source":"human_review","evidence":"最有效"})"
        << 98 << 96 << "" << "muted 2025-02-10 2025-02-25; commerce_closed 2025-02-10 2025-05-11" << ""
        << 1 << 2 << 2 << QStringList{"commerce_closed", "muted"} << QStringList{} << 2 << 0 << "";

    // Severity "severe" jumps to L4 on a first violation: permanent ban and device ban, no end.
    QTest::newRow("R-C1 severe preview")
        << QStringList{kCreator} << "crt-a"
        << R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.absolute_claim","at":"2025-02-10","by":"mod.wang","severity":"severe","evidence":"x"})"
        << 100 << 98 << "" << "permanent_ban 2025-02-10 permanent; device_ban 2025-02-10 permanent" << ""
        << 0 << 4 << 4 << QStringList{"device_ban", "history_weight_reduced", "permanent_ban"} << QStringList{} << 2 << 0 << "";

    // Explicit points within the code's range (R-L2) are what is charged.
    QTest::newRow("R-L2 explicit points preview")
        << QStringList{kCreator} << "crt-a"
        << R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.data_fraud","points":9,"at":"2025-02-10","by":"mod.wang","evidence":"x"})"
        << 100 << 91 << "" << "note_throttled 2025-02-10 2025-02-17" << ""
        << 0 << 1 << 1 << QStringList{"history_weight_reduced", "note_throttled"} << QStringList{} << 9 << 0 << "";

    // A brand at 2 points reaches 0: a 28-day suspension starts, attached to this violation.
    QStringList brand{kBrand};
    for (int i = 1; i <= 4; ++i)
        brand << QStringLiteral(R"({"type":"violation","id":"b-%1","subject":"brd-a","code":"brand.unauthorized_promotion","at":"2025-01-0%1","by":"mod.li","evidence":"水下笔记"})").arg(i);
    QTest::newRow("R-B1 suspension preview")
        << brand << "brd-a"
        << R"({"type":"violation","id":"b-5","subject":"brd-a","code":"brand.unauthorized_promotion","at":"2025-02-10","by":"mod.wang","evidence":"水下笔记"})"
        << 2 << 0 << "1↓" << "suspended 2025-02-10 2025-03-10" << ""
        << 0 << 0 << 0 << QStringList{"suspended"} << QStringList{} << 2 << 0 << "";

    // An MCN at 75 loses 20: crosses 70 and 60 on the way down and gains both bands' restrictions.
    QTest::newRow("R-M1 thresholds crossed")
        << QStringList{kMcn,
                       R"({"type":"violation","id":"m-1","subject":"mcn-a","code":"mcn.reputation_damage","at":"2025-02-01","by":"mod.li","evidence":"x"})",
                       R"({"type":"violation","id":"m-2","subject":"mcn-a","code":"mcn.brand_contract_dispute","at":"2025-02-03","by":"mod.li","evidence":"x"})"}
        << "mcn-a"
        << R"({"type":"violation","id":"m-3","subject":"mcn-a","code":"mcn.reputation_damage","at":"2025-02-05","by":"mod.wang","evidence":"x"})"
        << 75 << 55 << "70↓ 60↓" << "" << ""
        << 0 << 0 << 0 << QStringList{"deposit_increase", "marketing_platform_blocked", "violation_disclosure"}
        << QStringList{} << 20 << 0 << "";

    // Overturning gives back what the violation deducted and ends its sanctions at the decision (R-L3).
    QTest::newRow("R-L3 overturn preview")
        << QStringList{kCreator,
                       R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.diversion","at":"2025-02-01","by":"mod.li","evidence":"加V"})",
                       R"({"type":"appeal","id":"a-1","violation":"v-1","at":"2025-02-02","by":"crt-a","reason":"not me"})"}
        << "crt-a"
        << R"({"type":"decision","appeal":"a-1","outcome":"overturned","at":"2025-02-05","by":"mod.wang","reason":"ok"})"
        << 95 << 100 << "" << ""
        << "note_throttled 2025-02-05 was 2025-02-08; throttled 2025-02-05 was 2025-03-03"
        << 1 << 0 << 0 << QStringList{} << QStringList{"history_weight_reduced", "note_throttled", "throttled"} << 0 << 5 << "";

    // Undo in the console appends a retraction, which the engine applies like an overturn.
    QTest::newRow("R-L3 retraction (undo) preview")
        << QStringList{kCreator,
                       R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.diversion","at":"2025-02-01","by":"mod.li","evidence":"加V"})"}
        << "crt-a"
        << R"({"type":"retraction","violation":"v-1","at":"2025-02-05","by":"mod.li"})"
        << 95 << 100 << ""  << ""
        << "note_throttled 2025-02-05 was 2025-02-08; throttled 2025-02-05 was 2025-03-03"
        << 1 << 0 << 0 << QStringList{} << QStringList{"history_weight_reduced", "note_throttled", "throttled"} << 0 << 5 << "";

    // An MCN overturn crosses back up (R-L6 "up").
    QTest::newRow("R-L3 overturn crosses up")
        << QStringList{kMcn,
                       R"({"type":"violation","id":"m-1","subject":"mcn-a","code":"mcn.reputation_damage","at":"2025-02-01","by":"mod.li","evidence":"x"})",
                       R"({"type":"violation","id":"m-2","subject":"mcn-a","code":"mcn.fabricated_engagement","at":"2025-02-02","by":"mod.li","evidence":"x"})",
                       R"({"type":"appeal","id":"a-2","violation":"m-2","at":"2025-02-03","by":"mcn-a","reason":"real"})"}
        << "mcn-a"
        << R"({"type":"decision","appeal":"a-2","outcome":"overturned","at":"2025-02-04","by":"mod.wang","reason":"ok"})"
        << 65 << 80 << "70↑ 80↑" << "" << ""
        << 0 << 0 << 0 << QStringList{} << QStringList{"deposit_increase", "violation_disclosure"} << 0 << 15 << "";

    // An MCN falling within 5 of a critical threshold it has not crossed warns its creators (R-M6).
    QTest::newRow("R-M6 protection notice preview")
        << QStringList{kMcn,
                       R"({"type":"violation","id":"m-1","subject":"mcn-a","code":"mcn.reputation_damage","at":"2025-02-01","by":"mod.li","evidence":"x"})",
                       R"({"type":"violation","id":"m-2","subject":"mcn-a","code":"mcn.reputation_damage","at":"2025-02-02","by":"mod.li","evidence":"x"})",
                       R"({"type":"violation","id":"m-3","subject":"mcn-a","code":"mcn.unfair_competition","at":"2025-02-03","by":"mod.li","evidence":"x"})"}
        << "mcn-a"
        << R"({"type":"violation","id":"m-4","subject":"mcn-a","code":"mcn.brand_contract_dispute","at":"2025-02-05","by":"mod.wang","evidence":"x"})"
        << 50 << 45 << "50↓" << "" << "" << 0 << 0 << 0 << QStringList{"creator_visibility_reduced"} << QStringList{}
        << 5 << 0 << "40 at 45";

    // Upholding changes nothing.
    QTest::newRow("R-L3 upheld preview")
        << QStringList{kCreator,
                       R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.diversion","at":"2025-02-01","by":"mod.li","evidence":"加V"})",
                       R"({"type":"appeal","id":"a-1","violation":"v-1","at":"2025-02-02","by":"crt-a","reason":"not me"})"}
        << "crt-a"
        << R"({"type":"decision","appeal":"a-1","outcome":"upheld","at":"2025-02-05","by":"mod.wang","reason":"no"})"
        << 95 << 95 << "" << "" << "" << 1 << 1 << 0 << QStringList{} << QStringList{} << 0 << 0 << "";

    // A 0-point finding is not a ladder step: no deduction, only its own sanction.
    QTest::newRow("R-C6 zero-point preview")
        << QStringList{kCreator} << "crt-a"
        << R"({"type":"violation","id":"v-1","subject":"crt-a","code":"creator.engagement_imbalance","at":"2025-02-10","by":"mod.wang","evidence":"x"})"
        << 100 << 100 << "" << "downranked 2025-02-10 2025-03-12" << ""
        << 0 << 0 << 0 << QStringList{"downranked"} << QStringList{} << 0 << 0 << "";
}

void TestActionPreview::consequences()
{
    QFETCH(QStringList, ledger);
    QFETCH(QString, handle);
    QFETCH(QString, action);
    QFETCH(int, scoreBefore);
    QFETCH(int, scoreAfter);
    QFETCH(QString, crossings);
    QFETCH(QString, started);
    QFETCH(QString, ended);
    QFETCH(int, levelBefore);
    QFETCH(int, levelAfter);
    QFETCH(int, violationLevel);
    QFETCH(QStringList, gained);
    QFETCH(QStringList, lost);
    QFETCH(int, deducted);
    QFETCH(int, givenBack);
    QFETCH(QString, notices);

    const StoredEvent event = parse(action);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::unique_ptr<Store> store = makeStore(dir, event.at, ledger);
    const qint64 eventsBefore = store->eventCount();

    ActionConsequences c;
    StoreError error;
    QVERIFY2(ActionPreview(*store).preview(handle, event, &c, &error), qPrintable(error.message));
    QCOMPARE(store->eventCount(), eventsBefore); // a preview writes nothing
    QCOMPARE(c.at, event.at);
    QCOMPARE(c.scoreBefore(), scoreBefore);
    QCOMPARE(c.scoreAfter(), scoreAfter);
    QCOMPARE(describeCrossings(c.crossings), crossings);
    QCOMPARE(describeStarted(c.sanctionsStarted), started);
    QCOMPARE(describeEnded(c.sanctionsEnded), ended);
    QCOMPARE(c.ladderLevelBefore(), levelBefore);
    QCOMPARE(c.ladderLevelAfter(), levelAfter);
    QCOMPARE(c.violationLevel, violationLevel);
    QCOMPARE(c.restrictionsGained, gained);
    QCOMPARE(c.restrictionsLost, lost);
    QCOMPARE(c.deducted, deducted);
    QCOMPARE(c.givenBack, givenBack);
    QStringList noticeText;
    for (const ProtectionNotice &n : c.notices)
        noticeText << QStringLiteral("%1 at %2").arg(n.threshold).arg(n.score);
    QCOMPARE(noticeText.join(QStringLiteral("; ")), notices);

    // The preview is the engine's word on what the store will hold once the event is appended.
    QVERIFY2(store->append(event, &error), qPrintable(error.message));
    Replay stored;
    QVERIFY2(store->replay(handle, event.at, &stored, &error), qPrintable(error.message));
    QCOMPARE(stored.state.score, c.scoreAfter());
    QCOMPARE(stored.state.restrictions, c.after.restrictions);
    QCOMPARE(stored.state.ladderLevel, c.ladderLevelAfter());
    QCOMPARE(describeStarted(stored.state.sanctions), describeStarted(c.after.sanctions));
    const std::optional<CachedState> cached = store->cachedState(handle, &error);
    QVERIFY(cached);
    QCOMPARE(cached->score, scoreAfter);
}

void TestActionPreview::refuses_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("message");

    QTest::newRow("R-L2 code of another scale")
        << "crt-a"
        << R"({"type":"violation","id":"v-9","subject":"crt-a","code":"mcn.reputation_damage","at":"2025-02-10","by":"mod.wang"})"
        << R"(field code: "mcn.reputation_damage" is not a violation code for a creator)";
    QTest::newRow("R-L2 points out of range")
        << "crt-a"
        << R"({"type":"violation","id":"v-9","subject":"crt-a","code":"creator.data_fraud","points":11,"at":"2025-02-10","by":"mod.wang"})"
        << "field points: 11 is outside the range 6..10 of creator.data_fraud (R-L2)";
    QTest::newRow("R-L3 unknown appeal")
        << "crt-a"
        << R"({"type":"decision","appeal":"a-404","outcome":"overturned","at":"2025-02-10","by":"mod.wang"})"
        << R"(field appeal: no appeal "a-404" in the ledger of crt-a)";
    QTest::newRow("unknown subject")
        << "crt-404"
        << R"({"type":"violation","id":"v-9","subject":"crt-404","code":"creator.data_fraud","at":"2025-02-10","by":"mod.wang"})"
        << R"(field subject: no subject "crt-404" in the store)";
}

void TestActionPreview::refuses()
{
    QFETCH(QString, handle);
    QFETCH(QString, action);
    QFETCH(QString, message);

    const StoredEvent event = parse(action);
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, event.at, {kCreator});
    ActionConsequences c;
    StoreError error;
    QVERIFY(!ActionPreview(*store).preview(handle, event, &c, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.kind, StoreError::Kind::BadInput);
}

QTEST_GUILESS_MAIN(TestActionPreview)
#include "tst_actionpreview.moc"
