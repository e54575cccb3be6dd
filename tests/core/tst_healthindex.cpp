// The content health index (POLICY.md 5, R-H1; docs/rules.md "Content health index") against rows
// computed by hand: every indicator from a metrics snapshot, some from the store's own counts, clamped
// bounds and each effect; then the same through a real store (HealthQuery), where the counts come from
// imported posts, their findings and a verified report.

#include "health/healthindex.h"
#include "jsonlbytes.h"
#include "policy/policyloader.h"
#include "query/healthquery.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

using Values = QHash<QString, double>;

Values allMetrics(std::initializer_list<double> values)
{
    Values out;
    int i = 0;
    for (double value : values)
        out.insert(HealthRules::indicatorIds().at(i++), value);
    return out;
}

QString effectsText(const HealthIndex &index)
{
    return index.effects.join(QLatin1Char(','));
}

} // namespace

Q_DECLARE_METATYPE(HealthInputs)

class TestHealthIndex : public QObject
{
    Q_OBJECT

private slots:
    void computesTheIndex_data();
    void computesTheIndex();
    void sourcesSayWhereEachValueCameFrom();
    void gathersItsInputsFromTheStore();
    void policyRefusesBadHealthRules_data();
    void policyRefusesBadHealthRules();
};

void TestHealthIndex::computesTheIndex_data()
{
    QTest::addColumn<HealthInputs>("inputs");
    QTest::addColumn<double>("quality");
    QTest::addColumn<double>("compliance");
    QTest::addColumn<double>("feedback");
    QTest::addColumn<double>("index");
    QTest::addColumn<QString>("effects");

    // quality (80 + 50 + 100 + 75) / 4 = 76.25; compliance (90 + 80 + 100 + 50) / 4 = 80;
    // feedback (90 + 80 + 50 + 70) / 4 = 72.5; 0.40 * 76.25 + 0.35 * 80 + 0.25 * 72.5 = 76.625 -> 76.6.
    HealthInputs metrics;
    metrics.metrics = allMetrics({0.06, 0.5, 1, 0.30, 0.9, 1, 0, 2.5, 2, 0.16, 0.45, 0.7});
    QTest::newRow("R-H1 all from metrics") << metrics << 76.25 << 80.0 << 72.5 << 76.6 << QString();

    // Clamped at both ends: quality (0 + 0 + 50 + 100) / 4 = 37.5; compliance (20 + 0 + 0 + 80) / 4 = 25;
    // feedback (50 + 50 + 100 + 100) / 4 = 75; 15 + 8.75 + 18.75 = 42.5: below 70 and below 60.
    HealthInputs low;
    low.metrics = allMetrics({0.5, 0, 0.5, 0.1, 0.2, 10, 5, 1, 10, 0.25, 0.75, 1.2});
    QTest::newRow("R-H1 clamped, below 60") << low << 37.5 << 25.0 << 75.0 << 42.5
                                            << "support_programs_excluded,brand_orders_restricted,traffic_throttled";

    // Some from the store: 10 posts, 4 commercial (3 reported), 2 on a regulated topic (1 unqualified),
    // 1 diversion finding, no report. quality (100 + 100 + 50 + 50) / 4 = 75; compliance (75 + 0 + 100 +
    // 100) / 4 = 68.75; feedback 100; 30 + 24.0625 + 25 = 79.0625 -> 79.1, and the topic is throttled.
    HealthInputs store;
    store.metrics = {{"duplicate_rate", 0}, {"reference_share", 1}, {"invalid_interaction_share", 0.10},
                     {"completion_rate", 0.60}, {"engagement_balance", 1}};
    store.posts = 10;
    store.commercialPosts = 4;
    store.reportedCommercialPosts = 3;
    store.regulatedPosts = 2;
    store.unqualifiedRegulatedPosts = 1;
    store.findingsByCategory = {{"diversion", 1}};
    store.unqualifiedTopics = {"medical"};
    QTest::newRow("R-H1 some from the store") << store << 75.0 << 68.75 << 100.0 << 79.1 << "topic_throttled";

    // The metrics win over the store: commercial_share 0.2 (100) instead of the store's 0.4 (50).
    HealthInputs both = store;
    both.metrics.insert("commercial_share", 0.2);
    both.unqualifiedTopics.clear();
    // quality (100 + 100 + 50 + 100) / 4 = 87.5; 35 + 24.0625 + 25 = 84.0625 -> 84.1 >= 80.
    QTest::newRow("R-H1 metrics before the store, 80 and above") << both << 87.5 << 68.75 << 100.0 << 84.1 << "recommend_boost";

    // Nothing known but the store's report count (0): feedback alone, weighted to the whole.
    HealthInputs bare;
    QTest::newRow("R-H1 only verified reports") << bare << -1.0 << -1.0 << 100.0 << 100.0 << "recommend_boost";
}

