<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionPreview</name>
    <message>
        <source>an MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field subject: no subject &quot;%1&quot; in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: no %2 &quot;%3&quot; in the ledger of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field action: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field type: a %1 event has no consequences to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field code: &quot;%1&quot; is not a violation code for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field points: %1 is outside the range %2..%3 of %4 (R-L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>not signed in: to %1 in this store, sign in as a user whose role allows it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not permitted: %1 is %2 and may not %3 (needs %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: no %1 &quot;%2&quot; in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name &quot;%1&quot; is not valid (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 already exists (change a role with `user role`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in: importing into this store needs a signed-in user whose role may take every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in: this store now has passwords; sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy name &quot;%1&quot; is not valid (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy version named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealQuery</name>
    <message>
        <source>read the appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the pending appeals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>append to the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: audit log row %2 (%3 by %4 at %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: audit log row %2 is missing (the next row is %3): a row was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chain is broken: its previous-row hash does not match row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the row was edited: its hash does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the audit log ends at row %2 but its recorded head is another row: the last rows were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: covers ledger events %2..%3 where %4 was expected next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ledger event %2 is missing: it was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ledger events %2..%3 do not match what was recorded: an event was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ledger events %2..%3 are not in the audit log: they were added outside Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored policy is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored policy is not the one the audit log recorded: it was changed outside Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the audit log before writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was written (run `redline-cli verify` for the details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log&apos;s last row %1 is not its recorded head: rows were deleted or edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log is empty but has a recorded head: its rows were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger events %1..%2 recorded in the audit log are missing: they were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger events %1..%2 are not in the audit log: they were added outside Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored policy is not the one the audit log recorded: it was changed outside Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: policy version %2 is not the one the audit log recorded: it was changed outside Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the policy versions do not match the audit log: they were changed outside Redline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>%1 paid %2 into %3&apos;s deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deducted %2 from %3&apos;s deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunded %2 of %3&apos;s deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disabled user %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set user %2&apos;s role to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded %2 (%3, −%4) on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overturned appeal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upheld appeal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filed appeal %2 against %3 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retracted violation %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded a passed exam for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 granted %2 its certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked %2&apos;s certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started %2&apos;s contract with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended %2&apos;s contract with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added a note on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 banned brand %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded content-health metrics for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started campaign %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded a %2 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created the store with policy %2 version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaced the policy with %2 version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set the password of user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: import of %n event(s) from %2</source>
        <translation>
            <numerusform>%1: import of %n event from %2</numerusform>
            <numerusform>%1: import of %n events from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n synthetic event(s) generated (seed %2)</source>
        <translation>
            <numerusform>%1: %n synthetic event generated (seed %2)</numerusform>
            <numerusform>%1: %n synthetic events generated (seed %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) written (%2)</source>
        <translation>
            <numerusform>%1: %n event written (%2)</numerusform>
            <numerusform>%1: %n events written (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added user %2 as %3, with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added user %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enabled user %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent notice %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n notice(s) sent</source>
        <translation>
            <numerusform>%1; %n notice sent</numerusform>
            <numerusform>%1; %n notices sent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added policy version %2 (%3 version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activated policy version %2 from %3 (backdated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activated policy version %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded %2 (%3, −%4) on %5, confirming triage item %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded user report %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed triage item %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 released triage item %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dismissed triage item %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed post %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored post %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 undid campaign %2 as %3: %n event(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 applied campaign %2 &quot;%3&quot;: %n event(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>unknown user or wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password library could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password has at most 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkReplayer</name>
    <message>
        <source>count the subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the store for the replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ledger kept changing while the replay began; try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>append to the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: opened read-only; cannot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append outside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 clashed but was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit outside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field recorded_at: %1 is later than now (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignCsvExporter</name>
    <message>
        <source>no campaign %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignListSelection</name>
    <message>
        <source>A campaign selects posts in one triage state: choose Open, Claimed, Confirmed or Dismissed to act on all shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignQuery</name>
    <message>
        <source>list the campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count subjects per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the ban of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignReportPdf</name>
    <message>
        <source>Special governance campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · applied by %2 on %3 UTC · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · undone by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · undoes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acts on posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acts on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts punished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certifications revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brands banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 violations recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notices sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posts restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events in the ledger, each linked to the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 affected subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected subjects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign wrote no event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the campaign did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (the CSV export lists every event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redline · every figure is counted from the ledger events linked to campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <source>at: %1 is after now (%2); a campaign is applied now or dated in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select: the selection matches nothing; nothing to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaign %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the undo of %2; an undo is not undone (apply the campaign again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already undone by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo of campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 left nothing an undo can reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already retracted or overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 is no longer removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ban is permanent (R-B2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case note stays on the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: %1 is already an id in the store; give the campaign a new id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignSelectionQuery</name>
    <message>
        <source>select the campaign&apos;s targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no post %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subject %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignSpecLoader</name>
    <message>
        <source>%1 is not an instant (YYYY-MM-DD or ISO 8601 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a selection of %1 has this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (mcn, brand, creator or post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a violation code for %2 in the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the range %2..%3 of %4 (R-L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of revoke_certification, remove_posts, ban, violation, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acts on %2, and the selection is of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a note needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign spec is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a campaign has a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a campaign says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: which subjects or posts the campaign acts on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileData</name>
    <message>
        <source>permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while the score is below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until an overturn lifts the score to %1 (R-M2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until certified (R-M5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 (R-C4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty-free exit until %1 (R-M6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted on %1 (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned on appeal %1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld on appeal %1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 pending since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force; deducts from %1 (R-M5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) (explicit)</source>
        <translation>
            <numerusform>%n point (explicit)</numerusform>
            <numerusform>%n points (explicit)</numerusform>
        </translation>
    </message>
    <message>
        <source>Appeal %1 filed against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 decided: overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 decided: upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 retracted (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community-norms exam passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points: within the cooldown after the last exam that counted (R-C3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit deducted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit refunded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial certification granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial certification revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator %1 signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with MCN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left MCN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned (R-B2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned in campaign %1 (R-B2, R-S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-L5 recovery clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-B1 suspension served in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fell below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1 or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-L6 threshold crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator-protection notice: score %1 within reach of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-M6 advance notice to affiliated creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction: %1 (permanent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction: %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction ended early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction served: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its violation %1 was voided (R-L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing left to deduct, R-T6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backdated: happened %1, recorded %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This brand is suspected of false marketing; content related to it will not be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage: %1 claimed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage: %1 released by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage: %1 dismissed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage: %1 confirmed by %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationChecklist</name>
    <message>
        <source>Registered as an MCN on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered as an MCN on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a mainland China company (region: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sole proprietorship does not qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland China company (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 (%2) on %3 is within the last %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 in the last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit ¥%1 covers the required ¥%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit ¥%1 is short of the required ¥%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overseas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint-stock company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company type not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mainland China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sole proprietorship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value (usage: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for %2 (usage: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument (usage: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1 (usage: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source> (run redline-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDLINE_NOW: &quot;%1&quot; is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1 (run redline-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store is read-only; cannot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created Redline store %1 (schema version %2, policy %3 v%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 events from %2 (%3 already in the store)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3
at %4
score %5 / %6
restrictions: %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNTIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIOLATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAUSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): score history
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold crossings
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of mcn, brand, creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--below: &quot;%1&quot; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTRICTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)
</source>
        <translation>
            <numerusform>%n subject
</numerusform>
            <numerusform>%n subjects
</numerusform>
        </translation>
    </message>
    <message>
        <source>What-if at %1: %2 -&gt; %3, %4 subjects, %5 change standing, %6 change score

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEAN BEFORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEAN AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTRICTIONS GAINED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTRICTIONS LOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1 is intact (integrity, audit chain, %2 events, state cache of %3 subjects)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of jsonl, csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated event %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 events (%2 MCNs, %3 brands, %4 creators, seed %5) into %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan needs either TEXT or --file F (usage: scan [--json] (TEXT | --file F))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no findings
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user: &quot;%1&quot; is not a valid user name (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in: no password for %1 (set REDLINE_PASSWORD or run on a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new password for %1 (set REDLINE_NEW_PASSWORD or run on a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not permitted: only %1 or a policy_admin may set %1&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user command %1 (add, role, passwd, disable, enable, list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: %2 done
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin: &quot;%1&quot; is not a valid user name (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin %1: no password (set REDLINE_PASSWORD or run on a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)
</source>
        <translation>
            <numerusform>%n notice
</numerusform>
            <numerusform>%n notices
</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: the extension must be .pdf or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 report of %2 as of %3 to %4 (%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay needs --with POLICY.json or a policy version&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy command %1 (list, show, add, activate, diff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFFECTIVE FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (backdated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy version named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy add needs --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy version %1 added (%2 version %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy activate needs --at T (the instant from which it is in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy version %1 in force from %2 (backdated: recorded %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy version %1 in force from %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)
</source>
        <translation>
            <numerusform>%n difference
</numerusform>
            <numerusform>%n differences
</numerusform>
        </translation>
    </message>
    <message>
        <source>policy version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no policy version of that name, and no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUGGESTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)
</source>
        <translation>
            <numerusform>%n finding
</numerusform>
            <numerusform>%n findings
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: content health index %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown triage command %1 (claim, release, dismiss, confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: triage %1 ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: triage [--state S] [--oldest] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is not one of todo, open, claimed, mine, confirmed, dismissed, all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 claimed, %3 confirmed, %4 dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; oldest open item from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage dismiss: --reason is required (why the item is not a violation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item: no post or report %1 in the triage queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage confirm: item %1 suggests no code; give one with --code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--points: &quot;%1&quot; is not a whole number of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed %1: recorded %2 (%3) on %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown campaign command %1 (preview, apply, list, report, undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: campaign list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: campaign %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the campaign spec: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 &quot;%2&quot; applied: %3 event(s) written, %4 notice(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 &quot;%2&quot; previewed at %3: nothing written
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoes campaign %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target(s), %2 subject(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 acted on, %3 refused, %4 left as they are
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CROSSES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANCTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSTS REMOVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNTS PUNISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERTS REVOKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRANDS BANNED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDONE BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undoes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaign %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report of campaign %1 to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 &quot;%2&quot; by %3 at %4
reason: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone by campaign %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts handled %1, removed %2, restored %3
accounts punished %4 (%5 violations), retractions %6
certifications revoked %7, granted %8
brands banned %9
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes %1, notices %2, events %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: redline-cli [--db FILE] [--user NAME] [--policy FILE] COMMAND
  init [--admin NAME]                   create an empty store (with its first policy_admin)
  import FILE|-                         append JSON Lines events (atomic; exit 2 on bad input)
  score HANDLE [--at T] [--known-at T] [--json]   state of one subject at T (default: now)
  history HANDLE [--from T] [--to T] [--known-at T] [--json]
  list [--kind K] [--below N] [--restriction ID] [--json]
  replay --with POLICY.json|NAME [--at T] [--json]   what-if against the store&apos;s policy
  verify                                integrity + audit chain (exit 0 ok, 3 damaged)
  export [--format jsonl|csv] [--out FILE]
  generate --mcns N --brands N --creators N --violations N [--posts N] [--seed S]
  scan [--json] (TEXT | --file F)
  policy [--json]                       print the policy in force as JSON
  policy list [--json] | policy show NAME | policy diff A B [--json]   policy versions
  policy add FILE --name NAME [--note TEXT] | policy activate NAME --at T
  report HANDLE [--at T] --out FILE.pdf|FILE.csv   a subject&apos;s compliance report
  user add NAME --role ROLE | user role NAME ROLE | user passwd NAME
  user disable NAME | user enable NAME | user list [--json]
  notices [--subject H] [--template ID] [--json]   notices sent, newest first
  findings [--subject H] [--json]       findings on posts (R-S1, R-H1), newest post first
  health HANDLE [--at T] [--json]       a creator&apos;s content health index (R-H1)
  triage [--state S] [--oldest] [--limit N] [--json]   the triage queue (S: todo, open, claimed,
                                        mine, confirmed, dismissed, all; default todo), newest first
  triage claim|release ITEM | triage dismiss ITEM --reason TEXT
  triage confirm ITEM [--code C] [--points N] [--severity S] [--evidence TEXT]
  campaign preview|apply SPEC.json [--json]   a special-governance campaign (R-S3)
  campaign list [--json] | campaign report ID [--json] [--out FILE.csv|FILE.pdf]
  campaign undo ID [--preview] [--json]
  copy --from SRC --to DST [--json]     copy a whole store into a new one; SRC, DST: a store file
                                        or postgresql://USER@HOST[:PORT]/DB (docs/teamstore.md)
Exit codes: 0 ok, 1 internal error, 2 bad input or usage, 3 integrity failure,
4 not signed in or not permitted.
Writes to a store with passwords need --user NAME; the password comes from REDLINE_PASSWORD or a
prompt (a new one from REDLINE_NEW_PASSWORD). REDLINE_NOW=T fixes the current instant.
A store you may not write (the file or its folder) opens read-only: reads work, writes exit 2.
--version prints the version. Messages follow LANG (zh_CN has a translation); results do not.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy needs %1 (usage: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (claim lapsed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user %1: the team store %2 signed you in as %3; connect as %1 to act as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a team store is made by copying a store into it (redline-cli copy --from FILE --to URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a team store&apos;s passwords are the server&apos;s; set one with psql&apos;s \password %2 or ALTER ROLE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>%1 version %2 · SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an override, not the stored policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified: integrity checks, the hash-chained audit log and the state cache are intact (%n event(s)).</source>
        <translation>
            <numerusform>Verified: integrity checks, the hash-chained audit log and the state cache are intact (%n event).</numerusform>
            <numerusform>Verified: integrity checks, the hash-chained audit log and the state cache are intact (%n events).</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a report is written as .pdf or .csv (the extension says which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardStats</name>
    <message>
        <source>read the dashboard figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventJson</name>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string such as &quot;2025-03-01&quot; or &quot;2025-03-01T08:00:00Z&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number of yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 yuan, the largest amount (whole yuan, exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventReader</name>
    <message>
        <source>read the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no ledger event %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventValidator</name>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid handle (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid user name (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number of yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of mcn, brand, creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a %3 event applies to %4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a violation code for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the range %2..%3 of %4 (R-L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 %2 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the id of %2, not of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not an MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaign %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1 already exists with different content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists with different content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the id of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appeal is dated before its violation %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an appeal (%2); one appeal per violation (R-L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision is dated before its appeal %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded the violation under appeal %2 and cannot decide it (R-L4 four-eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retraction is dated before its violation %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already retracted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of ¥%2 exceeds the deposit balance ¥%3 at %4 (R-M3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund refused: appeal %1 is pending (R-M3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund refused: violation %1 on %2 is within the last %3 days (R-M3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certification to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification refused: %1 (%2, R-M4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already contracted to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contract with %2 in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no ledger event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid name (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 yuan, the largest amount (whole yuan, exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1, who recorded %2, may retract it; anyone else files an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paying ¥%1 would take the deposit balance ¥%2 over ¥%3, the largest balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a field of a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a notice may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a post may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a title may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no post %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 is %2&apos;s, not %3&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no post or report %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is %2&apos;s, not %3&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step is dated before its item %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a confirmation names a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no violation %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation %1 is %2&apos;s, not %3&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation %1 was recorded by %2; a confirmation names the violation its moderator recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removal is dated before its post %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 was already removed by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 is not removed; there is nothing to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a field of a campaign (spec, targets, undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already decided on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingQuery</name>
    <message>
        <source>read the findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsWriter</name>
    <message>
        <source>write the findings of posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthHistoryQuery</name>
    <message>
        <source>read the content health history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a creator; the content health index is a creator&apos;s (R-H1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthQuery</name>
    <message>
        <source>read the content health inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a creator; the content health index is a creator&apos;s (R-H1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthRulesLoader</name>
    <message>
        <source>unknown indicator &apos;%1&apos; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must differ from good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; (the dimensions are %2, in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 dimensions (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights add up to %1, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of at_or_above and below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be within 0..100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown restriction id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this system knows (an IANA id such as Asia/Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must differ from teen_quiet_from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Originality: duplicate rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information density: notes with references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionalism: regulated-topic notes with qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial share of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad disclosure: commercial notes reported via 蒲公英</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导流 (diversion) findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive-content findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute-claim findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified user reports (window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid-interaction share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the creator&apos;s notes duplicating others&apos; work (metrics only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of science and medical notes that cite references (metrics only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated-topic (medical, education) notes posted with the qualification in force / all regulated-topic notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial notes / all notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial notes reported through 蒲公英 / commercial notes; the rest are 水下笔记.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner findings of 导流 (WeChat, phone, QR code, links) per 100 notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner findings of sensitive content per 100 notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner findings of absolute claims (最有效, 绝对安全) per 100 notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified user reports in the policy&apos;s window ending at the instant, not retracted or overturned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of interactions judged invalid (metrics only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of video views watched to the end (metrics only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median likes per note / (followers / 50) (metrics only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per 100 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the latest metrics snapshot at or before the instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the store&apos;s posts, their findings and the verified reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a metrics snapshot nor the store gives this value; it does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>missing required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonlExporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonlImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerReader</name>
    <message>
        <source>read the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no subject %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LexiconLoader</name>
    <message>
        <source>lexicon: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;patterns&quot;[%1]: invalid regular expression (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be a lower-case identifier (a-z, 0-9, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;category&quot; must be a lower-case identifier (a-z, 0-9, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;phrase&quot;, &quot;regex&quot; or &quot;digits&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot; differs from the rule&apos;s earlier category &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;luhn&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;suppressed_by&quot; names &quot;%1&quot;, which is not another rule of the lexicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not one of the lexicon&apos;s &quot;contexts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;contexts&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a context&apos;s name must be a lower-case identifier (a-z, 0-9, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;before&quot; or &quot;after&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scope&quot; must be &quot;clause&quot; or &quot;sentence&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeCsvExporter</name>
    <message>
        <source>cannot write the notices: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePlanner</name>
    <message>
        <source>no subject &quot;%1&quot; to notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice template %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice template %1 (%2, %3) renders an empty notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field appeal: no appeal &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanction %1 of %2 is permanent: it has no end to notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeQuery</name>
    <message>
        <source>index the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the creators of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <source>line %1: unknown placeholder {%2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeTemplates</name>
    <message>
        <source>no notice template &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice language &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice template %1 (%2): cannot read %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice words (%1): cannot read %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice words (%1): %2 is not a JSON object (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add page %1 to the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionMatrix</name>
    <message>
        <source>record violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retract violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record content-health metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay, deduct or refund deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant or revoke certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start or end contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ban brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate synthetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import any event (a history load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim, dismiss or confirm triage items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove or restore posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>%1: out of memory connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen for the team&apos;s writes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgCopyEndpoint</name>
    <message>
        <source>read the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock the store for the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the store is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store is not empty (table %2 has rows); copy writes only into a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the key sequence of table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the tables for the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index the copied tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgCopyText</name>
    <message>
        <source>%1: a row has %2 values, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: not a hex bytea</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>the PostgreSQL schema is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the Redline schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Redline store (no Redline schema in this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a store at schema version %2; this Redline reads version %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation publicly disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security deposit increased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing platform access lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliated creators&apos; visibility reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators may terminate contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetization disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue withdrawal restricted (uncertified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial features limited (uncertified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative payment channel; may leave the MCN without penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search appearance reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public and recommended traffic reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product collaboration closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanently banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated devices banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account weight reduced by history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inauthentic product recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabricated engagement metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract disputes with brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfair competitive practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform reputation damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations of creator agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorised commercial promotion (水下笔记, not via 蒲公英)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake user-generated content: fake consumer accounts or paid intermediaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid promotion not reported through 蒲公英</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导流: WeChat, phone, QR code, link or 私我/求链接/私我领券</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of unlabelled (三无) products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user report, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reposting others&apos; work, duplication above 30%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorised celebrity likeness or film clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical or cosmetic-medical claims without a licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education false promises (保过签证, 年薪百万)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute claims (最有效, 彻底根治, 绝对安全)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flaunting wealth, clickbait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought likes or followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers/interaction imbalance, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended more (health index 80 or above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from creator support programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand orders restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic throttled (health index below 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated-topic notes throttled (no qualification on file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyComparePdf</name>
    <message>
        <source>Policy comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in force  vs.  %2 proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every subject&apos;s history replayed as of %1 UTC under both policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subjects replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change band (MCNs, brands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change ladder level (creators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the two policies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the proposed policy equals the policy in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects per tier: in force (grey) and proposed (orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, mean score %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 subjects that change most, of %2 that change standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects that change standing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject changes tier, ladder level or restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redline policy lab · what-if replay: nothing in the store was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy comparison: %1 vs. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDiff</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (permanent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDiffView</name>
    <message>
        <source>Differences from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two policies are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ.</source>
        <translation>
            <numerusform>%n setting differ.</numerusform>
            <numerusform>%n settings differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the policy in force…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a policy from a JSON file; a file the loader refuses changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the edits and show the policy as it was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving drafts is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing: %1 (%2 v%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid. Edited: not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid. No edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the edited policy to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the history under the edited policy and compare it with the policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the edited policy as a named draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyFields</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integers separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction ids separated by commas; the policy defines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>MCN rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scale does not recover with time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bands on this scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension and reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special-governance ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Row %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum count in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also applies to a violation recorded as severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooldown (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first of the code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…from the nth in force, ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit (R-M3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increased (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet days before a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification (R-M4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fabricated-engagement code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookback (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition (R-M5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator protection (R-M6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice margin (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators&apos; restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit grace (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim expiry (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim lapses this many hours after it was made (1 to 720); the item is then open to anyone again, its former holder included. Nothing is written when it lapses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyLabPage</name>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison of a candidate policy with the policy in force appears here: press &quot;Compare with the policy in force…&quot; in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyLoader</name>
    <message>
        <source>%1 is outside the scale: must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the scale&apos;s span: must be between 0 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be less than the previous value %1 (strictly descending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than the previous value %1 (strictly ascending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown restriction id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be less than max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code &apos;%1&apos; must be &apos;%2.&apos; followed by lowercase letters and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is greater than max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the code&apos;s range [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown condition &apos;%1&apos; (expected always, first_of_code or nth_in_force_ever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only allowed with &quot;when&quot;: &quot;nth_in_force_ever&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least the required deposit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a code of the mcn scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UTC instant (expected YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a threshold of the mcn scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the allowed range: must be between 1 and %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyPathLabels</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction label · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restriction bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1 · below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1 · restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1 · restriction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset to after suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance ban sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance ban days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder row %1 · level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder row %1 · minimum count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder row %1 · applies to severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder row %1 · sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder row %1 · sanction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder row %1 · sanction %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam cooldown (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history weight restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history weight (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery blocked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · code id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · lowest points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · highest points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sanction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sanction %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sanction %2 condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sanction %2 from the nth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit · required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit · increased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit · increase restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit · quiet days before a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification · fabricated-engagement code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification · lookback (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition · effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition · grace (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition · withdrawal restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition · withdrawal restricted after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition · commercial restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition · commercial features limited after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator protection · critical thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator protection · critical threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator protection · notice margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator protection · trigger restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator protection · creators&apos; restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator protection · exit grace (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage · claim expiry (hours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicySchedule</name>
    <message>
        <source>no policy is in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 drops the code %2 that %3 defines; a version may add codes, not remove them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <source>MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community-norms exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturn gives points back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraction gives points back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset after suspension served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teen mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical aesthetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosmetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skincare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother and baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>attribute: value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction (liquidated damages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clamped to the range of a new policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diversion (导流)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulated topic without qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teen mode, quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (claim lapsed, was %1&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyVersions</name>
    <message>
        <source>read the policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the policy activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored policy version %2 is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the policy versions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the activation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyVersionsPanel</name>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · effective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · backdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a copy of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate this version again from another instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected version in force from an instant you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backdated: every state from %1 on is recomputed under this policy, including what was already shown to subjects. The activation is audited and marked as backdated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States from %1 on are computed under this policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as an MCN on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland-China company, not a sole proprietorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentic content and interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security deposit paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction (liquidated damages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filed %2, pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filed %2, upheld %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filed %2, overturned %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCN compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ladder level L%2 (R-C1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 · banned (R-B2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned in special governance: content related to this brand is not displayed (R-B2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the platform (R-M2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified (R-M4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified (R-M4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid, %2 required (R-M3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliated creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1 (R-C1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the window (R-C1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MCN contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty-free exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 (R-M6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special-governance ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned (R-B2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded, %2 in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification checklist (R-M4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Certified; %n requirement(s) unmet now.</source>
        <translation>
            <numerusform>Certified; %n requirement unmet now.</numerusform>
            <numerusform>Certified; %n requirements unmet now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not certified; %n requirement(s) unmet.</source>
        <translation>
            <numerusform>Not certified; %n requirement unmet.</numerusform>
            <numerusform>Not certified; %n requirements unmet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deposit ledger (R-M3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1; required %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (increased while the score is low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deposit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · backdated</source>
        <comment>a violation recorded later than it happened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s), newest first; %1 in force.</source>
        <translation>
            <numerusform>%n violation, newest first; %1 in force.</numerusform>
            <numerusform>%n violations, newest first; %1 in force.</numerusform>
        </translation>
    </message>
    <message>
        <source>No violations recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early (violation voided); was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active, %2 past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sanctions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliated creators (R-M6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) contracted now, lowest credit score first; %1 with active restrictions.</source>
        <translation>
            <numerusform>%n creator contracted now, lowest credit score first; %1 with active restrictions.</numerusform>
            <numerusform>%n creators contracted now, lowest credit score first; %1 with active restrictions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No creators are contracted to this MCN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator-protection notices (R-M6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each notice went to every creator contracted then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advance notices were due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every audit row naming this subject, newest first; the chain&apos;s verification closes the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit row names this subject alone (its events came in a load of many subjects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time, with the sanctions below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time, with the scale&apos;s thresholds, each crossing and the sanctions below it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the store for the report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of %1 was not written:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already a Redline store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not empty and not a Redline store; refusing to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a SQLite database but not a Redline store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file, not a Redline store (create one with `init`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: store schema version %2 is newer than this Redline supports (%3); use a newer Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the old backup %2 before migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the store before migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the store to %1 before migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate the store to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a bulk write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish a bulk write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index the ledger by subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index the state cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no migration to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot build the expected schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store&apos;s %2 %3 is missing: it was dropped outside Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store&apos;s %2 %3 differs from this schema version&apos;s: it was altered outside Redline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: not a SQLite database, so not a Redline store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2) while %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store is read-only; cannot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store is busy (locked by another process) while %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full while %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteCopyEndpoint</name>
    <message>
        <source>open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a store at schema version %2, and copy reads version %3: open it once for writing with this Redline to migrate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exists and is not empty; copy writes only into a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: table %2: a row is refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the copy into place from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteRowCodec</name>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a real number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row %2: column %3 holds %4, which this schema does not store there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1: &quot;%2&quot; in column %3 is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateCache</name>
    <message>
        <source>update the state cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the state cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such store (create one with `redline-cli --db %1 init`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store needs a migration to schema version %2; open it writable once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQLite driver gave no handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the stored policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored policy is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored policy is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the store&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild the state cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no subject %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: opened read-only; cannot rebuild the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the state in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store has no state table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy version named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot activate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <source>--from and --to name the same store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreVerifier</name>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SQLite integrity check failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database&apos;s references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 row %3 refers to a missing %4 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached %1 %2, a fresh replay gives %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the state cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: subject %2 has no row in the state cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: state cache of subject %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the triage queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the triage queue has no row for ledger item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the triage queue&apos;s row for ledger item %2 does not match the item&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectEvents</name>
    <message>
        <source>read the subject&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectQuery</name>
    <message>
        <source>index the subject tables for sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the subject list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the subject list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectSearchIndex</name>
    <message>
        <source>index subject names for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Export rows shown as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this list&apos;s visible columns and every row of its current filter and sort to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading every row of the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading every row of the list… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>read the team store&apos;s revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the working copy&apos;s revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the working copy&apos;s revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catch up with the team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the working copy of %2 records no revision; remove it and open the team store again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catch up with removed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a removal names table %2, which keeps every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catch up with table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a write on the team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for the team&apos;s write lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the write for the team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the write&apos;s changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the write to the team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a write was committed that had not begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit the write on the team store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>read the team store&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the working copy&apos;s revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot put the working copy in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make the folder for working copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the server who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>the built-in lexicon is missing from the resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageQuery</name>
    <message>
        <source>read the triage queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1, %2 at %3-%4: &quot;%5&quot; (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1, %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageStatus</name>
    <message>
        <source>dated before the item&apos;s last step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already confirmed by %1 on %2 (violation %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already dismissed by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by %1 since %2; only they can release, dismiss or confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds it (claimed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody holds it, so there is nothing to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s claim made on %2 lapsed on %3; nobody holds it, so there is nothing to release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageWriter</name>
    <message>
        <source>update the triage queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationQuery</name>
    <message>
        <source>read violation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a new id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose new ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfReplay</name>
    <message>
        <source>open the store for the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no subject %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteGate</name>
    <message>
        <source>%1 or %2</source>
        <comment>the roles that may take an action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 (Session &gt; Sign in…): it needs the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 you need the role %2; you are signed in as %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only (for an audit, or because you may not write the file or its folder): you cannot %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server signed you in as %1, who is not an enabled user of this team store: you cannot %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redline governance console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case file of HANDLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file (create a store with File &gt; New store or `redline-cli --db %1 init`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page: unknown page %1 (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subject: no subject %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store read-only, for an audit: nothing can be written. A store you may not write (the file or its folder) always opens read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselect NAME in the sign-in dialog (on a store without passwords: act as NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show page NAME: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the case file&apos;s tab whose title starts with TITLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the current instant T (UTC, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ); the REDLINE_NOW environment variable does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window at WxH pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store FILE (offers to create one when there is none), or connect to the team store at a URL postgresql://USER@HOST/DB (postgresql://USER@/DB?host=/socket/dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-only: a team store&apos;s server decides what you may write; connecting normally</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::ActionHistory</name>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo recording of violation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo in the console of violation %1, recorded in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No violation %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned on appeal %1: the appeal decided it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appealed it (%2): the appeal decides it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an action of this session that can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded violation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone (retracted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed appeal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone here: the appeal is the subject&apos;s, and a senior moderator decides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided appeal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: decisions are final (R-L3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::AppealQueueModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You recorded %1, so another moderator must decide this appeal (R-L4 four-eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::AppealsPage</name>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the selected appeal (Enter or D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the subject in its browser (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Press F5 to try again; if it persists, run `redline-cli verify` on the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending appeals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The oldest %1 pending appeals; the oldest has waited %n day(s).</source>
        <translation>
            <numerusform>The oldest %1 pending appeals; the oldest has waited %n day.</numerusform>
            <numerusform>The oldest %1 pending appeals; the oldest has waited %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pending; the oldest has waited %n day(s).</source>
        <translation>
            <numerusform>%1 pending; the oldest has waited %n day.</numerusform>
            <numerusform>%1 pending; the oldest has waited %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an appeal to read the subject&apos;s reason.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; filed %2 by %3 against &lt;b&gt;%4&lt;/b&gt; (%5), recorded %6 by %7%8&lt;hr&gt;&lt;i&gt;The subject&apos;s reason and materials:&lt;/i&gt;&lt;br&gt;%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;retracted since&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded of %2 entries · rows load as you scroll · Enter opens the subject&apos;s case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database, walk the audit chain, re-hash every event and replay the state cache (as `redline-cli verify`): the first problem found is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every write to this store, newest first. Rows are hash-chained: Verify finds any row or event edited or deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search who, subject, action or detail: an id such as v-123 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded of %2 matching the filters (%3 entries in all) · Enter opens the subject&apos;s case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the store: the database, the audit chain, every ledger event and the state cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;OK&lt;/b&gt;: the store is intact (checked %1): the database, the audit chain, every ledger event and the state cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify was cancelled: the store was not checked to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Damaged&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is selected below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not listed under the current filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::AuditTableModel</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1–#%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify found this row broken: see the message under the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain hash (SHA-256 of the previous row&apos;s hash and this row&apos;s content):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

As stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::CampaignActionEditor</name>
    <message>
        <source>Revoke the certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban the brand (R-B2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{handle}, {name}, {posts} and {campaign} are replaced for each target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 points, default %3 (R-L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note on each subject, e.g. Special campaign {campaign}: reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence template, e.g. Campaign {campaign}: {posts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::CampaignEventModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id / post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::CampaignPreviewView</name>
    <message>
        <source>Revoke certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant certification back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row of the sample to see its consequences in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: the first targets, with what the action does to each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects per tier: now (grey) and after (orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see exactly what the campaign would do. Nothing is written until Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid campaign %1: %2 events written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of campaign %1 (preview, nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 (%2): %3 targets, %4 subjects, %5 events written, %6 notices sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1 targets selected, %2 subjects, %3 notices would be sent · nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject is acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects acted on · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These actions have no score consequences to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: no change to the score or sanctions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals: none. Apply would act on every target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals: %1 (the first %2 listed). Apply refuses the whole campaign while any remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals: %1. Apply refuses the whole campaign while any remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as they are (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::CampaignSpecForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Medical aesthetics special campaign, round 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the rule or notice the campaign enforces (shown in every notice and the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts (笔记)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;ts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection: every criterion given must hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (e.g. medical_aesthetics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (the post&apos;s creator&apos;s category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (e.g. sole_proprietorship, limited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certified now (R-M4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not certified now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage item open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage item claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage item confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage item dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to (not included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (no finding needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select without the list&apos;s filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions, on every selected target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post ids, one per line (pasted or loaded); empty: any post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles, one per line (pasted or loaded); empty: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restriction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contracted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::CampaignWizard</name>
    <message>
        <source>New special governance campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute exactly what the campaign would do, writing nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec changed since the preview: preview again before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the campaign first: Apply does exactly what the preview shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets that would be refused: %1. Change the selection or the actions until the preview shows no refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign would act on nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the campaign as previewed, in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec is not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed at %1 on the store as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the campaign to %1 targets (%2 subjects) in one transaction, as %3?

Every event is linked to the campaign; the whole campaign can be undone later as one compensating action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied as %1: %2 events written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a campaign spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign specs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the campaign spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign specs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the spec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::CampaignsPage</name>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special governance campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the campaign wizard: a named, reasoned bulk action, previewed before it is applied (R-S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected campaign&apos;s events as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected campaign&apos;s report as one A4 page a team can publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, then apply, one compensating action that undoes the selected campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts punished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone by / undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet. New campaign… opens the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns: %1, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts restored: %1 · violations retracted: %2 · certifications granted back: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the events of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign to see the events it wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events %1 wrote: %2 (double-click opens the subject&apos;s case file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an undo, or was undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing the undo of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo cannot be previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo would be refused for some targets: see the refusals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one compensating action that undoes campaign %1 (%2 events)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bans and notes stay as they are (R-B2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign was not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::CaseFileView</name>
    <message>
        <source>Select a subject to open its case file.

Enter or double-click opens it; Ctrl+N records a violation on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show consequences the engine derived (recovery steps, crossings, sanctions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record violation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a violation on this subject, with its consequences shown first (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file of %1 could not be read:
%2

Press F5 to try again, or check the store with `redline-cli verify`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCN &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder level &lt;b&gt;L%1&lt;/b&gt; (R-C1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder level &lt;b&gt;none&lt;/b&gt; in the window (R-C1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may leave the MCN without penalty until %1 (R-M6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commercially &lt;b&gt;certified&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;not certified&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit %1 of %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n affiliated creator(s)</source>
        <translation>
            <numerusform>%n affiliated creator</numerusform>
            <numerusform>%n affiliated creators</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;removed&lt;/b&gt; (R-M2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) in force</source>
        <translation>
            <numerusform>%n violation in force</numerusform>
            <numerusform>%n violations in force</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e7d32;&quot;&gt;No active restrictions&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active restrictions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sanction(s) started: expand the row</source>
        <translation>
            <numerusform>%n sanction started: expand the row</numerusform>
            <numerusform>%n sanctions started: expand the row</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deducted %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 filed %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early (violation voided); was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions (%1 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active, %2 past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as an MCN on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland-China company, not a sole proprietorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentic content and interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security deposit paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance &lt;b&gt;%1&lt;/b&gt;; required &lt;b&gt;%2&lt;/b&gt;%3 (R-M3).%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (increased while the score is low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span style=&quot;color:#b71c1c;&quot;&gt;Short by %1.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction (liquidated damages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) contracted now, lowest credit score first; %1 with active restrictions. Enter or double-click opens a creator&apos;s case file.</source>
        <translation>
            <numerusform>%n creator contracted now, lowest credit score first; %1 with active restrictions. Enter or double-click opens a creator&apos;s case file.</numerusform>
            <numerusform>%n creators contracted now, lowest credit score first; %1 with active restrictions. Enter or double-click opens a creator&apos;s case file.</numerusform>
        </translation>
    </message>
    <message>
        <source> Showing the first %1; filter the Creators page by this MCN for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-M6: when the score is within %1 of a critical threshold (%2) not yet crossed, each affiliated creator gets an advance notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a violation in the Violations tab to file an appeal on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This violation is no longer in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 already has appeal %2 (R-L3: one appeal per violation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File an appeal on %1 with the subject&apos;s reason and materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a violation with a pending appeal to decide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1) recorded %2, so another moderator must decide its appeal (R-L4 four-eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide appeal %1: uphold or overturn, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (%1 unmet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance notice to every creator contracted then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · backdated</source>
        <comment>a violation recorded later than it happened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backdated · %1</source>
        <comment>a timeline event recorded later than it happened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backdated · %1</source>
        <comment>a deposit entry recorded later than it happened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue is frozen: affiliated creators have an alternative payment channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue is frozen since %1: affiliated creators have an alternative payment channel and may leave without penalty until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue is frozen since %1: affiliated creators have an alternative payment channel; their penalty-free exit ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit balance is ¥0: there is nothing to deduct or refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible now: %1 (R-M4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certification to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted to %1: end that contract first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MCN contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already banned (R-B2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the MCN to pay the missing amount (Deposit &gt; Record a deposit payment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review its fabricated-engagement violations; if they stand, revoke the certification (Certification &gt; Revoke).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the MCN&apos;s registration documents; if it no longer qualifies, revoke the certification (Certification &gt; Revoke).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Certified, but not every R-M4 requirement holds now:&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content health &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content health indicators (R-H1; the Content health tab takes them apart):
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::ChangePasswordDialog</name>
    <message>
        <source>Change password — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;: 8 to 256 characters. Only its Argon2id hash is kept in the store; the change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: only a signed-in user has a password to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::ConnectTeamDialog</name>
    <message>
        <source>Connect to team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;Connect to a team store&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team store is one store on a PostgreSQL server that the whole team works on. The server signs you in as its login, so no Redline password is asked for, and it checks every write again. This console works on a copy of it on this computer and takes in what the others record as they record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team stores you connected to before: click to choose one, double-click to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team store&apos;s URL, e.g. postgresql://mod.li@dbhost/redline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a team store&apos;s URL: it starts with postgresql://, as in postgresql://mod.li@dbhost/redline. To open a store file, use File &gt; Open store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password %1 asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1… The first connection copies the whole team store to this computer; later ones take only what is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was opened; the console keeps the store it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login: %1

Check the user name and the password. An administrator makes a Redline user a login of the team store with redline_grant_login (docs/teamstore.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store or its working copy on this computer is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the team store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::ConsequencesPanel</name>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences at %1, computed by the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 → %2 (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, was permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, was until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing: a 0-point finding is not a ladder step (R-C6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) (R-L3)</source>
        <translation>
            <numerusform>%n point (R-L3)</numerusform>
            <numerusform>%n points (R-L3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliated creators get an advance notice: %1 is within %2 of %3 (R-M6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliated creators get “%1” (grace period %2 days, R-M6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1: %2 in force within %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1: recorded as severe (%2 in force within %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; subject&apos;s level L%1 → L%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1 → L%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from the platform: recovery stops (R-M2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted: recovery resumes (R-M2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change to the score, sanctions or restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) (%1 charged; the score cannot go below %2)</source>
        <translation>
            <numerusform>%n point (%1 charged; the score cannot go below %2)</numerusform>
            <numerusform>%n points (%1 charged; the score cannot go below %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redline::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest standing (Enter opens the case file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations recorded last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · policy %2 v%3 · as of %4 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <comment>a retracted violation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overturned</source>
        <comment>a violation overturned on appeal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>violation id (undone|overturned)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (subjects per band, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · loading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read all the figures: %1. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations per week by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Violations per week by code, %1 to %2: %Ln violation(s), each in the week it happened; retracted or overturned by now in grey</source>
        <translation>
            <numerusform>Violations per week by code, %1 to %2: %Ln violation, each in the week it happened; retracted or overturned by now in grey</numerusform>
            <numerusform>Violations per week by code, %1 to %2: %Ln violations, each in the week it happened; retracted or overturned by now in grey</numerusform>
        </translation>
    </message>
    <message>
        <source>A violation counts in the week (Monday to Sunday, UTC) of the instant it happened. One that was retracted or overturned on appeal by now stays in the ledger: it is counted in the grey bar of its week, not in its code&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other code(s)</source>
        <translation>
            <numerusform>%n other code</numerusform>
            <numerusform>%n other codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Retracted or overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week starting on Monday (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals: decided since %1, and pending now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeal was decided since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to decision: &lt;b style=&quot;font-size: large&quot;&gt;%1&lt;/b&gt;&lt;br&gt;over the %2 appeal(s) decided since %3, from the appeal to its decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: the full score, then from each threshold up to the next one, highest first. The count axis is logarithmic, so that a band of a few subjects shows beside one of hundreds of thousands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold crossings, last %1 days: %2, the newest %3 listed (double-click opens the case file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold crossings, last %1 days: %2 (double-click opens the case file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ fell below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score went from %1 or more to below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score went from below %1 to %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open triage items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed · none waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed · oldest waiting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 claimed, %3 confirmed, %4 dismissed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::DecideAppealDialog</name>
    <message>
        <source>Decide appeal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upheld: the violation stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overturned: void the violation, give its points back, end its sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: what the materials show, which rule applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no such appeal in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#757575&apos;&gt;%2 · %3&lt;/span&gt;&lt;br&gt;Appeal &lt;b&gt;%4&lt;/b&gt; filed %5 by %6&lt;br&gt;against &lt;b&gt;%7&lt;/b&gt;: %8 · %9, recorded %10 by &lt;b&gt;%11&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;i&gt;The subject&apos;s reason and materials:&lt;/i&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeal %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already decided: %2 on %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1) recorded violation %2, so another moderator must decide its appeal (R-L4 four-eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose upheld or overturned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is empty: say why the appeal is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome. Overturning shows its consequences here before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upholding changes nothing: the violation, its points and its sanctions stand (R-L3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the decision:
%1

Nothing was written. Ask another moderator to decide it, or correct the input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice: the appeal cannot be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome to see the notice the subject will get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice: the decision cannot be recorded as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the decision:
%1

%2 decided %3 first: %4 on %5. Nothing of yours was written; the console now shows their decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::FileAppealDialog</name>
    <message>
        <source>found by the algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a user report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in human review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, decided %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File an appeal against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject&apos;s reason, in their words: why the violation is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials submitted: contracts, licences, 蒲公英 order numbers, links… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no such violation in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#757575&apos;&gt;%2 · %3&lt;/span&gt;&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;: %5 · %6&lt;br&gt;Recorded %7 by &lt;b&gt;%8&lt;/b&gt; · %9 · %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Evidence:&lt;/i&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No violation %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an appeal (%2); one appeal per violation (R-L3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was retracted on %2; there is nothing to appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is empty: write why the subject appeals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Materials:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal was not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written. Correct the input, or check that the store file is writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::HealthBreakdownPanel</name>
    <message>
        <source>Back to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the index as of now instead of the instant picked on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension / indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content health index, 0–100 (R-H1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content health index now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content health index at &lt;b&gt;%1&lt;/b&gt;, picked on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#616161;&quot;&gt;No health effects in force.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects in force: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s health effects (R-H1):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of the scores of its indicators that have a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::HealthChart</name>
    <message>
        <source>Content health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole history, from registration to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 instants the index changed at are shown (evenly spread); each point is exact. Click a point to take it apart below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index at every instant it can change at (%1: metrics, posts, qualifications, verified reports entering and leaving the window). Click a point to take it apart below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content health &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::HealthTab</name>
    <message>
        <source>The content health history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::HistoryDialog</name>
    <message>
        <source>History of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did in this session, newest first. Undo records a retraction: the violation stays in the ledger and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can it be undone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing done in this session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::LedgerActionDialog</name>
    <message>
        <source>no subject %1 in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a deposit payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduct liquidated damages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the deposit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant commercial certification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke commercial certification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a contract with an MCN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the MCN contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban this brand (R-B2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a passed community-norms exam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment into the security deposit of %1 (R-M3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduct liquidated damages from the security deposit of %1: the balance never goes below zero (R-M3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refund the security deposit of %1, on termination: only with no appeal pending and no violation in the last %n day(s) (R-M3).</source>
        <translation>
            <numerusform>Refund the security deposit of %1, on termination: only with no appeal pending and no violation in the last %n day (R-M3).</numerusform>
            <numerusform>Refund the security deposit of %1, on termination: only with no appeal pending and no violation in the last %n days (R-M3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant %1 the platform&apos;s commercial certification: every R-M4 requirement must hold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the commercial certification of %1. Without it the transition restrictions of R-M5 apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 signs with an MCN: the creator becomes its affiliate (R-M6 protects affiliates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 ends the contract with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban %1 as a special governance action (R-B2): the ban is permanent, and the brand&apos;s search shows the notice below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 passed the community-norms exam (R-C3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MCN&apos;s handle, e.g. mcn-starriver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required): kept in the ledger and the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notice the brand&apos;s search will show:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit balance %1; required for certification %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MCN contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit score %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already banned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not banned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in whole yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount may be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the MCN&apos;s handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MCN contract to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason: it is kept in the ledger and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reason may be at most %n character(s).</source>
        <translation>
            <numerusform>The reason may be at most %n character.</numerusform>
            <numerusform>The reason may be at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The brand is already banned (R-B2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand is not banned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the payment the balance %1 covers the required deposit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the payment the balance %1 is still %2 short of the required deposit %3 (certification needs it, R-M4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is within the balance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance falls below the required deposit: the certification stays, shown as a warning until the MCN pays it back (R-M4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeal is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No violation in force in the last %n day(s).</source>
        <translation>
            <numerusform>No violation in force in the last %n day.</numerusform>
            <numerusform>No violation in force in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Violation in the last %n day(s): %1.</source>
        <translation>
            <numerusform>Violation in the last %n day: %1.</numerusform>
            <numerusform>Violation in the last %n days: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The MCN holds a commercial certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCN holds no certification to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCN already holds a certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCN holds no certification yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creator has no MCN contract now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creator is contracted to %1: end that contract first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending now is without penalty: %1 has its revenue frozen, and the grace period runs until %2 (R-M6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No R-M6 grace period applies: the contract&apos;s own terms govern ending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has no exam rule: the exam changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No earlier exam counted: this one adds up to %n point(s).</source>
        <translation>
            <numerusform>No earlier exam counted: this one adds up to %n point.</numerusform>
            <numerusform>No earlier exam counted: this one adds up to %n points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within the %n-day cooldown after the exam of %1 (until %2): recorded, but it adds nothing.</source>
        <translation>
            <numerusform>Within the %n-day cooldown after the exam of %1 (until %2): recorded, but it adds nothing.</numerusform>
            <numerusform>Within the %n-day cooldown after the exam of %1 (until %2): recorded, but it adds nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last exam that counted was on %1, more than %n day(s) ago.</source>
        <translation>
            <numerusform>The last exam that counted was on %1, more than %n day ago.</numerusform>
            <numerusform>The last exam that counted was on %1, more than %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deposit balance %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial certification: granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial certification: revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this bans %1 permanently (R-B2):
the ban has no end, and its search shows the notice above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this revokes the commercial certification of %1:
granting it again needs every R-M4 requirement met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standing of %1 stays as it is: no score, threshold or restriction changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core would refuse this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to confirm this permanent step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notice to %1 (%2):&lt;/b&gt;&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redline 红线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance console for MCNs, brands and creators.
Open a store to begin (Ctrl+O), or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record violation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the state cache up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is a Redline store (create one with File &gt; New store, or `redline-cli init`) and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new file name in a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Redline store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redline stores (*.db *.redline);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A new store needs a new file; open the existing one with File &gt; Open store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Redline store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject %1 in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a subject&apos;s case file first, then press Ctrl+N to record a violation on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 on %2. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed appeal %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 decided: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is unchanged. Refresh (F5) and check the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1. The retraction is in the ledger and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MCNs · %2 brands · %3 creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1 v%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Redline 红线&lt;/b&gt; %1&lt;br&gt;A governance console for a content platform&apos;s MCNs, brands and creators: scores, violations, appeals and their audit trail, replayed from an append-only ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing subjects for sorting and search (once per store)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting and search may be slow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the store&apos;s users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is open: no user has a password, so there is no sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed out: the console is read-only until someone signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has been secured since it was opened: sign in to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a violation on the open subject (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is open: no user has a password, so there is no sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign %1 out: the console becomes read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: only a signed-in user has a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Redline — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store: no sign-in (writes as &lt;b&gt;%1&lt;/b&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user of this store has a password, so anyone at this machine may write; the audit log names %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every write is recorded under %1. Session &gt; Sign out ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not signed in&lt;/b&gt; · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is secured: sign in (Session &gt; Sign in…) to record, appeal or decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;another user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Redline store at %1.

Create a new, empty store there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store at %1: open one with File &gt; Open store, or create one with File &gt; New store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store read-&amp;only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store for an audit: nothing can be written to it from this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Redline store read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Redline — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be written. The state is computed in memory, because the store&apos;s cache could not be brought up to date in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the compliance report of %1 as PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store, read here as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user of this store has a password; opened read-only, nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;team store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the team&apos;s store on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1…9	go to a page
Ctrl+F	search the current list
Down / Enter	from the search box to the results
Enter	open the selected subject&apos;s case file
Ctrl+N	record a violation on the open subject
Ctrl+Z	undo your last recorded violation
F5	refresh
Ctrl+O	open a store
Ctrl+Shift+O	connect to a team store
Ctrl+Shift+N	new store
Ctrl+Shift+U	sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a password: connect in the console (File &gt; Connect to team store…), or give it to libpq in PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open the team store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server signed you in as %1, who is not an enabled user of this team store: you can read it, not write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server signed you in as %1. To act as another user, connect as their login (File &gt; Connect to team store…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: changes by others are not shown as they are made. F5 takes them in once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take in what the team recorded on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took in changes recorded on the team store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded changes on the team store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server signed you in as %1: open another store to leave this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is the server&apos;s: its administrator changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in by the server as &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store&apos;s server signed you in as its login %1: every write is recorded under that name, and the server checks it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is no user of this team store · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server signed you in as %1, who is not an enabled user of the store: an administrator adds the user, or connect as another login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Working copy on this computer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team · live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What others record on %1 is shown here as they record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified of what others record on %1: F5 takes it in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::NoticePreview</name>
    <message>
        <source>No notice yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notice that will be sent (%n)</source>
        <translation>
            <numerusform>Notice that will be sent (%n)</numerusform>
            <numerusform>Notice that will be sent (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>— to %1, %2, %3 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action sends no notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice cannot be prepared, so the action would be refused:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::NoticeTableModel</name>
    <message>
        <source>Violation and sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCN advance notice (R-M6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCN revenue frozen (R-M6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand ban (R-B2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::OutboxPage</name>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the notices listed (with the filters) to a CSV file, whole texts included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every notice the platform sent an MCN, brand or creator, newest first. A notice is sent by the action that causes it (a violation, an appeal decision, a brand ban, an MCN nearing a critical threshold) and kept in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any subject (exact handle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notice to read it whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2, %3 (%4)%5&lt;br&gt;sent by %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::PlaceholderPage</name>
    <message>
        <source>This page is not built yet; the features above arrive with a later issue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::PolicyCompareChart</name>
    <message>
        <source>Score in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossings proposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::PolicyCompareModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions gained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band between two thresholds of the scale; for creators, whose credit scale has no thresholds, the ladder level (R-C1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::PolicyCompareView</name>
    <message>
        <source>Proposed policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load policy file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a policy file (JSON, as redline-cli replay --with reads) with the policy in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s current instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay every subject at the instant under the policy in force and the proposed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every subject of the list&apos;s current filter, in its order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One A4 page: the two policies and their differences, the counts, the bars and the subjects that change most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the subjects whose tier, ladder level or restrictions change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subject(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subject to see both score histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying every subject under both policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in force vs. &lt;b&gt;%2&lt;/b&gt; proposed, as of %3 UTC: %4 subjects replayed; &lt;b&gt;%5&lt;/b&gt; change standing: %6 change band, %7 change ladder level, %8 change restrictions; %9 change score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;The two policies do not differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Differences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: score %3 in force, %4 proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the two policies give this subject the same score and standing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: &lt;b&gt;%1&lt;/b&gt; — this difference alone, applied to the policy in force, gives the proposed outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: several differences together — none of the %1 that can touch a %2 gives the proposed outcome alone, or more than one does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a comparison first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison as a PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::PolicyTierBars</name>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ladder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 %5</source>
        <comment>tier: count, series name, count, series name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects per tier, %1 and %2 (logarithmic count axis)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::RecordViolationDialog</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 points, default %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a violation code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe (creators: ladder L4 at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, and where: note ids, links, quotes, screenshots on file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#757575&apos;&gt;%2 · %3&lt;/span&gt;&lt;br&gt;%4 &lt;b&gt;%5&lt;/b&gt; / %6 &amp;nbsp;·&amp;nbsp; %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a violation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has fixed points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject %1 in the store: open the subject from a list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a violation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is empty: say what was found and where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code to see what recording it would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consequences changed while the dialog was open (the clock moved on): review them and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The violation was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written. Correct the input, or check that the store file is writable and not locked by another program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This violation has a permanent consequence: tick the confirmation above to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this permanently sanctions %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this removes %1 from the platform: recovery stops (R-M2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this removes %1 from the platform: %2; recovery stops (R-M2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice: the violation cannot be recorded as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a code to see the notice the subject will get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm triage item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::ScoreChart</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole history, from registration to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart with its legend as PNG, PDF or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation %1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: −%1 charged, −%2 deducted (R-T6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ladder level L%1 (n = %2, R-C1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation %1&lt;/b&gt; · %2&lt;br&gt;Score: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Retraction&lt;/b&gt; of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overturn&lt;/b&gt; of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 → %2 (+%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on appeal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Community-norms exam passed&lt;/b&gt; · %1&lt;br&gt;Score: %2 → %3 (+%4, R-C3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fell below %1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Back to %1 or above&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold crossing (R-L6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ladder level L%1&lt;/b&gt; (R-C1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A violation at this level brings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted: %1, its violation voided (R-L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until: permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overturn or retraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fell below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted early (scheduled end dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover for details · click to find in the timeline · wheel or Ctrl+drag zooms, drag pans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3, as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use .png, .pdf or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;Sign in to %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is secured: recording, appealing and deciding need your user name and password, and every write is recorded under your name. Cancel to browse read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mod.li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the store read-only, signed in as nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::SubjectBrowserPage</name>
    <message>
        <source>Could not read the subject list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The list shows what was read so far. Press F5 to try again; if it keeps failing, check the store with `redline-cli verify`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded of more than %2 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded of %2 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · sorted by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · rows load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the campaign wizard with this list&apos;s search and filters as its selection (R-S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This brand is suspected of false marketing; content related to it will not be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand %1 banned on %2 (R-B2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand %1 banned on %2 by campaign %3 (R-B2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on all %1 shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on all shown…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::SubjectFilterBar</name>
    <message>
        <source>Search handle or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest score to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only subjects with this restriction or sanction active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only subjects in this score band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only creators contracted to this MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any MCN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::SubjectTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest ladder level among violations in force within the window (R-C1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::TriageItemView</name>
    <message>
        <source>&lt;i&gt;No item selected.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · received %3 · &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Dismissed by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reported:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The report names no post.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Findings&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: “%2” (rule %3) → %4&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::TriagePage</name>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do (open and claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the item so nobody else works it (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item back to the queue (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a violation: close the item with a reason (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the violation the item shows, with its consequences previewed (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the creator in its browser (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / K move · A claim · R release · D dismiss · C confirm · Enter opens · F5 refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the triage queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Press F5 to try again; if it persists, run `redline-cli verify` on the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open · %2 claimed · %3 confirmed · %4 dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · oldest open waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by %1: only they can act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a violation: the finding is a false alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a violation: context makes it acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already handled in another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was already removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this not a violation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on all shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the campaign wizard selecting the posts this filter shows (R-S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on all %1 shown…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redline::TriageQueueModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post or report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
