#pragma once

#include "confirmrow.h"

#include "actions/session.h"
#include "query/violationrecord.h"

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace redline {

class Store;

// Files the subject's appeal against one violation: the subject's reason and materials as
// text. Refused, with the reason shown, when the violation already has an appeal (R-L3: at most one) or
// no longer stands (retracted or overturned). Filed through Actions::fileAppeal: the moderator files it on
// the subject's behalf, the subject is the appellant, and the audit log names the moderator.
class FileAppealDialog : public QDialog
{
    Q_OBJECT
public:
    FileAppealDialog(Store &store, const Session &session, const QString &violationId, QWidget *parent = nullptr);

    // The id of the appeal appended by Confirm; empty until then.
    QString appealId() const { return m_appealId; }
    QString blockingReason() const { return m_blockingReason; }

public slots:
    void accept() override;

private slots:
    void updateState();

private:
    void buildUi();
    QString summaryHtml() const;
    QString refusal() const;
    QString validate() const;
    QString appealText() const;

    Store &m_store;
    Session m_session;
    QString m_violationId;
    std::optional<ViolationRecord> m_violation;
    QString m_lookupError;
    QString m_existingAppeal; // "a-1, pending" or "a-1, overturned on …"
    QString m_appealId;
    QString m_blockingReason;

    QPlainTextEdit *m_reasonEdit = nullptr;
    QPlainTextEdit *m_materials = nullptr;
    ConfirmRow m_confirmRow;
};

} // namespace redline
