// The policy editor refuses exactly what PolicyLoader refuses, with the loader's own message beside the
// field the message names; export and import round-trip; the diff view lists what two policies change.
#include "consolefixture.h"
#include "policy/jsonpath.h"
#include "writegate.h"
#include "policy/policydiffview.h"
#include "policy/policyeditor.h"
#include "policy/policylabpage.h"
#include "policy/policyloader.h"
#include "policy/policypathlabels.h"
#include "policy/policyversionspanel.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

// REDLINE_POLICY_SHOTS=dir saves what the page looks like, to check the layout at 1280×800 by eye.
void shot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REDLINE_POLICY_SHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestPolicyEditor : public QObject
{
    Q_OBJECT

private slots:
    void showsTheDefaultPolicyAsValid();
    void refusesWhatTheLoaderRefuses_data();
    void refusesWhatTheLoaderRefuses();
    void correctingTheValueClearsTheError();
    void anOptionalValueCanBeRemoved();
    void exportThenImportRoundTrips();
    void aBadImportChangesNothing();
    void pathLabelsWordTheSetting();
    void thePageEmitsTheCandidateToCompare();
    void diffViewListsTheChangedSetting();
    void diffViewWordsACodeByItsDescription();
    void aDraftIsSavedAndActivatedThroughActions();
    void anAnonymousSessionMayNotSaveOrActivate();

private:
    // Types `input` into the editor of `path` as a user would (a spin box's value, a line edit's text).
    static void enter(PolicyEditor &editor, const QString &path, const QString &input);
    // What the loader says about the default policy with `value` at `jsonPath`.
    static QString loaderError(const QString &jsonPath, const QJsonValue &value);
};

void TestPolicyEditor::enter(PolicyEditor &editor, const QString &path, const QString &input)
{
    QWidget *field = editor.field(path);
    QVERIFY2(field, qPrintable(QStringLiteral("no field for ") + path));
    if (auto *spin = qobject_cast<QSpinBox *>(field)) {
        spin->setValue(input.toInt());
    } else if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, input);
    } else {
        QFAIL("unexpected editor type");
    }
}

QString TestPolicyEditor::loaderError(const QString &jsonPath, const QJsonValue &value)
{
    QJsonObject document = QJsonDocument::fromJson(PolicyLoader::toJson(PolicyLoader::defaultPolicy())).object();
    if (!JsonPath::set(document, jsonPath, value))
        return QStringLiteral("path not found: ") + jsonPath;
    QString error;
    PolicyLoader::loadJson(QJsonDocument(document).toJson(), &error);
    return error;
}

void TestPolicyEditor::showsTheDefaultPolicyAsValid()
{
    PolicyEditor editor;
    editor.setPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("default"));
    QVERIFY(editor.policy().has_value());
    QVERIFY(editor.error().isEmpty());
    QVERIFY(!editor.isModified());
    auto *step = qobject_cast<QSpinBox *>(editor.field(QStringLiteral("scales.mcn.recovery.step")));
    QVERIFY(step);
    QCOMPARE(step->value(), 10);
    auto *dataFraudMax = qobject_cast<QSpinBox *>(editor.field(QStringLiteral("scales.creator.codes[10].max")));
    QVERIFY(dataFraudMax);
    QCOMPARE(dataFraudMax->value(), 10);
    auto *claimExpiry = qobject_cast<QSpinBox *>(editor.field(QStringLiteral("triage.claim_expiry_hours")));
    QVERIFY(claimExpiry);
    QCOMPARE(claimExpiry->value(), 8);
    QVERIFY(editor.findChild<QPushButton *>(QStringLiteral("exportPolicy"))->isEnabled());
}

