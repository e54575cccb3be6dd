#include "fileappealdialog.h"

#include "policytext.h"

#include "actions/actions.h"
#include "query/appealquery.h"
#include "store/store.h"
#include "query/violationquery.h"
#include "writegate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace redline {

namespace {

QString sourceLabel(const QString &source)
{
    if (source == QLatin1String("algorithm"))
        return FileAppealDialog::tr("found by the algorithm");
    if (source == QLatin1String("user_report"))
        return FileAppealDialog::tr("from a user report");
    if (source == QLatin1String("human_review"))
        return FileAppealDialog::tr("found in human review");
    return source;
}

QString severityLabel(const QString &severity)
{
    return severity == QLatin1String("severe") ? FileAppealDialog::tr("severe") : FileAppealDialog::tr("normal severity");
}

} // namespace

FileAppealDialog::FileAppealDialog(Store &store, const Session &session, const QString &violationId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_violationId(violationId)
{
    setObjectName(QStringLiteral("fileAppealDialog"));
    StoreError error;
    m_violation = ViolationQuery(m_store).violation(violationId, &error);
    m_lookupError = error.message;
    if (m_violation && !m_violation->appeal.isEmpty()) {
        const std::optional<AppealRecord> appeal = AppealQuery(m_store).appeal(m_violation->appeal, &error);
        m_existingAppeal = appeal && !appeal->pending()
                               ? tr("%1, decided %2 on %3").arg(appeal->id, appeal->outcome, PolicyText::formatDate(appeal->decidedAt))
                               : tr("%1, pending").arg(m_violation->appeal);
    }
    buildUi();
    updateState();
}

void FileAppealDialog::buildUi()
{
    setWindowTitle(tr("File an appeal against %1").arg(m_violationId));

    auto *summary = new QLabel(summaryHtml(), this);
    summary->setObjectName(QStringLiteral("violationSummary"));
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    summary->setFrameShape(QFrame::StyledPanel);
    summary->setMargin(8);

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("The subject's reason, in their words: why the violation is wrong"));
    m_reasonEdit->setTabChangesFocus(true);
    m_materials = new QPlainTextEdit(this);
    m_materials->setObjectName(QStringLiteral("materialsEdit"));
    m_materials->setPlaceholderText(tr("Materials submitted: contracts, licences, 蒲公英 order numbers, links… (optional)"));
    m_materials->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reasonEdit);
    form->addRow(tr("&Materials:"), m_materials);

    QHBoxLayout *bottom = m_confirmRow.build(this);
    m_confirmRow.confirmButton()->setText(tr("&File appeal"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form, 1);
    layout->addLayout(bottom);

    const bool open = refusal().isEmpty();
    m_reasonEdit->setEnabled(open);
    m_materials->setEnabled(open);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &FileAppealDialog::updateState);
    resize(640, 440);
}

QString FileAppealDialog::summaryHtml() const
{
    if (!m_violation)
        return tr("<b>%1</b>: no such violation in the store.").arg(m_violationId.toHtmlEscaped());
    const ViolationRecord &v = *m_violation;
    const Policy &policy = m_store.policy();
    const ViolationCode *code = nullptr;
    const int index = policy.scale(v.kind).codeIndex(v.code);
    if (index >= 0)
        code = &policy.scale(v.kind).codes[index];
    const int points = v.points >= 0 ? v.points : (code ? code->points : 0);
    return tr("<span style='font-size:large; font-weight:bold'>%1</span> &nbsp;<span style='color:#757575'>%2 · %3</span><br>"
              "<b>%4</b>: %5 · %6<br>"
              "Recorded %7 by <b>%8</b> · %9 · %10")
        .arg(v.subjectName.toHtmlEscaped(), v.subject.toHtmlEscaped(), PolicyText::kindName(v.kind),
             v.id.toHtmlEscaped(), PolicyText::codeDescription(policy, v.kind, v.code).toHtmlEscaped(),
             tr("%n point(s)", nullptr, points))
        .arg(PolicyText::formatDateTime(v.at), v.by.toHtmlEscaped(), sourceLabel(v.source), severityLabel(v.severity))
        + (v.evidence.isEmpty() ? QString() : tr("<br><i>Evidence:</i> %1").arg(v.evidence.toHtmlEscaped()));
}

// Why no appeal can be filed at all, whatever is typed.
QString FileAppealDialog::refusal() const
{
    if (!m_lookupError.isEmpty())
        return m_lookupError;
    if (!m_violation)
        return tr("No violation %1 in the store.").arg(m_violationId);
    if (!m_violation->appeal.isEmpty()) // R-L3
        return tr("%1 already has an appeal (%2); one appeal per violation (R-L3).").arg(m_violationId, m_existingAppeal);
    if (m_violation->retractedAt != kNoInstant)
        return tr("%1 was retracted on %2; there is nothing to appeal.").arg(m_violationId, PolicyText::formatDate(m_violation->retractedAt));
    return WriteGate::refusal(&m_store, m_session, Permission::FileAppeal);
}

QString FileAppealDialog::validate() const
{
    const QString refused = refusal();
    if (!refused.isEmpty())
        return refused;
    if (m_reasonEdit->toPlainText().trimmed().isEmpty())
        return tr("The reason is empty: write why the subject appeals.");
    return QString();
}

void FileAppealDialog::updateState()
{
    m_blockingReason = validate();
    m_confirmRow.showBlockingReason(m_blockingReason);
}

QString FileAppealDialog::appealText() const
{
    const QString reason = m_reasonEdit->toPlainText().trimmed();
    const QString materials = m_materials->toPlainText().trimmed();
    if (materials.isEmpty())
        return reason;
    return tr("%1\n\nMaterials:\n%2").arg(reason, materials);
}

void FileAppealDialog::accept()
{
    updateState();
    if (!m_blockingReason.isEmpty())
        return;
    // The appellant is the subject (docs/contracts.md); the audit log names the signed-in user who filed it.
    StoreError error;
    ActionResult result;
    if (!Actions(m_store, m_session).fileAppeal(m_violationId, m_violation->subject, appealText(), &result, &error)) {
        QMessageBox::warning(this, tr("The appeal was not filed"),
                             error.kind == StoreError::Kind::NotPermitted
                                 ? tr("%1\n\nNothing was written.").arg(error.message)
                                 : tr("%1\n\nNothing was written. Correct the input, or check that the store file is "
                                      "writable, then try again.").arg(error.message));
        return;
    }
    m_appealId = result.id;
    QDialog::accept();
}

} // namespace redline
