#include "cliarguments.h"

namespace redline {

namespace {

const QStringList kGlobalOptions{QStringLiteral("--db"), QStringLiteral("--policy"), QStringLiteral("--user")};

// "--at=T" is read as "--at T".
void splitEquals(QString &argument, QStringList &rest, int index)
{
    const int eq = argument.indexOf(QLatin1Char('='));
    if (argument.startsWith(QLatin1String("--")) && eq > 2) {
        rest.insert(index + 1, argument.mid(eq + 1));
        argument.truncate(eq);
    }
}

} // namespace

bool CliArguments::parseGlobal(const QStringList &arguments, QString *error)
{
    QStringList args = arguments.mid(1);
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        splitEquals(arg, args, i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_help = true;
            continue;
        }
        if (kGlobalOptions.contains(arg)) {
            if (i + 1 >= args.size()) {
                *error = tr("%1 needs a value").arg(arg);
                return false;
            }
            m_global.insert(arg, args[++i]);
            continue;
        }
        if (m_command.isEmpty() && !arg.startsWith(QLatin1String("-"))) {
            m_command = arg;
            continue;
        }
        m_rest.append(arg);
    }
    if (m_command.isEmpty() && !m_help) {
        *error = tr("no command given");
        return false;
    }
    return true;
}

bool CliArguments::parseCommand(const Spec &spec, QString *error)
{
    for (int i = 0; i < m_rest.size(); ++i) {
        QString arg = m_rest[i];
        splitEquals(arg, m_rest, i);
        if (arg == QLatin1String("-") || !arg.startsWith(QLatin1String("-"))) {
            m_positional.append(arg);
            continue;
        }
        if (spec.flags.contains(arg)) {
            m_flags.insert(arg);
        } else if (spec.valued.contains(arg)) {
            if (i + 1 >= m_rest.size()) {
                *error = tr("%1 needs a value (usage: %2)").arg(arg, spec.usage);
                return false;
            }
            m_values.insert(arg, m_rest[++i]);
        } else {
            *error = tr("unknown option %1 for %2 (usage: %3)").arg(arg, m_command, spec.usage);
            return false;
        }
    }
    if (m_positional.size() < spec.minPositional) {
        *error = tr("missing argument (usage: %1)").arg(spec.usage);
        return false;
    }
    if (m_positional.size() > spec.maxPositional) {
        *error = tr("unexpected argument %1 (usage: %2)").arg(m_positional.at(spec.maxPositional), spec.usage);
        return false;
    }
    return true;
}

} // namespace redline
