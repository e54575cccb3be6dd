#pragma once

#include "page.h"
#include "policy/policy.h"

class QTabWidget;
class QVBoxLayout;

namespace redline {

class PolicyEditor;
class PolicyVersionsPanel;
class Store;

// The policy lab (the console's Policy page): "Versions" (the store's policy versions, activation, and the
// differences of any two: PolicyVersionsPanel), "Editor" (PolicyEditor, starting from the policy in force;
// "Save as draft…" adds a version through Actions) and "Compare" (the replay of the history under a
// candidate next to the policy in force, a view the window hands in with setCompareView).
class PolicyLabPage : public Page
{
    Q_OBJECT
public:
    explicit PolicyLabPage(Store &store, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    PolicyEditor *editor() const { return m_editor; }
    PolicyVersionsPanel *versions() const { return m_versions; }
    QTabWidget *tabs() const { return m_tabs; }
    // Puts `view` (PolicyCompareView) in the Compare tab, replacing the note that stands there until then.
    void setCompareView(QWidget *view);
    QWidget *compareView() const { return m_compareView; }

    // Adds `policy` as the draft `name` through Actions::addPolicy; false with the refusal in *error.
    bool saveDraft(const Policy &policy, const QString &name, const QString &note, QString *error);

signals:
    // "Compare with the policy in force…" in the editor; the page has switched to the Compare tab.
    void compareRequested(const Policy &candidate, const QString &label);

protected:
    void sessionChanged() override;

private:
    QWidget *compareTab();
    void chooseDraftName(const Policy &policy);
    void openVersion(const Policy &policy, const QString &name);

    Store &m_store;
    QTabWidget *m_tabs = nullptr;
    PolicyVersionsPanel *m_versions = nullptr;
    PolicyEditor *m_editor = nullptr;
    QVBoxLayout *m_compareLayout = nullptr;
    QWidget *m_compareNote = nullptr;
    QWidget *m_compareView = nullptr;
};

} // namespace redline
