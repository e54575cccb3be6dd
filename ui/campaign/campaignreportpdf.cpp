#include "campaignreportpdf.h"

#include "report/pdfstyle.h"

#include "campaign/campaigneventmodel.h"
#include "policytext.h"

#include "query/campaignquery.h"
#include "store/store.h"

#include <QHash>
#include <QFont>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace redline {

namespace {

const QColor kInk = PdfStyle::ink();
const QColor kMuted = PdfStyle::muted();
const QColor kRule = PdfStyle::rule();
const QColor kHeaderFill = PdfStyle::headerFill();
const QColor kStripe = PdfStyle::stripe();
const QColor kAccent = PdfStyle::alert();

QFont pdfFont(qreal points, bool bold = false)
{
    return PdfStyle::font(points, bold);
}

// Paints the page top to bottom with a cursor.
class ReportPage
{
public:
    ReportPage(QPdfWriter &writer, QPainter &painter, const CampaignSummary &campaign,
               const QVector<CampaignEventRow> &events)
        : m_p(painter)
        , m_c(campaign)
        , m_events(events)
    {
        m_mm = writer.resolution() / 25.4;
        const QSizeF page = writer.pageLayout().fullRectPixels(writer.resolution()).size();
        m_left = 18 * m_mm;
        m_width = page.width() - 36 * m_mm;
        m_y = 18 * m_mm;
        m_bottom = page.height() - 20 * m_mm;
        m_pageHeight = page.height();
    }

    void run()
    {
        title();
        figures();
        subjects();
        footer();
    }

private:
    qreal mm(qreal v) const { return v * m_mm; }
    qreal lineHeight(const QFont &font) const { return QFontMetricsF(font, m_p.device()).height(); }

    void text(const QString &text, const QFont &font, const QColor &colour, qreal spaceAfter)
    {
        const QRectF bound = QFontMetricsF(font, m_p.device()).boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
        m_p.setFont(font);
        m_p.setPen(colour);
        m_p.drawText(QRectF(m_left, m_y, m_width, bound.height() + 1), Qt::TextWordWrap, text);
        m_y += bound.height() + spaceAfter;
    }

    void heading(const QString &label)
    {
        m_y += mm(3);
        const QFont font = pdfFont(11, true);
        m_p.setFont(font);
        m_p.setPen(kInk);
        m_p.drawText(QRectF(m_left, m_y, m_width, lineHeight(font)), Qt::AlignLeft | Qt::AlignVCenter, label);
        m_y += lineHeight(font) + mm(0.6);
        m_p.setPen(QPen(kRule, mm(0.3)));
        m_p.drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
        m_y += mm(2);
    }

    void title()
    {
        text(CampaignReportPdf::tr("Special governance campaign"), pdfFont(9, true), kAccent, mm(1));
        text(m_c.name, pdfFont(20, true), kInk, mm(2));
        QString who = CampaignReportPdf::tr("%1 · applied by %2 on %3 UTC · %4")
                          .arg(m_c.id, m_c.by, PolicyText::formatDateTime(m_c.at), kindText());
        if (!m_c.undoneBy.isEmpty())
            who += CampaignReportPdf::tr(" · undone by %1").arg(m_c.undoneBy);
        if (!m_c.undoes.isEmpty())
            who += CampaignReportPdf::tr(" · undoes %1").arg(m_c.undoes);
        text(who, pdfFont(9), kMuted, mm(3));
        text(CampaignReportPdf::tr("Reason"), pdfFont(9, true), kInk, mm(0.8));
        text(m_c.reason, pdfFont(10), kInk, mm(4));
    }

    QString kindText() const
    {
        if (m_c.kind == QLatin1String("post"))
            return CampaignReportPdf::tr("acts on posts");
        if (const auto kind = subjectKindFromName(m_c.kind))
            return CampaignReportPdf::tr("acts on %1").arg(PolicyText::kindPlural(*kind));
        return m_c.kind;
    }

