// Special-governance campaigns (R-S3, docs/rules.md "Campaigns"): a spec's selection and actions, a preview
// that equals what apply writes, a refusal or a Cancel that leaves the store byte for byte as it was, every
// event linked, an undo that restores the earlier states, and report counts equal to direct counts. Real
// SQLite files, real imports, and redline-cli for the file-driven path.

#include "actions/actions.h"
#include "campaign/campaignspecloader.h"
#include "query/campaignquery.h"
#include "policy/policyloader.h"
#include "query/subjectquery.h"
#include "store/store.h"

#include "jsonlbytes.h"
#include "rawsqlite.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

const char kNow[] = "2026-12-01T00:00:00Z";

StoreOptions options()
{
    StoreOptions o;
    o.now = *parseInstant(QString::fromLatin1(kNow));
    o.actor = QStringLiteral("loader");
    return o;
}

// Three MCNs (a and c certified, b a sole proprietorship without one), three brands (x and y in medical
// aesthetics), three creators; p-1 and p-2 make medical claims on the medical topic, p-3 is clean.
const QByteArray kFixture =
    R"({"type":"subject","handle":"mcn-a","kind":"mcn","name":"A","at":"2024-01-01","attrs":{"region":"mainland","company":"limited","registered_mcn":true}})" "\n"
    R"({"type":"subject","handle":"mcn-b","kind":"mcn","name":"B","at":"2024-02-01","attrs":{"region":"mainland","company":"sole_proprietorship","registered_mcn":true}})" "\n"
    R"({"type":"subject","handle":"mcn-c","kind":"mcn","name":"C","at":"2024-03-01","attrs":{"region":"mainland","company":"limited","registered_mcn":true}})" "\n"
    R"({"type":"deposit","subject":"mcn-a","action":"pay","amount":20000,"at":"2024-01-02","by":"fin.zhao"})" "\n"
    R"({"type":"deposit","subject":"mcn-c","action":"pay","amount":20000,"at":"2024-03-02","by":"fin.zhao"})" "\n"
    R"({"type":"certification","subject":"mcn-a","action":"grant","at":"2024-01-03","by":"fin.zhao"})" "\n"
    R"({"type":"certification","subject":"mcn-c","action":"grant","at":"2024-03-03","by":"fin.zhao"})" "\n"
    R"({"type":"subject","handle":"brand-x","kind":"brand","name":"X","at":"2024-01-01","attrs":{"category":"medical_aesthetics"}})" "\n"
    R"({"type":"subject","handle":"brand-y","kind":"brand","name":"Y","at":"2024-01-01","attrs":{"category":"medical_aesthetics"}})" "\n"
    R"({"type":"subject","handle":"brand-z","kind":"brand","name":"Z","at":"2024-01-01","attrs":{"category":"food"}})" "\n"
    R"({"type":"subject","handle":"crt-a","kind":"creator","name":"A","at":"2025-01-01","attrs":{"category":"beauty"}})" "\n"
    R"({"type":"subject","handle":"crt-b","kind":"creator","name":"B","at":"2025-01-01","attrs":{"category":"beauty"}})" "\n"
    R"({"type":"subject","handle":"crt-c","kind":"creator","name":"C","at":"2025-01-01","attrs":{"category":"food"}})" "\n"
    R"({"type":"violation","id":"v-old","subject":"crt-b","code":"creator.diversion","at":"2026-10-01","by":"mod.li","source":"algorithm"})" "\n"
    R"({"type":"post","id":"p-1","subject":"crt-a","at":"2026-11-01T08:00:00Z","title":"脱发","text":"这款精华彻底根治脱发","topic":"medical"})" "\n"
    R"({"type":"post","id":"p-2","subject":"crt-b","at":"2026-11-02T08:00:00Z","text":"三天根治痘痘,无效退款","topic":"medical"})" "\n"
    R"({"type":"post","id":"p-3","subject":"crt-c","at":"2026-11-03T08:00:00Z","text":"今天的早餐是豆浆油条"})" "\n";

