#pragma once

#include "base/storedevent.h"

#include <QStringList>

namespace redline {

// The closed word lists of the event fields (DESIGN.md "JSON Lines events"). The store keeps each word as
// its index in these lists; action indices match DepositAction, CertificationAction and ContractAction so
// the ledger reader hands them to the engine unchanged.
class EventVocabulary
{
public:
    // The StoredEvent members a type uses; the rest stay empty (normalised away before storing).
    enum class Field {
        Subject, Id, Ref, By, Kind, Name, Code, Points, Severity, Source, Action, Outcome, Counterparty,
        Campaign, Amount, Text, Attrs,
    };
    static bool uses(EventType type, Field field);
    // Clears the members the type does not use.
    static void keepUsedFields(StoredEvent &event);

    static const QStringList &severities();           // normal, severe
    static const QStringList &sources();              // algorithm, human_review, user_report
    static const QStringList &outcomes();             // upheld, overturned
    static const QStringList &actions(EventType type); // deposit, certification, qualification, contract, triage, removal; empty otherwise
    // The triage actions' indices in actions(EventType::Triage).
    enum TriageAction { Claim, Release, Dismiss, Confirm };
    // The removal actions' indices in actions(EventType::Removal).
    enum RemovalAction { Remove, Restore };
    // A post's topic (and a qualification's domain: the regulated topics, R-H1) and its media.
    static const QStringList &postTopics();           // medical, education
    static const QStringList &postMedia();            // image, video

    // The JSON field that holds a StoredEvent member for a type (DESIGN.md's names), so that a message
    // about a field names it as the line spells it.
    static QString subjectField(EventType type);      // handle (subject), subject otherwise
    static QString refField(EventType type);          // violation (appeal, retraction), appeal (decision)
    static QString textField(EventType type);         // evidence, reason, text or document
    static QString codeField(EventType type);         // template (notice), category (post), domain (qualification), item (triage), post (removal), code otherwise
    static QString kindField(EventType type);         // kind (subject), role (user)
    static QString attrsField(EventType type);        // attrs (subject), values (metrics)
    static QString counterpartyField() { return QStringLiteral("mcn"); }
    // The one id a type keeps in its attrs object, under this key, spelt so on the line: a report's post,
    // a triage confirmation's violation; empty for the other types.
    static QString linkField(EventType type);

    // -1 when the word is not in the list.
    static int indexOf(const QStringList &words, const QString &word) { return words.indexOf(word); }
    static QString wordAt(const QStringList &words, int index)
    {
        return index >= 0 && index < words.size() ? words.at(index) : QString();
    }
};

} // namespace redline
