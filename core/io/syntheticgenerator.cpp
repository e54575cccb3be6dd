#include "syntheticgenerator.h"

#include "engine/ledger.h"
#include "io/syntheticcorpus.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace redline {

namespace {

constexpr Instant kHour = 3600;
constexpr int kMinSpanDays = 30;
constexpr qint64 kDeposit = 20000; // R-M3's required deposit in the default policy
constexpr int kProgressEvery = 1 << 15;

// Proportions: plausible ones, as a real platform's would have. A code an edited policy adds gets kUnknownCodeWeight.
constexpr double kUnknownCodeWeight = 5;
const std::pair<const char *, double> kCodeWeights[] = {
    {"creator.unreported_ad", 22}, {"creator.absolute_claim", 15}, {"creator.diversion", 14},
    {"creator.sensitive_content", 13}, {"creator.verified_report", 8}, {"creator.plagiarism", 7},
    {"creator.three_no_product", 5}, {"creator.celebrity_likeness", 5}, {"creator.engagement_imbalance", 4},
    {"creator.false_promise", 2}, {"creator.unlicensed_medical", 2}, {"creator.data_fraud", 1.5},
    {"brand.unauthorized_promotion", 95}, {"brand.fake_ugc", 5},
    {"mcn.inauthentic_recommendation", 25}, {"mcn.brand_contract_dispute", 25},
    {"mcn.creator_agreement_violation", 18}, {"mcn.fabricated_engagement", 12}, {"mcn.unfair_competition", 12},
    {"mcn.reputation_damage", 5},
};
// A creator's category makes some codes likelier: medical-aesthetics creators make medical claims,
// education creators make false promises.
struct CategoryBoost {
    const char *category;
    const char *code;
    double factor;
};
const CategoryBoost kCategoryBoosts[] = {
    {"medical_aesthetics", "creator.unlicensed_medical", 12}, {"medical_aesthetics", "creator.absolute_claim", 2},
    {"education", "creator.false_promise", 12}, {"beauty", "creator.three_no_product", 1.5},
    {"beauty", "creator.absolute_claim", 1.5}, {"food", "creator.three_no_product", 2},
    {"fashion", "creator.celebrity_likeness", 1.5}, {"tech", "creator.unreported_ad", 1.3},
};
// How violations fall on subjects (docs/architecture.md "The synthetic generator"). `rate`: violations per
// subject of the kind, relative to the other kinds; the --violations total is shared out by count x rate.
// Within a kind each subject draws a propensity, and its share of the kind's violations is proportional to
// it. The shapes are chosen for what a platform's standings look like at the end of the history:
// - MCNs: log-normal (sigma 0.7). An agency whose violations come faster than one every ~2 months falls
//   below its recovery (10 per quiet 30 days, R-L5) and, once under 20, stays removed (R-M2); with this
//   spread about 70% stay at 80 or above and the rest trail through every band down to removal. (A Pareto
//   tail put a third of the agencies at 0.)
// - Brands: Pareto (alpha 1.1, capped at 300): brands have no recovery, so their points are their
//   violations since the last reset (R-B1); most have 0-2, a few cycle through suspensions.
// - Creators: log-normal (sigma 1.35): most have 0-2 violations in 18 months and stay at or near 100, a
//   broad middle sits in the 60s-90s, a few percent reach the ladder's top (R-C1) or 0.
enum class Propensity { LogNormal, Pareto };
struct KindProfile {
    double rate;
    Propensity shape;
    double spread; // log-normal: sigma; Pareto: alpha
};
constexpr KindProfile kKindProfiles[kSubjectKindCount] = {
    {1.6, Propensity::LogNormal, 0.7},  // mcn
    {0.8, Propensity::Pareto, 1.1},     // brand
    {1.0, Propensity::LogNormal, 1.35}, // creator
};
// Enforcement grows with the platform: a subject's violations have a density rising linearly over its
// span (twice the average at the end), so at the end of the history a creator's recent violations are in
// the ladder's 30-day window (R-C1, R-T5) as on a live platform, instead of all having recovered.
constexpr double kRecencyExponent = 2.0;
const double kCreatorCategoryWeights[] = {22, 18, 18, 12, 4, 8, 10, 8}; // SyntheticCorpus::creatorCategories()

constexpr double kAppealRate = 0.08;
constexpr double kOverturnedShare = 0.35;
constexpr double kUpheldShare = 0.50;
constexpr double kExamRate = 0.06;
constexpr double kContractRate = 0.30;
constexpr double kCleanAgencyRate = 0.10;
constexpr double kRefundRate = 0.5; // of clean agencies with a deposit: they leave and take it back
constexpr double kHeavyTailAlpha = 1.1;
constexpr double kHeavyTailCap = 300;

// std::mt19937_64 gives the same stream on every platform; the standard distributions do not (they are
// implementation-defined), so every draw is made here from the raw bits.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    quint64 bits() { return m_engine(); }
    quint64 below(quint64 n) { return n == 0 ? 0 : m_engine() % n; }
    double unit() { return static_cast<double>(m_engine() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    bool chance(double p) { return unit() < p; }
    Instant within(Instant from, Instant to) { return to <= from ? from : from + Instant(below(quint64(to - from))); }
    double normal() // Box-Muller
    {
        const double u1 = 1.0 - unit();
        const double u2 = unit();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    // A Pareto weight: most subjects low, a few very high (heavy-tailed per subject, as real moderation load is).
    double heavyTail(double alpha = kHeavyTailAlpha)
    {
        return std::min(std::pow(1.0 - unit(), -1.0 / alpha), kHeavyTailCap);
    }
    double logNormal(double sigma) { return std::exp(sigma * normal()); }
    // An instant in [from, to) whose density rises towards `to` (kRecencyExponent).
    Instant recentWithin(Instant from, Instant to)
    {
        if (to <= from)
            return from;
        const double share = std::pow(unit(), 1.0 / kRecencyExponent);
        return std::min(to - 1, from + Instant(share * double(to - from)));
    }
    double propensity(const KindProfile &profile)
    {
        return profile.shape == Propensity::Pareto ? heavyTail(profile.spread) : logNormal(profile.spread);
    }

private:
    std::mt19937_64 m_engine;
};

// Picks an index with probability proportional to its weight.
class WeightedPick
{
public:
    void add(double weight) { m_sums.push_back((m_sums.empty() ? 0.0 : m_sums.back()) + std::max(0.0, weight)); }
    bool empty() const { return m_sums.empty() || m_sums.back() <= 0; }
    int pick(Random &random) const
    {
        const double target = random.unit() * m_sums.back();
        const auto it = std::upper_bound(m_sums.begin(), m_sums.end(), target);
        return std::min(static_cast<int>(it - m_sums.begin()), static_cast<int>(m_sums.size()) - 1);
    }

private:
    std::vector<double> m_sums;
};

// One planned event, compact: the full StoredEvent is built only when it is emitted.
struct Plan {
    Instant at;
    quint32 order;    // planning order: the tie-break that keeps references ahead of their referrers
    quint32 subject;  // subject index (User: user index)
    quint32 ref;      // Violation: its ordinal; Appeal and Decision: the violation's ordinal;
                      // Contract: the MCN's subject index; Deposit: the amount
    EventType type;
    quint8 code;      // Violation: code index; Deposit/Certification/Contract: action; Decision: 1 = overturned
    quint8 by;        // user index
    quint8 text;      // index into the text pool of the event
    qint16 points;    // Violation: explicit points, -1 for the code's default
    quint8 flags;     // Violation: source | severe << 2
};

constexpr quint8 kSevereFlag = 1 << 2;

struct SubjectPlan {
    Instant registered = 0;
    Instant earliestViolation = 0;
    quint32 nameBits = 0;
    quint32 followers = 0;
    quint8 category = 0;
    quint8 attrs = 0;   // MCN: region * 4 + company * 2 + registered_mcn
    bool paid = false;  // MCN: deposit paid
    bool certified = false;
    bool clean = false; // MCN: never violates (some agencies keep a clean record, and only they can take a refund)
};

struct McnViolation {
    quint32 mcn;
    Instant at;
};

// The users of the corpus by what they do.
struct Staff {
    QVector<quint8> reviewers;  // moderators and senior moderators: record violations, decide appeals
    QVector<quint8> seniors;
    QVector<quint8> finance;    // fin.*: deposits
    QVector<quint8> compliance; // comp.*: certifications, contracts

    static Staff fromCorpus()
    {
        Staff staff;
        const auto &users = SyntheticCorpus::users();
        for (int i = 0; i < users.size(); ++i) {
            const QString &name = users[i].name;
            const QString &role = users[i].role;
            if (role == QLatin1String("moderator") || role == QLatin1String("senior_moderator"))
                staff.reviewers.append(quint8(i));
            if (role == QLatin1String("senior_moderator"))
                staff.seniors.append(quint8(i));
            if (name.startsWith(QLatin1String("fin.")))
                staff.finance.append(quint8(i));
            else if (role == QLatin1String("compliance"))
                staff.compliance.append(quint8(i));
        }
        return staff;
    }
};

quint8 pickFrom(const QVector<quint8> &list, Random &random) { return list[int(random.below(quint64(list.size())))]; }

// "crt-0000042": one allocation, no formatting machinery (this runs for every event).
QString paddedId(QLatin1String prefix, quint64 number, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + number % 10);
        number /= 10;
    } while (number);
    const int pad = std::max(0, width - n);
    QString out(prefix.size() + pad + n, Qt::Uninitialized);
    QChar *p = out.data();
    for (char c : prefix)
        *p++ = QLatin1Char(c);
    for (int i = 0; i < pad; ++i)
        *p++ = QLatin1Char('0');
    while (n)
        *p++ = QLatin1Char(digits[--n]);
    return out;
}

// Plans the whole history, then emits it in time order.
class Planner
{
public:
    Planner(const GeneratorOptions &options, const QVector<SyntheticGenerator::CodeMix> *codes)
        : m_options(options), m_codes(codes), m_random(options.seed), m_staff(Staff::fromCorpus())
    {
        m_counts[int(SubjectKind::Mcn)] = std::max(0, options.mcns);
        m_counts[int(SubjectKind::Brand)] = std::max(0, options.brands);
        m_counts[int(SubjectKind::Creator)] = std::max(0, options.creators);
        m_first[0] = 0;
        m_first[1] = m_counts[0];
        m_first[2] = m_counts[0] + m_counts[1];
        m_start = options.start;
        m_end = std::max(options.end, options.start + days(kMinSpanDays));
    }

