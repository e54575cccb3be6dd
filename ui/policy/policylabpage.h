#pragma once

#include "page.h"
#include "policy/policy.h"

class QTabWidget;
class QVBoxLayout;

namespace redline {

class PolicyEditor;
class Store;

// The policy lab (the console's Policy page): "Versions" (the store's versions and the differences of
// any two), "Editor" (PolicyEditor, starting from the policy in force) and "Compare" (the replay of the
// history under a candidate next to the policy in force, a view the window hands in with setCompareView).
class PolicyLabPage : public Page
{
    Q_OBJECT
public:
    explicit PolicyLabPage(Store &store, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    PolicyEditor *editor() const { return m_editor; }
    QTabWidget *tabs() const { return m_tabs; }
    // Puts `view` (PolicyCompareView) in the Compare tab, replacing the note that stands there until then.
    void setCompareView(QWidget *view);
    QWidget *compareView() const { return m_compareView; }

signals:
    // "Compare with the policy in force…" in the editor; the page has switched to the Compare tab.
    void compareRequested(const Policy &candidate, const QString &label);

protected:
    void sessionChanged() override;

private:
    QWidget *versionsTab();
    QWidget *compareTab();

    Store &m_store;
    QTabWidget *m_tabs = nullptr;
    PolicyEditor *m_editor = nullptr;
    QVBoxLayout *m_compareLayout = nullptr;
    QWidget *m_compareNote = nullptr;
    QWidget *m_compareView = nullptr;
};

} // namespace redline
