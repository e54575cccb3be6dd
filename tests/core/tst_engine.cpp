// Rule tables for the engine (POLICY.md sections 0-4). Each row is named after the rule it pins down and
// asserts exact scores, restriction ids, instants and intervals under the default policy.
#include "engine/certificationchecklist.h"
#include "engine/scoreengine.h"
#include "ledgerscript.h"
#include "policy/policyloader.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace redline;

namespace {

const Policy &policy() { return PolicyLoader::defaultPolicy(); }

SubjectKind kindOf(const QString &name) { return *subjectKindFromName(name); }

const QString kMcnGranted = QStringLiteral("grant 2025-01-02");
const QStringList kAllMcnBands = {QStringLiteral("creator_termination_right"), QStringLiteral("creator_visibility_reduced"),
                                  QStringLiteral("deposit_increase"),          QStringLiteral("marketing_platform_blocked"),
                                  QStringLiteral("monetization_disabled"),     QStringLiteral("platform_removed"),
                                  QStringLiteral("revenue_frozen"),            QStringLiteral("violation_disclosure")};

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void instants_data();
    void instants();
    void state_data();
    void state();
    void sanctions_data();
    void sanctions();
    void history_data();
    void history();
    void certificationChecklist_data();
    void certificationChecklist();
    void depositLedger();
    void protectionNotices();
    void penaltyFreeExit();
    void clampedViolationRestartsClock();
    void replayIsPureAndOrderIndependent_data();
    void replayIsPureAndOrderIndependent();
    void nextChangeIsTheFirstSelfChange();
};

void TestEngine::instants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused

    QTest::newRow("R-T1 bare date is midnight UTC") << "2025-03-01" << qint64(1740787200);
    QTest::newRow("R-T1 full instant") << "2025-03-01T08:00:00Z" << qint64(1740787200 + 8 * 3600);
    QTest::newRow("R-T1 leap day") << "2024-02-29" << qint64(1709164800);
    QTest::newRow("R-T1 offset refused") << "2025-03-01T08:00:00+08:00" << qint64(-1);
    QTest::newRow("R-T1 no such day") << "2025-02-29" << qint64(-1);
    QTest::newRow("R-T1 unpadded refused") << "2025-3-1" << qint64(-1);
    QTest::newRow("R-T1 hour 24 refused") << "2025-03-01T24:00:00Z" << qint64(-1);
    QTest::newRow("R-T2 thirty days") << "2025-03-31" << qint64(1740787200 + 30 * 86400);
}

void TestEngine::instants()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto parsed = parseInstant(text);
    if (expected < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, expected);
    QCOMPARE(parseInstant(formatInstant(*parsed)), parsed);
    QCOMPARE(days(30), qint64(2592000));
}

