#pragma once

#include "policy/policy.h"

#include <QString>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace redline {

// A policy the diff view can pick on either side: a stored version, the policy in force, the editor's draft.
struct PolicyChoice {
    QString label;
    Policy policy;
};

// The differences between any two policies (PolicyDiff::diff), one row per setting: the setting in words
// (PolicyPathLabels), its value before (left) and after (right), in the order of the policy file.
class PolicyDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyDiffView(QWidget *parent = nullptr);

    // Replaces the choices, keeping the picked labels where they are still offered.
    void setChoices(const QVector<PolicyChoice> &choices);
    void select(int left, int right);
    QTableWidget *table() const { return m_table; }
    QComboBox *leftChoice() const { return m_left; }
    QComboBox *rightChoice() const { return m_right; }
    QString summary() const;

private:
    void fillCombo(QComboBox *combo, const QString &keep, int fallback);
    void showDiff();

    QVector<PolicyChoice> m_choices;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace redline