    void plan()
    {
        const qint64 subjects = qint64(m_counts[0]) + m_counts[1] + m_counts[2];
        const qint64 violations = std::max<qint64>(0, m_options.violations);
        m_plans.reserve(size_t(subjects * 1.4 + violations * 1.2 + 64));
        planUsers();
        planSubjects();
        planDepositsAndCertifications();
        planContracts();
        planViolations(violations);
        planDeductionsAndRefunds();
        std::sort(m_plans.begin(), m_plans.end(), [](const Plan &a, const Plan &b) {
            return a.at != b.at ? a.at < b.at : a.order < b.order;
        });
    }

    qint64 emitEvents(const std::function<bool(const StoredEvent &)> &sink,
                const std::function<void(qint64, qint64)> &progress)
    {
        const qint64 total = qint64(m_plans.size());
        m_violationNumber.assign(m_violationCount, 0);
        m_appealNumber.assign(m_violationCount, 0);
        prepareTexts();
        qint64 done = 0;
        for (const Plan &plan : m_plans) {
            const bool more = sink(event(plan));
            ++done;
            if (progress && done % kProgressEvery == 0)
                progress(done, total);
            if (!more)
                break;
        }
        if (progress)
            progress(done, total);
        return done;
    }

private:
    Plan &add(EventType type, Instant at, quint32 subject)
    {
        Plan plan{};
        plan.at = at;
        plan.order = m_order++;
        plan.subject = subject;
        plan.type = type;
        plan.points = -1;
        m_plans.push_back(plan);
        return m_plans.back();
    }