    void figures()
    {
        const QVector<QPair<qint64, QString>> cells = {
            {m_c.postsHandled, CampaignReportPdf::tr("posts handled")},
            {m_c.postsRemoved, CampaignReportPdf::tr("posts removed")},
            {m_c.accountsPunished, CampaignReportPdf::tr("accounts punished")},
            {m_c.certificationsRevoked, CampaignReportPdf::tr("certifications revoked")},
            {m_c.brandsBanned, CampaignReportPdf::tr("brands banned")},
        };
        const qreal gap = mm(3);
        const qreal w = (m_width - gap * (cells.size() - 1)) / cells.size();
        const QFont big = pdfFont(22, true);
        const QFont small = pdfFont(8);
        const qreal h = lineHeight(big) + 2 * lineHeight(small) + mm(5);
        for (int i = 0; i < cells.size(); ++i) {
            const QRectF box(m_left + i * (w + gap), m_y, w, h);
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(kHeaderFill);
            m_p.drawRoundedRect(box, mm(1.5), mm(1.5));
            const QRectF inner = box.adjusted(mm(2.5), mm(2), -mm(2), -mm(2));
            m_p.setFont(big);
            m_p.setPen(cells[i].first > 0 ? kAccent : kMuted);
            m_p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, PolicyText::groupedNumber(cells[i].first));
            m_p.setFont(small);
            m_p.setPen(kMuted);
            m_p.drawText(inner.adjusted(0, lineHeight(big), 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         cells[i].second);
        }
        m_p.setBrush(Qt::NoBrush);
        m_y += h + mm(2);
        QStringList more;
        more << CampaignReportPdf::tr("%1 violations recorded").arg(PolicyText::groupedNumber(m_c.violations));
        if (m_c.notes > 0)
            more << CampaignReportPdf::tr("%1 notes").arg(PolicyText::groupedNumber(m_c.notes));
        if (m_c.notices > 0)
            more << CampaignReportPdf::tr("%1 notices sent").arg(PolicyText::groupedNumber(m_c.notices));
        if (m_c.retractions > 0)
            more << CampaignReportPdf::tr("%1 retractions").arg(PolicyText::groupedNumber(m_c.retractions));
        if (m_c.postsRestored > 0)
            more << CampaignReportPdf::tr("%1 posts restored").arg(PolicyText::groupedNumber(m_c.postsRestored));
        more << CampaignReportPdf::tr("%1 events in the ledger, each linked to the campaign").arg(PolicyText::groupedNumber(m_c.events));
        text(more.join(QStringLiteral("  ·  ")), pdfFont(8.5), kMuted, mm(1));
    }

    // One row per subject, in the order the campaign first acted on it, with everything it did to it.
    struct AffectedSubject {
        QString handle;
        SubjectKind kind = SubjectKind::Creator;
        QStringList what;
        int score = 0;
    };

    QVector<AffectedSubject> affectedSubjects() const
    {
        QVector<AffectedSubject> out;
        QHash<QString, int> index;
        for (const CampaignEventRow &e : m_events) {
            auto it = index.constFind(e.subject);
            if (it == index.constEnd()) {
                it = index.insert(e.subject, int(out.size()));
                out.append({e.subject, e.kind, {}, e.score});
            }
            const QString ref = e.id.isEmpty() ? e.post : e.id;
            QString what = CampaignEventModel::whatText(e);
            if (!ref.isEmpty())
                what += QLatin1Char(' ') + ref;
            out[*it].what << what;
        }
        return out;
    }

