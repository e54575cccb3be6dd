#pragma once

#include "query/findingquery.h"
#include "query/triageitem.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace redline {

class Store;

// The current triage item as a moderator reads it: where it stands, the post's title and text with every
// finding's span highlighted (spans count code points, R-S1), the findings with the rule that matched and
// the code each suggests, and a report's reason.
class TriageItemView : public QWidget
{
    Q_OBJECT
public:
    explicit TriageItemView(Store &store, QWidget *parent = nullptr);

    void showItem(const TriageItem &item, const QVector<FindingRecord> &findings);
    void clear();

    // The post text as HTML with each span in a <mark>, for the view and its test.
    static QString highlighted(const QString &text, const QVector<FindingRecord> &findings);
    QString html() const;

private:
    Store &m_store;
    QLabel *m_heading = nullptr;
    QTextBrowser *m_body = nullptr;
};

} // namespace redline
