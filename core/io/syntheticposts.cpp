#include "syntheticposts.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>
#include <random>
#include <vector>

namespace redline {

namespace {

// Our own draws on mt19937_64 (the standard distributions differ between libraries).
class Draw
{
public:
    explicit Draw(quint64 seed) : m_engine(seed ^ 0x9e3779b97f4a7c15ULL) {}
    quint64 below(quint64 n) { return n == 0 ? 0 : m_engine() % n; }
    bool chance(double p) { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0) < p; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(qsizetype(below(quint64(list.size())))); }

private:
    std::mt19937_64 m_engine;
};

QString creatorHandle(quint64 index)
{
    return QStringLiteral("crt-%1").arg(index + 1, 7, 10, QLatin1Char('0'));
}

const QStringList &titles()
{
    static const QStringList words{
        QStringLiteral("🔥平价好物｜学生党闭眼入"),   QStringLiteral("周末探店｜这家咖啡真的绝了"),
        QStringLiteral("干皮救星！秋冬护肤分享"),       QStringLiteral("一人食晚餐记录 🍜"),
        QStringLiteral("通勤穿搭｜一周不重样"),         QStringLiteral("考研上岸经验贴"),
        QStringLiteral("新手妈妈的育儿日常"),           QStringLiteral("Weekend in Hangzhou ✨"),
        QStringLiteral("My skincare routine (honest review)"), QStringLiteral("租房改造｜500元焕新出租屋"),
    };
    return words;
}

} // namespace

const QStringList &SyntheticPosts::cleanTexts()
{
    static const QStringList texts{
        QStringLiteral("今天去了西湖边的小店，拿铁很顺滑，环境安静适合看书。"),
        QStringLiteral("分享一下这周的通勤穿搭，基础款叠穿，颜色不超过三种。"),
        QStringLiteral("宝宝这两天睡得很好，记录一下我们的睡前流程：洗澡、讲故事、关灯。"),
        QStringLiteral("这款面霜我用了一个月，保湿不错，但是有点油，混油皮慎入。"),
        QStringLiteral("考研复习时间表：早上英语，下午专业课，晚上整理错题。"),
        QStringLiteral("Tried the new noodle place downtown, broth was rich and the portions were generous."),
        QStringLiteral("My honest take on this serum after four weeks: mild, no breakouts, a little sticky."),
        QStringLiteral("出租屋改造清单：地毯、挂画、落地灯，一共花了四百多。"),
        QStringLiteral("周末和朋友爬山，下山吃了一顿火锅，很满足。"),
        QStringLiteral("Packing list for a three-day trip: two pairs of shoes, one jacket, lots of snacks."),
    };
    return texts;
}

const QStringList &SyntheticPosts::hardNegativeTexts()
{
    static const QStringList texts{
        QStringLiteral("订单号 20250301123456 已发货，物流三天到，包装完好。"),
        QStringLiteral("这本书 ISBN 978-7-02-000220-3，推荐给喜欢推理小说的朋友。"),
        QStringLiteral("第一次做红烧肉，火候没掌握好，下次再试。"),
        QStringLiteral("这个人太自私我真的受不了，分享一下我的吐槽。"),
        QStringLiteral("价格 ¥1,299，活动价 ¥999，2025-03-08 截止。"),
        QStringLiteral("在微信读书上看完了这本，笔记都在下面。"),
        QStringLiteral("餐厅扫码点餐很方便，桌上的二维码就能下单。"),
        QStringLiteral("This is not the best serum ever, but it is decent for the price."),
        QStringLiteral("医美有风险，术前一定要了解可能的并发症，不要盲目跟风。"),
        QStringLiteral("我不敢说根治，只是缓解了一些，大家理性看待。"),
    };
    return texts;
}

const QStringList &SyntheticPosts::evasionTexts()
{
    static const QStringList texts{
        QStringLiteral("想要同款的加我 138 0013 8000 领券"),
        QStringLiteral("联系方式：１３９００１３８０００，备注小红薯"),
        QStringLiteral("电话 一三八 零零一三 八零零零，私聊发链接"),
        QStringLiteral("V信 abc_12345，看主页有惊喜"),
        QStringLiteral("需要的姐妹私*我，私我领券～"),
        QStringLiteral("扫二维码进群，每天分享优惠"),
        QStringLiteral("这是全网最有效的祛痘产品，绝对安全无副作用"),
        QStringLiteral("彻底根治脱发，三天见效"),
        QStringLiteral("报我们的班保过签证，毕业年薪百万不是梦"),
        QStringLiteral("100% guaranteed results, the best cream in the world"),
        QStringLiteral("DM me for the link, add me on wechat: lily_2025"),
        QStringLiteral("这个方子能治愈糖尿病，停药也没问题"),
    };
    return texts;
}

SyntheticPosts::SyntheticPosts(const GeneratorOptions &options, qint64 posts)
    : m_options(options)
    , m_posts(std::max<qint64>(0, posts))
{
}

