#include "policy/policyloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

QJsonObject defaultDocument()
{
    QFile file(QStringLiteral(":/policies/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the built-in policy");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// "scales.creator.codes[10].min" -> "scales", "creator", "codes", "[10]", "min"
QStringList pathSteps(const QString &path)
{
    static const QRegularExpression step(QStringLiteral("[^.\\[]+|\\[\\d+\\]"));
    QStringList steps;
    QRegularExpressionMatchIterator it = step.globalMatch(path);
    while (it.hasNext())
        steps.append(it.next().captured(0));
    return steps;
}

// `node` with the value at `steps` replaced by `value` (added when absent; removed when undefined).
QJsonValue replaced(const QJsonValue &node, QStringList steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const QString step = steps.takeFirst();
    const bool remove = steps.isEmpty() && value.isUndefined();
    if (step.startsWith(QLatin1Char('['))) {
        QJsonArray array = node.toArray();
        const int index = step.mid(1, step.size() - 2).toInt();
        if (remove)
            array.removeAt(index);
        else if (index == array.size())
            array.append(replaced(QJsonValue(), steps, value));
        else
            array[index] = replaced(array.at(index), steps, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (remove)
        object.remove(step);
    else
        object[step] = replaced(object.value(step), steps, value);
    return object;
}

const QJsonValue kRemoved(QJsonValue::Undefined);

// The default policy's JSON with one value changed: one bad-file row.
QByteArray mutated(const QString &path, const QJsonValue &value)
{
    return QJsonDocument(replaced(defaultDocument(), pathSteps(path), value).toObject()).toJson();
}

QString describeSanction(const SanctionRule &rule)
{
    return rule.id + (rule.days ? QStringLiteral(" %1d").arg(*rule.days) : QStringLiteral(" permanent"));
}

QString describeSanctions(const QVector<SanctionRule> &rules)
{
    QStringList parts;
    for (const SanctionRule &rule : rules)
        parts.append(describeSanction(rule));
    return parts.join(QStringLiteral(", "));
}

QString describeCodeSanctions(const QVector<CodeSanction> &sanctions)
{
    QStringList parts;
    for (const CodeSanction &sanction : sanctions) {
        QString part = describeSanction(sanction.sanction);
        if (sanction.condition == SanctionCondition::FirstOfCode)
            part += QStringLiteral(" first_of_code");
        if (sanction.condition == SanctionCondition::NthInForceEver)
            part += QStringLiteral(" nth_in_force_ever %1").arg(sanction.nth);
        parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

// "70: violation_disclosure deposit_increase; 60: ..."
QString describeBands(const QVector<RestrictionBand> &bands)
{
    QStringList parts;
    for (const RestrictionBand &band : bands)
        parts.append(QStringLiteral("%1: %2").arg(band.below).arg(band.ids.join(QLatin1Char(' '))));
    return parts.join(QStringLiteral("; "));
}

QStringList codeIds(const Scale &scale)
{
    QStringList ids;
    for (const ViolationCode &code : scale.codes)
        ids.append(code.id);
    return ids;
}

// Field-for-field comparison: `first` is the path of the first field that differs (empty when equal).
struct PolicyDiff
{
    QString first;

    template<typename T>
    void check(const QString &path, const T &a, const T &b)
    {
        if (first.isEmpty() && !(a == b))
            first = path;
    }

    template<typename T, typename Compare>
    void checkEach(const QString &path, const QVector<T> &a, const QVector<T> &b, Compare compare)
    {
        check(path + QStringLiteral(".size"), a.size(), b.size());
        for (int i = 0; first.isEmpty() && i < a.size(); ++i)
            (this->*compare)(QStringLiteral("%1[%2]").arg(path).arg(i), a[i], b[i]);
    }

    template<typename T, typename Compare>
    void checkOptional(const QString &path, const std::optional<T> &a, const std::optional<T> &b, Compare compare)
    {
        check(path + QStringLiteral(".has_value"), a.has_value(), b.has_value());
        if (first.isEmpty() && a && b)
            (this->*compare)(path, *a, *b);
    }

    void sanctionRule(const QString &path, const SanctionRule &a, const SanctionRule &b)
    {
        check(path + QStringLiteral(".id"), a.id, b.id);
        check(path + QStringLiteral(".days"), a.days, b.days);
    }

    void codeSanction(const QString &path, const CodeSanction &a, const CodeSanction &b)
    {
        sanctionRule(path + QStringLiteral(".sanction"), a.sanction, b.sanction);
        check(path + QStringLiteral(".condition"), a.condition, b.condition);
        check(path + QStringLiteral(".nth"), a.nth, b.nth);
    }

    void code(const QString &path, const ViolationCode &a, const ViolationCode &b)
    {
        check(path + QStringLiteral(".id"), a.id, b.id);
        check(path + QStringLiteral(".description"), a.description, b.description);
        check(path + QStringLiteral(".points"), a.points, b.points);
        check(path + QStringLiteral(".minPoints"), a.minPoints, b.minPoints);
        check(path + QStringLiteral(".maxPoints"), a.maxPoints, b.maxPoints);
        checkEach(path + QStringLiteral(".sanctions"), a.sanctions, b.sanctions, &PolicyDiff::codeSanction);
    }

    void band(const QString &path, const RestrictionBand &a, const RestrictionBand &b)
    {
        check(path + QStringLiteral(".below"), a.below, b.below);
        check(path + QStringLiteral(".ids"), a.ids, b.ids);
    }

    void recovery(const QString &path, const Recovery &a, const Recovery &b)
    {
        check(path + QStringLiteral(".step"), a.step, b.step);
        check(path + QStringLiteral(".periodDays"), a.periodDays, b.periodDays);
    }

    void removal(const QString &path, const Removal &a, const Removal &b)
    {
        check(path + QStringLiteral(".below"), a.below, b.below);
        check(path + QStringLiteral(".restriction"), a.restriction, b.restriction);
    }

    void suspension(const QString &path, const Suspension &a, const Suspension &b)
    {
        check(path + QStringLiteral(".atOrBelow"), a.atOrBelow, b.atOrBelow);
        sanctionRule(path + QStringLiteral(".sanction"), a.sanction, b.sanction);
        check(path + QStringLiteral(".resetTo"), a.resetTo, b.resetTo);
    }

    void ladderLevel(const QString &path, const LadderLevel &a, const LadderLevel &b)
    {
        check(path + QStringLiteral(".level"), a.level, b.level);
        check(path + QStringLiteral(".minCount"), a.minCount, b.minCount);
        check(path + QStringLiteral(".appliesToSevere"), a.appliesToSevere, b.appliesToSevere);
        checkEach(path + QStringLiteral(".sanctions"), a.sanctions, b.sanctions, &PolicyDiff::sanctionRule);
    }

    void ladder(const QString &path, const Ladder &a, const Ladder &b)
    {
        check(path + QStringLiteral(".windowDays"), a.windowDays, b.windowDays);
        checkEach(path + QStringLiteral(".levels"), a.levels, b.levels, &PolicyDiff::ladderLevel);
    }

    void exam(const QString &path, const ExamRule &a, const ExamRule &b)
    {
        check(path + QStringLiteral(".points"), a.points, b.points);
        check(path + QStringLiteral(".cooldownDays"), a.cooldownDays, b.cooldownDays);
    }

    void historyWeight(const QString &path, const HistoryWeight &a, const HistoryWeight &b)
    {
        check(path + QStringLiteral(".restriction"), a.restriction, b.restriction);
        check(path + QStringLiteral(".days"), a.days, b.days);
    }

    void scale(const QString &path, const Scale &a, const Scale &b)
    {
        check(path + QStringLiteral(".kind"), a.kind, b.kind);
        check(path + QStringLiteral(".initial"), a.initial, b.initial);
        check(path + QStringLiteral(".min"), a.min, b.min);
        check(path + QStringLiteral(".max"), a.max, b.max);
        check(path + QStringLiteral(".defaultPoints"), a.defaultPoints, b.defaultPoints);
        checkOptional(path + QStringLiteral(".recovery"), a.recovery, b.recovery, &PolicyDiff::recovery);
        check(path + QStringLiteral(".thresholds"), a.thresholds, b.thresholds);
        checkEach(path + QStringLiteral(".bands"), a.bands, b.bands, &PolicyDiff::band);
        check(path + QStringLiteral(".warningAtOrAbove"), a.warningAtOrAbove, b.warningAtOrAbove);
        checkOptional(path + QStringLiteral(".removal"), a.removal, b.removal, &PolicyDiff::removal);
        checkOptional(path + QStringLiteral(".suspension"), a.suspension, b.suspension, &PolicyDiff::suspension);
        checkOptional(path + QStringLiteral(".governanceBan"), a.governanceBan, b.governanceBan, &PolicyDiff::sanctionRule);
        checkOptional(path + QStringLiteral(".ladder"), a.ladder, b.ladder, &PolicyDiff::ladder);
        checkOptional(path + QStringLiteral(".exam"), a.exam, b.exam, &PolicyDiff::exam);
        checkOptional(path + QStringLiteral(".historyWeight"), a.historyWeight, b.historyWeight,
                      &PolicyDiff::historyWeight);
        check(path + QStringLiteral(".recoveryBlockedBy"), a.recoveryBlockedBy, b.recoveryBlockedBy);
        checkEach(path + QStringLiteral(".codes"), a.codes, b.codes, &PolicyDiff::code);
    }

    void policy(const Policy &a, const Policy &b)
    {
        check(QStringLiteral("name"), a.name, b.name);
        check(QStringLiteral("version"), a.version, b.version);
        check(QStringLiteral("restrictionLabels"), a.restrictionLabels, b.restrictionLabels);
        for (int k = 0; k < kSubjectKindCount; ++k)
            scale(QStringLiteral("scales[%1]").arg(k), a.scales[k], b.scales[k]);
        check(QStringLiteral("deposit.required"), a.deposit.required, b.deposit.required);
        check(QStringLiteral("deposit.increased"), a.deposit.increased, b.deposit.increased);
        check(QStringLiteral("deposit.increaseRestriction"), a.deposit.increaseRestriction,
              b.deposit.increaseRestriction);
        check(QStringLiteral("deposit.refundQuietDays"), a.deposit.refundQuietDays, b.deposit.refundQuietDays);
        check(QStringLiteral("certification.fabricatedCode"), a.certification.fabricatedCode,
              b.certification.fabricatedCode);
        check(QStringLiteral("certification.fabricatedLookbackDays"), a.certification.fabricatedLookbackDays,
              b.certification.fabricatedLookbackDays);
        check(QStringLiteral("transition.effectiveFrom"), a.transition.effectiveFrom, b.transition.effectiveFrom);
        check(QStringLiteral("transition.graceDays"), a.transition.graceDays, b.transition.graceDays);
        check(QStringLiteral("transition.withdrawalRestriction"), a.transition.withdrawalRestriction,
              b.transition.withdrawalRestriction);
        check(QStringLiteral("transition.withdrawalAfterDays"), a.transition.withdrawalAfterDays,
              b.transition.withdrawalAfterDays);
        check(QStringLiteral("transition.commercialRestriction"), a.transition.commercialRestriction,
              b.transition.commercialRestriction);
        check(QStringLiteral("transition.commercialAfterDays"), a.transition.commercialAfterDays,
              b.transition.commercialAfterDays);
        check(QStringLiteral("protection.criticalThresholds"), a.protection.criticalThresholds,
              b.protection.criticalThresholds);
        check(QStringLiteral("protection.noticeMargin"), a.protection.noticeMargin, b.protection.noticeMargin);
        check(QStringLiteral("protection.triggerRestriction"), a.protection.triggerRestriction,
              b.protection.triggerRestriction);
        check(QStringLiteral("protection.creatorRestriction"), a.protection.creatorRestriction,
              b.protection.creatorRestriction);
        check(QStringLiteral("protection.graceDays"), a.protection.graceDays, b.protection.graceDays);
        check(QStringLiteral("triage.claimExpiryHours"), a.triage.claimExpiryHours, b.triage.claimExpiryHours);
    }
};

QString firstDifference(const Policy &a, const Policy &b)
{
    PolicyDiff diff;
    diff.policy(a, b);
    return diff.first;
}

// Every optional part flipped from the default: absent where the default has it and the reverse,
// permanent where it has days, a range where it has one amount, and a deposit beyond 32 bits.
Policy variantPolicy()
{
    Policy policy = PolicyLoader::defaultPolicy();
    policy.name = QStringLiteral("variant");
    policy.version = 7;
    policy.restrictionLabels.insert(QStringLiteral("extra"), QStringLiteral("Extra"));
    Scale &mcn = policy.scale(SubjectKind::Mcn);
    mcn.recovery.reset();
    mcn.warningAtOrAbove.reset();
    mcn.removal.reset();
    mcn.exam = ExamRule{3, 0};
    Scale &brand = policy.scale(SubjectKind::Brand);
    brand.recovery = Recovery{1, 7};
    brand.warningAtOrAbove = 9;
    brand.suspension->sanction.days.reset();
    brand.suspension->resetTo.reset();
    brand.governanceBan->days = 365;
    brand.recoveryBlockedBy = QStringList{QStringLiteral("banned")};
    Scale &creator = policy.scale(SubjectKind::Creator);
    creator.exam.reset();
    creator.historyWeight.reset();
    creator.recoveryBlockedBy.clear();
    creator.ladder->levels[3].appliesToSevere = false;
    creator.ladder->levels[0].appliesToSevere = true;
    creator.codes[0].maxPoints = 4;
    creator.codes[1].sanctions[0].condition = SanctionCondition::Always;
    creator.codes[11].sanctions.clear();
    policy.deposit.required = 3000000000LL;
    policy.deposit.increased = 6000000000LL;
    policy.transition.effectiveFrom = *parseInstant(QStringLiteral("2025-06-15T12:34:56Z"));
    policy.protection.criticalThresholds = {80};
    policy.triage.claimExpiryHours = 720;
    return policy;
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultScales_data();
    void defaultScales();
    void defaultCodes_data();
    void defaultCodes();
    void defaultThresholdsAndBands_data();
    void defaultThresholdsAndBands();
    void defaultLadder_data();
    void defaultLadder();
    void defaultNumbers_data();
    void defaultNumbers();
    void defaultIds_data();
    void defaultIds();
    void defaultIsTheShippedFile();
    void omittedPointsTakeTheScaleDefault();

    void roundTrip_data();
    void roundTrip();
    void comparisonSeesEveryKindOfField_data();
    void comparisonSeesEveryKindOfField();

    void badFiles_data();
    void badFiles();
    void aPolicyWithoutTriageTakesTheDefault_data();
    void aPolicyWithoutTriageTakesTheDefault();
    void loadFileNamesTheFile();
    void loadFileThatCannotBeRead();
};

void TestPolicy::defaultScales_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("initial");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("defaultPoints");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("POLICY.md 2 mcn") << int(SubjectKind::Mcn) << 100 << 0 << 100 << 10
        << QStringList{"mcn.inauthentic_recommendation", "mcn.fabricated_engagement", "mcn.brand_contract_dispute",
                       "mcn.unfair_competition", "mcn.reputation_damage", "mcn.creator_agreement_violation"};
    QTest::newRow("POLICY.md 3 brand") << int(SubjectKind::Brand) << 10 << 0 << 10 << 2
        << QStringList{"brand.unauthorized_promotion", "brand.fake_ugc"};
    // R-C2: the ladder's "credit -10" is the default for a code without an amount.
    QTest::newRow("R-C2 creator") << int(SubjectKind::Creator) << 100 << 0 << 100 << 10
        << QStringList{"creator.unreported_ad", "creator.diversion", "creator.three_no_product",
                       "creator.verified_report", "creator.plagiarism", "creator.celebrity_likeness",
                       "creator.unlicensed_medical", "creator.false_promise", "creator.absolute_claim",
                       "creator.sensitive_content", "creator.data_fraud", "creator.engagement_imbalance"};
}

void TestPolicy::defaultScales()
{
    QFETCH(int, kind);
    QFETCH(int, initial);
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(int, defaultPoints);
    QFETCH(QStringList, codes);

    const Scale &scale = PolicyLoader::defaultPolicy().scale(static_cast<SubjectKind>(kind));
    QCOMPARE(int(scale.kind), kind);
    QCOMPARE(scale.initial, initial);
    QCOMPARE(scale.min, min);
    QCOMPARE(scale.max, max);
    QCOMPARE(scale.defaultPoints, defaultPoints);
    QCOMPARE(codeIds(scale), codes);
}

void TestPolicy::defaultCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("minPoints");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<QString>("sanctions");

    struct Row { const char *code; int points, min, max; const char *sanctions; };
    const Row rows[] = {
        {"mcn.inauthentic_recommendation", 10, 10, 10, ""},
        {"mcn.fabricated_engagement", 15, 15, 15, ""},
        {"mcn.brand_contract_dispute", 5, 5, 5, ""},
        {"mcn.unfair_competition", 10, 10, 10, ""},
        {"mcn.reputation_damage", 20, 20, 20, ""},
        {"mcn.creator_agreement_violation", 10, 10, 10, ""},
        {"brand.unauthorized_promotion", 2, 2, 2, ""},
        {"brand.fake_ugc", 10, 10, 10, "banned permanent"},
        {"creator.unreported_ad", 2, 2, 2, ""},
        {"creator.diversion", 5, 5, 5, "throttled 30d first_of_code"},
        {"creator.three_no_product", 5, 5, 5, "throttled 30d first_of_code"},
        {"creator.verified_report", 5, 5, 5, ""},
        {"creator.plagiarism", 5, 5, 5, "note_removed permanent"},
        {"creator.celebrity_likeness", 5, 5, 5, "muted 7d first_of_code"},
        {"creator.unlicensed_medical", 10, 10, 10, "note_removed permanent"},
        {"creator.false_promise", 10, 10, 10, "note_removed permanent"},
        {"creator.absolute_claim", 2, 2, 2, ""},
        {"creator.sensitive_content", 2, 2, 2, ""},
        {"creator.data_fraud", 6, 6, 10, "permanent_ban permanent nth_in_force_ever 3"},
        {"creator.engagement_imbalance", 0, 0, 0, "downranked 30d"},
    };
    for (const Row &row : rows) {
        QTest::addRow("R-L2 %s", row.code) << QString::fromLatin1(row.code) << row.points << row.min << row.max
                                           << QString::fromLatin1(row.sanctions);
    }
}

void TestPolicy::defaultCodes()
{
    QFETCH(QString, code);
    QFETCH(int, points);
    QFETCH(int, minPoints);
    QFETCH(int, maxPoints);
    QFETCH(QString, sanctions);

    const std::optional<SubjectKind> kind = subjectKindFromName(code.section(QLatin1Char('.'), 0, 0));
    QVERIFY(kind);
    const Scale &scale = PolicyLoader::defaultPolicy().scale(*kind);
    const int index = scale.codeIndex(code);
    QVERIFY2(index >= 0, qPrintable(code));
    const ViolationCode &violation = scale.codes[index];
    QCOMPARE(violation.points, points);
    QCOMPARE(violation.minPoints, minPoints);
    QCOMPARE(violation.maxPoints, maxPoints);
    QCOMPARE(describeCodeSanctions(violation.sanctions), sanctions);
    QVERIFY(!violation.description.isEmpty());
}

void TestPolicy::defaultThresholdsAndBands_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVector<int>>("thresholds");
    QTest::addColumn<QString>("bands");
    QTest::addColumn<int>("warningAtOrAbove"); // -1: none

    QTest::newRow("R-M1 mcn") << int(SubjectKind::Mcn) << QVector<int>{80, 70, 60, 50, 40, 30, 20}
        << QStringLiteral("70: violation_disclosure deposit_increase; 60: marketing_platform_blocked; "
                          "50: creator_visibility_reduced; 40: revenue_frozen creator_termination_right; "
                          "30: monetization_disabled; 20: platform_removed")
        << 80;
    QTest::newRow("POLICY.md 3 brand") << int(SubjectKind::Brand) << QVector<int>{10, 8, 5, 1}
        << QStringLiteral("10: warning; 8: search_reduced; 5: traffic_reduced") << -1;
    QTest::newRow("POLICY.md 4 creator has none") << int(SubjectKind::Creator) << QVector<int>{} << QString() << -1;
}

void TestPolicy::defaultThresholdsAndBands()
{
    QFETCH(int, kind);
    QFETCH(QVector<int>, thresholds);
    QFETCH(QString, bands);
    QFETCH(int, warningAtOrAbove);

    const Scale &scale = PolicyLoader::defaultPolicy().scale(static_cast<SubjectKind>(kind));
    QCOMPARE(scale.thresholds, thresholds);
    QCOMPARE(describeBands(scale.bands), bands);
    QCOMPARE(scale.warningAtOrAbove.value_or(-1), warningAtOrAbove);
}

void TestPolicy::defaultLadder_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("minCount");
    QTest::addColumn<bool>("severe");
    QTest::addColumn<QString>("sanctions");

    QTest::newRow("R-C1 L1") << 0 << 1 << 1 << false << QStringLiteral("note_throttled 7d");
    QTest::newRow("R-C1 L2") << 1 << 2 << 2 << false << QStringLiteral("muted 15d, commerce_closed 90d");
    QTest::newRow("R-C1 L3") << 2 << 3 << 3 << false << QStringLiteral("banned 30d, withdrawals_frozen 30d");
    QTest::newRow("R-C1 L4") << 3 << 4 << 4 << true << QStringLiteral("permanent_ban permanent, device_ban permanent");
}

void TestPolicy::defaultLadder()
{
    QFETCH(int, index);
    QFETCH(int, level);
    QFETCH(int, minCount);
    QFETCH(bool, severe);
    QFETCH(QString, sanctions);

    const std::optional<Ladder> &ladder = PolicyLoader::defaultPolicy().scale(SubjectKind::Creator).ladder;
    QVERIFY(ladder);
    QCOMPARE(ladder->levels.size(), 4);
    const LadderLevel &actual = ladder->levels[index];
    QCOMPARE(actual.level, level);
    QCOMPARE(actual.minCount, minCount);
    QCOMPARE(actual.appliesToSevere, severe);
    QCOMPARE(describeSanctions(actual.sanctions), sanctions);
}

// Numbers of POLICY.md sections 1-4 that are not per code or per level; "actual" is read from the
// default policy, -1 standing for an absent part.
void TestPolicy::defaultNumbers_data()
{
    QTest::addColumn<qint64>("actual");
    QTest::addColumn<qint64>("expected");

    const Policy &p = PolicyLoader::defaultPolicy();
    const Scale &mcn = p.scale(SubjectKind::Mcn);
    const Scale &brand = p.scale(SubjectKind::Brand);
    const Scale &creator = p.scale(SubjectKind::Creator);
    auto orNone = [](const auto &optional, auto member) -> qint64 {
        return optional ? qint64((*optional).*member) : -1;
    };

    QTest::newRow("R-L5 mcn step") << orNone(mcn.recovery, &Recovery::step) << qint64(10);
    QTest::newRow("R-L5 mcn period") << orNone(mcn.recovery, &Recovery::periodDays) << qint64(30);
    QTest::newRow("R-L5 creator step") << orNone(creator.recovery, &Recovery::step) << qint64(5);
    QTest::newRow("R-L5 creator period") << orNone(creator.recovery, &Recovery::periodDays) << qint64(30);
    QTest::newRow("R-L5 brand has no recovery") << orNone(brand.recovery, &Recovery::step) << qint64(-1);
    QTest::newRow("R-M2 removal below") << orNone(mcn.removal, &Removal::below) << qint64(20);
    QTest::newRow("R-B1 suspension at or below") << orNone(brand.suspension, &Suspension::atOrBelow) << qint64(0);
    QTest::newRow("R-B1 suspension days")
        << qint64(brand.suspension ? brand.suspension->sanction.days.value_or(-1) : -2) << qint64(28);
    QTest::newRow("R-B1 reset to")
        << qint64(brand.suspension ? brand.suspension->resetTo.value_or(-1) : -2) << qint64(10);
    QTest::newRow("R-C1 window days") << orNone(creator.ladder, &Ladder::windowDays) << qint64(30);
    QTest::newRow("R-C3 exam points") << orNone(creator.exam, &ExamRule::points) << qint64(15);
    QTest::newRow("R-C3 exam cooldown") << orNone(creator.exam, &ExamRule::cooldownDays) << qint64(90);
    QTest::newRow("R-C4 history weight days") << orNone(creator.historyWeight, &HistoryWeight::days) << qint64(180);
    QTest::newRow("R-M3 required deposit") << p.deposit.required << qint64(20000);
    QTest::newRow("R-M3 increased deposit") << p.deposit.increased << qint64(40000);
    QTest::newRow("R-M3 refund quiet days") << qint64(p.deposit.refundQuietDays) << qint64(30);
    QTest::newRow("R-M4 fabricated lookback days") << qint64(p.certification.fabricatedLookbackDays) << qint64(90);
    // 2024-01-01T00:00:00Z, written as a number so that the parser is checked too.
    QTest::newRow("R-M5 effective from") << p.transition.effectiveFrom << qint64(1704067200);
    QTest::newRow("R-M5 grace days") << qint64(p.transition.graceDays) << qint64(30);
    QTest::newRow("R-M5 withdrawal after days") << qint64(p.transition.withdrawalAfterDays) << qint64(30);
    QTest::newRow("R-M5 commercial after days") << qint64(p.transition.commercialAfterDays) << qint64(90);
    QTest::newRow("R-M6 critical thresholds") << qint64(p.protection.criticalThresholds == QVector<int>{40, 30, 20})
                                              << qint64(1);
    QTest::newRow("R-M6 notice margin") << qint64(p.protection.noticeMargin) << qint64(5);
    QTest::newRow("R-M6 grace days") << qint64(p.protection.graceDays) << qint64(30);
    QTest::newRow("triage claim expiry hours") << qint64(p.triage.claimExpiryHours) << qint64(8);
}

void TestPolicy::defaultNumbers()
{
    QFETCH(qint64, actual);
    QFETCH(qint64, expected);
    QCOMPARE(actual, expected);
}

void TestPolicy::defaultIds_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");

    const Policy &p = PolicyLoader::defaultPolicy();
    const Scale &mcn = p.scale(SubjectKind::Mcn);
    const Scale &brand = p.scale(SubjectKind::Brand);
    const Scale &creator = p.scale(SubjectKind::Creator);

    QTest::newRow("R-M2 removal restriction") << (mcn.removal ? mcn.removal->restriction : QString())
                                              << QStringLiteral("platform_removed");
    QTest::newRow("R-B2 governance ban sanction") << (brand.governanceBan ? brand.governanceBan->id : QString())
                                                  << QStringLiteral("banned");
    QTest::newRow("R-B1 suspension sanction") << (brand.suspension ? brand.suspension->sanction.id : QString())
                                              << QStringLiteral("suspended");
    QTest::newRow("R-C4 history weight restriction")
        << (creator.historyWeight ? creator.historyWeight->restriction : QString())
        << QStringLiteral("history_weight_reduced");
    QTest::newRow("R-C5 recovery blocked by") << creator.recoveryBlockedBy.join(QLatin1Char(','))
                                              << QStringLiteral("permanent_ban");
    QTest::newRow("R-L5 mcn recovery never blocked") << mcn.recoveryBlockedBy.join(QLatin1Char(',')) << QString();
    QTest::newRow("R-M3 increase restriction") << p.deposit.increaseRestriction << QStringLiteral("deposit_increase");
    QTest::newRow("R-M4 fabricated code") << p.certification.fabricatedCode
                                          << QStringLiteral("mcn.fabricated_engagement");
    QTest::newRow("R-M5 withdrawal restriction") << p.transition.withdrawalRestriction
                                                 << QStringLiteral("withdrawal_restricted");
    QTest::newRow("R-M5 commercial restriction") << p.transition.commercialRestriction
                                                 << QStringLiteral("commercial_features_limited");
    QTest::newRow("R-M6 trigger restriction") << p.protection.triggerRestriction << QStringLiteral("revenue_frozen");
    QTest::newRow("R-M6 creator restriction") << p.protection.creatorRestriction
                                              << QStringLiteral("alternative_payment_channel");
    QTest::newRow("R-B2 banned label") << p.restrictionLabels.value(QStringLiteral("banned"))
                                       << QStringLiteral("Banned");
    QTest::newRow("restriction id count") << QString::number(p.restrictionLabels.size()) << QStringLiteral("31"); // 26 + the five of R-H1
    QTest::newRow("policy name and version") << QStringLiteral("%1 v%2").arg(p.name).arg(p.version)
                                             << QStringLiteral("default v1");
}

void TestPolicy::defaultIds()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestPolicy::defaultIsTheShippedFile()
{
    QString error;
    const std::optional<Policy> shipped =
        PolicyLoader::loadFile(QStringLiteral(REDLINE_SOURCE_DIR "/resources/policies/default.json"), &error);
    QVERIFY2(shipped, qPrintable(error));
    QCOMPARE(firstDifference(*shipped, PolicyLoader::defaultPolicy()), QString());
}

// R-C2
void TestPolicy::omittedPointsTakeTheScaleDefault()
{
    QString error;
    const std::optional<Policy> policy =
        PolicyLoader::loadJson(mutated(QStringLiteral("scales.creator.codes[3].points"), kRemoved), &error);
    QVERIFY2(policy, qPrintable(error));
    const ViolationCode &code = policy->scale(SubjectKind::Creator).codes[3];
    QCOMPARE(code.id, QStringLiteral("creator.verified_report"));
    QCOMPARE(code.points, 10);
    QCOMPARE(code.minPoints, 10);
    QCOMPARE(code.maxPoints, 10);
}

void TestPolicy::roundTrip_data()
{
    QTest::addColumn<bool>("variant");
    QTest::newRow("default") << false;
    QTest::newRow("every optional part flipped") << true;
}

void TestPolicy::roundTrip()
{
    QFETCH(bool, variant);
    const Policy original = variant ? variantPolicy() : PolicyLoader::defaultPolicy();
    if (variant)
        QVERIFY(!firstDifference(original, PolicyLoader::defaultPolicy()).isEmpty());

    QString error;
    const std::optional<Policy> reloaded = PolicyLoader::loadJson(PolicyLoader::toJson(original), &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(firstDifference(*reloaded, original), QString());
    QCOMPARE(PolicyLoader::toJson(*reloaded), PolicyLoader::toJson(original));
}

// The round trip is only as good as the comparison: each row changes one field and expects it named.
void TestPolicy::comparisonSeesEveryKindOfField_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("code range") << QStringLiteral("scales[2].codes[10].maxPoints");
    QTest::newRow("code sanction nth") << QStringLiteral("scales[2].codes[10].sanctions[0].nth");
    QTest::newRow("ladder severe") << QStringLiteral("scales[2].ladder.levels[3].appliesToSevere");
    QTest::newRow("permanent vs days") << QStringLiteral("scales[1].suspension.sanction.days");
    QTest::newRow("optional part") << QStringLiteral("scales[1].recovery.has_value");
    QTest::newRow("label") << QStringLiteral("restrictionLabels");
    QTest::newRow("instant") << QStringLiteral("transition.effectiveFrom");
    QTest::newRow("deposit") << QStringLiteral("deposit.increased");
    QTest::newRow("claim expiry") << QStringLiteral("triage.claimExpiryHours");
}

void TestPolicy::comparisonSeesEveryKindOfField()
{
    QFETCH(QString, field);
    Policy changed = PolicyLoader::defaultPolicy();
    Scale &brand = changed.scale(SubjectKind::Brand);
    Scale &creator = changed.scale(SubjectKind::Creator);
    if (field == QLatin1String("scales[2].codes[10].maxPoints"))
        creator.codes[10].maxPoints = 9;
    else if (field == QLatin1String("scales[2].codes[10].sanctions[0].nth"))
        creator.codes[10].sanctions[0].nth = 4;
    else if (field == QLatin1String("scales[2].ladder.levels[3].appliesToSevere"))
        creator.ladder->levels[3].appliesToSevere = false;
    else if (field == QLatin1String("scales[1].suspension.sanction.days"))
        brand.suspension->sanction.days.reset();
    else if (field == QLatin1String("scales[1].recovery.has_value"))
        brand.recovery = Recovery{1, 1};
    else if (field == QLatin1String("restrictionLabels"))
        changed.restrictionLabels[QStringLiteral("muted")] = QStringLiteral("Silenced");
    else if (field == QLatin1String("transition.effectiveFrom"))
        changed.transition.effectiveFrom += 1;
    else if (field == QLatin1String("deposit.increased"))
        changed.deposit.increased += 1;
    else if (field == QLatin1String("triage.claimExpiryHours"))
        changed.triage.claimExpiryHours += 1;
    QCOMPARE(firstDifference(changed, PolicyLoader::defaultPolicy()), field);
}

void TestPolicy::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    auto row = [](const char *name, const char *path, const QJsonValue &value, const char *error) {
        QTest::newRow(name) << mutated(QString::fromLatin1(path), value) << QString::fromUtf8(error);
    };

    // The document
    QTest::newRow("not JSON") << QByteArray("{\"format\": 1,")
                              << QStringLiteral("not valid JSON at offset 13: unterminated object");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("expected a JSON object at the top level");
    row("format is not 1", "format", 2, "format: unsupported format 2 (expected 1)");
    row("format missing", "format", kRemoved, "format: missing required field");
    row("unknown top-level field", "policy_name", QStringLiteral("x"), "policy_name: unknown field");
    row("name is not a string", "name", 3, "name: expected a string");
    row("label is not a string", "restrictions.warning", 5, "restrictions.warning: expected a string");

    // Types
    row("string where an integer is expected", "scales.mcn.initial", QStringLiteral("100"),
        "scales.mcn.initial: expected an integer");
    row("non-integral number", "scales.mcn.recovery.step", 2.5,
        "scales.mcn.recovery.step: expected an integer, got 2.5");
    row("integer beyond 32 bits", "scales.mcn.max", 1e10, "scales.mcn.max: integer 10000000000 out of range");
    row("number where an array is expected", "scales.mcn.thresholds", 80,
        "scales.mcn.thresholds: expected an array");
    row("number where an object is expected", "mcn.deposit", 20000, "mcn.deposit: expected an object");
    row("string where a boolean is expected", "scales.creator.ladder.levels[3].severe", QStringLiteral("yes"),
        "scales.creator.ladder.levels[3].severe: expected true or false");
    row("string where days are expected", "scales.creator.ladder.levels[0].sanctions[0].days", QStringLiteral("7"),
        "scales.creator.ladder.levels[0].sanctions[0].days: expected an integer or null");

    // Missing and unknown fields
    row("missing default_points", "scales.brand.default_points", kRemoved,
        "scales.brand.default_points: missing required field");
    row("missing scale", "scales.creator", kRemoved, "scales.creator: missing required field");
    row("R-T4 missing days is not permanent", "scales.creator.ladder.levels[0].sanctions[0].days", kRemoved,
        "scales.creator.ladder.levels[0].sanctions[0].days: missing required field");
    row("unknown field, reported before the field it misspells", "scales.mcn.recovery",
        QJsonObject{{"step", 10}, {"period_dyas", 30}}, "scales.mcn.recovery.period_dyas: unknown field");
    row("unknown scale", "scales.agency", QJsonObject(), "scales.agency: unknown field");

    // Scale bounds
    row("min not below max", "scales.mcn.min", 100, "scales.mcn.min: must be less than max 100");
    row("initial outside the scale", "scales.creator.initial", 101,
        "scales.creator.initial: 101 is outside the scale: must be between 0 and 100");
    row("R-C2 default points beyond the span", "scales.brand.default_points", 20,
        "scales.brand.default_points: 20 is outside the scale's span: must be between 0 and 10");
    row("R-L5 negative period", "scales.mcn.recovery.period_days", -30,
        "scales.mcn.recovery.period_days: must be greater than 0");
    row("R-L5 zero step", "scales.creator.recovery.step", 0, "scales.creator.recovery.step: must be greater than 0");

    // Thresholds and bands
    row("R-L6 threshold above the scale", "scales.mcn.thresholds[0]", 120,
        "scales.mcn.thresholds[0]: 120 is outside the scale: must be between 1 and 100");
    row("R-L6 threshold at the scale's minimum", "scales.brand.thresholds[3]", 0,
        "scales.brand.thresholds[3]: 0 is outside the scale: must be between 1 and 10");
    row("R-L6 thresholds not descending", "scales.mcn.thresholds[2]", 75,
        "scales.mcn.thresholds[2]: must be less than the previous value 70 (strictly descending)");
    row("R-M1 warning outside the scale", "scales.mcn.warning_at_or_above", 101,
        "scales.mcn.warning_at_or_above: 101 is outside the scale: must be between 0 and 100");
    row("R-M1 bands not descending", "scales.mcn.bands[2].below", 60,
        "scales.mcn.bands[2].below: must be less than the previous value 60 (strictly descending)");
    row("R-M1 band outside the scale", "scales.brand.bands[0].below", 11,
        "scales.brand.bands[0].below: 11 is outside the scale: must be between 1 and 10");
    row("R-M1 band without restrictions", "scales.mcn.bands[0].restrictions", QJsonArray(),
        "scales.mcn.bands[0].restrictions: must not be empty");
    row("R-M2 removal at the scale's minimum", "scales.mcn.removal.below", 0,
        "scales.mcn.removal.below: 0 is outside the scale: must be between 1 and 100");

    // Unknown restriction ids, wherever they are named
    row("R-M1 unknown restriction in a band", "scales.mcn.bands[1].restrictions[0]",
        QStringLiteral("marketing_blocked"),
        "scales.mcn.bands[1].restrictions[0]: unknown restriction id 'marketing_blocked'");
    row("R-M2 unknown removal restriction", "scales.mcn.removal.restriction", QStringLiteral("removed"),
        "scales.mcn.removal.restriction: unknown restriction id 'removed'");
    row("R-B1 unknown suspension sanction", "scales.brand.suspension.sanction", QStringLiteral("suspend"),
        "scales.brand.suspension.sanction: unknown restriction id 'suspend'");
    row("R-C1 unknown ladder sanction", "scales.creator.ladder.levels[1].sanctions[1].sanction",
        QStringLiteral("shop_closed"),
        "scales.creator.ladder.levels[1].sanctions[1].sanction: unknown restriction id 'shop_closed'");
    row("R-B2 unknown code sanction", "scales.brand.codes[1].sanctions[0].sanction", QStringLiteral("ban"),
        "scales.brand.codes[1].sanctions[0].sanction: unknown restriction id 'ban'");
    row("R-C4 unknown history restriction", "scales.creator.history_weight.restriction",
        QStringLiteral("weight_reduced"),
        "scales.creator.history_weight.restriction: unknown restriction id 'weight_reduced'");
    row("R-C5 unknown recovery blocker", "scales.creator.recovery_blocked_by[0]", QStringLiteral("perma_ban"),
        "scales.creator.recovery_blocked_by[0]: unknown restriction id 'perma_ban'");
    row("R-M3 unknown deposit restriction", "mcn.deposit.increase_restriction", QStringLiteral("deposit_up"),
        "mcn.deposit.increase_restriction: unknown restriction id 'deposit_up'");
    row("R-M5 unknown transition restriction", "mcn.transition.withdrawal_restriction",
        QStringLiteral("withdrawals_restricted"),
        "mcn.transition.withdrawal_restriction: unknown restriction id 'withdrawals_restricted'");
    row("R-M6 unknown protection restriction", "mcn.protection.creator_restriction", QStringLiteral("exit_free"),
        "mcn.protection.creator_restriction: unknown restriction id 'exit_free'");

    // Codes
    row("duplicate code", "scales.creator.codes[3].code", QStringLiteral("creator.diversion"),
        "scales.creator.codes[3].code: duplicate code 'creator.diversion'");
    row("code with another scale's prefix", "scales.brand.codes[0].code", QStringLiteral("mcn.unauthorized_promotion"),
        "scales.brand.codes[0].code: code 'mcn.unauthorized_promotion' must be 'brand.' followed by lowercase "
        "letters and underscores");
    row("code with capitals", "scales.creator.codes[0].code", QStringLiteral("creator.UnreportedAd"),
        "scales.creator.codes[0].code: code 'creator.UnreportedAd' must be 'creator.' followed by lowercase "
        "letters and underscores");
    row("no codes", "scales.brand.codes", QJsonArray(), "scales.brand.codes: must not be empty");
    row("R-L2 points outside the code's range", "scales.creator.codes[10].points", 12,
        "scales.creator.codes[10].points: 12 is outside the code's range [6, 10]");
    row("R-L2 min greater than max", "scales.creator.codes[10].min", 11,
        "scales.creator.codes[10].min: 11 is greater than max 10");
    row("R-L2 points beyond the scale's span", "scales.brand.codes[0].points", 11,
        "scales.brand.codes[0].points: 11 is outside the scale's span: must be between 0 and 10");
    row("R-L2 negative points", "scales.mcn.codes[0].points", -10,
        "scales.mcn.codes[0].points: -10 is outside the scale's span: must be between 0 and 100");
    row("nth missing", "scales.creator.codes[10].sanctions[0].nth", kRemoved,
        "scales.creator.codes[10].sanctions[0].nth: missing required field");
    row("nth of 1", "scales.creator.codes[10].sanctions[0].nth", 1,
        "scales.creator.codes[10].sanctions[0].nth: must be at least 2");
    row("nth without nth_in_force_ever", "scales.creator.codes[1].sanctions[0].nth", 2,
        "scales.creator.codes[1].sanctions[0].nth: only allowed with \"when\": \"nth_in_force_ever\"");
    row("unknown condition", "scales.creator.codes[1].sanctions[0].when", QStringLiteral("first"),
        "scales.creator.codes[1].sanctions[0].when: unknown condition 'first' (expected always, first_of_code "
        "or nth_in_force_ever)");
    row("R-T4 zero-day code sanction", "scales.creator.codes[11].sanctions[0].days", 0,
        "scales.creator.codes[11].sanctions[0].days: must be greater than 0");

    // Brand suspension, creator ladder, exam, history
    row("R-B1 suspension at the scale's maximum", "scales.brand.suspension.at_or_below", 10,
        "scales.brand.suspension.at_or_below: 10 is outside the scale: must be between 0 and 9");
    row("R-B1 zero-day suspension", "scales.brand.suspension.days", 0,
        "scales.brand.suspension.days: must be greater than 0");
    row("R-B1 reset beyond the scale", "scales.brand.suspension.reset_to", 11,
        "scales.brand.suspension.reset_to: 11 is outside the scale: must be between 0 and 10");
    row("R-C1 zero window", "scales.creator.ladder.window_days", 0,
        "scales.creator.ladder.window_days: must be greater than 0");
    row("R-C1 levels not ascending", "scales.creator.ladder.levels[2].level", 2,
        "scales.creator.ladder.levels[2].level: must be greater than the previous value 2 (strictly ascending)");
    row("R-C1 counts not ascending", "scales.creator.ladder.levels[1].min_count", 1,
        "scales.creator.ladder.levels[1].min_count: must be greater than the previous value 1 (strictly ascending)");
    row("R-C1 no levels", "scales.creator.ladder.levels", QJsonArray(),
        "scales.creator.ladder.levels: must not be empty");
    row("R-C3 zero exam points", "scales.creator.exam.points", 0, "scales.creator.exam.points: must be greater than 0");
    row("R-C3 negative exam cooldown", "scales.creator.exam.cooldown_days", -1,
        "scales.creator.exam.cooldown_days: must not be negative");
    row("R-C4 zero history days", "scales.creator.history_weight.days", 0,
        "scales.creator.history_weight.days: must be greater than 0");

    // MCN rules
    row("R-M3 zero deposit", "mcn.deposit.required", 0, "mcn.deposit.required: must be greater than 0");
    row("R-M3 increased below required", "mcn.deposit.increased", 10000,
        "mcn.deposit.increased: must be at least the required deposit 20000");
    row("R-M3 fractional deposit", "mcn.deposit.required", 20000.5,
        "mcn.deposit.required: expected an integer, got 20000.5");
    row("R-M3 negative refund quiet days", "mcn.deposit.refund_quiet_days", -30,
        "mcn.deposit.refund_quiet_days: must not be negative");
    row("R-M4 fabricated code from another scale", "mcn.certification.fabricated_code",
        QStringLiteral("creator.data_fraud"),
        "mcn.certification.fabricated_code: 'creator.data_fraud' is not a code of the mcn scale");
    row("R-T1 effective_from with an offset", "mcn.transition.effective_from",
        QStringLiteral("2024-01-01T08:00:00+08:00"),
        "mcn.transition.effective_from: '2024-01-01T08:00:00+08:00' is not a UTC instant (expected "
        "YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD)");
    row("R-T1 effective_from on a day that does not exist", "mcn.transition.effective_from",
        QStringLiteral("2023-02-29"),
        "mcn.transition.effective_from: '2023-02-29' is not a UTC instant (expected YYYY-MM-DDTHH:MM:SSZ or "
        "YYYY-MM-DD)");
    row("R-M5 negative grace", "mcn.transition.grace_days", -30, "mcn.transition.grace_days: must not be negative");
    row("R-M6 critical threshold that is not a threshold", "mcn.protection.critical_thresholds[1]", 35,
        "mcn.protection.critical_thresholds[1]: 35 is not a threshold of the mcn scale");
    row("R-M6 negative notice margin", "mcn.protection.notice_margin", -5,
        "mcn.protection.notice_margin: must not be negative");

    // Triage (docs/rules.md "Triage"): a claim lasts 1 to 720 hours.
    row("claim expiry of 0 hours", "triage.claim_expiry_hours", 0,
        "triage.claim_expiry_hours: 0 is outside the allowed range: must be between 1 and 720 hours");
    row("claim expiry of 721 hours", "triage.claim_expiry_hours", 721,
        "triage.claim_expiry_hours: 721 is outside the allowed range: must be between 1 and 720 hours");
    row("claim expiry of -8 hours", "triage.claim_expiry_hours", -8,
        "triage.claim_expiry_hours: -8 is outside the allowed range: must be between 1 and 720 hours");
    row("claim expiry as a string", "triage.claim_expiry_hours", QStringLiteral("8"),
        "triage.claim_expiry_hours: expected an integer");
    row("claim expiry of 8.5 hours", "triage.claim_expiry_hours", 8.5,
        "triage.claim_expiry_hours: expected an integer, got 8.5");
    row("claim expiry missing from the section", "triage.claim_expiry_hours", kRemoved,
        "triage.claim_expiry_hours: missing required field");
    row("unknown triage field", "triage.claim_expiry_days", 1, "triage.claim_expiry_days: unknown field");
    row("triage is not an object", "triage", 8, "triage: expected an object");
}