    Instant span() const { return m_end - m_start; }
    quint32 subjectIndex(SubjectKind kind, int i) const { return quint32(m_first[int(kind)] + i); }
    SubjectKind kindOf(quint32 subject) const
    {
        return subject < quint32(m_first[1]) ? SubjectKind::Mcn
               : subject < quint32(m_first[2]) ? SubjectKind::Brand : SubjectKind::Creator;
    }

    void planUsers()
    {
        for (int i = 0; i < SyntheticCorpus::users().size(); ++i)
            add(EventType::User, m_start, quint32(i));
    }

    // Agencies join first, brands over the first months, creators keep joining for a year (most early).
    void planSubjects()
    {
        const qint64 total = qint64(m_counts[0]) + m_counts[1] + m_counts[2];
        m_subjects.resize(size_t(total));
        const Instant first = m_start + kHour;
        WeightedPick categories;
        for (double w : kCreatorCategoryWeights)
            categories.add(w);
        const int brandCategories = SyntheticCorpus::brandCategories().size();
        for (int kind = 0; kind < kSubjectKindCount; ++kind) {
            for (int i = 0; i < m_counts[kind]; ++i) {
                const quint32 index = subjectIndex(SubjectKind(kind), i);
                SubjectPlan &s = m_subjects[index];
                switch (SubjectKind(kind)) {
                case SubjectKind::Mcn: {
                    s.registered = m_random.within(first, first + std::min(days(30), span() / 10));
                    const int region = m_random.chance(0.85) ? 0 : (m_random.chance(0.5) ? 1 : 2);
                    const int company = m_random.chance(0.9) ? 0 : 1;
                    const int registered = m_random.chance(0.92) ? 1 : 0;
                    s.attrs = quint8(region * 4 + company * 2 + registered);
                    s.clean = i > 0 && m_random.chance(kCleanAgencyRate);
                    break;
                }
                case SubjectKind::Brand:
                    s.registered = m_random.within(first, first + std::min(days(180), span() / 3));
                    s.category = quint8(m_random.below(quint64(brandCategories)));
                    break;
                case SubjectKind::Creator: {
                    const Instant window = m_random.chance(0.6) ? std::min(days(30), span() / 10)
                                                                : std::min(days(360), span() * 2 / 3);
                    s.registered = m_random.within(first, first + window);
                    s.category = quint8(categories.pick(m_random));
                    const double followers = std::exp(8.5 + 1.9 * m_random.normal());
                    s.followers = quint32(std::clamp(followers, 50.0, 30e6));
                    break;
                }
                }
                s.nameBits = quint32(m_random.bits());
                s.earliestViolation = s.registered + days(1);
                add(EventType::Subject, s.registered, index);
            }
        }
    }

