#pragma once

#include "actions/session.h"
#include "policy/policy.h"
#include "store/policyversion.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace redline {

class PolicyDiffView;
class Store;

// The store's policy versions (the one in force and the named drafts: author, creation, note, effective
// instant, backdated mark), "Open in editor", "Activate…" (policy_admin, through Actions::activatePolicy,
// with the effective instant and a warning when it lies before now), and below, the differences of any two
// versions (PolicyDiffView).
class PolicyVersionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyVersionsPanel(Store &store, QWidget *parent = nullptr);

    void refresh();
    void setSession(const Session &session);
    // Also offered in the diff view: the editor's draft when it is valid (nullopt: not offered).
    void setDraft(const std::optional<Policy> &draft, const QString &label);

    QTableWidget *table() const { return m_table; }
    PolicyDiffView *diffView() const { return m_diff; }
    const QVector<PolicyVersion> &versions() const { return m_versions; }
    QString error() const { return m_error; }
    // The selected version as a policy (nullopt: none selected, or its JSON no longer loads).
    std::optional<Policy> selectedPolicy(QString *name = nullptr) const;
    // Activates version `name` at `effectiveAt` through Actions; false with the refusal in *error.
    bool activate(const QString &name, Instant effectiveAt, QString *error);

signals:
    void openRequested(const Policy &policy, const QString &name);
    // A version was activated: every page's states may have changed.
    void storeChanged();

private:
    void fillTable();
    void updateDiffChoices();
    void updateButtons();
    void chooseActivation();

    Store &m_store;
    Session m_session;
    QVector<PolicyVersion> m_versions;
    QString m_error;
    std::optional<Policy> m_draft;
    QString m_draftLabel;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_activate = nullptr;
    PolicyDiffView *m_diff = nullptr;
};

} // namespace redline
