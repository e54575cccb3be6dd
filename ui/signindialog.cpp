#include "signindialog.h"

#include "actions/authenticator.h"
#include "store/store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace redline {

const char *const SignInDialog::kLastUserKey = "session/lastUser";

SignInDialog::SignInDialog(const Store &store, const QString &presetUser, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("signInDialog"));
    const QString file = QFileInfo(store.path()).fileName();
    setWindowTitle(tr("Sign in — %1").arg(file));

    auto *heading = new QLabel(tr("<span style='font-size:large; font-weight:bold'>Sign in to %1</span>")
                                   .arg(file.toHtmlEscaped()), this);
    heading->setTextFormat(Qt::RichText);
    auto *intro = new QLabel(tr("This store is secured: recording, appealing and deciding need your user name and "
                                "password, and every write is recorded under your name. Cancel to browse "
                                "read-only."), this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("e.g. mod.li"));
    m_user->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("&Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Browse the store read-only, signed in as nobody"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const QString name = presetUser.isEmpty() ? lastUser() : presetUser;
    m_user->setText(name);
    if (name.isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
    setMinimumWidth(440);
}

QString SignInDialog::lastUser()
{
    return QSettings().value(QLatin1String(kLastUserKey)).toString();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInDialog::accept()
{
    const QString name = m_user->text().trimmed();
    if (name.isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your user name and password."));
        (name.isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    StoreError error;
    std::optional<Session> session;
    {
        // Argon2id takes a moment on purpose.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        session = Authenticator::signIn(m_store, name, m_password->text(), &error);
        QApplication::restoreOverrideCursor();
    }
    m_password->clear();
    if (!session) {
        // One message for an unknown user, a wrong password and a disabled user (docs/roles.md); a store
        // that cannot be read says so in core's words.
        showError(error.kind == StoreError::Kind::NotPermitted || !error.isSet()
                      ? tr("Unknown user or wrong password.")
                      : error.message);
        m_password->setFocus();
        return;
    }
    m_session = *session;
    QSettings().setValue(QLatin1String(kLastUserKey), m_session.user);
    QDialog::accept();
}

} // namespace redline
