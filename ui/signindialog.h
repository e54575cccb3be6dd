#pragma once

#include "actions/session.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

namespace redline {

class Store;

// Sign-in to a secured store (docs/roles.md "Signing in"): a user name and a password, checked by
// Authenticator::signIn against the store's Argon2id hashes. An unknown user, a wrong password and a
// disabled user all get the same message, which does not say which it was. The name is preselected: the
// one given (redline --user NAME), else the last user who signed in on this machine. Cancel leaves the
// console read-only; nobody is signed in by default.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(const Store &store, const QString &presetUser = QString(), QWidget *parent = nullptr);

    // The session once signed in (accepted); anonymous before.
    const Session &session() const { return m_session; }
    // The message shown under the fields (empty while none).
    QString errorText() const;

    // Where the last signed-in name is kept (QSettings).
    static QString lastUser();
    static const char *const kLastUserKey;

public slots:
    void accept() override;

private:
    void showError(const QString &message);

    const Store &m_store;
    Session m_session = Session::anonymous();
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace redline
