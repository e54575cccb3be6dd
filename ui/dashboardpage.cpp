#include "dashboardpage.h"

#include "policytext.h"
#include "query/subjectquery.h"
#include "store/statecache.h"
#include "store/store.h"

#include <QDateTime>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace redline {

namespace {

constexpr int kLowestPerKind = 6;
constexpr int kRecentViolations = 14;
constexpr int kCrossingsListed = 500;
// Codes drawn in colours of their own; the rest share one grey-blue bar, so the legend stays readable.
constexpr int kCodesDrawn = 7;

const QColor kCodeColors[kCodesDrawn] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                         QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                         QColor(0xe3, 0x77, 0xc2)};
const QColor kOtherCodesColor(0x7f, 0x9f, 0xbf);
const QColor kVoidedColor(0xbd, 0xbd, 0xbd);

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

// A bar's count, shortened when bars are narrow: 885,832 reads "886k" (the exact figure is in the tooltip).
QString countLabel(qint64 n, bool narrow)
{
    if (!narrow || n < 10000)
        return PolicyText::groupedNumber(n);
    return n < 1000000 ? QStringLiteral("%1k").arg(QLocale().toString(double(n) / 1e3, 'f', 0))
                       : QStringLiteral("%1M").arg(QLocale().toString(double(n) / 1e6, 'f', 1));
}

QString bandLabel(const ScoreBand &band)
{
    return band.low == band.high ? QString::number(band.low) : QStringLiteral("%1–%2").arg(band.low).arg(band.high);
}

// A value axis in powers of ten from 1, so that a bar of 900,000 and a bar of 40 both read.
void useLogAxis(QCPAxis *axis, double top)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    // QCustomPlot typesets powers of ten ("10²") only from the C locale's "1e+02"; others give "1E+02".
    axis->parentPlot()->setLocale(QLocale::c());
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    ticker->setLogBase(10);
    ticker->setSubTickCount(0);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("eb"));
    axis->setNumberPrecision(0);
    // Headroom above the tallest bar for its count.
    axis->setRange(0.8, std::max(10.0, std::pow(10.0, std::ceil(std::log10(std::max(1.0, top)) + 0.5))));
}

// The legend under the bars, in three columns, so that it hides none of them.
void placeLegendBelow(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    legend->setVisible(true);
    if (legend->layout() != plot->plotLayout()) {
        plot->axisRect()->insetLayout()->take(legend);
        plot->plotLayout()->addElement(1, 0, legend);
        plot->plotLayout()->setRowStretchFactor(1, 0.001);
        legend->setWrap(3);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // after the wrap: rearranges by it
        legend->setBorderPen(Qt::NoPen);
        legend->setRowSpacing(0);
        legend->setColumnSpacing(12);
        legend->setIconSize(12, 10);
        legend->setMargins(QMargins(4, 0, 4, 2));
        QFont font = plot->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        legend->setFont(font);
    }
}

void addValueLabel(QCustomPlot *plot, double x, double y, const QString &text, Qt::Alignment alignment)
{
    auto *label = new QCPItemText(plot);
    label->position->setCoords(x, y);
    label->setPositionAlignment(alignment);
    label->setText(text);
    QFont font = plot->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    label->setFont(font);
    label->setClipToAxisRect(false);
}

} // namespace

