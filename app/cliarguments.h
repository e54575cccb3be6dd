#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace redline {

// redline-cli's command line: global options (--db, --policy, --user) anywhere, then one command with its own
// options and positional arguments. Each command declares which options take a value and which are flags,
// so an unknown option or a missing value is a usage error naming it.
class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)
public:
    struct Spec {
        QStringList valued; // --at T
        QStringList flags;  // --json
        int minPositional = 0;
        int maxPositional = 0;
        QString usage;      // "score HANDLE [--at T] [--json]"
    };

    // Splits off the global options and the command; false with *error on a malformed line.
    bool parseGlobal(const QStringList &arguments, QString *error);
    // Checks the command's own options and positionals against its spec.
    bool parseCommand(const Spec &spec, QString *error);

    const QString &command() const { return m_command; }
    QString database() const { return m_global.value(QStringLiteral("--db"), QStringLiteral("redline.db")); }
    QString policyFile() const { return m_global.value(QStringLiteral("--policy")); }
    QString user() const { return m_global.value(QStringLiteral("--user")); }
    bool wantsHelp() const { return m_help; }

    const QStringList &positional() const { return m_positional; }
    bool has(const QString &option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString &option) const { return m_values.value(option); }
    QString value(const QString &option, const QString &fallback) const { return m_values.value(option, fallback); }

private:
    QString m_command;
    QStringList m_rest;       // the command's arguments, before parseCommand
    QHash<QString, QString> m_global;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    bool m_help = false;
};

} // namespace redline
