#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace redline {

// The words of the synthetic store (docs/contracts.md "generate"): Chinese and English names for agencies, brands, creators and
// console users, and evidence and reasons in both languages. Pure data; which word is used is decided by
// the generator's random bits, so the same bits always give the same text.
class SyntheticCorpus
{
public:
    struct User {
        QString name;
        QString role; // moderator, senior_moderator, compliance, policy
    };

    static const QVector<User> &users();
    static const QStringList &creatorCategories(); // beauty, fashion, food, travel, medical_aesthetics, ...
    static const QStringList &brandCategories();

    static QString mcnName(quint32 bits);
    static QString brandName(quint32 bits);
    static QString creatorName(quint32 bits, int category);

    // Evidence for a violation code; a generic pair for a code the corpus does not know (an edited policy).
    static QStringList evidence(const QString &code);
    static const QStringList &appealReasons();
    static const QStringList &decisionReasons(bool overturned);
    static const QStringList &deductionReasons();
};

} // namespace redline
