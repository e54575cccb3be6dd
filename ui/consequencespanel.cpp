#include "consequencespanel.h"

#include "policytext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace redline {

namespace {

const char kDownColor[] = "#c62828";
const char kUpColor[] = "#2e7d32";

QString violationCount(int n)
{
    return ConsequencesPanel::tr("%n violation(s)", nullptr, n);
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='color:#757575; padding-right:12px; white-space:nowrap'>%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString coloured(const QString &text, const char *colour)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(QLatin1String(colour), text.toHtmlEscaped());
}

// The level came from severity "severe", not from the count of violations in the window (R-C1 L4).
bool reachedBySeverity(const Ladder &ladder, int level, int count)
{
    for (const LadderLevel &l : ladder.levels) {
        if (l.level == level)
            return l.appliesToSevere && count < l.minCount;
    }
    return false;
}

bool containsSanction(const QVector<Sanction> &sanctions, const QString &id)
{
    for (const Sanction &s : sanctions) {
        if (s.id == id)
            return true;
    }
    return false;
}

} // namespace

ConsequencesPanel::ConsequencesPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("consequencesPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    setPalette(p);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("consequencesTitle"));
    QFont small = m_title->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_title->setFont(small);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_title->setWordWrap(true);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("consequencesHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("consequencesBody"));
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_body, 1);
    setMinimumHeight(150);
}

QString ConsequencesPanel::headline() const
{
    return m_headline->text();
}

void ConsequencesPanel::showNote(const QString &text)
{
    setContent(tr("Consequences"), QString(), QString(), {text.toHtmlEscaped()});
    m_lines = QStringList{text};
}

void ConsequencesPanel::showError(const QString &text)
{
    setContent(tr("Consequences"), QString(), QString(), {coloured(text, kDownColor)});
    m_lines = QStringList{text};
}

void ConsequencesPanel::showConsequences(const ActionConsequences &c, const Policy &policy)
{
    const QString colour = c.scoreAfter() < c.scoreBefore() ? QLatin1String(kDownColor)
                           : c.scoreAfter() > c.scoreBefore() ? QLatin1String(kUpColor)
                                                              : QString();
    QStringList html;
    QStringList plain;
    describe(c, policy, &html, &plain);
    setContent(tr("Consequences at %1, computed by the engine").arg(PolicyText::formatDateTime(c.at)),
               scoreChange(c), colour, html);
    m_lines = QStringList{scoreChange(c)} + plain;
}

void ConsequencesPanel::setContent(const QString &title, const QString &headline, const QString &headlineColor,
                                   const QStringList &htmlLines)
{
    m_title->setText(title);
    m_headline->setText(headline);
    m_headline->setVisible(!headline.isEmpty());
    m_headline->setStyleSheet(headlineColor.isEmpty() ? QString() : QStringLiteral("color:%1").arg(headlineColor));
    QString body = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const QString &line : htmlLines)
        body += line.startsWith(QLatin1String("<tr>")) ? line : QStringLiteral("<tr><td colspan='2'>%1</td></tr>").arg(line);
    body += QStringLiteral("</table>");
    m_body->setText(body);
}

QString ConsequencesPanel::scoreChange(const ActionConsequences &c)
{
    const int delta = c.scoreAfter() - c.scoreBefore();
    if (delta == 0)
        return tr("Score %1 → %2 (no change)").arg(c.scoreBefore()).arg(c.scoreAfter());
    return tr("Score %1 → %2 (%3)")
        .arg(c.scoreBefore())
        .arg(c.scoreAfter())
        .arg(delta > 0 ? QStringLiteral("+%1").arg(delta) : QStringLiteral("−%1").arg(-delta));
}

QString ConsequencesPanel::sanctionText(const Sanction &s, const Policy &policy, bool started)
{
    const QString name = tr("%1 (%2)").arg(PolicyText::restrictionLabel(policy, s.id), s.id);
    if (!started)
        return s.scheduledUntil == kNoInstant ? tr("%1, was permanent").arg(name)
                                              : tr("%1, was until %2").arg(name, PolicyText::formatDateTime(s.scheduledUntil));
    if (s.permanent())
        return tr("%1, permanent").arg(name);
    return tr("%1 until %2 (%3)").arg(name, PolicyText::formatDateTime(s.until), PolicyText::durationText(s.from, s.until));
}

QString ConsequencesPanel::crossingsText(const ActionConsequences &c)
{
    QStringList parts;
    for (const Crossing &x : c.crossings)
        parts << QStringLiteral("%1 %2").arg(x.threshold).arg(x.down ? QStringLiteral("↓") : QStringLiteral("↑"));
    return parts.join(QStringLiteral(" · "));
}