void TestEngine::state_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("score");
    QTest::addColumn<QStringList>("restrictions");

    const QString c = QStringLiteral("creator"), m = QStringLiteral("mcn"), b = QStringLiteral("brand");
    const QStringList hwNt = {"history_weight_reduced", "note_throttled"};

    // Sections 0 and 1
    QTest::newRow("R-L2 default points") << c << QStringList{"v v1 creator.unreported_ad 2025-02-01"} << "2025-02-01" << 98 << hwNt;
    QTest::newRow("R-L2 explicit points within range")
        << c << QStringList{"v v1 creator.data_fraud 2025-02-01 points=8"} << "2025-02-01" << 92 << hwNt;
    QTest::newRow("R-C2 the ladder deducts nothing extra")
        << c << QStringList{"v v1 creator.diversion 2025-02-01"} << "2025-02-01" << 95
        << QStringList{"history_weight_reduced", "note_throttled", "throttled"};
    QTest::newRow("R-T3 one second before the event")
        << c << QStringList{"v v1 creator.unreported_ad 2025-02-01T10:00:00Z"} << "2025-02-01T09:59:59Z" << 100 << QStringList{};
    QTest::newRow("R-T3 at the event's instant")
        << c << QStringList{"v v1 creator.unreported_ad 2025-02-01T10:00:00Z"} << "2025-02-01T10:00:00Z" << 98 << hwNt;
    QTest::newRow("R-T4 one second before a sanction ends")
        << c << QStringList{"v v1 creator.unreported_ad 2025-02-01"} << "2025-02-07T23:59:59Z" << 98 << hwNt;
    QTest::newRow("R-T4 instant equal to a sanction's end")
        << c << QStringList{"v v1 creator.unreported_ad 2025-02-01"} << "2025-02-08" << 98 << QStringList{"history_weight_reduced"};
    QTest::newRow("R-T5 29 days apart is within the window")
        << c << QStringList{"v v1 creator.unreported_ad 2025-01-01", "v v2 creator.unreported_ad 2025-01-30"} << "2025-01-30"
        << 96 << QStringList{"commerce_closed", "history_weight_reduced", "muted"};
    QTest::newRow("R-T5 exactly 30 days apart is outside the window")
        << c << QStringList{"v v1 creator.unreported_ad 2025-01-01", "v v2 creator.unreported_ad 2025-01-31"} << "2025-01-31"
        << 98 << hwNt;
    QTest::newRow("R-T6 a deduction clamps at 0")
        << m
        << QStringList{kMcnGranted, "v v1 mcn.reputation_damage 2025-03-01", "v v2 mcn.reputation_damage 2025-03-02",
                       "v v3 mcn.reputation_damage 2025-03-03", "v v4 mcn.reputation_damage 2025-03-04",
                       "v v5 mcn.fabricated_engagement 2025-03-05", "v v6 mcn.reputation_damage 2025-03-06"}
        << "2025-03-06" << 0 << kAllMcnBands;
    QTest::newRow("R-T6 overturn of a clamped violation gives back what it deducted")
        << m
        << QStringList{kMcnGranted, "v v1 mcn.reputation_damage 2025-03-01", "v v2 mcn.reputation_damage 2025-03-02",
                       "v v3 mcn.reputation_damage 2025-03-03", "v v4 mcn.reputation_damage 2025-03-04",
                       "v v5 mcn.fabricated_engagement 2025-03-05", "v v6 mcn.reputation_damage 2025-03-06",
                       "appeal a6 v6 2025-03-07", "over v6 2025-03-10"}
        << "2025-03-10" << 5 << kAllMcnBands;
    QTest::newRow("R-T7 same instant applies in recorded order")
        << c << QStringList{"v v1 creator.diversion 2025-02-01", "v v2 creator.diversion 2025-02-01"} << "2025-02-01" << 90
        << QStringList{"commerce_closed", "history_weight_reduced", "muted", "note_throttled", "throttled"};
    QTest::newRow("R-L3 a pending appeal changes nothing")
        << c << QStringList{"v v1 creator.diversion 2025-02-01", "appeal a1 v1 2025-02-03"} << "2025-02-05" << 95
        << QStringList{"history_weight_reduced", "note_throttled", "throttled"};
    QTest::newRow("R-L3 upheld changes nothing")
        << c << QStringList{"v v1 creator.diversion 2025-02-01", "appeal a1 v1 2025-02-03", "uphold v1 2025-02-10"}
        << "2025-02-10" << 95 << QStringList{"history_weight_reduced", "throttled"};
    QTest::newRow("R-L3 overturned gives points back and ends sanctions")
        << c << QStringList{"v v1 creator.diversion 2025-02-01", "appeal a1 v1 2025-02-03", "over v1 2025-02-10"}
        << "2025-02-10" << 100 << QStringList{};
    QTest::newRow("R-L3 an overturned violation no longer counts")
        << c
        << QStringList{"v v1 creator.diversion 2025-02-01", "appeal a1 v1 2025-02-03", "over v1 2025-02-10",
                       "v v2 creator.diversion 2025-02-15"}
        << "2025-02-15" << 95 << QStringList{"history_weight_reduced", "note_throttled", "throttled"};
    QTest::newRow("R-L5 the first step comes one period after the last violation")
        << c << QStringList{"v v1 creator.unreported_ad 2025-01-01", "v v2 creator.diversion 2025-01-02"}
        << "2025-02-01T00:00:00Z" << 98 << QStringList{"commerce_closed", "history_weight_reduced"};
    QTest::newRow("R-L5 each violation restarts the clock")
        << c << QStringList{"v v1 creator.unreported_ad 2025-01-01", "v v2 creator.diversion 2025-01-02"}
        << "2025-01-31T23:59:59Z" << 93 << QStringList{"commerce_closed", "history_weight_reduced", "throttled"};
    QTest::newRow("R-L5 recovery stops at max")
        << c << QStringList{"v v1 creator.unreported_ad 2025-01-01", "v v2 creator.diversion 2025-01-02"} << "2025-03-03"
        << 100 << QStringList{"commerce_closed", "history_weight_reduced"};
    QTest::newRow("R-L7 a later overturn of another violation does not re-grade")
        << c
        << QStringList{"v v1 creator.diversion 2025-02-01", "v v2 creator.unreported_ad 2025-02-05", "appeal a1 v1 2025-02-06",
                       "over v1 2025-02-10"}
        << "2025-02-12" << 98 << QStringList{"commerce_closed", "history_weight_reduced", "muted"};

    // Section 2: MCN
    QTest::newRow("R-M1 80 and above: no restriction")
        << m << QStringList{kMcnGranted, "v v1 mcn.fabricated_engagement 2025-02-01"} << "2025-02-10" << 85 << QStringList{};
    QTest::newRow("R-M1 70 to 79: none (assumed)")
        << m << QStringList{kMcnGranted, "v v1 mcn.fabricated_engagement 2025-02-01", "v v2 mcn.inauthentic_recommendation 2025-02-02"}
        << "2025-02-10" << 75 << QStringList{};
    QTest::newRow("R-M1 60 is not below 70's next band")
        << m << QStringList{kMcnGranted, "v v1 mcn.reputation_damage 2025-02-01", "v v2 mcn.reputation_damage 2025-02-02"}
        << "2025-02-10" << 60 << QStringList{"deposit_increase", "violation_disclosure"};
    QTest::newRow("R-M1 below 60")
        << m
        << QStringList{kMcnGranted, "v v1 mcn.reputation_damage 2025-02-01", "v v2 mcn.reputation_damage 2025-02-02",
                       "v v3 mcn.brand_contract_dispute 2025-02-03"}
        << "2025-02-10" << 55 << QStringList{"deposit_increase", "marketing_platform_blocked", "violation_disclosure"};
    QTest::newRow("R-M1 below 50")
        << m
        << QStringList{kMcnGranted, "v v1 mcn.reputation_damage 2025-02-01", "v v2 mcn.reputation_damage 2025-02-02",
                       "v v3 mcn.fabricated_engagement 2025-02-03"}
        << "2025-02-10" << 45
        << QStringList{"creator_visibility_reduced", "deposit_increase", "marketing_platform_blocked", "violation_disclosure"};
    QTest::newRow("R-M1 below 40")
        << m
        << QStringList{kMcnGranted, "v v1 mcn.reputation_damage 2025-02-01", "v v2 mcn.reputation_damage 2025-02-02",
                       "v v3 mcn.reputation_damage 2025-02-03", "v v4 mcn.brand_contract_dispute 2025-02-04"}
        << "2025-02-10" << 35
        << QStringList{"creator_termination_right", "creator_visibility_reduced", "deposit_increase",
                       "marketing_platform_blocked", "revenue_frozen", "violation_disclosure"};
    QTest::newRow("R-M1 below 30")
        << m
        << QStringList{kMcnGranted, "v v1 mcn.reputation_damage 2025-02-01", "v v2 mcn.reputation_damage 2025-02-02",
                       "v v3 mcn.reputation_damage 2025-02-03", "v v4 mcn.fabricated_engagement 2025-02-04"}
        << "2025-02-10" << 25
        << QStringList{"creator_termination_right", "creator_visibility_reduced", "deposit_increase",
                       "marketing_platform_blocked", "monetization_disabled", "revenue_frozen", "violation_disclosure"};
    const QStringList removedScript = {kMcnGranted,
                                       "v v1 mcn.reputation_damage 2025-02-01",
                                       "v v2 mcn.reputation_damage 2025-02-02",
                                       "v v3 mcn.reputation_damage 2025-02-03",
                                       "v v4 mcn.reputation_damage 2025-02-04",
                                       "v v5 mcn.brand_contract_dispute 2025-02-05"};
    QTest::newRow("R-M1 below 20") << m << removedScript << "2025-02-10" << 15 << kAllMcnBands;
    QTest::newRow("R-M2 removal is sticky: no recovery") << m << removedScript << "2025-06-01" << 15 << kAllMcnBands;
    QTest::newRow("R-M2 an overturn to 20 lifts removal")
        << m << removedScript + QStringList{"appeal a5 v5 2025-05-01", "over v5 2025-06-01"} << "2025-06-01" << 20
        << QStringList{"creator_termination_right", "creator_visibility_reduced", "deposit_increase",
                       "marketing_platform_blocked", "monetization_disabled", "revenue_frozen", "violation_disclosure"};
    QTest::newRow("R-M2 recovery resumes on the running schedule")
        << m << removedScript + QStringList{"appeal a5 v5 2025-05-01", "over v5 2025-06-01"} << "2025-06-05" << 30
        << QStringList{"creator_termination_right", "creator_visibility_reduced", "deposit_increase",
                       "marketing_platform_blocked", "revenue_frozen", "violation_disclosure"};
    QTest::newRow("R-M2 an overturn that stays below 20 keeps removal")
        << m
        << QStringList{kMcnGranted, "v v1 mcn.reputation_damage 2025-02-01", "v v2 mcn.reputation_damage 2025-02-02",
                       "v v3 mcn.reputation_damage 2025-02-03", "v v4 mcn.reputation_damage 2025-02-04",
                       "v v5 mcn.inauthentic_recommendation 2025-02-05", "v v6 mcn.brand_contract_dispute 2025-02-06",
                       "appeal a6 v6 2025-02-07", "over v6 2025-03-01"}
        << "2025-04-10" << 10 << kAllMcnBands;
    const QStringList prePolicy = {"reg 2023-06-01", "grant 2023-06-02", "v v1 mcn.fabricated_engagement 2023-10-01"};
    QTest::newRow("R-M5 a pre-policy violation waits for the grace period")
        << m << prePolicy << "2024-01-30T23:59:59Z" << 100 << QStringList{};
    QTest::newRow("R-M5 a pre-policy violation deducts at effective_from + 30 days")
        << m << prePolicy << "2024-01-31" << 85 << QStringList{};
    QTest::newRow("R-M5 overturned before the grace period ends: never deducted")
        << m << prePolicy + QStringList{"appeal a1 v1 2024-01-10", "over v1 2024-01-15"} << "2024-02-01" << 100 << QStringList{};
    QTest::newRow("R-M5 overturned after it deducted: given back")
        << m << prePolicy + QStringList{"appeal a1 v1 2024-01-10", "over v1 2024-02-05"} << "2024-02-05" << 100 << QStringList{};
    QTest::newRow("R-M5 uncertified: nothing in the first 30 days")
        << m << QStringList{} << "2025-01-30T23:59:59Z" << 100 << QStringList{};
    QTest::newRow("R-M5 uncertified: withdrawal restricted after 30 days")
        << m << QStringList{} << "2025-01-31" << 100 << QStringList{"withdrawal_restricted"};
    QTest::newRow("R-M5 uncertified: commercial features limited after 90 days")
        << m << QStringList{} << "2025-04-01" << 100 << QStringList{"commercial_features_limited", "withdrawal_restricted"};
    QTest::newRow("R-M5 a certification lifts the transition restrictions")
        << m << QStringList{"grant 2025-02-15"} << "2025-04-01" << 100 << QStringList{};
    QTest::newRow("R-M5 a revoked certification brings them back")
        << m << QStringList{"grant 2025-02-15", "revoke 2025-03-01"} << "2025-04-01" << 100
        << QStringList{"commercial_features_limited", "withdrawal_restricted"};
    QTest::newRow("R-M5 registered before effective_from: counted from effective_from")
        << m << QStringList{"reg 2023-06-01"} << "2024-01-31" << 100 << QStringList{"withdrawal_restricted"};
    QTest::newRow("R-M6 creator of an MCN with revenue frozen")
        << c << QStringList{"contract mcn-x 2025-01-01", "frozen mcn-x 2025-03-01"} << "2025-03-05" << 100
        << QStringList{"alternative_payment_channel"};
    QTest::newRow("R-M6 nothing before the freeze")
        << c << QStringList{"contract mcn-x 2025-01-01", "frozen mcn-x 2025-03-01"} << "2025-02-28" << 100 << QStringList{};
    QTest::newRow("R-M6 nothing after the contract ended")
        << c << QStringList{"contract mcn-x 2025-01-01", "endcontract mcn-x 2025-02-01", "frozen mcn-x 2025-03-01"}
        << "2025-03-05" << 100 << QStringList{};

    // Section 3: brands
    QStringList brandToZero;
    for (int i = 1; i <= 5; ++i)
        brandToZero << QStringLiteral("v v%1 brand.unauthorized_promotion 2025-02-0%1").arg(i);
    QTest::newRow("R-B1 below 10: warning")
        << b << brandToZero.mid(0, 1) << "2025-02-10" << 8 << QStringList{"warning"};
    QTest::newRow("R-B1 below 8: search reduced")
        << b << brandToZero.mid(0, 2) << "2025-02-10" << 6 << QStringList{"search_reduced", "warning"};
    QTest::newRow("R-B1 below 5: traffic reduced")
        << b << brandToZero.mid(0, 3) << "2025-02-10" << 4 << QStringList{"search_reduced", "traffic_reduced", "warning"};
    QTest::newRow("R-B1 reaching 0 suspends for 28 days")
        << b << brandToZero << "2025-03-04T23:59:59Z" << 0
        << QStringList{"search_reduced", "suspended", "traffic_reduced", "warning"};
    QTest::newRow("R-B1 served in full: points reset to 10") << b << brandToZero << "2025-03-05" << 10 << QStringList{};
    QTest::newRow("R-B1 a violation during the suspension does not extend it")
        << b << brandToZero + QStringList{"v v6 brand.unauthorized_promotion 2025-02-10"} << "2025-03-05" << 10 << QStringList{};
    QTest::newRow("R-B1 lifted early by an overturn: no reset")
        << b << brandToZero + QStringList{"appeal a5 v5 2025-02-06", "over v5 2025-02-20"} << "2025-03-05" << 2
        << QStringList{"search_reduced", "traffic_reduced", "warning"};
    QTest::newRow("R-B2 fake UGC: banned at once")
        << b << QStringList{"v v1 brand.fake_ugc 2025-02-01"} << "2025-02-01" << 0
        << QStringList{"banned", "search_reduced", "suspended", "traffic_reduced", "warning"};
    QTest::newRow("R-B2 the ban is permanent")
        << b << QStringList{"v v1 brand.fake_ugc 2025-02-01"} << "2030-01-01" << 10 << QStringList{"banned"};
    QTest::newRow("R-B2 a special-governance ban, no points taken")
        << b << QStringList{"ban 2025-02-01"} << "2030-01-01" << 10 << QStringList{"banned"};
    QTest::newRow("R-B2 an overturn does not lift a governance ban")
        << b
        << QStringList{"v v1 brand.unauthorized_promotion 2025-01-10", "ban 2025-02-01", "appeal a1 v1 2025-02-02",
                       "over v1 2025-02-05"}
        << "2025-02-05" << 10 << QStringList{"banned"};

    // Section 4: creators
    const QStringList fourInAMonth = {"v v1 creator.unreported_ad 2025-02-01", "v v2 creator.unreported_ad 2025-02-02",
                                      "v v3 creator.unreported_ad 2025-02-03", "v v4 creator.unreported_ad 2025-02-04"};
    QTest::newRow("R-C1 L3 on the third within 30 days")
        << c << fourInAMonth.mid(0, 3) << "2025-02-03" << 94
        << QStringList{"banned", "commerce_closed", "history_weight_reduced", "muted", "note_throttled", "withdrawals_frozen"};
    QTest::newRow("R-C1 L4 on the fourth within 30 days")
        << c << fourInAMonth << "2025-02-04" << 92
        << QStringList{"banned", "commerce_closed", "device_ban",    "history_weight_reduced",
                       "muted",  "note_throttled",  "permanent_ban", "withdrawals_frozen"};
    QTest::newRow("R-C1 L4 on a severe violation")
        << c << QStringList{"v v1 creator.unreported_ad 2025-02-01 severe"} << "2025-02-01" << 98
        << QStringList{"device_ban", "history_weight_reduced", "permanent_ban"};
    const QStringList twoMedical = {"v v1 creator.unlicensed_medical 2025-02-01", "v v2 creator.unlicensed_medical 2025-02-02",
                                    "exam 2025-02-10"};
    QTest::newRow("R-C3 an exam gives 15")
        << c << twoMedical << "2025-02-10" << 95
        << QStringList{"commerce_closed", "history_weight_reduced", "muted", "note_removed"};
    QTest::newRow("R-C3 a second exam within 90 days gives nothing")
        << c << twoMedical + QStringList{"exam 2025-02-20"} << "2025-02-20" << 95
        << QStringList{"commerce_closed", "history_weight_reduced", "note_removed"};
    QTest::newRow("R-C3 an exam never moves the recovery clock")
        << c << twoMedical << "2025-03-04" << 100 << QStringList{"commerce_closed", "history_weight_reduced", "note_removed"};
    const QStringList examCooldown = {"v v1 creator.data_fraud 2025-01-01 points=10", "exam 2025-01-02",
                                      "v v2 creator.data_fraud 2025-03-01 points=10"};
    QTest::newRow("R-C3 an exam one second inside the cooldown gives nothing")
        << c << examCooldown + QStringList{"exam 2025-04-01T23:59:59Z"} << "2025-04-02" << 95
        << QStringList{"history_weight_reduced"};
    QTest::newRow("R-C3 an exam exactly 90 days after the last that counted")
        << c << examCooldown + QStringList{"exam 2025-04-02"} << "2025-04-02" << 100 << QStringList{"history_weight_reduced"};
    QTest::newRow("R-C4 history weight for 180 days")
        << c << QStringList{"v v1 creator.unreported_ad 2025-01-01"} << "2025-06-29T23:59:59Z" << 100
        << QStringList{"history_weight_reduced"};
    QTest::newRow("R-C4 history weight ends at 180 days")
        << c << QStringList{"v v1 creator.unreported_ad 2025-01-01"} << "2025-06-30" << 100 << QStringList{};
    QTest::newRow("R-C4 an overturned violation weighs nothing")
        << c << QStringList{"v v1 creator.unreported_ad 2025-01-01", "appeal a1 v1 2025-01-02", "over v1 2025-01-05"}
        << "2025-01-05" << 100 << QStringList{};
    const QStringList threeFrauds = {"v v1 creator.data_fraud 2025-01-01", "v v2 creator.data_fraud 2025-01-15",
                                     "v v3 creator.data_fraud 2025-01-20"};
    QTest::newRow("R-C5 a permanent ban stops recovery")
        << c << threeFrauds << "2025-03-01" << 82 << QStringList{"commerce_closed", "history_weight_reduced", "permanent_ban"};
    QTest::newRow("R-C5 an overturn lifts the ban and recovery resumes")
        << c << threeFrauds + QStringList{"appeal a3 v3 2025-01-25", "over v3 2025-03-01"} << "2025-03-21" << 93
        << QStringList{"commerce_closed", "history_weight_reduced"};
    QTest::newRow("R-C6 a 0-point finding is not a ladder step")
        << c
        << QStringList{"v v1 creator.unreported_ad 2025-01-01", "v v2 creator.engagement_imbalance 2025-01-10",
                       "v v3 creator.unreported_ad 2025-01-15"}
        << "2025-01-15" << 96 << QStringList{"commerce_closed", "downranked", "history_weight_reduced", "muted"};
    QTest::newRow("R-C6 a 0-point finding does not restart the clock")
        << c << QStringList{"v v1 creator.unreported_ad 2025-01-01", "v v2 creator.engagement_imbalance 2025-01-20"}
        << "2025-01-31" << 100 << QStringList{"downranked", "history_weight_reduced"};
}

