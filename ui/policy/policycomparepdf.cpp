#include "policycomparepdf.h"

#include "report/pdfstyle.h"

#include "policytext.h"
#include "policytierbars.h"
#include "query/whatifreplay.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cstdlib>

namespace redline {

namespace {

const QColor kInk = PdfStyle::ink();
const QColor kMuted = PdfStyle::muted();
const QColor kRule = PdfStyle::rule();
const QColor kHeaderFill = PdfStyle::headerFill();
const QColor kStripe = PdfStyle::stripe();
const QColor kAlert = PdfStyle::alert();

QFont pdfFont(qreal points, bool bold = false)
{
    return PdfStyle::font(points, bold);
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &id : a) {
        if (!b.contains(id))
            out << id;
    }
    return out;
}

// Paints the page top to bottom with a cursor; every block knows its height before it is drawn.
class OnePage
{
public:
    OnePage(QPdfWriter &writer, QPainter &painter)
        : m_painter(painter)
    {
        m_mm = writer.resolution() / 25.4;
        const QSizeF page = writer.pageLayout().fullRectPixels(writer.resolution()).size();
        m_left = 15 * m_mm;
        m_right = page.width() - 15 * m_mm;
        m_y = 14 * m_mm;
        m_bottom = page.height() - 16 * m_mm;
        m_pageHeight = page.height();
    }

    qreal mm(qreal v) const { return v * m_mm; }
    qreal left() const { return m_left; }
    qreal width() const { return m_right - m_left; }
    qreal y() const { return m_y; }
    qreal room() const { return m_bottom - m_y; }
    qreal pageHeight() const { return m_pageHeight; }
    void advance(qreal dy) { m_y += dy; }
    QPainter &painter() { return m_painter; }

    qreal lineHeight(const QFont &font) const { return QFontMetricsF(font, m_painter.device()).height(); }

    qreal textHeight(const QString &text, const QFont &font, qreal width) const
    {
        const QRectF bound = QFontMetricsF(font, m_painter.device())
                                 .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
        return bound.height();
    }

    void text(const QString &text, const QFont &font, const QColor &colour, qreal spaceAfter)
    {
        const qreal height = textHeight(text, font, width());
        m_painter.setFont(font);
        m_painter.setPen(colour);
        m_painter.drawText(QRectF(m_left, m_y, width(), height + 1), Qt::TextWordWrap, text);
        m_y += height + spaceAfter;
    }

    void heading(const QString &text)
    {
        m_y += mm(2.5);
        const QFont font = pdfFont(11, true);
        const qreal height = lineHeight(font);
        m_painter.setFont(font);
        m_painter.setPen(kInk);
        m_painter.drawText(QRectF(m_left, m_y, width(), height), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += height + mm(0.6);
        m_painter.setPen(QPen(kRule, mm(0.3)));
        m_painter.drawLine(QPointF(m_left, m_y), QPointF(m_right, m_y));
        m_y += mm(1.5);
    }

private:
    QPainter &m_painter;
    qreal m_mm = 1;
    qreal m_left = 0;
    qreal m_right = 0;
    qreal m_y = 0;
    qreal m_bottom = 0;
    qreal m_pageHeight = 0;
};

class SummaryLayout
{
public:
    SummaryLayout(OnePage &page, const PolicyComparePdf::Summary &s)
        : m_page(page)
        , m_s(s)
        , m_r(*s.report)
    {
    }

    void run()
    {
        title();
        counts();
        differences();
        tiers();
        means();
        mostChanged();
        footer();
    }

private:
    void title()
    {
        m_page.text(PolicyComparePdf::tr("Policy comparison"), pdfFont(18, true), kInk, m_page.mm(1));
        m_page.text(PolicyComparePdf::tr("%1 in force  vs.  %2 proposed").arg(m_s.inForceName, m_s.proposedName),
                    pdfFont(11, true), kInk, m_page.mm(0.8));
        QString line = PolicyComparePdf::tr("Every subject's history replayed as of %1 UTC under both policies")
                           .arg(PolicyText::formatDateTime(m_r.at));
        if (!m_s.storeName.isEmpty())
            line += PolicyComparePdf::tr(" · store %1").arg(m_s.storeName);
        m_page.text(line, pdfFont(8.5), kMuted, m_page.mm(3));
    }