    static bool eligibleForCertification(quint8 attrs) { return attrs == 1; } // mainland, limited, registered (R-M4)

    // R-M3/R-M4: most agencies pay the deposit; eligible ones are certified right after, before any
    // violation, so the 90-day fabricated-engagement test always holds at the grant.
    void planDepositsAndCertifications()
    {
        for (int i = 0; i < m_counts[0]; ++i) {
            const quint32 index = subjectIndex(SubjectKind::Mcn, i);
            SubjectPlan &s = m_subjects[index];
            if (!m_random.chance(0.9)) {
                s.earliestViolation = s.registered + days(7);
                continue;
            }
            const Instant paidAt = m_random.within(s.registered + kHour, s.registered + days(4));
            Plan &pay = add(EventType::Deposit, paidAt, index);
            pay.code = quint8(DepositAction::Pay);
            pay.ref = quint32(kDeposit);
            pay.by = pickFrom(m_staff.finance, m_random);
            s.paid = true;
            s.earliestViolation = paidAt + days(1);
            if (eligibleForCertification(s.attrs) && m_random.chance(0.95)) {
                const Instant grantAt = m_random.within(paidAt + kHour, paidAt + days(3));
                Plan &grant = add(EventType::Certification, grantAt, index);
                grant.code = quint8(CertificationAction::Grant);
                grant.by = pickFrom(m_staff.compliance, m_random);
                s.certified = true;
                s.earliestViolation = grantAt + days(1);
            }
        }
    }

    // About 30% of creators sign with an agency (big agencies sign many); some contracts end, and some of
    // those creators sign with another agency later.
    void planContracts()
    {
        if (m_counts[0] == 0)
            return;
        WeightedPick agencies;
        for (int i = 0; i < m_counts[0]; ++i)
            agencies.add(m_random.heavyTail());
        for (int i = 0; i < m_counts[2]; ++i) {
            if (!m_random.chance(kContractRate))
                continue;
            const quint32 creator = subjectIndex(SubjectKind::Creator, i);
            quint32 mcn = subjectIndex(SubjectKind::Mcn, agencies.pick(m_random));
            Instant from = std::max(m_subjects[creator].registered, m_subjects[mcn].registered);
            Instant startAt = m_random.within(from + days(1), from + days(30));
            if (startAt >= m_end)
                continue;
            addContract(creator, mcn, ContractAction::Start, startAt);
            if (!m_random.chance(0.18))
                continue;
            const Instant endAt = m_random.within(startAt + days(60), startAt + days(400));
            if (endAt >= m_end)
                continue;
            addContract(creator, mcn, ContractAction::End, endAt);
            if (m_counts[0] < 2 || !m_random.chance(0.4))
                continue;
            const quint32 next = subjectIndex(SubjectKind::Mcn, agencies.pick(m_random));
            startAt = m_random.within(endAt + days(5), endAt + days(60));
            if (next != mcn && startAt < m_end)
                addContract(creator, next, ContractAction::Start, startAt);
        }
    }

    void addContract(quint32 creator, quint32 mcn, ContractAction action, Instant at)
    {
        Plan &plan = add(EventType::Contract, at, creator);
        plan.ref = mcn;
        plan.code = quint8(action);
        plan.by = pickFrom(m_staff.compliance, m_random);
    }

