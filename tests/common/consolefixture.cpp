#include "consolefixture.h"

#include "actions/actions.h"
#include "actions/authenticator.h"
#include "base/identity.h"
#include "io/eventjson.h"
#include "store/write/eventsink.h"

#include <QTemporaryDir>

namespace redline {

namespace {

// Recorded when it happened, unless the line says otherwise or happens later than the store's now.
void recordAsItHappened(StoredEvent *event, Instant now)
{
    if (event->recordedAt != kNoInstant || event->at > now)
        return;
    event->recordedAt = event->at;
    if (event->recordedBy.isEmpty())
        event->recordedBy = Identity::isValid(event->by) ? event->by : QStringLiteral("fixture");
}

} // namespace

const Instant ConsoleFixture::kConsoleNow = *parseInstant(QStringLiteral("2025-02-10T10:00:00Z"));

QStringList ConsoleFixture::ledger(int generated)
{
    QStringList lines{
        R"({"type":"user","name":"mod.li","role":"moderator","at":"2025-01-01"})",
        R"({"type":"user","name":"mod.wang","role":"moderator","at":"2025-01-01"})",
        R"({"type":"user","name":"fin.zhao","role":"compliance","at":"2025-01-01"})",
        R"({"type":"user","name":"smod.gao","role":"senior_moderator","at":"2025-01-01"})",
        R"({"type":"user","name":"admin","role":"policy_admin","at":"2025-01-01"})",
        R"({"type":"subject","handle":"mcn-starriver","kind":"mcn","name":"星河传媒","at":"2025-01-01","attrs":{"region":"mainland","company":"limited","registered_mcn":true}})",
        R"({"type":"subject","handle":"mcn-lumen","kind":"mcn","name":"Lumen Media","at":"2025-01-01","attrs":{"region":"hk","company":"limited","registered_mcn":true}})",
        R"({"type":"subject","handle":"brand-huaxi","kind":"brand","name":"花溪","at":"2025-01-01"})",
        R"({"type":"subject","handle":"brand-oak","kind":"brand","name":"Oak & Co","at":"2025-01-01"})",
        R"({"type":"subject","handle":"crt-lin","kind":"creator","name":"林小美","at":"2025-01-01"})",
        R"({"type":"subject","handle":"crt-linda","kind":"creator","name":"Linda Lin","at":"2025-01-01"})",
        R"({"type":"subject","handle":"crt-wang","kind":"creator","name":"王大锤","at":"2025-01-01"})",
        R"({"type":"subject","handle":"crt-pct","kind":"creator","name":"100% Real_Deal","at":"2025-01-01"})",
        R"({"type":"deposit","subject":"mcn-starriver","action":"pay","amount":20000,"at":"2025-01-02","by":"fin.zhao"})",
        R"({"type":"contract","subject":"crt-lin","mcn":"mcn-starriver","action":"start","at":"2025-01-05"})",
        R"({"type":"contract","subject":"crt-wang","mcn":"mcn-starriver","action":"start","at":"2025-01-05"})",
        R"({"type":"contract","subject":"crt-linda","mcn":"mcn-lumen","action":"start","at":"2025-01-05"})",
    };
    for (int i = 0; i < generated; ++i) {
        lines << QStringLiteral(R"({"type":"subject","handle":"crt-g%1","kind":"creator","name":"Creator %1","at":"2025-01-01"})")
                     .arg(i, 4, 10, QLatin1Char('0'));
    }
    lines += {
        R"({"type":"violation","id":"v-1","subject":"crt-lin","code":"creator.plagiarism","at":"2025-02-01","by":"mod.li","source":"user_report","evidence":"搬运他人笔记"})",
        R"({"type":"violation","id":"v-2","subject":"crt-wang","code":"creator.unlicensed_medical","at":"2025-02-02","by":"mod.li","source":"algorithm","evidence":"彻底根治"})",
        R"({"type":"violation","id":"v-3","subject":"mcn-starriver","code":"mcn.reputation_damage","at":"2025-02-03","by":"mod.li","source":"human_review","evidence":"smear campaign"})",
        R"({"type":"violation","id":"v-4","subject":"mcn-starriver","code":"mcn.fabricated_engagement","at":"2025-02-04","by":"mod.wang","source":"algorithm","evidence":"bought likes"})",
        R"({"type":"violation","id":"v-5","subject":"brand-huaxi","code":"brand.unauthorized_promotion","at":"2025-02-05","by":"mod.li","source":"user_report","evidence":"水下笔记"})",
        R"({"type":"violation","id":"v-6","subject":"brand-oak","code":"brand.fake_ugc","at":"2025-02-06","by":"mod.wang","source":"human_review","evidence":"paid fake reviews"})",
        R"({"type":"appeal","id":"a-1","violation":"v-1","at":"2025-02-03","by":"crt-lin","reason":"原创内容"})",
    };
    // Every 50th generated creator gets an unreported ad (2 points): scores 98 among the 100s.
    for (int i = 0; i < generated; i += 50) {
        lines << QStringLiteral(R"({"type":"violation","id":"v-g%1","subject":"crt-g%1","code":"creator.unreported_ad","at":"2025-02-07","by":"mod.li","source":"algorithm"})")
                     .arg(i, 4, 10, QLatin1Char('0'));
    }
    return lines;
}

std::unique_ptr<Store> ConsoleFixture::create(const QTemporaryDir &dir, int generated, const QString &actor)
{
    StoreOptions options;
    options.now = kConsoleNow;
    options.actor = actor;
    StoreError error;
    std::unique_ptr<Store> store = Store::create(dir.filePath(QStringLiteral("console.redline")), options, &error);
    if (!store)
        qFatal("create: %s", qPrintable(error.message));
    WriteRequest request;
    request.action = QStringLiteral("import");
    request.detail.insert(QStringLiteral("source"), QStringLiteral("console fixture"));
    const bool written = store->write(request, [&](EventSink &sink, StoreError *e) {
        for (const QString &line : ledger(generated)) {
            StoredEvent event;
            QString parseError;
            if (!EventJson::parse(line.toUtf8(), &event, &parseError))
                qFatal("%s: %s", qPrintable(line), qPrintable(parseError));
            recordAsItHappened(&event, kConsoleNow);
            if (!sink.append(std::move(event), e))
                qFatal("%s: %s", qPrintable(line), qPrintable(e->message));
        }
        return true;
    }, &error);
    if (!written)
        qFatal("write: %s", qPrintable(error.message));
    return store;
}

void ConsoleFixture::append(Store &store, const QString &jsonLine)
{
    StoredEvent e;
    QString parseError;
    StoreError error;
    if (!EventJson::parse(jsonLine.toUtf8(), &e, &parseError))
        qFatal("%s: %s", qPrintable(jsonLine), qPrintable(parseError));
    recordAsItHappened(&e, store.now());
    if (!store.append(e, &error))
        qFatal("%s: %s", qPrintable(jsonLine), qPrintable(error.message));
}

void ConsoleFixture::secure(Store &store, const QString &admin, const QStringList &users, const QString &password)
{
    StoreError error;
    const Session open = Authenticator::initialSession(store, &error);
    if (!open.isOpen())
        qFatal("secure: the store is not open");
    if (!Actions(store, open).setPassword(admin, password, &error))
        qFatal("password of %s: %s", qPrintable(admin), qPrintable(error.message));
    const std::optional<Session> signedIn = Authenticator::signIn(store, admin, password, &error);
    if (!signedIn)
        qFatal("sign-in of %s: %s", qPrintable(admin), qPrintable(error.message));
    for (const QString &user : users) {
        if (!Actions(store, *signedIn).setPassword(user, password, &error))
            qFatal("password of %s: %s", qPrintable(user), qPrintable(error.message));
    }
}

} // namespace redline
