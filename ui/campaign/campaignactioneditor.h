#pragma once

#include "campaign/campaignspec.h"

#include <QFrame>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace redline {

// One action of a campaign in the wizard's form (R-S3): its type, and for a violation the code of the
// selected kind's scale with points in the code's range (R-L2), severity, source and the evidence
// template; for a note its text. The types offered are those the selected kind allows (a revocation needs
// MCNs, a ban brands, a removal posts); CampaignSpecLoader checks the whole spec again.
class CampaignActionEditor : public QFrame
{
    Q_OBJECT
public:
    CampaignActionEditor(const Policy &policy, QWidget *parent = nullptr);

    // Offers the types and codes the selection's kind allows; keeps the current type when it still fits.
    void setTarget(bool posts, SubjectKind kind);
    // The action as the spec's JSON spells it (CampaignSpec::toJson's "actions" element).
    QJsonObject toJson() const;
    void setJson(const QJsonObject &action);

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *codeCombo() const { return m_code; }

signals:
    void removeRequested(CampaignActionEditor *editor);
    void changed();

private:
    void fillTypes();
    void fillCodes();
    void updateFields();
    void onCodeChanged();
    SubjectKind codeKind() const;

    const Policy &m_policy;
    bool m_posts = false;
    SubjectKind m_kind = SubjectKind::Creator;
    QComboBox *m_type = nullptr;
    QComboBox *m_code = nullptr;
    QSpinBox *m_points = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_pointsLabel = nullptr;
    QLabel *m_severityLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace redline