    void counts()
    {
        qint64 changed = 0;
        qint64 band = 0;
        for (const SubjectOutcome &o : m_r.outcomes) {
            changed += o.changed();
            band += o.tierChanged() && o.subjectKind() != SubjectKind::Creator;
        }
        const QVector<QPair<qint64, QString>> cells = {
            {m_r.subjects, PolicyComparePdf::tr("subjects replayed")},
            {changed, PolicyComparePdf::tr("change standing")},
            {band, PolicyComparePdf::tr("change band (MCNs, brands)")},
            {m_r.ladderChanged, PolicyComparePdf::tr("change ladder level (creators)")},
            {m_r.restrictionsChanged, PolicyComparePdf::tr("change restrictions")},
            {m_r.scoreChanged, PolicyComparePdf::tr("change score")},
        };
        QPainter &p = m_page.painter();
        const qreal gap = m_page.mm(2);
        const qreal w = (m_page.width() - gap * (cells.size() - 1)) / cells.size();
        const QFont big = pdfFont(15, true);
        const QFont small = pdfFont(7);
        const qreal h = m_page.lineHeight(big) + 2 * m_page.lineHeight(small) + m_page.mm(3);
        for (int i = 0; i < cells.size(); ++i) {
            const QRectF box(m_page.left() + i * (w + gap), m_page.y(), w, h);
            p.setPen(Qt::NoPen);
            p.setBrush(kHeaderFill);
            p.drawRoundedRect(box, m_page.mm(1), m_page.mm(1));
            p.setPen(i == 1 && cells[i].first > 0 ? kAlert : kInk);
            const QRectF inner = box.adjusted(m_page.mm(1.5), m_page.mm(1), -m_page.mm(1.5), -m_page.mm(1));
            const QString number = PolicyText::groupedNumber(cells[i].first);
            p.setFont(fitted(big, number, inner.width()));
            p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, number);
            p.setFont(small);
            p.setPen(kMuted);
            p.drawText(inner.adjusted(0, m_page.lineHeight(big), 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       cells[i].second);
        }
        p.setBrush(Qt::NoBrush);
        m_page.advance(h + m_page.mm(1));
    }

    // A figure's font, smaller until the figure fits its box (a million subjects is nine characters).
    QFont fitted(QFont font, const QString &text, qreal width)
    {
        const QPaintDevice *device = m_page.painter().device();
        while (font.pointSizeF() > 8 && QFontMetricsF(font, device).horizontalAdvance(text) > width)
            font.setPointSizeF(font.pointSizeF() - 0.5);
        return font;
    }

    // At most a fixed share of the page, in two columns; the rest counted.
    void differences()
    {
        m_page.heading(PolicyComparePdf::tr("Differences between the two policies (%1)").arg(m_s.differences.size()));
        if (m_s.differences.isEmpty()) {
            m_page.text(PolicyComparePdf::tr("None: the proposed policy equals the policy in force."), pdfFont(8.5),
                        kMuted, m_page.mm(1));
            return;
        }
        const QFont font = pdfFont(7.5);
        const qreal line = m_page.lineHeight(font);
        const int maxRows = 8;
        const int columns = m_s.differences.size() > maxRows ? 2 : 1;
        const int capacity = maxRows * columns;
        const bool cut = m_s.differences.size() > capacity;
        const int shown = cut ? capacity - 1 : int(m_s.differences.size());
        const int rows = (std::min(shown + (cut ? 1 : 0), capacity) + columns - 1) / columns;
        const qreal colWidth = (m_page.width() - m_page.mm(4) * (columns - 1)) / columns;
        QPainter &p = m_page.painter();
        p.setFont(font);
        const QFontMetricsF metrics(font, p.device());
        for (int i = 0; i < shown + (cut ? 1 : 0); ++i) {
            const int col = i / rows;
            const int row = i % rows;
            const QRectF rect(m_page.left() + col * (colWidth + m_page.mm(4)), m_page.y() + row * line, colWidth, line);
            const bool more = cut && i == shown;
            const QString text = more ? PolicyComparePdf::tr("… and %1 more").arg(m_s.differences.size() - shown)
                                      : QStringLiteral("• ") + m_s.differences.at(i);
            p.setPen(more ? kMuted : kInk);
            p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideMiddle, colWidth));
        }
        m_page.advance(rows * line + m_page.mm(1));
    }

