#include "dashboardpage.h"

#include "policytext.h"
#include "query/dashboardstats.h"
#include "store/store.h"
#include "query/subjectquery.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace redline {

namespace {

constexpr int kLowestPerKind = 6;
constexpr int kRecentViolations = 14;

// A label for each bucket of a kind's distribution, with the score range it covers and its colour.
struct Bucket {
    QString label;
    int low = 0;
    int high = 0;
    QColor color;
};

QVector<Bucket> bucketsOf(const Scale &scale)
{
    QVector<Bucket> buckets;
    if (!scale.bands.isEmpty()) {
        QVector<int> bounds;
        for (const RestrictionBand &b : scale.bands)
            bounds << b.below;
        std::sort(bounds.begin(), bounds.end(), std::greater<int>());
        buckets.append({PolicyText::tr("≥ %1").arg(bounds.first()), bounds.first(), scale.max,
                        PolicyText::standingColor(scale, scale.max, std::nullopt)});
        for (int i = 0; i < bounds.size(); ++i) {
            const int low = i + 1 < bounds.size() ? bounds.at(i + 1) : scale.min;
            buckets.append({PolicyText::tr("< %1").arg(bounds.at(i)), low, bounds.at(i) - 1,
                            PolicyText::standingColor(scale, low, bounds.at(i))});
        }
        return buckets;
    }
    // No bands (creator credit): tenths of the scale, the full score on its own.
    const int step = std::max(1, (scale.max - scale.min) / 10);
    buckets.append({QString::number(scale.max), scale.max, scale.max, PolicyText::standingColor(scale, scale.max, std::nullopt)});
    for (int high = scale.max - 1; high >= scale.min; high -= step) {
        const int low = std::max(scale.min, high - step + 1);
        buckets.append({QStringLiteral("%1–%2").arg(low).arg(high), low, high, PolicyText::standingColor(scale, low, std::nullopt)});
        if (buckets.size() >= 8 && low > scale.min) { // the long tail in one bucket
            buckets.append({PolicyText::tr("< %1").arg(low), scale.min, low - 1, PolicyText::standingColor(scale, scale.min, std::nullopt)});
            break;
        }
    }
    return buckets;
}

} // namespace

