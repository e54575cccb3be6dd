#pragma once

#include "base/storeerror.h"
#include "policy/policyschedule.h"
#include "store/policyversion.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

struct sqlite3;

namespace redline {

// The policy_versions and policy_activations tables (schema version 5): reading the versions, building
// the schedule the store's states are computed under, and appending a version or an activation (the
// caller holds the transaction and writes the audit row).
class PolicyVersions
{
    Q_DECLARE_TR_FUNCTIONS(PolicyVersions)
public:
    PolicyVersions(sqlite3 *db, const QString &path);

    // The base policy first, then the drafts in the order they were added; inForce and the activation
    // fields are as of `now`.
    bool list(const Policy &base, Instant now, QVector<PolicyVersion> *out, StoreError *error);
    bool activations(const Policy &base, QVector<PolicyActivation> *out, StoreError *error);
    // The versions in force over time: the base from the beginning, then every activation in the order
    // it was recorded, each taking over from its instant on (a later decision overrides what an earlier
    // one said about the same instants; docs/rules.md "Policy versions").
    bool schedule(const Policy &base, PolicySchedule *out, StoreError *error);

    bool add(const QString &name, const QByteArray &json, const QString &author, Instant createdAt,
             const QString &note, StoreError *error);
    // `versionName` a draft's name, or the base policy's (version_id NULL).
    bool activate(const QString &versionName, bool base, Instant effectiveAt, Instant recordedAt, const QString &by,
                  StoreError *error);

private:
    struct NamedPeriod {
        Instant from = 0;
        QString name;
    };
    bool readVersions(QVector<PolicyVersion> *out, StoreError *error);
    static QVector<NamedPeriod> periodsInForce(const QString &baseName, const QVector<PolicyActivation> &activated);
    Instant storeCreatedAt();
    static int indexOf(const QVector<PolicyVersion> &versions, const QString &name);

    sqlite3 *m_db;
    QString m_path;
};

} // namespace redline
