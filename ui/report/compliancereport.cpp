#include "compliancereport.h"

#include "casefiledata.h"
#include "csvreportwriter.h"
#include "pdfreportwriter.h"
#include "reportbuilder.h"
#include "policy/policyloader.h"
#include "store/schema/schema.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>

namespace redline {

std::optional<ComplianceReport::Format> ComplianceReport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString ComplianceReport::policyIdentity(const Policy &policy)
{
    const QByteArray digest = QCryptographicHash::hash(PolicyLoader::toJson(policy), QCryptographicHash::Sha256);
    return tr("%1 version %2 · SHA-256 %3").arg(policy.name).arg(policy.version).arg(QString::fromLatin1(digest.toHex().left(16)));
}

bool ComplianceReport::make(Store &store, const QString &handle, Instant at, const QString &madeBy,
                            ReportDocument *out, StoreError *error, const ProgressFn &progress)
{
    StoreError lookup;
    if (!store.subject(handle, &lookup)) {
        if (lookup.isSet()) {
            *error = lookup;
            return false;
        }
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("unknown subject %1").arg(handle));
    }
    CaseFileData data;
    QString loadError;
    if (!data.load(store, handle, &loadError, at)) {
        return StoreError::fail(error, StoreError::Kind::Internal, loadError);
    }
    ReportContext context;
    context.at = data.now;
    context.madeAt = store.now();
    context.madeBy = madeBy;
    context.storePath = store.path();
    StoreError schemaError;
    context.schemaVersion = Schema::userVersion(store.handle(), &schemaError, store.path());
    context.policyIdentity = policyIdentity(store.policy());
    if (store.isPolicyOverridden())
        context.policyIdentity = tr("%1 (an override, not the stored policy)").arg(context.policyIdentity);
    StoreError verifyError;
    context.verified = store.verify(progress, &verifyError);
    context.verification = context.verified
                               ? tr("Verified: integrity checks, the hash-chained audit log and the state cache are "
                                    "intact (%n event(s)).", nullptr, int(std::min<qint64>(store.eventCount(), INT_MAX)))
                               : tr("NOT VERIFIED: %1").arg(verifyError.message);
    StoreError auditError;
    context.audit = store.auditTrail(handle, &auditError);
    if (auditError.isSet()) {
        *error = auditError;
        return false;
    }
    *out = ReportBuilder::build(store.policy(), data, context);
    return true;
}

bool ComplianceReport::write(const ReportDocument &document, const QString &path, StoreError *error)
{
    const std::optional<Format> format = formatFor(path);
    if (!format) {
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("%1: a report is written as .pdf or .csv (the extension says which)").arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("%1: cannot write: %2").arg(path, file.errorString()));
    }
    QString why;
    if (*format == Format::Csv) {
        const QByteArray csv = CsvReportWriter::toCsv(document);
        if (file.write(csv) != csv.size())
            why = file.errorString();
    } else if (!PdfReportWriter::write(document, &file, &why)) {
        if (why.isEmpty())
            why = file.errorString();
    }
    if (!why.isEmpty()) {
        file.cancelWriting();
        return StoreError::fail(error, StoreError::Kind::Internal, tr("%1: cannot write the report: %2").arg(path, why));
    }
    if (!file.commit()) {
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("%1: cannot write: %2").arg(path, file.errorString()));
    }
    return true;
}

} // namespace redline
