#pragma once

#include "campaign/campaignspec.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace redline {

class Store;

// One subject or post a campaign's selection matched.
struct CampaignTarget {
    qint64 subjectId = 0;
    QString handle;           // the subject, or the post's creator
    SubjectKind kind = SubjectKind::Creator;
    qint64 postSeq = 0;       // a post target's ledger event; 0 for a subject
    QString post;             // its id
};

// An item of an explicit list that names nothing the campaign can act on: the preview lists it with the
// other refusals, and apply refuses the campaign.
struct CampaignUnmatched {
    QString item;
    QString reason;
};

// Resolves a campaign's selection (R-S3, docs/contracts.md "Campaign specs") against the store as it is
// now: subjects in registration order, posts in ledger order. All in SQL on the subjects, state, events,
// findings and triage tables; the list filter's conditions are SubjectQuery's own.
class CampaignSelectionQuery
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSelectionQuery)
public:
    explicit CampaignSelectionQuery(const Store &store);

    bool select(const CampaignSelection &selection, QVector<CampaignTarget> *out, QVector<CampaignUnmatched> *unmatched,
                StoreError *error) const;

private:
    static QString kindLabel(SubjectKind kind);
    bool selectSubjects(const CampaignSelection &s, QVector<CampaignTarget> *out, StoreError *error) const;
    bool selectPosts(const CampaignSelection &s, QVector<CampaignTarget> *out, StoreError *error) const;
    bool explainUnmatched(const CampaignSelection &s, const QVector<CampaignTarget> &matched,
                          QVector<CampaignUnmatched> *unmatched, StoreError *error) const;
    bool run(const QByteArray &sql, const QVector<QVariant> &binds, bool posts, SubjectKind kind,
             QVector<CampaignTarget> *out, StoreError *error) const;

    const Store &m_store;
};

} // namespace redline