    void planViolations(qint64 total)
    {
        WeightedPick kinds;
        WeightedPick subjectsOf[kSubjectKindCount];
        for (int kind = 0; kind < kSubjectKindCount; ++kind) {
            const bool possible = m_counts[kind] > 0 && !m_codes[kind].isEmpty();
            kinds.add(possible ? m_counts[kind] * kKindProfiles[kind].rate : 0.0);
            for (int i = 0; possible && i < m_counts[kind]; ++i) {
                const double weight = m_random.propensity(kKindProfiles[kind]);
                subjectsOf[kind].add(m_subjects[subjectIndex(SubjectKind(kind), i)].clean ? 0.0 : weight);
            }
        }
        if (kinds.empty())
            return;
        buildCodePicks();
        // Every code of every kind at least once, then the proportions.
        qint64 planned = 0;
        for (int kind = 0; kind < kSubjectKindCount && planned < total; ++kind) {
            for (int code = 0; code < m_codes[kind].size() && m_counts[kind] > 0 && planned < total; ++code, ++planned)
                addViolation(subjectIndex(SubjectKind(kind), subjectsOf[kind].pick(m_random)), code);
        }
        for (; planned < total; ++planned) {
            const int kind = kinds.pick(m_random);
            const quint32 subject = subjectIndex(SubjectKind(kind), subjectsOf[kind].pick(m_random));
            const WeightedPick &codes = kind == int(SubjectKind::Creator)
                                            ? m_creatorCodes[m_subjects[subject].category]
                                            : m_kindCodes[kind];
            addViolation(subject, codes.pick(m_random));
        }
    }

    void buildCodePicks()
    {
        const QStringList &categories = SyntheticCorpus::creatorCategories();
        for (int kind = 0; kind < kSubjectKindCount; ++kind) {
            for (const auto &code : m_codes[kind])
                m_kindCodes[kind].add(code.weight);
        }
        m_creatorCodes.resize(size_t(categories.size()));
        for (int c = 0; c < categories.size(); ++c) {
            for (const auto &code : m_codes[int(SubjectKind::Creator)]) {
                double weight = code.weight;
                for (const CategoryBoost &boost : kCategoryBoosts) {
                    if (categories[c] == QLatin1String(boost.category) && code.code == QLatin1String(boost.code))
                        weight *= boost.factor;
                }
                m_creatorCodes[size_t(c)].add(weight);
            }
        }
    }

    quint8 sourceFor(const QString &code)
    {
        if (code.endsWith(QLatin1String(".verified_report")))
            return 2; // user_report
        if (code.endsWith(QLatin1String("data_fraud")) || code.endsWith(QLatin1String("engagement_imbalance"))
            || code.endsWith(QLatin1String("fabricated_engagement")))
            return m_random.chance(0.85) ? 0 : 1;
        const double u = m_random.unit();
        return u < 0.45 ? 0 : (u < 0.75 ? 1 : 2);
    }

    double severeRate(SubjectKind kind, const QString &code) const
    {
        if (kind != SubjectKind::Creator)
            return 0; // severity only matters on the creator ladder (R-C1 L4)
        if (code.endsWith(QLatin1String("data_fraud")) || code.endsWith(QLatin1String("unlicensed_medical"))
            || code.endsWith(QLatin1String("false_promise")))
            return 0.05;
        return 0.003;
    }

    void addViolation(quint32 subject, int codeIndex)
    {
        const SubjectKind kind = kindOf(subject);
        const SyntheticGenerator::CodeMix &code = m_codes[int(kind)][codeIndex];
        SubjectPlan &s = m_subjects[subject];
        const Instant at = m_random.recentWithin(s.earliestViolation, m_end - kHour);
        const quint32 ordinal = m_violationCount++;
        const quint8 by = pickFrom(m_staff.reviewers, m_random);
        {
            Plan &v = add(EventType::Violation, at, subject);
            v.ref = ordinal;
            v.code = quint8(codeIndex);
            v.by = by;
            v.text = quint8(m_random.below(quint64(code.evidence.size())));
            v.flags = sourceFor(code.code);
            if (m_random.chance(severeRate(kind, code.code)))
                v.flags |= kSevereFlag;
            if (code.minPoints < code.maxPoints && m_random.chance(0.35))
                v.points = qint16(code.minPoints + int(m_random.below(quint64(code.maxPoints - code.minPoints + 1))));
        }
        if (kind == SubjectKind::Mcn)
            m_mcnViolations.push_back(McnViolation{subject, at});
        if (kind == SubjectKind::Creator && m_random.chance(kExamRate)) {
            const Instant examAt = m_random.within(at + days(3), at + days(45));
            if (examAt < m_end)
                add(EventType::Exam, examAt, subject);
        }
        if (m_random.chance(kAppealRate))
            planAppeal(subject, ordinal, at, by);
    }

