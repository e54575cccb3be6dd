#include "io/syntheticcorpus.h"
#include "io/syntheticgenerator.h"
#include "policy/policyloader.h"
#include "store/cachedstate.h"
#include "store/write/eventsink.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

GeneratorOptions medium(quint64 seed = 7)
{
    GeneratorOptions options;
    options.mcns = 30;
    options.brands = 200;
    options.creators = 2000;
    options.violations = 8000;
    options.seed = seed;
    return options;
}

QVector<StoredEvent> generate(const GeneratorOptions &options, const Policy &policy = PolicyLoader::defaultPolicy())
{
    QVector<StoredEvent> events;
    SyntheticGenerator(policy, options).run([&events](const StoredEvent &e) {
        events.append(e);
        return true;
    });
    return events;
}

// Every field of every event, in order: two runs are the same stream exactly when their digests match.
QByteArray digest(const GeneratorOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    SyntheticGenerator(PolicyLoader::defaultPolicy(), options).run([&hash](const StoredEvent &e) {
        const QStringList fields{eventTypeName(e.type), QString::number(e.at), e.subject, e.id, e.ref, e.by, e.kind,
                                 e.name, e.code, QString::number(e.points), e.severity, e.source, e.action,
                                 e.outcome, e.counterparty, e.campaign, QString::number(e.amount), e.text};
        hash.addData(fields.join(QChar(0x1f)).toUtf8());
        hash.addData(e.attrs);
        hash.addData(QByteArrayView("\x1e"));
        return true;
    });
    return hash.result();
}

QJsonObject attrsOf(const StoredEvent &e) { return QJsonDocument::fromJson(e.attrs).object(); }

// A store holding the generator's events, its state cache computed at `now`.
std::unique_ptr<Store> generatedStore(const QTemporaryDir &dir, const GeneratorOptions &options, Instant now,
                                      QString *failure)
{
    StoreOptions storeOptions;
    storeOptions.now = now;
    storeOptions.actor = QStringLiteral("test");
    StoreError error;
    std::unique_ptr<Store> store = Store::create(dir.filePath(QStringLiteral("gen.redline")), storeOptions, &error);
    if (!store) {
        *failure = error.message;
        return nullptr;
    }
    WriteRequest request;
    request.action = QStringLiteral("generate");
    const bool written = store->write(request, [&](EventSink &sink, StoreError *) {
        bool ok = true;
        SyntheticGenerator(PolicyLoader::defaultPolicy(), options).run([&](const StoredEvent &e) {
            ok = sink.append(StoredEvent(e), &error);
            return ok;
        });
        return ok;
    }, &error);
    if (!written) {
        *failure = error.message;
        return nullptr;
    }
    return store;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameStream();
    void defaultOptionsAreAFixedWindow();
    void countsMatchOptions_data();
    void countsMatchOptions();
    void timeAscendsWithinTheWindow();
    void handlesAndIdsAreValid();
    void everyCodeOfEveryKindAppears();
    void codesOfAnEditedPolicyAppear();
    void violationsAreWellFormed();
    void appealsFollowTheirViolationAndFourEyesHold();
    void proportionsArePlausible();
    void contractsAreConsistent();
    void depositsAndCertificationsHoldR_M3_R_M4();
    void stopsWhenTheSinkSaysSo();
    void theStoreAcceptsEveryEvent();
    void standingsAreSpreadAtTheEnd();

private:
    QVector<StoredEvent> m_events; // medium(7)
};

void TestGenerator::initTestCase() { m_events = generate(medium()); }

void TestGenerator::sameSeedSameStream()
{
    const QByteArray first = digest(medium(7));
    QCOMPARE(digest(medium(7)), first);
    QVERIFY(digest(medium(8)) != first);
    GeneratorOptions later = medium(7);
    later.end += days(1);
    QVERIFY(digest(later) != first);
}

void TestGenerator::defaultOptionsAreAFixedWindow()
{
    const GeneratorOptions options;
    QCOMPARE(formatInstant(options.end), QStringLiteral("2026-12-01T00:00:00Z"));
    QCOMPARE(formatInstant(options.start), QStringLiteral("2025-06-09T00:00:00Z")); // 18 x 30 days (R-T2)
    QCOMPARE(options.mcns, 50);
    QCOMPARE(options.brands, 500);
    QCOMPARE(options.creators, 5000);
    QCOMPARE(options.violations, qint64(20000));
}

