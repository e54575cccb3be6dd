#include "policytierbars.h"

#include "policytext.h"
#include "query/whatifreplay.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QPainter>
#include <QBuffer>
#include <QSvgGenerator>
#include <QSvgRenderer>

#include <qcustomplot.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace redline {

namespace {

// Where a tier sits on its scale, so two policies' tiers interleave in the scale's order: a band by its
// lower bound (the bottom band has none), a ladder level by its level (L0, the best, first).
int tierRank(const Scale &scale, int index)
{
    const QVector<int> &t = scale.thresholds;
    if (t.isEmpty())
        return -index;
    if (index == 0)
        return t.first();
    return index < t.size() ? t[index] : INT_MIN;
}

void useLogAxis(QCPAxis *axis, double top)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    // QCustomPlot typesets powers of ten ("10²") only from the C locale's "1e+02".
    axis->parentPlot()->setLocale(QLocale::c());
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    ticker->setLogBase(10);
    ticker->setSubTickCount(0);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("eb"));
    axis->setNumberPrecision(0);
    axis->setRange(0.8, std::max(10.0, std::pow(10.0, std::ceil(std::log10(std::max(1.0, top)) + 0.4))));
}

} // namespace

PolicyTierBars::PolicyTierBars(QWidget *parent)
    : QWidget(parent)
    , m_beforeName(tr("In force"))
    , m_afterName(tr("Proposed"))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int k = 0; k < kSubjectKindCount; ++k) {
        auto *plot = new QCustomPlot(this);
        plot->setObjectName(QStringLiteral("tierBars%1").arg(k));
        plot->setMinimumHeight(170);
        plot->setNoAntialiasingOnDrag(true);
        plot->legend->setVisible(k == 0);
        plot->legend->setBorderPen(Qt::NoPen);
        plot->legend->setBrush(QColor(255, 255, 255, 200));
        QFont small = plot->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        plot->legend->setFont(small);
        plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
        m_plots[k] = plot;
        layout->addWidget(plot, k == 0 ? 3 : 2);
    }
    clear();
}

QColor PolicyTierBars::beforeColor()
{
    return QColor(0x90, 0xa4, 0xae); // in force: a quiet grey-blue
}

QColor PolicyTierBars::afterColor()
{
    return QColor(0xe6, 0x51, 0x00); // proposed: the colour the eye goes to
}

QVector<PolicyTierBars::Category> PolicyTierBars::categories(const KindSummary &summary, const Scale &before,
                                                             const Scale &after)
{
    struct Ranked {
        int rank;
        Category category;
    };
    QVector<Ranked> merged;
    auto add = [&merged](const Scale &scale, const QVector<qint64> &counts, bool isAfter) {
        const int tiers = std::max<int>(counts.size(), WhatIfReplay::tierCount(scale));
        for (int i = 0; i < tiers; ++i) {
            const QString name = WhatIfReplay::tierName(scale, i);
            auto found = std::find_if(merged.begin(), merged.end(), [&](const Ranked &r) { return r.category.name == name; });
            if (found == merged.end()) {
                merged.append({tierRank(scale, i), {name, 0, 0}});
                found = merged.end() - 1;
            }
            const qint64 n = i < counts.size() ? counts[i] : 0;
            (isAfter ? found->category.after : found->category.before) += n;
        }
    };
    add(before, summary.tierCountsBefore, false);
    add(after, summary.tierCountsAfter, true);
    std::stable_sort(merged.begin(), merged.end(), [](const Ranked &a, const Ranked &b) { return a.rank > b.rank; });
    QVector<Category> out;
    for (const Ranked &r : std::as_const(merged))
        out.append(r.category);
    return out;
}

void PolicyTierBars::clear()
{
    for (int k = 0; k < kSubjectKindCount; ++k)
        fill(static_cast<SubjectKind>(k), {});
}

void PolicyTierBars::setReport(const WhatIfReport &report, const Policy &before, const Policy &after)
{
    for (int k = 0; k < kSubjectKindCount; ++k) {
        const auto kind = static_cast<SubjectKind>(k);
        fill(kind, categories(report.kinds[k], before.scale(kind), after.scale(kind)));
    }
}

void PolicyTierBars::setSeriesNames(const QString &before, const QString &after)
{
    m_beforeName = before;
    m_afterName = after;
}

void PolicyTierBars::setCategories(SubjectKind kind, const QVector<Category> &categories, const QString &axisLabel)
{
    fill(kind, categories, axisLabel);
}

