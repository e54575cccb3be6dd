#pragma once

#include "confirmrow.h"

#include "actions/actionconsequences.h"
#include "actions/session.h"
#include "query/appealrecord.h"

#include <QDialog>
#include <QString>

#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace redline {

class ConsequencesPanel;
class NoticePreview;
class Store;

// Decides one appeal: upheld or overturned, with a reason. Overturning shows what the
// engine computes it would do (points given back, sanctions ended) before it is confirmed. The moderator
// who recorded the violation cannot decide its appeal (R-L4 four-eyes): the decide button is disabled with
// a tooltip that says why, and should it be reached anyway the store refuses and its message is shown.
class DecideAppealDialog : public QDialog
{
    Q_OBJECT
public:
    DecideAppealDialog(Store &store, const Session &session, const QString &appealId, QWidget *parent = nullptr);

    enum Outcome { Upheld, Overturned };
    void setOutcome(Outcome outcome);
    QString decidedOutcome() const { return m_decided; } // "upheld"/"overturned" once stored
    QString blockingReason() const { return m_blockingReason; }
    const ActionConsequences &consequences() const { return m_consequences; }
    bool hasPreview() const { return m_hasPreview; }
    // The notice Decide will send (NoticePlanner), shown under the consequences.
    NoticePreview *noticePreview() const { return m_notice; }
    // The last message the store gave when it refused the decision.
    QString storeMessage() const { return m_storeMessage; }

public slots:
    void accept() override;

private slots:
    void updateState();

private:
    void buildUi();
    QString summaryHtml() const;
    QString refusal() const;
    QString validate() const;
    QString outcomeWord() const;
    QString outcomeText(const QString &outcome) const;
    bool decidedMeanwhile();
    void updatePreview();

    Store &m_store;
    Session m_session;
    QString m_appealId;
    std::optional<AppealRecord> m_appeal;
    QString m_lookupError;
    QString m_decided;
    QString m_blockingReason;
    QString m_storeMessage;
    ActionConsequences m_consequences;
    bool m_hasPreview = false;

    QRadioButton *m_upheld = nullptr;
    QRadioButton *m_overturned = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    ConsequencesPanel *m_panel = nullptr;
    NoticePreview *m_notice = nullptr;
    ConfirmRow m_confirmRow;
};

} // namespace redline
