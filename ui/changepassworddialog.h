#pragma once

#include "actions/session.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

namespace redline {

class Store;

// Session > Change password…: the signed-in user's own password (docs/roles.md "Own password"), set through
// Actions::setPassword so the change is audited. The current password is asked for first, so a console
// left signed in does not let a passer-by take the account over.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Store &store, const Session &session, QWidget *parent = nullptr);

    QString blockingReason() const { return m_blockingReason; }
    // The last refusal (wrong current password, or core's message).
    QString errorText() const { return m_errorText; }

public slots:
    void accept() override;

private:
    void updateState();
    void showError(const QString &message);

    Store &m_store;
    Session m_session;
    QString m_blockingReason;
    QString m_errorText;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace redline