DashboardPage::DashboardPage(Store &store, QWidget *parent)
    : Page(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("dashboardPage"));
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
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_subtitle = new QLabel(content);
    m_subtitle->setStyleSheet(QStringLiteral("color: #616161;"));
    layout->addWidget(m_subtitle);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    cards->addWidget(card(tr("MCNs"), &m_kindValues[int(SubjectKind::Mcn)], QStringLiteral("mcns")));
    cards->addWidget(card(tr("Brands"), &m_kindValues[int(SubjectKind::Brand)], QStringLiteral("brands")));
    cards->addWidget(card(tr("Creators"), &m_kindValues[int(SubjectKind::Creator)], QStringLiteral("creators")));
    cards->addWidget(card(tr("Pending appeals"), &m_pendingValue, QStringLiteral("appeals")));
    cards->addWidget(card(tr("Ledger events"), &m_eventsValue, QStringLiteral("audit")));
    cards->addWidget(card(tr("Console users"), &m_usersValue, QString()));
    layout->addLayout(cards);

    auto *plots = new QHBoxLayout;
    plots->setSpacing(10);
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator}) {
        auto *box = new QFrame(content);
        box->setFrameShape(QFrame::StyledPanel);
        auto *boxLayout = new QVBoxLayout(box);
        auto *heading = new QLabel(tr("%1 by %2").arg(PolicyText::kindPlural(kind), PolicyText::scaleName(kind).toLower()), box);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        boxLayout->addWidget(heading);
        auto *plot = new QCustomPlot(box);
        plot->setObjectName(QStringLiteral("distribution-%1").arg(subjectKindName(kind)));
        plot->setMinimumHeight(200);
        boxLayout->addWidget(plot);
        m_plots[int(kind)] = plot;
        plots->addWidget(box, 1);
    }
    layout->addLayout(plots);

    auto *lists = new QHBoxLayout;
    lists->setSpacing(10);
    auto listBox = [content](const QString &heading, QTreeWidget *tree) {
        auto *box = new QFrame(content);
        box->setFrameShape(QFrame::StyledPanel);
        auto *boxLayout = new QVBoxLayout(box);
        auto *label = new QLabel(heading, box);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        boxLayout->addWidget(label);
        boxLayout->addWidget(tree, 1);
        return box;
    };
    auto newTree = [content](const QStringList &headers, const QString &name) {
        auto *tree = new QTreeWidget(content);
        tree->setObjectName(name);
        tree->setHeaderLabels(headers);
        tree->setRootIsDecorated(false);
        tree->setAlternatingRowColors(true);
        tree->setUniformRowHeights(true);
        tree->setMinimumHeight(260);
        return tree;
    };
    m_lowest = newTree({tr("Subject"), tr("Kind"), tr("Score"), tr("Active restrictions")}, QStringLiteral("lowestTree"));
    m_recent = newTree({tr("When"), tr("Violation"), tr("Subject"), tr("Code"), tr("By")}, QStringLiteral("recentTree"));
    lists->addWidget(listBox(tr("Lowest standing (Enter opens the case file)"), m_lowest), 1);
    lists->addWidget(listBox(tr("Violations recorded last"), m_recent), 1);
    layout->addLayout(lists, 1);

    for (QTreeWidget *tree : {m_lowest, m_recent}) {
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            emit openSubjectRequested(item->data(0, Qt::UserRole).toString());
        });
    }
    refresh();
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
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
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

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::refresh()
{
    DashboardStats stats(m_store);
    StoreError error;
    QMap<int, QMap<int, qint64>> histogram;
    if (!stats.scoreHistogram(&histogram, &error)) {
        m_subtitle->setText(tr("Could not read the figures: %1. Press F5 to try again.").arg(error.message));
        return;
    }
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator}) {
        qint64 total = 0;
        for (qint64 n : histogram.value(int(kind)))
            total += n;
        m_counts[int(kind)] = total;
        m_kindValues[int(kind)]->setText(PolicyText::groupedNumber(total));
        fillDistribution(kind, histogram.value(int(kind)));
    }
    m_pending = stats.pendingAppeals(&error);
    m_pendingValue->setText(m_pending >= 0 ? PolicyText::groupedNumber(m_pending) : tr("?"));
    const qint64 events = stats.ledgerSize(&error);
    m_eventsValue->setText(events >= 0 ? PolicyText::groupedNumber(events) : tr("?"));
    const qint64 users = stats.userCount(&error);
    m_usersValue->setText(users >= 0 ? PolicyText::groupedNumber(users) : tr("?"));
    m_subtitle->setText(tr("%1 · policy %2 v%3 · as of %4 UTC")
                            .arg(m_store.path(), m_store.policy().name).arg(m_store.policy().version)
                            .arg(PolicyText::formatDateTime(m_store.now())));
    fillLowest();
    fillRecent();
}

void DashboardPage::fillDistribution(SubjectKind kind, const QMap<int, qint64> &histogram)
{
    QCustomPlot *plot = m_plots[int(kind)];
    plot->clearPlottables();
    const QVector<Bucket> buckets = bucketsOf(m_store.storedPolicy().scale(kind));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 1;
    for (int i = 0; i < buckets.size(); ++i) {
        qint64 n = 0;
        for (auto it = histogram.lowerBound(buckets.at(i).low); it != histogram.end() && it.key() <= buckets.at(i).high; ++it)
            n += it.value();
        // One QCPBars per bucket so each carries its band colour.
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setData({double(i + 1)}, {double(n)});
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(buckets.at(i).color);
        ticker->addTick(i + 1, buckets.at(i).label);
        top = std::max(top, double(n));
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(buckets.size() > 6 ? 40 : 0);
    plot->xAxis->setRange(0.3, buckets.size() + 0.7);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setRange(0, top * 1.1);
    plot->replot();
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
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
            item->setToolTip(3, item->text(3));
            m_lowest->addTopLevelItem(item);
        }
    }
    m_lowest->setColumnWidth(0, 230);
    m_lowest->setColumnWidth(1, 70);
    m_lowest->setColumnWidth(2, 70);
}

void DashboardPage::fillRecent()
{
    m_recent->clear();
    QVector<RecentViolation> recent;
    StoreError error;
    if (!DashboardStats(m_store).recentViolations(kRecentViolations, &recent, &error))
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
