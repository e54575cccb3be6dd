#pragma once

#include "policy/policy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redline {

// The policy as data (POLICY.md: "every number below is a value of the default policy, not a constant in
// code"). The format is resources/policies/default.json; a file is validated in full so that a policy
// the engine runs on never holds a negative period, a threshold outside its scale or an id nobody defined.
class PolicyLoader
{
    Q_DECLARE_TR_FUNCTIONS(PolicyLoader)
public:
    // Parses and validates; on failure returns nullopt and sets *error to one line "FIELD: REASON",
    // FIELD a JSON path like `scales.creator.codes[10].min` (include file name prefix in loadFile: "FILE: FIELD: REASON").
    static std::optional<Policy> loadJson(const QByteArray &json, QString *error);
    static std::optional<Policy> loadFile(const QString &path, QString *error);
    // The built-in default from ":/policies/default.json" (qFatal if the shipped file is broken: a build bug).
    static const Policy &defaultPolicy();
    // Serialises back to the same JSON format (round-trips: loadJson(toJson(p)) == p field-for-field), for `redline-cli policy`.
    static QByteArray toJson(const Policy &policy);

private:
    // `defaults`: where a section an older file lacks comes from (`triage`); null for the built-in file.
    static std::optional<Policy> parse(const QByteArray &json, const Policy *defaults, QString *error);
    static std::optional<Policy> parseFile(const QString &path, const Policy *defaults, QString *error);
};

} // namespace redline