DashboardPage::DashboardPage(Store &store, QWidget *parent)
    : Page(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_loader.setMaxThreadCount(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Dashboard"), content);
    QFont titleFont = boldFont(title->font());
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_subtitle = new QLabel(content);
    m_subtitle->setStyleSheet(QStringLiteral("color: #616161;"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    cards->addWidget(card(tr("MCNs"), &m_kindValues[int(SubjectKind::Mcn)], QStringLiteral("mcns")));
    cards->addWidget(card(tr("Brands"), &m_kindValues[int(SubjectKind::Brand)], QStringLiteral("brands")));
    cards->addWidget(card(tr("Creators"), &m_kindValues[int(SubjectKind::Creator)], QStringLiteral("creators")));
    QWidget *triage = card(tr("Open triage items"), &m_triageValue, QStringLiteral("triage"));
    m_triageDetail = new QLabel(triage);
    m_triageDetail->setObjectName(QStringLiteral("triageDetail"));
    m_triageDetail->setStyleSheet(QStringLiteral("color: #616161;"));
    static_cast<QVBoxLayout *>(triage->layout())->insertWidget(2, m_triageDetail);
    cards->addWidget(triage);
    cards->addWidget(card(tr("Pending appeals"), &m_pendingValue, QStringLiteral("appeals")));
    cards->addWidget(card(tr("Ledger events"), &m_eventsValue, QStringLiteral("audit")));
    cards->addWidget(card(tr("Console users"), &m_usersValue, QString()));
    layout->addLayout(cards);

    // Violations per week beside the appeals.
    auto *activity = new QHBoxLayout;
    activity->setSpacing(10);
    m_weekly = new QCustomPlot(content);
    m_weekly->setObjectName(QStringLiteral("weeklyViolations"));
    m_weekly->setMinimumHeight(250);
    m_weekly->setMouseTracking(true);
    connect(m_weekly, &QCustomPlot::mouseMove, this, &DashboardPage::showWeekTip);
    activity->addWidget(box(QString(), m_weekly, &m_weeklyHeading), 3);
    auto *appealsBody = new QWidget(content);
    auto *appealsLayout = new QVBoxLayout(appealsBody);
    appealsLayout->setContentsMargins(0, 0, 0, 0);
    m_appeals = new QCustomPlot(appealsBody);
    m_appeals->setObjectName(QStringLiteral("appealOutcomes"));
    m_appeals->setMinimumHeight(140);
    appealsLayout->addWidget(m_appeals, 1);
    m_medianValue = new QLabel(appealsBody);
    m_medianValue->setObjectName(QStringLiteral("medianDecisionTime"));
    m_medianValue->setWordWrap(true);
    m_medianValue->setTextFormat(Qt::RichText);
    appealsLayout->addWidget(m_medianValue);
    activity->addWidget(box(QString(), appealsBody, &m_appealsHeading), 1);
    layout->addLayout(activity);

    auto *plots = new QHBoxLayout;
    plots->setSpacing(10);
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator}) {
        auto *plot = new QCustomPlot(content);
        plot->setObjectName(QStringLiteral("distribution-%1").arg(subjectKindName(kind)));
        plot->setMinimumHeight(190);
        m_plots[int(kind)] = plot;
        plots->addWidget(box(tr("%1 by %2 (subjects per band, log scale)")
                                 .arg(PolicyText::kindPlural(kind), PolicyText::scaleName(kind).toLower()),
                             plot),
                         1);
    }
    layout->addLayout(plots);

    auto *lists = new QHBoxLayout;
    lists->setSpacing(10);
    m_crossings = newTree({tr("When"), tr("Subject"), tr("Kind"), tr("Threshold"), tr("Direction")}, QStringLiteral("crossingsTree"));
    m_lowest = newTree({tr("Subject"), tr("Kind"), tr("Score"), tr("Active restrictions")}, QStringLiteral("lowestTree"));
    m_recent = newTree({tr("When"), tr("Violation"), tr("Subject"), tr("Code"), tr("By")}, QStringLiteral("recentTree"));
    lists->addWidget(box(QString(), m_crossings, &m_crossingsHeading), 1);
    lists->addWidget(box(tr("Violations recorded last"), m_recent), 1);
    layout->addLayout(lists, 1);
    layout->addWidget(box(tr("Lowest standing (Enter opens the case file)"), m_lowest));

    for (QTreeWidget *tree : {m_crossings, m_lowest, m_recent}) {
        // Activated: a double-click or Enter.
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            emit openSubjectRequested(item->data(0, Qt::UserRole).toString());
        });
    }
    refresh();
}

DashboardPage::~DashboardPage()
{
    m_loader.waitForDone(); // the load holds no pointer to the page, but its connection is on this file
}

