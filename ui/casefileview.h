#pragma once

#include <QHash>
#include <QVector>

#include "casefiledata.h"

#include "actions/session.h"

#include <QWidget>

class QCheckBox;
class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace redline {

class HealthTab;
class ScoreChart;
class Store;

// The case file of one subject: a header with name, kind, score, band and the active
// restrictions with their end dates; tabs for the timeline (newest first, who and why), violations with
// their appeal state, sanctions active and past, and the score chart; for a creator its content health
// over time and taken apart (HealthTab, R-H1); for an MCN its certification
// checklist (R-M4), deposit ledger (R-M3), affiliated creators and protection notices (R-M6); for a
// banned brand the R-B2 notice. Read-only: the actions it offers are signals the window turns into dialogs,
// and a button the session may not use is disabled with a tooltip naming the role it needs. An event
// recorded more than a day after it happened is marked backdated, with both instants in its tooltip.
class CaseFileView : public QWidget
{
    Q_OBJECT
public:
    CaseFileView(Store &store, QWidget *parent = nullptr);

    void showSubject(const QString &handle);
    QString currentHandle() const { return m_handle; }
    const CaseFileData &data() const { return m_data; }
    bool hasSubject() const { return !m_handle.isEmpty(); }
    // The violation selected in the violations tab ("" when none).
    QString selectedViolationId() const;
    QTabWidget *tabs() const { return m_tabs; }
    // Who is signed in: decides which actions are offered (WriteGate) and whose violations are one's own (R-L4).
    void setSession(const Session &session);
    const Session &session() const { return m_session; }

    // Item data of a timeline or violation row: whether it is backdated (bool).
    static constexpr int BackdatedRole = Qt::UserRole + 10;

public slots:
    void reload();
    void clear();
    void focusTabs();
    // Selects a row of data().timeline in the timeline tab and its violation in the violations tab (a click
    // on the chart's marker of it).
    void selectTimelineEntry(int entry);

signals:
    void recordViolationRequested(const QString &handle);
    void fileAppealRequested(const QString &violationId);
    void decideAppealRequested(const QString &appealId);
    // A deposit, certification, contract, ban or exam action (LedgerActionDialog::Kind as int).
    void ledgerActionRequested(int kind, const QString &handle);
    // A subject named in the case file (an affiliated creator, a creator's MCN) was activated.
    void openSubjectRequested(const QString &handle);

private:
    QWidget *buildHeader();
    QWidget *buildActions();
    QTreeWidget *newTree(const QStringList &headers, const QString &objectName);
    void fillHeader();
    // R-H1: the index with its dimensions and effects in one fact, and every indicator in its tooltip.
    static QString healthFact(const HealthIndex &health, const Policy &policy);
    static QString healthBreakdown(const HealthIndex &health);
    void fillTimeline();
    QTreeWidgetItem *timelineItem(const TimelineEntry &t) const;
    void fillViolations();
    void fillSanctions();
    void fillHealthTab();
    void fillMcnTabs();
    void fillChecklist();
    void fillDeposits();
    void fillAffiliates();
    void fillProtection();
    void updateActions();
    void buildLedgerActions(QWidget *bar, QHBoxLayout *row);
    QString ledgerActionRefusal(int kind) const;
    void updateLedgerActions();
    void fillCertificationWarning();
    const ViolationEntry *selectedViolation() const;
    void showError(const QString &message);
    void setTabVisible(QWidget *tab, bool visible, const QString &title);

    Store &m_store;
    Session m_session = Session::anonymous();
    QString m_handle;
    CaseFileData m_data;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_band = nullptr;
    QLabel *m_restrictions = nullptr;
    QLabel *m_banNotice = nullptr;
    QLabel *m_certificationWarning = nullptr;
    QHash<int, QAction *> m_ledgerActions;   // LedgerActionDialog::Kind -> its menu entry
    QVector<QPushButton *> m_ledgerButtons;
    QLabel *m_facts = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_fileAppeal = nullptr;
    QPushButton *m_decideAppeal = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_timelineTab = nullptr;
    QCheckBox *m_showDerived = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTreeWidget *m_violations = nullptr;
    QTreeWidget *m_sanctions = nullptr;
    ScoreChart *m_chart = nullptr;
    HealthTab *m_health = nullptr;
    QTreeWidget *m_checklist = nullptr;
    QWidget *m_depositTab = nullptr;
    QLabel *m_depositSummary = nullptr;
    QTreeWidget *m_deposits = nullptr;
    QWidget *m_affiliateTab = nullptr;
    QLabel *m_affiliateSummary = nullptr;
    QTreeWidget *m_affiliates = nullptr;
    QWidget *m_protectionTab = nullptr;
    QLabel *m_protectionSummary = nullptr;
    QTreeWidget *m_notices = nullptr;
};

} // namespace redline