void TestGenerator::countsMatchOptions_data()
{
    QTest::addColumn<int>("mcns");
    QTest::addColumn<int>("brands");
    QTest::addColumn<int>("creators");
    QTest::addColumn<qint64>("violations");
    QTest::newRow("defaults") << 50 << 500 << 5000 << qint64(20000);
    QTest::newRow("creators only") << 0 << 0 << 300 << qint64(900);
    QTest::newRow("no violations") << 5 << 5 << 5 << qint64(0);
    QTest::newRow("fewer violations than codes") << 3 << 3 << 3 << qint64(4);
    QTest::newRow("nobody to violate") << 0 << 0 << 0 << qint64(100);
}

void TestGenerator::countsMatchOptions()
{
    QFETCH(int, mcns);
    QFETCH(int, brands);
    QFETCH(int, creators);
    QFETCH(qint64, violations);
    GeneratorOptions options;
    options.mcns = mcns;
    options.brands = brands;
    options.creators = creators;
    options.violations = violations;
    QHash<QString, int> subjects;
    QSet<QString> users;
    qint64 violationCount = 0;
    qint64 progressDone = -1;
    qint64 progressTotal = -1;
    const qint64 emitted = SyntheticGenerator(PolicyLoader::defaultPolicy(), options).run(
        [&](const StoredEvent &e) {
            if (e.type == EventType::Subject)
                ++subjects[e.kind];
            else if (e.type == EventType::User)
                users.insert(e.name);
            else if (e.type == EventType::Violation)
                ++violationCount;
            return true;
        },
        [&](qint64 done, qint64 total) {
            progressDone = done;
            progressTotal = total;
        });
    QCOMPARE(subjects.value(QStringLiteral("mcn")), mcns);
    QCOMPARE(subjects.value(QStringLiteral("brand")), brands);
    QCOMPARE(subjects.value(QStringLiteral("creator")), creators);
    QCOMPARE(violationCount, mcns + brands + creators > 0 ? violations : qint64(0));
    QCOMPARE(users.size(), SyntheticCorpus::users().size());
    QCOMPARE(progressDone, emitted);
    QCOMPARE(progressTotal, emitted);
}

void TestGenerator::timeAscendsWithinTheWindow()
{
    const GeneratorOptions options = medium();
    Instant previous = options.start;
    for (const StoredEvent &e : m_events) {
        QVERIFY2(e.at >= previous, qPrintable(formatInstant(e.at)));
        QVERIFY(e.at < options.end);
        previous = e.at;
    }
    QCOMPARE(m_events.first().at, options.start);
    QCOMPARE(m_events.first().type, EventType::User);
}

void TestGenerator::handlesAndIdsAreValid()
{
    static const QRegularExpression handle(QStringLiteral("^[A-Za-z0-9_.:-]{1,64}$"));
    QSet<QString> subjects;
    QSet<QString> ids;
    qint64 violations = 0;
    qint64 appeals = 0;
    for (const StoredEvent &e : m_events) {
        if (e.type == EventType::User) {
            QVERIFY2(handle.match(e.name).hasMatch(), qPrintable(e.name));
            continue;
        }
        QVERIFY2(handle.match(e.subject).hasMatch(), qPrintable(e.subject));
        if (e.type == EventType::Subject) {
            QVERIFY2(!subjects.contains(e.subject), qPrintable(e.subject));
            subjects.insert(e.subject);
            QVERIFY(!e.name.isEmpty());
        } else {
            QVERIFY2(subjects.contains(e.subject), qPrintable(e.subject)); // subjects first
        }
        if (e.type == EventType::Violation)
            QCOMPARE(e.id, QStringLiteral("v-%1").arg(++violations, 7, 10, QLatin1Char('0')));
        if (e.type == EventType::Appeal)
            QCOMPARE(e.id, QStringLiteral("a-%1").arg(++appeals, 7, 10, QLatin1Char('0')));
        if (!e.id.isEmpty()) {
            QVERIFY2(!ids.contains(e.id), qPrintable(e.id));
            ids.insert(e.id);
        }
    }
    QVERIFY(subjects.contains(QStringLiteral("mcn-000001")));
    QVERIFY(subjects.contains(QStringLiteral("brand-000200")));
    QVERIFY(subjects.contains(QStringLiteral("crt-0002000")));
}

