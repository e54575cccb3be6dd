#pragma once

#include "policy/policy.h"
#include "actions/actionconsequences.h"
#include "actions/session.h"
#include "base/storedevent.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace redline {

class ConsequencesPanel;
class NoticePreview;
class Store;

// Records one violation against one subject: a code of the subject's scale, points within
// the code's range (R-L2), severity, source and evidence. While the moderator edits, the panel shows what
// the engine computes the violation would do at this instant; Confirm appends exactly that event in one
// transaction. OK stays disabled, with the reason shown, while the input is incomplete or the session may
// not record violations. Recording goes through Actions::recordViolation, which checks the permission,
// mints the id and writes the violation as the signed-in user.
//
// A destructive preview (a permanent sanction starts, or an MCN is removed, R-M2) needs a deliberate
// second step: a checkbox naming the consequence must be ticked before Record is enabled; it unticks
// whenever the destructive consequence changes. The preview follows the clock quietly (re-taken when the
// minute changes, and on Record); the moderator is asked again only when the consequences themselves
// changed, not when only their instant moved (see consequencesKey()).

class RecordViolationDialog : public QDialog
{
    Q_OBJECT
public:
    RecordViolationDialog(Store &store, const Session &session, const QString &handle, QWidget *parent = nullptr);

    // The id of the violation appended by Confirm; empty until then.
    QString recordedViolationId() const { return m_recordedId; }
    // The consequences shown for the current input (valid when hasPreview()).
    const ActionConsequences &consequences() const { return m_consequences; }
    bool hasPreview() const { return m_hasPreview; }
    // The notices Record will send (NoticePlanner), shown under the consequences.
    NoticePreview *noticePreview() const { return m_notice; }
    // Why Confirm is disabled; empty when it is enabled.
    QString blockingReason() const { return m_blockingReason; }

    // Selects a code by id (false when the subject's scale has no such code).
    bool selectCode(const QString &code);
    // Confirms a triage item (docs/rules.md "Triage"): the code, source and evidence filled in from it, and
    // Record appends the violation with the item's confirmation (Actions::confirmItem).
    void setTriageItem(const QString &item, const QString &code, const QString &source, const QString &evidence);
    QString triageItem() const { return m_triageItem; }

    // Whether the current preview is destructive and so needs the acknowledgement checkbox ticked.
    bool needsAcknowledgement() const { return !m_destructiveKey.isEmpty(); }

    // What the consequences mean, independent of the instant they are computed at: scores, ladder,
    // crossings, notices, sanctions started (terms relative to the action's instant) and ended, restrictions
    // gained and lost, removal. Two previews a minute apart with equal keys show the same consequences.
    static QString consequencesKey(const ActionConsequences &c);

public slots:
    void accept() override;

private slots:
    void onCodeChanged();
    void updatePreview();
    // Re-takes the preview when the store's clock has moved to another minute since the last one.
    void checkClock();

private:
    void buildUi();
    void fillCodes();
    QWidget *buildHeader();
    const ViolationCode *currentCode() const;
    StoredEvent currentEvent() const;
    QString validate() const;
    void setBlockingReason(const QString &reason);
    void updateAcknowledgement();
    void showConsequencesChanged();
    void updateNoticePreview();

    Store &m_store;
    Session m_session;
    QString m_handle;
    QString m_subjectName;
    bool m_subjectFound = false;
    SubjectKind m_kind = SubjectKind::Creator;
    Instant m_at = 0;
    QString m_recordedId;
    ActionConsequences m_consequences;
    bool m_hasPreview = false;
    QString m_previewError;
    QString m_blockingReason;
    QString m_destructiveKey;  // empty: nothing permanent in the preview
    QString m_triageItem;      // the item Record confirms; empty for a plain violation

    QComboBox *m_code = nullptr;
    QLabel *m_codeHint = nullptr;
    QSpinBox *m_points = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
    ConsequencesPanel *m_panel = nullptr;
    NoticePreview *m_notice = nullptr;
    QLabel *m_reasonIcon = nullptr;
    QLabel *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace redline
