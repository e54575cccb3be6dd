#pragma once

#include "policy/policy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QVector>

#include <optional>

namespace redline {

// One setting that differs between two policies, at the leaf of the policy's JSON (the format of
// resources/policies/default.json). `before`/`after` is Undefined when the setting exists on one side only
// (a code added or removed). Arrays of codes are matched by code id, so inserting a code does not make
// every later code look changed: `scales.creator.codes[creator.data_fraud].points`. Other arrays are
// compared element by element when both have the same length and hold objects, else as one value.
struct PolicyChange {
    QString path;
    QJsonValue before;
    QJsonValue after;
    std::optional<SubjectKind> kind; // the scale the setting belongs to; none for deposit, transition...
};

// The differences between two policies (`redline-cli policy diff`, the console's diff view) and a policy
// with one of them applied (which single difference explains a subject's change, docs/architecture.md
// "The policy lab").
class PolicyDiff
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDiff)
public:
    // Leaf changes from a to b, in the order of the policy file.
    static QVector<PolicyChange> diff(const Policy &a, const Policy &b);
    // A value as a reader sees it: numbers and strings plainly, arrays comma-separated, "—" for absent,
    // and "permanent" for a sanction without days.
    static QString valueText(const QJsonValue &value);
    // "scales.mcn.recovery.step: 10 → 20"
    static QString describe(const PolicyChange &change);
    // `base` with `change.after` set at `change.path`; nullopt and the loader's error when the result is
    // not a valid policy (a change may depend on another, e.g. a new max and a threshold above the old one).
    static std::optional<Policy> withChange(const Policy &base, const PolicyChange &change, QString *error);
    // [{"path","before","after","kind"}] with absent sides as null.
    static QJsonArray toJson(const QVector<PolicyChange> &changes);
};

} // namespace redline