void TestEngine::state()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, script);
    QFETCH(QString, at);
    QFETCH(int, score);
    QFETCH(QStringList, restrictions);

    const LedgerScript ledger(policy(), kindOf(kind), script);
    const Replay r = ledger.replay(policy(), at);
    QCOMPARE(r.state.score, score);
    QCOMPARE(r.state.restrictions, restrictions);
    // The fast path and the timeline path agree (R-L1).
    const SubjectState fast = ScoreEngine(policy()).stateAt(ledger.subject, ledger.ledger, LedgerScript::instant(at),
                                                            ledger.affiliates);
    QCOMPARE(fast.score, score);
    QCOMPARE(fast.restrictions, restrictions);
    // And so does the summary a what-if replay takes, on a workspace that every row reuses (left as the
    // previous row's replay gave it back), run twice.
    static ReplayRun::Workspace workspace;
    for (int pass = 0; pass < 2; ++pass) {
        const SubjectState summary = ScoreEngine(policy()).summaryAt(ledger.subject, ledger.ledger,
                                                                     LedgerScript::instant(at), ledger.affiliates,
                                                                     workspace);
        QCOMPARE(summary.score, score);
        QCOMPARE(summary.restrictions, restrictions);
        QCOMPARE(summary.ladderLevel, fast.ladderLevel);
        QCOMPARE(summary.nextChange, fast.nextChange);
        QCOMPARE(summary.scoreChangedAt, fast.scoreChangedAt);
        QCOMPARE(summary.removed, fast.removed);
        QCOMPARE(summary.depositBalance, fast.depositBalance);
        QCOMPARE(summary.certified, fast.certified);
        QCOMPARE(summary.penaltyFreeExitUntil, fast.penaltyFreeExitUntil);
        QVERIFY(summary.sanctions.isEmpty() && summary.violations.isEmpty());
    }
}