    // R-L3/R-L4: the subject appeals 1-10 days later; a different reviewer decides some days after that.
    void planAppeal(quint32 subject, quint32 violation, Instant violationAt, quint8 violationBy)
    {
        const Instant appealAt = m_random.within(violationAt + days(1), violationAt + days(11));
        const double outcome = m_random.unit();
        if (appealAt >= m_end)
            return;
        Plan &appeal = add(EventType::Appeal, appealAt, subject);
        appeal.ref = violation;
        appeal.text = quint8(m_random.below(quint64(SyntheticCorpus::appealReasons().size())));
        if (outcome >= kOverturnedShare + kUpheldShare)
            return; // pending
        const Instant decidedAt = m_random.within(appealAt + days(1), appealAt + days(15));
        if (decidedAt >= m_end)
            return;
        const bool overturned = outcome < kOverturnedShare;
        quint8 by = m_random.chance(0.5) ? pickFrom(m_staff.seniors, m_random) : pickFrom(m_staff.reviewers, m_random);
        if (by == violationBy) // four eyes (R-L4)
            by = m_staff.reviewers[(m_staff.reviewers.indexOf(by) + 1) % m_staff.reviewers.size()];
        Plan &decision = add(EventType::Decision, decidedAt, subject);
        decision.ref = violation;
        decision.code = overturned ? 1 : 0;
        decision.by = by;
        decision.text = quint8(m_random.below(quint64(SyntheticCorpus::decisionReasons(overturned).size())));
    }

    // Liquidated damages after some agency violations, never more than the balance (R-M3), with top-ups;
    // some agencies without violations take their deposit back and lose the certification.
    void planDeductionsAndRefunds()
    {
        std::sort(m_mcnViolations.begin(), m_mcnViolations.end(), [](const McnViolation &a, const McnViolation &b) {
            return a.mcn != b.mcn ? a.mcn < b.mcn : a.at < b.at;
        });
        std::vector<bool> violated(size_t(m_counts[0]), false);
        size_t next = 0;
        while (next < m_mcnViolations.size()) {
            const quint32 mcn = m_mcnViolations[next].mcn;
            violated[mcn - quint32(m_first[0])] = true;
            qint64 balance = kDeposit;
            Instant topUpAt = kNoInstant;
            qint64 topUpAmount = 0;
            Instant lastDeductAt = 0;
            for (; next < m_mcnViolations.size() && m_mcnViolations[next].mcn == mcn; ++next) {
                if (!m_subjects[mcn].paid || !m_random.chance(0.3))
                    continue;
                static const qint64 amounts[] = {2000, 5000, 8000};
                const qint64 amount = amounts[m_random.below(3)];
                // The balance is tracked in time order, so deductions must come in time order too: a later
                // violation's damages never land before an earlier one's.
                const Instant at = std::max(lastDeductAt + kHour,
                                            m_random.within(m_mcnViolations[next].at + days(1), m_mcnViolations[next].at + days(4)));
                if (topUpAt <= at) {
                    balance += topUpAmount;
                    topUpAt = kNoInstant;
                    topUpAmount = 0;
                }
                if (at >= m_end || amount > balance)
                    continue;
                Plan &deduct = add(EventType::Deposit, at, mcn);
                deduct.code = quint8(DepositAction::Deduct);
                deduct.ref = quint32(amount);
                deduct.by = pickFrom(m_staff.finance, m_random);
                deduct.text = quint8(m_random.below(quint64(SyntheticCorpus::deductionReasons().size())));
                balance -= amount;
                lastDeductAt = at;
                if (topUpAt == kNoInstant && balance < kDeposit && m_random.chance(0.7)) {
                    const Instant at2 = m_random.within(at + days(2), at + days(10));
                    if (at2 < m_end) {
                        topUpAt = at2;
                        topUpAmount = kDeposit - balance;
                        Plan &pay = add(EventType::Deposit, at2, mcn);
                        pay.code = quint8(DepositAction::Pay);
                        pay.ref = quint32(topUpAmount);
                        pay.by = pickFrom(m_staff.finance, m_random);
                    }
                }
            }
        }
        for (int i = 0; i < m_counts[0]; ++i) {
            const quint32 mcn = subjectIndex(SubjectKind::Mcn, i);
            const SubjectPlan &s = m_subjects[mcn];
            if (violated[size_t(i)] || !s.paid || !m_random.chance(kRefundRate))
                continue;
            const Instant refundAt = m_random.within(s.earliestViolation + days(30), m_end - days(1));
            if (refundAt >= m_end - days(1))
                continue;
            Plan &refund = add(EventType::Deposit, refundAt, mcn);
            refund.code = quint8(DepositAction::Refund);
            refund.ref = quint32(kDeposit);
            refund.by = pickFrom(m_staff.finance, m_random);
            if (s.certified) {
                Plan &revoke = add(EventType::Certification, m_random.within(refundAt + kHour, refundAt + days(1)), mcn);
                revoke.code = quint8(CertificationAction::Revoke);
                revoke.by = pickFrom(m_staff.compliance, m_random);
            }
        }
    }

