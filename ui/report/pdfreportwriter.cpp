#include "pdfreportwriter.h"

#include "report/pdfstyle.h"

#include "casefiledata.h"

#include "scorechart.h"

#include <QFont>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <QTextOption>

#include <functional>

namespace redline {

namespace {

const QColor kInk = PdfStyle::ink();
const QColor kMuted = PdfStyle::muted();
const QColor kRule = PdfStyle::rule();
const QColor kHeaderFill = PdfStyle::headerFill();
const QColor kStripe = PdfStyle::stripe();
const QColor kAlert = PdfStyle::alert();
const QColor kGood = PdfStyle::good();

QFont reportFont(qreal points, bool bold = false, bool condensed = false)
{
    // DejaVu Sans for Latin and digits, Noto Sans CJK for Chinese (fonts-noto-cjk, scripts/setup.sh): with
    // Noto's own digits the PDF's text layer lost them (pdftotext gave blanks where they were drawn). No
    // ligatures: "fi" stays two letters that a search in the PDF, or pdftotext, finds.
    QFont font = PdfStyle::font(points, bold);
    if (condensed) // tables: DejaVu Sans Condensed fits more in a column without a smaller size
        font.setStretch(QFont::SemiCondensed);
    return font;
}

QTextOption wrapping(Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop)
{
    QTextOption option(alignment);
    // Codes and handles ("mcn.fabricated_engagement") have no spaces: break them anywhere rather than clip.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// Lays a report out on pages in one pass, collecting each page's drawing as closures, so the footer
// can say "Page N of M" once the count is known; then paints every page.
class PageComposer
{
public:
    using Paint = std::function<void(QPainter &)>;

    explicit PageComposer(QPdfWriter &writer)
        : m_writer(writer)
    {
        m_mm = writer.resolution() / 25.4;
        const QSizeF page = writer.pageLayout().fullRectPixels(writer.resolution()).size();
        m_pageWidth = page.width();
        m_pageHeight = page.height();
        m_left = 16 * m_mm;
        m_right = m_pageWidth - 16 * m_mm;
        m_top = 20 * m_mm;
        m_bottom = m_pageHeight - 18 * m_mm;
        newPage();
    }

    qreal mm(qreal v) const { return v * m_mm; }
    qreal width() const { return m_right - m_left; }
    qreal left() const { return m_left; }
    qreal room() const { return m_bottom - m_y; }
    qreal bodyHeight() const { return m_bottom - m_top; }
    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }
    void newPage()
    {
        m_pages.append(QVector<Paint>());
        m_y = m_top;
    }
    void ensureRoom(qreal height)
    {
        if (height > room() && m_y > m_top)
            newPage();
    }
    void add(Paint paint) { m_pages.last().append(std::move(paint)); }
    int pageCount() const { return int(m_pages.size()); }
    const QVector<Paint> &page(int i) const { return m_pages.at(i); }

    qreal textHeight(const QFont &font, qreal width, const QString &text) const
    {
        QTextLayout layout(text, font, &m_writer);
        layout.setTextOption(wrapping());
        layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
        return std::max(height, QFontMetricsF(font, &m_writer).height());
    }

    // A wrapped paragraph at the cursor, split onto the next page when it does not fit whole.
    void paragraph(const QString &text, const QFont &font, const QColor &color, qreal spaceAfter)
    {
        const qreal height = textHeight(font, width(), text);
        ensureRoom(height);
        const QRectF rect(m_left, m_y, width(), height + 1);
        add([=](QPainter &p) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(rect, text, wrapping());
        });
        m_y += height + spaceAfter;
    }