void TestEngine::sanctions_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QStringList>("sanctions");

    const QString c = QStringLiteral("creator"), b = QStringLiteral("brand");
    const QStringList four = {"v v1 creator.unreported_ad 2025-02-01", "v v2 creator.unreported_ad 2025-02-02",
                              "v v3 creator.unreported_ad 2025-02-03", "v v4 creator.unreported_ad 2025-02-04"};
    const QString l1 = QStringLiteral("note_throttled 2025-02-01T00:00:00Z 2025-02-08T00:00:00Z v1");
    const QStringList l2 = {"muted 2025-02-02T00:00:00Z 2025-02-17T00:00:00Z v2",
                            "commerce_closed 2025-02-02T00:00:00Z 2025-05-03T00:00:00Z v2"};
    const QStringList l3 = {"banned 2025-02-03T00:00:00Z 2025-03-05T00:00:00Z v3",
                            "withdrawals_frozen 2025-02-03T00:00:00Z 2025-03-05T00:00:00Z v3"};
    QTest::newRow("R-C1 L1: note throttled 7 days") << c << four.mid(0, 1) << "2025-02-01" << QStringList{l1};
    QTest::newRow("R-C1 L2: muted 15 days, commerce closed 90 days") << c << four.mid(0, 2) << "2025-02-02" << QStringList{l1} + l2;
    QTest::newRow("R-C1 L3: banned and withdrawals frozen 30 days")
        << c << four.mid(0, 3) << "2025-02-03" << QStringList{l1} + l2 + l3;
    QTest::newRow("R-C1 L4: permanent ban and device ban")
        << c << four << "2025-02-04"
        << QStringList{l1} + l2 + l3
               + QStringList{"permanent_ban 2025-02-04T00:00:00Z permanent v4", "device_ban 2025-02-04T00:00:00Z permanent v4"};
    QTest::newRow("R-C1 one level plus the code's own, a shared id served once")
        << c
        << QStringList{"v v1 creator.data_fraud 2025-02-01", "v v2 creator.data_fraud 2025-02-02",
                       "v v3 creator.data_fraud 2025-02-03 severe"}
        << "2025-02-03"
        << QStringList{l1} + l2
               + QStringList{"permanent_ban 2025-02-03T00:00:00Z permanent v3", "device_ban 2025-02-03T00:00:00Z permanent v3"};
    QTest::newRow("R-T7 ties keep ledger order")
        << c << QStringList{"v v1 creator.diversion 2025-02-01", "v v2 creator.diversion 2025-02-01"} << "2025-02-01"
        << QStringList{l1, "throttled 2025-02-01T00:00:00Z 2025-03-03T00:00:00Z v1",
                       "muted 2025-02-01T00:00:00Z 2025-02-16T00:00:00Z v2",
                       "commerce_closed 2025-02-01T00:00:00Z 2025-05-02T00:00:00Z v2"};
    QTest::newRow("R-C1 first of code: throttled only once")
        << c << QStringList{"v v1 creator.diversion 2025-01-01", "v v2 creator.diversion 2025-03-01"} << "2025-03-01"
        << QStringList{"note_throttled 2025-01-01T00:00:00Z 2025-01-08T00:00:00Z v1",
                       "throttled 2025-01-01T00:00:00Z 2025-01-31T00:00:00Z v1",
                       "note_throttled 2025-03-01T00:00:00Z 2025-03-08T00:00:00Z v2"};
    QTest::newRow("R-C1 first of code after the first was overturned")
        << c
        << QStringList{"v v1 creator.diversion 2025-01-01", "appeal a1 v1 2025-01-02", "over v1 2025-01-05",
                       "v v2 creator.diversion 2025-03-01"}
        << "2025-03-01"
        << QStringList{"note_throttled 2025-01-01T00:00:00Z 2025-01-05T00:00:00Z v1",
                       "throttled 2025-01-01T00:00:00Z 2025-01-05T00:00:00Z v1",
                       "note_throttled 2025-03-01T00:00:00Z 2025-03-08T00:00:00Z v2",
                       "throttled 2025-03-01T00:00:00Z 2025-03-31T00:00:00Z v2"};
    QTest::newRow("R-C1 three-no product: throttled 30 days")
        << c << QStringList{"v v1 creator.three_no_product 2025-02-01"} << "2025-02-01"
        << QStringList{l1, "throttled 2025-02-01T00:00:00Z 2025-03-03T00:00:00Z v1"};
    QTest::newRow("R-C1 celebrity likeness: muted 7 days")
        << c << QStringList{"v v1 creator.celebrity_likeness 2025-02-01"} << "2025-02-01"
        << QStringList{l1, "muted 2025-02-01T00:00:00Z 2025-02-08T00:00:00Z v1"};
    QTest::newRow("R-C1 plagiarism: note removed, permanent")
        << c << QStringList{"v v1 creator.plagiarism 2025-02-01"} << "2025-02-01"
        << QStringList{l1, "note_removed 2025-02-01T00:00:00Z permanent v1"};
    QTest::newRow("R-C1 unlicensed medical: note removed, permanent")
        << c << QStringList{"v v1 creator.unlicensed_medical 2025-02-01"} << "2025-02-01"
        << QStringList{l1, "note_removed 2025-02-01T00:00:00Z permanent v1"};
    QTest::newRow("R-C1 false promise: note removed")
        << c << QStringList{"v v1 creator.false_promise 2025-02-01"} << "2025-02-01"
        << QStringList{l1, "note_removed 2025-02-01T00:00:00Z permanent v1"};
    QTest::newRow("R-C1 data fraud: the third in force, ever, is a permanent ban")
        << c
        << QStringList{"v v1 creator.data_fraud 2025-01-01", "v v2 creator.data_fraud 2025-02-15",
                       "v v3 creator.data_fraud 2025-04-01"}
        << "2025-04-01"
        << QStringList{"note_throttled 2025-01-01T00:00:00Z 2025-01-08T00:00:00Z v1",
                       "note_throttled 2025-02-15T00:00:00Z 2025-02-22T00:00:00Z v2",
                       "note_throttled 2025-04-01T00:00:00Z 2025-04-08T00:00:00Z v3",
                       "permanent_ban 2025-04-01T00:00:00Z permanent v3"};
    QTest::newRow("R-C1 data fraud: an overturned one does not count")
        << c
        << QStringList{"v v1 creator.data_fraud 2025-01-01", "v v2 creator.data_fraud 2025-02-15",
                       "appeal a1 v1 2025-02-20", "over v1 2025-03-01", "v v3 creator.data_fraud 2025-04-01"}
        << "2025-04-01"
        << QStringList{"note_throttled 2025-01-01T00:00:00Z 2025-01-08T00:00:00Z v1",
                       "note_throttled 2025-02-15T00:00:00Z 2025-02-22T00:00:00Z v2",
                       "note_throttled 2025-04-01T00:00:00Z 2025-04-08T00:00:00Z v3"};
    QTest::newRow("R-L3 an overturn ends the violation's sanctions at the decision")
        << c << QStringList{"v v1 creator.diversion 2025-02-01", "appeal a1 v1 2025-02-03", "over v1 2025-02-10"}
        << "2025-02-10" << QStringList{l1, "throttled 2025-02-01T00:00:00Z 2025-02-10T00:00:00Z v1"};
    QTest::newRow("R-C6 engagement imbalance: downranked 30 days only")
        << c << QStringList{"v v1 creator.engagement_imbalance 2025-02-01"} << "2025-02-01"
        << QStringList{"downranked 2025-02-01T00:00:00Z 2025-03-03T00:00:00Z v1"};
    QStringList brandToZero;
    for (int i = 1; i <= 5; ++i)
        brandToZero << QStringLiteral("v v%1 brand.unauthorized_promotion 2025-02-0%1").arg(i);
    QTest::newRow("R-B1 the suspension is attached to the violation that reached 0")
        << b << brandToZero << "2025-03-10" << QStringList{"suspended 2025-02-05T00:00:00Z 2025-03-05T00:00:00Z v5"};
    QTest::newRow("R-B1 an overturn lifts the suspension early")
        << b << brandToZero + QStringList{"appeal a5 v5 2025-02-06", "over v5 2025-02-20"} << "2025-03-10"
        << QStringList{"suspended 2025-02-05T00:00:00Z 2025-02-20T00:00:00Z v5"};
    QTest::newRow("R-B2 a governance ban is permanent and tied to no violation")
        << b << QStringList{"ban 2025-02-01"} << "2025-02-01" << QStringList{"banned 2025-02-01T00:00:00Z permanent"};
    QTest::newRow("R-B2 banned is permanent")
        << b << QStringList{"v v1 brand.fake_ugc 2025-02-01"} << "2025-02-01"
        << QStringList{"banned 2025-02-01T00:00:00Z permanent v1", "suspended 2025-02-01T00:00:00Z 2025-03-01T00:00:00Z v1"};
}

