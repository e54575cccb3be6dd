// "Who is working?": the store's users with their roles; a store without users lets a name and role be
// typed in and stores them as a `user` event.

#include "actinguserdialog.h"

#include "base/instant.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace redline;

namespace {

const Instant kNow = *parseInstant(QStringLiteral("2025-02-10T10:00:00Z"));

std::unique_ptr<Store> makeStore(const QTemporaryDir &dir, const QVector<QPair<QString, QString>> &users)
{
    StoreOptions options;
    options.now = kNow;
    StoreError error;
    std::unique_ptr<Store> store = Store::create(dir.filePath(QStringLiteral("users.redline")), options, &error);
    if (!store)
        qFatal("create: %s", qPrintable(error.message));
    for (const auto &user : users) {
        StoredEvent e;
        e.type = EventType::User;
        e.at = kNow;
        e.name = user.first;
        e.kind = user.second;
        if (!store->append(e, &error))
            qFatal("user: %s", qPrintable(error.message));
    }
    return store;
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REDLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestActingUser : public QObject
{
    Q_OBJECT
private slots:
    void chooseFromTheStoresUsers();
    void emptyStoreAddsAUser();
    void badNamesAreRefused_data();
    void badNamesAreRefused();
};

void TestActingUser::chooseFromTheStoresUsers()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, {{"mod.li", "moderator"}, {"fin.zhao", "compliance"}});
    ActingUserDialog dialog(*store);
    dialog.show();
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("userList"));
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("fin.zhao")); // Store::users() is sorted by name
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("compliance"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("moderator"));
    list->setCurrentItem(list->topLevelItem(1));
    QCOMPARE(okButton(&dialog)->text(), QStringLiteral("&Work as mod.li"));
    saveScreenshot(&dialog, QStringLiteral("acting-user.png"));
    // A new colleague can be added, but not under a name the store already has.
    auto *newUser = dialog.findChild<QPushButton *>(QStringLiteral("newUserButton"));
    QTest::mouseClick(newUser, Qt::LeftButton);
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("mod.li"));
    QCOMPARE(dialog.blockingReason(), QStringLiteral("mod.li already exists: choose it in the list."));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::mouseClick(newUser, Qt::LeftButton);
    QVERIFY(okButton(&dialog)->isEnabled());

    const qint64 events = store->eventCount();
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.selectedUser(), QStringLiteral("mod.li"));
    QCOMPARE(store->eventCount(), events); // choosing writes nothing
}

void TestActingUser::emptyStoreAddsAUser()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, {});
    ActingUserDialog dialog(*store);
    dialog.show();
    QVERIFY(!dialog.findChild<QTreeWidget *>(QStringLiteral("userList"))->isVisible());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.blockingReason(), QStringLiteral("This store has no users yet: type your name and role."));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *role = dialog.findChild<QComboBox *>(QStringLiteral("roleCombo"));
    QTest::keyClicks(name, QStringLiteral("mod.wang"));
    role->setCurrentText(QStringLiteral("moderator"));
    QVERIFY(okButton(&dialog)->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("acting-user-empty-store.png"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.selectedUser(), QStringLiteral("mod.wang"));
    StoreError error;
    const QVector<UserRecord> users = store->users(&error);
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().name, QStringLiteral("mod.wang"));
    QCOMPARE(users.first().role, QStringLiteral("moderator"));
}

void TestActingUser::badNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << "" << "This store has no users yet: type your name and role.";
    QTest::newRow("space") << "mod li" << "A user name is 1–64 letters, digits or . _ : - (no spaces), like mod.li.";
    QTest::newRow("valid") << "mod.li" << "";
}

void TestActingUser::badNamesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    std::unique_ptr<Store> store = makeStore(dir, {});
    ActingUserDialog dialog(*store);
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
    QCOMPARE(dialog.blockingReason(), reason);
    QCOMPARE(okButton(&dialog)->isEnabled(), reason.isEmpty());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("reasonLabel"))->text(), reason);
}

QTEST_MAIN(TestActingUser)
#include "tst_actinguser.moc"
