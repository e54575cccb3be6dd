#include "decideappealdialog.h"

#include "noticepreview.h"

#include "consequencespanel.h"
#include "policytext.h"

#include "actions/actions.h"
#include "base/identity.h"
#include "query/appealquery.h"
#include "store/store.h"
#include "writegate.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace redline {

DecideAppealDialog::DecideAppealDialog(Store &store, const Session &session, const QString &appealId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_appealId(appealId)
{
    setObjectName(QStringLiteral("decideAppealDialog"));
    StoreError error;
    m_appeal = AppealQuery(m_store).appeal(appealId, &error);
    m_lookupError = error.message;
    buildUi();
    updateState();
}

void DecideAppealDialog::buildUi()
{
    setWindowTitle(tr("Decide appeal %1").arg(m_appealId));

    auto *summary = new QLabel(summaryHtml(), this);
    summary->setObjectName(QStringLiteral("appealSummary"));
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    summary->setFrameShape(QFrame::StyledPanel);
    summary->setMargin(8);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_upheld = new QRadioButton(tr("&Upheld: the violation stands"), this);
    m_upheld->setObjectName(QStringLiteral("upheldRadio"));
    m_overturned = new QRadioButton(tr("&Overturned: void the violation, give its points back, end its sanctions"), this);
    m_overturned->setObjectName(QStringLiteral("overturnedRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_upheld);
    group->addButton(m_overturned);
    auto *outcomes = new QVBoxLayout;
    outcomes->addWidget(m_upheld);
    outcomes->addWidget(m_overturned);

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("Why: what the materials show, which rule applies"));
    m_reasonEdit->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Outcome:"), outcomes);
    form->addRow(tr("&Reason:"), m_reasonEdit);

    m_panel = new ConsequencesPanel(this);
    m_panel->setMinimumWidth(320);

    auto *left = new QVBoxLayout;
    left->addWidget(summary);
    left->addLayout(form, 1);
    // What the subject will be told, under the consequences (NoticePlanner: the text Decide sends).
    m_notice = new NoticePreview(this);
    auto *right = new QVBoxLayout;
    right->addWidget(m_panel, 1);
    right->addWidget(m_notice, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    QHBoxLayout *bottom = m_confirmRow.build(this);
    m_confirmRow.confirmButton()->setObjectName(QStringLiteral("decideButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(m_upheld, &QRadioButton::toggled, this, &DecideAppealDialog::updateState);
    connect(m_overturned, &QRadioButton::toggled, this, &DecideAppealDialog::updateState);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &DecideAppealDialog::updateState);
    resize(940, 660);
}

QString DecideAppealDialog::summaryHtml() const
{
    if (!m_appeal)
        return tr("<b>%1</b>: no such appeal in the store.").arg(m_appealId.toHtmlEscaped());
    const AppealRecord &a = *m_appeal;
    const Policy &policy = m_store.policy();
    const int index = policy.scale(a.kind).codeIndex(a.violationCode);
    const int points = a.violationPoints >= 0 ? a.violationPoints : (index >= 0 ? policy.scale(a.kind).codes[index].points : 0);
    QString html = tr("<span style='font-size:large; font-weight:bold'>%1</span> &nbsp;<span style='color:#757575'>%2 · %3</span><br>"
                      "Appeal <b>%4</b> filed %5 by %6<br>"
                      "against <b>%7</b>: %8 · %9, recorded %10 by <b>%11</b>")
                       .arg(a.subjectName.toHtmlEscaped(), a.subject.toHtmlEscaped(), PolicyText::kindName(a.kind),
                            a.id.toHtmlEscaped(), PolicyText::formatDateTime(a.at), a.by.toHtmlEscaped(),
                            a.violation.toHtmlEscaped(),
                            PolicyText::codeDescription(policy, a.kind, a.violationCode).toHtmlEscaped(),
                            tr("%n point(s)", nullptr, points))
                       .arg(PolicyText::formatDateTime(a.violationAt), a.violationBy.toHtmlEscaped());
    if (!a.reason.isEmpty())
        html += tr("<hr><i>The subject's reason and materials:</i><br>%1")
                    .arg(a.reason.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    return html;
}

// Why this user cannot decide this appeal, whatever is chosen.
QString DecideAppealDialog::refusal() const
{
    if (!m_lookupError.isEmpty())
        return m_lookupError;
    if (!m_appeal)
        return tr("No appeal %1 in the store.").arg(m_appealId);
    if (!m_appeal->pending())
        return tr("%1 was already decided: %2 on %3 by %4.")
            .arg(m_appealId, outcomeText(m_appeal->outcome), PolicyText::formatDate(m_appeal->decidedAt), m_appeal->decidedBy);
    const QString refused = WriteGate::refusal(&m_store, m_session, Permission::DecideAppeal);
    if (!refused.isEmpty())
        return refused;
    if (Identity::same(m_session.user, m_appeal->violationBy)) // R-L4
        return tr("You (%1) recorded violation %2, so another moderator must decide its appeal (R-L4 four-eyes).")
            .arg(m_session.user, m_appeal->violation);
    return QString();
}

QString DecideAppealDialog::validate() const
{
    const QString refused = refusal();
    if (!refused.isEmpty())
        return refused;
    if (outcomeWord().isEmpty())
        return tr("Choose upheld or overturned.");
    if (m_reasonEdit->toPlainText().trimmed().isEmpty())
        return tr("The reason is empty: say why the appeal is %1.").arg(m_overturned->isChecked() ? tr("overturned") : tr("upheld"));
    return QString();
}

// Reads the appeal again after a refused decision: true when it is decided now (by someone else).
bool DecideAppealDialog::decidedMeanwhile()
{
    StoreError error;
    std::optional<AppealRecord> now = AppealQuery(m_store).appeal(m_appealId, &error);
    if (!now || now->pending())
        return false;
    m_appeal = now;
    updateState(); // the blocking reason now names the decision
    return true;
}

QString DecideAppealDialog::outcomeText(const QString &outcome) const
{
    return outcome == QLatin1String("overturned") ? tr("overturned") : tr("upheld");
}

QString DecideAppealDialog::outcomeWord() const
{
    if (m_overturned->isChecked())
        return QStringLiteral("overturned");
    if (m_upheld->isChecked())
        return QStringLiteral("upheld");
    return QString();
}

void DecideAppealDialog::setOutcome(Outcome outcome)
{
    (outcome == Overturned ? m_overturned : m_upheld)->setChecked(true);
}

void DecideAppealDialog::updatePreview()
{
    m_hasPreview = false;
    if (!m_appeal) {
        m_panel->showError(refusal());
        m_notice->showNote(tr("No notice: the appeal cannot be decided."));
        return;
    }
    if (outcomeWord().isEmpty()) {
        m_panel->showNote(tr("Choose an outcome. Overturning shows its consequences here before you confirm."));
        m_notice->showNote(tr("Choose an outcome to see the notice the subject will get."));
        return;
    }
    StoredEvent decision;
    decision.type = EventType::Decision;
    decision.at = m_store.now();
    decision.ref = m_appealId;
    decision.outcome = outcomeWord();
    decision.by = m_session.user;
    decision.text = m_reasonEdit->toPlainText().trimmed();
    StoreError error;
    ActionResult result;
    const Actions actions(m_store, m_session);
    if (!actions.preview(decision, &result, &error)) {
        m_panel->showError(error.message);
        m_notice->showNote(tr("No notice: the decision cannot be recorded as it stands."));
        return;
    }
    if (m_upheld->isChecked()) {
        m_panel->showNote(tr("Upholding changes nothing: the violation, its points and its sanctions stand (R-L3)."));
    } else {
        m_consequences = result.consequences;
        m_hasPreview = true;
        m_panel->showConsequences(m_consequences, m_store.policy());
    }
    QVector<PlannedNotice> notices;
    if (actions.previewNotices(decision, result.consequences, &notices, &error))
        m_notice->showNotices(notices);
    else
        m_notice->showError(error.message);
}

void DecideAppealDialog::updateState()
{
    updatePreview();
    m_blockingReason = validate();
    m_confirmRow.showBlockingReason(m_blockingReason);
    m_confirmRow.confirmButton()->setText(m_overturned->isChecked() ? tr("&Overturn") : m_upheld->isChecked() ? tr("&Uphold") : tr("&Decide"));
}

// Only the input is checked here: who may decide is the store's to enforce (R-L4), and its refusal is shown.
void DecideAppealDialog::accept()
{
    if (!m_appeal || outcomeWord().isEmpty() || m_reasonEdit->toPlainText().trimmed().isEmpty())
        return;
    const QString outcome = outcomeWord();
    StoreError error;
    ActionResult result;
    if (!Actions(m_store, m_session).decideAppeal(m_appealId, outcome, m_reasonEdit->toPlainText().trimmed(), &result,
                                                  &error)) {
        m_storeMessage = error.message;
        if (decidedMeanwhile()) {
            // On a team store another moderator may have decided it since this dialog opened: the write took
            // their decision in before the validator refused this one (R-L3), so say who, and close.
            QMessageBox::warning(this, tr("The decision was not recorded"),
                                 tr("The store refused the decision:\n%1\n\n%2 decided %3 first: %4 on %5. Nothing of "
                                    "yours was written; the console now shows their decision.")
                                     .arg(error.message, m_appeal->decidedBy, m_appealId, outcomeText(m_appeal->outcome),
                                          PolicyText::formatDateTime(m_appeal->decidedAt)));
            QDialog::reject();
            return;
        }
        QMessageBox::warning(this, tr("The decision was not recorded"),
                             tr("The store refused the decision:\n%1\n\nNothing was written. Ask another moderator "
                                "to decide it, or correct the input and try again.").arg(error.message));
        return;
    }
    m_decided = outcome;
    QDialog::accept();
}

} // namespace redline