Session senior()
{
    return Session::signedIn(QStringLiteral("sen.zhou"), Role::SeniorModerator);
}

CampaignSpec specOf(const QByteArray &json)
{
    CampaignSpec spec;
    QString error;
    if (!CampaignSpecLoader::load(json, PolicyLoader::defaultPolicy(), &spec, &error))
        qFatal("spec: %s", qPrintable(error));
    return spec;
}

CampaignSummary summaryOf(const Store &store, const QString &id)
{
    StoreError error;
    const std::optional<CampaignSummary> summary = CampaignQuery(store).summary(id, &error);
    if (!summary)
        qFatal("summary: %s", qPrintable(error.message));
    return *summary;
}

struct Standing {
    int score = 0;
    QStringList restrictions;
    int ladder = 0;
    bool operator==(const Standing &o) const { return score == o.score && restrictions == o.restrictions && ladder == o.ladder; }
};

Standing standingOf(const Store &store, const QString &handle)
{
    StoreError error;
    const std::optional<CachedState> state = SubjectQuery(store).byHandle(handle, &error);
    if (!state)
        qFatal("no state of %s", qPrintable(handle));
    return {state->score, state->restrictions, state->ladderLevel};
}

} // namespace

class TestCampaign : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badSpecsAreRefusedNamingTheField_data();
    void badSpecsAreRefusedNamingTheField();
    void previewEqualsTheAppliedResult_data();
    void previewEqualsTheAppliedResult();
    void aRefusalInTheMiddleLeavesTheStoreUnchanged();
    void aCancelledCampaignLeavesTheStoreUnchanged();
    void aListedNameNotInTheStoreIsRefused();
    void everyEventIsLinkedAndAuditedOnce();
    void undoRestoresTheEarlierStates();
    void anUndoIsTakenOnce();
    void onlySeniorModeratorsApply();
    void removalsAreRefusedWhenAlreadySo();
    void cliAppliesAFileOrRefusesNamingTheFirstRefusal();

private:
    QString m_path;
    std::unique_ptr<Store> m_store;
};

void TestCampaign::init()
{
    static QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_store.reset();
    m_path = dir.filePath(QStringLiteral("%1.redline").arg(QTest::currentTestFunction()));
    QFile::remove(m_path);
    StoreError error;
    m_store = Store::create(m_path, options(), &error);
    QVERIFY2(m_store, qPrintable(error.message));
    QVERIFY2(JsonlBytes::import(*m_store, kFixture, &error), qPrintable(error.message));
}