QWidget *DashboardPage::card(const QString &title, QLabel **value, const QString &pageName)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("dashboardCard"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("#dashboardCard { background: palette(base); border-radius: 4px; }"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *heading = new QLabel(title, frame);
    heading->setStyleSheet(QStringLiteral("color: #616161;"));
    layout->addWidget(heading);
    *value = new QLabel(frame);
    QFont big = boldFont((*value)->font());
    big.setPointSizeF(big.pointSizeF() * 1.8);
    (*value)->setFont(big);
    layout->addWidget(*value);
    if (!pageName.isEmpty()) {
        frame->setCursor(Qt::PointingHandCursor);
        frame->setToolTip(tr("Open %1").arg(title));
        auto *open = new QPushButton(tr("Open"), frame);
        open->setFlat(true);
        open->setStyleSheet(QStringLiteral("text-align: left; color: #1565c0; padding: 0;"));
        connect(open, &QPushButton::clicked, this, [this, pageName] { emit openPageRequested(pageName); });
        layout->addWidget(open);
    } else {
        layout->addStretch(1); // the value lines up with the cards that have a link below
    }
    return frame;
}

QWidget *DashboardPage::box(const QString &heading, QWidget *body, QLabel **headingLabel)
{
    auto *frame = new QFrame(body->parentWidget());
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *label = new QLabel(heading, frame);
    label->setFont(boldFont(label->font()));
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(body, 1);
    if (headingLabel)
        *headingLabel = label;
    return frame;
}

QTreeWidget *DashboardPage::newTree(const QStringList &headers, const QString &name)
{
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setMinimumHeight(240);
    return tree;
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::refresh()
{
    fillLowest();
    fillRecent();
    startLoading();
}

void DashboardPage::startLoading()
{
    m_loading = true;
    const int generation = ++m_generation;
    m_subtitle->setText(tr("%1 · loading the figures…").arg(m_store.path()));
    auto *watcher = new QFutureWatcher<DashboardFigures>(this);
    connect(watcher, &QFutureWatcher<DashboardFigures>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) // a newer load is on its way
            return;
        m_loading = false;
        showFigures(watcher->result());
        emit figuresLoaded();
    });
    watcher->setFuture(QtConcurrent::run(&m_loader, [path = m_store.path(), policy = m_store.storedPolicy(), now = m_store.now()] {
        return DashboardStats::load(path, policy, now);
    }));
}

void DashboardPage::showFigures(const DashboardFigures &figures)
{
    m_figures = figures;
    fillCards(figures);
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator})
        fillDistribution(kind, figures.histogram.value(int(kind)));
    fillWeekly(figures.weekly);
    fillAppeals(figures.appeals);
    fillCrossings(figures.crossings);
    if (figures.error.isSet()) {
        m_subtitle->setText(tr("Could not read all the figures: %1. Press F5 to try again.").arg(figures.error.message));
        return;
    }
    m_subtitle->setText(tr("%1 · policy %2 v%3 · as of %4 UTC")
                            .arg(m_store.path(), m_store.policy().name).arg(m_store.policy().version)
                            .arg(PolicyText::formatDateTime(figures.now)));
}

void DashboardPage::fillCards(const DashboardFigures &figures)
{
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator}) {
        qint64 total = 0;
        for (qint64 n : figures.histogram.value(int(kind)))
            total += n;
        m_counts[int(kind)] = total;
        m_kindValues[int(kind)]->setText(PolicyText::groupedNumber(total));
    }
    auto show = [this](QLabel *label, qint64 value) {
        label->setText(value >= 0 && !m_figures.error.isSet() ? PolicyText::groupedNumber(value) : tr("?"));
    };
    show(m_pendingValue, figures.appeals.pending);
    show(m_triageValue, figures.triage.open);
    const TriageCounts &t = figures.triage;
    m_triageDetail->setText(t.oldestOpen == kNoInstant
                                ? tr("%1 claimed · none waiting").arg(PolicyText::groupedNumber(t.claimed))
                                : tr("%1 claimed · oldest waiting %2")
                                      .arg(PolicyText::groupedNumber(t.claimed), PolicyText::durationText(t.oldestOpen, figures.now)));
    m_triageDetail->setToolTip(tr("%1 open, %2 claimed, %3 confirmed, %4 dismissed")
                                   .arg(t.open).arg(t.claimed).arg(t.confirmed).arg(t.dismissed));
    show(m_eventsValue, figures.ledgerSize);
    show(m_usersValue, figures.users);
}

QString DashboardPage::codeLabel(const QString &code) const
{
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator}) {
        for (const ViolationCode &c : m_store.policy().scale(kind).codes) {
            if (c.id == code)
                return PolicyText::codeDescription(m_store.policy(), kind, code);
        }
    }
    return code; // a code the policy no longer has: its id
}

