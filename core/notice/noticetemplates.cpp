#include "noticetemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <optional>

namespace redline {

namespace {

std::optional<QString> &folderOverride()
{
    static std::optional<QString> folder;
    return folder;
}

QHash<QString, QString> stringMap(const QJsonObject &object)
{
    QHash<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

bool readUtf8(const QString &path, QString *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *out = QString::fromUtf8(file.readAll());
    return true;
}

} // namespace

const QStringList &NoticeTemplates::ids()
{
    static const QStringList list{QStringLiteral("violation"),          QStringLiteral("appeal_upheld"),
                                  QStringLiteral("appeal_overturned"),  QStringLiteral("sanction_end"),
                                  QStringLiteral("mcn_advance_notice"), QStringLiteral("mcn_revenue_frozen"),
                                  QStringLiteral("brand_ban")};
    return list;
}

const QStringList &NoticeTemplates::languages()
{
    static const QStringList list{QStringLiteral("zh_CN"), QStringLiteral("en")};
    return list;
}

QString NoticeTemplates::platformLanguage()
{
    return QStringLiteral("zh_CN");
}

Permission NoticeTemplates::sentBy(const QString &id)
{
    if (id.startsWith(QLatin1String("appeal_")))
        return Permission::DecideAppeal;
    if (id == QLatin1String("brand_ban"))
        return Permission::BanBrand;
    return Permission::RecordViolation; // violation, the R-M6 notices, sanction_end
}

QString NoticeTemplates::overrideFolder()
{
    if (folderOverride())
        return *folderOverride();
    const QString fromEnvironment = qEnvironmentVariable("REDLINE_NOTICES_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return config.isEmpty() ? QString() : config + QStringLiteral("/redline/notices");
}

void NoticeTemplates::setOverrideFolder(const QString &folder)
{
    folderOverride() = folder;
}

QString NoticeTemplates::resolve(const QString &language, const QString &fileName)
{
    const QString folder = overrideFolder();
    if (!folder.isEmpty()) {
        const QString path = QDir(folder).filePath(language + QLatin1Char('/') + fileName);
        if (QFileInfo::exists(path))
            return path;
    }
    return QStringLiteral(":/notices/") + language + QLatin1Char('/') + fileName;
}

bool NoticeTemplates::text(const QString &id, const QString &language, QString *out, StoreError *error,
                           QString *origin)
{
    if (!isKnown(id))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("no notice template \"%1\" (one of %2)").arg(id, ids().join(QLatin1String(", "))));
    if (!languages().contains(language))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("notice language \"%1\" is not one of %2").arg(language, languages().join(QLatin1String(", "))));
    const QString path = resolve(language, id + QStringLiteral(".txt"));
    if (!readUtf8(path, out))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("notice template %1 (%2): cannot read %3").arg(id, language, path));
    if (origin)
        *origin = path;
    return true;
}

bool NoticeTemplates::words(const QString &language, NoticeWords *out, StoreError *error)
{
    const QString path = resolve(language, QStringLiteral("names.json"));
    QString text;
    if (!readUtf8(path, &text))
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("notice words (%1): cannot read %2").arg(language, path));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isObject())
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("notice words (%1): %2 is not a JSON object (%3)").arg(language, path, parseError.errorString()));
    const QJsonObject root = doc.object();
    out->codes = stringMap(root.value(QStringLiteral("codes")).toObject());
    out->sanctions = stringMap(root.value(QStringLiteral("sanctions")).toObject());
    out->words = stringMap(root.value(QStringLiteral("words")).toObject());
    return true;
}

} // namespace redline