void TestCampaign::badSpecsAreRefusedNamingTheField_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const char *spec, const char *error) {
        QTest::newRow(name) << QByteArray(spec) << QString::fromUtf8(error);
    };
    row("no name", R"({"reason":"r","select":{"kind":"brand"},"actions":[{"type":"ban"}]})", "name: missing");
    row("no reason", R"({"name":"n","select":{"kind":"brand"},"actions":[{"type":"ban"}]})", "reason: missing");
    row("unknown key", R"({"name":"n","reason":"r","selct":{}})", "selct");
    row("kind typo", R"({"name":"n","reason":"r","select":{"kind":"brands"},"actions":[{"type":"ban"}]})", "select.kind: \"brands\" is not one of");
    row("criterion of another kind", R"({"name":"n","reason":"r","select":{"kind":"brand","company":"limited"},"actions":[{"type":"ban"}]})",
        "select.company: only a selection of mcn");
    row("R-B2 ban needs brands", R"({"name":"n","reason":"r","select":{"kind":"creator"},"actions":[{"type":"ban"}]})",
        "actions[0].type: ban acts on brands");
    row("R-M4 revocation needs MCNs", R"({"name":"n","reason":"r","select":{"kind":"brand"},"actions":[{"type":"revoke_certification"}]})",
        "actions[0].type: revoke_certification acts on MCNs");
    row("removal needs posts", R"({"name":"n","reason":"r","select":{"kind":"creator"},"actions":[{"type":"remove_posts"}]})",
        "actions[0].type: remove_posts acts on posts");
    row("R-L2 code of another scale", R"({"name":"n","reason":"r","select":{"kind":"brand"},"actions":[{"type":"violation","code":"creator.diversion"}]})",
        "actions[0].code: \"creator.diversion\" is not a violation code for brand");
    row("R-L2 points out of range", R"({"name":"n","reason":"r","select":{"kind":"creator"},"actions":[{"type":"violation","code":"creator.diversion","points":400}]})",
        "actions[0].points: 400 is outside the range");
    row("no actions", R"({"name":"n","reason":"r","select":{"kind":"creator"},"actions":[]})", "actions: must not be empty");
    row("a note without text", R"({"name":"n","reason":"r","select":{"kind":"creator"},"actions":[{"type":"note"}]})", "actions[0].text: missing");
    row("bad instant", R"({"name":"n","reason":"r","at":"yesterday","select":{"kind":"creator"},"actions":[{"type":"note","text":"t"}]})",
        "at: \"yesterday\" is not an instant");
}

void TestCampaign::badSpecsAreRefusedNamingTheField()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, error);
    CampaignSpec out;
    QString message;
    QVERIFY(!CampaignSpecLoader::load(spec, m_store->policy(), &out, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

// Each action: the preview's counts are what apply writes, and the report's counts are direct counts of
// the linked events.
void TestCampaign::previewEqualsTheAppliedResult_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("action");
    QTest::addColumn<qint64>("accepted");
    QTest::addColumn<QByteArray>("direct"); // SQL counting the campaign's events of the action, ?1 = its seq
    QTest::newRow("R-M4 revoke certifications of limited companies")
        << QByteArray(R"({"name":"n","reason":"r","select":{"kind":"mcn","company":"limited","certified":true},"actions":[{"type":"revoke_certification"}]})")
        << "revoke_certification" << qint64(2) << QByteArray("type = 7 AND action = 1");
    QTest::newRow("R-B2 ban a category of brands")
        << QByteArray(R"({"name":"n","reason":"r","select":{"kind":"brand","category":"medical_aesthetics"},"actions":[{"type":"ban"}]})")
        << "ban" << qint64(2) << QByteArray("type = 11");
    QTest::newRow("R-S3 remove flagged medical posts")
        << QByteArray(R"({"name":"n","reason":"r","select":{"kind":"post","topic":"medical","findings":["medical_claim"]},"actions":[{"type":"remove_posts"}]})")
        << "remove_posts" << qint64(2) << QByteArray("type = 19 AND action = 0");
    QTest::newRow("R-S3 a violation on each post's creator")
        << QByteArray(R"({"name":"n","reason":"r","select":{"kind":"post","topic":"medical"},"actions":[{"type":"violation","code":"creator.unlicensed_medical","evidence":"{posts}"}]})")
        << "violation" << qint64(2) << QByteArray("type = 1");
    QTest::newRow("R-S3 a note on a category of creators")
        << QByteArray(R"({"name":"n","reason":"r","select":{"kind":"creator","category":"beauty"},"actions":[{"type":"note","text":"reviewed in {campaign}"}]})")
        << "note" << qint64(2) << QByteArray("type = 10");
}

void TestCampaign::previewEqualsTheAppliedResult()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, action);
    QFETCH(qint64, accepted);
    QFETCH(QByteArray, direct);
    Actions actions(*m_store, senior());
    CampaignOutcome preview;
    StoreError error;
    const QByteArray before = JsonlBytes::exportAll(*m_store);
    QVERIFY2(actions.previewCampaign(specOf(spec), &preview, &error), qPrintable(error.message));
    QCOMPARE(JsonlBytes::exportAll(*m_store), before); // a preview writes nothing
    QVERIFY(!preview.applied);
    QCOMPARE(preview.refusalCount, 0);
    QCOMPARE(preview.accepted.value(action), accepted);
    qint64 byKind = 0;
    for (qint64 n : std::as_const(preview.subjectsByKind))
        byKind += n;
    QCOMPARE(byKind, preview.subjects); // each subject counted once, under its own kind

    CampaignOutcome applied;
    QVERIFY2(actions.applyCampaign(specOf(spec), &applied, &error), qPrintable(error.message));
    QVERIFY(applied.applied);
    QCOMPARE(applied.id, preview.id);
    QCOMPARE(applied.accepted, preview.accepted);
    QCOMPARE(applied.notices, preview.notices);
    QCOMPARE(applied.targets, preview.targets);
    // The tiers the preview said the campaign leads to are the state cache's after it.
    QVERIFY(!preview.tiers.isEmpty());
    QVector<CampaignTierCount> now;
    QVERIFY2(CampaignQuery(*m_store).tierCounts(m_store->policy(), &now, &error), qPrintable(error.message));
    QCOMPARE(now.size(), preview.tiers.size());
    for (int i = 0; i < now.size(); ++i)
        QCOMPARE(now.at(i).before, preview.tiers.at(i).after);

    const qint64 seq = RawSqlite::count(m_path, "SELECT seq FROM events WHERE type = 12");
    const qint64 counted = RawSqlite::count(m_path, "SELECT count(*) FROM events WHERE campaign_seq = " + QByteArray::number(seq)
                                                        + " AND " + direct);
    QCOMPARE(counted, accepted);
    const CampaignSummary summary = summaryOf(*m_store, applied.id);
    const qint64 reported = action == QLatin1String("revoke_certification") ? summary.certificationsRevoked
                            : action == QLatin1String("ban")                 ? summary.brandsBanned
                            : action == QLatin1String("remove_posts")        ? summary.postsRemoved
                            : action == QLatin1String("violation")           ? summary.accountsPunished
                                                                             : summary.notes;
    QCOMPARE(reported, counted);
    QCOMPARE(summary.notices, RawSqlite::count(m_path, "SELECT count(*) FROM events WHERE type = 14 AND campaign_seq = " + QByteArray::number(seq)));
    QCOMPARE(summary.events, applied.eventsWritten - 1); // every event but the header is linked
    QCOMPARE(summary.by, QStringLiteral("sen.zhou"));
}

