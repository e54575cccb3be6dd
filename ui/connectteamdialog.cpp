#include "connectteamdialog.h"

#include "store/store.h"
#include "store/team/teamstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>
#include <utility>

namespace redline {

namespace {

constexpr int kMaxRecentStores = 8;

} // namespace

const char *const ConnectTeamDialog::kRecentKey = "recentTeamStores";

ConnectTeamDialog::ConnectTeamDialog(const StoreOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("connectTeamDialog"));
    setWindowTitle(tr("Connect to team store"));
    buildUi();
    fillRecent();
    setMinimumWidth(560);
}

ConnectTeamDialog::~ConnectTeamDialog() = default;

void ConnectTeamDialog::buildUi()
{
    auto *heading = new QLabel(tr("<span style='font-size:large; font-weight:bold'>Connect to a team store</span>"), this);
    heading->setTextFormat(Qt::RichText);
    auto *intro = new QLabel(tr("A team store is one store on a PostgreSQL server that the whole team works on. "
                                "The server signs you in as its login, so no Redline password is asked for, and it "
                                "checks every write again. This console works on a copy of it on this computer and "
                                "takes in what the others record as they record it."), this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("teamUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host/redline"));
    m_url->setClearButtonEnabled(true);
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        showError(QString());
        if (!m_passwordFor.isEmpty() && m_url->text().trimmed() != m_passwordFor)
            hidePassword(); // another server or login: whether it wants a password is asked again
    });

    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentTeamStores"));
    m_recent->setToolTip(tr("Team stores you connected to before: click to choose one, double-click to connect"));
    m_recent->setMaximumHeight(120);
    connect(m_recent, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        if (text.isEmpty() || m_connecting)
            return;
        setUrl(text);
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        setUrl(item->text());
        accept();
    });

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setObjectName(QStringLiteral("teamPasswordLabel"));
    m_passwordLabel->setWordWrap(true);
    m_passwordRow = new QWidget(this);
    auto *passwordForm = new QFormLayout(m_passwordRow);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(m_passwordLabel);
    passwordForm->addRow(tr("&Password:"), m_password);
    m_passwordRow->hide();

    m_form = new QFormLayout;
    m_form->addRow(tr("&URL:"), m_url);
    m_form->addRow(tr("&Recent:"), m_recent);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("teamConnectStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("teamConnectProgress"));
    m_progress->setRange(0, 0); // busy until the copy reports how far it is
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("teamConnectError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Connect"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectTeamDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectTeamDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_passwordRow);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_url->setFocus();
}

void ConnectTeamDialog::fillRecent()
{
    m_recent->clear();
    const QStringList stores = recentStores();
    m_recent->addItems(stores);
    m_form->setRowVisible(m_recent, !stores.isEmpty());
    if (m_url->text().isEmpty() && !stores.isEmpty())
        m_url->setText(stores.first());
}

QStringList ConnectTeamDialog::recentStores()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void ConnectTeamDialog::rememberStore(const QString &url)
{
    const QString shown = TeamStore::displayName(url); // a password in the URL is never remembered
    QStringList stores = recentStores();
    stores.removeAll(shown);
    stores.prepend(shown);
    while (stores.size() > kMaxRecentStores)
        stores.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), stores);
}

void ConnectTeamDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    showError(QString());
    if (url.trimmed() != m_passwordFor)
        hidePassword();
}

QString ConnectTeamDialog::url() const
{
    return m_url->text().trimmed();
}

std::unique_ptr<Store> ConnectTeamDialog::takeStore()
{
    return std::move(m_store);
}

QString ConnectTeamDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ConnectTeamDialog::isAskingForPassword() const
{
    return !m_passwordFor.isEmpty();
}

void ConnectTeamDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConnectTeamDialog::askForPassword(const QString &shown)
{
    m_passwordFor = url();
    m_passwordLabel->setText(tr("%1 asks for a password.").arg(shown));
    m_passwordRow->show();
    m_password->clear();
    m_password->setFocus();
}

void ConnectTeamDialog::hidePassword()
{
    m_passwordFor.clear();
    m_password->clear();
    m_passwordRow->hide();
}

void ConnectTeamDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (std::exchange(m_connectWhenShown, false))
        QTimer::singleShot(0, this, &ConnectTeamDialog::accept);
}

