#pragma once

#include "page.h"

#include "campaign/campaignspec.h"
#include "campaign/campaignsummary.h"

#include <QVector>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace redline {

class CampaignEventModel;
class CampaignWizard;
class Store;

// The Campaigns page (R-S3, docs/rules.md "Campaigns"): every campaign with its counts (CampaignQuery),
// newest first, and under it the selected campaign's events (double-click opens the subject's case file).
// New campaign… opens the wizard; Export CSV… and Export PDF… write the selected campaign's report;
// Undo campaign… previews the undo in the wizard's preview widget, then applies it as one compensating
// action after a confirmation. Apply and undo are disabled, with who may, when the session may not start
// campaigns (WriteGate).
class CampaignsPage : public Page
{
    Q_OBJECT
public:
    explicit CampaignsPage(Store &store, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    QTableWidget *campaignTable() const { return m_campaigns; }
    QTableView *eventTable() const { return m_events; }
    CampaignEventModel *eventModel() const { return m_eventModel; }
    QPushButton *undoButton() const { return m_undo; }
    const QVector<CampaignSummary> &campaigns() const { return m_list; }
    QString currentCampaign() const;
    bool selectCampaign(const QString &id);

    // The wizard, optionally with a prefilled selection ("Act on all N shown…"); modal. Returns the
    // wizard's applied campaign id (empty when nothing was applied).
    QString openWizard(const std::optional<CampaignSelection> &selection = std::nullopt);
    // A wizard built as openWizard builds it, not shown (tests drive it).
    CampaignWizard *createWizard(const std::optional<CampaignSelection> &selection = std::nullopt);

    bool exportCsv(const QString &campaignId, const QString &path, QString *error);
    bool exportPdf(const QString &campaignId, const QString &path, QString *error);
    // Previews the undo and, when `askFirst` is false or the user confirms, applies it.
    bool undoCampaign(const QString &campaignId, bool askFirst = true);

protected:
    void sessionChanged() override;

private:
    void buildUi();
    void fillCampaigns();
    void onCampaignChanged();
    void updateButtons();
    void chooseExportCsv();
    void chooseExportPdf();
    void afterWrite(const QString &campaignId);

    Store &m_store;
    QVector<CampaignSummary> m_list;
    QLabel *m_summary = nullptr;
    QLabel *m_eventsTitle = nullptr;
    QTableWidget *m_campaigns = nullptr;
    QTableView *m_events = nullptr;
    CampaignEventModel *m_eventModel = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace redline
