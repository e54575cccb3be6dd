#include "historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redline {

HistoryDialog::HistoryDialog(ActionHistory &history, Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of this session"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What you did in this session, newest first. Undo records a retraction: the "
                                "violation stays in the ledger and the audit log."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Action"), tr("Can it be undone?")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo selected"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoSelected"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &HistoryDialog::undoSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::updateButton);
    resize(640, 360);
    reload();
}

void HistoryDialog::reload()
{
    m_list->clear();
    for (const ActionHistory::Row &row : m_history.rows(m_store)) {
        auto *item = new QTreeWidgetItem(m_list, {row.action, row.status});
        item->setData(0, Qt::UserRole, row.id);
        item->setData(1, Qt::UserRole, row.undoable);
        item->setToolTip(1, row.status);
        if (!row.undoable)
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    if (m_list->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_list, {tr("Nothing done in this session yet"), QString()});
    m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButton();
}

void HistoryDialog::updateButton()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_undo->setEnabled(item && item->data(1, Qt::UserRole).toBool());
}

void HistoryDialog::undoSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(1, Qt::UserRole).toBool())
        return;
    QString error;
    if (!m_history.undo(m_store, m_session, &error, item->data(0, Qt::UserRole).toString()))
        QMessageBox::warning(this, tr("Could not undo"), error);
    else
        m_undid = true;
    reload();
}

} // namespace redline
