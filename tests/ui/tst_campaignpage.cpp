// The Campaigns page and wizard as a senior moderator uses them (R-S3, docs/rules.md "Campaigns"): real
// widgets offscreen on a real store. The wizard's preview shows the outcome core computed; Apply writes it
// and the page lists it with CampaignQuery's counts; "Act on all N shown…" hands a list's filter over as the
// selection; a banned brand's search shows the R-B2 notice; the report PDF is written.

#include "actions/actions.h"
#include "campaign/campaignactioneditor.h"
#include "campaign/campaigneventmodel.h"
#include "campaign/campaignpreviewview.h"
#include "campaign/campaignreportpdf.h"
#include "campaign/campaignspage.h"
#include "campaign/campaignspecform.h"
#include "campaign/campaignwizard.h"
#include "campaign/campaignspecloader.h"
#include "consolefixture.h"
#include "io/campaigncsvexporter.h"
#include "query/campaignquery.h"
#include "query/subjectquery.h"
#include "store/store.h"
#include "subjectbrowserpage.h"
#include "subjectfilterbar.h"
#include "subjecttablemodel.h"
#include "triage/triagepage.h"
#include "writegate.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

const QString kSenior = QStringLiteral("smod.gao");

// A campaign spec as the CLI reads it: a note (or another action) on an explicit list.
CampaignSpec specOf(const Store &store, const QByteArray &json)
{
    CampaignSpec spec;
    QString error;
    if (!CampaignSpecLoader::load(json, store.policy(), &spec, &error))
        qFatal("spec: %s", qPrintable(error));
    return spec;
}

void fillForm(CampaignSpecForm *form, const QString &kind, const QStringList &list)
{
    form->nameEdit()->setText(QStringLiteral("Unreported ads round 1"));
    form->reasonEdit()->setPlainText(QStringLiteral("Paid posts passed off as diaries (水下笔记)"));
    form->kindCombo()->setCurrentIndex(form->kindCombo()->findData(kind));
    form->listEdit()->setPlainText(list.join(QLatin1Char('\n')));
}

