#pragma once

#include <QStyle>

class QDialog;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace redline {

// The bottom row of a dialog that records something: why it cannot be confirmed yet (an icon and the
// reason, hidden when nothing blocks) beside OK and Cancel, with OK disabled and its tooltip saying why,
// so a refused action is explained where the user looks for the button.
class ConfirmRow
{
public:
    // Creates the widgets as children of `dialog` (reason "reasonLabel", button box "buttons") and wires
    // OK and Cancel to its accept() and reject(); the caller adds the returned layout.
    QHBoxLayout *build(QDialog *dialog, QStyle::StandardPixmap icon = QStyle::SP_MessageBoxWarning);
    void showBlockingReason(const QString &reason);
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace redline
