#include "recordviolationdialog.h"

#include "noticepreview.h"

#include "consequencespanel.h"
#include "policytext.h"

#include "actions/actions.h"
#include "store/store.h"
#include "writegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace redline {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

QString pointsRange(const ViolationCode &code)
{
    if (code.minPoints == code.maxPoints)
        return RecordViolationDialog::tr("%n point(s)", nullptr, code.points);
    return RecordViolationDialog::tr("%1–%2 points, default %3").arg(code.minPoints).arg(code.maxPoints).arg(code.points);
}

// An instant relative to the action's: what stays equal when the same action is previewed a minute later.
QString relative(Instant t, Instant at)
{
    return t == kNoInstant ? QStringLiteral("-") : QString::number(t - at);
}

QString absolute(Instant t)
{
    return t == kNoInstant ? QStringLiteral("-") : QString::number(t);
}

constexpr int kClockCheckMs = 15000;

} // namespace

QString RecordViolationDialog::consequencesKey(const ActionConsequences &c)
{
    QStringList key;
    key << QStringLiteral("score %1 %2 max %3 %4").arg(c.before.score).arg(c.after.score).arg(c.before.max).arg(c.after.max)
        << QStringLiteral("ladder %1 %2").arg(c.before.ladderLevel).arg(c.after.ladderLevel)
        << QStringLiteral("removed %1 %2").arg(c.before.removed).arg(c.after.removed)
        << QStringLiteral("violation %1 %2 L%3 n%4 eff %5 back %6")
               .arg(c.pointsCharged)
               .arg(c.deducted)
               .arg(c.violationLevel)
               .arg(c.countInWindow)
               .arg(relative(c.effectiveAt, c.at))
               .arg(c.givenBack);
    for (const Crossing &x : c.crossings)
        key << QStringLiteral("cross %1 %2 %3").arg(x.threshold).arg(x.down).arg(relative(x.at, c.at));
    for (const ProtectionNotice &n : c.notices)
        key << QStringLiteral("notice %1 %2 %3").arg(n.threshold).arg(n.score).arg(relative(n.at, c.at));
    // Started by this action: their terms count from its instant. The id of the violation is minted on
    // record, so it is not part of what the moderator sees.
    for (const Sanction &s : c.sanctionsStarted)
        key << QStringLiteral("start %1 %2 %3").arg(s.id, relative(s.from, c.at), relative(s.until, c.at));
    // Ended early: sanctions of earlier violations, fixed in time; only their (new) end is the action's.
    for (const Sanction &s : c.sanctionsEnded)
        key << QStringLiteral("end %1 %2 %3 %4 %5")
                   .arg(s.id, s.violation, absolute(s.from), absolute(s.scheduledUntil), relative(s.until, c.at));
    key << QStringLiteral("gains %1").arg(c.restrictionsGained.join(QLatin1Char(',')))
        << QStringLiteral("lifts %1").arg(c.restrictionsLost.join(QLatin1Char(',')));
    return key.join(QLatin1Char('\n'));
}