void chooseViolation(CampaignActionEditor *editor, const QString &code)
{
    editor->typeCombo()->setCurrentIndex(editor->typeCombo()->findData(QStringLiteral("violation")));
    editor->codeCombo()->setCurrentIndex(editor->codeCombo()->findData(code));
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestCampaignPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wizardPreviewShowsTheOutcome();
    void applyWritesAndThePageListsItsCounts();
    void specFileRoundTripsAndBadSpecsAreNamed();
    void onlySeniorModeratorsMayApply();
    void refusalKeepsApplyDisabled_data();
    void refusalKeepsApplyDisabled();
    void actOnAllShownPrefillsTheListFilter();
    void triageActOnAllSelectsTheState();
    void bannedBrandSearchShowsTheNotice();
    void reportExportsAreWritten();

private:
    QString applyDirectly(const QByteArray &json);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestCampaignPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("redline-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestCampaignPage::init()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("console.redline")));
    QSettings().clear();
    m_store = ConsoleFixture::create(m_dir, 120, kSenior);
}

QString TestCampaignPage::applyDirectly(const QByteArray &json)
{
    CampaignOutcome outcome;
    StoreError error;
    if (!Actions(*m_store, Session::open(kSenior)).applyCampaign(specOf(*m_store, json), &outcome, &error))
        qFatal("apply: %s", qPrintable(error.message));
    return outcome.id;
}

void TestCampaignPage::wizardPreviewShowsTheOutcome()
{
    CampaignsPage page(*m_store);
    page.setSession(Session::open(kSenior));
    std::unique_ptr<CampaignWizard> wizard(page.createWizard());
    fillForm(wizard->form(), QStringLiteral("creator"), {QStringLiteral("crt-g0001"), QStringLiteral("crt-g0002"), QStringLiteral("crt-lin")});
    chooseViolation(wizard->form()->actionEditors().first(), QStringLiteral("creator.unreported_ad"));
    QVERIFY(!wizard->applyButton()->isEnabled());
    QVERIFY(wizard->runPreview());

    // The same spec previewed directly: the wizard shows core's outcome, row for row.
    CampaignSpec spec;
    QString error;
    QVERIFY2(wizard->form()->spec(&spec, &error), qPrintable(error));
    CampaignOutcome expected;
    StoreError storeError;
    QVERIFY(Actions(*m_store, Session::open(kSenior)).previewCampaign(spec, &expected, &storeError));
    QCOMPARE(expected.accepted.value(QStringLiteral("violation")), qint64(3));

    const QTableWidget *counts = wizard->preview()->countsTable();
    QCOMPARE(counts->rowCount(), 1);
    QCOMPARE(cellText(counts, 0, 0), CampaignPreviewView::actionLabel(QStringLiteral("violation")));
    QCOMPARE(cellText(counts, 0, 1), QStringLiteral("3"));
    QCOMPARE(cellText(counts, 0, 2), QStringLiteral("0"));
    const QTableWidget *sample = wizard->preview()->sampleTable();
    QCOMPARE(sample->rowCount(), int(expected.sample.size()));
    for (int r = 0; r < sample->rowCount(); ++r) {
        const int index = wizard->preview()->sampleIndex(r);
        QVERIFY(index >= 0);
        QCOMPARE(cellText(sample, r, 0), expected.sample.at(index).target);
        const ActionConsequences &c = expected.sample.at(index).consequences;
        QVERIFY(cellText(sample, r, 3).contains(QStringLiteral("%1 → %2").arg(c.scoreBefore()).arg(c.scoreAfter())));
    }
    QCOMPARE(wizard->preview()->refusalsTable()->rowCount(), 0);
    QVERIFY2(wizard->applyButton()->isEnabled(), qPrintable(wizard->applyBlockedReason()));

    // A change to the spec after the preview asks for a new one.
    wizard->form()->nameEdit()->setText(QStringLiteral("Another name"));
    QVERIFY(!wizard->applyButton()->isEnabled());
}

void TestCampaignPage::applyWritesAndThePageListsItsCounts()
{
    CampaignsPage page(*m_store);
    page.setSession(Session::open(kSenior));
    QCOMPARE(page.campaignTable()->rowCount(), 0);
    std::unique_ptr<CampaignWizard> wizard(page.createWizard());
    fillForm(wizard->form(), QStringLiteral("creator"), {QStringLiteral("crt-g0001"), QStringLiteral("crt-g0002"), QStringLiteral("crt-wang")});
    chooseViolation(wizard->form()->actionEditors().first(), QStringLiteral("creator.unreported_ad"));
    QVERIFY(wizard->runPreview());
    const qint64 previewed = wizard->preview()->outcome().accepted.value(QStringLiteral("violation"));
    QVERIFY(wizard->runApply(false));
    const QString id = wizard->appliedId();
    QVERIFY(!id.isEmpty());
    QVERIFY(!wizard->applyButton()->isEnabled()); // once only
    QVERIFY(wizard->preview()->outcome().applied);
    QCOMPARE(wizard->preview()->outcome().accepted.value(QStringLiteral("violation")), previewed);
    QVERIFY(!wizard->preview()->outcome().tiers.isEmpty());

    StoreError error;
    const std::optional<CampaignSummary> summary = CampaignQuery(*m_store).summary(id, &error);
    QVERIFY(summary);
    QCOMPARE(summary->violations, previewed);
    QCOMPARE(page.campaignTable()->rowCount(), 1);
    QCOMPARE(page.currentCampaign(), id);
    QCOMPARE(cellText(page.campaignTable(), 0, 0), id);
    QCOMPARE(cellText(page.campaignTable(), 0, 7), QString::number(summary->accountsPunished)); // accounts punished
    QCOMPARE(summary->accountsPunished, qint64(3));
    QVector<CampaignEventRow> events;
    QVERIFY(CampaignQuery(*m_store).events(id, &events, &error));
    QCOMPARE(page.eventModel()->rowCount(), int(events.size()));
    QCOMPARE(page.eventModel()->index(0, CampaignEventModel::Subject).data().toString(), events.first().subject);

    // Double-click (activation) opens the subject's case file, as on the other pages.
    QSignalSpy open(&page, &Page::openSubjectRequested);
    emit page.eventTable()->activated(page.eventModel()->index(0, 0));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), events.first().subject);

    // The undo, applied without the confirmation, is listed as undoing it.
    QVERIFY(page.undoCampaign(id, false));
    QCOMPARE(page.campaignTable()->rowCount(), 2);
    const std::optional<CampaignSummary> after = CampaignQuery(*m_store).summary(id, &error);
    QVERIFY(after && !after->undoneBy.isEmpty());
}

