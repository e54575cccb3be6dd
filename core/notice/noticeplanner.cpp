#include "noticeplanner.h"

#include "notice/noticerenderer.h"
#include "query/appealquery.h"
#include "query/noticequery.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <sqlite3.h>

namespace redline {

namespace {

QString instantText(Instant at, const NoticeWords &words)
{
    const QString format = words.word(QStringLiteral("instant"));
    if (format.isEmpty())
        return formatInstant(at);
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(format);
}

// A phrase of names.json with its own placeholders; a phrase that does not render falls back to its name.
QString phrase(const NoticeWords &words, const QString &key, const QHash<QString, QString> &values)
{
    QString text;
    QString ignored;
    if (!NoticeRenderer::render(words.word(key), values, &text, &ignored))
        return values.value(QStringLiteral("name"));
    return text;
}

QString sanctionLines(const QVector<Sanction> &sanctions, const NoticeWords &words)
{
    QStringList lines;
    for (const Sanction &s : sanctions) {
        QHash<QString, QString> values{{QStringLiteral("name"), words.sanction(s.id)},
                                       {QStringLiteral("from"), instantText(s.from, words)}};
        if (s.permanent()) {
            lines.append(phrase(words, QStringLiteral("sanction_line_permanent"), values));
        } else {
            values.insert(QStringLiteral("until"), instantText(s.until, words));
            lines.append(phrase(words, QStringLiteral("sanction_line"), values));
        }
    }
    return lines.isEmpty() ? words.word(QStringLiteral("none")) : lines.join(QLatin1Char('\n'));
}

// Sanctions an overturn cut short: until is the new end, scheduledUntil the old one.
QString endedLines(const QVector<Sanction> &sanctions, const NoticeWords &words)
{
    QStringList lines;
    for (const Sanction &s : sanctions) {
        const QString scheduled = s.scheduledUntil == kNoInstant ? words.word(QStringLiteral("permanent_word"))
                                                                 : instantText(s.scheduledUntil, words);
        lines.append(phrase(words, QStringLiteral("ended_line"),
                            {{QStringLiteral("name"), words.sanction(s.id)},
                             {QStringLiteral("scheduled"), scheduled.isEmpty() ? QStringLiteral("—") : scheduled},
                             {QStringLiteral("until"), instantText(s.until, words)}}));
    }
    return lines.isEmpty() ? words.word(QStringLiteral("none")) : lines.join(QLatin1Char('\n'));
}

QString nameList(const QStringList &ids, const NoticeWords &words)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(words.sanction(id));
    return names.isEmpty() ? words.word(QStringLiteral("none")) : names.join(words.word(QStringLiteral("list_separator")));
}

// The restrictions a score below `threshold` adds (the band whose bound it is, R-M1).
QStringList bandRestrictions(const Scale &scale, int threshold)
{
    for (const RestrictionBand &band : scale.bands) {
        if (band.below == threshold)
            return band.ids;
    }
    return {};
}

} // namespace

NoticePlanner::NoticePlanner(const Store &store)
    : m_store(store)
{
}

NoticePlanner::~NoticePlanner() = default;

bool NoticePlanner::sendsNotices(EventType type)
{
    return type == EventType::Violation || type == EventType::Decision || type == EventType::Ban;
}

StoredEvent NoticePlanner::toEvent(const PlannedNotice &notice, const QString &by)
{
    StoredEvent e;
    e.type = EventType::Notice;
    e.subject = notice.subject;
    e.code = notice.templateId;
    e.text = notice.text;
    e.at = notice.at;
    e.by = by;
    QJsonObject attrs{{QStringLiteral("language"), notice.language}};
    if (!notice.ref.isEmpty())
        attrs.insert(QStringLiteral("ref"), notice.ref);
    e.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
    return e;
}

bool NoticePlanner::addressee(const QString &handle, Addressee *out, StoreError *error) const
{
    if (!m_subject)
        m_subject = std::make_unique<SqlStatement>(m_store.handle(), "SELECT name, attrs FROM subjects WHERE handle = ?1");
    m_subject->reset();
    m_subject->bind(1, handle);
    const bool found = m_subject->next();
    const QString name = found ? m_subject->text(0) : QString();
    const QByteArray attrs = found ? m_subject->utf8(1) : QByteArray();
    const bool failed = !found && m_subject->resultCode() != SQLITE_DONE;
    m_subject->reset();
    if (failed)
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the subjects"));
    if (!found)
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("no subject \"%1\" to notify").arg(handle));
    out->handle = handle;
    out->name = name.isEmpty() ? handle : name;
    const QString language = QJsonDocument::fromJson(attrs).object().value(QStringLiteral("language")).toString();
    out->language = NoticeTemplates::languages().contains(language) ? language : NoticeTemplates::platformLanguage();
    return true;
}