    void tiers()
    {
        m_page.heading(PolicyComparePdf::tr("Subjects per tier: in force (grey) and proposed (orange)"));
        if (!m_s.bars)
            return;
        const qreal height = m_page.mm(58);
        // The plots are laid out at screen size and scaled onto the page, so their fonts read as on screen.
        const qreal scale = m_page.mm(0.21); // one screen pixel ≈ 0.21 mm
        QPainter &p = m_page.painter();
        p.save();
        p.translate(m_page.left(), m_page.y());
        p.scale(scale, scale);
        m_s.bars->renderTo(&p, QRect(0, 0, int(m_page.width() / scale), int(height / scale)));
        p.restore();
        m_page.advance(height + m_page.mm(1));
    }

    void means()
    {
        QStringList parts;
        for (int k = 0; k < kSubjectKindCount; ++k) {
            const KindSummary &kind = m_r.kinds[k];
            parts << PolicyComparePdf::tr("%1: %2, mean score %3 → %4")
                         .arg(PolicyText::kindPlural(static_cast<SubjectKind>(k)), PolicyText::groupedNumber(kind.subjects),
                              QLocale().toString(kind.meanBefore(), 'f', 1), QLocale().toString(kind.meanAfter(), 'f', 1));
        }
        m_page.text(parts.join(QStringLiteral("   ·   ")), pdfFont(8), kMuted, m_page.mm(1));
    }

