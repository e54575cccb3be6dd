#pragma once

#include "campaign/campaignspec.h"

#include <QJsonObject>
#include <QVector>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace redline {

class CampaignActionEditor;
class Store;

// The campaign wizard's spec form (R-S3, docs/contracts.md "Campaign specs"): name, reason, the kind, the
// criteria that fit the kind, an explicit list (pasted or from a file, one per line), the list filter a
// console list handed over ("Act on all N shown…"), and one or more actions. The form writes the spec's
// JSON and CampaignSpecLoader reads it, so the wizard, a spec file and the CLI share one validation.
class CampaignSpecForm : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignSpecForm(Store &store, QWidget *parent = nullptr);

    // The spec as JSON, as the form shows it (not checked).
    QJsonObject toJson() const;
    // The spec checked against the store's policy; false with "PATH: why" (CampaignSpecLoader).
    bool spec(CampaignSpec *out, QString *error) const;
    // Fills every field from a spec's JSON (Open spec…, a prefilled selection).
    void setJson(const QJsonObject &spec);
    void setSelection(const CampaignSelection &selection);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QComboBox *kindCombo() const { return m_kind; }
    QPlainTextEdit *listEdit() const { return m_list; }
    QLabel *listFilterLabel() const { return m_listFilter; }
    const QVector<CampaignActionEditor *> &actionEditors() const { return m_actions; }
    CampaignActionEditor *addAction();

signals:
    void changed();

private:
    QWidget *buildCriteria();
    QWidget *buildActions();
    void onKindChanged();
    void removeAction(CampaignActionEditor *editor);
    void loadList();
    void updateListFilter();
    void setRowVisible(QWidget *field, bool visible);
    bool selectsPosts() const;
    SubjectKind subjectKind() const;

    Store &m_store;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QComboBox *m_kind = nullptr;
    QFormLayout *m_criteria = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_creatorCategory = nullptr;
    QComboBox *m_topic = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_certified = nullptr;
    QLineEdit *m_registeredFrom = nullptr;
    QLineEdit *m_registeredTo = nullptr;
    QLineEdit *m_postedFrom = nullptr;
    QLineEdit *m_postedTo = nullptr;
    QToolButton *m_findings = nullptr;
    QMenu *m_findingsMenu = nullptr;
    QComboBox *m_triage = nullptr;
    QPlainTextEdit *m_list = nullptr;
    QLabel *m_listFilter = nullptr;
    QToolButton *m_clearListFilter = nullptr;
    QJsonObject m_listFilterJson; // search, min_score, max_score, restriction, band, mcn as handed over
    QVBoxLayout *m_actionsLayout = nullptr;
    QVector<CampaignActionEditor *> m_actions;
};

} // namespace redline