void TestEngine::sanctions()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, script);
    QFETCH(QString, at);
    QFETCH(QStringList, sanctions);

    const LedgerScript ledger(policy(), kindOf(kind), script);
    const Replay r = ledger.replay(policy(), at);
    QCOMPARE(LedgerScript::describeSanctions(r.state.sanctions), sanctions);
}

void TestEngine::history_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QStringList>("points");
    QTest::addColumn<QStringList>("crossings");

    QTest::newRow("R-L6 crossings down and back up")
        << "mcn" << QStringList{kMcnGranted, "v v1 mcn.fabricated_engagement 2025-02-01", "v v2 mcn.reputation_damage 2025-02-02"}
        << "2025-06-02"
        << QStringList{"2025-01-01T00:00:00Z 100 initial",     "2025-02-01T00:00:00Z 85 violation v1",
                       "2025-02-02T00:00:00Z 65 violation v2", "2025-03-04T00:00:00Z 75 recovery",
                       "2025-04-03T00:00:00Z 85 recovery",     "2025-05-03T00:00:00Z 95 recovery",
                       "2025-06-02T00:00:00Z 100 recovery"}
        << QStringList{"2025-02-02T00:00:00Z 80 down", "2025-02-02T00:00:00Z 70 down", "2025-03-04T00:00:00Z 70 up",
                       "2025-04-03T00:00:00Z 80 up"};
    QStringList brandToZero;
    for (int i = 1; i <= 5; ++i)
        brandToZero << QStringLiteral("v v%1 brand.unauthorized_promotion 2025-02-0%1").arg(i);
    QTest::newRow("R-B1 the reset on the history")
        << "brand" << brandToZero << "2025-03-05"
        << QStringList{"2025-01-01T00:00:00Z 10 initial",    "2025-02-01T00:00:00Z 8 violation v1",
                       "2025-02-02T00:00:00Z 6 violation v2", "2025-02-03T00:00:00Z 4 violation v3",
                       "2025-02-04T00:00:00Z 2 violation v4", "2025-02-05T00:00:00Z 0 violation v5",
                       "2025-03-05T00:00:00Z 10 reset v5"}
        << QStringList{"2025-02-01T00:00:00Z 10 down", "2025-02-02T00:00:00Z 8 down", "2025-02-03T00:00:00Z 5 down",
                       "2025-02-05T00:00:00Z 1 down",  "2025-03-05T00:00:00Z 1 up",   "2025-03-05T00:00:00Z 5 up",
                       "2025-03-05T00:00:00Z 8 up",    "2025-03-05T00:00:00Z 10 up"};
    QTest::newRow("R-T6 a clamped deduction and its overturn")
        << "mcn"
        << QStringList{kMcnGranted, "v v1 mcn.reputation_damage 2025-03-01", "v v2 mcn.reputation_damage 2025-03-02",
                       "v v3 mcn.reputation_damage 2025-03-03", "v v4 mcn.reputation_damage 2025-03-04",
                       "v v5 mcn.fabricated_engagement 2025-03-05", "v v6 mcn.reputation_damage 2025-03-06",
                       "appeal a6 v6 2025-03-07", "over v6 2025-03-10"}
        << "2025-03-10"
        << QStringList{"2025-01-01T00:00:00Z 100 initial",    "2025-03-01T00:00:00Z 80 violation v1",
                       "2025-03-02T00:00:00Z 60 violation v2", "2025-03-03T00:00:00Z 40 violation v3",
                       "2025-03-04T00:00:00Z 20 violation v4", "2025-03-05T00:00:00Z 5 violation v5",
                       "2025-03-06T00:00:00Z 0 violation v6",  "2025-03-10T00:00:00Z 5 overturn v6"}
        << QStringList{"2025-03-02T00:00:00Z 80 down", "2025-03-02T00:00:00Z 70 down", "2025-03-03T00:00:00Z 60 down",
                       "2025-03-03T00:00:00Z 50 down", "2025-03-04T00:00:00Z 40 down", "2025-03-04T00:00:00Z 30 down",
                       "2025-03-05T00:00:00Z 20 down"};
    QTest::newRow("R-M2 steps while removed give nothing")
        << "mcn"
        << QStringList{kMcnGranted, "v v1 mcn.reputation_damage 2025-02-01", "v v2 mcn.reputation_damage 2025-02-02",
                       "v v3 mcn.reputation_damage 2025-02-03", "v v4 mcn.reputation_damage 2025-02-04",
                       "v v5 mcn.brand_contract_dispute 2025-02-05"}
        << "2025-06-01"
        << QStringList{"2025-01-01T00:00:00Z 100 initial",    "2025-02-01T00:00:00Z 80 violation v1",
                       "2025-02-02T00:00:00Z 60 violation v2", "2025-02-03T00:00:00Z 40 violation v3",
                       "2025-02-04T00:00:00Z 20 violation v4", "2025-02-05T00:00:00Z 15 violation v5"}
        << QStringList{"2025-02-02T00:00:00Z 80 down", "2025-02-02T00:00:00Z 70 down", "2025-02-03T00:00:00Z 60 down",
                       "2025-02-03T00:00:00Z 50 down", "2025-02-04T00:00:00Z 40 down", "2025-02-04T00:00:00Z 30 down",
                       "2025-02-05T00:00:00Z 20 down"};
    QTest::newRow("R-C3 exam and undo on the history")
        << "creator"
        << QStringList{"v v1 creator.unreported_ad 2025-02-01", "exam 2025-02-02", "v v2 creator.diversion 2025-02-03",
                       "retract v2 2025-02-04"}
        << "2025-02-04"
        << QStringList{"2025-01-01T00:00:00Z 100 initial", "2025-02-01T00:00:00Z 98 violation v1",
                       "2025-02-02T00:00:00Z 100 exam", "2025-02-03T00:00:00Z 95 violation v2",
                       "2025-02-04T00:00:00Z 100 retraction v2"}
        << QStringList{};
}