void TestHealthIndex::computesTheIndex()
{
    QFETCH(HealthInputs, inputs);
    QFETCH(double, quality);
    QFETCH(double, compliance);
    QFETCH(double, feedback);
    QFETCH(double, index);
    QFETCH(QString, effects);
    const HealthIndex h = HealthIndexCalculator::compute(inputs, PolicyLoader::defaultPolicy().healthRules());
    QCOMPARE(h.dimensions.size(), 3);
    const double expected[] = {quality, compliance, feedback};
    for (int i = 0; i < 3; ++i) {
        if (expected[i] < 0)
            QVERIFY(!h.dimensions.at(i).score);
        else
            QCOMPARE(h.dimensions.at(i).score.value_or(-1), expected[i]);
    }
    QVERIFY(h.index);
    QCOMPARE(*h.index, index);
    QCOMPARE(effectsText(h), effects);
}

void TestHealthIndex::sourcesSayWhereEachValueCameFrom()
{
    HealthInputs in;
    in.metrics = {{"commercial_share", 0.5}};
    in.posts = 4;
    in.commercialPosts = 1;
    const HealthIndex h = HealthIndexCalculator::compute(in, PolicyLoader::defaultPolicy().healthRules());
    QHash<QString, HealthIndicator> byId;
    for (const HealthIndicator &i : h.indicators)
        byId.insert(i.id, i);
    QCOMPARE(byId.size(), 12);
    QCOMPARE(byId["commercial_share"].source, QStringLiteral("metrics"));
    QCOMPARE(*byId["commercial_share"].value, 0.5);
    QCOMPARE(*byId["commercial_share"].score, 25.0);
    QCOMPARE(byId["disclosure_rate"].source, QStringLiteral("store")); // 0 of 1 commercial reported
    QCOMPARE(*byId["disclosure_rate"].score, 0.0);
    QCOMPARE(byId["diversion_per_100"].source, QStringLiteral("store"));
    QVERIFY(!byId["duplicate_rate"].value); // metrics only
    QVERIFY(byId["duplicate_rate"].source.isEmpty());
    QVERIFY(!byId["qualification_share"].value); // no regulated posts: no share
}

// The store's counts: 4 posts up to the instant (2 commercial, 1 reported; 1 medical without a
// qualification; 2 diversion findings), a verified report 10 days before, another voided by a retraction,
// and one 100 days before (outside 90 days); the metrics snapshot after the instant is not read.
void TestHealthIndex::gathersItsInputsFromTheStore()
{
    QTemporaryDir dir;
    StoreOptions options;
    options.now = *parseInstant(QStringLiteral("2025-06-01"));
    options.actor = QStringLiteral("tester");
    StoreError error;
    std::unique_ptr<Store> store = Store::create(dir.filePath("h.db"), options, &error);
    QVERIFY(store);
    const QByteArray lines =
        R"({"type":"subject","handle":"crt-lin","kind":"creator","name":"Lin","at":"2025-01-01"})" "\n"
        R"({"type":"metrics","subject":"crt-lin","at":"2025-03-01","values":{"duplicate_rate":0.06,"completion_rate":0.45,"note":"x"}})" "\n"
        R"({"type":"metrics","subject":"crt-lin","at":"2025-05-15","values":{"duplicate_rate":0.30}})" "\n"
        R"({"type":"post","id":"p-1","subject":"crt-lin","at":"2025-04-01","text":"加我 138 0013 8000","commercial":true,"reported":true})" "\n"
        R"({"type":"post","id":"p-2","subject":"crt-lin","at":"2025-04-02","text":"私信 139 0013 8000","commercial":true})" "\n"
        R"({"type":"post","id":"p-3","subject":"crt-lin","at":"2025-04-03","text":"今天的晚饭","topic":"medical"})" "\n"
        R"({"type":"post","id":"p-4","subject":"crt-lin","at":"2025-04-04","text":"周末去爬山"})" "\n"
        R"({"type":"post","id":"p-5","subject":"crt-lin","at":"2025-05-10","text":"after the instant"})" "\n"
        R"({"type":"violation","id":"v-1","subject":"crt-lin","code":"creator.verified_report","at":"2025-04-20","by":"mod.li","source":"user_report"})" "\n"
        R"({"type":"violation","id":"v-2","subject":"crt-lin","code":"creator.verified_report","at":"2025-04-21","by":"mod.li"})" "\n"
        R"({"type":"retraction","violation":"v-2","at":"2025-04-22","by":"mod.li"})" "\n"
        R"({"type":"violation","id":"v-3","subject":"crt-lin","code":"creator.verified_report","at":"2025-01-20","by":"mod.li"})" "\n";
    QVERIFY2(JsonlBytes::import(*store, lines, &error), qPrintable(error.message));

    HealthInputs in;
    QVERIFY2(HealthQuery(*store).inputs(QStringLiteral("crt-lin"), *parseInstant(QStringLiteral("2025-04-30")), &in, &error),
             qPrintable(error.message));
    QCOMPARE(in.metrics, (Values{{"duplicate_rate", 0.06}, {"completion_rate", 0.45}}));
    QCOMPARE(in.posts, 4);
    QCOMPARE(in.commercialPosts, 2);
    QCOMPARE(in.reportedCommercialPosts, 1);
    QCOMPARE(in.regulatedPosts, 1);
    QCOMPARE(in.unqualifiedRegulatedPosts, 1);
    QCOMPARE(in.findingsByCategory.value("diversion"), 2);
    QCOMPARE(in.verifiedReports, 1);
    QCOMPARE(in.unqualifiedTopics, QStringList{"medical"});

    HealthIndex h;
    QVERIFY(HealthQuery(*store).index(QStringLiteral("crt-lin"), *parseInstant(QStringLiteral("2025-04-30")), &h, &error));
    QVERIFY(h.effects.contains("topic_throttled"));
    QVERIFY(!HealthQuery(*store).index(QStringLiteral("nobody"), 0, &h, &error));
    QCOMPARE(error.message, QStringLiteral("unknown subject nobody"));
}

