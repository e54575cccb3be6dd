#include "syntheticcorpus.h"

#include <QHash>

namespace redline {

namespace {

QStringList split(const char *words) { return QString::fromUtf8(words).split(QLatin1Char('|')); }

const QString &pick(const QStringList &list, quint32 bits) { return list.at(static_cast<int>(bits % list.size())); }

} // namespace

const QVector<SyntheticCorpus::User> &SyntheticCorpus::users()
{
    static const QVector<User> users = [] {
        QVector<User> out;
        const auto add = [&out](const char *names, const char *role) {
            for (const QString &name : split(names))
                out.append(User{name, QString::fromLatin1(role)});
        };
        add("mod.li|mod.wang|mod.zhang|mod.liu|mod.chen|mod.yang|mod.huang|mod.zhou|mod.wu|mod.xu|mod.sun|mod.ma"
            "|mod.emma|mod.jason",
            "moderator");
        add("smod.gao|smod.lin|smod.he", "senior_moderator");
        add("comp.zhao|comp.qian|fin.zhao|fin.he", "compliance");
        add("pol.tang|pol.grace|admin", "policy_admin");
        add("viewer", "viewer");
        return out;
    }();
    return users;
}

const QStringList &SyntheticCorpus::creatorCategories()
{
    static const QStringList list = split("beauty|fashion|food|travel|medical_aesthetics|education|parenting|tech");
    return list;
}

const QStringList &SyntheticCorpus::brandCategories()
{
    static const QStringList list =
        split("cosmetics|skincare|apparel|food|electronics|home|mother_baby|education|health");
    return list;
}

QString SyntheticCorpus::mcnName(quint32 bits)
{
    static const QStringList zhFirst =
        split("星河|蔚蓝|银河|青柠|鲸鱼|极光|晨曦|山海|橙子|木棉|蓝鲸|繁星|锦鲤|云上|拾光|南风|远山|微光|森屿|长歌");
    static const QStringList zhSecond = split("传媒|文化|文化传媒|网络科技|互娱|影业|数字营销|娱乐");
    static const QStringList enFirst =
        split("Lumen|Nova|Cedar|Harbor|Maple|Orbit|Bamboo|Jade|Lotus|Summit|Velvet|Echo");
    static const QStringList enSecond = split("Studio|Media|Collective|Agency|Creative|Network");
    if (bits % 10 < 7)
        return pick(zhFirst, bits >> 4) + pick(zhSecond, bits >> 12);
    return pick(enFirst, bits >> 4) + QLatin1Char(' ') + pick(enSecond, bits >> 12);
}

QString SyntheticCorpus::brandName(quint32 bits)
{
    static const QStringList zhFirst = split("花|素|植|悦|初|谷|森|云|茶|鹿|禾|沐|柚|若|澜|栖");
    static const QStringList zhSecond = split("研|颜|肌|语|集|舍|屿|境|坊|记|社|物");
    static const QStringList zhSuffix = split("||旗舰店|官方店|生活馆|实验室");
    static const QStringList enFirst =
        split("Aurora|Bloom|Pure|Northwind|Kinfolk|Meadow|Lune|Solstice|Amber|Willow|Coral|Tidal|Fable|Oak");
    static const QStringList enSecond = split("Beauty|Labs|Home|Foods|Tech|& Co|Botanics|Wear");
    if (bits % 10 < 6)
        return pick(zhFirst, bits >> 4) + pick(zhSecond, bits >> 10) + pick(zhSuffix, bits >> 16);
    return pick(enFirst, bits >> 4) + QLatin1Char(' ') + pick(enSecond, bits >> 10);
}

QString SyntheticCorpus::creatorName(quint32 bits, int category)
{
    static const QStringList zhBase = split("小林|阿敏|桃子|橙子|小鹿|大壮|木子|糖糖|一一|安安|小雨|阿哲|乐乐|七七|米粒|豆豆"
                                            "|小满|阿杰|晴天|西西|小鱼|团子|柚子|阿宁");
    static const QStringList zhGeneric = split("的日常|呀|的小世界|Vlog|的生活碎片");
    // By creatorCategories() order.
    static const QStringList zhByCategory = split("的美妆日记|穿搭|爱吃|在路上|医美笔记|老师|妈妈|聊数码");
    static const QStringList enFirst = split("Mia|Leo|Emma|Lucas|Chloe|Ryan|Grace|Ethan|Ivy|Jason|Luna|Kevin|Iris"
                                             "|Daniel|Coco|Alex|Yuki|Nina|Max|Ella");
    static const QStringList enLast = split("Chen|Wang|Li|Zhang|Liu|Lin|Huang|Zhao|Wu|Zhou|Tang|Xu");
    static const QStringList enByCategory =
        split("Beauty Lab|Style Notes|Eats|Travels|Skin Clinic Diary|Study Room|Mom Life|Tech Talk");
    const quint32 style = bits % 20;
    if (style < 7)
        return pick(zhBase, bits >> 5) + pick(zhGeneric, bits >> 11);
    if (style < 13) {
        const QString &base = pick(zhBase, bits >> 5);
        return style == 7 ? QStringLiteral("是") + base + QStringLiteral("呀") : base + zhByCategory.at(category);
    }
    if (style < 18)
        return pick(enFirst, bits >> 5) + QLatin1Char(' ') + pick(enLast, bits >> 11);
    return pick(enFirst, bits >> 5) + QLatin1Char(' ') + enByCategory.at(category);
}

QStringList SyntheticCorpus::evidence(const QString &code)
{
    static const QHash<QString, QStringList> byCode{
        {QStringLiteral("creator.unreported_ad"),
         split("笔记含商品推广但未通过蒲公英报备|Paid promotion for a skincare brand without a 蒲公英 order"
               "|视频口播品牌合作，未标注也未报备|Sponsored haul posted as an organic note")},
        {QStringLiteral("creator.diversion"),
         split("评论区留言：加vx lily_2023 领取资料|笔记图片含个人二维码，引导扫码加群"
               "|Bio says: DM me for the link, 私我领券|正文出现手机号 138 0013 8000，引导私下交易")},
        {QStringLiteral("creator.three_no_product"),
         split("测评产品无厂名、无厂址、无生产日期（三无）|Reviewed a serum with no manufacturer or batch label"
               "|推荐的保健品包装无任何标识")},
        {QStringLiteral("creator.verified_report"),
         split("用户举报经核实：笔记内容与实物严重不符|Verified user report: misleading before/after photos"
               "|多名用户举报夸大宣传，经核实成立")},
        {QStringLiteral("creator.plagiarism"),
         split("搬运他人视频，查重相似度 47%|Reposted another creator's photos without credit (duplication 62%)"
               "|文案与原作重复率超过 30%")},
        {QStringLiteral("creator.celebrity_likeness"),
         split("未经授权使用明星肖像做封面|Used film clips without a licence in a promotion|封面 P 图冒用艺人形象带货")},
        {QStringLiteral("creator.unlicensed_medical"),
         split("无资质宣称“无痛隆鼻，一次见效”|Claims the cream cures acne; no medical licence on file"
               "|推荐医美项目并声称可治疗黄褐斑")},
        {QStringLiteral("creator.false_promise"),
         split("宣称“保过签证，不过全额退款”|Course promises 年薪百万 after 30 days|Guaranteed visa service advertised in the note")},
        {QStringLiteral("creator.absolute_claim"),
         split("文案出现“最有效”“全网第一”|Caption says 'best ever, absolutely safe'|宣称产品“绝对安全，100%有效”")},
        {QStringLiteral("creator.sensitive_content"),
         split("炫富内容：晒豪车名表引流|Clickbait title unrelated to the content|标题党：以虚假事件博取流量")},
        {QStringLiteral("creator.data_fraud"),
         split("检测到异常点赞：24 小时内 3 万赞来自同一设备群|Purchased followers detected (bot cluster)"
               "|刷量：收藏数与阅读数严重不符")},
        {QStringLiteral("creator.engagement_imbalance"),
         split("粉丝 12 万，近 30 天篇均互动不足 10|Follower count far above interaction level, verified"
               "|粉丝与互动比例异常，经复核成立")},
        {QStringLiteral("brand.unauthorized_promotion"),
         split("发现水下笔记：品牌私下投放 KOC，未走蒲公英|Undisclosed paid notes placed outside the official platform"
               "|通过中介批量投放未报备的种草笔记")},
        {QStringLiteral("brand.fake_ugc"),
         split("批量注册虚假消费者账号发布好评|Paid intermediaries posted fake user reviews|虚假 UGC：同一团伙控制 200+ 账号")},
        {QStringLiteral("mcn.inauthentic_recommendation"),
         split("旗下达人集中发布未经体验的推荐笔记|Agency scripted fake first-hand reviews for a client"
               "|统一文案批量推荐同一产品")},
        {QStringLiteral("mcn.fabricated_engagement"),
         split("机构为旗下账号刷赞刷评|Fabricated engagement across the agency's accounts|检测到机构批量购买互动数据")},
        {QStringLiteral("mcn.brand_contract_dispute"),
         split("品牌方投诉：合作笔记未按约发布|Brand dispute: deliverables not posted as contracted"
               "|与品牌结算纠纷，经核实机构违约")},
        {QStringLiteral("mcn.unfair_competition"),
         split("恶意挖角其他机构签约达人|Smear campaign against a competing agency|诋毁竞争机构，扰乱市场秩序")},
        {QStringLiteral("mcn.reputation_damage"),
         split("组织达人发布损害平台声誉的内容|Coordinated posts misrepresenting platform policy|散布不实信息，损害平台声誉")},
        {QStringLiteral("mcn.creator_agreement_violation"),
         split("拖欠旗下达人佣金超过 60 天|Withheld creator revenue share in breach of contract|单方面修改达人合约条款")},
    };
    return byCode.value(code, split("违规内容经审核确认|Violation confirmed on review"));
}

const QStringList &SyntheticCorpus::appealReasons()
{
    static const QStringList list = split(
        "内容为个人真实体验，非商业推广|The link was to our own official store|系统误判，相关内容已删除"
        "|This was a licensed clinic; the licence is attached|账号被盗期间发布，非本人操作|已与品牌完成报备，附合同截图"
        "|The duplication check matched my own earlier post");
    return list;
}

const QStringList &SyntheticCorpus::decisionReasons(bool overturned)
{
    static const QStringList upheld =
        split("复核后维持原判|Evidence confirms the violation; upheld|申诉材料不足以推翻原判");
    static const QStringList overturnedReasons =
        split("复核发现误判，撤销处罚|Appeal accepted: the report was not substantiated|报备记录核实无误，撤销违规");
    return overturned ? overturnedReasons : upheld;
}

const QStringList &SyntheticCorpus::deductionReasons()
{
    static const QStringList list =
        split("违约金：旗下达人导流至站外|Liquidated damages: undisclosed paid promotion|违约金：虚假互动数据");
    return list;
}

} // namespace redline
