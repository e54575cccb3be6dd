#pragma once

#include "notice/noticeplanner.h"

#include <QVector>
#include <QWidget>

class QPlainTextEdit;
class QToolButton;

namespace redline {

// The notices an action will send, read-only, under a dialog's consequences (record violation, decide
// appeal, a brand ban): the same texts NoticePlanner gives Actions, so what is shown is what is sent. A
// header button folds the text away.
class NoticePreview : public QWidget
{
    Q_OBJECT
public:
    explicit NoticePreview(QWidget *parent = nullptr);

    void showNotices(const QVector<PlannedNotice> &notices);
    void showError(const QString &message);
    void showNote(const QString &note);
    const QVector<PlannedNotice> &notices() const { return m_notices; }
    QString text() const;
    void setExpanded(bool expanded);
    bool isExpanded() const;

private:
    void setHeading(const QString &heading);

    QToolButton *m_toggle = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QVector<PlannedNotice> m_notices;
};

} // namespace redline
