#pragma once

#include "actions/session.h"
#include "campaign/campaignoutcome.h"
#include "campaign/campaignspec.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace redline {

class CampaignPreviewView;
class CampaignSpecForm;
class Store;

// The campaign wizard (R-S3, docs/rules.md "Campaigns"): the spec form on the left, the preview on the
// right. Preview runs Actions::previewCampaign (nothing written) and shows exactly what Apply would do;
// Apply is enabled only after a preview of the spec as it stands with no refusal and when the session may
// start campaigns (WriteGate), and runs Actions::applyCampaign in one transaction with a progress dialog
// whose Cancel leaves the store unchanged. Open spec… / Save spec… read and write the spec's JSON.
class CampaignWizard : public QDialog
{
    Q_OBJECT
public:
    CampaignWizard(Store &store, const Session &session, QWidget *parent = nullptr);

    CampaignSpecForm *form() const { return m_form; }
    CampaignPreviewView *preview() const { return m_preview; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *applyButton() const { return m_applyButton; }
    // Prefills the selection ("Act on all N shown…").
    void setSelection(const CampaignSelection &selection);

    // Why Apply is disabled; empty when enabled.
    QString applyBlockedReason() const;
    // The id of the campaign Apply wrote; empty until then.
    QString appliedId() const { return m_appliedId; }

    bool openSpec(const QString &path, QString *error);
    bool saveSpec(const QString &path, QString *error);

public slots:
    bool runPreview();
    // `askFirst`: confirm with a question naming the counts (the button does; tests need not).
    bool runApply(bool askFirst = true);

signals:
    void applied(const QString &campaignId);

private:
    void onFormChanged();
    void updateApply();
    void chooseOpenSpec();
    void chooseSaveSpec();

    Store &m_store;
    Session m_session;
    CampaignSpecForm *m_form = nullptr;
    CampaignPreviewView *m_preview = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QLabel *m_status = nullptr;
    QJsonObject m_previewedJson; // the spec the preview shown is of
    bool m_previewed = false;
    QString m_appliedId;
};

} // namespace redline
