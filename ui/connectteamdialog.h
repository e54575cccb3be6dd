#pragma once

#include "base/storeerror.h"
#include "store/storeoptions.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QWidget;

namespace redline {

class Store;

// File > Connect to team store… (docs/teamstore.md "Two consoles"): the team store's URL, the team stores
// connected to before, Connect and Cancel. Connect asks the server whether it wants a password the URL and
// libpq's environment do not give (TeamStore::needsPassword) and only then shows the password field; the
// password goes to the server once and is kept nowhere, neither in the settings nor in this dialog after the
// attempt. The first connection copies the whole team store into the working copy, so the dialog shows that
// it is busy and Cancel stops it. An error names the server and says what went wrong; the dialog stays open
// so the URL or the password can be corrected, and the window keeps the store it has.
class ConnectTeamDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectTeamDialog(const StoreOptions &options, QWidget *parent = nullptr);
    ~ConnectTeamDialog() override;

    void setUrl(const QString &url);
    QString url() const;
    // Connects as soon as the dialog is shown (redline --db URL): it stays open only to ask for a password
    // or to show why the connection failed.
    void connectWhenShown() { m_connectWhenShown = true; }
    // The linked working copy once connected (accepted); null before. The caller takes it.
    std::unique_ptr<Store> takeStore();

    QString errorText() const;
    bool isAskingForPassword() const;

    // The team stores connected to, newest first, as TeamStore::displayName shows them (never a password).
    static QStringList recentStores();
    // `message` with the team store's URL in front unless it names it already.
    static QString namingServer(const QString &shown, const QString &message);
    static void rememberStore(const QString &url);
    static const char *const kRecentKey;

public slots:
    void accept() override;
    // While connecting, Cancel stops the copy (the store the window has stays open); else it closes.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void fillRecent();
    void askForPassword(const QString &shown);
    void hidePassword();
    bool connectTo(const QString &url);
    void setConnecting(bool connecting, const QString &what = QString());
    void showError(const QString &message);
    QString openErrorText(const QString &shown, const StoreError &error) const;

    StoreOptions m_options;
    std::unique_ptr<Store> m_store;
    QString m_passwordFor; // the URL the password field was shown for
    bool m_connecting = false;
    bool m_cancelRequested = false;
    bool m_connectWhenShown = false;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_url = nullptr;
    QListWidget *m_recent = nullptr;
    QWidget *m_passwordRow = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace redline