void TestPolicyEditor::refusesWhatTheLoaderRefuses_data()
{
    QTest::addColumn<QString>("path");   // the field edited
    QTest::addColumn<QString>("input");  // what is typed into it
    QTest::addColumn<QString>("json");   // the same value in the policy's JSON
    QTest::newRow("R-L5 recovery step negative") << "scales.mcn.recovery.step" << "-5" << "-5";
    QTest::newRow("R-L5 recovery period zero") << "scales.creator.recovery.period_days" << "0" << "0";
    QTest::newRow("R-C1 ladder min counts not ascending")
        << "scales.creator.ladder.levels[2].min_count" << "2" << "2";
    QTest::newRow("R-C1 ladder window zero") << "scales.creator.ladder.window_days" << "0" << "0";
    QTest::newRow("R-C1 ladder sanction days zero")
        << "scales.creator.ladder.levels[0].sanctions[0].days" << "0" << "0";
    QTest::newRow("R-M3 deposit increased below required") << "mcn.deposit.increased" << "100" << "100";
    QTest::newRow("R-M3 deposit required zero") << "mcn.deposit.required" << "0" << "0";
    QTest::newRow("R-L2 code min above max") << "scales.creator.codes[10].min" << "11" << "11";
    QTest::newRow("R-L2 code points outside its range") << "scales.creator.codes[10].points" << "5" << "5";
    QTest::newRow("R-L2 code points beyond the span") << "scales.brand.codes[0].points" << "11" << "11";
    QTest::newRow("R-C2 default points negative") << "scales.creator.default_points" << "-1" << "-1";
    QTest::newRow("R-L6 threshold outside the scale") << "scales.mcn.thresholds" << "80, 70, 120" << "[80, 70, 120]";
    QTest::newRow("R-L6 threshold not a number") << "scales.brand.thresholds" << "10, eight" << "[10, \"eight\"]";
    QTest::newRow("R-M1 band bounds not descending") << "scales.mcn.bands[1].below" << "75" << "75";
    QTest::newRow("R-M1 unknown restriction in a band")
        << "scales.brand.bands[0].restrictions" << "warning, shadow_ban" << "[\"warning\", \"shadow_ban\"]";
    QTest::newRow("R-M1 warning above the scale") << "scales.mcn.warning_at_or_above" << "120" << "120";
    QTest::newRow("R-M2 removal at the minimum") << "scales.mcn.removal.below" << "0" << "0";
    QTest::newRow("R-B1 suspension at the maximum") << "scales.brand.suspension.at_or_below" << "10" << "10";
    QTest::newRow("R-C3 exam points zero") << "scales.creator.exam.points" << "0" << "0";
    QTest::newRow("R-C4 history weight days zero") << "scales.creator.history_weight.days" << "0" << "0";
    QTest::newRow("R-C5 unknown restriction blocks recovery")
        << "scales.creator.recovery_blocked_by" << "permaban" << "[\"permaban\"]";
    QTest::newRow("R-M4 lookback zero") << "mcn.certification.lookback_days" << "0" << "0";
    QTest::newRow("R-M5 effective from not an instant") << "mcn.transition.effective_from" << "soon" << "\"soon\"";
    QTest::newRow("R-M5 grace negative") << "mcn.transition.grace_days" << "-1" << "-1";
    QTest::newRow("R-M6 critical threshold the scale lacks")
        << "mcn.protection.critical_thresholds" << "40, 35" << "[40, 35]";
    QTest::newRow("scale min not below max") << "scales.mcn.min" << "100" << "100";
    QTest::newRow("nth below 2") << "scales.creator.codes[10].sanctions[0].nth" << "1" << "1";
    QTest::newRow("claim expiry of 0 hours") << "triage.claim_expiry_hours" << "0" << "0";
    QTest::newRow("claim expiry of 721 hours") << "triage.claim_expiry_hours" << "721" << "721";
}

void TestPolicyEditor::refusesWhatTheLoaderRefuses()
{
    QFETCH(QString, path);
    QFETCH(QString, input);
    QFETCH(QString, json);
    const QJsonValue value = QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0);
    const QString expected = loaderError(path, value);
    QString expectedPath;
    QString expectedReason;
    JsonPath::splitError(expected, &expectedPath, &expectedReason);
    QVERIFY2(JsonPath::isWithin(expectedPath, path), qPrintable(expected)); // the loader blames this field

    PolicyEditor editor;
    editor.setPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("default"));
    enter(editor, path, input);
    QVERIFY(!editor.policy().has_value());
    QCOMPARE(editor.error(), expected);
    QCOMPARE(editor.fieldError(path), expectedReason);
    QVERIFY(editor.summaryText().endsWith(expectedReason));
    for (const char *button : {"exportPolicy", "comparePolicy", "saveDraft"}) {
        auto *widget = editor.findChild<QPushButton *>(QLatin1String(button));
        QVERIFY(!widget->isEnabled());
        QVERIFY(widget->toolTip().contains(expectedReason));
    }
}