void TestGenerator::everyCodeOfEveryKindAppears()
{
    const Policy &policy = PolicyLoader::defaultPolicy();
    QSet<QString> seen;
    for (const StoredEvent &e : m_events) {
        if (e.type == EventType::Violation)
            seen.insert(e.code);
    }
    for (int kind = 0; kind < kSubjectKindCount; ++kind) {
        for (const ViolationCode &code : policy.scale(SubjectKind(kind)).codes)
            QVERIFY2(seen.contains(code.id), qPrintable(code.id));
    }
}

void TestGenerator::codesOfAnEditedPolicyAppear()
{
    Policy policy = PolicyLoader::defaultPolicy();
    ViolationCode extra;
    extra.id = QStringLiteral("creator.fake_giveaway");
    extra.points = 3;
    extra.minPoints = 3;
    extra.maxPoints = 3;
    policy.scale(SubjectKind::Creator).codes.append(extra);
    GeneratorOptions options;
    options.creators = 50;
    options.violations = 30;
    int extraCount = 0;
    for (const StoredEvent &e : generate(options, policy))
        extraCount += e.code == extra.id ? 1 : 0;
    QVERIFY(extraCount >= 1);
}

void TestGenerator::violationsAreWellFormed()
{
    const Policy &policy = PolicyLoader::defaultPolicy();
    QHash<QString, SubjectKind> kinds;
    QHash<QString, QString> roles;
    for (const StoredEvent &e : m_events) {
        if (e.type == EventType::User)
            roles.insert(e.name, e.kind);
        if (e.type == EventType::Subject)
            kinds.insert(e.subject, *subjectKindFromName(e.kind));
        if (e.type != EventType::Violation)
            continue;
        const Scale &scale = policy.scale(kinds.value(e.subject));
        const int code = scale.codeIndex(e.code);
        QVERIFY2(code >= 0, qPrintable(e.subject + QLatin1Char(' ') + e.code));
        QVERIFY(e.points == -1 || (e.points >= scale.codes[code].minPoints && e.points <= scale.codes[code].maxPoints));
        QVERIFY(e.severity == QLatin1String("normal") || e.severity == QLatin1String("severe"));
        QVERIFY(e.source == QLatin1String("algorithm") || e.source == QLatin1String("human_review")
                || e.source == QLatin1String("user_report"));
        const QString role = roles.value(e.by);
        QVERIFY2(role == QLatin1String("moderator") || role == QLatin1String("senior_moderator"), qPrintable(e.by));
        QVERIFY(!e.text.isEmpty());
    }
}

// R-L3: one appeal per violation, filed by the subject 1-10 days after it; R-L4: the decision is by someone
// other than whoever recorded the violation, after the appeal.
void TestGenerator::appealsFollowTheirViolationAndFourEyesHold()
{
    QHash<QString, StoredEvent> violations;
    QHash<QString, StoredEvent> appeals;
    QSet<QString> appealed;
    QSet<QString> decided;
    for (const StoredEvent &e : m_events) {
        if (e.type == EventType::Violation)
            violations.insert(e.id, e);
        if (e.type == EventType::Appeal) {
            QVERIFY2(violations.contains(e.ref), qPrintable(e.ref));
            const StoredEvent &v = violations[e.ref];
            QVERIFY(!appealed.contains(e.ref));
            appealed.insert(e.ref);
            QCOMPARE(e.by, v.subject);
            QCOMPARE(e.subject, v.subject);
            QVERIFY(e.at >= v.at + days(1) && e.at < v.at + days(11));
            appeals.insert(e.id, e);
        }
        if (e.type == EventType::Decision) {
            QVERIFY2(appeals.contains(e.ref), qPrintable(e.ref));
            const StoredEvent &a = appeals[e.ref];
            const StoredEvent &v = violations[a.ref];
            QVERIFY(!decided.contains(e.ref));
            decided.insert(e.ref);
            QVERIFY2(e.by != v.by, qPrintable(e.ref + QLatin1Char(' ') + e.by));
            QVERIFY(e.at > a.at);
            QCOMPARE(e.subject, v.subject);
            QVERIFY(e.outcome == QLatin1String("upheld") || e.outcome == QLatin1String("overturned"));
        }
    }
    QVERIFY(!appeals.isEmpty());
}

