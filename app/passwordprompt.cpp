#include "passwordprompt.h"

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace redline {

std::optional<QString> PasswordPrompt::read(const char *variable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    return askWithoutEcho(prompt);
}

std::optional<QString> PasswordPrompt::askWithoutEcho(const QString &prompt)
{
    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return std::nullopt;
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    fputs(prompt.toLocal8Bit().constData(), stderr);
    fflush(stderr);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    int c = 0;
    while ((c = fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    fputc('\n', stderr);
    const QString password = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (c == EOF && password.isEmpty())
        return std::nullopt;
    return password;
}

} // namespace redline