void TestPolicyEditor::correctingTheValueClearsTheError()
{
    PolicyEditor editor;
    editor.setPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("default"));
    enter(editor, QStringLiteral("scales.mcn.recovery.step"), QStringLiteral("-5"));
    QVERIFY(!editor.fieldError(QStringLiteral("scales.mcn.recovery.step")).isEmpty());
    enter(editor, QStringLiteral("scales.mcn.recovery.step"), QStringLiteral("20"));
    QVERIFY(editor.policy().has_value());
    QVERIFY(editor.fieldError(QStringLiteral("scales.mcn.recovery.step")).isEmpty());
    QCOMPARE(editor.policy()->scale(SubjectKind::Mcn).recovery->step, 20);
    QVERIFY(editor.isModified());
    QVERIFY(editor.findChild<QPushButton *>(QStringLiteral("comparePolicy"))->isEnabled());
}

// "none" removes an optional member (warning_at_or_above) and "permanent" writes null days (R-T4).
void TestPolicyEditor::anOptionalValueCanBeRemoved()
{
    PolicyEditor editor;
    editor.setPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("default"));
    editor.findChild<QCheckBox *>(QStringLiteral("none:scales.mcn.warning_at_or_above"))->setChecked(true);
    editor.findChild<QCheckBox *>(QStringLiteral("none:scales.creator.ladder.levels[0].sanctions[0].days"))->setChecked(true);
    QVERIFY2(editor.policy().has_value(), qPrintable(editor.error()));
    QVERIFY(!editor.policy()->scale(SubjectKind::Mcn).warningAtOrAbove);
    QVERIFY(!editor.policy()->scale(SubjectKind::Creator).ladder->levels.at(0).sanctions.at(0).days);
}

void TestPolicyEditor::exportThenImportRoundTrips()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.json"));
    PolicyEditor editor;
    editor.setPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("default"));
    enter(editor, QStringLiteral("scales.mcn.recovery.step"), QStringLiteral("20"));
    enter(editor, QStringLiteral("scales.creator.codes[10].max"), QStringLiteral("12"));
    enter(editor, QStringLiteral("name"), QStringLiteral("draft-step-20"));
    QString error;
    QVERIFY2(editor.exportFile(path, &error), qPrintable(error));

    PolicyEditor reader;
    reader.setPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("default"));
    QVERIFY2(reader.importFile(path, &error), qPrintable(error));
    QVERIFY(reader.policy().has_value());
    QCOMPARE(PolicyLoader::toJson(*reader.policy()), PolicyLoader::toJson(*editor.policy()));
    QCOMPARE(reader.policy()->name, QStringLiteral("draft-step-20"));
    QCOMPARE(reader.policy()->scale(SubjectKind::Creator).codes.at(10).maxPoints, 12);
    QVERIFY(!reader.isModified()); // the imported file is the new starting point
}

void TestPolicyEditor::aBadImportChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QJsonObject document = QJsonDocument::fromJson(PolicyLoader::toJson(PolicyLoader::defaultPolicy())).object();
    QVERIFY(JsonPath::set(document, QStringLiteral("scales.mcn.recovery.step"), -1));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(document).toJson());
    file.close();

    PolicyEditor editor;
    editor.setPolicy(PolicyLoader::defaultPolicy(), QStringLiteral("default"));
    enter(editor, QStringLiteral("scales.mcn.recovery.period_days"), QStringLiteral("45"));
    const QByteArray before = PolicyLoader::toJson(*editor.policy());
    QString error;
    QVERIFY(!editor.importFile(path, &error));
    QString expected;
    PolicyLoader::loadFile(path, &expected);
    QCOMPARE(error, expected);
    QVERIFY(error.contains(QLatin1String("scales.mcn.recovery.step")));
    QCOMPARE(PolicyLoader::toJson(*editor.policy()), before);
    QCOMPARE(editor.label(), QStringLiteral("default"));
}