    void pageDecoration(QPainter &p, int index, const QString &headerLeft, const QString &headerRight,
                        const QString &footerLeft, const QString &pageText) const
    {
        const QFont small = reportFont(7.5);
        p.setFont(small);
        p.setPen(kMuted);
        const qreal headerY = 10 * m_mm;
        const QRectF header(m_left, headerY, width(), 5 * m_mm);
        p.drawText(header, headerLeft, QTextOption(Qt::AlignLeft | Qt::AlignVCenter));
        p.drawText(header, headerRight, QTextOption(Qt::AlignRight | Qt::AlignVCenter));
        p.setPen(QPen(kRule, 0.25 * m_mm));
        p.drawLine(QPointF(m_left, headerY + 6 * m_mm), QPointF(m_right, headerY + 6 * m_mm));
        const qreal footerY = m_pageHeight - 13 * m_mm;
        p.drawLine(QPointF(m_left, footerY), QPointF(m_right, footerY));
        p.setPen(kMuted);
        const QRectF footer(m_left, footerY + 1 * m_mm, width(), 5 * m_mm);
        const QFontMetricsF metrics(small, p.device());
        p.drawText(footer, metrics.elidedText(footerLeft, Qt::ElideMiddle, width() * 0.7),
                   QTextOption(Qt::AlignLeft | Qt::AlignVCenter));
        p.drawText(footer, pageText, QTextOption(Qt::AlignRight | Qt::AlignVCenter));
        Q_UNUSED(index)
    }

private:
    QPdfWriter &m_writer;
    qreal m_mm = 1;
    qreal m_pageWidth = 0;
    qreal m_pageHeight = 0;
    qreal m_left = 0;
    qreal m_right = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    QVector<QVector<Paint>> m_pages;
};

class ReportLayout
{
public:
    ReportLayout(PageComposer &page, const ReportDocument &doc)
        : m_page(page)
        , m_doc(doc)
    {
    }

    void run()
    {
        titleBlock();
        factBlock(PdfReportWriter::tr("Subject"), m_doc.subjectFacts);
        factBlock(PdfReportWriter::tr("This report"), m_doc.provenance);
        standingBlock();
        chartBlock();
        for (const ReportTable &t : m_doc.tables)
            tableBlock(t);
        verificationBlock();
    }

private:
    void titleBlock()
    {
        m_page.paragraph(m_doc.title, reportFont(10, true), kMuted, m_page.mm(1));
        m_page.paragraph(m_doc.subjectName, reportFont(20, true), kInk, m_page.mm(0.5));
        m_page.paragraph(m_doc.subjectHandle, reportFont(10), kMuted, m_page.mm(4));
    }

    void heading(const QString &text, qreal keepWithNext)
    {
        const QFont font = reportFont(12, true);
        const qreal height = m_page.textHeight(font, m_page.width(), text);
        m_page.ensureRoom(m_page.mm(3) + height + keepWithNext);
        m_page.advance(m_page.mm(3));
        const QRectF rect(m_page.left(), m_page.y(), m_page.width(), height);
        const qreal ruleY = m_page.y() + height + m_page.mm(0.8);
        const qreal left = m_page.left();
        const qreal right = m_page.left() + m_page.width();
        const qreal pen = m_page.mm(0.35);
        m_page.add([=](QPainter &p) {
            p.setFont(font);
            p.setPen(kInk);
            p.drawText(rect, text, wrapping());
            p.setPen(QPen(kInk, pen));
            p.drawLine(QPointF(left, ruleY), QPointF(right, ruleY));
        });
        m_page.advance(height + m_page.mm(2.5));
    }

    // Label and value pairs in two columns of label/value.
    void factBlock(const QString &title, const QVector<ReportFact> &facts)
    {
        heading(title, m_page.mm(8));
        const QFont label = reportFont(8.5, true);
        const QFont value = reportFont(8.5);
        const qreal labelWidth = m_page.mm(38);
        const qreal valueWidth = m_page.width() - labelWidth;
        for (const ReportFact &f : facts) {
            const qreal labelHeight = m_page.textHeight(label, labelWidth - m_page.mm(2), f.label);
            const qreal valueHeight = m_page.textHeight(value, valueWidth, f.value);
            const qreal height = std::max(labelHeight, valueHeight);
            m_page.ensureRoom(height);
            // One line each: centred on the same middle, so a Chinese value (a taller line) sits beside its label.
            const Qt::Alignment vertical = height < 1.6 * std::min(labelHeight, valueHeight) ? Qt::AlignVCenter : Qt::AlignTop;
            const QRectF labelRect(m_page.left(), m_page.y(), labelWidth - m_page.mm(2), vertical == Qt::AlignTop ? height : height + 1);
            const QRectF valueRect(m_page.left() + labelWidth, m_page.y(), valueWidth, height + 1);
            const QString l = f.label;
            const QString v = f.value;
            m_page.add([=](QPainter &p) {
                p.setFont(label);
                p.setPen(kMuted);
                p.drawText(labelRect, l, wrapping(Qt::AlignLeft | vertical));
                p.setFont(value);
                p.setPen(kInk);
                p.drawText(valueRect, v, wrapping(Qt::AlignLeft | vertical));
            });
            m_page.advance(height + m_page.mm(0.8));
        }
    }

