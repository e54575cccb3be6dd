#include "actinguserdialog.h"

#include "store/write/eventvalidator.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redline {

ActingUserDialog::ActingUserDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("actingUserDialog"));
    buildUi();
    loadUsers();
    updateState();
}

void ActingUserDialog::buildUi()
{
    setWindowTitle(tr("Who is working?"));
    auto *heading = new QLabel(tr("Who is working?"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Every action you take is recorded under this name in the ledger and the audit log."), this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_users = new QTreeWidget(this);
    m_users->setObjectName(QStringLiteral("userList"));
    m_users->setColumnCount(2);
    m_users->setHeaderLabels({tr("User"), tr("Role")});
    m_users->setRootIsDecorated(false);
    m_users->setAlternatingRowColors(true);
    m_users->setUniformRowHeights(true);
    m_users->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_users, &QTreeWidget::itemSelectionChanged, this, &ActingUserDialog::updateState);
    connect(m_users, &QTreeWidget::itemActivated, this, &ActingUserDialog::accept);

    m_newUser = new QPushButton(tr("&New user…"), this);
    m_newUser->setObjectName(QStringLiteral("newUserButton"));
    m_newUser->setCheckable(true);

    m_newUserBox = new QWidget(this);
    m_name = new QLineEdit(m_newUserBox);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. mod.li"));
    m_role = new QComboBox(m_newUserBox);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setEditable(true);
    m_role->addItems({QStringLiteral("moderator"), QStringLiteral("compliance"), QStringLiteral("policy"), QStringLiteral("admin")});
    auto *form = new QFormLayout(m_newUserBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    connect(m_name, &QLineEdit::textChanged, this, &ActingUserDialog::updateState);
    connect(m_role, &QComboBox::currentTextChanged, this, &ActingUserDialog::updateState);
    connect(m_newUser, &QPushButton::toggled, this, [this](bool on) {
        m_newUserBox->setVisible(on);
        if (on)
            m_name->setFocus();
        updateState();
    });

    m_reasonIcon = new QLabel(this);
    m_reasonIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActingUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActingUserDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_reasonIcon);
    bottom->addWidget(m_reason, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_users, 1);
    layout->addWidget(m_newUser, 0, Qt::AlignLeft);
    layout->addWidget(m_newUserBox);
    layout->addStretch(0);
    layout->addLayout(bottom);
}

void ActingUserDialog::loadUsers()
{
    StoreError error;
    const QVector<UserRecord> users = m_store.users(&error);
    if (error.isSet())
        QMessageBox::warning(this, tr("Could not read the users"),
                             tr("%1\n\nYou can still add a user by name.").arg(error.message));
    for (const auto &user : users) {
        auto *item = new QTreeWidgetItem(m_users, {user.name, user.role});
        if (user.name == m_store.actor())
            m_users->setCurrentItem(item);
    }
    m_userCount = users.size();
    // With nobody to choose, typing a name is the only way in.
    m_users->setVisible(m_userCount > 0);
    m_newUser->setVisible(m_userCount > 0);
    m_newUser->setChecked(m_userCount == 0);
    m_newUserBox->setVisible(m_userCount == 0);
    if (m_userCount > 0 && !m_users->currentItem())
        m_users->setCurrentItem(m_users->topLevelItem(0));
    if (m_userCount == 0) {
        m_name->setFocus();
        resize(480, sizeHint().height());
    } else {
        m_users->setFocus();
        resize(480, 380);
    }
}

bool ActingUserDialog::addingUser() const
{
    return m_userCount == 0 || m_newUser->isChecked();
}

QString ActingUserDialog::validate() const
{
    if (addingUser()) {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty())
            return m_userCount == 0 ? tr("This store has no users yet: type your name and role.")
                                    : tr("Type the new user's name.");
        if (!EventValidator::isValidHandle(name))
            return tr("A user name is 1–64 letters, digits or . _ : - (no spaces), like mod.li.");
        for (int i = 0; i < m_users->topLevelItemCount(); ++i) {
            if (m_users->topLevelItem(i)->text(0) == name)
                return tr("%1 already exists: choose it in the list.").arg(name);
        }
        if (m_role->currentText().trimmed().isEmpty())
            return tr("Choose or type a role.");
        if (m_store.isReadOnly())
            return tr("The store is open read-only, so no user can be added.");
        return QString();
    }
    if (!m_users->currentItem())
        return tr("Choose who is working.");
    return QString();
}

void ActingUserDialog::updateState()
{
    m_blockingReason = validate();
    m_reason->setText(m_blockingReason);
    m_reasonIcon->setVisible(!m_blockingReason.isEmpty());
    m_confirm->setEnabled(m_blockingReason.isEmpty());
    m_confirm->setToolTip(m_blockingReason);
    m_confirm->setText(addingUser() ? tr("&Add and continue")
                       : m_users->currentItem() ? tr("&Work as %1").arg(m_users->currentItem()->text(0))
                                                : tr("&Continue"));
}

bool ActingUserDialog::addUser(QString *name)
{
    StoredEvent user;
    user.type = EventType::User;
    user.at = m_store.now();
    user.name = m_name->text().trimmed();
    user.kind = m_role->currentText().trimmed();
    user.by = user.name;
    StoreError error;
    if (!m_store.append(user, &error)) {
        QMessageBox::warning(this, tr("The user was not added"),
                             tr("%1\n\nNothing was written. Correct the name or role and try again.").arg(error.message));
        return false;
    }
    *name = user.name;
    return true;
}

void ActingUserDialog::accept()
{
    updateState();
    if (!m_blockingReason.isEmpty())
        return;
    QString name;
    if (addingUser()) {
        if (!addUser(&name))
            return;
    } else {
        name = m_users->currentItem()->text(0);
    }
    m_selected = name;
    QDialog::accept();
}

} // namespace redline