// Save spec… writes what Open spec… reads back; an incomplete spec is refused naming its field, and nothing
// is previewed.
void TestCampaignPage::specFileRoundTripsAndBadSpecsAreNamed()
{
    CampaignsPage page(*m_store);
    page.setSession(Session::open(kSenior));
    std::unique_ptr<CampaignWizard> wizard(page.createWizard());
    fillForm(wizard->form(), QStringLiteral("mcn"), {QStringLiteral("mcn-lumen"), QStringLiteral("mcn-starriver")});
    CampaignActionEditor *editor = wizard->form()->actionEditors().first();
    chooseViolation(editor, QStringLiteral("mcn.fabricated_engagement"));
    wizard->form()->addAction()->typeCombo()->setCurrentIndex(0); // revoke_certification, the first an MCN allows
    const QJsonObject written = wizard->form()->toJson();
    const QString path = m_dir.filePath(QStringLiteral("spec.json"));
    QString error;
    QVERIFY2(wizard->saveSpec(path, &error), qPrintable(error));

    std::unique_ptr<CampaignWizard> reopened(page.createWizard());
    QVERIFY2(reopened->openSpec(path, &error), qPrintable(error));
    QCOMPARE(reopened->form()->toJson(), written);
    QCOMPARE(reopened->form()->actionEditors().size(), 2);

    reopened->form()->nameEdit()->clear();
    QVERIFY(!reopened->runPreview());
    QVERIFY(reopened->preview()->headline()->text().contains(QStringLiteral("name")));
    QVERIFY(!reopened->preview()->hasOutcome());
    QVERIFY(!reopened->saveSpec(path, &error));
    QVERIFY(error.contains(QStringLiteral("name")));

    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"name":"x","reason":"y","select":{"kind":"mcn","topic":"medical"},"actions":[{"type":"note","text":"z"}]})");
    bad.close();
    QVERIFY(!reopened->openSpec(bad.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("select.topic")), qPrintable(error));
}

// docs/roles.md: start_campaign is the senior moderator's; a moderator may preview, and is told who may apply.
void TestCampaignPage::onlySeniorModeratorsMayApply()
{
    const QString id = applyDirectly(R"({"name":"Notes","reason":"Review","select":{"kind":"creator","handles":["crt-g0001"]},"actions":[{"type":"note","text":"reviewed"}]})");
    const Session moderator = Session::signedIn(QStringLiteral("mod.li"), Role::Moderator);
    CampaignsPage page(*m_store);
    page.setSession(moderator);
    QVERIFY(page.selectCampaign(id));
    const QString refusal = WriteGate::refusal(m_store.get(), moderator, Permission::StartCampaign);
    QVERIFY(!refusal.isEmpty());
    QVERIFY(!page.undoButton()->isEnabled());
    QCOMPARE(page.undoButton()->toolTip(), refusal);

    std::unique_ptr<CampaignWizard> wizard(page.createWizard());
    fillForm(wizard->form(), QStringLiteral("creator"), {QStringLiteral("crt-g0002")});
    chooseViolation(wizard->form()->actionEditors().first(), QStringLiteral("creator.unreported_ad"));
    QVERIFY(wizard->runPreview());
    QCOMPARE(wizard->preview()->outcome().accepted.value(QStringLiteral("violation")), qint64(1));
    QVERIFY(!wizard->applyButton()->isEnabled());
    QCOMPARE(wizard->applyButton()->toolTip(), refusal);
    QVERIFY(!wizard->runApply(false));
}

void TestCampaignPage::refusalKeepsApplyDisabled_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("list");
    // R-M4: an MCN without a certification in force has none to revoke.
    QTest::newRow("R-S3 revoke without certification") << QStringLiteral("mcn") << QStringLiteral("revoke_certification")
                                                         << QStringList{QStringLiteral("mcn-lumen")};
    // A name in the list that is not in the store.
    QTest::newRow("R-S3 unknown handle") << QStringLiteral("creator") << QStringLiteral("violation")
                                         << QStringList{QStringLiteral("crt-g0001"), QStringLiteral("crt-nobody")};
}

