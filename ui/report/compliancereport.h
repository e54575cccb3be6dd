#pragma once

#include "reportdocument.h"
#include "base/progress.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace redline {

class Store;

// A subject's compliance report from a store (docs/contracts.md "redline-cli report"; File > Export
// report… in the console): reads the case file as of an instant, verifies the store as `redline-cli
// verify` does, builds the report once and writes it as PDF or CSV by the file's extension. It only reads.
class ComplianceReport
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReport)
public:
    enum class Format { Pdf, Csv };
    // By the extension, case-insensitively: .pdf or .csv; nullopt for anything else.
    static std::optional<Format> formatFor(const QString &path);

    // An unknown handle is BadInput "unknown subject HANDLE"; a damaged store still gets its report, which
    // says what verification found. `progress` follows the verification (the slow part on a big store).
    static bool make(Store &store, const QString &handle, Instant at, const QString &madeBy, ReportDocument *out,
                     StoreError *error, const ProgressFn &progress = {});

    // Writes to a temporary file beside `path` and renames it into place, so a failure leaves nothing
    // (and no half-written report) behind. BadInput for a path that cannot be written or a bad extension.
    static bool write(const ReportDocument &document, const QString &path, StoreError *error);

    // "default v1 · sha256 1a2b3c4d5e6f": the policy's name and version, and a digest of its JSON, so two
    // reports under different policies with the same version still differ.
    static QString policyIdentity(const Policy &policy);
};

} // namespace redline