void ConnectTeamDialog::accept()
{
    if (m_connecting)
        return;
    const QString location = url();
    if (location.isEmpty()) {
        showError(tr("Enter the team store's URL, e.g. postgresql://mod.li@dbhost/redline."));
        m_url->setFocus();
        return;
    }
    if (!TeamStore::isUrl(location)) {
        showError(tr("%1 is not a team store's URL: it starts with postgresql://, as in "
                     "postgresql://mod.li@dbhost/redline. To open a store file, use File > Open store.").arg(location));
        m_url->setFocus();
        return;
    }
    const QString shown = TeamStore::displayName(location);
    if (m_passwordFor != location) {
        // Asked first, so that the password field appears only for a server that wants one.
        StoreError error;
        setConnecting(true, tr("Reaching %1…").arg(shown));
        const bool needsPassword = TeamStore::needsPassword(location, &error);
        setConnecting(false);
        if (std::exchange(m_cancelRequested, false)) {
            QDialog::reject();
            return;
        }
        if (error.isSet()) {
            showError(tr("Could not reach the server: %1").arg(namingServer(shown, error.message)));
            return;
        }
        if (needsPassword) {
            showError(QString());
            askForPassword(shown);
            return;
        }
    } else if (m_password->text().isEmpty()) {
        showError(tr("Enter the password %1 asks for.").arg(shown));
        m_password->setFocus();
        return;
    }
    if (connectTo(location))
        QDialog::accept();
}

bool ConnectTeamDialog::connectTo(const QString &location)
{
    const QString shown = TeamStore::displayName(location);
    StoreOptions options = m_options;
    options.progress = [this](qint64 done, qint64 total) {
        if (total > 0 && total <= std::numeric_limits<int>::max()) {
            m_progress->setRange(0, int(total));
            m_progress->setValue(int(std::min(done, total)));
        }
        QCoreApplication::processEvents();
        return !m_cancelRequested;
    };
    showError(QString());
    setConnecting(true, tr("Connecting to %1… The first connection copies the whole team store to this computer; "
                           "later ones take only what is new.").arg(shown));
    StoreError error;
    std::unique_ptr<Store> store = TeamStore::open(location, m_passwordFor == location ? m_password->text() : QString(),
                                                   options, &error);
    m_password->clear(); // kept nowhere: a second attempt asks again
    const bool cancelled = std::exchange(m_cancelRequested, false);
    setConnecting(false);
    if (!store) {
        showError(cancelled ? tr("Cancelled: nothing was opened; the console keeps the store it had.")
                            : openErrorText(shown, error));
        (m_passwordRow->isVisible() ? m_password : m_url)->setFocus();
        return false;
    }
    rememberStore(location);
    m_store = std::move(store);
    return true;
}

// Core's messages about the server start with its URL; one about a local file (the working copy) is given the
// server's URL in front, so that every error says which team store it is about.
QString ConnectTeamDialog::namingServer(const QString &shown, const QString &message)
{
    return message.contains(shown) ? message : shown + QStringLiteral(": ") + message;
}

QString ConnectTeamDialog::openErrorText(const QString &shown, const StoreError &error) const
{
    const QString message = namingServer(shown, error.message);
    switch (error.kind) {
    case StoreError::Kind::NotPermitted:
        return tr("The server refused the login: %1\n\nCheck the user name and the password. An administrator makes a "
                  "Redline user a login of the team store with redline_grant_login (docs/teamstore.md).")
            .arg(message);
    case StoreError::Kind::Integrity:
        return tr("The team store or its working copy on this computer is damaged: %1").arg(message);
    default:
        return tr("Could not open the team store: %1").arg(message);
    }
}

void ConnectTeamDialog::setConnecting(bool connecting, const QString &what)
{
    m_connecting = connecting;
    m_url->setEnabled(!connecting);
    m_recent->setEnabled(!connecting);
    m_password->setEnabled(!connecting);
    m_connect->setEnabled(!connecting);
    m_status->setText(what);
    m_status->setVisible(connecting);
    m_progress->setRange(0, 0);
    m_progress->setVisible(connecting);
    if (connecting)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    if (connecting)
        QCoreApplication::processEvents(); // shows what is being done before the call that waits for the server
}

void ConnectTeamDialog::reject()
{
    if (m_connecting) {
        m_cancelRequested = true; // the copy's next progress report stops it
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace redline