// Issue 3's proportions: the figures are those of seed 7; the bounds say what "plausible" means.
void TestGenerator::proportionsArePlausible()
{
    QHash<QString, int> perSubject;
    QHash<QString, int> perCode;
    QHash<QString, int> outcomes;
    int violations = 0, appeals = 0, creators = 0, exams = 0, severe = 0;
    for (const StoredEvent &e : m_events) {
        if (e.type == EventType::Subject && e.kind == QLatin1String("creator"))
            ++creators;
        if (e.type == EventType::Violation) {
            ++violations;
            ++perCode[e.code];
            severe += e.severity == QLatin1String("severe") ? 1 : 0;
            if (e.subject.startsWith(QLatin1String("crt-")))
                ++perSubject[e.subject];
        }
        if (e.type == EventType::Appeal)
            ++appeals;
        if (e.type == EventType::Decision)
            ++outcomes[e.outcome];
        if (e.type == EventType::Exam)
            ++exams;
    }
    const double appealRate = double(appeals) / violations;
    QVERIFY2(appealRate > 0.06 && appealRate < 0.10, qPrintable(QString::number(appealRate)));
    const double overturned = double(outcomes.value(QStringLiteral("overturned"))) / appeals;
    const double upheld = double(outcomes.value(QStringLiteral("upheld"))) / appeals;
    QVERIFY2(overturned > 0.28 && overturned < 0.42, qPrintable(QString::number(overturned)));
    QVERIFY2(upheld > 0.40 && upheld < 0.58, qPrintable(QString::number(upheld)));
    QVERIFY(outcomes.value(QStringLiteral("overturned")) + outcomes.value(QStringLiteral("upheld")) < appeals);
    // Common codes are common, rare ones rare.
    QVERIFY(perCode.value(QStringLiteral("creator.unreported_ad")) > 5 * perCode.value(QStringLiteral("creator.data_fraud")));
    QVERIFY(perCode.value(QStringLiteral("brand.unauthorized_promotion")) > 5 * perCode.value(QStringLiteral("brand.fake_ugc")));
    QVERIFY(severe > 0 && severe < violations / 50);
    QVERIFY(exams > 0);
    // Heavy tail: most creators have 0-2 violations, a few have many.
    int fewOrNone = creators - perSubject.size();
    int most = 0;
    for (int count : qAsConst(perSubject)) {
        fewOrNone += count <= 2 ? 1 : 0;
        most = std::max(most, count);
    }
    QVERIFY2(fewOrNone > creators * 6 / 10, qPrintable(QString::number(fewOrNone)));
    QVERIFY2(most >= 40, qPrintable(QString::number(most)));
}

void TestGenerator::contractsAreConsistent()
{
    QHash<QString, QString> active; // creator -> MCN
    QSet<QString> mcns;
    int starts = 0, ends = 0, creators = 0;
    for (const StoredEvent &e : m_events) {
        if (e.type == EventType::Subject && e.kind == QLatin1String("mcn"))
            mcns.insert(e.subject);
        if (e.type == EventType::Subject && e.kind == QLatin1String("creator"))
            ++creators;
        if (e.type != EventType::Contract)
            continue;
        QVERIFY(e.subject.startsWith(QLatin1String("crt-")));
        QVERIFY2(mcns.contains(e.counterparty), qPrintable(e.counterparty));
        if (e.action == QLatin1String("start")) {
            QVERIFY2(!active.contains(e.subject), qPrintable(e.subject));
            active.insert(e.subject, e.counterparty);
            ++starts;
        } else {
            QCOMPARE(e.action, QStringLiteral("end"));
            QCOMPARE(active.value(e.subject), e.counterparty);
            active.remove(e.subject);
            ++ends;
        }
    }
    QVERIFY2(starts > creators / 4 && starts < creators * 4 / 10, qPrintable(QString::number(starts)));
    QVERIFY(ends > 0);
}

