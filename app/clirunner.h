#pragma once

#include "actions/session.h"
#include "cliarguments.h"
#include "base/instant.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace redline {

struct CampaignOutcome;

class Store;
struct Policy;

// redline-cli (DESIGN.md "redline-cli"): parses the command line, runs one command through the same core
// functions the console calls, prints results on stdout and errors on stderr as one line, and returns the
// exit code: 0 ok, 1 internal error, 2 bad input or usage, 3 integrity failure, 4 not signed in or not
// permitted (docs/contracts.md). Every write goes through the action layer (Actions) as the session's user.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
public:
    enum Exit { Ok = 0, Internal = 1, BadInput = 2, Integrity = 3, NotPermitted = 4 };

    explicit CliRunner(QStringList arguments);
    int run();

    static int exitCodeOf(const StoreError &error);
    // Whether the command line runs `report`, the one command that needs a QApplication (its PDF).
    static bool needsGui(int argc, char *argv[]);

private:
    int dispatch();
    int init();
    int import();
    int score();
    int history();
    int list();
    int replay();
    int verify();
    int exportStore();
    int generate();
    int scan();
    int policy();
    int policyList(Store &store);
    int policyShow(Store &store, const QString &name);
    int policyAdd(Store &store, const QString &file);
    int policyActivate(Store &store, const QString &name);
    int policyDiff(Store &store, const QString &a, const QString &b);
    // A stored version by name, else a policy file; nullopt after reporting why (exit 2).
    std::optional<Policy> versionOrFile(const Store &store, const QString &nameOrFile, QString *label);
    int report();
    int user();
    int userList(Store &store);
    int notices();
    int findings();
    int health();
    int triage();
    int triageList(Store &store);
    int triageStep(Store &store, const QString &sub, const QString &item);
    int copy();
    int campaign();
    int campaignRun(Store &store, const QString &sub, const QString &argument);
    int campaignList(Store &store);
    int campaignReport(Store &store, const QString &id);
    void printOutcome(const CampaignOutcome &outcome);

    // Who acts on `store` (docs/roles.md): --user NAME signs in with REDLINE_PASSWORD or a prompt; without
    // it, an open store's OS user or, on a secured store, nobody (writes then exit 4).
    std::optional<Session> session(const Store &store);
    // On a team store, the login the server signed in; --user may only name it.
    std::optional<Session> teamSession(const Store &store, const QString &login, const QString &name);
    std::optional<QString> newPassword(const QString &name);

    // Opens the store for a command; readOnly when the command writes nothing (a read-only file then still
    // works). writes: the command appends events, so a read-only file is bad input.
    bool createStoreIfMissing();
    std::unique_ptr<Store> createStore();
    std::unique_ptr<Store> openStore(bool writes, bool refreshDue);
    bool loadPolicyOverride(Store &store);
    bool instantOption(const QString &option, Instant fallback, Instant *out);
    bool knownAtOption(Store &store);
    bool parseCommand(const CliArguments::Spec &spec);

    int fail(const StoreError &error);
    int fail(int code, const QString &message);
    void print(const QByteArray &bytes);
    QByteArray usage() const;

    QStringList m_arguments;
    CliArguments m_args;
    QFile m_out;
    std::optional<Instant> m_now; // REDLINE_NOW
    int m_failCode = Ok;          // the exit code of the last failure reported
};

} // namespace redline
