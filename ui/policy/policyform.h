#pragma once

#include "policy/policy.h"

#include <QTabWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace redline {

class PolicyFields;

// Every value of one policy in a form: a tab per scale (MCN, brand, creator: bounds and default points,
// recovery, thresholds, warning, bands, removal, suspension, governance ban, ladder, exam, history weight,
// recovery-blocked-by, the codes' points and ranges and their sanctions), a tab for the MCN rules
// (deposit R-M3, certification R-M4, transition R-M5, creator protection R-M6) and one for triage (the
// claim expiry, docs/rules.md "Triage"). Built once per loaded
// policy; edits go out through fields()->edited with the value's JSON path.
class PolicyForm : public QTabWidget
{
    Q_OBJECT
public:
    explicit PolicyForm(const Policy &policy, QWidget *parent = nullptr);

    PolicyFields *fields() const { return m_fields; }
    // Marks the tab holding the current error (-1: none).
    void markErrorTab(int tab);

private:
    QWidget *scaleTab(SubjectKind kind);
    QWidget *mcnRulesTab();
    QWidget *triageTab();

    void addBoundsGroup(QVBoxLayout *column, const QString &base, const Scale &scale);
    void addRecoveryGroup(QVBoxLayout *column, const QString &base, const Scale &scale);
    void addBandsGroup(QVBoxLayout *column, const QString &base, const Scale &scale);
    void addRemovalGroup(QVBoxLayout *column, const QString &base, const Scale &scale);
    void addSuspensionGroup(QVBoxLayout *column, const QString &base, const Scale &scale);
    void addLadderGroup(QVBoxLayout *column, const QString &base, const Scale &scale);
    void addCreatorRulesGroup(QVBoxLayout *column, const QString &base, const Scale &scale);
    void addCodesGroup(QVBoxLayout *column, const QString &base, const Scale &scale);
    void addCodeSanctionsGroup(QVBoxLayout *column, const QString &base, const Scale &scale);

    QGroupBox *group(const QString &title, const QString &path, QFormLayout **form);

    const Policy m_policy;
    PolicyFields *m_fields = nullptr;
    QStringList m_tabTitles;
};

} // namespace redline