    void prepareTexts()
    {
        m_kindNames[0] = subjectKindName(SubjectKind::Mcn);
        m_kindNames[1] = subjectKindName(SubjectKind::Brand);
        m_kindNames[2] = subjectKindName(SubjectKind::Creator);
        m_sources = {QStringLiteral("algorithm"), QStringLiteral("human_review"), QStringLiteral("user_report")};
        m_severities = {QStringLiteral("normal"), QStringLiteral("severe")};
        m_depositActions = {QStringLiteral("pay"), QStringLiteral("deduct"), QStringLiteral("refund")};
        m_certificationActions = {QStringLiteral("grant"), QStringLiteral("revoke")};
        m_contractActions = {QStringLiteral("start"), QStringLiteral("end")};
        m_outcomes = {QStringLiteral("upheld"), QStringLiteral("overturned")};
        static const char *const regions[] = {"mainland", "hk", "overseas"};
        static const char *const companies[] = {"limited", "sole_proprietorship"};
        for (int attrs = 0; attrs < 12; ++attrs) {
            m_mcnAttrs[attrs] = QByteArray("{\"region\":\"") + regions[attrs / 4] + "\",\"company\":\""
                                + companies[(attrs / 2) % 2] + "\",\"registered_mcn\":"
                                + ((attrs % 2) ? "true" : "false") + "}";
        }
        for (const QString &category : SyntheticCorpus::brandCategories())
            m_brandAttrs.append("{\"category\":\"" + category.toUtf8() + "\"}");
        for (const QString &category : SyntheticCorpus::creatorCategories())
            m_creatorAttrPrefix.append("{\"category\":\"" + category.toUtf8() + "\",\"followers\":");
        for (const auto &user : SyntheticCorpus::users())
            m_userNames.append(user.name);
    }

    QString handle(quint32 subject) const
    {
        switch (kindOf(subject)) {
        case SubjectKind::Mcn: return paddedId(QLatin1String("mcn-"), subject - quint32(m_first[0]) + 1, 6);
        case SubjectKind::Brand: return paddedId(QLatin1String("brand-"), subject - quint32(m_first[1]) + 1, 6);
        case SubjectKind::Creator: break;
        }
        return paddedId(QLatin1String("crt-"), subject - quint32(m_first[2]) + 1, 7);
    }

    StoredEvent event(const Plan &plan)
    {
        StoredEvent e;
        e.type = plan.type;
        e.at = plan.at;
        switch (plan.type) {
        case EventType::User: {
            const auto &user = SyntheticCorpus::users()[int(plan.subject)];
            e.name = user.name;
            e.kind = user.role;
            break;
        }
        case EventType::Subject:
            fillSubject(plan, e);
            break;
        case EventType::Violation: {
            const SubjectKind kind = kindOf(plan.subject);
            const auto &code = m_codes[int(kind)][plan.code];
            m_violationNumber[plan.ref] = ++m_violationsEmitted;
            e.id = paddedId(QLatin1String("v-"), m_violationsEmitted, 7);
            e.subject = handle(plan.subject);
            e.code = code.code;
            e.points = plan.points;
            e.severity = m_severities[(plan.flags & kSevereFlag) ? 1 : 0];
            e.source = m_sources[plan.flags & 3];
            e.by = m_userNames[plan.by];
            e.text = code.evidence[plan.text];
            break;
        }
        case EventType::Appeal:
            m_appealNumber[plan.ref] = ++m_appealsEmitted;
            e.id = paddedId(QLatin1String("a-"), m_appealsEmitted, 7);
            e.ref = paddedId(QLatin1String("v-"), m_violationNumber[plan.ref], 7);
            e.subject = handle(plan.subject);
            e.by = e.subject;
            e.text = SyntheticCorpus::appealReasons()[plan.text];
            break;
        case EventType::Decision:
            e.ref = paddedId(QLatin1String("a-"), m_appealNumber[plan.ref], 7);
            e.subject = handle(plan.subject);
            e.outcome = m_outcomes[plan.code];
            e.by = m_userNames[plan.by];
            e.text = SyntheticCorpus::decisionReasons(plan.code == 1)[plan.text];
            break;
        case EventType::Exam:
            e.subject = handle(plan.subject);
            break;
        case EventType::Deposit:
            e.subject = handle(plan.subject);
            e.action = m_depositActions[plan.code];
            e.amount = plan.ref;
            e.by = m_userNames[plan.by];
            if (plan.code == quint8(DepositAction::Deduct))
                e.text = SyntheticCorpus::deductionReasons()[plan.text];
            break;
        case EventType::Certification:
            e.subject = handle(plan.subject);
            e.action = m_certificationActions[plan.code];
            e.by = m_userNames[plan.by];
            break;
        case EventType::Contract:
            e.subject = handle(plan.subject);
            e.counterparty = handle(plan.ref);
            e.action = m_contractActions[plan.code];
            e.by = m_userNames[plan.by];
            break;
        default:
            break;
        }
        stampRecorded(e);
        return e;
    }