void DashboardPage::fillWeekly(const WeeklyViolations &weekly)
{
    QCustomPlot *plot = m_weekly;
    plot->clearPlottables();
    plot->clearItems();
    m_weeklySeries.clear();
    const int weeks = weekly.weekStarts.size();
    m_weeklyHeading->setText(
        weeks == 0 ? tr("Violations per week by code")
                   : tr("Violations per week by code, %1 to %2: %Ln violation(s), each in the week it happened; "
                        "retracted or overturned by now in grey",
                        nullptr, int(std::min<qint64>(weekly.total(), INT_MAX)))
                         .arg(PolicyText::formatDate(weekly.weekStarts.first()), PolicyText::formatDate(m_figures.now)));
    m_weeklyHeading->setToolTip(tr("A violation counts in the week (Monday to Sunday, UTC) of the instant it happened. "
                                   "One that was retracted or overturned on appeal by now stays in the ledger: it is "
                                   "counted in the grey bar of its week, not in its code's."));
    // The codes with the most violations get a colour each, the most frequent at the bottom.
    QStringList codes = weekly.codes;
    auto totalOf = [&weekly](const QString &code) {
        qint64 n = 0;
        for (qint64 c : weekly.inForce.value(code))
            n += c;
        return n;
    };
    std::stable_sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) { return totalOf(a) > totalOf(b); });
    QVector<QPair<QString, QVector<qint64>>> series;
    QVector<qint64> others(weeks, 0);
    for (int i = 0; i < codes.size(); ++i) {
        const QVector<qint64> counts = weekly.inForce.value(codes.at(i));
        if (i < kCodesDrawn) {
            series.append({codeLabel(codes.at(i)), counts});
        } else {
            for (int w = 0; w < weeks; ++w)
                others[w] += counts.value(w);
        }
    }
    if (codes.size() > kCodesDrawn)
        series.append({tr("%n other code(s)", nullptr, int(codes.size() - kCodesDrawn)), others});
    series.append({tr("Retracted or overturned"), weekly.voided});

    QVector<double> keys;
    for (int w = 0; w < weeks; ++w)
        keys << w;
    QCPBars *below = nullptr;
    QVector<double> tops(weeks, 0);
    for (int s = 0; s < series.size(); ++s) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(series.at(s).first);
        QVector<double> values;
        for (int w = 0; w < weeks; ++w) {
            values << double(series.at(s).second.value(w));
            tops[w] += values.last();
        }
        bars->setData(keys, values, true);
        bars->setWidth(0.78);
        const bool voided = s == series.size() - 1;
        const bool other = !voided && s >= kCodesDrawn;
        const QColor color = voided ? kVoidedColor : other ? kOtherCodesColor : kCodeColors[s];
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(115), 0.5));
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_weeklySeries << series.at(s).first;
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int w = 0; w < weeks; w += 2) // Mondays, every other week
        ticker->addTick(w, QDateTime::fromSecsSinceEpoch(weekly.weekStarts.at(w), Qt::UTC).toString(QStringLiteral("MM-dd")));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(0);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(-0.6, weeks - 0.4);
    plot->xAxis->setLabel(tr("week starting on Monday (UTC)"));
    const double top = tops.isEmpty() ? 1 : std::max(1.0, *std::max_element(tops.cbegin(), tops.cend()));
    plot->yAxis->setRange(0, top * 1.08);
    plot->yAxis->setNumberFormat(QStringLiteral("f"));
    plot->yAxis->setNumberPrecision(0);
    placeLegendBelow(plot);
    plot->replot();
}

void DashboardPage::showWeekTip(QMouseEvent *event)
{
    const WeeklyViolations &weekly = m_figures.weekly;
    const int week = int(std::lround(m_weekly->xAxis->pixelToCoord(event->pos().x())));
    if (week < 0 || week >= weekly.weekStarts.size() || m_weekly->plottableCount() != m_weeklySeries.size()) {
        QToolTip::hideText();
        return;
    }
    QStringList lines;
    lines << tr("Week of %1").arg(PolicyText::formatDate(weekly.weekStarts.at(week)));
    for (int s = m_weeklySeries.size() - 1; s >= 0; --s) { // top of the stack first, as drawn
        auto *bars = qobject_cast<QCPBars *>(m_weekly->plottable(s));
        const double n = bars && week < bars->data()->size() ? (bars->data()->constBegin() + week)->value : 0;
        if (n > 0)
            lines << tr("%1: %2").arg(m_weeklySeries.at(s), PolicyText::groupedNumber(qint64(n)));
    }
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')), m_weekly);
}

