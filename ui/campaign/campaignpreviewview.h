#pragma once

#include "campaign/campaignoutcome.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace redline {

class ConsequencesPanel;
class PolicyTierBars;
struct Policy;

// What a campaign's preview shows and its apply or undo did (R-S3, CampaignOutcome): counts per action
// (accepted, refused; an undo's kept), subjects per kind, a sample of targets with each one's consequence
// as the record dialog computes it (the selected row's in full in a ConsequencesPanel), the tier
// distribution now against after (PolicyTierBars), and the refusals with their reasons.
class CampaignPreviewView : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignPreviewView(QWidget *parent = nullptr);

    void showOutcome(const CampaignOutcome &outcome, const Policy &policy);
    void showMessage(const QString &text);
    void clear();

    const CampaignOutcome &outcome() const { return m_outcome; }
    bool hasOutcome() const { return m_hasOutcome; }
    QLabel *headline() const { return m_headline; }
    QTableWidget *countsTable() const { return m_counts; }
    QTableWidget *sampleTable() const { return m_sample; }
    // The sample entry (CampaignOutcome::sample) a row of the sample table shows; -1 for none.
    int sampleIndex(int row) const;
    QTableWidget *refusalsTable() const { return m_refusals; }
    PolicyTierBars *tierBars() const { return m_bars; }
    ConsequencesPanel *consequences() const { return m_panel; }

    // How an action id reads ("revoke_certification" -> "Revoke certification"), undo words included.
    static QString actionLabel(const QString &id);

private:
    void fillCounts();
    void fillSample();
    void fillTiers();
    void fillRefusals();
    void showSample(int row);

    const Policy *m_policy = nullptr;
    CampaignOutcome m_outcome;
    bool m_hasOutcome = false;
    QVector<int> m_sampleOrder; // table row -> sample index
    QLabel *m_headline = nullptr;
    QLabel *m_kinds = nullptr;
    QTableWidget *m_counts = nullptr;
    QTableWidget *m_sample = nullptr;
    ConsequencesPanel *m_panel = nullptr;
    PolicyTierBars *m_bars = nullptr;
    QLabel *m_refusalsTitle = nullptr;
    QTableWidget *m_refusals = nullptr;
};

} // namespace redline
