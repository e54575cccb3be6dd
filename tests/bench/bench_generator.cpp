// Generation speed at full scale (issue 3): 1,000,000 creators and 5,000,000 violations.
// Usage: bench_generator [creators] [violations] [mcns] [brands]
#include "io/syntheticgenerator.h"
#include "policy/policyloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace redline;

namespace {

// Peak resident memory in MiB (Linux), or -1.
qint64 peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    GeneratorOptions options;
    options.creators = args.size() > 1 ? args[1].toInt() : 1000000;
    options.violations = args.size() > 2 ? args[2].toLongLong() : 5000000;
    options.mcns = args.size() > 3 ? args[3].toInt() : 5000;
    options.brands = args.size() > 4 ? args[4].toInt() : 50000;

    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    qint64 characters = 0; // the sink reads the event so that nothing is optimised away
    const qint64 events = SyntheticGenerator(PolicyLoader::defaultPolicy(), options).run([&](const StoredEvent &e) {
        characters += e.subject.size() + e.id.size() + e.text.size() + e.attrs.size();
        return true;
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    out << "generate: mcns " << options.mcns << ", brands " << options.brands << ", creators " << options.creators
        << ", violations " << options.violations << "\n"
        << "events " << events << " in " << QString::number(seconds, 'f', 2) << " s = "
        << QString::number(double(events) / seconds, 'f', 0) << " events/s (" << characters << " chars)\n"
        << "peak memory " << peakMemoryMiB() << " MiB\n";
    return 0;
}