    void subjects()
    {
        const QVector<AffectedSubject> affected = affectedSubjects();
        const QFont font = pdfFont(8);
        const QFont bold = pdfFont(8, true);
        const qreal row = lineHeight(font) + mm(1.4);
        const int fits = std::max(0, int((m_bottom - m_y - mm(12) - row) / row) - 1);
        const int shown = std::min<int>(fits, int(affected.size()));
        const bool cut = shown < affected.size();
        heading(cut ? CampaignReportPdf::tr("The first %1 of %2 affected subjects").arg(shown).arg(PolicyText::groupedNumber(affected.size()))
                    : CampaignReportPdf::tr("Affected subjects (%1)").arg(affected.size()));
        if (affected.isEmpty()) {
            text(CampaignReportPdf::tr("The campaign wrote no event."), pdfFont(9), kMuted, 0);
            return;
        }
        const QVector<qreal> share = {0.18, 0.1, 0.6, 0.12};
        const auto drawRow = [&](const QStringList &cells, const QFont &f, const QColor &fill) {
            qreal x = m_left;
            if (fill.isValid()) {
                m_p.setPen(Qt::NoPen);
                m_p.setBrush(fill);
                m_p.drawRect(QRectF(x, m_y, m_width, row));
                m_p.setBrush(Qt::NoBrush);
            }
            m_p.setFont(f);
            m_p.setPen(kInk);
            const QFontMetricsF metrics(f, m_p.device());
            for (int c = 0; c < cells.size(); ++c) {
                const qreal w = share[c] * m_width;
                const QRectF rect(x + mm(1), m_y, w - mm(2), row);
                m_p.drawText(rect, (c == 3 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                             metrics.elidedText(cells[c], Qt::ElideRight, rect.width()));
                x += w;
            }
            m_y += row;
        };
        drawRow({CampaignReportPdf::tr("Subject"), CampaignReportPdf::tr("Kind"), CampaignReportPdf::tr("What the campaign did"),
                 CampaignReportPdf::tr("Score now")},
                bold, kHeaderFill);
        for (int i = 0; i < shown; ++i) {
            const AffectedSubject &a = affected.at(i);
            drawRow({a.handle, PolicyText::kindName(a.kind), a.what.join(QStringLiteral(" · ")), QString::number(a.score)},
                    font, i % 2 ? kStripe : QColor());
        }
        if (cut)
            text(CampaignReportPdf::tr("… and %1 more (the CSV export lists every event)")
                     .arg(PolicyText::groupedNumber(affected.size() - shown)),
                 pdfFont(8), kMuted, 0);
    }

    void footer()
    {
        const qreal y = m_pageHeight - mm(14);
        m_p.setPen(QPen(kRule, mm(0.25)));
        m_p.drawLine(QPointF(m_left, y), QPointF(m_left + m_width, y));
        m_p.setFont(pdfFont(7));
        m_p.setPen(kMuted);
        const QRectF rect(m_left, y + mm(1), m_width, mm(5));
        m_p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                     CampaignReportPdf::tr("Redline · every figure is counted from the ledger events linked to campaign %1").arg(m_c.id));
        m_p.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, CampaignReportPdf::tr("Page 1 of 1"));
    }

    QPainter &m_p;
    const CampaignSummary &m_c;
    const QVector<CampaignEventRow> &m_events;
    qreal m_mm = 1;
    qreal m_left = 0;
    qreal m_width = 0;
    qreal m_y = 0;
    qreal m_bottom = 0;
    qreal m_pageHeight = 0;
};

} // namespace

bool CampaignReportPdf::write(const Store &store, const QString &campaignId, QIODevice *device, QString *error)
{
    StoreError storeError;
    const CampaignQuery query(store);
    const std::optional<CampaignSummary> campaign = query.summary(campaignId, &storeError);
    if (!campaign) {
        *error = storeError.isSet() ? storeError.message : tr("No campaign %1 in the store").arg(campaignId);
        return false;
    }
    QVector<CampaignEventRow> events;
    if (!query.events(campaignId, &events, &storeError)) {
        *error = storeError.message;
        return false;
    }
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(tr("Campaign %1: %2").arg(campaign->id, campaign->name));
    writer.setCreator(QStringLiteral("Redline"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Could not start the PDF");
        return false;
    }
    ReportPage(writer, painter, *campaign, events).run();
    painter.end();
    return true;
}

} // namespace redline
