#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace redline {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, const QStringList &planned,
                                 QWidget *parent)
    : Page(parent)
    , m_title(title)
{
    setObjectName(QStringLiteral("placeholderPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    if (!planned.isEmpty()) {
        QString list = QStringLiteral("<ul>");
        for (const QString &item : planned)
            list += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        list += QStringLiteral("</ul>");
        auto *items = new QLabel(list, this);
        items->setTextFormat(Qt::RichText);
        items->setWordWrap(true);
        layout->addWidget(items);
    }
    auto *note = new QLabel(tr("This page is not built yet; the features above arrive with a later issue."), this);
    note->setStyleSheet(QStringLiteral("color: #757575;"));
    layout->addWidget(note);
    layout->addStretch(1);
}

} // namespace redline
