#include "changepassworddialog.h"

#include "actions/actions.h"
#include "actions/authenticator.h"
#include "store/store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace redline {

namespace {

QLineEdit *passwordEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(256);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password — %1").arg(session.user));

    auto *intro = new QLabel(tr("A new password for <b>%1</b>: 8 to 256 characters. Only its Argon2id hash is "
                                "kept in the store; the change is in the audit log.").arg(session.user.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_current = passwordEdit(this, QStringLiteral("currentPasswordEdit"));
    m_new = passwordEdit(this, QStringLiteral("newPasswordEdit"));
    m_repeat = passwordEdit(this, QStringLiteral("repeatPasswordEdit"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat it:"), m_repeat);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(tr("&Change password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_errorText.clear();
            updateState();
        });
    updateState();
    setMinimumWidth(460);
}

void ChangePasswordDialog::updateState()
{
    QString why;
    if (!m_session.isSignedIn())
        m_blockingReason = tr("Sign in first: only a signed-in user has a password to change.");
    else if (m_current->text().isEmpty())
        m_blockingReason = tr("Enter your current password.");
    else if (!Authenticator::isAcceptablePassword(m_new->text(), &why))
        m_blockingReason = tr("New password: %1.").arg(why);
    else if (m_new->text() != m_repeat->text())
        m_blockingReason = tr("The two new passwords differ.");
    else
        m_blockingReason.clear();
    m_reason->setText(m_errorText.isEmpty() ? m_blockingReason : m_errorText);
    m_confirm->setEnabled(m_blockingReason.isEmpty());
    m_confirm->setToolTip(m_blockingReason);
}

void ChangePasswordDialog::showError(const QString &message)
{
    m_errorText = message;
    m_reason->setText(message);
}

void ChangePasswordDialog::accept()
{
    updateState();
    if (!m_blockingReason.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    StoreError error;
    const bool current = Authenticator::signIn(m_store, m_session.user, m_current->text(), &error).has_value();
    bool changed = false;
    if (current) {
        error = StoreError();
        changed = Actions(m_store, m_session).setPassword(m_session.user, m_new->text(), &error);
    }
    QApplication::restoreOverrideCursor();
    if (!current) {
        m_current->clear();
        m_current->setFocus();
        showError(tr("The current password is wrong."));
        return;
    }
    if (!changed) {
        showError(error.message);
        QMessageBox::warning(this, tr("The password was not changed"),
                             tr("%1\n\nNothing was written.").arg(error.message));
        return;
    }
    QDialog::accept();
}

} // namespace redline