// mcn-b, between mcn-a and mcn-c, holds no certification: the preview lists it and goes on; apply names
// it and writes nothing at all.
void TestCampaign::aRefusalInTheMiddleLeavesTheStoreUnchanged()
{
    const CampaignSpec spec = specOf(R"({"name":"n","reason":"r","select":{"kind":"mcn"},"actions":[{"type":"revoke_certification"}]})");
    Actions actions(*m_store, senior());
    CampaignOutcome preview;
    StoreError error;
    QVERIFY2(actions.previewCampaign(spec, &preview, &error), qPrintable(error.message));
    QCOMPARE(preview.accepted.value(QStringLiteral("revoke_certification")), 2);
    QCOMPARE(preview.refusalCount, 1);
    QCOMPARE(preview.refusals.first().target, QStringLiteral("mcn-b"));
    QVERIFY2(preview.refusals.first().reason.contains(QStringLiteral("no certification to revoke")), qPrintable(preview.refusals.first().reason));

    const QByteArray before = JsonlBytes::exportAll(*m_store);
    const qint64 audits = RawSqlite::count(m_path, "SELECT count(*) FROM audit");
    CampaignOutcome applied;
    StoreError refused;
    QVERIFY(!actions.applyCampaign(spec, &applied, &refused));
    QCOMPARE(refused.kind, StoreError::Kind::BadInput);
    QVERIFY2(refused.message.startsWith(QStringLiteral("mcn-b (revoke_certification)")), qPrintable(refused.message));
    QCOMPARE(JsonlBytes::exportAll(*m_store), before);
    QCOMPARE(RawSqlite::count(m_path, "SELECT count(*) FROM audit"), audits);
    QVERIFY(standingOf(*m_store, QStringLiteral("mcn-a")) == standingOf(*m_store, QStringLiteral("mcn-a")));
}