void TestEngine::history()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, script);
    QFETCH(QString, at);
    QFETCH(QStringList, points);
    QFETCH(QStringList, crossings);

    const LedgerScript ledger(policy(), kindOf(kind), script);
    const Replay r = ledger.replay(policy(), at);
    QCOMPARE(LedgerScript::describePoints(r.timeline), points);
    QCOMPARE(LedgerScript::describeCrossings(r.timeline), crossings);
}

void TestEngine::certificationChecklist_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QStringList>("checklist");

    const QString registered = QStringLiteral("registered_mcn met Registered as an MCN on the platform");
    const QString mainland = QStringLiteral("mainland_company met Mainland China company (limited company)");
    const QString authentic = QStringLiteral("authentic_engagement met No mcn.fabricated_engagement in the last 90 days");
    const QString deposit = QStringLiteral("deposit met Deposit ¥20000 covers the required ¥20000");
    const QStringList paid = {"pay 20000 2025-01-02"};

    QTest::newRow("R-M4 all four hold") << paid << "2025-02-01" << QStringList{registered, mainland, authentic, deposit};
    QTest::newRow("R-M4 not registered as an MCN")
        << paid + QStringList{"attr registered_mcn=false"} << "2025-02-01"
        << QStringList{"registered_mcn unmet Not registered as an MCN on the platform", mainland, authentic, deposit};
    QTest::newRow("R-M4 not a mainland company")
        << paid + QStringList{"attr region=hk"} << "2025-02-01"
        << QStringList{registered, "mainland_company unmet Not a mainland China company (region: Hong Kong)", authentic, deposit};
    QTest::newRow("R-M4 a sole proprietorship")
        << paid + QStringList{"attr company=sole_proprietorship"} << "2025-02-01"
        << QStringList{registered, "mainland_company unmet A sole proprietorship does not qualify", authentic, deposit};
    QTest::newRow("R-M4 fabricated engagement within 90 days")
        << paid + QStringList{"v v1 mcn.fabricated_engagement 2025-02-01"} << "2025-05-01"
        << QStringList{registered, mainland,
                       "authentic_engagement unmet Violation v1 (mcn.fabricated_engagement) on 2025-02-01 is within the last 90 days",
                       deposit};
    QTest::newRow("R-M4 fabricated engagement exactly 90 days before")
        << paid + QStringList{"v v1 mcn.fabricated_engagement 2025-02-01"} << "2025-05-02"
        << QStringList{registered, mainland, authentic, deposit};
    QTest::newRow("R-M4 an overturned fabrication does not count")
        << paid + QStringList{"v v1 mcn.fabricated_engagement 2025-02-01", "appeal a1 v1 2025-02-02", "over v1 2025-02-10"}
        << "2025-03-01" << QStringList{registered, mainland, authentic, deposit};
    QTest::newRow("R-M4 deposit short")
        << paid + QStringList{"deduct 15000 2025-01-10"} << "2025-02-01"
        << QStringList{registered, mainland, authentic, "deposit unmet Deposit ¥5000 is short of the required ¥20000"};
    QTest::newRow("R-M3 below 70 the required deposit is increased")
        << paid + QStringList{"v v1 mcn.reputation_damage 2025-02-01", "v v2 mcn.reputation_damage 2025-02-02"} << "2025-02-10"
        << QStringList{registered, mainland, authentic, "deposit unmet Deposit ¥20000 is short of the required ¥40000"};
}

