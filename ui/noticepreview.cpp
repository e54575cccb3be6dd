#include "noticepreview.h"

#include "noticetablemodel.h"

#include <QPlainTextEdit>
#include <QTextOption>
#include <QToolButton>
#include <QVBoxLayout>

namespace redline {

NoticePreview::NoticePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noticePreview"));
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("noticeToggle"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setArrowType(Qt::DownArrow);
    QFont bold = m_toggle->font();
    bold.setBold(true);
    m_toggle->setFont(bold);
    m_toggle->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // the heading whole, never elided
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setReadOnly(true);
    m_text->setMinimumHeight(110);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // Chinese lines have no spaces
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle);
    layout->addWidget(m_text, 1);
    connect(m_toggle, &QToolButton::toggled, this, &NoticePreview::setExpanded);
    showNote(tr("No notice yet."));
}

void NoticePreview::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded); // calls back here through toggled
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(expanded);
}

bool NoticePreview::isExpanded() const
{
    return m_toggle->isChecked();
}

void NoticePreview::setHeading(const QString &heading)
{
    m_toggle->setText(heading);
}

QString NoticePreview::text() const
{
    return m_text->toPlainText();
}

void NoticePreview::showNotices(const QVector<PlannedNotice> &notices)
{
    m_notices = notices;
    setHeading(tr("Notice that will be sent (%n)", nullptr, int(notices.size())));
    if (notices.size() == 1) {
        m_text->setPlainText(notices.first().text);
        return;
    }
    QStringList parts;
    for (const PlannedNotice &n : notices)
        parts.append(tr("— to %1, %2, %3 —").arg(n.subject, NoticeTableModel::templateLabel(n.templateId),
                                                   NoticeTableModel::languageLabel(n.language))
                     + QLatin1Char('\n') + n.text);
    m_text->setPlainText(parts.isEmpty() ? tr("This action sends no notice.") : parts.join(QStringLiteral("\n\n")));
}

void NoticePreview::showError(const QString &message)
{
    m_notices.clear();
    setHeading(tr("Notice that will be sent"));
    m_text->setPlainText(tr("The notice cannot be prepared, so the action would be refused:\n%1").arg(message));
}

void NoticePreview::showNote(const QString &note)
{
    m_notices.clear();
    setHeading(tr("Notice that will be sent"));
    m_text->setPlainText(note);
}

} // namespace redline