void TestPolicyEditor::pathLabelsWordTheSetting()
{
    const Policy &policy = PolicyLoader::defaultPolicy();
    QCOMPARE(PolicyPathLabels::label(QStringLiteral("scales.mcn.recovery.step")), QStringLiteral("MCN · recovery step"));
    QCOMPARE(PolicyPathLabels::label(QStringLiteral("scales.creator.codes[10].max"), &policy),
             QStringLiteral("Creator · Bought likes or followers · highest points"));
    QCOMPARE(PolicyPathLabels::label(QStringLiteral("scales.creator.codes[creator.data_fraud].points"), &policy),
             QStringLiteral("Creator · Bought likes or followers · points"));
    QCOMPARE(PolicyPathLabels::label(QStringLiteral("scales.creator.ladder.levels[1].min_count")),
             QStringLiteral("Creator · ladder row 2 · minimum count"));
    QCOMPARE(PolicyPathLabels::label(QStringLiteral("mcn.deposit.required")), QStringLiteral("Deposit · required"));
    QCOMPARE(PolicyPathLabels::label(QStringLiteral("triage.claim_expiry_hours")),
             QStringLiteral("Triage · claim expiry (hours)"));
    QCOMPARE(PolicyPathLabels::label(QStringLiteral("scales.mcn.unheard_of")), QStringLiteral("scales.mcn.unheard_of"));
}

void TestPolicyEditor::thePageEmitsTheCandidateToCompare()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = ConsoleFixture::create(dir, 0);
    PolicyLabPage page(*store);
    page.resize(1280, 800);
    page.show();
    QCOMPARE(page.tabs()->count(), 3);
    page.tabs()->setCurrentIndex(1);
    auto *form = page.editor()->findChild<QTabWidget *>(QStringLiteral("policyForm"));
    QVERIFY(form);
    for (int tab = 0; tab < form->count(); ++tab) {
        form->setCurrentIndex(tab);
        shot(page, QStringLiteral("policy-editor-%1.png").arg(tab));
        if (auto *area = qobject_cast<QScrollArea *>(form->currentWidget())) {
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
            shot(page, QStringLiteral("policy-editor-%1-end.png").arg(tab));
        }
    }
    form->setCurrentIndex(2);
    enter(*page.editor(), QStringLiteral("scales.creator.ladder.levels[2].min_count"), QStringLiteral("2"));
    shot(page, QStringLiteral("policy-editor-error.png"));
    enter(*page.editor(), QStringLiteral("scales.creator.ladder.levels[2].min_count"), QStringLiteral("3"));
    QVERIFY(page.editor()->policy().has_value());
    QVector<Policy> candidates;
    QStringList labels;
    connect(&page, &PolicyLabPage::compareRequested, this, [&](const Policy &candidate, const QString &label) {
        candidates << candidate;
        labels << label;
    });
    enter(*page.editor(), QStringLiteral("scales.mcn.recovery.step"), QStringLiteral("20"));
    page.editor()->findChild<QPushButton *>(QStringLiteral("comparePolicy"))->click();
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.at(0).scale(SubjectKind::Mcn).recovery->step, 20);
    QVERIFY(labels.at(0).contains(QLatin1String("edited")));
    QCOMPARE(page.tabs()->currentIndex(), 2);
    auto *view = new QWidget;
    page.setCompareView(view);
    QCOMPARE(page.compareView(), view);
}

