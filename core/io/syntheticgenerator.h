#pragma once

#include "io/generatoroptions.h"
#include "policy/policy.h"
#include "base/storedevent.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace redline {

// A realistic synthetic ledger (docs/contracts.md "generate"): console users; MCNs, brands and creators with Chinese and English
// names; creator-MCN contracts; MCN deposits and certifications (granted after the deposit and before any
// violation, so R-M4 holds); violations of every code of the policy in plausible proportions, heavy-tailed
// per subject, over the options' span; appeals on about 8% of them (about 35% overturned, 50% upheld, the
// rest pending), decided by someone other than the violation's recorder (R-L4); exams; deposit deductions
// that never exceed the balance (R-M3).
//
// Deterministic: one std::mt19937_64 seeded with options.seed and our own draws on it (the standard
// distributions differ between libraries), no clock, no hash-order iteration. The plan is kept as compact
// records and turned into StoredEvents one at a time as they are emitted.
class SyntheticGenerator
{
public:
    explicit SyntheticGenerator(const Policy &policy, GeneratorOptions options);

    // Emits every event in ascending `at` order (ties: the order they were planned, which puts whatever an
    // event refers to first) and stops early when the sink returns false. Returns the number emitted.
    // `progress` is told (done, total) every few thousand events and once at the end.
    qint64 run(const std::function<bool(const StoredEvent &)> &sink,
               const std::function<void(qint64 done, qint64 total)> &progress = {}) const;

    const GeneratorOptions &options() const { return m_options; }

    // What the generator draws a kind's violations from; exposed for tests and the console's preview.
    struct CodeMix {
        QString code;
        int minPoints = 0;
        int maxPoints = 0;
        double weight = 0;        // relative frequency within the kind
        QStringList evidence;
    };
    const QVector<CodeMix> &codeMix(SubjectKind kind) const { return m_codes[static_cast<int>(kind)]; }

private:
    GeneratorOptions m_options;
    QVector<CodeMix> m_codes[kSubjectKindCount];
};

} // namespace redline