// Each entry is an HTML table row (label, value) and the same text plain (for tests and accessibility).
void ConsequencesPanel::describe(const ActionConsequences &c, const Policy &policy, QStringList *rows,
                                 QStringList *plain) const
{
    QString lastLabel;
    const auto add = [&](const QString &label, const QString &text, const char *colour = nullptr) {
        // A run of lines with one label ("Starts", "Gains") names it once.
        *rows << row(label == lastLabel ? QString() : label, colour ? coloured(text, colour) : text.toHtmlEscaped());
        lastLabel = label;
        *plain << label + QLatin1Char(' ') + text;
    };

    if (c.pointsCharged > 0 || c.deducted > 0) {
        if (c.deducted == c.pointsCharged)
            add(tr("Deducts"), tr("%n point(s)", nullptr, c.deducted));
        else // R-T6: a clamped deduction records what it actually took
            add(tr("Deducts"), tr("%n point(s) (%1 charged; the score cannot go below %2)", nullptr, c.deducted)
                                   .arg(c.pointsCharged)
                                   .arg(policy.scale(c.kind).min));
    } else if (c.effectiveAt != kNoInstant && c.pointsCharged == 0 && c.violationLevel == 0) {
        add(tr("Deducts"), tr("nothing: a 0-point finding is not a ladder step (R-C6)"));
    }
    if (c.givenBack > 0)
        add(tr("Gives back"), tr("%n point(s) (R-L3)", nullptr, c.givenBack), kUpColor);

    if (!c.crossings.isEmpty())
        add(tr("Crosses"), crossingsText(c), c.crossings.first().down ? kDownColor : kUpColor);

    for (const ProtectionNotice &n : c.notices) // R-M6
        add(tr("Creators"), tr("affiliated creators get an advance notice: %1 is within %2 of %3 (R-M6)")
                                .arg(n.score).arg(policy.protection.noticeMargin).arg(n.threshold), kDownColor);

    const CreatorProtection &protection = policy.protection;
    if (c.kind == SubjectKind::Mcn && c.restrictionsGained.contains(protection.triggerRestriction)) // R-M6
        add(tr("Creators"), tr("affiliated creators get “%1” (grace period %2 days, R-M6)")
                                .arg(PolicyText::restrictionLabel(policy, protection.creatorRestriction))
                                .arg(protection.graceDays), kDownColor);

    const Scale &scale = policy.scale(c.kind);
    if (c.violationLevel > 0 && scale.ladder) { // R-C1
        QString text = tr("L%1: %2 in force within %3 days")
                           .arg(c.violationLevel)
                           .arg(violationCount(c.countInWindow))
                           .arg(scale.ladder->windowDays);
        if (reachedBySeverity(*scale.ladder, c.violationLevel, c.countInWindow))
            text = tr("L%1: recorded as severe (%2 in force within %3 days)")
                       .arg(c.violationLevel)
                       .arg(violationCount(c.countInWindow))
                       .arg(scale.ladder->windowDays);
        if (c.ladderLevelBefore() != c.ladderLevelAfter())
            text += tr("; subject's level L%1 → L%2").arg(c.ladderLevelBefore()).arg(c.ladderLevelAfter());
        add(tr("Ladder"), text);
    } else if (c.ladderLevelBefore() != c.ladderLevelAfter()) {
        add(tr("Ladder"), tr("L%1 → L%2").arg(c.ladderLevelBefore()).arg(c.ladderLevelAfter()));
    }

    for (const Sanction &s : c.sanctionsStarted)
        add(tr("Starts"), sanctionText(s, policy, true), kDownColor);
    for (const Sanction &s : c.sanctionsEnded)
        add(tr("Ends early"), sanctionText(s, policy, false), kUpColor);

    // Restrictions that are not already named as a sanction above: bands (R-M1) and derived ones (R-C4).
    QStringList gained;
    for (const QString &id : c.restrictionsGained) {
        if (!containsSanction(c.sanctionsStarted, id))
            gained << tr("%1 (%2)").arg(PolicyText::restrictionLabel(policy, id), id);
    }
    QStringList lost;
    for (const QString &id : c.restrictionsLost) {
        if (!containsSanction(c.sanctionsEnded, id))
            lost << tr("%1 (%2)").arg(PolicyText::restrictionLabel(policy, id), id);
    }
    for (const QString &text : std::as_const(gained))
        add(tr("Gains"), text, kDownColor);
    for (const QString &text : std::as_const(lost))
        add(tr("Lifts"), text, kUpColor);

    if (c.before.removed != c.after.removed) // R-M2
        add(tr("Removal"), c.after.removed ? tr("removed from the platform: recovery stops (R-M2)")
                                           : tr("lifted: recovery resumes (R-M2)"),
            c.after.removed ? kDownColor : kUpColor);

    if (c.changesNothing()) {
        const QString nothing = tr("No change to the score, sanctions or restrictions.");
        *rows << QStringLiteral("<tr><td colspan='2'>%1</td></tr>").arg(nothing.toHtmlEscaped());
        *plain << nothing;
    }
}

} // namespace redline
