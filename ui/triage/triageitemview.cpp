#include "triageitemview.h"

#include "policytext.h"

#include "store/store.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace redline {

namespace {

// A finding's span is in code points; a QString indexes UTF-16 units, so surrogate pairs (emoji, rare
// Han characters) count twice here.
int unitOfCodePoint(const QString &text, int codePoint)
{
    int unit = 0;
    for (int cp = 0; cp < codePoint && unit < text.size(); ++cp)
        unit += text.at(unit).isHighSurrogate() && unit + 1 < text.size() ? 2 : 1;
    return unit;
}

} // namespace

TriageItemView::TriageItemView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("triageItemHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_body = new QTextBrowser(this);
    m_body->setObjectName(QStringLiteral("triageItemBody"));
    m_body->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_body, 1);
    clear();
}

void TriageItemView::clear()
{
    m_heading->setText(tr("<i>No item selected.</i>"));
    m_body->clear();
}

QString TriageItemView::html() const
{
    return m_body->toHtml();
}

QString TriageItemView::highlighted(const QString &text, const QVector<FindingRecord> &findings)
{
    QVector<QPair<int, int>> spans;
    for (const FindingRecord &f : findings) {
        if (f.end > f.start)
            spans.append({unitOfCodePoint(text, f.start), unitOfCodePoint(text, f.end)});
    }
    std::sort(spans.begin(), spans.end());
    QString html;
    int at = 0;
    for (const auto &span : std::as_const(spans)) {
        const int start = std::max(span.first, at); // overlapping spans are marked once
        if (span.second <= start)
            continue;
        html += text.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<mark style=\"background:#ffd36b\">") + text.mid(start, span.second - start).toHtmlEscaped()
                + QStringLiteral("</mark>");
        at = span.second;
    }
    html += text.mid(at).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

void TriageItemView::showItem(const TriageItem &item, const QVector<FindingRecord> &findings)
{
    const QString source = item.source == TriageItem::Source::Report ? tr("User report %1").arg(item.id)
                                                                    : tr("Post %1").arg(item.id);
    QString heading = tr("<b>%1</b> · %2 · received %3 · <b>%4</b>")
                          .arg(source.toHtmlEscaped(), item.subject.toHtmlEscaped(), PolicyText::formatDateTime(item.at),
                               PolicyText::triageStateLabel(item.status).toHtmlEscaped());
    if (item.status.state == TriageStatus::State::Dismissed)
        heading += tr("<br>Dismissed by %1: %2").arg(item.status.by.toHtmlEscaped(), item.status.reason.toHtmlEscaped());
    m_heading->setText(heading);

    QString body;
    if (item.source == TriageItem::Source::Report)
        body += tr("<p><b>Reported:</b> %1</p>").arg(item.reason.toHtmlEscaped());
    if (!item.title.isEmpty())
        body += QStringLiteral("<h3>%1</h3>").arg(item.title.toHtmlEscaped());
    if (!item.text.isEmpty())
        body += QStringLiteral("<p>%1</p>").arg(highlighted(item.text, findings));
    else if (item.source == TriageItem::Source::Report)
        body += tr("<p><i>The report names no post.</i></p>");
    if (!findings.isEmpty()) {
        body += tr("<p><b>Findings</b></p><ul>");
        for (const FindingRecord &f : findings) {
            const QString code = f.code.isEmpty() ? tr("no code")
                                                  : PolicyText::codeDescription(m_store.policy(), SubjectKind::Creator, f.code);
            body += tr("<li>%1: “%2” (rule %3) → %4</li>")
                        .arg(PolicyText::findingCategoryLabel(f.category).toHtmlEscaped(), f.match.toHtmlEscaped(),
                             f.rule.toHtmlEscaped(), code.toHtmlEscaped());
        }
        body += QStringLiteral("</ul>");
    }
    m_body->setHtml(body);
}

} // namespace redline