void TestCampaign::aCancelledCampaignLeavesTheStoreUnchanged()
{
    QByteArray more;
    for (int i = 0; i < 450; ++i)
        more += QStringLiteral(R"({"type":"subject","handle":"crt-m%1","kind":"creator","name":"M","at":"2025-06-01","attrs":{"category":"beauty"}})" "\n")
                    .arg(i).toUtf8();
    StoreError error;
    QVERIFY2(JsonlBytes::import(*m_store, more, &error), qPrintable(error.message));
    const QByteArray before = JsonlBytes::exportAll(*m_store);
    const CampaignSpec spec = specOf(R"({"name":"n","reason":"r","select":{"kind":"creator","category":"beauty"},"actions":[{"type":"violation","code":"creator.diversion"}]})");
    Actions actions(*m_store, senior());
    CampaignOutcome outcome;
    qint64 calls = 0;
    const auto cancelHalfWay = [&calls](qint64 done, qint64) { ++calls; return done < 250; };
    QVERIFY(!actions.applyCampaign(spec, &outcome, &error, cancelHalfWay));
    QVERIFY2(error.message.contains(QStringLiteral("cancelled")), qPrintable(error.message));
    QVERIFY(calls >= 2);
    QCOMPARE(JsonlBytes::exportAll(*m_store), before);
}

void TestCampaign::aListedNameNotInTheStoreIsRefused()
{
    const CampaignSpec spec = specOf(R"({"name":"n","reason":"r","select":{"kind":"brand","handles":["brand-x","brand-nope","crt-a"]},"actions":[{"type":"ban"}]})");
    Actions actions(*m_store, senior());
    CampaignOutcome preview;
    StoreError error;
    QVERIFY2(actions.previewCampaign(spec, &preview, &error), qPrintable(error.message));
    QCOMPARE(preview.accepted.value(QStringLiteral("ban")), 1);
    QCOMPARE(preview.refusalCount, 2);
    QCOMPARE(preview.refusals.at(0).reason, QStringLiteral("no subject brand-nope in the store"));
    QCOMPARE(preview.refusals.at(1).reason, QStringLiteral("crt-a is a creator, not a brand"));
    const QByteArray before = JsonlBytes::exportAll(*m_store);
    QVERIFY(!actions.applyCampaign(spec, &preview, &error));
    QCOMPARE(error.message, QStringLiteral("select.handles: no subject brand-nope in the store"));
    QCOMPARE(JsonlBytes::exportAll(*m_store), before);
}