void TestGenerator::depositsAndCertificationsHoldR_M3_R_M4()
{
    const Policy &policy = PolicyLoader::defaultPolicy();
    QHash<QString, qint64> balance;
    QHash<QString, QJsonObject> attrs;
    QHash<QString, Instant> lastFabricated;
    QHash<QString, bool> certified;
    QHash<QString, QString> roles;
    int grants = 0, deducts = 0, refunds = 0;
    for (const StoredEvent &e : m_events) {
        if (e.type == EventType::User)
            roles.insert(e.name, e.kind);
        if (e.type == EventType::Subject && e.kind == QLatin1String("mcn"))
            attrs.insert(e.subject, attrsOf(e));
        if (e.type == EventType::Violation && e.code == policy.certification.fabricatedCode)
            lastFabricated.insert(e.subject, e.at);
        if (e.type == EventType::Deposit) {
            QVERIFY(e.amount > 0);
            QVERIFY(attrs.contains(e.subject));
            QCOMPARE(roles.value(e.by), QStringLiteral("compliance"));
            qint64 &b = balance[e.subject];
            if (e.action == QLatin1String("pay")) {
                b += e.amount;
            } else if (e.action == QLatin1String("deduct")) {
                QVERIFY2(e.amount <= b, qPrintable(e.subject)); // R-M3
                b -= e.amount;
                ++deducts;
            } else {
                QCOMPARE(e.action, QStringLiteral("refund"));
                QCOMPARE(e.amount, b);
                b = 0;
                ++refunds;
            }
        }
        if (e.type == EventType::Certification && e.action == QLatin1String("grant")) {
            const QJsonObject a = attrs.value(e.subject); // R-M4, all four at the grant's instant
            QCOMPARE(a.value(QStringLiteral("registered_mcn")).toBool(), true);
            QCOMPARE(a.value(QStringLiteral("region")).toString(), QStringLiteral("mainland"));
            QVERIFY(a.value(QStringLiteral("company")).toString() != QLatin1String("sole_proprietorship"));
            QVERIFY(!lastFabricated.contains(e.subject)
                    || lastFabricated[e.subject] <= e.at - days(policy.certification.fabricatedLookbackDays));
            QVERIFY(balance.value(e.subject) >= policy.deposit.required);
            QVERIFY(!certified.value(e.subject));
            certified[e.subject] = true;
            ++grants;
        }
        if (e.type == EventType::Certification && e.action == QLatin1String("revoke")) {
            QVERIFY(certified.value(e.subject));
            certified[e.subject] = false;
        }
    }
    QVERIFY(grants > 0);
    QVERIFY(deducts > 0);
    Q_UNUSED(refunds); // rare at this size; the action is covered by the bound checks above when it occurs
}

void TestGenerator::stopsWhenTheSinkSaysSo()
{
    int seen = 0;
    const qint64 emitted = SyntheticGenerator(PolicyLoader::defaultPolicy(), medium()).run([&seen](const StoredEvent &) {
        return ++seen < 10;
    });
    QCOMPARE(emitted, qint64(10));
    QCOMPARE(seen, 10);
}

// The generator's events are valid for the store: every one passes EventValidator (references, R-L3, R-L4,
// R-M3, R-M4, contracts) and the whole run commits as one import.
void TestGenerator::theStoreAcceptsEveryEvent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StoreOptions storeOptions;
    storeOptions.now = kGeneratorDefaultEnd;
    storeOptions.actor = QStringLiteral("test");
    StoreError error;
    std::unique_ptr<Store> store = Store::create(dir.filePath(QStringLiteral("gen.redline")), storeOptions, &error);
    QVERIFY2(store, qPrintable(error.message));
    GeneratorOptions options;
    options.mcns = 12;
    options.brands = 60;
    options.creators = 600;
    options.violations = 3000;
    options.seed = 11;
    WriteRequest request;
    request.action = QStringLiteral("generate");
    QString failure;
    qint64 emitted = 0;
    qint64 appended = 0;
    const bool written = store->write(request, [&](EventSink &sink, StoreError *) {
        emitted = SyntheticGenerator(PolicyLoader::defaultPolicy(), options).run([&](const StoredEvent &e) {
            if (sink.append(StoredEvent(e), &error))
                return true;
            failure = QStringLiteral("%1 %2 %3 %4: %5")
                          .arg(eventTypeName(e.type), formatInstant(e.at), e.subject, e.id + e.ref, error.message);
            return false;
        });
        return failure.isEmpty();
    }, &error, &appended);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(written, qPrintable(error.message));
    QCOMPARE(appended, emitted);
    QCOMPARE(store->eventCount(), emitted);
    QCOMPARE(store->subjectCount(), qint64(options.mcns + options.brands + options.creators));
}

