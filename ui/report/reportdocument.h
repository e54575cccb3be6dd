#pragma once

#include "engine/subjectstate.h"
#include "policy/policy.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace redline {

class CaseFileData;

// One titled table of a report: translated headers and the rows as shown, each cell its text.
struct ReportTable {
    QString key;                // stable id, the CSV's section name: "violations", "deposits"...
    QString title;              // translated: "Violations"
    QString note;               // a sentence under the title: a balance, a count, what is left out
    QStringList headers;        // translated
    QVector<QStringList> rows;  // each as many cells as headers
    QVector<int> weights;       // relative column widths on paper (one per header)
    QVector<bool> rightAligned; // numbers and amounts
    QString emptyText;          // said instead of an empty table

    int columnCount() const { return int(headers.size()); }
};

// A label and its value in the report's header block ("Registered", "2025-01-01").
struct ReportFact {
    QString label;
    QString value;
};

// What a compliance report holds (docs/contracts.md "redline-cli report"), built once from a case file's
// data (ReportBuilder) and written by CsvReportWriter and PdfReportWriter, so the PDF and the CSV say the
// same thing. Every string is already translated; the writers only lay it out.
struct ReportDocument {
    QString title;                    // "MCN compliance report"
    QString subjectName;              // "星河传媒"
    QString subjectHandle;            // "mcn-starriver"
    QVector<ReportFact> subjectFacts; // kind, handle, registration, certification...
    QVector<ReportFact> provenance;   // report instant, made by, store, schema, policy
    QString standing;                 // "Health score 62 / 100 · band below 70"
    QVector<QString> notices;         // emphasised lines: a ban notice (R-B2), a removal (R-M2)
    QString verification;             // the audit chain's result, in words
    bool verified = false;
    QString footer;                   // the page footer's left text: subject and instant

    // The score chart (R-L6): the timeline up to the report instant and its scale's thresholds.
    QString chartTitle;
    Timeline timeline;
    Scale scale;
    Instant chartFrom = 0;
    Instant chartTo = 0;
    // What the console's chart draws its sanction lanes, ladder lane and markers from (ScoreChart::setCaseFile),
    // so the report's chart is the case file's; without them the chart shows the timeline alone.
    std::shared_ptr<const CaseFileData> caseFile;
    std::shared_ptr<const Policy> policy;

    QVector<ReportTable> tables;

    const ReportTable *table(const QString &key) const
    {
        for (const ReportTable &t : tables) {
            if (t.key == key)
                return &t;
        }
        return nullptr;
    }
};

} // namespace redline