// Every event after the header names the campaign, the notices too, and the whole campaign is one audit row.
void TestCampaign::everyEventIsLinkedAndAuditedOnce()
{
    const CampaignSpec spec = specOf(R"({"name":"医美专项治理","reason":"seed 004","select":{"kind":"post","topic":"medical"},)"
                                     R"("actions":[{"type":"remove_posts"},{"type":"violation","code":"creator.unlicensed_medical"}]})");
    const qint64 audits = RawSqlite::count(m_path, "SELECT count(*) FROM audit");
    const qint64 lastSeq = RawSqlite::count(m_path, "SELECT max(seq) FROM events");
    Actions actions(*m_store, senior());
    CampaignOutcome applied;
    StoreError error;
    QVERIFY2(actions.applyCampaign(spec, &applied, &error), qPrintable(error.message));
    QVERIFY(applied.notices > 0);
    const QByteArray after = "seq > " + QByteArray::number(lastSeq);
    QCOMPARE(RawSqlite::count(m_path, "SELECT count(*) FROM events WHERE " + after), applied.eventsWritten);
    QCOMPARE(RawSqlite::count(m_path, "SELECT count(*) FROM events WHERE type <> 12 AND campaign_seq IS NULL AND " + after), 0);
    QCOMPARE(RawSqlite::count(m_path, "SELECT count(*) FROM audit"), audits + 1);
    QCOMPARE(RawSqlite::column(m_path, "SELECT action FROM audit ORDER BY id DESC LIMIT 1"), QStringList{QStringLiteral("start_campaign")});
    QVERIFY2(m_store->verify({}, &error), qPrintable(error.message));
    // The header keeps the spec, so the campaign can be read back and re-run from it.
    const QStringList attrs = RawSqlite::column(m_path, "SELECT attrs FROM events WHERE type = 12");
    QVERIFY(attrs.first().contains(QStringLiteral("\"topic\":\"medical\"")));
}

void TestCampaign::undoRestoresTheEarlierStates()
{
    const QStringList creators{QStringLiteral("crt-a"), QStringLiteral("crt-b")};
    QHash<QString, Standing> before;
    for (const QString &c : creators)
        before.insert(c, standingOf(*m_store, c));
    const CampaignSpec spec = specOf(R"({"name":"n","reason":"r","select":{"kind":"post","topic":"medical"},)"
                                     R"("actions":[{"type":"remove_posts"},{"type":"violation","code":"creator.unlicensed_medical"},{"type":"note","text":"t"}]})");
    Actions actions(*m_store, senior());
    CampaignOutcome applied;
    StoreError error;
    QVERIFY2(actions.applyCampaign(spec, &applied, &error), qPrintable(error.message));
    for (const QString &c : creators)
        QVERIFY2(!(standingOf(*m_store, c) == before.value(c)), qPrintable(c)); // the campaign changed them

    // Someone else undoes it: the retractions are the undo's, not their recorder's (docs/rules.md).
    Actions other(*m_store, Session::signedIn(QStringLiteral("sen.wu"), Role::SeniorModerator));
    CampaignOutcome preview;
    QVERIFY2(other.previewUndo(applied.id, &preview, &error), qPrintable(error.message));
    QCOMPARE(preview.accepted.value(QStringLiteral("retraction")), 2);
    QCOMPARE(preview.accepted.value(QStringLiteral("restore_posts")), 2);
    QCOMPARE(preview.kept.value(QStringLiteral("note")), 2);
    CampaignOutcome undone;
    QVERIFY2(other.undoCampaign(applied.id, &undone, &error), qPrintable(error.message));
    QCOMPARE(undone.accepted, preview.accepted);
    QCOMPARE(undone.id, applied.id + QStringLiteral("-undo"));
    for (const QString &c : creators)
        QVERIFY2(standingOf(*m_store, c) == before.value(c), qPrintable(c));
    QCOMPARE(summaryOf(*m_store, applied.id).undoneBy, undone.id);
    const CampaignSummary undo = summaryOf(*m_store, undone.id);
    QCOMPARE(undo.retractions, 2);
    QCOMPARE(undo.postsRestored, 2);
    // The posts are up again: they can be removed again.
    QVERIFY2(actions.removePost(QStringLiteral("p-1"), QStringLiteral("again"), &error), qPrintable(error.message));
    QVERIFY2(m_store->verify({}, &error), qPrintable(error.message));
}

