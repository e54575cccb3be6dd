#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace redline {

class Store;

// "Who is working?" on opening a store (issue 4 item 6): the store's users with their roles. A store
// without users (or a new colleague) gets a name and a role typed in, stored as a `user` event, so that
// every later action is recorded under that name.
class ActingUserDialog : public QDialog
{
    Q_OBJECT
public:
    ActingUserDialog(Store &store, QWidget *parent = nullptr);

    QString selectedUser() const { return m_selected; }
    QString blockingReason() const { return m_blockingReason; }

public slots:
    void accept() override;

private slots:
    void updateState();

private:
    void buildUi();
    void loadUsers();
    bool addingUser() const;
    QString validate() const;
    bool addUser(QString *name);

    Store &m_store;
    QString m_selected;
    QString m_blockingReason;
    int m_userCount = 0;

    QTreeWidget *m_users = nullptr;
    QPushButton *m_newUser = nullptr;
    QWidget *m_newUserBox = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_reasonIcon = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace redline
