#pragma once

#include "query/subjectquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace redline {

class Store;

// The filters above a subject table: search (handle or name, Chinese included), score range,
// restriction, band (kinds whose scale has bands) and MCN (creators). Typing in the search box waits a
// moment before asking, so a fast typist sends one query, not one per key.
class SubjectFilterBar : public QWidget
{
    Q_OBJECT
public:
    SubjectFilterBar(Store &store, SubjectKind kind, QWidget *parent = nullptr);

    // The filters as a query spec (kind set; sort left default for the model to keep its own).
    SubjectListSpec spec() const;
    QLineEdit *searchEdit() const { return m_search; }
    void setSearchText(const QString &text);
    void setMcn(qint64 mcnId);
    bool hasActiveFilter() const;

public slots:
    void clear();
    void focusSearch();

signals:
    void changed();
    // Down or Enter in the search box: move to the results.
    void leaveSearch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QComboBox *restrictionCombo(Store &store);
    QComboBox *bandCombo(Store &store);
    QComboBox *mcnCombo(Store &store);

    SubjectKind m_kind;
    QLineEdit *m_search = nullptr;
    QSpinBox *m_minScore = nullptr;
    QSpinBox *m_maxScore = nullptr;
    QComboBox *m_restriction = nullptr;
    QComboBox *m_band = nullptr;
    QComboBox *m_mcn = nullptr;
    QToolButton *m_clear = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace redline