void TestPolicyEditor::diffViewListsTheChangedSetting()
{
    const Policy &before = PolicyLoader::defaultPolicy();
    Policy after = before;
    after.scale(SubjectKind::Mcn).recovery->step = 20;
    PolicyDiffView view;
    view.setChoices({{QStringLiteral("default"), before}, {QStringLiteral("step 20"), after}});
    view.select(0, 1);
    QTableWidget *table = view.table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("MCN · recovery step"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("10"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("20"));
    QCOMPARE(table->item(0, 0)->toolTip(), QStringLiteral("scales.mcn.recovery.step"));

    view.select(1, 0); // the other way round
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("20"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("10"));
    view.select(0, 0);
    QCOMPARE(table->rowCount(), 0);
}

void TestPolicyEditor::diffViewWordsACodeByItsDescription()
{
    const Policy &before = PolicyLoader::defaultPolicy();
    Policy after = before;
    Scale &creator = after.scale(SubjectKind::Creator);
    creator.codes[creator.codeIndex(QStringLiteral("creator.data_fraud"))].points = 8;
    PolicyDiffView view;
    view.setChoices({{QStringLiteral("default"), before}, {QStringLiteral("fraud 8"), after}});
    view.select(0, 1);
    QCOMPARE(view.table()->rowCount(), 1);
    QCOMPARE(view.table()->item(0, 0)->text(), QStringLiteral("Creator · Bought likes or followers · points"));
    QCOMPARE(view.table()->item(0, 2)->text(), QStringLiteral("8"));
}

void TestPolicyEditor::aDraftIsSavedAndActivatedThroughActions()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = ConsoleFixture::create(dir, 0);
    PolicyLabPage page(*store);
    page.setSession(Session::open(QStringLiteral("policy.zhao")));
    QCOMPARE(page.versions()->table()->rowCount(), 1); // the base policy
    enter(*page.editor(), QStringLiteral("scales.mcn.recovery.step"), QStringLiteral("20"));
    QVERIFY(page.editor()->findChild<QPushButton *>(QStringLiteral("saveDraft"))->isEnabled());
    QString error;
    QVERIFY2(page.saveDraft(*page.editor()->policy(), QStringLiteral("step-20"), QStringLiteral("faster recovery"), &error),
             qPrintable(error));
    QTableWidget *table = page.versions()->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("step-20"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("faster recovery"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("draft"));

    // The diff view offers both versions: the draft differs from the base in one setting.
    PolicyDiffView *diff = page.versions()->diffView();
    diff->select(0, 1);
    QCOMPARE(diff->table()->rowCount(), 1);
    QCOMPARE(diff->table()->item(0, 0)->text(), QStringLiteral("MCN · recovery step"));

    // Activated ten days back: allowed, and marked as backdated.
    QVERIFY2(page.versions()->activate(QStringLiteral("step-20"), store->now() - days(10), &error), qPrintable(error));
    QCOMPARE(store->policy().scale(SubjectKind::Mcn).recovery->step, 20);
    QVERIFY(table->item(1, 4)->text().startsWith(QLatin1String("in force")));
    QVERIFY(table->item(1, 4)->text().contains(QLatin1String("backdated")));

    // A name taken is refused by Actions, with its reason, and nothing is added.
    QVERIFY(!page.saveDraft(*page.editor()->policy(), QStringLiteral("step-20"), QString(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(table->rowCount(), 2);
}

void TestPolicyEditor::anAnonymousSessionMayNotSaveOrActivate()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = ConsoleFixture::create(dir, 0);
    ConsoleFixture::secure(*store, QStringLiteral("admin"), {}, QStringLiteral("pw-123456"));
    PolicyLabPage page(*store);
    page.setSession(Session::anonymous());
    auto *save = page.editor()->findChild<QPushButton *>(QStringLiteral("saveDraft"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->toolTip().isEmpty());
    page.versions()->table()->selectRow(0);
    auto *activate = page.versions()->findChild<QPushButton *>(QStringLiteral("activateVersion"));
    QVERIFY(!activate->isEnabled());
    QCOMPARE(activate->toolTip(), WriteGate::refusal(store.get(), Session::anonymous(), Permission::ChangePolicy));
    QString error;
    QVERIFY(!page.saveDraft(PolicyLoader::defaultPolicy(), QStringLiteral("sneaky"), QString(), &error));
    QCOMPARE(page.versions()->table()->rowCount(), 1);
}

QTEST_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
