#pragma once

#include "policy/policy.h"
#include "query/whatifreport.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QPainter;
class QRect;

namespace redline {

// The tier distribution of each kind under the policy in force and the proposed one, as side-by-side bars
// (one plot per kind: MCN bands, brand bands, creator ladder levels), on a count axis in powers of ten so a
// tier of a few subjects shows beside one of hundreds of thousands (as the dashboard's distribution).
class PolicyTierBars : public QWidget
{
    Q_OBJECT
public:
    // One category of a kind's plot: a tier name and its counts under each policy.
    struct Category {
        QString name;
        qint64 before = 0;
        qint64 after = 0;
    };

    explicit PolicyTierBars(QWidget *parent = nullptr);

    void setReport(const WhatIfReport &report, const Policy &before, const Policy &after);
    // Any other before/after distribution (a campaign's tiers now and after it, R-S3): the series' names
    // in the legend, and one kind's categories with its axis label.
    void setSeriesNames(const QString &before, const QString &after);
    void setCategories(SubjectKind kind, const QVector<Category> &categories, const QString &axisLabel);
    void clear();

    // The categories of a kind, top tier first; both policies' tiers, merged by their lower bound when the
    // thresholds differ.
    static QVector<Category> categories(const KindSummary &summary, const Scale &before, const Scale &after);
    const QVector<Category> &shown(SubjectKind kind) const { return m_shown[int(kind)]; }
    QCustomPlot *plot(SubjectKind kind) const { return m_plots[int(kind)]; }

    // Draws the three plots side by side into `rect` of `painter` as vectors (the PDF summary).
    void renderTo(QPainter *painter, const QRect &rect);

    static QColor beforeColor();
    static QColor afterColor();

private:
    void fill(SubjectKind kind, const QVector<Category> &categories, const QString &axisLabel = QString());

    QCustomPlot *m_plots[kSubjectKindCount] = {};
    QVector<Category> m_shown[kSubjectKindCount];
    QString m_beforeName;
    QString m_afterName;
};

} // namespace redline
