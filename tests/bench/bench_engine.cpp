// Replays synthetic ledgers through the engine and prints events per second and the time for one
// 1,000-event subject (issue: "well under a millisecond"). Not part of the test run.
#include "engine/scoreengine.h"
#include "policy/policyloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <random>

using namespace redline;

namespace {

QVector<LedgerEvent> syntheticLedger(const Policy &policy, SubjectKind kind, int size, std::mt19937_64 &rng)
{
    const Scale &scale = policy.scale(kind);
    QVector<LedgerEvent> ledger;
    ledger.reserve(size);
    Instant at = *parseInstant(QStringLiteral("2024-01-01"));
    std::uniform_int_distribution<int> gap(1, 3 * 86400);
    std::uniform_int_distribution<int> code(0, scale.codes.size() - 1);
    std::uniform_int_distribution<int> roll(0, 99);
    QVector<int> violations;
    while (ledger.size() < size) {
        at += gap(rng);
        LedgerEvent e;
        e.at = at;
        e.seq = ledger.size() + 1;
        const int r = roll(rng);
        if (r < 10 && !violations.isEmpty()) {
            e.type = LedgerEventType::Decision;
            e.target = violations[std::uniform_int_distribution<int>(0, violations.size() - 1)(rng)];
            e.overturned = r < 5;
        } else if (r < 14 && kind == SubjectKind::Creator) {
            e.type = LedgerEventType::Exam;
        } else {
            e.type = LedgerEventType::Violation;
            e.id = QStringLiteral("v-%1").arg(ledger.size());
            e.code = code(rng);
            violations.append(ledger.size());
        }
        ledger.append(e);
    }
    return ledger;
}

void bench(QTextStream &out, const Policy &policy, SubjectKind kind, int size, int subjects, bool timeline)
{
    std::mt19937_64 rng(42);
    QVector<QVector<LedgerEvent>> ledgers;
    for (int i = 0; i < subjects; ++i)
        ledgers.append(syntheticLedger(policy, kind, size, rng));
    SubjectInfo subject;
    subject.kind = kind;
    subject.registeredAt = *parseInstant(QStringLiteral("2023-12-01"));
    const ScoreEngine engine(policy);
    const Instant at = *parseInstant(QStringLiteral("2030-01-01"));
    int checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (const auto &ledger : ledgers)
        checksum += timeline ? engine.replay(subject, ledger, at).timeline.points.size() : engine.stateAt(subject, ledger, at).score;
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double events = double(size) * subjects;
    out << QStringLiteral("%1 %2 events x %3 subjects (%4): %5 events/s, %6 us per subject (checksum %7)\n")
               .arg(subjectKindName(kind), -8)
               .arg(size)
               .arg(subjects)
               .arg(timeline ? QStringLiteral("state+timeline") : QStringLiteral("state only"))
               .arg(events / seconds, 0, 'f', 0)
               .arg(seconds * 1e6 / subjects, 0, 'f', 1)
               .arg(checksum);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Policy &policy = PolicyLoader::defaultPolicy();
    for (SubjectKind kind : {SubjectKind::Creator, SubjectKind::Mcn, SubjectKind::Brand}) {
        bench(out, policy, kind, 1000, 2000, false);
        bench(out, policy, kind, 1000, 2000, true);
    }
    bench(out, policy, SubjectKind::Creator, 5, 200000, false);
    return 0;
}
