#pragma once

#include "queuepage.h"

#include "base/storeerror.h"

class QComboBox;
class QPushButton;

namespace redline {

class CampaignWizard;
class TriageItemView;
class TriageQueueModel;
struct TriageCounts;
struct TriageItem;

// The triage queue (docs/rules.md "Triage"; after Discourse's review queue and Ozone's keyboard triage):
// flagged posts and verified user reports, newest or oldest first, the current item's post with its
// findings highlighted under the list and its creator's case file beside it. J/K move, A claims, R
// releases, D dismisses with a reason, C confirms (claims the item first, then opens the record dialog with
// the code, evidence and preview filled in), Enter opens the creator. Every step goes through the action
// layer, which refuses a step on an item another moderator holds and says who.
class TriagePage : public QueuePage
{
    Q_OBJECT
public:
    TriagePage(Store &store, QWidget *parent = nullptr);
    ~TriagePage() override;

    TriageQueueModel *model() const { return m_model; }
    TriageItemView *itemView() const { return m_itemView; }
    QString currentItem() const;
    QComboBox *filterCombo() const { return m_filter; }
    // "Act on all N shown…" (R-S3): the campaign wizard selecting the posts in the filter's triage state;
    // null, with the button's tooltip saying why, for a filter that is not one state.
    QPushButton *actOnAllButton() const { return m_actOnAll; }
    CampaignWizard *createCampaignWizard();

    QString title() const override;
    void saveState() const override;

public slots:
    bool claimCurrent();
    bool releaseCurrent();
    // `reason` empty: asks for one.
    bool dismissCurrent(const QString &reason = QString());
    // Claims the current item when it is open, then opens the record dialog; true when it was confirmed.
    bool confirmCurrent();

signals:
    void violationRecorded(const QString &id);

protected:
    QString currentKey() const override { return currentItem(); }
    int rowOfKey(const QString &key) const override;
    void reloadModel() override;
    void onCurrentChanged() override;
    void updateSummary() override;
    void sessionChanged() override;

private:
    void buildUi();
    QPushButton *addButton(const QString &name, const QString &text, const QString &tip);
    void applyFilter();
    void openCurrent();
    void updateButtons();
    void updateActOnAll(const TriageCounts &counts);
    void actOnAllShown();
    const TriageItem *current() const;
    // Runs a step through the action layer; on a refusal says why and re-reads the queue.
    bool takeStep(const std::function<bool(StoreError *)> &step, const QString &failedTitle);
    void afterWrite();

    TriageQueueModel *m_model = nullptr;
    TriageItemView *m_itemView = nullptr;
    QComboBox *m_filter = nullptr;
    QComboBox *m_order = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_actOnAll = nullptr;
};

} // namespace redline