void TestCampaignPage::refusalKeepsApplyDisabled()
{
    QFETCH(QString, kind);
    QFETCH(QString, action);
    QFETCH(QStringList, list);
    CampaignsPage page(*m_store);
    page.setSession(Session::open(kSenior));
    std::unique_ptr<CampaignWizard> wizard(page.createWizard());
    fillForm(wizard->form(), kind, list);
    CampaignActionEditor *editor = wizard->form()->actionEditors().first();
    editor->typeCombo()->setCurrentIndex(editor->typeCombo()->findData(action));
    QCOMPARE(editor->typeCombo()->currentData().toString(), action);
    QVERIFY(wizard->runPreview());
    const CampaignOutcome &o = wizard->preview()->outcome();
    QVERIFY(o.refusalCount > 0 || !o.refusals.isEmpty());
    QCOMPARE(wizard->preview()->refusalsTable()->rowCount(), int(o.refusals.size()));
    QVERIFY(!wizard->applyButton()->isEnabled());
    QVERIFY(wizard->applyBlockedReason().contains(QStringLiteral("refused")));
    QVERIFY(!wizard->runApply(false));
    StoreError error;
    QVector<CampaignSummary> campaigns;
    QVERIFY(CampaignQuery(*m_store).list(&campaigns, &error));
    QVERIFY(campaigns.isEmpty());
}

void TestCampaignPage::actOnAllShownPrefillsTheListFilter()
{
    SubjectBrowserPage browser(*m_store, SubjectKind::Creator);
    browser.setSession(Session::open(kSenior));
    browser.filterBar()->findChild<QSpinBox *>(QStringLiteral("maxScore"))->setValue(98);
    browser.filterBar()->setSearchText(QStringLiteral("crt-g0"));
    QTRY_VERIFY(browser.actOnAllButton()->text().contains(QStringLiteral("3")));

    std::unique_ptr<CampaignWizard> wizard(browser.createCampaignWizard());
    const QJsonObject select = wizard->form()->toJson().value(QStringLiteral("select")).toObject();
    QCOMPARE(select.value(QStringLiteral("kind")).toString(), QStringLiteral("creator"));
    QCOMPARE(select.value(QStringLiteral("search")).toString(), QStringLiteral("crt-g0"));
    QCOMPARE(select.value(QStringLiteral("max_score")).toInt(), 98);
    QVERIFY(!select.contains(QStringLiteral("min_score")));
    QVERIFY(!select.contains(QStringLiteral("band")));
    QVERIFY(!wizard->form()->listFilterLabel()->text().isEmpty());

    // The campaign selects exactly what the list shows.
    fillForm(wizard->form(), QStringLiteral("creator"), {});
    wizard->form()->actionEditors().first()->typeCombo()->setCurrentIndex(
        wizard->form()->actionEditors().first()->typeCombo()->findData(QStringLiteral("note")));
    wizard->form()->actionEditors().first()->findChild<QPlainTextEdit *>(QStringLiteral("actionText"))->setPlainText(QStringLiteral("reviewed"));
    QVERIFY(wizard->runPreview());
    StoreError error;
    const qint64 shown = SubjectQuery(*m_store).count(browser.model()->spec(), &error);
    QCOMPARE(shown, qint64(3)); // crt-g0000, crt-g0050, crt-g0100 at 98
    QCOMPARE(wizard->preview()->outcome().targets, shown);

    // The MCN filter hands over the MCN's handle.
    SubjectBrowserPage creators(*m_store, SubjectKind::Creator);
    StoreError mcnError;
    for (const McnChoice &mcn : SubjectQuery(*m_store).mcns(&mcnError)) {
        if (mcn.handle == QLatin1String("mcn-starriver"))
            creators.filterByMcn(mcn.id);
    }
    std::unique_ptr<CampaignWizard> byMcn(creators.createCampaignWizard());
    QCOMPARE(byMcn->form()->toJson().value(QStringLiteral("select")).toObject().value(QStringLiteral("mcn")).toString(),
             QStringLiteral("mcn-starriver"));
}

