#pragma once

#include "queuepage.h"

class QComboBox;
class QPushButton;

namespace redline {

class ReviewQueueModel;
class Store;

// The triage list (after Discourse's review queue, Ozone's keyboard triage): subjects with violations
// flagged by the algorithm or by user reports in the last days of the store's clock, newest first, with
// the case file of the current one beside it. J/K move, Enter opens the subject, N records a violation
// (the consequences are shown before it is confirmed).
class ReviewQueuePage : public QueuePage
{
    Q_OBJECT
public:
    ReviewQueuePage(Store &store, QWidget *parent = nullptr);
    ~ReviewQueuePage() override;

    ReviewQueueModel *model() const { return m_model; }
    QString currentHandle() const;
    QPushButton *recordButton() const { return m_record; }

    QString title() const override;
    void saveState() const override;

public slots:
    // Opens the record dialog for the current subject; true when a violation was stored.
    bool recordForCurrent();

signals:
    void violationRecorded(const QString &id);

protected:
    QString currentKey() const override { return currentHandle(); }
    int rowOfKey(const QString &key) const override;
    void reloadModel() override;
    void onCurrentChanged() override;
    void updateSummary() override;
    void sessionChanged() override;

private:
    void buildUi();
    void openCurrent();
    void updateButtons();

    ReviewQueueModel *m_model = nullptr;
    QComboBox *m_window = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace redline
