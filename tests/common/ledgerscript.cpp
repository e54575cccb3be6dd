#include "ledgerscript.h"

#include <QtTest>

using namespace redline;

LedgerScript::LedgerScript(const Policy &policy, SubjectKind kind, const QStringList &lines)
{
    subject.handle = QStringLiteral("subject");
    subject.kind = kind;
    subject.registeredAt = instant(QStringLiteral("2025-01-01"));
    subject.registeredMcn = true;
    subject.region = QStringLiteral("mainland");
    subject.company = QStringLiteral("limited");
    for (const QString &line : lines)
        addLine(policy, line);
}

Instant LedgerScript::instant(const QString &text)
{
    const auto parsed = parseInstant(text);
    if (!parsed)
        qFatal("bad instant in test script: %s", qPrintable(text));
    return *parsed;
}

int LedgerScript::violationIndex(const QString &id) const
{
    for (int i = 0; i < ledger.size(); ++i) {
        if (ledger[i].type == LedgerEventType::Violation && ledger[i].id == id)
            return i;
    }
    qFatal("unknown violation in test script: %s", qPrintable(id));
    return -1;
}

void LedgerScript::addLine(const Policy &policy, const QString &line)
{
    const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString &verb = w.at(0);
    LedgerEvent e;
    e.seq = ledger.size() + 1;
    if (verb == QLatin1String("reg")) {
        subject.registeredAt = instant(w.at(1));
        return;
    }
    if (verb == QLatin1String("attr")) {
        for (int i = 1; i < w.size(); ++i) {
            const QStringList kv = w[i].split(QLatin1Char('='));
            if (kv[0] == QLatin1String("region"))
                subject.region = kv[1];
            else if (kv[0] == QLatin1String("company"))
                subject.company = kv[1];
            else if (kv[0] == QLatin1String("registered_mcn"))
                subject.registeredMcn = kv[1] == QLatin1String("true");
        }
        return;
    }
    if (verb == QLatin1String("frozen")) {
        AffiliateFreeze f{w.at(1), {{instant(w.at(2)), w.size() > 3 ? instant(w.at(3)) : kNoInstant}}};
        affiliates.append(f);
        return;
    }
    if (verb == QLatin1String("v")) {
        e.type = LedgerEventType::Violation;
        e.id = w.at(1);
        e.code = policy.scale(subject.kind).codeIndex(w.at(2));
        if (e.code < 0)
            qFatal("unknown code in test script: %s", qPrintable(w.at(2)));
        e.at = instant(w.at(3));
        for (int i = 4; i < w.size(); ++i) {
            if (w[i] == QLatin1String("severe"))
                e.severe = true;
            else if (w[i].startsWith(QLatin1String("points=")))
                e.points = w[i].mid(7).toInt();
        }
    } else if (verb == QLatin1String("appeal")) {
        e.type = LedgerEventType::Appeal;
        e.id = w.at(1);
        e.target = violationIndex(w.at(2));
        e.at = instant(w.at(3));
    } else if (verb == QLatin1String("over") || verb == QLatin1String("uphold")) {
        e.type = LedgerEventType::Decision;
        e.overturned = verb == QLatin1String("over");
        e.target = violationIndex(w.at(1));
        e.at = instant(w.at(2));
    } else if (verb == QLatin1String("retract")) {
        e.type = LedgerEventType::Retraction;
        e.target = violationIndex(w.at(1));
        e.at = instant(w.at(2));
    } else if (verb == QLatin1String("ban")) {
        e.type = LedgerEventType::Ban;
        e.at = instant(w.at(1));
    } else if (verb == QLatin1String("exam")) {
        e.type = LedgerEventType::Exam;
        e.at = instant(w.at(1));
    } else if (verb == QLatin1String("pay") || verb == QLatin1String("deduct") || verb == QLatin1String("refund")) {
        e.type = LedgerEventType::Deposit;
        e.action = static_cast<quint8>(verb == QLatin1String("pay")      ? DepositAction::Pay
                                       : verb == QLatin1String("deduct") ? DepositAction::Deduct
                                                                         : DepositAction::Refund);
        e.amount = w.at(1).toLongLong();
        e.at = instant(w.at(2));
    } else if (verb == QLatin1String("grant") || verb == QLatin1String("revoke")) {
        e.type = LedgerEventType::Certification;
        e.action = static_cast<quint8>(verb == QLatin1String("grant") ? CertificationAction::Grant
                                                                      : CertificationAction::Revoke);
        e.at = instant(w.at(1));
    } else if (verb == QLatin1String("contract") || verb == QLatin1String("endcontract")) {
        e.type = LedgerEventType::Contract;
        e.action = static_cast<quint8>(verb == QLatin1String("contract") ? ContractAction::Start : ContractAction::End);
        e.counterparty = w.at(1);
        e.at = instant(w.at(2));
    } else {
        qFatal("unknown verb in test script: %s", qPrintable(verb));
    }
    ledger.append(e);
}

Replay LedgerScript::replay(const Policy &policy, const QString &at) const
{
    return ScoreEngine(policy).replay(subject, ledger, instant(at), affiliates);
}

QStringList LedgerScript::describeSanctions(const QVector<Sanction> &sanctions)
{
    QStringList out;
    for (const Sanction &s : sanctions) {
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(s.id, formatInstant(s.from), s.permanent() ? QStringLiteral("permanent") : formatInstant(s.until),
                        s.violation)
                   .trimmed();
    }
    return out;
}

QStringList LedgerScript::describePoints(const Timeline &timeline)
{
    QStringList out;
    for (const ScorePoint &p : timeline.points)
        out << QStringLiteral("%1 %2 %3 %4").arg(formatInstant(p.at)).arg(p.score).arg(pointCauseName(p.cause), p.ref).trimmed();
    return out;
}

QStringList LedgerScript::describeCrossings(const Timeline &timeline)
{
    QStringList out;
    for (const Crossing &c : timeline.crossings)
        out << QStringLiteral("%1 %2 %3").arg(formatInstant(c.at)).arg(c.threshold).arg(c.down ? QStringLiteral("down") : QStringLiteral("up"));
    return out;
}