    void mostChanged()
    {
        const QFont font = pdfFont(7.5);
        const QFont bold = pdfFont(7.5, true);
        const qreal row = m_page.lineHeight(font) + m_page.mm(1.2);
        const qreal footerRoom = m_page.mm(2);
        const int fits = std::max(0, int((m_page.room() - footerRoom - m_page.mm(9) - row) / row));
        const QVector<int> top = PolicyComparePdf::mostChanged(m_r, std::min(fits, 25));
        qint64 changed = 0;
        for (const SubjectOutcome &o : m_r.outcomes)
            changed += o.changed();
        m_page.heading(changed > top.size()
                           ? PolicyComparePdf::tr("The %1 subjects that change most, of %2 that change standing")
                                 .arg(top.size()).arg(PolicyText::groupedNumber(changed))
                           : PolicyComparePdf::tr("Subjects that change standing (%1)").arg(changed));
        if (top.isEmpty()) {
            m_page.text(PolicyComparePdf::tr("No subject changes tier, ladder level or restrictions."), pdfFont(8.5),
                        kMuted, 0);
            return;
        }
        const QStringList headers = {PolicyComparePdf::tr("Subject"), PolicyComparePdf::tr("Kind"),
                                     PolicyComparePdf::tr("Score"), PolicyComparePdf::tr("Tier"),
                                     PolicyComparePdf::tr("Restrictions gained"), PolicyComparePdf::tr("Restrictions lost")};
        const QVector<qreal> share = {0.15, 0.08, 0.11, 0.13, 0.265, 0.265};
        QPainter &p = m_page.painter();
        auto drawRow = [&](const QStringList &cells, const QFont &f, const QColor &fill) {
            qreal x = m_page.left();
            if (fill.isValid()) {
                p.setPen(Qt::NoPen);
                p.setBrush(fill);
                p.drawRect(QRectF(x, m_page.y(), m_page.width(), row));
                p.setBrush(Qt::NoBrush);
            }
            p.setFont(f);
            p.setPen(kInk);
            const QFontMetricsF metrics(f, p.device());
            for (int c = 0; c < cells.size(); ++c) {
                const qreal w = share[c] * m_page.width();
                const QRectF rect(x + m_page.mm(1), m_page.y(), w - m_page.mm(2), row);
                p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(cells[c], Qt::ElideRight, rect.width()));
                x += w;
            }
            m_page.advance(row);
        };
        drawRow(headers, bold, kHeaderFill);
        for (int i = 0; i < top.size(); ++i) {
            const SubjectOutcome &o = m_r.outcomes.at(top[i]);
            const Scale &before = m_s.inForce->scale(o.subjectKind());
            const Scale &after = m_s.proposed->scale(o.subjectKind());
            const QStringList &rb = m_r.restrictionSets.at(o.restrictionsBefore);
            const QStringList &ra = m_r.restrictionSets.at(o.restrictionsAfter);
            drawRow({m_r.handleOf(o), PolicyText::kindName(o.subjectKind()),
                     QStringLiteral("%1 → %2").arg(o.scoreBefore).arg(o.scoreAfter),
                     QStringLiteral("%1 → %2").arg(WhatIfReplay::tierName(before, o.tierBefore),
                                                  WhatIfReplay::tierName(after, o.tierAfter)),
                     PolicyText::restrictionList(*m_s.proposed, minus(ra, rb)),
                     PolicyText::restrictionList(*m_s.inForce, minus(rb, ra))},
                    font, i % 2 ? kStripe : QColor());
        }
    }

    void footer()
    {
        QPainter &p = m_page.painter();
        const QFont small = pdfFont(7);
        p.setFont(small);
        p.setPen(QPen(kRule, m_page.mm(0.25)));
        const qreal y = m_page.pageHeight() - m_page.mm(12);
        p.drawLine(QPointF(m_page.left(), y), QPointF(m_page.left() + m_page.width(), y));
        p.setPen(kMuted);
        const QRectF rect(m_page.left(), y + m_page.mm(1), m_page.width(), m_page.mm(5));
        p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                   PolicyComparePdf::tr("Redline policy lab · what-if replay: nothing in the store was changed"));
        p.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, PolicyComparePdf::tr("Page 1 of 1"));
    }

    OnePage &m_page;
    const PolicyComparePdf::Summary &m_s;
    const WhatIfReport &m_r;
};

} // namespace

QVector<int> PolicyComparePdf::mostChanged(const WhatIfReport &report, int limit)
{
    QVector<int> changed;
    for (int i = 0; i < report.outcomes.size(); ++i) {
        if (report.outcomes.at(i).changed())
            changed << i;
    }
    auto weight = [&report](int i) {
        const SubjectOutcome &o = report.outcomes.at(i);
        return std::make_pair(std::abs(o.scoreAfter - o.scoreBefore), std::abs(o.tierAfter - o.tierBefore));
    };
    const int n = std::min<int>(limit, changed.size());
    std::partial_sort(changed.begin(), changed.begin() + n, changed.end(),
                      [&](int a, int b) { return weight(a) > weight(b); });
    changed.resize(n);
    return changed;
}

bool PolicyComparePdf::write(const Summary &summary, QIODevice *device, QString *error)
{
    if (!summary.report || !summary.inForce || !summary.proposed) {
        *error = tr("No comparison to write");
        return false;
    }
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(tr("Policy comparison: %1 vs. %2").arg(summary.inForceName, summary.proposedName));
    writer.setCreator(QStringLiteral("Redline"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Could not start the PDF");
        return false;
    }
    OnePage page(writer, painter);
    SummaryLayout(page, summary).run();
    painter.end();
    return true;
}

} // namespace redline