bool NoticePlanner::templateText(const QString &templateId, const QString &language, Template *out, StoreError *error) const
{
    const QString key = templateId + QLatin1Char('/') + language;
    const auto cached = m_templates.constFind(key);
    if (cached != m_templates.constEnd()) {
        *out = *cached;
        return true;
    }
    if (!NoticeTemplates::text(templateId, language, &out->text, error, &out->origin))
        return false;
    m_templates.insert(key, *out);
    return true;
}

bool NoticePlanner::wordsOf(const QString &language, NoticeWords *out, StoreError *error) const
{
    const auto cached = m_words.constFind(language);
    if (cached != m_words.constEnd()) {
        *out = *cached;
        return true;
    }
    if (!NoticeTemplates::words(language, out, error))
        return false;
    m_words.insert(language, *out);
    return true;
}

bool NoticePlanner::render(const QString &templateId, const Addressee &to, Instant at, const QString &ref,
                           const Values &values, QVector<PlannedNotice> *out, StoreError *error) const
{
    Template tmpl;
    NoticeWords words;
    if (!templateText(templateId, to.language, &tmpl, error) || !wordsOf(to.language, &words, error))
        return false;
    const QString &templateText = tmpl.text;
    const QString &origin = tmpl.origin;
    QHash<QString, QString> all = values(words);
    all.insert(QStringLiteral("subject"), to.handle);
    all.insert(QStringLiteral("subject_name"), to.name);
    all.insert(QStringLiteral("at"), instantText(at, words));
    PlannedNotice notice;
    QString why;
    if (!NoticeRenderer::render(templateText, all, &notice.text, &why))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("notice template %1 (%2, %3): %4").arg(templateId, to.language, origin, why));
    if (notice.text.trimmed().isEmpty())
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("notice template %1 (%2, %3) renders an empty notice").arg(templateId, to.language, origin));
    notice.subject = to.handle;
    notice.templateId = templateId;
    notice.language = to.language;
    notice.ref = ref;
    notice.at = at;
    out->append(notice);
    return true;
}

bool NoticePlanner::plan(const StoredEvent &event, const ActionConsequences &c, QVector<PlannedNotice> *out,
                         StoreError *error) const
{
    out->clear();
    switch (event.type) {
    case EventType::Violation:
        return planViolation(event, c, out, error) && planProtection(event, c, out, error);
    case EventType::Decision:
        return planDecision(event, c, out, error);
    case EventType::Ban:
        return planBan(event, out, error);
    default:
        return true;
    }
}

bool NoticePlanner::planViolation(const StoredEvent &event, const ActionConsequences &c, QVector<PlannedNotice> *out,
                                  StoreError *error) const
{
    Addressee to;
    if (!addressee(event.subject, &to, error))
        return false;
    QStringList sanctionIds;
    for (const Sanction &s : c.sanctionsStarted)
        sanctionIds.append(s.id);
    QStringList restrictions; // those a threshold adds; the sanctions are listed with their ends above
    for (const QString &id : c.restrictionsGained) {
        if (!sanctionIds.contains(id))
            restrictions.append(id);
    }
    const Values values = [&](const NoticeWords &words) {
        return QHash<QString, QString>{
            {QStringLiteral("violation"), event.id},
            {QStringLiteral("code"), event.code},
            {QStringLiteral("code_name"), words.code(event.code)},
            {QStringLiteral("points"), QString::number(c.deducted)},
            {QStringLiteral("score_before"), QString::number(c.scoreBefore())},
            {QStringLiteral("score_after"), QString::number(c.scoreAfter())},
            {QStringLiteral("sanctions"), sanctionLines(c.sanctionsStarted, words)},
            {QStringLiteral("restrictions"), nameList(restrictions, words)},
            {QStringLiteral("appeal_deadline"), instantText(event.at + days(kAppealDays), words)},
        };
    };
    return render(QStringLiteral("violation"), to, event.at, event.id, values, out, error);
}

