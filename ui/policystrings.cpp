#include "policystrings.h"

#include <QtGlobal>

namespace redline {

namespace {

const char *const kDefaultPolicyTexts[] = {
    QT_TRANSLATE_NOOP("Policy", "Warning"),
    QT_TRANSLATE_NOOP("Policy", "Violation publicly disclosed"),
    QT_TRANSLATE_NOOP("Policy", "Security deposit increased"),
    QT_TRANSLATE_NOOP("Policy", "Marketing platform access lost"),
    QT_TRANSLATE_NOOP("Policy", "Affiliated creators' visibility reduced"),
    QT_TRANSLATE_NOOP("Policy", "Revenue frozen"),
    QT_TRANSLATE_NOOP("Policy", "Creators may terminate contracts"),
    QT_TRANSLATE_NOOP("Policy", "Monetization disabled"),
    QT_TRANSLATE_NOOP("Policy", "Removed from the platform"),
    QT_TRANSLATE_NOOP("Policy", "Revenue withdrawal restricted (uncertified)"),
    QT_TRANSLATE_NOOP("Policy", "Commercial features limited (uncertified)"),
    QT_TRANSLATE_NOOP("Policy", "Alternative payment channel; may leave the MCN without penalty"),
    QT_TRANSLATE_NOOP("Policy", "Search appearance reduced"),
    QT_TRANSLATE_NOOP("Policy", "Public and recommended traffic reduced"),
    QT_TRANSLATE_NOOP("Policy", "Account suspended"),
    QT_TRANSLATE_NOOP("Policy", "Banned"),
    QT_TRANSLATE_NOOP("Policy", "Note throttled"),
    QT_TRANSLATE_NOOP("Policy", "Traffic throttled"),
    QT_TRANSLATE_NOOP("Policy", "Muted"),
    QT_TRANSLATE_NOOP("Policy", "Product collaboration closed"),
    QT_TRANSLATE_NOOP("Policy", "Withdrawals frozen"),
    QT_TRANSLATE_NOOP("Policy", "Permanently banned"),
    QT_TRANSLATE_NOOP("Policy", "Associated devices banned"),
    QT_TRANSLATE_NOOP("Policy", "Note removed"),
    QT_TRANSLATE_NOOP("Policy", "Downranked"),
    QT_TRANSLATE_NOOP("Policy", "Account weight reduced by history"),
    QT_TRANSLATE_NOOP("Policy", "Recommended more (health index 80 or above)"),
    QT_TRANSLATE_NOOP("Policy", "Excluded from creator support programs"),
    QT_TRANSLATE_NOOP("Policy", "Brand orders restricted"),
    QT_TRANSLATE_NOOP("Policy", "Traffic throttled (health index below 60)"),
    QT_TRANSLATE_NOOP("Policy", "Regulated-topic notes throttled (no qualification on file)"),
    QT_TRANSLATE_NOOP("Policy", "Inauthentic product recommendations"),
    QT_TRANSLATE_NOOP("Policy", "Fabricated engagement metrics"),
    QT_TRANSLATE_NOOP("Policy", "Contract disputes with brands"),
    QT_TRANSLATE_NOOP("Policy", "Unfair competitive practices"),
    QT_TRANSLATE_NOOP("Policy", "Platform reputation damage"),
    QT_TRANSLATE_NOOP("Policy", "Violations of creator agreements"),
    QT_TRANSLATE_NOOP("Policy", "Unauthorised commercial promotion (水下笔记, not via 蒲公英)"),
    QT_TRANSLATE_NOOP("Policy", "Fake user-generated content: fake consumer accounts or paid intermediaries"),
    QT_TRANSLATE_NOOP("Policy", "Paid promotion not reported through 蒲公英"),
    QT_TRANSLATE_NOOP("Policy", "导流: WeChat, phone, QR code, link or 私我/求链接/私我领券"),
    QT_TRANSLATE_NOOP("Policy", "Review of unlabelled (三无) products"),
    QT_TRANSLATE_NOOP("Policy", "A user report, verified"),
    QT_TRANSLATE_NOOP("Policy", "Reposting others' work, duplication above 30%"),
    QT_TRANSLATE_NOOP("Policy", "Unauthorised celebrity likeness or film clips"),
    QT_TRANSLATE_NOOP("Policy", "Medical or cosmetic-medical claims without a licence"),
    QT_TRANSLATE_NOOP("Policy", "Education false promises (保过签证, 年薪百万)"),
    QT_TRANSLATE_NOOP("Policy", "Absolute claims (最有效, 彻底根治, 绝对安全)"),
    QT_TRANSLATE_NOOP("Policy", "Flaunting wealth, clickbait"),
    QT_TRANSLATE_NOOP("Policy", "Bought likes or followers"),
    QT_TRANSLATE_NOOP("Policy", "Followers/interaction imbalance, verified"),
};

} // namespace

QStringList PolicyStrings::defaultPolicyTexts()
{
    QStringList texts;
    for (const char *text : kDefaultPolicyTexts)
        texts << QString::fromUtf8(text);
    return texts;
}

} // namespace redline