// The store a generator makes looks like a platform at the end of its history (docs/architecture.md "The
// synthetic generator"): most agencies healthy with a tail below, brands spread over their points,
// creators spread over credit scores and every ladder level (R-C1), with violations in the ladder's window.
void TestGenerator::standingsAreSpreadAtTheEnd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    GeneratorOptions options = medium();
    options.mcns = 200; // enough agencies for their tail to show
    QString failure;
    const std::unique_ptr<Store> store = generatedStore(dir, options, options.end, &failure);
    QVERIFY2(store, qPrintable(failure));
    int mcns = 0, healthyMcns = 0, mcnsBelow60 = 0, removedMcns = 0;
    QMap<int, int> brandPoints;
    int creators = 0, creatorsAt100 = 0, creatorsBelow80 = 0, creatorsBelow40 = 0;
    QMap<int, int> ladder;
    StoreError error;
    QVERIFY2(store->listStates(StateFilter(), [&](const CachedState &s) {
        switch (s.kind) {
        case SubjectKind::Mcn:
            ++mcns;
            healthyMcns += s.score >= 80 ? 1 : 0;
            mcnsBelow60 += s.score < 60 ? 1 : 0;
            removedMcns += s.score < 20 ? 1 : 0;
            break;
        case SubjectKind::Brand: ++brandPoints[s.score]; break;
        case SubjectKind::Creator:
            ++creators;
            creatorsAt100 += s.score == 100 ? 1 : 0;
            creatorsBelow80 += s.score < 80 ? 1 : 0;
            creatorsBelow40 += s.score < 40 ? 1 : 0;
            ++ladder[s.ladderLevel];
            break;
        }
        return true;
    }, &error), qPrintable(error.message));
    const auto counts = [](const QMap<int, int> &map) {
        QStringList parts;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts.append(QStringLiteral("%1:%2").arg(it.key()).arg(it.value()));
        return parts.join(QLatin1Char(' '));
    };
    const QString figures = QStringLiteral("mcns %1: healthy %2, below 60 %3, removed %4; brands %5; creators %6: "
                                           "at 100 %7, below 80 %8, below 40 %9; ladder %10")
                                .arg(mcns).arg(healthyMcns).arg(mcnsBelow60).arg(removedMcns)
                                .arg(counts(brandPoints)).arg(creators)
                                .arg(creatorsAt100).arg(creatorsBelow80).arg(creatorsBelow40)
                                .arg(counts(ladder));
    qInfo().noquote() << figures;
    QCOMPARE(mcns, options.mcns);
    QVERIFY2(healthyMcns > mcns * 6 / 10 && healthyMcns < mcns * 95 / 100, qPrintable(figures));
    QVERIFY2(mcnsBelow60 >= mcns / 20 && removedMcns < mcns / 6, qPrintable(figures));
    // Brands: clean ones at 10, and every even step down to 0 (2-point violations, R-B1's suspension).
    for (int points : {10, 8, 6, 4, 2, 0})
        QVERIFY2(brandPoints.value(points) > 0, qPrintable(figures + QStringLiteral(" (no brand at %1)").arg(points)));
    QVERIFY2(brandPoints.value(10) < options.brands * 7 / 10, qPrintable(figures));
    QVERIFY2(creatorsAt100 > creators / 2 && creatorsAt100 < creators * 85 / 100, qPrintable(figures));
    QVERIFY2(creatorsBelow80 > creators / 25 && creatorsBelow40 > 0, qPrintable(figures));
    for (int level = 1; level <= 4; ++level)
        QVERIFY2(ladder.value(level) > 0, qPrintable(figures + QStringLiteral(" (nobody at L%1)").arg(level)));
    QVERIFY2(ladder.value(1) > ladder.value(3), qPrintable(figures));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
