#pragma once

#include "casefiledata.h"
#include "confirmrow.h"

#include "actions/actions.h"
#include "actions/session.h"
#include "notice/noticeplanner.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QTreeWidget;

namespace redline {

class ConsequencesPanel;
class Store;

// One agency, brand or creator action other than a violation, taken from the case file through the action
// layer: a deposit payment, deduction (liquidated damages, seed 003) or refund (R-M3); a certification
// grant or revocation (R-M4); a creator's contract start or end (R-M6); a brand's governance ban (R-B2);
// a passed community-norms exam (R-C3).
//
// Before anything is written the dialog shows the rule checks for the action (each ✓ or ✗, e.g. the R-M4
// checklist or the R-M3 refund conditions), the consequences the engine computes (ConsequencesPanel, as
// when recording a violation), and whatever core would refuse: the input is checked by Actions::check, the
// action's own write rolled back, so Confirm stays disabled with core's reason exactly when Confirm would
// fail. A permanent or removing action (a brand ban, a certification revocation) needs the acknowledgement
// checkbox ticked first, as in RecordViolationDialog.
class LedgerActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind {
        DepositPay,
        DepositDeduct,
        DepositRefund,
        CertificationGrant,
        CertificationRevoke,
        ContractStart,
        ContractEnd,
        BrandBan,
        Exam,
    };

    LedgerActionDialog(Store &store, const Session &session, Kind kind, const QString &handle, QWidget *parent = nullptr);

    // What the case file offers: the kind of subject each action is for, its permission and menu text.
    static SubjectKind subjectKind(Kind kind);
    static Permission permission(Kind kind);
    static QString actionText(Kind kind);

    Kind kind() const { return m_kind; }
    // Why Confirm is disabled; empty when it is enabled.
    QString blockingReason() const { return m_blockingReason; }
    // The checks as shown, one plain line each, "✓ " or "✗ " first (tests, accessibility).
    QStringList checkLines() const { return m_checkLines; }
    bool hasPreview() const { return m_hasPreview; }
    const ActionConsequences &consequences() const { return m_consequences; }
    bool needsAcknowledgement() const;
    // True once Confirm wrote the action.
    bool performed() const { return m_performed; }
    // The texts of the notices the action will send, as shown (NoticePlanner).
    QStringList noticeTexts() const { return m_noticeTexts; }

    void setAmount(qint64 yuan);
    void setReason(const QString &text);
    void setCounterparty(const QString &mcn);
    void setAcknowledged(bool acknowledged);

public slots:
    void accept() override;
    // Re-takes the checks and the preview for the current input (debounced while typing).
    void refresh();

private:
    struct Check {
        bool met = false;
        QString text;
    };

    void buildUi();
    QWidget *buildSummary();
    QString introText() const;
    bool needsAmount() const;
    bool needsCounterparty() const;
    bool needsReason() const;
    StoredEvent currentEvent() const;
    QString inputProblem() const;
    QVector<Check> ruleChecks() const;
    QVector<Check> depositChecks() const;
    QVector<Check> certificationChecks() const;
    QVector<Check> contractChecks() const;
    QVector<Check> examChecks() const;
    QString acknowledgementText() const;
    QString effectText() const;
    void showOutgoingNotices(const QVector<PlannedNotice> &notices);
    void showChecks(const QVector<Check> &checks);
    void setBlockingReason(const QString &reason);

    Store &m_store;
    Session m_session;
    Kind m_kind;
    QString m_handle;
    CaseFileData m_data;
    QString m_loadError;
    bool m_hasPreview = false;
    ActionConsequences m_consequences;
    QString m_blockingReason;
    QStringList m_checkLines;
    bool m_performed = false;
    QStringList m_noticeTexts;

    QLineEdit *m_amount = nullptr;
    QLineEdit *m_counterparty = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QTreeWidget *m_checks = nullptr;
    ConsequencesPanel *m_panel = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_effect = nullptr;
    QLabel *m_outgoing = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    ConfirmRow m_confirmRow;
    QTimer *m_debounce = nullptr;
};

} // namespace redline