void TestEngine::certificationChecklist()
{
    QFETCH(QStringList, script);
    QFETCH(QString, at);
    QFETCH(QStringList, checklist);

    const LedgerScript ledger(policy(), SubjectKind::Mcn, script);
    const Replay r = ledger.replay(policy(), at);
    QStringList described;
    for (const CertificationRequirement &req : CertificationChecklist::evaluate(policy(), ledger.subject, r.state))
        described << QStringLiteral("%1 %2 %3").arg(req.key, req.met ? QStringLiteral("met") : QStringLiteral("unmet"), req.detail);
    QCOMPARE(described, checklist);
}

// R-M3: payments, deductions and a refund; the balance never goes below zero.
void TestEngine::depositLedger()
{
    const LedgerScript ledger(policy(), SubjectKind::Mcn,
                              {"pay 20000 2025-01-02", "deduct 5000 2025-03-01", "pay 2000 2025-03-02", "deduct 50000 2025-03-03"});
    QCOMPARE(ledger.replay(policy(), "2025-03-01").state.depositBalance, qint64(15000));
    QCOMPARE(ledger.replay(policy(), "2025-03-02").state.depositBalance, qint64(17000));
    QCOMPARE(ledger.replay(policy(), "2025-03-03").state.depositBalance, qint64(0));
}