RecordViolationDialog::RecordViolationDialog(Store &store, const Session &session, const QString &handle,
                                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_handle(handle)
{
    setObjectName(QStringLiteral("recordViolationDialog"));
    m_at = m_store.now();
    buildUi();
    updatePreview();
    // The preview follows the clock: recording dates the event now, so what is shown must be now's.
    m_clock = new QTimer(this);
    m_clock->setObjectName(QStringLiteral("clockTimer"));
    m_clock->setInterval(kClockCheckMs);
    connect(m_clock, &QTimer::timeout, this, &RecordViolationDialog::checkClock);
    m_clock->start();
}

void RecordViolationDialog::buildUi()
{
    setWindowTitle(tr("Record a violation"));

    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("codeCombo"));
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_code->setMinimumContentsLength(30);
    m_code->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_code->setPlaceholderText(tr("Choose a violation code…"));
    m_codeHint = new QLabel(this);
    m_codeHint->setObjectName(QStringLiteral("codeHint"));
    m_codeHint->setWordWrap(true);
    m_codeHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_codeHint->setForegroundRole(QPalette::PlaceholderText);

    m_points = new QSpinBox(this);
    m_points->setObjectName(QStringLiteral("pointsSpin"));
    m_points->setSuffix(tr(" points"));
    m_points->setEnabled(false);

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->addItem(tr("Normal"), QStringLiteral("normal"));
    m_severity->addItem(tr("Severe (creators: ladder L4 at once)"), QStringLiteral("severe"));

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->addItem(tr("Human review"), QStringLiteral("human_review"));
    m_source->addItem(tr("Algorithm"), QStringLiteral("algorithm"));
    m_source->addItem(tr("User report"), QStringLiteral("user_report"));

    m_evidence = new QPlainTextEdit(this);
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_evidence->setPlaceholderText(tr("What was found, and where: note ids, links, quotes, screenshots on file…"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setMinimumHeight(90);
    m_evidence->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(QString(), m_codeHint);
    form->addRow(tr("&Points:"), m_points);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Evidence:"), m_evidence);

    m_panel = new ConsequencesPanel(this);
    m_panel->setMinimumWidth(340);

    // What the subject (and, for an MCN, its creators) will be told: under the consequences it follows.
    m_notice = new NoticePreview(this);
    auto *right = new QVBoxLayout;
    right->addWidget(m_panel, 1);
    right->addWidget(m_notice, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(right, 2);

    m_reasonIcon = new QLabel(this);
    m_reasonIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_confirm = m_buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(tr("&Record violation"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordViolationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordViolationDialog::reject);
    // R-M2 / permanent sanctions: a deliberate second step, shown only when the preview holds one.
    m_acknowledge = new QCheckBox(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeCheck"));
    m_acknowledge->setVisible(false);
    QFont strong = m_acknowledge->font();
    strong.setBold(true);
    m_acknowledge->setFont(strong);
    connect(m_acknowledge, &QCheckBox::toggled, this, [this] { setBlockingReason(validate()); });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_reasonIcon);
    bottom->addWidget(m_reason, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addLayout(columns, 1);
    layout->addWidget(m_acknowledge);
    layout->addLayout(bottom);

    fillCodes();
    connect(m_code, qOverload<int>(&QComboBox::currentIndexChanged), this, &RecordViolationDialog::onCodeChanged);
    connect(m_points, qOverload<int>(&QSpinBox::valueChanged), this, &RecordViolationDialog::updatePreview);
    connect(m_severity, qOverload<int>(&QComboBox::currentIndexChanged), this, &RecordViolationDialog::updatePreview);
    connect(m_source, qOverload<int>(&QComboBox::currentIndexChanged), this, &RecordViolationDialog::updatePreview);
    // The evidence does not change the consequences: typing only re-checks the input.
    connect(m_evidence, &QPlainTextEdit::textChanged, this, [this] { setBlockingReason(validate()); });
    resize(940, 700);
}

QWidget *RecordViolationDialog::buildHeader()
{
    auto *header = new QLabel(this);
    header->setObjectName(QStringLiteral("subjectHeader"));
    header->setTextFormat(Qt::RichText);
    header->setWordWrap(true);
    StoreError error;
    Replay replay;
    SubjectRecord record;
    m_subjectFound = m_store.replay(m_handle, m_at, &replay, &error, &record);
    if (!m_subjectFound) {
        header->setText(tr("<b>%1</b>: %2").arg(m_handle.toHtmlEscaped(), error.message.toHtmlEscaped()));
        return header;
    }
    m_subjectName = record.name;
    m_kind = record.kind;
    const Policy &policy = m_store.policy();
    const QString restrictions = replay.state.restrictions.isEmpty()
                                     ? tr("no restrictions")
                                     : PolicyText::restrictionList(policy, replay.state.restrictions);
    header->setText(tr("<span style='font-size:large; font-weight:bold'>%1</span> &nbsp;<span style='color:#757575'>%2 · %3</span><br>"
                       "%4 <b>%5</b> / %6 &nbsp;·&nbsp; %7")
                        .arg(record.name.toHtmlEscaped(), m_handle.toHtmlEscaped(), PolicyText::kindName(record.kind),
                             PolicyText::scaleName(record.kind))
                        .arg(replay.state.score)
                        .arg(replay.state.max)
                        .arg(restrictions.toHtmlEscaped()));
    setWindowTitle(tr("Record a violation: %1").arg(record.name));
    return header;
}

// Only the subject's own scale (R-L2: a code must belong to the subject's kind), under one group header.
void RecordViolationDialog::fillCodes()
{
    auto *model = new QStandardItemModel(m_code);
    if (m_subjectFound) {
        const Scale &scale = m_store.policy().scale(m_kind);
        auto *group = new QStandardItem(tr("%1 codes (%2)").arg(PolicyText::kindName(m_kind), PolicyText::scaleName(m_kind)));
        group->setFlags(Qt::NoItemFlags);
        QFont bold = m_code->font();
        bold.setBold(true);
        group->setFont(bold);
        model->appendRow(group);
        for (const ViolationCode &code : scale.codes) {
            const QString description = PolicyText::codeDescription(m_store.policy(), m_kind, code.id);
            auto *item = new QStandardItem(QStringLiteral("    %1 — %2").arg(description, code.id));
            item->setData(code.id, kCodeRole);
            item->setToolTip(tr("%1: %2").arg(code.id, pointsRange(code)));
            model->appendRow(item);
        }
    }
    m_code->setModel(model);
    m_code->setCurrentIndex(-1);
}

bool RecordViolationDialog::selectCode(const QString &code)
{
    const int index = m_code->findData(code, kCodeRole);
    if (index < 0)
        return false;
    m_code->setCurrentIndex(index);
    return true;
}

const ViolationCode *RecordViolationDialog::currentCode() const
{
    const QString id = m_code->currentData(kCodeRole).toString();
    if (id.isEmpty() || !m_subjectFound)
        return nullptr;
    const Scale &scale = m_store.policy().scale(m_kind);
    const int index = scale.codeIndex(id);
    return index < 0 ? nullptr : &scale.codes[index];
}

// R-L2: explicit points stay within the code's range; the default is the code's own.
void RecordViolationDialog::onCodeChanged()
{
    const ViolationCode *code = currentCode();
    {
        const QSignalBlocker block(m_points);
        if (code) {
            m_points->setRange(code->minPoints, code->maxPoints);
            m_points->setValue(code->points);
        }
        m_points->setEnabled(code && code->minPoints < code->maxPoints);
        m_points->setToolTip(code && code->minPoints == code->maxPoints
                                 ? tr("%1 has fixed points").arg(code->id)
                                 : QString());
    }
    m_codeHint->setText(code ? tr("%1 · %2").arg(code->id, pointsRange(*code)) : QString());
    updatePreview();
}

void RecordViolationDialog::setTriageItem(const QString &item, const QString &code, const QString &source,
                                          const QString &evidence)
{
    m_triageItem = item;
    setWindowTitle(tr("Confirm triage item %1").arg(item));
    if (!code.isEmpty())
        selectCode(code);
    const int sourceIndex = m_source->findData(source);
    if (sourceIndex >= 0)
        m_source->setCurrentIndex(sourceIndex);
    m_evidence->setPlainText(evidence);
    updatePreview();
}

StoredEvent RecordViolationDialog::currentEvent() const
{
    StoredEvent e;
    e.type = EventType::Violation;
    e.at = m_at;
    e.subject = m_handle;
    e.by = m_session.user; // for the preview; Actions writes the signed-in user
    if (const ViolationCode *code = currentCode()) {
        e.code = code->id;
        // The code's default stays implicit (-1), so the ledger reads "default" rather than a copied number.
        e.points = m_points->value() == code->points ? -1 : m_points->value();
    }
    e.severity = m_severity->currentData().toString();
    e.source = m_source->currentData().toString();
    e.text = m_evidence->toPlainText().trimmed();
    return e;
}

QString RecordViolationDialog::validate() const
{
    if (!m_subjectFound)
        return tr("No subject %1 in the store: open the subject from a list and try again.").arg(m_handle);
    const QString refused = WriteGate::refusal(&m_store, m_session, Permission::RecordViolation);
    if (!refused.isEmpty())
        return refused;
    if (!currentCode())
        return tr("Choose a violation code.");
    if (!m_previewError.isEmpty())
        return m_previewError;
    if (m_evidence->toPlainText().trimmed().isEmpty())
        return tr("Evidence is empty: say what was found and where.");
    if (needsAcknowledgement() && !m_acknowledge->isChecked())
        return tr("This violation has a permanent consequence: tick the confirmation above to record it.");
    return QString();
}

void RecordViolationDialog::updatePreview()
{
    m_hasPreview = false;
    m_previewError.clear();
    if (!m_subjectFound) {
        m_panel->showError(tr("No subject %1 in the store.").arg(m_handle));
    } else if (!currentCode()) {
        m_panel->showNote(tr("Choose a code to see what recording it would do."));
    } else {
        // The preview is taken at the instant Confirm records, so what is shown is what is stored.
        m_at = m_store.now();
        StoreError error;
        ActionResult result;
        if (Actions(m_store, m_session).preview(currentEvent(), &result, &error)) {
            m_consequences = result.consequences;
            m_hasPreview = true;
            m_panel->showConsequences(m_consequences, m_store.policy());
            updateNoticePreview();
        } else {
            m_previewError = error.message;
            m_panel->showError(error.message);
            m_notice->showNote(tr("No notice: the violation cannot be recorded as it stands."));
        }
    }
    if (!m_hasPreview && m_previewError.isEmpty())
        m_notice->showNote(tr("Choose a code to see the notice the subject will get."));
    updateAcknowledgement();
    setBlockingReason(validate());
}

// The notices Actions will append with the violation, from the same consequences (NoticePlanner). A
// template that cannot be rendered blocks Record, as the action would be refused.
void RecordViolationDialog::updateNoticePreview()
{
    QVector<PlannedNotice> notices;
    StoreError error;
    if (Actions(m_store, m_session).previewNotices(currentEvent(), m_consequences, &notices, &error)) {
        m_notice->showNotices(notices);
    } else {
        m_previewError = error.message;
        m_notice->showError(error.message);
    }
}

// The destructive part of the preview: permanent sanctions it starts and an MCN's removal (R-M2). The
// checkbox names it and unticks whenever it changes, so a tick never covers a consequence not shown.
void RecordViolationDialog::updateAcknowledgement()
{
    QStringList permanent;
    QStringList permanentIds;
    QStringList removal;
    QStringList removalIds;
    if (m_hasPreview) {
        const Policy &policy = m_store.policy();
        const auto named = [&policy](const QString &id) {
            return tr("%1 (%2)").arg(PolicyText::restrictionLabel(policy, id), id);
        };
        for (const Sanction &s : m_consequences.sanctionsStarted) {
            if (s.permanent() && !permanentIds.contains(s.id)) {
                permanentIds << s.id;
                permanent << named(s.id);
            }
        }
        const Scale &scale = policy.scale(m_consequences.kind);
        QStringList removalRestrictions{QStringLiteral("removed"), QStringLiteral("permanent_ban")};
        if (scale.removal)
            removalRestrictions << scale.removal->restriction;
        for (const QString &id : m_consequences.restrictionsGained) {
            if (removalRestrictions.contains(id) && !permanentIds.contains(id) && !removalIds.contains(id)) {
                removalIds << id;
                removal << named(id);
            }
        }
        if (m_consequences.after.removed && !m_consequences.before.removed && removalIds.isEmpty())
            removalIds << QStringLiteral("removed");
    }
    QStringList key = permanentIds;
    if (!removalIds.isEmpty())
        key << QStringLiteral("|") << removalIds;
    const QString newKey = key.join(QLatin1Char(','));
    if (newKey == m_destructiveKey)
        return;
    m_destructiveKey = newKey;
    {
        const QSignalBlocker block(m_acknowledge);
        m_acknowledge->setChecked(false);
    }
    QStringList sentences;
    if (!permanent.isEmpty())
        sentences << tr("I understand this permanently sanctions %1: %2").arg(m_handle, permanent.join(tr(", ")));
    if (!removalIds.isEmpty()) {
        sentences << (removal.isEmpty()
                          ? tr("I understand this removes %1 from the platform: recovery stops (R-M2)").arg(m_handle)
                          : tr("I understand this removes %1 from the platform: %2; recovery stops (R-M2)")
                                .arg(m_handle, removal.join(tr(", "))));
    }
    m_acknowledge->setText(sentences.join(QLatin1Char('\n')));
    m_acknowledge->setVisible(!newKey.isEmpty());
}

void RecordViolationDialog::showConsequencesChanged()
{
    m_reason->setText(tr("The consequences changed while the dialog was open (the clock moved on): review them and confirm again."));
    m_reasonIcon->setVisible(true);
}

// A new minute: the event would be dated differently, so take the preview again. Only when what it means
// changed (a recovery step or a sanction end fell due) is the moderator told; the times alone just follow.
void RecordViolationDialog::checkClock()
{
    if (!m_subjectFound || !currentCode() || m_store.now() / 60 == m_at / 60)
        return;
    const bool had = m_hasPreview;
    const QString shown = had ? consequencesKey(m_consequences) : QString();
    updatePreview();
    if (had && m_hasPreview && m_blockingReason.isEmpty() && consequencesKey(m_consequences) != shown)
        showConsequencesChanged();
}

void RecordViolationDialog::setBlockingReason(const QString &reason)
{
    m_blockingReason = reason;
    m_reason->setText(reason);
    m_reasonIcon->setVisible(!reason.isEmpty());
    m_confirm->setEnabled(reason.isEmpty());
    m_confirm->setToolTip(reason);
}

void RecordViolationDialog::accept()
{
    if (!validate().isEmpty() || !m_hasPreview)
        return;
    // The event is dated now; should the clock have moved the consequences (a recovery step or a sanction
    // end fell due while the dialog was open), show the new ones and ask again rather than record unseen.
    // The same consequences a minute later (only their dates shifted) are recorded without asking.
    const QString shown = consequencesKey(m_consequences);
    updatePreview();
    if (!m_hasPreview || !m_blockingReason.isEmpty())
        return;
    if (consequencesKey(m_consequences) != shown) {
        showConsequencesChanged();
        return;
    }
    // The action layer checks the permission again, mints the id and appends the violation with its audit
    // row in one transaction; a refusal is shown in core's words.
    const StoredEvent event = currentEvent();
    StoreError error;
    ActionResult result;
    Actions actions(m_store, m_session);
    const bool recorded = m_triageItem.isEmpty()
                              ? actions.recordViolation(event.subject, event.code, event.points, event.severity,
                                                        event.source, event.text, &result, &error)
                              : actions.confirmItem(m_triageItem, event, &result, &error);
    if (!recorded) {
        QMessageBox::warning(this, tr("The violation was not recorded"),
                             error.kind == StoreError::Kind::NotPermitted
                                 ? tr("%1\n\nNothing was written.").arg(error.message)
                                 : tr("%1\n\nNothing was written. Correct the input, or check that the store file is "
                                      "writable and not locked by another program, then try again.")
                                       .arg(error.message));
        updatePreview();
        return;
    }
    m_recordedId = result.id;
    QDialog::accept();
}

} // namespace redline