    void standingBlock()
    {
        heading(PdfReportWriter::tr("Current standing"), m_page.mm(8));
        m_page.paragraph(m_doc.standing, reportFont(12, true), kInk, m_page.mm(1.5));
        for (const QString &notice : m_doc.notices)
            m_page.paragraph(notice, reportFont(10, true), kAlert, m_page.mm(1.5));
        const ReportTable *restrictions = m_doc.table(QStringLiteral("restrictions"));
        if (restrictions && restrictions->rows.isEmpty())
            m_page.paragraph(restrictions->emptyText, reportFont(9), kGood, m_page.mm(1));
    }

    void chartBlock()
    {
        const qreal height = m_page.mm(72);
        heading(m_doc.chartTitle, height);
        const QRectF rect(m_page.left(), m_page.y(), m_page.width(), height);
        const Timeline timeline = m_doc.timeline;
        const Scale scale = m_doc.scale;
        const Instant from = m_doc.chartFrom;
        const Instant to = m_doc.chartTo;
        const std::shared_ptr<const CaseFileData> caseFile = m_doc.caseFile;
        const std::shared_ptr<const Policy> policy = m_doc.policy;
        m_page.add([=](QPainter &p) {
            // The chart lays itself out for a screen-sized rect (its fonts are in points at screen
            // resolution) and is scaled onto the page as vectors.
            const QSize logical(900, int(900 * rect.height() / rect.width()));
            ScoreChart chart;
            chart.resize(logical);
            if (caseFile && policy)
                chart.setCaseFile(*caseFile, *policy, to);
            else
                chart.setTimeline(timeline, scale, from, to);
            p.save();
            p.translate(rect.topLeft());
            p.scale(rect.width() / logical.width(), rect.height() / logical.height());
            chart.renderTo(&p, QRect(QPoint(0, 0), logical));
            p.restore();
        });
        m_page.advance(height + m_page.mm(2));
    }

    QVector<qreal> columnWidths(const ReportTable &t) const
    {
        qreal total = 0;
        for (int c = 0; c < t.columnCount(); ++c)
            total += t.weights.value(c, 1);
        QVector<qreal> widths;
        for (int c = 0; c < t.columnCount(); ++c)
            widths << m_page.width() * t.weights.value(c, 1) / total;
        return widths;
    }

    qreal rowHeight(const QStringList &cells, const QVector<qreal> &widths, const QFont &font, qreal pad) const
    {
        qreal height = 0;
        for (int c = 0; c < widths.size(); ++c)
            height = std::max(height, m_page.textHeight(font, widths[c] - 2 * pad, cells.value(c)));
        return height + 2 * pad;
    }

    void drawRow(const QStringList &cells, const QVector<qreal> &widths, const QVector<bool> &right, const QFont &font,
                 qreal pad, qreal height, const QColor &fill, const QColor &ink)
    {
        const qreal top = m_page.y();
        const qreal left = m_page.left();
        const qreal total = m_page.width();
        const qreal rule = m_page.mm(0.15);
        m_page.add([=](QPainter &p) {
            if (fill.isValid())
                p.fillRect(QRectF(left, top, total, height), fill);
            p.setFont(font);
            p.setPen(ink);
            qreal x = left;
            for (int c = 0; c < widths.size(); ++c) {
                const QRectF cell(x + pad, top + pad, widths[c] - 2 * pad, height - 2 * pad + 1);
                p.drawText(cell, cells.value(c), wrapping(right.value(c) ? Qt::AlignRight | Qt::AlignTop
                                                                          : Qt::AlignLeft | Qt::AlignTop));
                x += widths[c];
            }
            p.setPen(QPen(kRule, rule));
            p.drawLine(QPointF(left, top + height), QPointF(left + total, top + height));
        });
        m_page.advance(height);
    }