// R-M6: a fall into [t, t + 5] of a critical threshold t not yet crossed warns affiliated creators.
void TestEngine::protectionNotices()
{
    const LedgerScript ledger(policy(), SubjectKind::Mcn,
                              {kMcnGranted, "v v1 mcn.reputation_damage 2025-02-01", "v v2 mcn.reputation_damage 2025-02-02",
                               "v v3 mcn.fabricated_engagement 2025-02-03", "v v4 mcn.inauthentic_recommendation 2025-02-04"});
    const Replay r = ledger.replay(policy(), "2025-02-10");
    QStringList notices;
    for (const ProtectionNotice &n : r.timeline.notices)
        notices << QStringLiteral("%1 %2 %3").arg(formatInstant(n.at)).arg(n.threshold).arg(n.score);
    QCOMPARE(notices, (QStringList{"2025-02-03T00:00:00Z 40 45", "2025-02-04T00:00:00Z 30 35"}));
}

// R-M6: the creator may leave without penalty for 30 days from the start of the freeze.
void TestEngine::penaltyFreeExit()
{
    const LedgerScript ledger(policy(), SubjectKind::Creator, {"contract mcn-x 2025-01-01", "frozen mcn-x 2025-03-01"});
    QCOMPARE(formatInstant(ledger.replay(policy(), "2025-03-30T23:59:59Z").state.penaltyFreeExitUntil),
             QStringLiteral("2025-03-31T00:00:00Z"));
    const SubjectState after = ledger.replay(policy(), "2025-03-31").state;
    QCOMPARE(after.penaltyFreeExitUntil, kNoInstant);
    QCOMPARE(after.restrictions, QStringList{"alternative_payment_channel"});
}

// R-L5: a violation restarts the clock even when the clamp made it deduct nothing. Removal is taken out
// of a copy of the policy so that only the clock is observed.
void TestEngine::clampedViolationRestartsClock()
{
    Policy p = policy();
    p.scale(SubjectKind::Mcn).removal.reset();
    const LedgerScript ledger(p, SubjectKind::Mcn,
                              {kMcnGranted, "v v1 mcn.reputation_damage 2025-01-02", "v v2 mcn.reputation_damage 2025-01-03",
                               "v v3 mcn.reputation_damage 2025-01-04", "v v4 mcn.reputation_damage 2025-01-05",
                               "v v5 mcn.reputation_damage 2025-01-06", "v v6 mcn.inauthentic_recommendation 2025-02-01"});
    const Replay r = ledger.replay(p, "2025-02-05");
    QCOMPARE(r.state.score, 0);
    QCOMPARE(r.state.violations.last().deducted, 0);
    QCOMPARE(ledger.replay(p, "2025-03-02T23:59:59Z").state.score, 0);
    QCOMPARE(ledger.replay(p, "2025-03-03").state.score, 10);
}

void TestEngine::replayIsPureAndOrderIndependent_data()
{
    QTest::addColumn<int>("seed");
    QTest::newRow("R-L1 shuffled ledger, seed 7") << 7;
    QTest::newRow("R-L1 shuffled ledger, seed 11") << 11;
    QTest::newRow("R-L1 shuffled ledger, seed 23") << 23;
}

// R-L1: the state is a pure function of (policy, ledger up to `at`): the same answer twice, and whatever
// order the caller hands the events in.
void TestEngine::replayIsPureAndOrderIndependent()
{
    QFETCH(int, seed);
    const LedgerScript script(policy(), SubjectKind::Creator,
                              {"v v1 creator.diversion 2025-01-01", "v v2 creator.data_fraud 2025-01-05 points=9",
                               "appeal a1 v1 2025-01-06", "exam 2025-01-07", "over v1 2025-01-20",
                               "v v3 creator.unreported_ad 2025-01-20", "v v4 creator.plagiarism 2025-03-01",
                               "retract v4 2025-03-02", "v v5 creator.engagement_imbalance 2025-03-10"});
    const Replay first = script.replay(policy(), "2025-06-01");
    const Replay again = script.replay(policy(), "2025-06-01");
    QCOMPARE(LedgerScript::describePoints(again.timeline), LedgerScript::describePoints(first.timeline));

    QVector<int> order(script.ledger.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    QVector<int> newIndex(order.size());
    QVector<LedgerEvent> shuffled;
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = i;
        shuffled.append(script.ledger[order[i]]);
    }
    for (LedgerEvent &e : shuffled) {
        if (e.target >= 0)
            e.target = newIndex[e.target];
    }
    const Replay reordered = ScoreEngine(policy()).replay(script.subject, shuffled, LedgerScript::instant("2025-06-01"));
    QCOMPARE(reordered.state.score, first.state.score);
    QCOMPARE(reordered.state.restrictions, first.state.restrictions);
    QCOMPARE(LedgerScript::describeSanctions(reordered.state.sanctions), LedgerScript::describeSanctions(first.state.sanctions));
    QCOMPARE(LedgerScript::describePoints(reordered.timeline), LedgerScript::describePoints(first.timeline));
}

// The store's cache waits for nextChange: it must be the first instant at which the state differs.
void TestEngine::nextChangeIsTheFirstSelfChange()
{
    const LedgerScript ledger(policy(), SubjectKind::Creator, {"v v1 creator.diversion 2025-02-01"});
    const SubjectState s = ledger.replay(policy(), "2025-02-01").state;
    QCOMPARE(formatInstant(s.nextChange), QStringLiteral("2025-02-08T00:00:00Z")); // note_throttled ends
    const SubjectState later = ledger.replay(policy(), "2025-02-08").state;
    QCOMPARE(formatInstant(later.nextChange), QStringLiteral("2025-03-03T00:00:00Z")); // recovery and throttled end
    const SubjectState calm = ledger.replay(policy(), "2025-07-31").state;
    QCOMPARE(calm.nextChange, kNoInstant);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
