#pragma once

#include "actions/actionconsequences.h"
#include "base/instant.h"
#include "base/storedevent.h"
#include "base/storeerror.h"
#include "notice/noticetemplates.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace redline {

class SqlStatement;
class Store;

// A notice an action will send: to whom, from which template, in which language, the rendered text, and
// the violation, appeal or campaign it is about.
struct PlannedNotice {
    QString subject;
    QString templateId;
    QString language;
    QString text;
    QString ref;
    Instant at = 0;
};

// Which notices an action sends and their text (docs/rules.md "Notices"). Actions calls it inside the
// action's transaction and appends what it returns; the record and decide dialogs call it for their
// preview with the same event and consequences, so what the moderator reads is what is sent.
//
// - a violation: `violation` to its subject; for an MCN, `mcn_advance_notice` to every creator contracted
//   to it when the violation brings it within the notice margin of a critical threshold (R-M6), and
//   `mcn_revenue_frozen` to each when it starts `revenue_frozen` (R-M6's grace period);
// - a decision: `appeal_upheld` or `appeal_overturned` to the violation's subject;
// - a ban: `brand_ban` to the brand (R-B2's text);
// - nothing for other event types.
//
// The language of a notice is its addressee's `language` attribute (zh_CN or en), else the platform's,
// zh_CN: never the console's, so that who sends a notice does not change what it says.
class NoticePlanner
{
    Q_DECLARE_TR_FUNCTIONS(NoticePlanner)
public:
    // POLICY.md names no appeal deadline; the notice states one **[assumed]**, and the store does not refuse
    // a later appeal (docs/rules.md "Notices").
    static constexpr int kAppealDays = 7;

    explicit NoticePlanner(const Store &store);
    ~NoticePlanner();

    static bool sendsNotices(EventType type);
    // `event` as it will be appended (its id minted, its `at` set) and the consequences the action
    // previewed for it. False, with the template and the reason, when a template cannot be read or rendered.
    bool plan(const StoredEvent &event, const ActionConsequences &consequences, QVector<PlannedNotice> *out,
              StoreError *error) const;
    // The notice that a sanction of `subject` imposed for `violation` ended at `sanction.until`.
    bool planSanctionEnd(const QString &subject, const QString &violationCode, const Sanction &sanction,
                         QVector<PlannedNotice> *out, StoreError *error) const;

    // The ledger event of a planned notice, sent by `by`.
    static StoredEvent toEvent(const PlannedNotice &notice, const QString &by);

private:
    // A planner reads each template and each language's words once: a campaign plans thousands of notices.
    struct Template {
        QString text;
        QString origin;
    };
    bool templateText(const QString &templateId, const QString &language, Template *out, StoreError *error) const;
    bool wordsOf(const QString &language, NoticeWords *out, StoreError *error) const;
    mutable QHash<QString, Template> m_templates; // "id/language" ->
    mutable QHash<QString, NoticeWords> m_words;  // language ->
    mutable std::unique_ptr<SqlStatement> m_subject; // an addressee's name and attrs

    struct Addressee {
        QString handle;
        QString name;
        QString language;
    };
    using Values = std::function<QHash<QString, QString>(const NoticeWords &)>;

    bool addressee(const QString &handle, Addressee *out, StoreError *error) const;
    bool render(const QString &templateId, const Addressee &to, Instant at, const QString &ref, const Values &values,
                QVector<PlannedNotice> *out, StoreError *error) const;
    bool planViolation(const StoredEvent &event, const ActionConsequences &c, QVector<PlannedNotice> *out,
                       StoreError *error) const;
    bool planProtection(const StoredEvent &event, const ActionConsequences &c, QVector<PlannedNotice> *out,
                        StoreError *error) const;
    bool planDecision(const StoredEvent &event, const ActionConsequences &c, QVector<PlannedNotice> *out,
                      StoreError *error) const;
    bool planBan(const StoredEvent &event, QVector<PlannedNotice> *out, StoreError *error) const;

    const Store &m_store;
};

} // namespace redline