void TestCampaignPage::triageActOnAllSelectsTheState()
{
    ConsoleFixture::append(*m_store, QStringLiteral(R"({"type":"post","id":"p-1","subject":"crt-lin","at":"2025-02-08T08:00:00Z","text":"合作请打 139 1234 5678"})"));
    ConsoleFixture::append(*m_store, QStringLiteral(R"({"type":"post","id":"p-2","subject":"crt-wang","at":"2025-02-08T09:00:00Z","text":"加我 138 0013 8000 领券"})"));
    TriagePage page(*m_store);
    page.setSession(Session::open(kSenior));
    page.resize(1400, 900);
    page.show(); // a hidden queue reads only when shown
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.filterCombo()->setCurrentIndex(page.filterCombo()->findData(QStringLiteral("todo")));
    QVERIFY(!page.actOnAllButton()->isEnabled());
    QVERIFY(page.createCampaignWizard() == nullptr);

    page.filterCombo()->setCurrentIndex(page.filterCombo()->findData(QStringLiteral("open")));
    QTRY_VERIFY(page.actOnAllButton()->isEnabled());
    QVERIFY(page.actOnAllButton()->text().contains(QStringLiteral("2")));
    std::unique_ptr<CampaignWizard> wizard(page.createCampaignWizard());
    QVERIFY(wizard);
    const QJsonObject select = wizard->form()->toJson().value(QStringLiteral("select")).toObject();
    QCOMPARE(select.value(QStringLiteral("kind")).toString(), QStringLiteral("post"));
    QCOMPARE(select.value(QStringLiteral("triage")).toString(), QStringLiteral("open"));
    fillForm(wizard->form(), QStringLiteral("post"), {});
    CampaignActionEditor *editor = wizard->form()->actionEditors().first();
    editor->typeCombo()->setCurrentIndex(editor->typeCombo()->findData(QStringLiteral("remove_posts")));
    QVERIFY(wizard->runPreview());
    QCOMPARE(wizard->preview()->outcome().accepted.value(QStringLiteral("remove_posts")), qint64(2));
}

void TestCampaignPage::bannedBrandSearchShowsTheNotice()
{
    const QString id = applyDirectly(R"({"name":"Brand round","reason":"False marketing","select":{"kind":"brand","handles":["brand-huaxi"]},"actions":[{"type":"ban"}]})");
    SubjectBrowserPage brands(*m_store, SubjectKind::Brand);
    brands.setSession(Session::open(kSenior));
    QVERIFY(brands.banNotice().isEmpty());
    brands.filterBar()->setSearchText(QStringLiteral("花溪")); // by name
    QTRY_VERIFY(!brands.banNotice().isEmpty());
    QVERIFY(brands.banNotice().contains(QStringLiteral("suspected of false marketing")));
    QVERIFY(brands.banNotice().contains(id));
    brands.filterBar()->setSearchText(QStringLiteral("brand-oak")); // not banned: its results
    QTRY_VERIFY(brands.banNotice().isEmpty());
    QCOMPARE(brands.model()->rowCount(), 1);
    brands.filterBar()->setSearchText(QStringLiteral("BRAND-HUAXI")); // by handle
    QTRY_VERIFY(!brands.banNotice().isEmpty());
}

void TestCampaignPage::reportExportsAreWritten()
{
    const QString id = applyDirectly(R"({"name":"Unreported ads","reason":"水下笔记","select":{"kind":"creator","handles":["crt-g0001","crt-g0002"]},"actions":[{"type":"violation","code":"creator.unreported_ad"},{"type":"note","text":"campaign {campaign}"}]})");
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(CampaignReportPdf::write(*m_store, id, &pdf, &error), qPrintable(error));
    QVERIFY(pdf.data().startsWith("%PDF"));
    QVERIFY(pdf.data().size() > 2000);
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    QVERIFY(!CampaignReportPdf::write(*m_store, QStringLiteral("c-nope"), &none, &error));
    QVERIFY(error.contains(QStringLiteral("c-nope")));

    CampaignsPage page(*m_store);
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(page.exportPdf(id, path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 2000);

    // The CSV is CampaignCsvExporter's: its header, then one row per event the campaign wrote.
    const QString csvPath = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY2(page.exportCsv(id, csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QVERIFY(lines.first().contains(CampaignCsvExporter::header().first().toUtf8()));
    StoreError storeError;
    QVector<CampaignEventRow> events;
    QVERIFY(CampaignQuery(*m_store).events(id, &events, &storeError));
    QCOMPARE(lines.size(), int(events.size()) + 1);
}

QTEST_MAIN(TestCampaignPage)
#include "tst_campaignpage.moc"