// R-M6: the MCN's creators hear of it when their MCN comes within the margin of a critical threshold, and
// when its revenue is frozen (their grace period starts).
bool NoticePlanner::planProtection(const StoredEvent &event, const ActionConsequences &c, QVector<PlannedNotice> *out,
                                   StoreError *error) const
{
    const CreatorProtection &protection = m_store.policy().protection;
    const bool frozen = c.kind == SubjectKind::Mcn && c.restrictionsGained.contains(protection.triggerRestriction);
    if (c.kind != SubjectKind::Mcn || (c.notices.isEmpty() && !frozen))
        return true;
    Addressee mcn;
    QStringList creators;
    if (!addressee(event.subject, &mcn, error) || !NoticeQuery(m_store).affiliatesAt(event.subject, event.at, &creators, error))
        return false;
    const Scale &scale = m_store.policy().scale(SubjectKind::Mcn);
    for (const QString &creator : creators) {
        Addressee to;
        if (!addressee(creator, &to, error))
            return false;
        for (const ProtectionNotice &notice : c.notices) {
            const Values values = [&](const NoticeWords &words) {
                return QHash<QString, QString>{
                    {QStringLiteral("mcn"), mcn.handle},
                    {QStringLiteral("mcn_name"), mcn.name},
                    {QStringLiteral("score"), QString::number(notice.score)},
                    {QStringLiteral("threshold"), QString::number(notice.threshold)},
                    {QStringLiteral("notice_margin"), QString::number(protection.noticeMargin)},
                    {QStringLiteral("warning_top"), QString::number(notice.threshold + protection.noticeMargin)},
                    {QStringLiteral("threshold_restrictions"), nameList(bandRestrictions(scale, notice.threshold), words)},
                    {QStringLiteral("grace_days"), QString::number(protection.graceDays)},
                };
            };
            if (!render(QStringLiteral("mcn_advance_notice"), to, notice.at, event.id, values, out, error))
                return false;
        }
        if (!frozen)
            continue;
        const Values values = [&](const NoticeWords &words) {
            return QHash<QString, QString>{
                {QStringLiteral("mcn"), mcn.handle},
                {QStringLiteral("mcn_name"), mcn.name},
                {QStringLiteral("score"), QString::number(c.scoreAfter())},
                {QStringLiteral("grace_days"), QString::number(protection.graceDays)},
                {QStringLiteral("grace_until"), instantText(event.at + days(protection.graceDays), words)},
            };
        };
        if (!render(QStringLiteral("mcn_revenue_frozen"), to, event.at, event.id, values, out, error))
            return false;
    }
    return true;
}

bool NoticePlanner::planDecision(const StoredEvent &event, const ActionConsequences &c, QVector<PlannedNotice> *out,
                                 StoreError *error) const
{
    StoreError lookup;
    const std::optional<AppealRecord> appeal = AppealQuery(m_store).appeal(event.ref, &lookup);
    if (!appeal)
        return lookup.isSet() ? StoreError::fail(error, lookup.kind, lookup.message)
                              : StoreError::fail(error, StoreError::Kind::BadInput, tr("field appeal: no appeal \"%1\"").arg(event.ref));
    Addressee to;
    if (!addressee(appeal->subject, &to, error))
        return false;
    const bool overturned = event.outcome == QLatin1String("overturned");
    const Values values = [&](const NoticeWords &words) {
        return QHash<QString, QString>{
            {QStringLiteral("appeal"), appeal->id},
            {QStringLiteral("violation"), appeal->violation},
            {QStringLiteral("code"), appeal->violationCode},
            {QStringLiteral("code_name"), words.code(appeal->violationCode)},
            {QStringLiteral("outcome"), event.outcome},
            {QStringLiteral("reason"), event.text.trimmed().isEmpty() ? words.word(QStringLiteral("none")) : event.text.trimmed()},
            {QStringLiteral("score_before"), QString::number(c.scoreBefore())},
            {QStringLiteral("score_after"), QString::number(c.scoreAfter())},
            {QStringLiteral("given_back"), QString::number(c.givenBack)},
            {QStringLiteral("sanctions_ended"), endedLines(c.sanctionsEnded, words)},
        };
    };
    return render(overturned ? QStringLiteral("appeal_overturned") : QStringLiteral("appeal_upheld"), to, event.at,
                  appeal->id, values, out, error);
}

bool NoticePlanner::planBan(const StoredEvent &event, QVector<PlannedNotice> *out, StoreError *error) const
{
    Addressee to;
    if (!addressee(event.subject, &to, error))
        return false;
    const Values values = [&](const NoticeWords &words) {
        return QHash<QString, QString>{
            {QStringLiteral("reason"), event.text.trimmed().isEmpty() ? words.word(QStringLiteral("none")) : event.text.trimmed()},
            {QStringLiteral("campaign"), event.campaign.isEmpty() ? words.word(QStringLiteral("none")) : event.campaign},
        };
    };
    return render(QStringLiteral("brand_ban"), to, event.at, event.campaign, values, out, error);
}

bool NoticePlanner::planSanctionEnd(const QString &subject, const QString &violationCode, const Sanction &sanction,
                                    QVector<PlannedNotice> *out, StoreError *error) const
{
    if (sanction.permanent())
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("sanction %1 of %2 is permanent: it has no end to notify").arg(sanction.id, subject));
    Addressee to;
    if (!addressee(subject, &to, error))
        return false;
    const Values values = [&](const NoticeWords &words) {
        return QHash<QString, QString>{
            {QStringLiteral("violation"), sanction.violation.isEmpty() ? words.word(QStringLiteral("none")) : sanction.violation},
            {QStringLiteral("code"), violationCode},
            {QStringLiteral("code_name"), violationCode.isEmpty() ? words.word(QStringLiteral("none")) : words.code(violationCode)},
            {QStringLiteral("sanction"), words.sanction(sanction.id)},
            {QStringLiteral("until"), instantText(sanction.until, words)},
        };
    };
    return render(QStringLiteral("sanction_end"), to, sanction.until, sanction.violation, values, out, error);
}

} // namespace redline
