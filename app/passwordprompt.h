#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redline {

// Where redline-cli gets a password (docs/roles.md): an environment variable for scripts, else a prompt
// on the terminal with echo off. Nothing here prints or logs the password.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)
public:
    // The variable's value when set; else asks on the terminal (standard input); nullopt when there is
    // neither.
    static std::optional<QString> read(const char *variable, const QString &prompt);

private:
    static std::optional<QString> askWithoutEcho(const QString &prompt);
};

} // namespace redline