void DashboardPage::fillAppeals(const AppealOutcomes &appeals)
{
    QCustomPlot *plot = m_appeals;
    plot->clearPlottables();
    plot->clearItems();
    m_appealsHeading->setText(tr("Appeals: decided since %1, and pending now").arg(PolicyText::formatDate(appeals.since)));
    struct Row {
        QString label;
        qint64 count;
        QColor color;
    };
    const Row rows[] = {{tr("Overturned"), appeals.overturned, QColor(0x2e, 0x7d, 0x32)},
                        {tr("Upheld"), appeals.upheld, QColor(0x54, 0x6e, 0x7a)},
                        {tr("Pending"), appeals.pending, QColor(0xf9, 0xa8, 0x25)}};
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 1;
    for (int i = 0; i < 3; ++i) {
        auto *bars = new QCPBars(plot->yAxis, plot->xAxis); // horizontal
        bars->setData({double(i)}, {double(rows[i].count)});
        bars->setWidth(0.6);
        bars->setPen(Qt::NoPen);
        bars->setBrush(rows[i].color);
        ticker->addTick(i, rows[i].label);
        addValueLabel(plot, double(rows[i].count), i, QStringLiteral(" ") + PolicyText::groupedNumber(rows[i].count),
                      Qt::AlignLeft | Qt::AlignVCenter);
        top = std::max(top, double(rows[i].count));
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(-0.6, 2.6);
    plot->yAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0, top * 1.35);
    plot->xAxis->setTickLabels(false); // each bar carries its count
    plot->xAxis->setTicks(false);
    plot->xAxis->grid()->setVisible(false);
    plot->replot();

    const qint64 decided = appeals.upheld + appeals.overturned;
    if (appeals.medianDecisionTime == kNoInstant) {
        m_medianValue->setText(tr("No appeal was decided since %1.").arg(PolicyText::formatDate(appeals.since)));
        return;
    }
    const double daysTaken = double(appeals.medianDecisionTime) / double(kSecondsPerDay);
    const QString figure = daysTaken >= 1 ? tr("%1 days").arg(QLocale().toString(daysTaken, 'f', 1))
                                          : tr("%1 hours").arg(QLocale().toString(daysTaken * 24, 'f', 1));
    m_medianValue->setText(tr("Median time to decision: <b style=\"font-size: large\">%1</b><br>over the %2 appeal(s) "
                              "decided since %3, from the appeal to its decision")
                               .arg(figure, PolicyText::groupedNumber(decided), PolicyText::formatDate(appeals.since)));
}