    void tableBlock(const ReportTable &t)
    {
        const QFont body = reportFont(7, false, true);
        const QFont head = reportFont(7, true, true);
        const qreal pad = m_page.mm(1.1);
        const QVector<qreal> widths = columnWidths(t);
        const qreal headerHeight = rowHeight(t.headers, widths, head, pad);
        const qreal firstRow = t.rows.isEmpty() ? m_page.mm(6) : rowHeight(t.rows.first(), widths, body, pad);
        const qreal noteHeight = t.note.isEmpty() ? 0 : m_page.textHeight(reportFont(8.5), m_page.width(), t.note) + m_page.mm(1.5);
        if (t.key == QLatin1String("restrictions") && t.rows.isEmpty())
            return; // said under the standing
        // A table that fits on one page starts on a new page rather than leave a few rows behind.
        qreal whole = m_page.mm(5.5) + noteHeight + headerHeight;
        for (const QStringList &row : t.rows)
            whole += rowHeight(row, widths, body, pad);
        if (whole > m_page.room() && whole <= m_page.bodyHeight())
            m_page.newPage();
        heading(t.title, noteHeight + headerHeight + firstRow);
        if (!t.note.isEmpty())
            m_page.paragraph(t.note, reportFont(8.5), kMuted, m_page.mm(1.5));
        if (t.rows.isEmpty()) {
            m_page.paragraph(t.emptyText, reportFont(8.5), kMuted, m_page.mm(2));
            return;
        }
        drawRow(t.headers, widths, t.rightAligned, head, pad, headerHeight, kHeaderFill, kInk);
        for (int r = 0; r < t.rows.size(); ++r) {
            const qreal height = rowHeight(t.rows[r], widths, body, pad);
            if (height > m_page.room()) {
                m_page.newPage();
                m_page.paragraph(PdfReportWriter::tr("%1 (continued)").arg(t.title), reportFont(9, true), kMuted,
                                 m_page.mm(1));
                drawRow(t.headers, widths, t.rightAligned, head, pad, headerHeight, kHeaderFill, kInk);
            }
            drawRow(t.rows[r], widths, t.rightAligned, body, pad, height, r % 2 ? kStripe : QColor(), kInk);
        }
        m_page.advance(m_page.mm(2));
    }

    void verificationBlock()
    {
        heading(PdfReportWriter::tr("Audit chain verification"), m_page.mm(10));
        m_page.paragraph(m_doc.verification, reportFont(10, true), m_doc.verified ? kGood : kAlert, m_page.mm(2));
    }

    PageComposer &m_page;
    const ReportDocument &m_doc;
};

} // namespace

bool PdfReportWriter::write(const ReportDocument &document, QIODevice *device, QString *error)
{
    QPdfWriter writer(device);
    writer.setResolution(96);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(tr("%1: %2").arg(document.title, document.subjectName));
    writer.setCreator(QStringLiteral("Redline"));

    PageComposer pages(writer);
    ReportLayout(pages, document).run();

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("cannot start the PDF");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const int count = pages.pageCount();
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !writer.newPage()) {
            *error = tr("cannot add page %1 to the PDF").arg(i + 1);
            return false;
        }
        pages.pageDecoration(painter, i, document.title, document.subjectName, document.footer,
                             tr("Page %1 of %2").arg(i + 1).arg(count));
        for (const PageComposer::Paint &paint : pages.page(i))
            paint(painter);
    }
    if (!painter.end()) {
        *error = tr("cannot finish the PDF");
        return false;
    }
    return true;
}

} // namespace redline