    void stampRecorded(StoredEvent &e) const
    {
        if (m_options.recordedUntil == kNoInstant)
            return;
        const Instant delay = Instant((quint64(e.at) * 2654435761u) % 1800u);
        e.recordedAt = std::min(e.at + delay, m_options.recordedUntil);
        e.recordedBy = e.by;
    }

    void fillSubject(const Plan &plan, StoredEvent &e) const
    {
        const SubjectPlan &s = m_subjects[plan.subject];
        const SubjectKind kind = kindOf(plan.subject);
        e.subject = handle(plan.subject);
        e.kind = m_kindNames[int(kind)];
        switch (kind) {
        case SubjectKind::Mcn:
            e.name = SyntheticCorpus::mcnName(s.nameBits);
            e.attrs = m_mcnAttrs[s.attrs];
            break;
        case SubjectKind::Brand:
            e.name = SyntheticCorpus::brandName(s.nameBits);
            e.attrs = m_brandAttrs[s.category];
            break;
        case SubjectKind::Creator:
            e.name = SyntheticCorpus::creatorName(s.nameBits, s.category);
            e.attrs = m_creatorAttrPrefix[s.category] + QByteArray::number(s.followers) + '}';
            break;
        }
    }

    const GeneratorOptions &m_options;
    const QVector<SyntheticGenerator::CodeMix> *m_codes;
    Random m_random;
    Staff m_staff;
    int m_counts[kSubjectKindCount] = {};
    int m_first[kSubjectKindCount] = {};
    Instant m_start = 0;
    Instant m_end = 0;

    std::vector<Plan> m_plans;
    quint32 m_order = 0;
    std::vector<SubjectPlan> m_subjects;
    std::vector<McnViolation> m_mcnViolations;
    WeightedPick m_kindCodes[kSubjectKindCount];
    std::vector<WeightedPick> m_creatorCodes;
    quint32 m_violationCount = 0;

    // Emission state: ids are numbered in time order, so v-0000001 is the earliest violation.
    std::vector<quint32> m_violationNumber;
    std::vector<quint32> m_appealNumber; // by violation ordinal: one appeal per violation at most (R-L3)
    quint32 m_violationsEmitted = 0;
    quint32 m_appealsEmitted = 0;
    QString m_kindNames[kSubjectKindCount];
    QStringList m_userNames;
    QStringList m_sources, m_severities, m_depositActions, m_certificationActions, m_contractActions, m_outcomes;
    QByteArray m_mcnAttrs[12];
    QVector<QByteArray> m_brandAttrs;
    QVector<QByteArray> m_creatorAttrPrefix;
};

double codeWeight(const QString &code)
{
    for (const auto &entry : kCodeWeights) {
        if (code == QLatin1String(entry.first))
            return entry.second;
    }
    return kUnknownCodeWeight;
}

} // namespace

SyntheticGenerator::SyntheticGenerator(const Policy &policy, GeneratorOptions options) : m_options(options)
{
    for (int kind = 0; kind < kSubjectKindCount; ++kind) {
        for (const ViolationCode &code : policy.scale(SubjectKind(kind)).codes) {
            CodeMix mix;
            mix.code = code.id;
            mix.minPoints = code.minPoints;
            mix.maxPoints = code.maxPoints;
            mix.weight = codeWeight(code.id);
            mix.evidence = SyntheticCorpus::evidence(code.id);
            m_codes[kind].append(mix);
        }
    }
}

qint64 SyntheticGenerator::run(const std::function<bool(const StoredEvent &)> &sink,
                               const std::function<void(qint64, qint64)> &progress) const
{
    Planner planner(m_options, m_codes);
    planner.plan();
    return planner.emitEvents(sink, progress);
}

} // namespace redline