void DashboardPage::fillDistribution(SubjectKind kind, const QMap<int, qint64> &histogram)
{
    QCustomPlot *plot = m_plots[int(kind)];
    plot->clearPlottables();
    plot->clearItems();
    const Scale &scale = m_store.storedPolicy().scale(kind);
    const QVector<ScoreBand> bands = DashboardStats::scoreBands(scale, histogram);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QStringList tip;
    double top = 1;
    for (int i = 0; i < bands.size(); ++i) {
        const ScoreBand &band = bands.at(i);
        // One QCPBars per band so each carries its band colour; an empty band has no bar (log scale).
        if (band.count > 0) {
            auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
            bars->setData({double(i)}, {double(band.count)});
            bars->setWidth(0.72);
            bars->setPen(Qt::NoPen);
            bars->setBrush(PolicyText::standingColor(scale, band.low, StateCache::bandOf(scale, band.low)));
            bars->setBaseValue(0.8);
        }
        addValueLabel(plot, i, std::max<double>(1, double(band.count)), countLabel(band.count, bands.size() > 7),
                      Qt::AlignHCenter | Qt::AlignBottom);
        tip << tr("%1: %2").arg(bandLabel(band), PolicyText::groupedNumber(band.count));
        ticker->addTick(i, bandLabel(band));
        top = std::max(top, double(band.count));
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(bands.size() > 7 ? 45 : 0);
    plot->xAxis->setRange(-0.6, bands.size() - 0.4);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setLabel(PolicyText::scaleShortName(kind));
    useLogAxis(plot->yAxis, top);
    plot->setToolTip(tr("Bands: the full score, then from each threshold up to the next one, highest first. "
                        "The count axis is logarithmic, so that a band of a few subjects shows beside one of hundreds of thousands.")
                     + QStringLiteral("\n\n") + tip.join(QLatin1Char('\n')));
    plot->replot();
}

void DashboardPage::fillCrossings(const QVector<RecentCrossing> &crossings)
{
    m_crossingsHeading->setText(
        crossings.size() > kCrossingsListed
            ? tr("Threshold crossings, last %1 days: %2, the newest %3 listed (double-click opens the case file)")
                  .arg(DashboardStats::kCrossingDays)
                  .arg(PolicyText::groupedNumber(crossings.size()), PolicyText::groupedNumber(kCrossingsListed))
            : tr("Threshold crossings, last %1 days: %2 (double-click opens the case file)")
                  .arg(DashboardStats::kCrossingDays)
                  .arg(PolicyText::groupedNumber(crossings.size())));
    m_crossings->clear();
    const Policy &policy = m_store.storedPolicy();
    for (int i = 0; i < std::min<int>(crossings.size(), kCrossingsListed); ++i) {
        const RecentCrossing &c = crossings.at(i);
        auto *item = new QTreeWidgetItem({PolicyText::formatDateTime(c.at), QStringLiteral("%1 · %2").arg(c.handle, c.name),
                                          PolicyText::kindName(c.kind), QString::number(c.threshold),
                                          c.down ? tr("↓ fell below") : tr("↑ back to")});
        item->setData(0, Qt::UserRole, c.handle);
        const Scale &scale = policy.scale(c.kind);
        const int side = c.down ? c.threshold - 1 : c.threshold;
        item->setForeground(4, PolicyText::standingColor(scale, side, StateCache::bandOf(scale, side)));
        item->setToolTip(4, c.down ? tr("The score went from %1 or more to below it").arg(c.threshold)
                                   : tr("The score went from below %1 to %1 or more").arg(c.threshold));
        m_crossings->addTopLevelItem(item);
    }
    m_crossings->setColumnWidth(0, 130);
    m_crossings->setColumnWidth(1, 200);
    m_crossings->setColumnWidth(2, 60);
    m_crossings->setColumnWidth(3, 70);
}

void DashboardPage::fillLowest()
{
    const Policy &policy = m_store.storedPolicy();
    m_lowest->clear();
    const SubjectQuery query(m_store);
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator}) {
        SubjectListSpec spec;
        spec.kind = kind;
        spec.sort = SubjectListSpec::Sort::Score;
        QVector<CachedState> rows;
        StoreError error;
        if (!query.fetch(spec, {}, kLowestPerKind, &rows, &error))
            continue;
        const Scale &scale = policy.scale(kind);
        for (const CachedState &c : rows) {
            auto *item = new QTreeWidgetItem({QStringLiteral("%1 · %2").arg(c.handle, c.name), PolicyText::kindName(kind),
                                              tr("%1 / %2").arg(c.score).arg(c.max),
                                              PolicyText::restrictionList(policy, c.restrictions)});
            item->setData(0, Qt::UserRole, c.handle);
            item->setForeground(2, PolicyText::standingColor(scale, c.score, c.band));
            item->setFont(2, boldFont(item->font(2)));
            item->setToolTip(3, item->text(3));
            m_lowest->addTopLevelItem(item);
        }
    }
    m_lowest->setColumnWidth(0, 260);
    m_lowest->setColumnWidth(1, 70);
    m_lowest->setColumnWidth(2, 70);
}

void DashboardPage::fillRecent()
{
    m_recent->clear();
    QVector<RecentViolation> recent;
    StoreError error;
    if (!DashboardStats(m_store).recentViolations(kRecentViolations, &recent, &error, m_store.now()))
        return;
    for (const RecentViolation &v : recent) {
        auto *item = new QTreeWidgetItem({PolicyText::formatDateTime(v.at), v.id, QStringLiteral("%1 · %2").arg(v.handle, v.name),
                                          PolicyText::codeDescription(m_store.policy(), v.kind, v.code), v.by});
        item->setData(0, Qt::UserRole, v.handle);
        item->setToolTip(3, v.code);
        if (v.voided != RecentViolation::Voided::No) {
            // Still listed (the ledger keeps it), but visibly no longer in force.
            const QString mark = v.voided == RecentViolation::Voided::Retracted ? tr("undone", "a retracted violation")
                                                                                 : tr("overturned", "a violation overturned on appeal");
            item->setText(1, tr("%1 (%2)", "violation id (undone|overturned)").arg(v.id, mark));
            for (int c = 0; c < item->columnCount(); ++c) {
                QFont font = item->font(c);
                font.setStrikeOut(true);
                item->setFont(c, font);
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
        m_recent->addTopLevelItem(item);
    }
    m_recent->setColumnWidth(0, 120);
    m_recent->setColumnWidth(1, 80);
    m_recent->setColumnWidth(2, 200);
    m_recent->setColumnWidth(3, 220);
}

} // namespace redline