qint64 SyntheticPosts::defaultCount(int creators)
{
    return std::max(0, creators) / 2;
}

namespace {

StoredEvent reportOf(const StoredEvent &post, bool undisclosedAd, Instant end, Draw &draw)
{
    struct Complaint {
        const char *code;
        const char *reason;
    };
    static const Complaint complaints[] = {
        {"creator.unreported_ad", "paid promotion posted as a personal diary (水下笔记)"},
        {"creator.diversion", "asks readers to add a private WeChat to buy"},
        {"creator.false_promise", "promises results the product cannot give"},
        {"creator.plagiarism", "copied my note word for word"},
        {"", "misleading, please check"},
    };
    const Complaint &c = undisclosedAd ? complaints[0] : complaints[draw.below(std::size(complaints))];
    StoredEvent r;
    r.type = EventType::Report;
    r.subject = post.subject;
    r.at = std::min(end, post.at + Instant(3600 + draw.below(3 * 86400))); // never after the span
    r.code = QString::fromLatin1(c.code);
    r.text = QString::fromUtf8(c.reason);
    r.attrs = QJsonDocument(QJsonObject{{QStringLiteral("post"), post.id}}).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace

qint64 SyntheticPosts::run(const std::function<bool(const StoredEvent &)> &sink) const
{
    const int creators = std::max(0, m_options.creators);
    if (creators == 0 || m_posts == 0)
        return 0;
    Draw draw(m_options.seed);
    const Instant start = m_options.start;
    const Instant end = std::max(m_options.end, start + days(30));
    qint64 emitted = 0;
    const auto stamp = [&](StoredEvent &e) {
        if (m_options.recordedUntil != kNoInstant) {
            e.recordedAt = std::min(e.at + Instant(draw.below(1800)), m_options.recordedUntil);
            e.recordedBy = e.by.isEmpty() ? QStringLiteral("mod.li") : e.by;
        }
    };
    // R-H1: one creator in twenty holds a medical or an education qualification from the span's start.
    std::vector<QString> qualified(static_cast<size_t>(creators));
    for (int c = 0; c < creators; ++c) {
        if (!draw.chance(0.05))
            continue;
        StoredEvent q;
        q.type = EventType::Qualification;
        q.subject = creatorHandle(quint64(c));
        q.code = draw.chance(0.6) ? QStringLiteral("medical") : QStringLiteral("education");
        q.action = QStringLiteral("grant");
        q.text = QStringLiteral("doc-%1").arg(c + 1);
        q.by = QStringLiteral("comp.qian");
        q.at = start;
        qualified[size_t(c)] = q.code;
        stamp(q);
        if (!sink(q))
            return emitted;
        ++emitted;
    }
    std::vector<Instant> ats(static_cast<size_t>(m_posts));
    for (Instant &at : ats)
        at = start + Instant(draw.below(quint64(end - start)));
    std::sort(ats.begin(), ats.end());
    for (qint64 i = 0; i < m_posts; ++i) {
        StoredEvent p;
        p.type = EventType::Post;
        p.id = QStringLiteral("p-%1").arg(i + 1, 8, 10, QLatin1Char('0'));
        const quint64 creator = draw.below(quint64(creators));
        p.subject = creatorHandle(creator);
        p.at = ats[size_t(i)];
        p.name = draw.pick(titles());
        const quint64 family = draw.below(100);
        p.text = family < 65 ? draw.pick(cleanTexts()) : family < 78 ? draw.pick(hardNegativeTexts()) : draw.pick(evasionTexts());
        QJsonObject attrs{{QStringLiteral("commercial"), draw.chance(0.25)}};
        attrs.insert(QStringLiteral("reported"), attrs.value(QStringLiteral("commercial")).toBool() && draw.chance(0.8));
        const QString &held = qualified[size_t(creator)];
        if (!held.isEmpty() && draw.chance(0.7))
            attrs.insert(QStringLiteral("topic"), held);
        else if (draw.chance(0.04))
            attrs.insert(QStringLiteral("topic"), draw.chance(0.6) ? QStringLiteral("medical") : QStringLiteral("education"));
        attrs.insert(QStringLiteral("media"), draw.chance(0.3) ? QStringLiteral("video") : QStringLiteral("image"));
        p.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
        p.code = QStringLiteral("lifestyle");
        stamp(p);
        if (!sink(p))
            return emitted;
        ++emitted;
        // One post in forty draws a verified user report a few hours later (the triage queue's second
        // source): an undisclosed commercial post as a 水下笔记, the others for what readers complain of.
        if (draw.chance(0.025)) {
            StoredEvent r = reportOf(p, family < 65 && attrs.value(QStringLiteral("commercial")).toBool(), end, draw);
            r.id = QStringLiteral("r-%1").arg(i + 1, 8, 10, QLatin1Char('0'));
            stamp(r);
            if (!sink(r))
                return emitted;
            ++emitted;
        }
    }
    return emitted;
}

} // namespace redline