void TestHealthIndex::policyRefusesBadHealthRules_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("weights") << R"("id": "quality", "weight": 40)" << R"("id": "quality", "weight": 45)"
                             << "health.dimensions: the weights add up to 105, not 100";
    QTest::newRow("indicator id") << R"({ "id": "duplicate_rate")" << R"({ "id": "dupes")"
                                  << "health.dimensions[0].indicators[0].id: unknown indicator 'dupes' (one of "
                                     "duplicate_rate, reference_share, qualification_share, commercial_share, disclosure_rate, "
                                     "diversion_per_100, sensitive_per_100, absolute_claim_per_100, verified_reports_90d, "
                                     "invalid_interaction_share, completion_rate, engagement_balance)";
    QTest::newRow("time zone") << R"("time_zone": "Asia/Shanghai")" << R"("time_zone": "Mars/Olympus")"
                               << "health.time_zone: 'Mars/Olympus' is not a time zone this system knows (an IANA id such as Asia/Shanghai)";
    QTest::newRow("quiet hours") << R"("teen_quiet_from": "22:00")" << R"("teen_quiet_from": "25:00")"
                                 << "health.teen_quiet_from: '25:00' is not a time of day HH:MM";
    QTest::newRow("effect restriction") << R"("restrictions": ["recommend_boost"])" << R"("restrictions": ["boost"])"
                                        << "health.effects[0].restrictions[0]: unknown restriction id 'boost'";
    QTest::newRow("bounds") << R"("id": "reference_share", "good": 1, "bad": 0)" << R"("id": "reference_share", "good": 1, "bad": 1)"
                            << "health.dimensions[0].indicators[1].bad: must differ from good";
}

void TestHealthIndex::policyRefusesBadHealthRules()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    QFile file(QStringLiteral(REDLINE_SOURCE_DIR "/resources/policies/default.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString json = QString::fromUtf8(file.readAll());
    QVERIFY(json.contains(from));
    json.replace(json.indexOf(from), from.size(), to);
    QString error;
    QVERIFY(!PolicyLoader::loadJson(json.toUtf8(), &error));
    QCOMPARE(error, message);
    // The shipped policy round-trips with its health section.
    const Policy &policy = PolicyLoader::defaultPolicy();
    QVERIFY(policy.health);
    const std::optional<Policy> again = PolicyLoader::loadJson(PolicyLoader::toJson(policy), &error);
    QVERIFY2(again && again->health, qPrintable(error));
    QCOMPARE(PolicyLoader::toJson(*again), PolicyLoader::toJson(policy));
}

QTEST_GUILESS_MAIN(TestHealthIndex)
#include "tst_healthindex.moc"