void TestCampaign::anUndoIsTakenOnce()
{
    Actions actions(*m_store, senior());
    CampaignOutcome applied;
    StoreError error;
    QVERIFY2(actions.applyCampaign(specOf(R"({"name":"n","reason":"r","select":{"kind":"brand","category":"food"},"actions":[{"type":"ban"}]})"),
                                   &applied, &error),
             qPrintable(error.message));
    CampaignOutcome preview;
    QVERIFY2(actions.previewUndo(applied.id, &preview, &error), qPrintable(error.message));
    QCOMPARE(preview.kept.value(QStringLiteral("ban")), 1); // R-B2: permanent
    QVERIFY(preview.keptReasons.first().reason.contains(QStringLiteral("R-B2")));
    StoreError nothing;
    QVERIFY(!actions.undoCampaign(applied.id, &preview, &nothing)); // a ban only: nothing to reverse
    QVERIFY2(nothing.message.contains(QStringLiteral("nothing an undo can reverse")), qPrintable(nothing.message));

    QVERIFY2(actions.applyCampaign(specOf(R"({"name":"n","reason":"r","select":{"kind":"creator","category":"food"},"actions":[{"type":"violation","code":"creator.diversion"}]})"),
                                   &applied, &error),
             qPrintable(error.message));
    CampaignOutcome undone;
    QVERIFY2(actions.undoCampaign(applied.id, &undone, &error), qPrintable(error.message));
    StoreError twice;
    QVERIFY(!actions.undoCampaign(applied.id, &undone, &twice));
    QVERIFY2(twice.message.contains(QStringLiteral("already undone by %1").arg(undone.id)), qPrintable(twice.message));
    StoreError ofUndo;
    QVERIFY(!actions.undoCampaign(undone.id, &undone, &ofUndo));
    QVERIFY2(ofUndo.message.contains(QStringLiteral("is the undo of")), qPrintable(ofUndo.message));
}

void TestCampaign::onlySeniorModeratorsApply()
{
    const CampaignSpec spec = specOf(R"({"name":"n","reason":"r","select":{"kind":"brand"},"actions":[{"type":"ban"}]})");
    Actions moderator(*m_store, Session::signedIn(QStringLiteral("mod.li"), Role::Moderator));
    CampaignOutcome outcome;
    StoreError error;
    QVERIFY2(moderator.previewCampaign(spec, &outcome, &error), qPrintable(error.message)); // a preview writes nothing
    QCOMPARE(outcome.accepted.value(QStringLiteral("ban")), 3);
    QVERIFY(!moderator.applyCampaign(spec, &outcome, &error));
    QCOMPARE(error.kind, StoreError::Kind::NotPermitted);
    QCOMPARE(RawSqlite::count(m_path, "SELECT count(*) FROM events WHERE type = 12"), 0);
}

void TestCampaign::removalsAreRefusedWhenAlreadySo()
{
    Actions actions(*m_store, Session::signedIn(QStringLiteral("mod.li"), Role::Moderator));
    StoreError error;
    QVERIFY2(actions.removePost(QStringLiteral("p-3"), QStringLiteral("spam"), &error), qPrintable(error.message));
    StoreError again; // (the same line again would be the same event: a no-op, as on import)
    QVERIFY(!actions.removePost(QStringLiteral("p-3"), QStringLiteral("spam, again"), &again));
    QCOMPARE(again.message, QStringLiteral("field action: post p-3 was already removed by mod.li on %1").arg(QString::fromLatin1(kNow)));
    QVERIFY2(actions.restorePost(QStringLiteral("p-3"), QStringLiteral("appeal upheld"), &error), qPrintable(error.message));
    StoreError notRemoved;
    QVERIFY(!actions.restorePost(QStringLiteral("p-3"), QString(), &notRemoved));
    QVERIFY2(notRemoved.message.contains(QStringLiteral("is not removed")), qPrintable(notRemoved.message));
    StoreError notAPost;
    QVERIFY(!actions.removePost(QStringLiteral("v-old"), QString(), &notAPost));
    QVERIFY2(notAPost.message.contains(QStringLiteral("no post \"v-old\"")), qPrintable(notAPost.message));
    // A removed post's campaign preview refuses it, naming who removed it.
    QVERIFY2(actions.removePost(QStringLiteral("p-1"), QStringLiteral("spam"), &error), qPrintable(error.message));
    CampaignOutcome preview;
    Actions lead(*m_store, senior());
    QVERIFY2(lead.previewCampaign(specOf(R"({"name":"n","reason":"r","select":{"kind":"post","topic":"medical"},"actions":[{"type":"remove_posts"}]})"),
                                  &preview, &error),
             qPrintable(error.message));
    QCOMPARE(preview.refusalCount, 1);
    QCOMPARE(preview.refusals.first().target, QStringLiteral("p-1"));
    QVERIFY(preview.refusals.first().reason.contains(QStringLiteral("already removed by mod.li")));
}

