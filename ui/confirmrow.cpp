#include "confirmrow.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace redline {

QHBoxLayout *ConfirmRow::build(QDialog *dialog, QStyle::StandardPixmap icon)
{
    m_icon = new QLabel(dialog);
    m_icon->setPixmap(dialog->style()->standardIcon(icon).pixmap(16, 16));
    m_reason = new QLabel(dialog);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addWidget(m_reason, 1);
    row->addWidget(buttons);
    return row;
}

void ConfirmRow::showBlockingReason(const QString &reason)
{
    m_reason->setText(reason);
    m_icon->setVisible(!reason.isEmpty());
    m_confirm->setEnabled(reason.isEmpty());
    m_confirm->setToolTip(reason);
}

} // namespace redline
