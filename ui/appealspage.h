#pragma once

#include "queuepage.h"

class QLabel;
class QPushButton;

namespace redline {

class AppealQueueModel;
class Store;

// The appeals queue: pending appeals, oldest first, with the case file of the selected
// appeal's subject beside it. Enter, D or the Decide button opens the decision dialog; O opens the subject
// in its browser; J/K move. Appeals on the signed-in user's own violations are marked (R-L4); only a
// senior moderator may decide (docs/roles.md), so for anyone else the Decide button says who may.
class AppealsPage : public QueuePage
{
    Q_OBJECT
public:
    AppealsPage(Store &store, QWidget *parent = nullptr);
    ~AppealsPage() override;

    AppealQueueModel *model() const { return m_model; }
    QPushButton *decideButton() const { return m_decide; }
    QString currentAppealId() const;
    QString title() const override;

public slots:
    // Opens the decision dialog for the selected appeal; true when a decision was stored.
    bool decideCurrent();

protected:
    QString currentKey() const override { return currentAppealId(); }
    int rowOfKey(const QString &key) const override;
    void reloadModel() override;
    void onCurrentChanged() override;
    void updateSummary() override;
    void sessionChanged() override;

private:
    void buildUi();
    void openCurrentSubject();
    void updateButtons();
    void updateDetail();

    AppealQueueModel *m_model = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_decide = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace redline