void TestCampaign::cliAppliesAFileOrRefusesNamingTheFirstRefusal()
{
    m_store.reset();
    QTemporaryDir dir;
    const auto run = [this](const QStringList &args, QByteArray *out) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REDLINE_NOW"), QString::fromLatin1(kNow));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(REDLINE_CLI), QStringList{QStringLiteral("--db"), m_path} + args);
        if (!cli.waitForFinished(60000))
            return -1;
        *out = cli.readAllStandardOutput() + cli.readAllStandardError();
        return cli.exitCode();
    };
    const auto write = [&dir](const char *name, const QByteArray &json) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        file.open(QIODevice::WriteOnly);
        file.write(json);
        return file.fileName();
    };
    const QString refused = write("refused.json", R"({"name":"n","reason":"r","select":{"kind":"mcn"},"actions":[{"type":"revoke_certification"}]})");
    const QString ok = write("ok.json", R"({"id":"c-med","name":"n","reason":"r","select":{"kind":"mcn","certified":true},"actions":[{"type":"revoke_certification"}]})");
    QByteArray out;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--out"), dir.filePath(QStringLiteral("before.jsonl"))}, &out), 0);
    QCOMPARE(run({QStringLiteral("campaign"), QStringLiteral("apply"), refused}, &out), 2);
    QVERIFY2(out.contains("mcn-b (revoke_certification)"), out.constData());
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--out"), dir.filePath(QStringLiteral("after.jsonl"))}, &out), 0);
    QFile before(dir.filePath(QStringLiteral("before.jsonl")));
    QFile after(dir.filePath(QStringLiteral("after.jsonl")));
    QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before.readAll());

    QCOMPARE(run({QStringLiteral("campaign"), QStringLiteral("preview"), ok, QStringLiteral("--json")}, &out), 0);
    const QJsonObject preview = QJsonDocument::fromJson(out).object();
    QCOMPARE(preview.value(QStringLiteral("accepted")).toObject().value(QStringLiteral("revoke_certification")).toInt(), 2);
    QCOMPARE(preview.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(run({QStringLiteral("campaign"), QStringLiteral("apply"), ok}, &out), 0);
    QCOMPARE(run({QStringLiteral("campaign"), QStringLiteral("report"), QStringLiteral("c-med"), QStringLiteral("--json")}, &out), 0);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QCOMPARE(report.value(QStringLiteral("certifications_revoked")).toInt(), 2);
    const QString csv = dir.filePath(QStringLiteral("c-med.csv"));
    QCOMPARE(run({QStringLiteral("campaign"), QStringLiteral("report"), QStringLiteral("c-med"), QStringLiteral("--out"), csv}, &out), 0);
    QFile rows(csv);
    QVERIFY(rows.open(QIODevice::ReadOnly));
    QCOMPARE(rows.readAll().count('\n'), 3); // the header and one row per revocation
    QCOMPARE(run({QStringLiteral("campaign"), QStringLiteral("apply"), ok}, &out), 2); // the id is taken now
    QVERIFY2(out.contains("c-med is already an id in the store"), out.constData());
    QCOMPARE(run({QStringLiteral("campaign"), QStringLiteral("list")}, &out), 0);
    QVERIFY(out.contains("c-med"));
}

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
