#pragma once

#include "policy/policy.h"
#include "policy/policydiff.h"
#include "policy/policyschedule.h"
#include "query/whatifreport.h"

#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace redline {

class PolicyCompareChart;
class PolicyCompareModel;
class PolicyTierBars;
class Store;

// The policy lab's comparison (docs/architecture.md "The policy lab"): the whole store replayed at an
// instant under the policy in force and under a candidate (a draft, or a policy file picked here), off the
// UI thread with a progress bar and a Cancel that keeps nothing. The result: each kind's tiers under both
// policies as side-by-side bars, how many subjects change tier, ladder level, restrictions and score, the
// list of subjects ("only changed" by default), and for the selected subject both score histories on one
// chart and which single difference of the two policies explains its change, where one does. Exported as
// CSV (the rows of the list's filter) and as a one-page PDF summary.
class PolicyCompareView : public QWidget
{
    Q_OBJECT
public:
    PolicyCompareView(Store &store, QWidget *parent = nullptr);
    ~PolicyCompareView() override;

    void setCandidate(const Policy &policy, const QString &label);
    // Loads a policy file as the candidate; false with the loader's message ("FILE: FIELD: REASON").
    bool loadCandidateFile(const QString &path, QString *error);
    bool hasCandidate() const { return m_candidate.has_value(); }
    void setInstant(Instant at);
    Instant instant() const;

    bool isRunning() const { return m_running; }
    bool hasResult() const { return m_report != nullptr; }
    const WhatIfReport *report() const { return m_report.get(); }
    PolicyCompareModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PolicyTierBars *bars() const { return m_bars; }
    PolicyCompareChart *chart() const { return m_chart; }
    QString summaryText() const;
    QString whyText() const;
    // The policy differences, worded (PolicyDiff::describe), for the summary and the PDF.
    QStringList differences() const { return m_differences; }

    // The selected subject: both histories on the chart and the reason for its change.
    bool showSubject(const QString &handle, QString *error = nullptr);

    bool exportCsv(const QString &path, QString *error);
    bool exportPdf(const QString &path, QString *error);

public slots:
    void run();
    void cancel();

signals:
    // A run ended: with a result, or cancelled or failed (nothing kept).
    void runFinished(bool withResult);

private:
    QString differenceText(const PolicyChange &change) const;
    struct RunState {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };
    // What a run replays, fixed when it starts and shared with the run's thread: the store's policy versions
    // (a single policy kept here by value, so nothing points into the store) and the candidate.
    struct RunInputs {
        RunInputs(const PolicySchedule &storeSchedule, const Policy &candidate)
            : single(storeSchedule.latest())
            , schedule(storeSchedule.isSingle() ? PolicySchedule(single) : storeSchedule)
            , proposed(candidate)
            , proposedSchedule(proposed)
        {
        }
        RunInputs(const RunInputs &) = delete;
        RunInputs &operator=(const RunInputs &) = delete;

        Policy single;
        PolicySchedule schedule;
        Policy proposed;
        PolicySchedule proposedSchedule;
    };
    struct RunResult {
        std::shared_ptr<WhatIfReport> report;
        QString error;
    };

    QWidget *buildToolbar();
    QWidget *buildList();
    QWidget *buildDetail();
    void setRunning(bool running);
    void clearResult();
    void onRunFinished(const RunResult &result, const std::shared_ptr<RunState> &state);
    void showResult();
    void updateProgress();
    void applyFilter();
    void onCurrentRowChanged();
    void chooseCandidateFile();
    void chooseCsvFile();
    void choosePdfFile();
    QString explain(const QString &handle, const SubjectOutcome &outcome) const;

    Store &m_store;
    std::optional<Policy> m_candidate;
    QString m_candidateName;
    // The run's inputs, fixed when it starts, so that what is shown matches what was replayed.
    std::shared_ptr<const RunInputs> m_inputs;
    Policy m_inForce; // the store's policy in force at the instant: tier names, labels, the differences
    Policy m_proposed;
    QString m_proposedName;
    QStringList m_differences;
    std::shared_ptr<const WhatIfReport> m_report;
    std::shared_ptr<RunState> m_state;
    bool m_running = false;
    QThreadPool m_runner; // one thread: the run itself; the replay uses the global pool on both cores

    QLabel *m_candidateLabel = nullptr;
    QPushButton *m_loadButton = nullptr;
    QDateTimeEdit *m_instantEdit = nullptr;
    QPushButton *m_runButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QTimer *m_progressTimer = nullptr;
    QLabel *m_summary = nullptr;
    PolicyTierBars *m_bars = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QLineEdit *m_handleFilter = nullptr;
    QCheckBox *m_onlyChanged = nullptr;
    QLabel *m_listCount = nullptr;
    PolicyCompareModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_subjectTitle = nullptr;
    PolicyCompareChart *m_chart = nullptr;
    QLabel *m_why = nullptr;
    QString m_shownSubject;
};

} // namespace redline
