#pragma once

#include "reportdocument.h"
#include "store/auditentry.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace redline {

class CaseFileData;

// What a report says about itself and the store beside the case file: when it stands, who made it, the
// store's file, schema and policy, the audit rows of the subject and the chain's verification.
struct ReportContext {
    Instant at = 0;             // the report instant (--at), the case file's "now"
    Instant madeAt = 0;         // the store's clock when the report was made
    QString madeBy;             // the session's user
    QString storePath;
    int schemaVersion = 0;
    QString policyIdentity;     // "default v3 · sha256 1a2b3c4d5e6f"
    bool verified = false;
    QString verification;       // the verifier's result in words
    QVector<AuditEntry> audit;  // the subject's audit rows, newest first
};

// Builds a report's tables once from a case file's data (CaseFileData), so the PDF and the CSV carry the
// same rows, in the case file's order, worded as the console words them (PolicyText).
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    static ReportDocument build(const Policy &policy, const CaseFileData &data, const ReportContext &context);

    // The report's table keys, in order, for a kind (docs/contracts.md "redline-cli report").
    static QStringList tableKeys(SubjectKind kind);

private:
    static void addSubjectFacts(ReportDocument *doc, const Policy &policy, const CaseFileData &data);
    static void addProvenance(ReportDocument *doc, const ReportContext &context);
    static ReportTable restrictions(const Policy &policy, const CaseFileData &data);
    static ReportTable checklist(const CaseFileData &data);
    static ReportTable deposits(const Policy &policy, const CaseFileData &data);
    static ReportTable violations(const Policy &policy, const CaseFileData &data);
    static ReportTable sanctions(const Policy &policy, const CaseFileData &data);
    static ReportTable affiliates(const Policy &policy, const CaseFileData &data);
    static ReportTable notices(const CaseFileData &data);
    static ReportTable audit(const Policy &policy, const ReportContext &context);
};

} // namespace redline
