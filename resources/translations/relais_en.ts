<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Audit trail: %n entries, %1</source>
        <translation>
            <numerusform>Audit trail: %n entry, %1</numerusform>
            <numerusform>Audit trail: %n entries, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Several failed attempts: waiting %n second(s) before checking the password.</source>
        <translation>
            <numerusform>Several failed attempts: waiting %n second before checking the password.</numerusform>
            <numerusform>Several failed attempts: waiting %n seconds before checking the password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written and verified: %1 (%n page(s), key generation %2).</source>
        <translation>
            <numerusform>Backup written and verified: %1 (%n page, key generation %2).</numerusform>
            <numerusform>Backup written and verified: %1 (%n pages, key generation %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: with a retention period of %n year(s), these people would be anonymised (nothing was changed):</source>
        <translation>
            <numerusform>Dry run: with a retention period of %n year, these people would be anonymised (nothing was changed):</numerusform>
            <numerusform>Dry run: with a retention period of %n years, these people would be anonymised (nothing was changed):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) due.</source>
        <translation>
            <numerusform>%n person due.</numerusform>
            <numerusform>%n people due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period set to %n year(s).</source>
        <translation>
            <numerusform>Retention period set to %n year.</numerusform>
            <numerusform>Retention period set to %n years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised; the freed space was overwritten. Older backups still hold their data until they are deleted.</source>
        <translation>
            <numerusform>%n person anonymised; the freed space was overwritten. Older backups still hold their data until they are deleted.</numerusform>
            <numerusform>%n people anonymised; the freed space was overwritten. Older backups still hold their data until they are deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Person %1 erased: names, birth date, contact details and %n note(s) removed; the interventions and cases stay, without their text, for the statistics. Older backups still hold the file until they are deleted.</source>
        <translation>
            <numerusform>Person %1 erased: names, birth date, contact details and %n note removed; the interventions and cases stay, without their text, for the statistics. Older backups still hold the file until they are deleted.</numerusform>
            <numerusform>Person %1 erased: names, birth date, contact details and %n notes removed; the interventions and cases stay, without their text, for the statistics. Older backups still hold the file until they are deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataStore</name>
    <message numerus="yes">
        <source>Too many failed attempts. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many failed attempts. Please wait %n second before trying again.</numerusform>
            <numerusform>Too many failed attempts. Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message numerus="yes">
        <source>Record the result of %n goal(s) (achieved, partly or not).</source>
        <translation>
            <numerusform>Record the result of %n goal (achieved, partly or not).</numerusform>
            <numerusform>Record the result of %n goals (achieved, partly or not).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The housing situation and since when are not recorded (the programme takes people on the street for less than %n month(s)).</source>
        <translation>
            <numerusform>The housing situation and since when are not recorded (the programme takes people on the street for less than %n month).</numerusform>
            <numerusform>The housing situation and since when are not recorded (the programme takes people on the street for less than %n months).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The person has been on the street for %n month(s) or more; the programme takes people on the street for less than that.</source>
        <translation>
            <numerusform>The person has been on the street for %n month or more; the programme takes people on the street for less than that.</numerusform>
            <numerusform>The person has been on the street for %n months or more; the programme takes people on the street for less than that.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::ClientFileWidget</name>
    <message numerus="yes">
        <source>⚠ Consent expires on %1 (in %n day(s)): renew it to keep referring to partners</source>
        <translation>
            <numerusform>⚠ Consent expires on %1 (in %n day): renew it to keep referring to partners</numerusform>
            <numerusform>⚠ Consent expires on %1 (in %n days): renew it to keep referring to partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::DashboardPage</name>
    <message numerus="yes">
        <source>%n case(s). Double-click a row to open the client file.</source>
        <translation>
            <numerusform>%n case. Double-click a row to open the client file.</numerusform>
            <numerusform>%n cases. Double-click a row to open the client file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n encounter(s). Double-click a row to open the client file.</source>
        <translation>
            <numerusform>%n encounter. Double-click a row to open the client file.</numerusform>
            <numerusform>%n encounters. Double-click a row to open the client file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s): %1 to create, %2 to update, %3 unchanged; new territories: %4, new problems: %5.</source>
        <translation>
            <numerusform>%n row: %1 to create, %2 to update, %3 unchanged; new territories: %4, new problems: %5.</numerusform>
            <numerusform>%n rows: %1 to create, %2 to update, %3 unchanged; new territories: %4, new problems: %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 created, %2 updated, %3 unchanged; new territories: %4, new problems: %5.</source>
        <translation>
            <numerusform>%n row: %1 created, %2 updated, %3 unchanged; new territories: %4, new problems: %5.</numerusform>
            <numerusform>%n rows: %1 created, %2 updated, %3 unchanged; new territories: %4, new problems: %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s) found. Correct them in the spreadsheet, save it as CSV and check it again. Nothing was changed.</source>
        <translation>
            <numerusform>%1 cannot be imported: %n problem found. Correct it in the spreadsheet, save it as CSV and check it again. Nothing was changed.</numerusform>
            <numerusform>%1 cannot be imported: %n problems found. Correct them in the spreadsheet, save it as CSV and check it again. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found (the file changed since it was checked). Nothing was changed.</source>
        <translation>
            <numerusform>%1 was not imported: %n problem found (the file changed since it was checked). Nothing was changed.</numerusform>
            <numerusform>%1 was not imported: %n problems found (the file changed since it was checked). Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::IntakePage</name>
    <message numerus="yes">
        <source>%n candidate(s) in intake</source>
        <translation>
            <numerusform>%n candidate in intake</numerusform>
            <numerusform>%n candidates in intake</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n on the waiting list</numerusform>
            <numerusform>%n on the waiting list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::MergeEntriesDialog</name>
    <message numerus="yes">
        <source>Merge %n other entry(ies) into “%1”? This cannot be undone.</source>
        <translation>
            <numerusform>Merge %n other entry into “%1”? This cannot be undone.</numerusform>
            <numerusform>Merge %n other entries into “%1”? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::ProgrammesTab</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::ReferenceListPanel</name>
    <message numerus="yes">
        <source>Merged %n entry(ies) into “%1”.</source>
        <translation>
            <numerusform>Merged %n entry into “%1”.</numerusform>
            <numerusform>Merged %n entries into “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::gui::UnlockWidget</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Please wait %n second before trying again.</numerusform>
            <numerusform>Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
</TS>
