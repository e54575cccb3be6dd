#include "policyversions.h"

#include "policy/policyloader.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"

#include <QHash>

#include <sqlite3.h>

namespace redline {

PolicyVersions::PolicyVersions(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
{
}

bool PolicyVersions::readVersions(QVector<PolicyVersion> *out, StoreError *error)
{
    SqlStatement rows(m_db, "SELECT name, json, author, created_at, note FROM policy_versions ORDER BY id");
    if (!rows.isValid())
        return SqlError::fail(error, m_db, m_path, tr("read the policy versions"));
    while (rows.next()) {
        PolicyVersion v;
        v.name = rows.text(0);
        v.json = rows.utf8(1);
        v.author = rows.text(2);
        v.createdAt = rows.int64(3);
        v.note = rows.text(4);
        out->append(std::move(v));
    }
    return rows.resultCode() == SQLITE_DONE || SqlError::fail(error, m_db, m_path, tr("read the policy versions"));
}

bool PolicyVersions::activations(const Policy &base, QVector<PolicyActivation> *out, StoreError *error)
{
    SqlStatement rows(m_db, "SELECT coalesce(v.name, ?1), a.effective_at, a.recorded_at, a.by FROM policy_activations a "
                            "LEFT JOIN policy_versions v ON v.id = a.version_id ORDER BY a.id");
    rows.bind(1, base.name);
    if (!rows.isValid())
        return SqlError::fail(error, m_db, m_path, tr("read the policy activations"));
    while (rows.next())
        out->append({rows.text(0), rows.int64(1), rows.int64(2), rows.text(3)});
    return rows.resultCode() == SQLITE_DONE || SqlError::fail(error, m_db, m_path, tr("read the policy activations"));
}

bool PolicyVersions::list(const Policy &base, Instant now, QVector<PolicyVersion> *out, StoreError *error)
{
    out->clear();
    PolicyVersion first;
    first.name = base.name;
    first.author = tr("the store");
    first.json = PolicyLoader::toJson(base);
    first.base = true;
    first.createdAt = storeCreatedAt();
    out->append(first);
    QVector<PolicyActivation> activated;
    if (!readVersions(out, error) || !activations(base, &activated, error))
        return false;
    for (const PolicyActivation &a : std::as_const(activated)) {
        PolicyVersion &v = (*out)[indexOf(*out, a.name)];
        v.effectiveAt = a.effectiveAt;
        v.activatedAt = a.recordedAt;
        v.activatedBy = a.by;
        v.backdated = a.backdated();
    }
    const QVector<NamedPeriod> periods = periodsInForce(base.name, activated);
    int current = 0;
    for (int p = 1; p < periods.size(); ++p) {
        if (periods[p].from <= now)
            current = p;
    }
    (*out)[indexOf(*out, periods[current].name)].inForce = true;
    return true;
}

// The base policy is as old as the store (meta created_at, written when the store was made).
Instant PolicyVersions::storeCreatedAt()
{
    SqlStatement meta(m_db, "SELECT value FROM meta WHERE key = 'created_at'");
    if (!meta.isValid() || !meta.next())
        return 0;
    return parseInstant(meta.text(0)).value_or(0);
}

int PolicyVersions::indexOf(const QVector<PolicyVersion> &versions, const QString &name)
{
    // The base comes first, so a draft that shares its name (refused on add) could never hide it.
    for (int i = 0; i < versions.size(); ++i) {
        if (versions[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return 0;
}

// Which version is in force from when: the base from the beginning, then each activation in the order it
// was recorded, replacing everything an earlier one said from its instant on (a later decision wins).
QVector<PolicyVersions::NamedPeriod> PolicyVersions::periodsInForce(const QString &baseName,
                                                                    const QVector<PolicyActivation> &activated)
{
    QVector<NamedPeriod> periods{{0, baseName}};
    for (const PolicyActivation &a : activated) {
        while (periods.size() > 1 && periods.last().from >= a.effectiveAt)
            periods.removeLast();
        periods.append({a.effectiveAt, a.name});
    }
    return periods;
}

bool PolicyVersions::schedule(const Policy &base, PolicySchedule *out, StoreError *error)
{
    QVector<PolicyVersion> versions;
    QVector<PolicyActivation> activated;
    if (!readVersions(&versions, error) || !activations(base, &activated, error))
        return false;
    QHash<QString, std::shared_ptr<const Policy>> policies;
    for (const PolicyVersion &v : std::as_const(versions)) {
        QString why;
        std::optional<Policy> policy = PolicyLoader::loadJson(v.json, &why);
        if (!policy)
            return StoreError::fail(error, StoreError::Kind::Integrity,
                                    tr("%1: the stored policy version %2 is damaged: %3").arg(m_path, v.name, why));
        policies.insert(v.name.toCaseFolded(), std::make_shared<const Policy>(std::move(*policy)));
    }
    const auto basePolicy = std::make_shared<const Policy>(base);
    QVector<PolicyPeriod> periods;
    QStringList names;
    for (const NamedPeriod &named : periodsInForce(base.name, activated)) {
        const auto found = policies.constFind(named.name.toCaseFolded());
        periods.append({named.from, found != policies.constEnd() ? found.value() : basePolicy});
        names.append(named.name);
    }
    QString why;
    std::optional<PolicySchedule> schedule = PolicySchedule::build(periods, names, &why);
    if (!schedule)
        return StoreError::fail(error, StoreError::Kind::Integrity, tr("%1: the policy versions: %2").arg(m_path, why));
    *out = std::move(*schedule);
    return true;
}

bool PolicyVersions::add(const QString &name, const QByteArray &json, const QString &author, Instant createdAt,
                         const QString &note, StoreError *error)
{
    SqlStatement insert(m_db, "INSERT INTO policy_versions(name, json, author, created_at, note) "
                              "VALUES(?1, ?2, ?3, ?4, coalesce(?5, ''))");
    insert.bind(1, name);
    insert.bindText(2, json);
    insert.bind(3, author);
    insert.bind(4, createdAt);
    insert.bind(5, note);
    return (insert.isValid() && insert.exec()) || SqlError::fail(error, m_db, m_path, tr("store the policy version"));
}

bool PolicyVersions::activate(const QString &versionName, bool base, Instant effectiveAt, Instant recordedAt,
                              const QString &by, StoreError *error)
{
    SqlStatement insert(m_db, "INSERT INTO policy_activations(version_id, effective_at, recorded_at, by) "
                              "VALUES((SELECT id FROM policy_versions WHERE name = ?1 AND NOT ?5), ?2, ?3, ?4)");
    insert.bind(1, versionName);
    insert.bind(2, effectiveAt);
    insert.bind(3, recordedAt);
    insert.bind(4, by);
    insert.bind(5, base ? 1 : 0);
    return (insert.isValid() && insert.exec()) || SqlError::fail(error, m_db, m_path, tr("store the activation"));
}

} // namespace redline
