#pragma once

#include "actions/actionconsequences.h"

#include <QFrame>
#include <QStringList>

class QLabel;

namespace redline {

struct Policy;

// The "before you confirm" panel of the record and decide dialogs: what the engine computed the action
// would do (score before and after, thresholds crossed, sanctions that start or end, the ladder level,
// restrictions gained or lifted), one line each, in the order a moderator reads them.
class ConsequencesPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ConsequencesPanel(QWidget *parent = nullptr);

    void showConsequences(const ActionConsequences &consequences, const Policy &policy);
    // A note instead of consequences ("choose a code", "upholding changes nothing").
    void showNote(const QString &text);
    void showError(const QString &text);

    // The lines as shown, in plain text (for tests and the accessibility description).
    QString headline() const;

    // Parts of the panel's wording for a one-line summary (a campaign preview's sample table):
    // "Score 80 → 72 (−8)", "60 ↓ · 40 ↓", "Revenue frozen (revenue_frozen) until …".
    static QString scoreChange(const ActionConsequences &c);
    static QString crossingsText(const ActionConsequences &c);
    static QString sanctionText(const Sanction &s, const Policy &policy, bool started);
    QStringList lines() const { return m_lines; }

private:
    void setContent(const QString &title, const QString &headline, const QString &headlineColor,
                    const QStringList &htmlLines);
    void describe(const ActionConsequences &c, const Policy &policy, QStringList *rows, QStringList *plain) const;

    QLabel *m_title = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_body = nullptr;
    QStringList m_lines;
};

} // namespace redline