void TestPolicy::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    QString actual;
    const std::optional<Policy> policy = PolicyLoader::loadJson(json, &actual);
    QVERIFY(!policy);
    QCOMPARE(actual, error);
}

// A policy written before claims expired has no `triage` section: it loads with the default policy's
// expiry, which toJson then writes out; the bounds themselves load.
void TestPolicy::aPolicyWithoutTriageTakesTheDefault_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("hours");
    QTest::newRow("no section") << mutated(QStringLiteral("triage"), kRemoved) << 8;
    QTest::newRow("one hour") << mutated(QStringLiteral("triage.claim_expiry_hours"), 1) << 1;
    QTest::newRow("thirty days") << mutated(QStringLiteral("triage.claim_expiry_hours"), 720) << 720;
}

void TestPolicy::aPolicyWithoutTriageTakesTheDefault()
{
    QFETCH(QByteArray, json);
    QFETCH(int, hours);
    QString error;
    const std::optional<Policy> policy = PolicyLoader::loadJson(json, &error);
    QVERIFY2(policy, qPrintable(error));
    QCOMPARE(policy->triage.claimExpiryHours, hours);
    const QJsonObject written = QJsonDocument::fromJson(PolicyLoader::toJson(*policy)).object();
    QCOMPARE(written.value(QStringLiteral("triage")).toObject().value(QStringLiteral("claim_expiry_hours")).toInt(), hours);
}

void TestPolicy::loadFileNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("edited.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mutated(QStringLiteral("scales.mcn.recovery.period_days"), -30));
    file.close();

    QString error;
    QVERIFY(!PolicyLoader::loadFile(path, &error));
    QCOMPARE(error, path + QStringLiteral(": scales.mcn.recovery.period_days: must be greater than 0"));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(mutated(QStringLiteral("scales.mcn.recovery.period_days"), 45));
    file.close();
    const std::optional<Policy> edited = PolicyLoader::loadFile(path, &error);
    QVERIFY2(edited, qPrintable(error));
    QCOMPARE(edited->scale(SubjectKind::Mcn).recovery->periodDays, 45);
}

void TestPolicy::loadFileThatCannotBeRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.json"));
    QString error;
    QVERIFY(!PolicyLoader::loadFile(path, &error));
    QCOMPARE(error, QStringLiteral("cannot read %1: No such file or directory").arg(path));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
