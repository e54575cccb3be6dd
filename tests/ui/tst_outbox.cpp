// Notices in the console (docs/rules.md "Notices"): the record and decide dialogs show the notices under
// the consequences, and what they show is exactly what the action appends; the Outbox page lists the
// notices newest first, filters them, shows the whole text and exports them as CSV. Real widgets offscreen
// on a real store (ConsoleFixture). With REDLINE_NOTICE_SHOTS=DIR the dialogs are also saved as pictures
// there, for looking at them.

#include "consolefixture.h"
#include "decideappealdialog.h"
#include "noticepreview.h"
#include "noticetablemodel.h"
#include "outboxpage.h"
#include "recordviolationdialog.h"

#include "actions/actions.h"
#include "query/noticequery.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace redline;

namespace {

QVector<NoticeRecord> noticesOf(const Store &store, const QString &subject = QString())
{
    QVector<NoticeRecord> found;
    StoreError error;
    NoticeQuery(store).fetch({subject, QString()}, 0, 100, &found, &error);
    return found;
}

void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REDLINE_NOTICE_SHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void recordDialogShowsTheNoticeItSends();
    void decideDialogShowsTheNoticeItSends();
    void outboxListsFiltersAndExports();
};

// mcn-starriver stands at 65 on 10 February: a reputation-damage violation (20) takes it to 45, within the
// margin of 40 (R-M6), so its two creators are told too.
void TestOutbox::recordDialogShowsTheNoticeItSends()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = ConsoleFixture::create(dir, 0);
    RecordViolationDialog dialog(*store, Session::open(QStringLiteral("mod.li")), QStringLiteral("mcn-starriver"));
    dialog.show();
    QVERIFY(dialog.selectCode(QStringLiteral("mcn.reputation_damage")));
    const auto edits = dialog.findChildren<QPlainTextEdit *>();
    for (QPlainTextEdit *edit : edits) {
        if (!edit->isReadOnly() && edit->objectName() != QLatin1String("noticeText"))
            edit->setPlainText(QStringLiteral("刷评论截图"));
    }
    QVERIFY(dialog.hasPreview());
    QCOMPARE(dialog.consequences().scoreAfter(), 45);
    const QVector<PlannedNotice> shown = dialog.noticePreview()->notices();
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.at(0).subject, QStringLiteral("mcn-starriver"));
    QVERIFY(dialog.noticePreview()->text().contains(shown.at(1).text));
    saveShot(dialog, QStringLiteral("notices-record-dialog.png"));
    QVERIFY2(dialog.blockingReason().isEmpty(), qPrintable(dialog.blockingReason()));
    dialog.accept();
    QVERIFY(!dialog.recordedViolationId().isEmpty());
    // What was shown is what was appended, to the letter, to each addressee.
    for (const PlannedNotice &n : shown) {
        const QVector<NoticeRecord> stored = noticesOf(*store, n.subject);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().text, n.text);
        QCOMPARE(stored.first().templateId, n.templateId);
        QCOMPARE(stored.first().ref, dialog.recordedViolationId());
    }
}

// a-1 appeals mod.li's v-1 on crt-lin: mod.wang decides it (R-L4).
void TestOutbox::decideDialogShowsTheNoticeItSends()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = ConsoleFixture::create(dir, 0);
    DecideAppealDialog dialog(*store, Session::open(QStringLiteral("mod.wang")), QStringLiteral("a-1"));
    dialog.show();
    dialog.setOutcome(DecideAppealDialog::Overturned);
    QPlainTextEdit *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    QVERIFY(reason);
    reason->setPlainText(QStringLiteral("原创证明有效"));
    const QVector<PlannedNotice> shown = dialog.noticePreview()->notices();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().templateId, QStringLiteral("appeal_overturned"));
    QVERIFY2(shown.first().text.contains(QStringLiteral("理由：原创证明有效")), qPrintable(shown.first().text));
    saveShot(dialog, QStringLiteral("notices-decide-dialog.png"));
    dialog.accept();
    QCOMPARE(dialog.decidedOutcome(), QStringLiteral("overturned"));
    const QVector<NoticeRecord> stored = noticesOf(*store, QStringLiteral("crt-lin"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().text, shown.first().text);
}

void TestOutbox::outboxListsFiltersAndExports()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = ConsoleFixture::create(dir, 0);
    Actions actions(*store, Session::open(QStringLiteral("mod.li")));
    ActionResult result;
    StoreError error;
    QVERIFY2(actions.recordViolation(QStringLiteral("crt-linda"), QStringLiteral("creator.diversion"), -1, QString(),
                                     QStringLiteral("human_review"), QStringLiteral("加V"), &result, &error),
             qPrintable(error.message));
    QVERIFY2(actions.recordViolation(QStringLiteral("crt-pct"), QStringLiteral("creator.absolute_claim"), -1, QString(),
                                     QStringLiteral("human_review"), QStringLiteral("最有效"), &result, &error),
             qPrintable(error.message));
    OutboxPage page(*store);
    page.resize(1300, 800);
    page.show();
    NoticeTableModel *model = page.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->noticeAt(0)->subject, QStringLiteral("crt-pct")); // newest first
    QCOMPARE(model->data(model->index(0, NoticeTableModel::Template)).toString(), QStringLiteral("Violation and sanctions"));
    QCOMPARE(model->data(model->index(0, NoticeTableModel::Language)).toString(), QStringLiteral("Chinese"));
    // The first line that says something, not the heading or the salutation.
    QVERIFY2(model->data(model->index(0, NoticeTableModel::FirstLine)).toString().startsWith(QStringLiteral("经平台审核")),
             qPrintable(model->data(model->index(0, NoticeTableModel::FirstLine)).toString()));
    QCOMPARE(page.detail()->toPlainText(), model->noticeAt(0)->text); // the first row is selected and shown

    page.setSubjectFilter(QStringLiteral("crt-linda"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->noticeAt(0)->subject, QStringLiteral("crt-linda"));
    page.setTemplateFilter(QStringLiteral("brand_ban"));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(page.detail()->toPlainText().isEmpty());
    page.setTemplateFilter(QString());
    page.setSubjectFilter(QString());
    QCOMPARE(model->rowCount(), 2);

    const QString csv = dir.filePath(QStringLiteral("notices.csv"));
    QString exportError;
    QVERIFY2(page.exportCsv(csv, &exportError), qPrintable(exportError));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.startsWith(QStringLiteral("at,subject,subject_name,template,language,ref,by,text\r\n")));
    QCOMPARE(content.count(QStringLiteral(",violation,zh_CN,")), 2);
    QVERIFY(content.contains(QStringLiteral("\"【蒲公英平台 违规处理通知】\n")));
}

QTEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