void PolicyTierBars::fill(SubjectKind kind, const QVector<Category> &categories, const QString &axisLabel)
{
    m_shown[int(kind)] = categories;
    QCustomPlot *plot = m_plots[int(kind)];
    plot->clearPlottables();
    plot->clearItems();
    plot->yAxis->setTickLabels(!categories.isEmpty()); // no run yet: no scale to read
    auto *group = new QCPBarsGroup(plot);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys;
    QVector<double> before;
    QVector<double> after;
    QStringList tip;
    double top = 1;
    for (int i = 0; i < categories.size(); ++i) {
        const Category &c = categories.at(i);
        keys << i;
        // An empty tier has no bar on a log axis (a zero would run off below the axis).
        before << (c.before > 0 ? double(c.before) : std::nan(""));
        after << (c.after > 0 ? double(c.after) : std::nan(""));
        ticker->addTick(i, c.name);
        top = std::max({top, double(c.before), double(c.after)});
        tip << tr("%1: %2 %3, %4 %5", "tier: count, series name, count, series name")
                   .arg(c.name, PolicyText::groupedNumber(c.before), m_beforeName, PolicyText::groupedNumber(c.after),
                        m_afterName);
    }
    const double width = 0.38;
    auto addBars = [&](const QVector<double> &values, const QColor &colour, const QString &name) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(name);
        bars->setWidth(width);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colour);
        bars->setBaseValue(0.8);
        bars->setBarsGroup(group);
        bars->setData(keys, values, true);
    };
    addBars(before, beforeColor(), m_beforeName);
    addBars(after, afterColor(), m_afterName);
    // Each category's counts above its pair of bars: a log axis shows the order of magnitude, the label the
    // number. Side by side, two six-digit counts run into each other over narrow bars, so they are stacked
    // above the taller bar, in the bars' colours (in force above, proposed below); one count when both agree.
    QFont small = plot->font();
    small.setPointSizeF(small.pointSizeF() * 0.78);
    const int lineHeight = QFontMetrics(small).height();
    auto addLabel = [&](int category, qint64 top, qint64 count, const QColor &colour, int linesUp) {
        auto *label = new QCPItemText(plot);
        label->position->setCoords(category, std::max<double>(1, double(top)));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(PolicyText::groupedNumber(count));
        label->setFont(small);
        label->setColor(colour);
        label->setPadding(QMargins(0, 0, 0, linesUp * lineHeight));
        label->setClipToAxisRect(false);
    };
    for (int i = 0; i < categories.size(); ++i) {
        const Category &c = categories.at(i);
        const qint64 top = std::max(c.before, c.after);
        if (top <= 0)
            continue;
        if (c.before == c.after) {
            addLabel(i, top, c.before, QColor(0x42, 0x42, 0x42), 0);
            continue;
        }
        addLabel(i, top, c.after, afterColor().darker(130), 0);
        addLabel(i, top, c.before, beforeColor().darker(150), 1);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(categories.size() > 6 ? 40 : 0);
    plot->xAxis->setRange(-0.6, std::max<int>(1, categories.size()) - 0.4);
    plot->xAxis->grid()->setVisible(false);
    if (!axisLabel.isEmpty())
        plot->xAxis->setLabel(axisLabel);
    else
        plot->xAxis->setLabel(kind == SubjectKind::Creator ? tr("%1 · ladder level").arg(PolicyText::kindPlural(kind))
                                                           : tr("%1 · band").arg(PolicyText::kindPlural(kind)));
    useLogAxis(plot->yAxis, top);
    plot->setToolTip(categories.isEmpty() ? QString()
                                          : tr("Subjects per tier, %1 and %2 (logarithmic count axis)").arg(m_beforeName, m_afterName)
                                                + QStringLiteral("\n\n") + tip.join(QLatin1Char('\n')));
    plot->replot();
}

void PolicyTierBars::renderTo(QPainter *painter, const QRect &rect)
{
    // Laid out as on screen: the first plot (with the legend) a little wider.
    const int gap = rect.width() / 60;
    const int unit = (rect.width() - 2 * gap) / 7;
    int x = rect.left();
    for (int k = 0; k < kSubjectKindCount; ++k) {
        const int w = k == 0 ? 3 * unit : 2 * unit;
        // Through SVG at a fixed 96 dpi: the fonts keep the size they have on screen relative to the plot
        // (a QPicture played onto a 300 dpi PDF resolved them against the PDF's resolution instead).
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(w, rect.height()));
        generator.setViewBox(QRect(0, 0, w, rect.height()));
        generator.setResolution(96);
        QCPPainter recorder(&generator);
        m_plots[k]->toPainter(&recorder, w, rect.height());
        recorder.end();
        QSvgRenderer(svg.data()).render(painter, QRectF(x, rect.top(), w, rect.height()));
        m_plots[k]->replot(QCustomPlot::rpQueuedReplot);
        x += w + gap;
    }
}

} // namespace redline
