<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>QObject</name>
        <message>
            <source>Could not open the database</source>
            <translation>Could not open the database</translation>
        </message>
        <message>
            <source>%1

%2</source>
            <translation>%1

%2</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Open database</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Who are you?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <source>This database has a user list. Choose your name:</source>
            <translation>This database has a user list. Choose your name:</translation>
        </message>
    </context>
    <context>
        <name>sagstjek</name>
        <message>
            <source>Cannot start a transaction: %1</source>
            <translation>Cannot start a transaction: %1</translation>
        </message>
        <message>
            <source>Cannot save: %1</source>
            <translation>Cannot save: %1</translation>
        </message>
        <message>
            <source>The file was not changed.</source>
            <translation>The file was not changed.</translation>
        </message>
        <message>
            <source>The team server's location holds a password: a password on the command line is seen in other users' process lists and kept in shell history. Leave it out; Sagstjek takes it from ~/.pgpass or PGPASSWORD, or asks for it.</source>
            <translation>The team server's location holds a password: a password on the command line is seen in other users' process lists and kept in shell history. Leave it out; Sagstjek takes it from ~/.pgpass or PGPASSWORD, or asks for it.</translation>
        </message>
        <message>
            <source>Cannot reach the team server's connection to protect the password.</source>
            <translation>Cannot reach the team server's connection to protect the password.</translation>
        </message>
        <message>
            <source>Cannot protect the password: %1</source>
            <translation>Cannot protect the password: %1</translation>
        </message>
        <message>
            <source>Your login %1 may not add or change logins on this server: the database's owner (a login that may create roles) adds users and lets them in or out.</source>
            <translation>Your login %1 may not add or change logins on this server: the database's owner (a login that may create roles) adds users and lets them in or out.</translation>
        </message>
        <message>
            <source>Cannot reach the team server %1: %2</source>
            <translation>Cannot reach the team server %1: %2</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AccessLogDialog</name>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;To</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Access log</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>All cases</translation>
        </message>
        <message>
            <source>&amp;Case number:</source>
            <translation>&amp;Case number:</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>No entries.</source>
            <translation>No entries.</translation>
        </message>
        <message>
            <source>Entries: %1.</source>
            <translation>Entries: %1.</translation>
        </message>
        <message>
            <source>Entries shown: %1, the newest first; more as you scroll.</source>
            <translation>Entries shown: %1, the newest first; more as you scroll.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AccessLogModel</name>
        <message>
            <source>Opened the case</source>
            <translation>Opened the case</translation>
        </message>
        <message>
            <source>Searched</source>
            <translation>Searched</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>Revealed the CPR number</source>
            <translation>Revealed the CPR number</translation>
        </message>
        <message>
            <source>Read the history</source>
            <translation>Read the history</translation>
        </message>
        <message>
            <source>Deleted the case</source>
            <translation>Deleted the case</translation>
        </message>
        <message>
            <source>Read the access log</source>
            <translation>Read the access log</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Purged the access log</source>
            <translation>Purged the access log</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Criterion or purpose</source>
            <translation>Criterion or purpose</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AccessLogService</name>
        <message>
            <source>The access log must be kept for at least %1 months (asked: %2).</source>
            <translation>The access log must be kept for at least %1 months (asked: %2).</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AccessPolicy</name>
        <message>
            <source>%1 is not a user of this database. Ask an administrator to add you (sagstjek-cli users add %1 --role ROLE), or give --user with your user name.</source>
            <translation>%1 is not a user of this database. Ask an administrator to add you (sagstjek-cli users add %1 --role ROLE), or give --user with your user name.</translation>
        </message>
        <message>
            <source>The user %1 has been deactivated. Ask an administrator to reactivate you.</source>
            <translation>The user %1 has been deactivated. Ask an administrator to reactivate you.</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>manage users</translation>
        </message>
        <message>
            <source>edit cue-card templates</source>
            <translation>edit cue-card templates</translation>
        </message>
        <message>
            <source>import cases</source>
            <translation>import cases</translation>
        </message>
        <message>
            <source>approve reviews</source>
            <translation>approve reviews</translation>
        </message>
        <message>
            <source>verify remediations</source>
            <translation>verify remediations</translation>
        </message>
        <message>
            <source>read the access log</source>
            <translation>read the access log</translation>
        </message>
        <message>
            <source>purge the access log</source>
            <translation>purge the access log</translation>
        </message>
        <message>
            <source>verify the audit trail</source>
            <translation>verify the audit trail</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>make backups</translation>
        </message>
        <message>
            <source>restore backups</source>
            <translation>restore backups</translation>
        </message>
        <message>
            <source>delete cases</source>
            <translation>delete cases</translation>
        </message>
        <message>
            <source>%1 is a %2 and may not %3.</source>
            <translation>%1 is a %2 and may not %3.</translation>
        </message>
        <message>
            <source>%1 is an administrator: administrators manage users and templates and do not open cases (case %2).</source>
            <translation>%1 is an administrator: administrators manage users and templates and do not open cases (case %2).</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>change</source>
            <translation>change</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>complete</translation>
        </message>
        <message>
            <source>%1 is a caseworker and may only %2 their own cases and cases assigned to them; case %3 belongs to %4.</source>
            <translation>%1 is a caseworker and may only %2 their own cases and cases assigned to them; case %3 belongs to %4.</translation>
        </message>
        <message>
            <source>no caseworker</source>
            <translation>no caseworker</translation>
        </message>
        <message>
            <source>start review rounds and assign cases</source>
            <translation>start review rounds and assign cases</translation>
        </message>
        <message>
            <source>manage management action rules</source>
            <translation>manage management action rules</translation>
        </message>
        <message>
            <source>see figures per caseworker</source>
            <translation>see figures per caseworker</translation>
        </message>
        <message>
            <source>enter grant lines and rates</source>
            <translation>enter grant lines and rates</translation>
        </message>
        <message>
            <source>register complaint decisions</source>
            <translation>register complaint decisions</translation>
        </message>
        <message>
            <source>edit the action plan</source>
            <translation>edit the action plan</translation>
        </message>
        <message>
            <source>"%1" is not a possible user name (at most %2 characters, no control characters, no CPR number). Give --user with your user name.</source>
            <translation>"%1" is not a possible user name (at most %2 characters, no control characters, no CPR number). Give --user with your user name.</translation>
        </message>
        <message>
            <source>read case data (case lists, searches, defects, exports): administrators do not open cases</source>
            <translation>read case data (case lists, searches, defects, exports): administrators do not open cases</translation>
        </message>
        <message>
            <source>%1 is an administrator: administrators manage users and templates and do not read case data (case lists, searches, defects, exports).</source>
            <translation>%1 is an administrator: administrators manage users and templates and do not read case data (case lists, searches, defects, exports).</translation>
        </message>
        <message>
            <source>%1 is assigned case %2 in a review round and may change its review only in that round, not outside it or in another round.</source>
            <translation>%1 is assigned case %2 in a review round and may change its review only in that round, not outside it or in another round.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ActionPlanService</name>
        <message>
            <source>Name the finding the action is linked to: a check item's key, a management action rule's number or a round's name.</source>
            <translation>Name the finding the action is linked to: a check item's key, a management action rule's number or a round's name.</translation>
        </message>
        <message>
            <source>There is no check item %1 on any cue card.</source>
            <translation>There is no check item %1 on any cue card.</translation>
        </message>
        <message>
            <source>There is no management action rule %1.</source>
            <translation>There is no management action rule %1.</translation>
        </message>
        <message>
            <source>There is no round named %1.</source>
            <translation>There is no round named %1.</translation>
        </message>
        <message>
            <source>Say what the action is.</source>
            <translation>Say what the action is.</translation>
        </message>
        <message>
            <source>An action needs an owner: who sees to it.</source>
            <translation>An action needs an owner: who sees to it.</translation>
        </message>
        <message>
            <source>The text is too long for an action.</source>
            <translation>The text is too long for an action.</translation>
        </message>
        <message>
            <source>The deadline %1 is not a date an action plan can have (years %2 to %3).</source>
            <translation>The deadline %1 is not a date an action plan can have (years %2 to %3).</translation>
        </message>
        <message>
            <source>A plan needs a name of at most %1 characters.</source>
            <translation>A plan needs a name of at most %1 characters.</translation>
        </message>
        <message>
            <source>The evaluation date %1 is not a date an action plan can have (years %2 to %3).</source>
            <translation>The evaluation date %1 is not a date an action plan can have (years %2 to %3).</translation>
        </message>
        <message>
            <source>There is already a plan named %1.</source>
            <translation>There is already a plan named %1.</translation>
        </message>
        <message>
            <source>A theme needs a title of at most %1 characters.</source>
            <translation>A theme needs a title of at most %1 characters.</translation>
        </message>
        <message>
            <source>There is no action plan %1.</source>
            <translation>There is no action plan %1.</translation>
        </message>
        <message>
            <source>The plan already has a theme %1.</source>
            <translation>The plan already has a theme %1.</translation>
        </message>
        <message>
            <source>There is no theme %1.</source>
            <translation>There is no theme %1.</translation>
        </message>
        <message>
            <source>There is no action %1 in the action plan.</source>
            <translation>There is no action %1 in the action plan.</translation>
        </message>
        <message>
            <source>The note is too long.</source>
            <translation>The note is too long.</translation>
        </message>
        <message>
            <source>The action is already %1; write a note to add one.</source>
            <translation>The action is already %1; write a note to add one.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ActionPlanView</name>
        <message>
            <source>&amp;Deadline:</source>
            <translation>&amp;Deadline:</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>Set &amp;status</translation>
        </message>
        <message>
            <source>Plan, theme or action</source>
            <translation>Plan, theme or action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <source>e.g. Handleplan for integrationsområdet 2020</source>
            <translation>e.g. Handleplan for integrationsområdet 2020</translation>
        </message>
        <message>
            <source>e.g. Ledelse og organisering</source>
            <translation>e.g. Ledelse og organisering</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>What is to be done</translation>
        </message>
        <message>
            <source>Who sees to it</source>
            <translation>Who sees to it</translation>
        </message>
        <message>
            <source>No link</source>
            <translation>No link</translation>
        </message>
        <message>
            <source>Check item</source>
            <translation>Check item</translation>
        </message>
        <message>
            <source>Management action rule</source>
            <translation>Management action rule</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Item key, rule number or round name</source>
            <translation>Item key, rule number or round name</translation>
        </message>
        <message>
            <source>Note: what happened (written with your name and the date)</source>
            <translation>Note: what happened (written with your name and the date)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note history</source>
            <translation>Note history</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>New plan</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>E&amp;valuation:</source>
            <translation>E&amp;valuation:</translation>
        </message>
        <message>
            <source>Create &amp;plan</source>
            <translation>Create &amp;plan</translation>
        </message>
        <message>
            <source>New theme in the selected plan</source>
            <translation>New theme in the selected plan</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <source>Add t&amp;heme</source>
            <translation>Add t&amp;heme</translation>
        </message>
        <message>
            <source>New action in the selected theme</source>
            <translation>New action in the selected theme</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;What:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <source>&amp;Finding:</source>
            <translation>&amp;Finding:</translation>
        </message>
        <message>
            <source>&amp;Add action</source>
            <translation>&amp;Add action</translation>
        </message>
        <message>
            <source>Status of the selected action</source>
            <translation>Status of the selected action</translation>
        </message>
        <message>
            <source>Ne&amp;w status:</source>
            <translation>Ne&amp;w status:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>You can read the action plan. Coordinators and leaders edit it.</source>
            <translation>You can read the action plan. Coordinators and leaders edit it.</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandoned</translation>
        </message>
        <message>
            <source>Evaluate now</source>
            <translation>Evaluate now</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>The plan is to be evaluated on this day.</source>
            <translation>The plan is to be evaluated on this day.</translation>
        </message>
        <message>
            <source>%1 — late</source>
            <translation>%1 — late</translation>
        </message>
        <message>
            <source>The deadline has passed and the action is not done.</source>
            <translation>The deadline has passed and the action is not done.</translation>
        </message>
        <message>
            <source>No action plan yet. Create one with the form on the right.</source>
            <translation>No action plan yet. Create one with the form on the right.</translation>
        </message>
        <message>
            <source>Actions: %1 (%2 planned, %3 in progress, %4 done, %5 abandoned). Late: %6.</source>
            <translation>Actions: %1 (%2 planned, %3 in progress, %4 done, %5 abandoned). Late: %6.</translation>
        </message>
        <message>
            <source>Plans: %1, actions: %2. Late: %3.</source>
            <translation>Plans: %1, actions: %2. Late: %3.</translation>
        </message>
        <message>
            <source>Select an action in the tree to change its status and read its notes.</source>
            <translation>Select an action in the tree to change its status and read its notes.</translation>
        </message>
        <message>
            <source>The action is gone.</source>
            <translation>The action is gone.</translation>
        </message>
        <message>
            <source>, deadline %1</source>
            <translation>, deadline %1</translation>
        </message>
        <message>
            <source>Finding: %1</source>
            <translation>Finding: %1</translation>
        </message>
        <message>
            <source>The plan was created. Add its themes.</source>
            <translation>The plan was created. Add its themes.</translation>
        </message>
        <message>
            <source>Select the plan the theme belongs to.</source>
            <translation>Select the plan the theme belongs to.</translation>
        </message>
        <message>
            <source>The theme was added.</source>
            <translation>The theme was added.</translation>
        </message>
        <message>
            <source>Select the theme the action belongs to.</source>
            <translation>Select the theme the action belongs to.</translation>
        </message>
        <message>
            <source>The action was added as planned.</source>
            <translation>The action was added as planned.</translation>
        </message>
        <message>
            <source>Select the action whose status you change.</source>
            <translation>Select the action whose status you change.</translation>
        </message>
        <message>
            <source>The status is now %1.</source>
            <translation>The status is now %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ActionRuleService</name>
        <message>
            <source>A rule needs a name, an item pattern and the action it calls for.</source>
            <translation>A rule needs a name, an item pattern and the action it calls for.</translation>
        </message>
        <message>
            <source>A rule counts per caseworker (caseworker-count) or looks at a share (item-share).</source>
            <translation>A rule counts per caseworker (caseworker-count) or looks at a share (item-share).</translation>
        </message>
        <message>
            <source>The threshold must be a count, or a percentage from 0 to 100.</source>
            <translation>The threshold must be a count, or a percentage from 0 to 100.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AdministrationDialog</name>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>&amp;Users</translation>
        </message>
        <message>
            <source>&amp;Management action rules</source>
            <translation>&amp;Management action rules</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Selected user</source>
            <translation>Selected user</translation>
        </message>
        <message>
            <source>&amp;Change role</source>
            <translation>&amp;Change role</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>The login name, e.g. msn</source>
            <translation>The login name, e.g. msn</translation>
        </message>
        <message>
            <source>As the case system writes the caseworker, e.g. Mette Sørensen</source>
            <translation>As the case system writes the caseworker, e.g. Mette Sørensen</translation>
        </message>
        <message>
            <source>Add us&amp;er</source>
            <translation>Add us&amp;er</translation>
        </message>
        <message>
            <source>User &amp;name:</source>
            <translation>User &amp;name:</translation>
        </message>
        <message>
            <source>Displa&amp;y name:</source>
            <translation>Displa&amp;y name:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>R&amp;ole:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>&amp;Deactivate rule</source>
            <translation>&amp;Deactivate rule</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>New rule</translation>
        </message>
        <message>
            <source>A short name, e.g. Late follow-up</source>
            <translation>A short name, e.g. Late follow-up</translation>
        </message>
        <message>
            <source>Per caseworker: at least this many “not met” answers</source>
            <translation>Per caseworker: at least this many “not met” answers</translation>
        </message>
        <message>
            <source>For the round: more than this share of the answers “not met”</source>
            <translation>For the round: more than this share of the answers “not met”</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>All items</translation>
        </message>
        <message>
            <source>Every item of %1</source>
            <translation>Every item of %1</translation>
        </message>
        <message>
            <source>Another pattern…</source>
            <translation>Another pattern…</translation>
        </message>
        <message>
            <source>Item keys, * for any text, e.g. integration.followup.*</source>
            <translation>Item keys, * for any text, e.g. integration.followup.*</translation>
        </message>
        <message>
            <source>What is to be done, e.g. Sparring with the faglig koordinator</source>
            <translation>What is to be done, e.g. Sparring with the faglig koordinator</translation>
        </message>
        <message>
            <source>Add &amp;rule</source>
            <translation>Add &amp;rule</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Items:</source>
            <translation>&amp;Items:</translation>
        </message>
        <message>
            <source>&amp;Pattern:</source>
            <translation>&amp;Pattern:</translation>
        </message>
        <message>
            <source>&amp;Threshold:</source>
            <translation>&amp;Threshold:</translation>
        </message>
        <message>
            <source>A&amp;ction:</source>
            <translation>A&amp;ction:</translation>
        </message>
        <message>
            <source>all items</source>
            <translation>all items</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>“%1” (%2)</translation>
        </message>
        <message>
            <source>every item of %1</source>
            <translation>every item of %1</translation>
        </message>
        <message>
            <source>the items under “%1” (%2)</source>
            <translation>the items under “%1” (%2)</translation>
        </message>
        <message>
            <source>the items matching %1</source>
            <translation>the items matching %1</translation>
        </message>
        <message>
            <source>A caseworker has at least %1 “not met” answers on %2</source>
            <translation>A caseworker has at least %1 “not met” answers on %2</translation>
        </message>
        <message>
            <source>More than %1 % of the answers on %2 are “not met”</source>
            <translation>More than %1 % of the answers on %2 are “not met”</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;Activate</translation>
        </message>
        <message>
            <source>%1 was added as %2.</source>
            <translation>%1 was added as %2.</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>%1 is now %2.</translation>
        </message>
        <message>
            <source>%1 can use Sagstjek again.</source>
            <translation>%1 can use Sagstjek again.</translation>
        </message>
        <message>
            <source>%1 can no longer use Sagstjek.</source>
            <translation>%1 can no longer use Sagstjek.</translation>
        </message>
        <message>
            <source>&amp;Activate rule</source>
            <translation>&amp;Activate rule</translation>
        </message>
        <message>
            <source> “not met”</source>
            <translation> “not met”</translation>
        </message>
        <message numerus="yes">
            <source>Covers %n item(s) on the current cue cards.</source>
            <translation>
                <numerusform>Covers %n item on the current cue cards.</numerusform>
                <numerusform>Covers %n items on the current cue cards.</numerusform>
            </translation>
        </message>
        <message>
            <source>The rule “%1” was added.</source>
            <translation>The rule “%1” was added.</translation>
        </message>
        <message>
            <source>The rule “%1” no longer applies.</source>
            <translation>The rule “%1” no longer applies.</translation>
        </message>
        <message>
            <source>The rule “%1” applies again.</source>
            <translation>The rule “%1” applies again.</translation>
        </message>
        <message>
            <source>You changed your own access: what you may no longer do is switched off here, and Sagstjek applies it in full when the database is opened again.</source>
            <translation>You changed your own access: what you may no longer do is switched off here, and Sagstjek applies it in full when the database is opened again.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AppController</name>
        <message>
            <source>No database is open.</source>
            <translation>No database is open.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ApprovalService</name>
        <message>
            <source>Say what needs another look: sending a review back needs a comment.</source>
            <translation>Say what needs another look: sending a review back needs a comment.</translation>
        </message>
        <message>
            <source>The case has no review in this round yet.</source>
            <translation>The case has no review in this round yet.</translation>
        </message>
        <message>
            <source>The review is already approved.</source>
            <translation>The review is already approved.</translation>
        </message>
        <message>
            <source>Only a completed review can be approved or sent back; this one is %1.</source>
            <translation>Only a completed review can be approved or sent back; this one is %1.</translation>
        </message>
        <message>
            <source>%1 worked on this review and cannot approve or send back their own review; another coordinator or leader must do it (four eyes).</source>
            <translation>%1 worked on this review and cannot approve or send back their own review; another coordinator or leader must do it (four eyes).</translation>
        </message>
        <message>
            <source>Reopening an approved review needs a reason.</source>
            <translation>Reopening an approved review needs a reason.</translation>
        </message>
        <message>
            <source>Only an approved review is reopened; this one is %1 and can be changed as it is.</source>
            <translation>Only an approved review is reopened; this one is %1 and can be changed as it is.</translation>
        </message>
        <message>
            <source>Only the reviewer, a faglig koordinator or a leader may reopen an approved review.</source>
            <translation>Only the reviewer, a faglig koordinator or a leader may reopen an approved review.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CaseImporter</name>
        <message>
            <source>The case number is missing.</source>
            <translation>The case number is missing.</translation>
        </message>
        <message>
            <source>The case number is also on row %1.</source>
            <translation>The case number is also on row %1.</translation>
        </message>
        <message>
            <source>The name is missing.</source>
            <translation>The name is missing.</translation>
        </message>
        <message>
            <source>Unknown area. Use one of: %1.</source>
            <translation>Unknown area. Use one of: %1.</translation>
        </message>
        <message>
            <source>The value is longer than %1 characters.</source>
            <translation>The value is longer than %1 characters.</translation>
        </message>
        <message>
            <source>The value contains control characters.</source>
            <translation>The value contains control characters.</translation>
        </message>
        <message>
            <source>Not a valid CPR number: %1.</source>
            <translation>Not a valid CPR number: %1.</translation>
        </message>
        <message>
            <source>The CPR number fails the modulus-11 check. Numbers issued since 2007 may do so; it was accepted.</source>
            <translation>The CPR number fails the modulus-11 check. Numbers issued since 2007 may do so; it was accepted.</translation>
        </message>
        <message>
            <source>No case field has this name; the column is ignored. Map it in a mapping file to import it.</source>
            <translation>No case field has this name; the column is ignored. Map it in a mapping file to import it.</translation>
        </message>
        <message>
            <source>The column mixes day-first and month-first dates (%1). Choose the order in the mapping.</source>
            <translation>The column mixes day-first and month-first dates (%1). Choose the order in the mapping.</translation>
        </message>
        <message>
            <source>No date in the first rows tells day-first from month-first; they were read as day-month-year (Danish order).</source>
            <translation>No date in the first rows tells day-first from month-first; they were read as day-month-year (Danish order).</translation>
        </message>
        <message>
            <source>The dates were read as month-day-year: %1</source>
            <translation>The dates were read as month-day-year: %1</translation>
        </message>
        <message>
            <source>Unknown subgroup for %1. Use one of: %2.</source>
            <translation>Unknown subgroup for %1. Use one of: %2.</translation>
        </message>
        <message>
            <source>Not a valid date (%1). Write it as YYYY-MM-DD or DD-MM-YYYY.</source>
            <translation>Not a valid date (%1). Write it as YYYY-MM-DD or DD-MM-YYYY.</translation>
        </message>
        <message>
            <source>The date could be day-month or month-day; choose the column's date order in the mapping.</source>
            <translation>The date could be day-month or month-day; choose the column's date order in the mapping.</translation>
        </message>
        <message>
            <source>The date is outside 1900–2100.</source>
            <translation>The date is outside 1900–2100.</translation>
        </message>
        <message>
            <source>%1. Nothing was imported.</source>
            <translation>%1. Nothing was imported.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>The cases were imported, but the skipped rows could not be written to %1: %2</source>
            <translation>The cases were imported, but the skipped rows could not be written to %1: %2</translation>
        </message>
        <message>
            <source>The required column "%1" is missing.</source>
            <translation>The required column "%1" is missing.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CaseListModel</name>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>CPR</source>
            <translation>CPR</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CaseListWidget</name>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>Review status</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Search case number, name or CPR (Ctrl+F)</source>
            <translation>Search case number, name or CPR (Ctrl+F)</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>All areas</translation>
        </message>
        <message>
            <source>Any review status</source>
            <translation>Any review status</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>All caseworkers</source>
            <translation>All caseworkers</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>All teams</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message>
            <source>The cases could not be counted: %1</source>
            <translation>The cases could not be counted: %1</translation>
        </message>
        <message>
            <source>Counting cases…</source>
            <translation>Counting cases…</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CaseRepository</name>
        <message>
            <source>There is no case with id %1.</source>
            <translation>There is no case with id %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ComplaintListModel</name>
        <message>
            <source>This case number is not in the database; the decision still counts.</source>
            <translation>This case number is not in the database; the decision still counts.</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ComplaintRateModel</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>nothing decided on the merits</source>
            <translation>nothing decided on the merits</translation>
        </message>
        <message>
            <source>too few to judge</source>
            <translation>too few to judge</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <source>Decided on the merits</source>
            <translation>Decided on the merits</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Reversed</translation>
        </message>
        <message>
            <source>Rejected or referred</source>
            <translation>Rejected or referred</translation>
        </message>
        <message>
            <source>Reversal rate</source>
            <translation>Reversal rate</translation>
        </message>
        <message>
            <source>95 % interval</source>
            <translation>95 % interval</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ComplaintService</name>
        <message>
            <source>A decision needs the paragraph it was made under, e.g. SEL § 96.</source>
            <translation>A decision needs the paragraph it was made under, e.g. SEL § 96.</translation>
        </message>
        <message>
            <source>The paragraph is longer than %1 characters.</source>
            <translation>The paragraph is longer than %1 characters.</translation>
        </message>
        <message>
            <source>A decision needs the date Ankestyrelsen decided it.</source>
            <translation>A decision needs the date Ankestyrelsen decided it.</translation>
        </message>
        <message>
            <source>The decision date %1 is in the future.</source>
            <translation>The decision date %1 is in the future.</translation>
        </message>
        <message>
            <source>There is no case %1 in the database; the decision is kept with the number as text and still counts.</source>
            <translation>There is no case %1 in the database; the decision is kept with the number as text and still counts.</translation>
        </message>
        <message>
            <source>This decision is already registered: case %1, %2, %3, %4.</source>
            <translation>This decision is already registered: case %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The period starts (%1) after it ends (%2).</source>
            <translation>The period starts (%1) after it ends (%2).</translation>
        </message>
        <message>
            <source>The required column "%1" (%2) is missing.</source>
            <translation>The required column "%1" (%2) is missing.</translation>
        </message>
        <message>
            <source>%1. Nothing was imported.</source>
            <translation>%1. Nothing was imported.</translation>
        </message>
        <message>
            <source>The paragraph is missing.</source>
            <translation>The paragraph is missing.</translation>
        </message>
        <message>
            <source>The date is missing.</source>
            <translation>The date is missing.</translation>
        </message>
        <message>
            <source>Not a valid date (%1).</source>
            <translation>Not a valid date (%1).</translation>
        </message>
        <message>
            <source>The date could be day-month or month-day; choose the order in the mapping.</source>
            <translation>The date could be day-month or month-day; choose the order in the mapping.</translation>
        </message>
        <message>
            <source>The decision date is in the future.</source>
            <translation>The decision date is in the future.</translation>
        </message>
        <message>
            <source>The outcome is missing.</source>
            <translation>The outcome is missing.</translation>
        </message>
        <message>
            <source>Unknown outcome. Use stadfæstet, ændret, ophævet, hjemvist, afvist or henvist.</source>
            <translation>Unknown outcome. Use stadfæstet, ændret, ophævet, hjemvist, afvist or henvist.</translation>
        </message>
        <message>
            <source>There is no case with this number in the database; the decision is kept with the number as text and still counts.</source>
            <translation>There is no case with this number in the database; the decision is kept with the number as text and still counts.</translation>
        </message>
        <message>
            <source>The same decision as row %1; counted once.</source>
            <translation>The same decision as row %1; counted once.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ComplaintsView</name>
        <message>
            <source>Register a decision</source>
            <translation>Register a decision</translation>
        </message>
        <message>
            <source>&amp;Import file…</source>
            <translation>&amp;Import file…</translation>
        </message>
        <message>
            <source>Re&amp;move selected</source>
            <translation>Re&amp;move selected</translation>
        </message>
        <message>
            <source>e.g. SEL § 96</source>
            <translation>e.g. SEL § 96</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Decided from</source>
            <translation>Decided from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Reversal rate = (changed + annulled + remitted) ÷ decisions on the merits. Rejected and referred complaints are counted beside it, not in it. Under 5 decisions on the merits is too few to judge.</source>
            <translation>Reversal rate = (changed + annulled + remitted) ÷ decisions on the merits. Rejected and referred complaints are counted beside it, not in it. Under 5 decisions on the merits is too few to judge.</translation>
        </message>
        <message>
            <source>Re&amp;gister</source>
            <translation>Re&amp;gister</translation>
        </message>
        <message>
            <source>&amp;Paragraph:</source>
            <translation>&amp;Paragraph:</translation>
        </message>
        <message>
            <source>&amp;Decided:</source>
            <translation>&amp;Decided:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>&amp;Case number:</source>
            <translation>&amp;Case number:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>The decision is registered.</source>
            <translation>The decision is registered.</translation>
        </message>
        <message>
            <source>The decision is registered. %1</source>
            <translation>The decision is registered. %1</translation>
        </message>
        <message>
            <source>Select the decisions to remove.</source>
            <translation>Select the decisions to remove.</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) removed.</source>
            <translation>
                <numerusform>%n decision removed.</numerusform>
                <numerusform>%n decisions removed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Ankestyrelsen's decisions</source>
            <translation>Import Ankestyrelsen's decisions</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Tables (*.csv *.xlsx *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Row %1, column %2: %3</source>
            <translation>Row %1, column %2: %3</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message>
            <source>%1 decisions registered, %2 already registered.</source>
            <translation>%1 decisions registered, %2 already registered.</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s), e.g. row %1: %2</source>
            <translation>
                <numerusform>%n warning, e.g. row %1: %2</numerusform>
                <numerusform>%n warnings, e.g. row %1: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ConnectDialog</name>
        <message>
            <source>&amp;Encrypt the connection (TLS)</source>
            <translation>&amp;Encrypt the connection (TLS)</translation>
        </message>
        <message>
            <source>Connect to team server</source>
            <translation>Connect to team server</translation>
        </message>
        <message>
            <source>e.g. sagstjek.kommune.local</source>
            <translation>e.g. sagstjek.kommune.local</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>You work as this user: the server decides what you may see and do. The password is not saved; Sagstjek remembers the server in File ▸ Open recent.</source>
            <translation>You work as this user: the server decides what you may see and do. The password is not saved; Sagstjek remembers the server in File ▸ Open recent.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <source>Fill in the server, the database and the user.</source>
            <translation>Fill in the server, the database and the user.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CueCard</name>
        <message>
            <source>The template is not valid JSON at byte %1: %2</source>
            <translation>The template is not valid JSON at byte %1: %2</translation>
        </message>
        <message>
            <source>The template must be a JSON object.</source>
            <translation>The template must be a JSON object.</translation>
        </message>
        <message>
            <source>Unknown template format %1; this version reads format 1.</source>
            <translation>Unknown template format %1; this version reads format 1.</translation>
        </message>
        <message>
            <source>The template key "%1" is missing or invalid.</source>
            <translation>The template key "%1" is missing or invalid.</translation>
        </message>
        <message>
            <source>Template %1: the version must be a whole number from 1.</source>
            <translation>Template %1: the version must be a whole number from 1.</translation>
        </message>
        <message>
            <source>Template %1: unknown area "%2".</source>
            <translation>Template %1: unknown area "%2".</translation>
        </message>
        <message>
            <source>Template %1 has no title.</source>
            <translation>Template %1 has no title.</translation>
        </message>
        <message>
            <source>Template %1, section %2: an item key is missing or invalid.</source>
            <translation>Template %1, section %2: an item key is missing or invalid.</translation>
        </message>
        <message>
            <source>Template %1: the item key %2 is used twice.</source>
            <translation>Template %1: the item key %2 is used twice.</translation>
        </message>
        <message>
            <source>Template %1: item %2 has no question.</source>
            <translation>Template %1: item %2 has no question.</translation>
        </message>
        <message>
            <source>Template %1: item %2 has an unknown severity "%3".</source>
            <translation>Template %1: item %2 has an unknown severity "%3".</translation>
        </message>
        <message>
            <source>Template %1 has no items.</source>
            <translation>Template %1 has no items.</translation>
        </message>
        <message>
            <source>The template has the key "%1" twice in one object; JSON readers disagree on which one counts, so the template is refused. Remove one of them.</source>
            <translation>The template has the key "%1" twice in one object; JSON readers disagree on which one counts, so the template is refused. Remove one of them.</translation>
        </message>
        <message>
            <source>Template %1: the key must be the area it is for ("%2"); one cue card per area.</source>
            <translation>Template %1: the key must be the area it is for ("%2"); one cue card per area.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CueCardWidget</name>
        <message>
            <source>Choose a case in the list and press Enter to open its cue card.</source>
            <translation>Choose a case in the list and press Enter to open its cue card.</translation>
        </message>
        <message>
            <source>Complete review</source>
            <translation>Complete review</translation>
        </message>
        <message>
            <source>Mark the review complete (Ctrl+Enter)</source>
            <translation>Mark the review complete (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>The case could not be opened: %1</source>
            <translation>The case could not be opened: %1</translation>
        </message>
        <message>
            <source>CPR %1</source>
            <translation>CPR %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Caseworker: %1</source>
            <translation>Caseworker: %1</translation>
        </message>
        <message>
            <source>Team: %1</source>
            <translation>Team: %1</translation>
        </message>
        <message>
            <source>Cue card: %1, version %2</source>
            <translation>Cue card: %1, version %2</translation>
        </message>
        <message>
            <source>Every item is answered. Press Ctrl+Enter to complete the review.</source>
            <translation>Every item is answered. Press Ctrl+Enter to complete the review.</translation>
        </message>
        <message>
            <source>%1 / %2 answered</source>
            <translation>%1 / %2 answered</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>The review is complete.</source>
            <translation>The review is complete.</translation>
        </message>
        <message numerus="yes">
            <source>The review cannot be completed yet (%n problem(s)):</source>
            <translation>
                <numerusform>The review cannot be completed yet (%n problem):</numerusform>
                <numerusform>The review cannot be completed yet (%n problems):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Round: %1</source>
            <translation>Round: %1</translation>
        </message>
        <message>
            <source>Outside any round</source>
            <translation>Outside any round</translation>
        </message>
        <message>
            <source>Reopen the completed review?</source>
            <translation>Reopen the completed review?</translation>
        </message>
        <message>
            <source>This review is completed. Changing an answer reopens it, and it must be completed again.

Reopen the review and change the answer?</source>
            <translation>This review is completed. Changing an answer reopens it, and it must be completed again.

Reopen the review and change the answer?</translation>
        </message>
        <message>
            <source>Reopen and change</source>
            <translation>Reopen and change</translation>
        </message>
        <message>
            <source>Keep it completed</source>
            <translation>Keep it completed</translation>
        </message>
        <message>
            <source>This review is approved and cannot be changed. A coordinator or leader can reopen it with a reason (Rounds ▸ Reopen).</source>
            <translation>This review is approved and cannot be changed. A coordinator or leader can reopen it with a reason (Rounds ▸ Reopen).</translation>
        </message>
        <message>
            <source>Reopen the approved review?</source>
            <translation>Reopen the approved review?</translation>
        </message>
        <message>
            <source>This review is approved. To change it, it is reopened and must be approved again.
Why is it reopened?</source>
            <translation>This review is approved. To change it, it is reopened and must be approved again.
Why is it reopened?</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Sent back by the approver: %1</source>
            <translation>Sent back by the approver: %1</translation>
        </message>
        <message>
            <source>Save your change over your colleague's. Close this message to keep theirs.</source>
            <translation>Save your change over your colleague's. Close this message to keep theirs.</translation>
        </message>
        <message>
            <source>Re&amp;place with mine</source>
            <translation>Re&amp;place with mine</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved yet:&lt;/b&gt; the team server cannot be reached. Your changes stay on the card, marked "Not saved yet", and are saved when the connection is back.</source>
            <translation>&lt;b&gt;Not saved yet:&lt;/b&gt; the team server cannot be reached. Your changes stay on the card, marked "Not saved yet", and are saved when the connection is back.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CueItemWidget</name>
        <message>
            <source>%1 (key %2)</source>
            <translation>%1 (key %2)</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>What to look for</source>
            <translation>What to look for</translation>
        </message>
        <message>
            <source>Show or hide the guidance (key G)</source>
            <translation>Show or hide the guidance (key G)</translation>
        </message>
        <message>
            <source>Computed: %1</source>
            <translation>Computed: %1</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note (Enter)</source>
            <translation>Note (Enter)</translation>
        </message>
        <message>
            <source>Reason for differing from the computed verdict</source>
            <translation>Reason for differing from the computed verdict</translation>
        </message>
        <message>
            <source>Your answer differs from the computed verdict: why? (required)</source>
            <translation>Your answer differs from the computed verdict: why? (required)</translation>
        </message>
        <message>
            <source>Computed: %1 (Space confirms)</source>
            <translation>Computed: %1 (Space confirms)</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Not saved yet</translation>
        </message>
        <message>
            <source>The team server cannot be reached. This change is kept here and saved when the connection is back.</source>
            <translation>The team server cannot be reached. This change is kept here and saved when the connection is back.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DashboardService</name>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DashboardView</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Error-free</source>
            <translation>Error-free</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Open defects</source>
            <translation>Open defects</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Not met</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Compliance</translation>
        </message>
        <message>
            <source>Lower bound</source>
            <translation>Lower bound</translation>
        </message>
        <message>
            <source>Check item</source>
            <translation>Check item</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Load the figures again (F5)</source>
            <translation>Load the figures again (F5)</translation>
        </message>
        <message>
            <source>Choose a check item to list the cases that did not meet it</source>
            <translation>Choose a check item to list the cases that did not meet it</translation>
        </message>
        <message>
            <source>Enter or double-click: open the case's cue card in the round</source>
            <translation>Enter or double-click: open the case's cue card in the round</translation>
        </message>
        <message>
            <source>Open rounds</source>
            <translation>Open rounds</translation>
        </message>
        <message>
            <source>Compliance per check item</source>
            <translation>Compliance per check item</translation>
        </message>
        <message>
            <source>Cases behind the figure</source>
            <translation>Cases behind the figure</translation>
        </message>
        <message>
            <source>Open defects per owner</source>
            <translation>Open defects per owner</translation>
        </message>
        <message>
            <source>Management actions waiting</source>
            <translation>Management actions waiting</translation>
        </message>
        <message>
            <source>Cancelled: the figures shown are from the last complete load.</source>
            <translation>Cancelled: the figures shown are from the last complete load.</translation>
        </message>
        <message>
            <source>The figures could not be loaded: %1</source>
            <translation>The figures could not be loaded: %1</translation>
        </message>
        <message>
            <source>Overview on %1</source>
            <translation>Overview on %1</translation>
        </message>
        <message>
            <source>There is no open round. Start one under Rounds; its figures appear here.</source>
            <translation>There is no open round. Start one under Rounds; its figures appear here.</translation>
        </message>
        <message>
            <source>%1 of %2 reviewed, %3 left</source>
            <translation>%1 of %2 reviewed, %3 left</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 of %3)</translation>
        </message>
        <message>
            <source>; at least %1</source>
            <translation>; at least %1</translation>
        </message>
        <message>
            <source>Lower 95 % bound</source>
            <translation>Lower 95 % bound</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Target %1</translation>
        </message>
        <message>
            <source>Check item (number as in the table)</source>
            <translation>Check item (number as in the table)</translation>
        </message>
        <message>
            <source>Choose a bar or a check item to see the cases that did not meet it.</source>
            <translation>Choose a bar or a check item to see the cases that did not meet it.</translation>
        </message>
        <message>
            <source>The cases could not be listed: %1</source>
            <translation>The cases could not be listed: %1</translation>
        </message>
        <message>
            <source>%1. %2: not met in %3 of %4 reviewed cases.</source>
            <translation>%1. %2: not met in %3 of %4 reviewed cases.</translation>
        </message>
        <message>
            <source>You see your own cases only.</source>
            <translation>You see your own cases only.</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>In all</translation>
        </message>
        <message>
            <source>The whole round</source>
            <translation>The whole round</translation>
        </message>
        <message>
            <source>Grants to correct</source>
            <translation>Grants to correct</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Reversal rate at Ankestyrelsen</source>
            <translation>Reversal rate at Ankestyrelsen</translation>
        </message>
        <message>
            <source>Late actions in the action plan</source>
            <translation>Late actions in the action plan</translation>
        </message>
        <message>
            <source>Months without a rate, not priced: %1</source>
            <translation>Months without a rate, not priced: %1</translation>
        </message>
        <message>
            <source>From %1 to %2:</source>
            <translation>From %1 to %2:</translation>
        </message>
        <message>
            <source>no decision on the merits registered.</source>
            <translation>no decision on the merits registered.</translation>
        </message>
        <message>
            <source>%1 rejected or referred, not counted.</source>
            <translation>%1 rejected or referred, not counted.</translation>
        </message>
        <message>
            <source>Error-free cases over the last rounds</source>
            <translation>Error-free cases over the last rounds</translation>
        </message>
        <message>
            <source>Error-free cases</source>
            <translation>Error-free cases</translation>
        </message>
        <message>
            <source>No round yet.</source>
            <translation>No round yet.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::Database</name>
        <message>
            <source>There is no triggered action %1.</source>
            <translation>There is no triggered action %1.</translation>
        </message>
        <message>
            <source>There is no case %1.</source>
            <translation>There is no case %1.</translation>
        </message>
        <message>
            <source>The case no longer exists.</source>
            <translation>The case no longer exists.</translation>
        </message>
        <message>
            <source>There is no defect %1.</source>
            <translation>There is no defect %1.</translation>
        </message>
        <message>
            <source>Warning: %1 is on a network share (%2). SQLite's write-ahead log does not work over a network file system, and two computers using the file at once can damage it. Copy the database to a local disk and work there, or use the team server.</source>
            <translation>Warning: %1 is on a network share (%2). SQLite's write-ahead log does not work over a network file system, and two computers using the file at once can damage it. Copy the database to a local disk and work there, or use the team server.</translation>
        </message>
        <message>
            <source>The review no longer exists.</source>
            <translation>The review no longer exists.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space on the disk that holds the database, then try again.</source>
            <translation>The disk is full: nothing was saved. Free some space on the disk that holds the database, then try again.</translation>
        </message>
        <message>
            <source>The database is read-only: nothing was saved. Check that you may write to the file and its folder.</source>
            <translation>The database is read-only: nothing was saved. Check that you may write to the file and its folder.</translation>
        </message>
        <message>
            <source>The database is locked by another program: nothing was saved. Close the other program and try again.</source>
            <translation>The database is locked by another program: nothing was saved. Close the other program and try again.</translation>
        </message>
        <message>
            <source>The disk reported an error: nothing was saved (%1). Check the disk or the network connection, then try again.</source>
            <translation>The disk reported an error: nothing was saved (%1). Check the disk or the network connection, then try again.</translation>
        </message>
        <message>
            <source>Database error: %1</source>
            <translation>Database error: %1</translation>
        </message>
        <message>
            <source>There is no complaint decision %1.</source>
            <translation>There is no complaint decision %1.</translation>
        </message>
        <message>
            <source>The database is damaged (%1): restore the latest backup (sagstjek-cli restore FILE). No backup of it was found in its backup folder.</source>
            <translation>The database is damaged (%1): restore the latest backup (sagstjek-cli restore FILE). No backup of it was found in its backup folder.</translation>
        </message>
        <message>
            <source>The database is damaged (%1): restore the latest backup, %2 (sagstjek-cli restore "%2").</source>
            <translation>The database is damaged (%1): restore the latest backup, %2 (sagstjek-cli restore "%2").</translation>
        </message>
        <message>
            <source>Cannot read %1: check that the file exists and that you may read it.</source>
            <translation>Cannot read %1: check that the file exists and that you may read it.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>An import is being written to the database: nothing was saved. Try again when it has finished.</source>
            <translation>An import is being written to the database: nothing was saved. Try again when it has finished.</translation>
        </message>
        <message>
            <source>%1 is a file: a team server is given as postgresql://USER@HOST/DATABASE.</source>
            <translation>%1 is a file: a team server is given as postgresql://USER@HOST/DATABASE.</translation>
        </message>
        <message>
            <source>The team server cannot be reached: nothing was saved (%1). Check the network connection, then try again.</source>
            <translation>The team server cannot be reached: nothing was saved (%1). Check the network connection, then try again.</translation>
        </message>
        <message>
            <source>The team server refused this to your login: nothing was saved (%1).</source>
            <translation>The team server refused this to your login: nothing was saved (%1).</translation>
        </message>
        <message>
            <source>A colleague's change got in the way: nothing was saved. Try again.</source>
            <translation>A colleague's change got in the way: nothing was saved. Try again.</translation>
        </message>
        <message>
            <source>The database gave the new row no id.</source>
            <translation>The database gave the new row no id.</translation>
        </message>
        <message>
            <source>%1 is a file, not a team server: its copy is a backup ("sagstjek-cli backup -o FILE").</source>
            <translation>%1 is a file, not a team server: its copy is a backup ("sagstjek-cli backup -o FILE").</translation>
        </message>
        <message>
            <source>%1 is a file: `server import-file` moves a file onto a team server, given with --db postgresql://USER@HOST/DATABASE.</source>
            <translation>%1 is a file: `server import-file` moves a file onto a team server, given with --db postgresql://USER@HOST/DATABASE.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DatabaseLocation</name>
        <message>
            <source>No database was given: name a file, or a team server as %1.</source>
            <translation>No database was given: name a file, or a team server as %1.</translation>
        </message>
        <message>
            <source>Sagstjek opens a SQLite file or a team server given as %1; "%2://" is neither.</source>
            <translation>Sagstjek opens a SQLite file or a team server given as %1; "%2://" is neither.</translation>
        </message>
        <message>
            <source>The team server's location is not a valid URL: write it as %1.</source>
            <translation>The team server's location is not a valid URL: write it as %1.</translation>
        </message>
        <message>
            <source>The team server's location must name a user, a server and a database: write it as %1.</source>
            <translation>The team server's location must name a user, a server and a database: write it as %1.</translation>
        </message>
        <message>
            <source>The team server's port must be a number from 1 to 65535.</source>
            <translation>The team server's port must be a number from 1 to 65535.</translation>
        </message>
        <message>
            <source>A team server's location has no "#" part.</source>
            <translation>A team server's location has no "#" part.</translation>
        </message>
        <message>
            <source>The location's sslmode must be one of %1.</source>
            <translation>The location's sslmode must be one of %1.</translation>
        </message>
        <message>
            <source>The location's host setting must be the folder of the server's socket (an absolute path).</source>
            <translation>The location's host setting must be the folder of the server's socket (an absolute path).</translation>
        </message>
        <message>
            <source>"%1" is not a setting Sagstjek takes in a team server's location (only sslmode, and host for a socket folder).</source>
            <translation>"%1" is not a setting Sagstjek takes in a team server's location (only sslmode, and host for a socket folder).</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DefectEditor</name>
        <message>
            <source>Defect description</source>
            <translation>Defect description</translation>
        </message>
        <message>
            <source>What is wrong and what must be done</source>
            <translation>What is wrong and what must be done</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Who fixes it</source>
            <translation>Who fixes it</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Defect</source>
            <translation>Defect</translation>
        </message>
        <message>
            <source>&amp;Severity:</source>
            <translation>&amp;Severity:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>D&amp;ue:</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DefectListModel</name>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Defect</source>
            <translation>Defect</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DefectService</name>
        <message>
            <source>Say what was done to remediate the defect.</source>
            <translation>Say what was done to remediate the defect.</translation>
        </message>
        <message>
            <source>The remediation date %1 lies in the future.</source>
            <translation>The remediation date %1 lies in the future.</translation>
        </message>
        <message>
            <source>Defect %1 is %2; only an open or reopened defect is remediated.</source>
            <translation>Defect %1 is %2; only an open or reopened defect is remediated.</translation>
        </message>
        <message>
            <source>Defect %1 is %2; only a remediated defect can be verified.</source>
            <translation>Defect %1 is %2; only a remediated defect can be verified.</translation>
        </message>
        <message>
            <source>%1 remediated defect %2 and cannot verify their own remediation; someone else must confirm the fix worked (four eyes).</source>
            <translation>%1 remediated defect %2 and cannot verify their own remediation; someone else must confirm the fix worked (four eyes).</translation>
        </message>
        <message>
            <source>Say why the defect is reopened.</source>
            <translation>Say why the defect is reopened.</translation>
        </message>
        <message>
            <source>Defect %1 is %2; only a remediated or verified defect is reopened.</source>
            <translation>Defect %1 is %2; only a remediated or verified defect is reopened.</translation>
        </message>
        <message>
            <source>Name the new owner.</source>
            <translation>Name the new owner.</translation>
        </message>
        <message>
            <source>Give a valid due date.</source>
            <translation>Give a valid due date.</translation>
        </message>
        <message>
            <source>Defect %1 belongs to %2; only its owner, or a consultant, coordinator or leader, works on its remediation.</source>
            <translation>Defect %1 belongs to %2; only its owner, or a consultant, coordinator or leader, works on its remediation.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DefectTrackerModel</name>
        <message>
            <source>Remediated %1 by %2: %3</source>
            <translation>Remediated %1 by %2: %3</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (overdue)</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Remediated by</source>
            <translation>Remediated by</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Verified by</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::EventImporter</name>
        <message>
            <source>The required column "%1" (%2) is missing.</source>
            <translation>The required column "%1" (%2) is missing.</translation>
        </message>
        <message>
            <source>%1. Nothing was imported.</source>
            <translation>%1. Nothing was imported.</translation>
        </message>
        <message>
            <source>The case number is missing.</source>
            <translation>The case number is missing.</translation>
        </message>
        <message>
            <source>There is no case with this number; import the case first.</source>
            <translation>There is no case with this number; import the case first.</translation>
        </message>
        <message>
            <source>Unknown event kind. Use one of: %1.</source>
            <translation>Unknown event kind. Use one of: %1.</translation>
        </message>
        <message>
            <source>The date is missing.</source>
            <translation>The date is missing.</translation>
        </message>
        <message>
            <source>Not a valid date (%1).</source>
            <translation>Not a valid date (%1).</translation>
        </message>
        <message>
            <source>The date could be day-month or month-day; choose the order in the mapping.</source>
            <translation>The date could be day-month or month-day; choose the order in the mapping.</translation>
        </message>
        <message>
            <source>Unknown form. Use in-person, phone, digital or letter.</source>
            <translation>Unknown form. Use in-person, phone, digital or letter.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Answers, one row per answer</source>
            <translation>Answers, one row per answer</translation>
        </message>
        <message>
            <source>Answers, one row per case (like a review sheet)</source>
            <translation>Answers, one row per case (like a review sheet)</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Defects</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>CSV for Danish Excel (UTF-8, semicolon)</source>
            <translation>CSV for Danish Excel (UTF-8, semicolon)</translation>
        </message>
        <message>
            <source>CSV for other programs (comma, RFC 4180)</source>
            <translation>CSV for other programs (comma, RFC 4180)</translation>
        </message>
        <message>
            <source>All rounds</source>
            <translation>All rounds</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>All areas</translation>
        </message>
        <message>
            <source>All caseworkers</source>
            <translation>All caseworkers</translation>
        </message>
        <message>
            <source>Include personal data (CPR numbers and names)</source>
            <translation>Include personal data (CPR numbers and names)</translation>
        </message>
        <message>
            <source>Export:</source>
            <translation>Export:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Round:</source>
            <translation>Round:</translation>
        </message>
        <message>
            <source>Area:</source>
            <translation>Area:</translation>
        </message>
        <message>
            <source>Caseworker:</source>
            <translation>Caseworker:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>%1 (closed)</source>
            <translation>%1 (closed)</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) written to %1 in the folder %2.</source>
            <translation>
                <numerusform>%n row written to %1 in the folder %2.</numerusform>
                <numerusform>%n rows written to %1 in the folder %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Keys instead of words (for machines)</source>
            <translation>Keys instead of words (for machines)</translation>
        </message>
        <message>
            <source>Field keys as headers, stored keys as values and ISO dates, as another program or a new import reads them.</source>
            <translation>Field keys as headers, stored keys as values and ISO dates, as another program or a new import reads them.</translation>
        </message>
        <message numerus="yes">
            <source>Exporting… %n row(s) written</source>
            <translation>
                <numerusform>Exporting… %n row written</numerusform>
                <numerusform>Exporting… %n rows written</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Cancel export</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>The export was cancelled. No file was written.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::Exporter</name>
        <message>
            <source>There is no round "%1".</source>
            <translation>There is no round "%1".</translation>
        </message>
        <message>
            <source>Unknown area "%1". Use one of: %2.</source>
            <translation>Unknown area "%1". Use one of: %2.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Answers</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Defects</translation>
        </message>
        <message>
            <source>A caseworker can export only their own cases.</source>
            <translation>A caseworker can export only their own cases.</translation>
        </message>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>The export was cancelled. No file was written.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::GrantService</name>
        <message>
            <source>Give the case number.</source>
            <translation>Give the case number.</translation>
        </message>
        <message>
            <source>"%1" is not a month; write it as YYYY-MM (2017-03).</source>
            <translation>"%1" is not a month; write it as YYYY-MM (2017-03).</translation>
        </message>
        <message>
            <source>Unknown target group "%1"; use grundtilskud or unaccompanied-minor.</source>
            <translation>Unknown target group "%1"; use grundtilskud or unaccompanied-minor.</translation>
        </message>
        <message>
            <source>The grant line was not stored.</source>
            <translation>The grant line was not stored.</translation>
        </message>
        <message>
            <source>Case %1 has no grant line for %2.</source>
            <translation>Case %1 has no grant line for %2.</translation>
        </message>
        <message>
            <source>The year must be from 1999 to 2100.</source>
            <translation>The year must be from 1999 to 2100.</translation>
        </message>
        <message>
            <source>A rate cannot be negative.</source>
            <translation>A rate cannot be negative.</translation>
        </message>
        <message>
            <source>The required column "%1" (%2) is missing.</source>
            <translation>The required column "%1" (%2) is missing.</translation>
        </message>
        <message>
            <source>%1. Nothing was imported.</source>
            <translation>%1. Nothing was imported.</translation>
        </message>
        <message>
            <source>The case number is missing.</source>
            <translation>The case number is missing.</translation>
        </message>
        <message>
            <source>There is no case with this number; import the case first.</source>
            <translation>There is no case with this number; import the case first.</translation>
        </message>
        <message>
            <source>The month is missing.</source>
            <translation>The month is missing.</translation>
        </message>
        <message>
            <source>Not a month; write it as YYYY-MM (2017-03) or MM-YYYY.</source>
            <translation>Not a month; write it as YYYY-MM (2017-03) or MM-YYYY.</translation>
        </message>
        <message>
            <source>Write ja or nej (also yes/no, 1/0, or x for yes and empty for no).</source>
            <translation>Write ja or nej (also yes/no, 1/0, or x for yes and empty for no).</translation>
        </message>
        <message>
            <source>Unknown target group; use grundtilskud or unaccompanied-minor.</source>
            <translation>Unknown target group; use grundtilskud or unaccompanied-minor.</translation>
        </message>
        <message>
            <source>Row %1 already gives this case's line for this month.</source>
            <translation>Row %1 already gives this case's line for this month.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::GrantsView</name>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Entitled</source>
            <translation>Entitled</translation>
        </message>
        <message>
            <source>Target group</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Save month</source>
            <translation>Save month</translation>
        </message>
        <message>
            <source>Remove month</source>
            <translation>Remove month</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Rate per month</source>
            <translation>Rate per month</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Set rate</source>
            <translation>Set rate</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Months</translation>
        </message>
        <message>
            <source>To repay</source>
            <translation>To repay</translation>
        </message>
        <message>
            <source>To claim</source>
            <translation>To claim</translation>
        </message>
        <message>
            <source>Months without a rate</source>
            <translation>Months without a rate</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>YYYY-MM</translation>
        </message>
        <message>
            <source>Before the takeover, after the integration period, self-supporting, …</source>
            <translation>Before the takeover, after the integration period, self-supporting, …</translation>
        </message>
        <message>
            <source>Kroner per month, e.g. 3.127,50</source>
            <translation>Kroner per month, e.g. 3.127,50</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Case:</source>
            <translation>Case:</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <source>Target group:</source>
            <translation>Target group:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Grant lines of the case</source>
            <translation>Grant lines of the case</translation>
        </message>
        <message>
            <source>Rates per month</source>
            <translation>Rates per month</translation>
        </message>
        <message>
            <source>Differences to correct at the year's accounts</source>
            <translation>Differences to correct at the year's accounts</translation>
        </message>
        <message>
            <source>You may read the grants; entering lines and rates is for consultants, coordinators and leaders.</source>
            <translation>You may read the grants; entering lines and rates is for consultants, coordinators and leaders.</translation>
        </message>
        <message>
            <source>no rate for %1</source>
            <translation>no rate for %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Case %1: months entered: %2.</source>
            <translation>Case %1: months entered: %2.</translation>
        </message>
        <message>
            <source>Total: %1 to repay, %2 to claim, net %3.</source>
            <translation>Total: %1 to repay, %2 to claim, net %3.</translation>
        </message>
        <message>
            <source>Months without a rate, not counted: %1; set the rate of their year.</source>
            <translation>Months without a rate, not counted: %1; set the rate of their year.</translation>
        </message>
        <message>
            <source>Saved %1 of case %2.</source>
            <translation>Saved %1 of case %2.</translation>
        </message>
        <message>
            <source>Removed %1 of case %2.</source>
            <translation>Removed %1 of case %2.</translation>
        </message>
        <message>
            <source>The rate for %1 %2 is now %3 a month.</source>
            <translation>The rate for %1 %2 is now %3 a month.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ImportDialog</name>
        <message>
            <source>Import cases</source>
            <translation>Import cases</translation>
        </message>
        <message>
            <source>Import case events</source>
            <translation>Import case events</translation>
        </message>
        <message>
            <source>Import a review sheet</source>
            <translation>Import a review sheet</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Detect</translation>
        </message>
        <message>
            <source>Detect (day first when unclear)</source>
            <translation>Detect (day first when unclear)</translation>
        </message>
        <message>
            <source>Day-month-year</source>
            <translation>Day-month-year</translation>
        </message>
        <message>
            <source>Month-day-year</source>
            <translation>Month-day-year</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translation>Save mapping…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Sheet:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Encoding:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Dates:</translation>
        </message>
        <message>
            <source>Cue card:</source>
            <translation>Cue card:</translation>
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation>Saved mappings:</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Imported as</translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Mapping</translation>
        </message>
        <message>
            <source>Preview of the first rows (invalid values in red)</source>
            <translation>Preview of the first rows (invalid values in red)</translation>
        </message>
        <message>
            <source>Import the valid rows and skip the invalid ones</source>
            <translation>Import the valid rows and skip the invalid ones</translation>
        </message>
        <message>
            <source>Save the skipped rows to a file (optional)</source>
            <translation>Save the skipped rows to a file (optional)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>(automatic)</source>
            <translation>(automatic)</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Choose the file to import</translation>
        </message>
        <message>
            <source>Spreadsheets and CSV files (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Spreadsheets and CSV files (*.xlsx *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— not imported —</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (required)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n of the first %1 rows are invalid (red cells; hover for the reason).</source>
            <translation>
                <numerusform>%n of the first %1 rows are invalid (red cells; hover for the reason).</numerusform>
                <numerusform>%n of the first %1 rows are invalid (red cells; hover for the reason).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Building the indexes and the name search…</source>
            <translation>Building the indexes and the name search…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was changed.</source>
            <translation>The import was cancelled. Nothing was changed.</translation>
        </message>
        <message>
            <source>Created %1, updated %2, unchanged %3, skipped %4.</source>
            <translation>Created %1, updated %2, unchanged %3, skipped %4.</translation>
        </message>
        <message>
            <source>%1 %2: computed verdict %3 → %4</source>
            <translation>%1 %2: computed verdict %3 → %4</translation>
        </message>
        <message>
            <source>Row %1, %2, "%3": %4</source>
            <translation>Row %1, %2, "%3": %4</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Save mapping</translation>
        </message>
        <message>
            <source>Name of the mapping:</source>
            <translation>Name of the mapping:</translation>
        </message>
        <message numerus="yes">
            <source>Importing… %n row(s) read</source>
            <translation>
                <numerusform>Importing… %n row read</numerusform>
                <numerusform>Importing… %n rows read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s). Fix them, or tick "Import the valid rows and skip the invalid ones".</source>
            <translation>
                <numerusform>Nothing was imported: %n problem. Fix them, or tick "Import the valid rows and skip the invalid ones".</numerusform>
                <numerusform>Nothing was imported: %n problems. Fix them, or tick "Import the valid rows and skip the invalid ones".</numerusform>
            </translation>
        </message>
        <message>
            <source>The row of the file that holds the column headers. Rows above it, such as a title, are ignored.</source>
            <translation>The row of the file that holds the column headers. Rows above it, such as a title, are ignored.</translation>
        </message>
        <message>
            <source>Headers in row:</source>
            <translation>Headers in row:</translation>
        </message>
        <message>
            <source>Stop checking</source>
            <translation>Stop checking</translation>
        </message>
        <message>
            <source>Show only rows with errors</source>
            <translation>Show only rows with errors</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Checking every row of the file…</source>
            <translation>Checking every row of the file…</translation>
        </message>
        <message>
            <source>The check of the whole file was stopped.</source>
            <translation>The check of the whole file was stopped.</translation>
        </message>
        <message>
            <source>The file cannot be imported as mapped: %1</source>
            <translation>The file cannot be imported as mapped: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n row(s) have errors.</source>
            <translation>
                <numerusform>%1 of %n row have errors.</numerusform>
                <numerusform>%1 of %n rows have errors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No errors in the %n row(s).</source>
            <translation>
                <numerusform>No errors in the %n row.</numerusform>
                <numerusform>No errors in the %n rows.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file has no rows below the headers.</source>
            <translation>The file has no rows below the headers.</translation>
        </message>
        <message>
            <source>The first %1 are listed.</source>
            <translation>The first %1 are listed.</translation>
        </message>
        <message>
            <source>The file could not be read to the end: %1</source>
            <translation>The file could not be read to the end: %1</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ImportMapping</name>
        <message>
            <source>The mapping file has an unknown format.</source>
            <translation>The mapping file has an unknown format.</translation>
        </message>
        <message>
            <source>The mapping's kind must be cases, events or answers.</source>
            <translation>The mapping's kind must be cases, events or answers.</translation>
        </message>
        <message>
            <source>The mapping needs a "columns" object: file header → field key.</source>
            <translation>The mapping needs a "columns" object: file header → field key.</translation>
        </message>
        <message>
            <source>The column "%1" must map to a field key (text) or null.</source>
            <translation>The column "%1" must map to a field key (text) or null.</translation>
        </message>
        <message>
            <source>date_order must be dmy, mdy or auto.</source>
            <translation>date_order must be dmy, mdy or auto.</translation>
        </message>
        <message>
            <source>header_row must be a row number, 1 or more.</source>
            <translation>header_row must be a row number, 1 or more.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::MainWindow</name>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Defects</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>User: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Find case</source>
            <translation>&amp;Find case</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Review</translation>
        </message>
        <message>
            <source>&amp;Complete review</source>
            <translation>&amp;Complete review</translation>
        </message>
        <message>
            <source>&amp;Next unanswered item</source>
            <translation>&amp;Next unanswered item</translation>
        </message>
        <message>
            <source>Show &amp;guidance</source>
            <translation>Show &amp;guidance</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Cases and cue card</source>
            <translation>&amp;Cases and cue card</translation>
        </message>
        <message>
            <source>&amp;Defects</source>
            <translation>&amp;Defects</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About Sagstjek</source>
            <translation>&amp;About Sagstjek</translation>
        </message>
        <message>
            <source>About Sagstjek</source>
            <translation>About Sagstjek</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sagstjek %1&lt;/b&gt;&lt;p&gt;Review case handling with cue cards, record defects and follow them up.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Sagstjek %1&lt;/b&gt;&lt;p&gt;Review case handling with cue cards, record defects and follow them up.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Could not open the database</source>
            <translation>Could not open the database</translation>
        </message>
        <message>
            <source>%1

%2</source>
            <translation>%1

%2</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>Sagstjek databases (%1)</source>
            <translation>Sagstjek databases (%1)</translation>
        </message>
        <message>
            <source>%1 already exists. Choose a new file name, or open it with File ▸ Open.</source>
            <translation>%1 already exists. Choose a new file name, or open it with File ▸ Open.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Open database</translation>
        </message>
        <message>
            <source>Sagstjek databases (%1);;All files (*)</source>
            <translation>Sagstjek databases (%1);;All files (*)</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>No recent files</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>%1 – Sagstjek</source>
            <translation>%1 – Sagstjek</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rounds</translation>
        </message>
        <message>
            <source>&amp;Import cases…</source>
            <translation>&amp;Import cases…</translation>
        </message>
        <message>
            <source>Import &amp;events…</source>
            <translation>Import &amp;events…</translation>
        </message>
        <message>
            <source>Import review &amp;sheet…</source>
            <translation>Import review &amp;sheet…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>&amp;Rounds</source>
            <translation>&amp;Rounds</translation>
        </message>
        <message>
            <source>Database on a network share</source>
            <translation>Database on a network share</translation>
        </message>
        <message>
            <source>Edit &amp;cue cards…</source>
            <translation>Edit &amp;cue cards…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>Grants</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <source>&amp;Action plan</source>
            <translation>&amp;Action plan</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <source>&amp;Grants</source>
            <translation>&amp;Grants</translation>
        </message>
        <message>
            <source>Com&amp;plaints</source>
            <translation>Com&amp;plaints</translation>
        </message>
        <message>
            <source>&amp;Write report…</source>
            <translation>&amp;Write report…</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&lt;b&gt;This is demo data.&lt;/b&gt; The cases, reviews and names are made up so that everything can be tried at once. Your own cases belong in a database of their own.</source>
            <translation>&lt;b&gt;This is demo data.&lt;/b&gt; The cases, reviews and names are made up so that everything can be tried at once. Your own cases belong in a database of their own.</translation>
        </message>
        <message>
            <source>Start with an empty database</source>
            <translation>Start with an empty database</translation>
        </message>
        <message>
            <source>&lt;b&gt;The database has no cases yet.&lt;/b&gt; Import the cases from your case system (CSV or XLSX), and look through the cue cards the reviews follow.</source>
            <translation>&lt;b&gt;The database has no cases yet.&lt;/b&gt; Import the cases from your case system (CSV or XLSX), and look through the cue cards the reviews follow.</translation>
        </message>
        <message>
            <source>Import cases…</source>
            <translation>Import cases…</translation>
        </message>
        <message>
            <source>Cue cards…</source>
            <translation>Cue cards…</translation>
        </message>
        <message>
            <source>Sagstjek creates a new, empty database and opens it:
%1

The demo database stays as it is and can be opened again from File ▸ Open recent.</source>
            <translation>Sagstjek creates a new, empty database and opens it:
%1

The demo database stays as it is and can be opened again from File ▸ Open recent.</translation>
        </message>
        <message>
            <source>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; or &lt;b&gt;J&lt;/b&gt; (&lt;b&gt;Y&lt;/b&gt;)&lt;/td&gt;&lt;td&gt;Met&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;2&lt;/b&gt; or &lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Not met (opens the defect)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3&lt;/b&gt; or &lt;b&gt;I&lt;/b&gt; (&lt;b&gt;A&lt;/b&gt;)&lt;/td&gt;&lt;td&gt;Not applicable&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Confirm the computed verdict&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the answer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Up&lt;/b&gt;/&lt;b&gt;Down&lt;/b&gt;, &lt;b&gt;Tab&lt;/b&gt;/&lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous or next item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; / &lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Write a note / back to the item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show or hide the guidance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;First unanswered item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Complete the review&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; … &lt;b&gt;Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cases and cue card / defects / rounds / overview / grants / complaints / action plan&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; or &lt;b&gt;J&lt;/b&gt; (&lt;b&gt;Y&lt;/b&gt;)&lt;/td&gt;&lt;td&gt;Met&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;2&lt;/b&gt; or &lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Not met (opens the defect)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3&lt;/b&gt; or &lt;b&gt;I&lt;/b&gt; (&lt;b&gt;A&lt;/b&gt;)&lt;/td&gt;&lt;td&gt;Not applicable&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Confirm the computed verdict&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the answer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Up&lt;/b&gt;/&lt;b&gt;Down&lt;/b&gt;, &lt;b&gt;Tab&lt;/b&gt;/&lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous or next item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; / &lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Write a note / back to the item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show or hide the guidance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;First unanswered item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Complete the review&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; … &lt;b&gt;Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cases and cue card / defects / rounds / overview / grants / complaints / action plan&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>Making the daily backup…</source>
            <translation>Making the daily backup…</translation>
        </message>
        <message>
            <source>The daily backup failed: %1</source>
            <translation>The daily backup failed: %1</translation>
        </message>
        <message>
            <source>Daily backup made: %1</source>
            <translation>Daily backup made: %1</translation>
        </message>
        <message>
            <source>&amp;Users and roles…</source>
            <translation>&amp;Users and roles…</translation>
        </message>
        <message>
            <source>&amp;Management action rules…</source>
            <translation>&amp;Management action rules…</translation>
        </message>
        <message>
            <source>Checking the database file…</source>
            <translation>Checking the database file…</translation>
        </message>
        <message>
            <source>The database file is damaged.</source>
            <translation>The database file is damaged.</translation>
        </message>
        <message>
            <source>The database file could not be checked: %1</source>
            <translation>The database file could not be checked: %1</translation>
        </message>
        <message>
            <source>The database file was checked: no damage found.</source>
            <translation>The database file was checked: no damage found.</translation>
        </message>
        <message>
            <source>&amp;Access log…</source>
            <translation>&amp;Access log…</translation>
        </message>
        <message>
            <source>Finishing today's backup of the database. A large file takes a minute or two; closing without it makes it at the next start.</source>
            <translation>Finishing today's backup of the database. A large file takes a minute or two; closing without it makes it at the next start.</translation>
        </message>
        <message>
            <source>Close &amp;without it</source>
            <translation>Close &amp;without it</translation>
        </message>
        <message>
            <source>Today's backup</source>
            <translation>Today's backup</translation>
        </message>
        <message>
            <source>Connect to &amp;team server…</source>
            <translation>Connect to &amp;team server…</translation>
        </message>
        <message>
            <source>%1 on %2 – Sagstjek</source>
            <translation>%1 on %2 – Sagstjek</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Changes colleagues make on the team server appear here within about a second.</source>
            <translation>Changes colleagues make on the team server appear here within about a second.</translation>
        </message>
        <message>
            <source>the connection was lost.</source>
            <translation>the connection was lost.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;The team server cannot be reached:&lt;/b&gt; %1&lt;br&gt;Sagstjek tries again every %n seconds. What you change meanwhile stays on the screen, marked "Not saved yet", and is saved when the connection is back.</source>
            <translation>
                <numerusform>&lt;b&gt;The team server cannot be reached:&lt;/b&gt; %1&lt;br&gt;Sagstjek tries again every %n seconds. What you change meanwhile stays on the screen, marked "Not saved yet", and is saved when the connection is back.</numerusform>
                <numerusform>&lt;b&gt;The team server cannot be reached:&lt;/b&gt; %1&lt;br&gt;Sagstjek tries again every %n seconds. What you change meanwhile stays on the screen, marked "Not saved yet", and is saved when the connection is back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reconnect &amp;now</source>
            <translation>Reconnect &amp;now</translation>
        </message>
        <message numerus="yes">
            <source>Connected to the team server again: %n change(s) kept meanwhile saved.</source>
            <translation>
                <numerusform>Connected to the team server again: %n change kept meanwhile saved.</numerusform>
                <numerusform>Connected to the team server again: %n changes kept meanwhile saved.</numerusform>
            </translation>
        </message>
        <message>
            <source>Connected to the team server again.</source>
            <translation>Connected to the team server again.</translation>
        </message>
        <message>
            <source>Changes not saved</source>
            <translation>Changes not saved</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) could not be saved: the team server cannot be reached. They are lost if you go on.

Wait until the connection is back (Sagstjek saves them then), or go on without them?</source>
            <translation>
                <numerusform>%n change could not be saved: the team server cannot be reached. They are lost if you go on.

Wait until the connection is back (Sagstjek saves them then), or go on without them?</numerusform>
                <numerusform>%n changes could not be saved: the team server cannot be reached. They are lost if you go on.

Wait until the connection is back (Sagstjek saves them then), or go on without them?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sagstjek::MaintenanceService</name>
        <message>
            <source>The backup cannot replace the database itself.</source>
            <translation>The backup cannot replace the database itself.</translation>
        </message>
        <message>
            <source>The number of automatic backups to keep must be from %1 to %2 (asked: %3).</source>
            <translation>The number of automatic backups to keep must be from %1 to %2 (asked: %3).</translation>
        </message>
        <message>
            <source>The access log must be kept for %1 to %2 months (asked: %3).</source>
            <translation>The access log must be kept for %1 to %2 months (asked: %3).</translation>
        </message>
        <message>
            <source>The database was restored, but the restore could not be recorded in it: %1</source>
            <translation>The database was restored, but the restore could not be recorded in it: %1</translation>
        </message>
        <message>
            <source>The database was restored, but it cannot be opened to record the restore: %1</source>
            <translation>The database was restored, but it cannot be opened to record the restore: %1</translation>
        </message>
        <message>
            <source>every case (server export-file)</source>
            <translation>every case (server export-file)</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::MessageBar</name>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::NewRoundDialog</name>
        <message>
            <source>Include every case with a defect remediated since the last round</source>
            <translation>Include every case with a defect remediated since the last round</translation>
        </message>
        <message>
            <source>New review round</source>
            <translation>New review round</translation>
        </message>
        <message>
            <source>Walkthrough (every case in scope)</source>
            <translation>Walkthrough (every case in scope)</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Sample</translation>
        </message>
        <message>
            <source>Supervision (one case per caseworker per month)</source>
            <translation>Supervision (one case per caseworker per month)</translation>
        </message>
        <message>
            <source>Self-check</source>
            <translation>Self-check</translation>
        </message>
        <message>
            <source>Not stratified</source>
            <translation>Not stratified</translation>
        </message>
        <message>
            <source>Per area</source>
            <translation>Per area</translation>
        </message>
        <message>
            <source>Per caseworker</source>
            <translation>Per caseworker</translation>
        </message>
        <message>
            <source>Per team</source>
            <translation>Per team</translation>
        </message>
        <message>
            <source>Drawn at random and shown</source>
            <translation>Drawn at random and shown</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Keep them</translation>
        </message>
        <message>
            <source> % error-free</source>
            <translation> % error-free</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Sample si&amp;ze:</source>
            <translation>Sample si&amp;ze:</translation>
        </message>
        <message>
            <source>S&amp;tratify:</source>
            <translation>S&amp;tratify:</translation>
        </message>
        <message>
            <source>Cases &amp;per stratum:</source>
            <translation>Cases &amp;per stratum:</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>S&amp;eed:</translation>
        </message>
        <message>
            <source>E&amp;xclude cases reviewed in the last (months):</source>
            <translation>E&amp;xclude cases reviewed in the last (months):</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>&amp;Target:</translation>
        </message>
        <message>
            <source>Start round</source>
            <translation>Start round</translation>
        </message>
        <message>
            <source>&amp;Areas</source>
            <translation>&amp;Areas</translation>
        </message>
        <message>
            <source>T&amp;eams</source>
            <translation>T&amp;eams</translation>
        </message>
        <message>
            <source>&amp;Caseworkers</source>
            <translation>&amp;Caseworkers</translation>
        </message>
        <message>
            <source>Nothing ticked in a list means all of them.</source>
            <translation>Nothing ticked in a list means all of them.</translation>
        </message>
        <message>
            <source>Starting value for the draw — the same number gives the same sample.</source>
            <translation>Starting value for the draw — the same number gives the same sample.</translation>
        </message>
        <message>
            <source>&amp;Period (month):</source>
            <translation>&amp;Period (month):</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>No cases in scope: tick other areas, teams or caseworkers.</source>
            <translation>No cases in scope: tick other areas, teams or caseworkers.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) in scope.</source>
            <translation>
                <numerusform>%n case in scope.</numerusform>
                <numerusform>%n cases in scope.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sagstjek::PgCaseWriter</name>
        <message>
            <source>The case number %1 already exists.</source>
            <translation>The case number %1 already exists.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::PostgresDatabase</name>
        <message>
            <source>Cannot reach the team server %1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
            <translation>Cannot reach the team server %1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</translation>
        </message>
        <message>
            <source>%1 has no Sagstjek database yet: the database's owner sets it up with "sagstjek-cli --db %1 server init".</source>
            <translation>%1 has no Sagstjek database yet: the database's owner sets it up with "sagstjek-cli --db %1 server init".</translation>
        </message>
        <message>
            <source>The team server %1 has a newer Sagstjek schema (%2) than this version knows (%3): update Sagstjek.</source>
            <translation>The team server %1 has a newer Sagstjek schema (%2) than this version knows (%3): update Sagstjek.</translation>
        </message>
        <message>
            <source>The team server %1 has an older Sagstjek schema (%2): the database's owner brings it up to date with "sagstjek-cli --db %1 server upgrade".</source>
            <translation>The team server %1 has an older Sagstjek schema (%2): the database's owner brings it up to date with "sagstjek-cli --db %1 server upgrade".</translation>
        </message>
        <message>
            <source>Cannot set up the team server's roles and grants (the database's owner, a login that may create roles, sets it up): %1</source>
            <translation>Cannot set up the team server's roles and grants (the database's owner, a login that may create roles, sets it up): %1</translation>
        </message>
        <message>
            <source>A user name on a team server can be at most 63 bytes long (UTF-8).</source>
            <translation>A user name on a team server can be at most 63 bytes long (UTF-8).</translation>
        </message>
        <message>
            <source>Finish the change being saved in %1 first.</source>
            <translation>Finish the change being saved in %1 first.</translation>
        </message>
        <message>
            <source>The team server %1 answered as %2, not as %3.</source>
            <translation>The team server %1 answered as %2, not as %3.</translation>
        </message>
        <message>
            <source>Cannot follow the team server's changes: %1</source>
            <translation>Cannot follow the team server's changes: %1</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::RemediationView</name>
        <message>
            <source>&amp;Overdue only</source>
            <translation>&amp;Overdue only</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>What was done (remediate), or why (reopen)</source>
            <translation>What was done (remediate), or why (reopen)</translation>
        </message>
        <message>
            <source>New owner</source>
            <translation>New owner</translation>
        </message>
        <message>
            <source>Round:</source>
            <translation>Round:</translation>
        </message>
        <message>
            <source>&amp;My defects</source>
            <translation>&amp;My defects</translation>
        </message>
        <message>
            <source>&amp;Remediated</source>
            <translation>&amp;Remediated</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Verify</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Re&amp;open</translation>
        </message>
        <message>
            <source>Re&amp;assign selected</source>
            <translation>Re&amp;assign selected</translation>
        </message>
        <message>
            <source>Set &amp;due date of selected</source>
            <translation>Set &amp;due date of selected</translation>
        </message>
        <message>
            <source>All rounds</source>
            <translation>All rounds</translation>
        </message>
        <message>
            <source>Remediation recorded; someone else verifies it.</source>
            <translation>Remediation recorded; someone else verifies it.</translation>
        </message>
        <message>
            <source>Verified.</source>
            <translation>Verified.</translation>
        </message>
        <message>
            <source>Reopened.</source>
            <translation>Reopened.</translation>
        </message>
        <message numerus="yes">
            <source>%n defect(s) reassigned.</source>
            <translation>
                <numerusform>%n defect reassigned.</numerusform>
                <numerusform>%n defects reassigned.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due date(s) changed.</source>
            <translation>
                <numerusform>%n due date changed.</numerusform>
                <numerusform>%n due dates changed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Defect status</source>
            <translation>Defect status</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>All areas</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Any severity</source>
            <translation>Any severity</translation>
        </message>
        <message numerus="yes">
            <source>%n defect(s)</source>
            <translation>
                <numerusform>%n defect</numerusform>
                <numerusform>%n defects</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;i&gt;Choose a defect to see its description and remediation.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Choose a defect to see its description and remediation.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
        </message>
        <message>
            <source>&lt;i&gt;No description.&lt;/i&gt;</source>
            <translation>&lt;i&gt;No description.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Severity: %1&lt;br&gt;Owner: %2&lt;br&gt;Due: %3&lt;br&gt;Status: %4&lt;/p&gt;</source>
            <translation>&lt;p&gt;Severity: %1&lt;br&gt;Owner: %2&lt;br&gt;Due: %3&lt;br&gt;Status: %4&lt;/p&gt;</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Remediation&lt;/b&gt; (%1, %2):&lt;br&gt;%3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Remediation&lt;/b&gt; (%1, %2):&lt;br&gt;%3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;no note&lt;/i&gt;</source>
            <translation>&lt;i&gt;no note&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Remediation:&lt;/b&gt; not yet.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Remediation:&lt;/b&gt; not yet.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Verified&lt;/b&gt; by %1%2&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Verified&lt;/b&gt; by %1%2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ReportDialog</name>
        <message>
            <source>Write report</source>
            <translation>Write report</translation>
        </message>
        <message>
            <source>Round report</source>
            <translation>Round report</translation>
        </message>
        <message>
            <source>Supervision report of one team</source>
            <translation>Supervision report of one team</translation>
        </message>
        <message>
            <source>Status report to the council over a period</source>
            <translation>Status report to the council over a period</translation>
        </message>
        <message>
            <source>%1 (closed)</source>
            <translation>%1 (closed)</translation>
        </message>
        <message>
            <source>For the council (no breakdown per caseworker for groups under 5 cases)</source>
            <translation>For the council (no breakdown per caseworker for groups under 5 cases)</translation>
        </message>
        <message>
            <source>List the defects case by case, with case numbers</source>
            <translation>List the defects case by case, with case numbers</translation>
        </message>
        <message>
            <source>An administrator does not read case data.</source>
            <translation>An administrator does not read case data.</translation>
        </message>
        <message>
            <source>PDF for reading and printing (.pdf)</source>
            <translation>PDF for reading and printing (.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook with the figures (.xlsx)</source>
            <translation>Excel workbook with the figures (.xlsx)</translation>
        </message>
        <message>
            <source>CSV with the figures (.csv)</source>
            <translation>CSV with the figures (.csv)</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Report:</translation>
        </message>
        <message>
            <source>R&amp;ound:</source>
            <translation>R&amp;ound:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>T&amp;o:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Write…</source>
            <translation>&amp;Write…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Reports are pseudonymised: no CPR numbers or citizens' names, and case numbers only when you choose them.</source>
            <translation>Reports are pseudonymised: no CPR numbers or citizens' names, and case numbers only when you choose them.</translation>
        </message>
        <message>
            <source>There is no round yet.</source>
            <translation>There is no round yet.</translation>
        </message>
        <message>
            <source>The cases name no team.</source>
            <translation>The cases name no team.</translation>
        </message>
        <message>
            <source>Status report %1 to %2</source>
            <translation>Status report %1 to %2</translation>
        </message>
        <message>
            <source>Report %1</source>
            <translation>Report %1</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>Cancelled: no report was written.</source>
            <translation>Cancelled: no report was written.</translation>
        </message>
        <message>
            <source>The report could not be written: %1</source>
            <translation>The report could not be written: %1</translation>
        </message>
        <message>
            <source>The report is written: %1</source>
            <translation>The report is written: %1</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ReportService</name>
        <message>
            <source>Outside rounds</source>
            <translation>Outside rounds</translation>
        </message>
        <message>
            <source>There is no round %1.</source>
            <translation>There is no round %1.</translation>
        </message>
        <message>
            <source>The period must have a start and an end on or after it.</source>
            <translation>The period must have a start and an end on or after it.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ReviewEditor</name>
        <message>
            <source>Answer an item</source>
            <translation>Answer an item</translation>
        </message>
        <message>
            <source>Edit a note</source>
            <translation>Edit a note</translation>
        </message>
        <message>
            <source>Edit a defect</source>
            <translation>Edit a defect</translation>
        </message>
        <message>
            <source>Give a reason for differing</source>
            <translation>Give a reason for differing</translation>
        </message>
        <message>
            <source>Reopen the review and answer an item</source>
            <translation>Reopen the review and answer an item</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ReviewService</name>
        <message>
            <source>This review is %1 and can no longer be changed here.</source>
            <translation>This review is %1 and can no longer be changed here.</translation>
        </message>
        <message>
            <source>The cue card %1 has no item %2.</source>
            <translation>The cue card %1 has no item %2.</translation>
        </message>
        <message>
            <source>Answer the item before giving a reason for overriding the computed verdict.</source>
            <translation>Answer the item before giving a reason for overriding the computed verdict.</translation>
        </message>
        <message>
            <source>A defect can only be recorded for an item answered "not met".</source>
            <translation>A defect can only be recorded for an item answered "not met".</translation>
        </message>
        <message>
            <source>Not answered: %1</source>
            <translation>Not answered: %1</translation>
        </message>
        <message>
            <source>Differs from the computed verdict without a reason: %1</source>
            <translation>Differs from the computed verdict without a reason: %1</translation>
        </message>
        <message>
            <source>"Not met" without a defect description: %1</source>
            <translation>"Not met" without a defect description: %1</translation>
        </message>
        <message>
            <source>The review cannot be completed yet:
%1</source>
            <translation>The review cannot be completed yet:
%1</translation>
        </message>
        <message>
            <source>The review has not been started.</source>
            <translation>The review has not been started.</translation>
        </message>
        <message>
            <source>This review is approved and frozen; reopen it with a reason to change it.</source>
            <translation>This review is approved and frozen; reopen it with a reason to change it.</translation>
        </message>
        <message>
            <source>The review this step belongs to no longer exists; nothing was changed.</source>
            <translation>The review this step belongs to no longer exists; nothing was changed.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>no answer</translation>
        </message>
        <message>
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>not met</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>not applicable</translation>
        </message>
        <message>
            <source>, note "%1"</source>
            <translation>, note "%1"</translation>
        </message>
        <message>
            <source>%1 changed %2 at %3, after you read it: it now says %4%5. Your change was not saved.</source>
            <translation>%1 changed %2 at %3, after you read it: it now says %4%5. Your change was not saved.</translation>
        </message>
        <message>
            <source>The answer to %1 was removed after you read it. Your change was not saved.</source>
            <translation>The answer to %1 was removed after you read it. Your change was not saved.</translation>
        </message>
        <message>
            <source>The defect of %1 was changed after you read it. Your change was not saved.</source>
            <translation>The defect of %1 was changed after you read it. Your change was not saved.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ReviewSheetImporter</name>
        <message>
            <source>There is no cue card %1.</source>
            <translation>There is no cue card %1.</translation>
        </message>
        <message>
            <source>There is no round "%1".</source>
            <translation>There is no round "%1".</translation>
        </message>
        <message>
            <source>The required column "case_number" (Sagsnummer) is missing.</source>
            <translation>The required column "case_number" (Sagsnummer) is missing.</translation>
        </message>
        <message>
            <source>No item of %1 has this key or text; the column is ignored.</source>
            <translation>No item of %1 has this key or text; the column is ignored.</translation>
        </message>
        <message>
            <source>No column matches an item of %1 by key, Danish or English text.</source>
            <translation>No column matches an item of %1 by key, Danish or English text.</translation>
        </message>
        <message>
            <source>The case number is missing.</source>
            <translation>The case number is missing.</translation>
        </message>
        <message>
            <source>There is no case with this number; import the cases first.</source>
            <translation>There is no case with this number; import the cases first.</translation>
        </message>
        <message>
            <source>Not an answer. Use ja/nej/ikke relevant, yes/no/n/a, x, OK/Fejl or 1/0.</source>
            <translation>Not an answer. Use ja/nej/ikke relevant, yes/no/n/a, x, OK/Fejl or 1/0.</translation>
        </message>
        <message>
            <source>The case is in %1; the sheet is for %2.</source>
            <translation>The case is in %1; the sheet is for %2.</translation>
        </message>
        <message>
            <source>Imported from an earlier review sheet.</source>
            <translation>Imported from an earlier review sheet.</translation>
        </message>
        <message>
            <source>The review stays in progress: %1</source>
            <translation>The review stays in progress: %1</translation>
        </message>
        <message>
            <source>%1. Nothing was imported.</source>
            <translation>%1. Nothing was imported.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::RoundCaseModel</name>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Not met</translation>
        </message>
        <message>
            <source>Sent back: %1</source>
            <translation>Sent back: %1</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Reviewed by</source>
            <translation>Reviewed by</translation>
        </message>
        <message>
            <source>Comment from the approver</source>
            <translation>Comment from the approver</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::RoundListModel</name>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::RoundService</name>
        <message>
            <source>%1: no eligible case, skipped</source>
            <translation>%1: no eligible case, skipped</translation>
        </message>
        <message>
            <source>%1: only %2 eligible of the %3 asked for</source>
            <translation>%1: only %2 eligible of the %3 asked for</translation>
        </message>
        <message>
            <source>A round needs a name.</source>
            <translation>A round needs a name.</translation>
        </message>
        <message>
            <source>The target must be a percentage from 0 to 100, not %1.</source>
            <translation>The target must be a percentage from 0 to 100, not %1.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>The period ends before it starts.</translation>
        </message>
        <message>
            <source>The case-date range ends before it starts.</source>
            <translation>The case-date range ends before it starts.</translation>
        </message>
        <message>
            <source>Sizes and months cannot be negative.</source>
            <translation>Sizes and months cannot be negative.</translation>
        </message>
        <message>
            <source>A stratified sample needs the number of cases per stratum (--per-stratum).</source>
            <translation>A stratified sample needs the number of cases per stratum (--per-stratum).</translation>
        </message>
        <message>
            <source>Say what to stratify by (area, caseworker or team) with the number per stratum.</source>
            <translation>Say what to stratify by (area, caseworker or team) with the number per stratum.</translation>
        </message>
        <message>
            <source>A sample round needs a sample size, or a number per stratum.</source>
            <translation>A sample round needs a sample size, or a number per stratum.</translation>
        </message>
        <message>
            <source>A walkthrough or self-check covers every case in scope; use a sample round to draw a sample.</source>
            <translation>A walkthrough or self-check covers every case in scope; use a sample round to draw a sample.</translation>
        </message>
        <message>
            <source>There is already a round called "%1".</source>
            <translation>There is already a round called "%1".</translation>
        </message>
        <message>
            <source>No case is in the round's scope.</source>
            <translation>No case is in the round's scope.</translation>
        </message>
        <message>
            <source>The cue card %1 version %2 is not for the area %3.</source>
            <translation>The cue card %1 version %2 is not for the area %3.</translation>
        </message>
        <message>
            <source>There is no round called "%1".</source>
            <translation>There is no round called "%1".</translation>
        </message>
        <message>
            <source>Name the reviewer to assign cases to.</source>
            <translation>Name the reviewer to assign cases to.</translation>
        </message>
        <message>
            <source>The round "%1" is closed; its assignments can no longer change.</source>
            <translation>The round "%1" is closed; its assignments can no longer change.</translation>
        </message>
        <message>
            <source>%1 is the caseworker on %2; a reviewer never reviews their own case outside a self-check round.</source>
            <translation>%1 is the caseworker on %2; a reviewer never reviews their own case outside a self-check round.</translation>
        </message>
        <message>
            <source>%1 is not in the round "%2".</source>
            <translation>%1 is not in the round "%2".</translation>
        </message>
        <message>
            <source>Nothing was assigned:
%1</source>
            <translation>Nothing was assigned:
%1</translation>
        </message>
        <message>
            <source>Name at least one reviewer to share the cases among.</source>
            <translation>Name at least one reviewer to share the cases among.</translation>
        </message>
        <message>
            <source>Every reviewer named is the caseworker on %1; it needs another reviewer.</source>
            <translation>Every reviewer named is the caseworker on %1; it needs another reviewer.</translation>
        </message>
        <message>
            <source>There is no active user called "%1" who may review cases; choose the reviewer from the user list.</source>
            <translation>There is no active user called "%1" who may review cases; choose the reviewer from the user list.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::RoundsView</name>
        <message>
            <source>&amp;Remaining only</source>
            <translation>&amp;Remaining only</translation>
        </message>
        <message>
            <source>Comment (needed to send back) or reason (needed to reopen)</source>
            <translation>Comment (needed to send back) or reason (needed to reopen)</translation>
        </message>
        <message>
            <source>All reviewers</source>
            <translation>All reviewers</translation>
        </message>
        <message>
            <source>&amp;New round…</source>
            <translation>&amp;New round…</translation>
        </message>
        <message>
            <source>Assign &amp;evenly</source>
            <translation>Assign &amp;evenly</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>Send &amp;back</source>
            <translation>Send &amp;back</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Re&amp;open</translation>
        </message>
        <message>
            <source>Management actions:</source>
            <translation>Management actions:</translation>
        </message>
        <message>
            <source>E&amp;valuate action rules</source>
            <translation>E&amp;valuate action rules</translation>
        </message>
        <message>
            <source>%1: %2 cases in the population, %3 in scope, %4 reviewed, %5 approved, %6 remaining. Seed %7.</source>
            <translation>%1: %2 cases in the population, %3 in scope, %4 reviewed, %5 approved, %6 remaining. Seed %7.</translation>
        </message>
        <message>
            <source>Error-free: %1 % (target %2 %).</source>
            <translation>Error-free: %1 % (target %2 %).</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>Done: %1 — %2 (%3)</source>
            <translation>Done: %1 — %2 (%3)</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>the whole round</source>
            <translation>the whole round</translation>
        </message>
        <message>
            <source>Round "%1" started with seed %2.</source>
            <translation>Round "%1" started with seed %2.</translation>
        </message>
        <message>
            <source>Choose a round first.</source>
            <translation>Choose a round first.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) assigned.</source>
            <translation>
                <numerusform>%n case assigned.</numerusform>
                <numerusform>%n cases assigned.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a case first.</source>
            <translation>Choose a case first.</translation>
        </message>
        <message>
            <source>Approved.</source>
            <translation>Approved.</translation>
        </message>
        <message>
            <source>Sent back to the reviewer.</source>
            <translation>Sent back to the reviewer.</translation>
        </message>
        <message>
            <source>Reopened; it needs a new approval when it is completed again.</source>
            <translation>Reopened; it needs a new approval when it is completed again.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) called for.</source>
            <translation>
                <numerusform>%n action called for.</numerusform>
                <numerusform>%n actions called for.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show arc&amp;hived</source>
            <translation>Show arc&amp;hived</translation>
        </message>
        <message>
            <source>C&amp;lose round</source>
            <translation>C&amp;lose round</translation>
        </message>
        <message>
            <source>Reopen ro&amp;und</source>
            <translation>Reopen ro&amp;und</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hive</translation>
        </message>
        <message>
            <source>Re&amp;viewers:</source>
            <translation>Re&amp;viewers:</translation>
        </message>
        <message>
            <source>Assign the selected cases &amp;to:</source>
            <translation>Assign the selected cases &amp;to:</translation>
        </message>
        <message>
            <source>Assi&amp;gn</source>
            <translation>Assi&amp;gn</translation>
        </message>
        <message>
            <source>No users yet: an administrator adds them with sagstjek-cli users add.</source>
            <translation>No users yet: an administrator adds them with sagstjek-cli users add.</translation>
        </message>
        <message>
            <source>Bring back from the arc&amp;hive</source>
            <translation>Bring back from the arc&amp;hive</translation>
        </message>
        <message>
            <source>%1: %2 assigned, %3 reviewed by them, %4 left</source>
            <translation>%1: %2 assigned, %3 reviewed by them, %4 left</translation>
        </message>
        <message>
            <source>Tick the reviewers to share the cases among.</source>
            <translation>Tick the reviewers to share the cases among.</translation>
        </message>
        <message>
            <source>Select the cases to assign in the table first.</source>
            <translation>Select the cases to assign in the table first.</translation>
        </message>
        <message>
            <source>Choose the reviewer to assign the cases to.</source>
            <translation>Choose the reviewer to assign the cases to.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) assigned to %1.</source>
            <translation>
                <numerusform>%n case assigned to %1.</numerusform>
                <numerusform>%n cases assigned to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The round is closed; no new review starts in it.</source>
            <translation>The round is closed; no new review starts in it.</translation>
        </message>
        <message>
            <source>The round is open again.</source>
            <translation>The round is open again.</translation>
        </message>
        <message>
            <source>"%1" is back in the list of rounds.</source>
            <translation>"%1" is back in the list of rounds.</translation>
        </message>
        <message>
            <source>"%1" is archived: it is shown with "Show archived".</source>
            <translation>"%1" is archived: it is shown with "Show archived".</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SettingsDialog</name>
        <message>
            <source>Show &amp;guidance ("what to look for") under each item</source>
            <translation>Show &amp;guidance ("what to look for") under each item</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>As the system (Danish when the system is Danish)</source>
            <translation>As the system (Danish when the system is Danish)</translation>
        </message>
        <message>
            <source>A new language takes effect when Sagstjek is started again.</source>
            <translation>A new language takes effect when Sagstjek is started again.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqlDatabase</name>
        <message>
            <source>A unit of work is already open on %1.</source>
            <translation>A unit of work is already open on %1.</translation>
        </message>
        <message>
            <source>Cannot start a transaction: %1</source>
            <translation>Cannot start a transaction: %1</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqlRoundRepository</name>
        <message>
            <source>The round no longer exists.</source>
            <translation>The round no longer exists.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqlTemplateRepository</name>
        <message>
            <source>Template %1 version %2 already exists with different content; save it as a new version.</source>
            <translation>Template %1 version %2 already exists with different content; save it as a new version.</translation>
        </message>
        <message>
            <source>The cue-card template %1 does not exist.</source>
            <translation>The cue-card template %1 does not exist.</translation>
        </message>
        <message>
            <source>A stored cue-card template is damaged: %1</source>
            <translation>A stored cue-card template is damaged: %1</translation>
        </message>
        <message>
            <source>There is no cue card for the area %1.</source>
            <translation>There is no cue card for the area %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqlUnitOfWork</name>
        <message>
            <source>The unit of work was already ended.</source>
            <translation>The unit of work was already ended.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqliteBulkCaseWriter</name>
        <message>
            <source>Database error: %1</source>
            <translation>Database error: %1</translation>
        </message>
        <message>
            <source>The case no longer exists.</source>
            <translation>The case no longer exists.</translation>
        </message>
        <message>
            <source>The case number %1 already exists.</source>
            <translation>The case number %1 already exists.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqliteDatabase</name>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>The database %1 does not exist.</translation>
        </message>
        <message>
            <source>Cannot create the folder for %1.</source>
            <translation>Cannot create the folder for %1.</translation>
        </message>
        <message>
            <source>%1 is not a Sagstjek database (it is not an SQLite file). The file was not changed.</source>
            <translation>%1 is not a Sagstjek database (it is not an SQLite file). The file was not changed.</translation>
        </message>
        <message>
            <source>Cannot read %1: check that the file exists and that you may read it.</source>
            <translation>Cannot read %1: check that the file exists and that you may read it.</translation>
        </message>
        <message>
            <source>%1 is read-only: Sagstjek must be able to write the file and, for its journal, the folder it is in. Copy it to a folder you may write to, or ask for write access. The file was not changed.</source>
            <translation>%1 is read-only: Sagstjek must be able to write the file and, for its journal, the folder it is in. Copy it to a folder you may write to, or ask for write access. The file was not changed.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>%1 is an SQLite database, but not a Sagstjek database. The file was not changed.</source>
            <translation>%1 is an SQLite database, but not a Sagstjek database. The file was not changed.</translation>
        </message>
        <message>
            <source>%1 was made by a newer version of Sagstjek (schema %2; this version reads up to %3). Update Sagstjek to open it. The file was not changed.</source>
            <translation>%1 was made by a newer version of Sagstjek (schema %2; this version reads up to %3). Update Sagstjek to open it. The file was not changed.</translation>
        </message>
        <message>
            <source>%1 must be backed up before it is upgraded to schema %2, but the backup failed: %3 The file was not changed.</source>
            <translation>%1 must be backed up before it is upgraded to schema %2, but the backup failed: %3 The file was not changed.</translation>
        </message>
        <message>
            <source>Cannot configure %1 (%2): %3</source>
            <translation>Cannot configure %1 (%2): %3</translation>
        </message>
        <message>
            <source>Cannot write to %1: %2</source>
            <translation>Cannot write to %1: %2</translation>
        </message>
        <message>
            <source>%1 has schema %2; this version reads %3. Open it in Sagstjek first.</source>
            <translation>%1 has schema %2; this version reads %3. Open it in Sagstjek first.</translation>
        </message>
        <message>
            <source>Cannot create %1: is the folder read-only?</source>
            <translation>Cannot create %1: is the folder read-only?</translation>
        </message>
        <message>
            <source>%1 has an unknown schema version (%2): it was not made by Sagstjek, or it is damaged. The file was not changed. Restore it from a backup.</source>
            <translation>%1 has an unknown schema version (%2): it was not made by Sagstjek, or it is damaged. The file was not changed. Restore it from a backup.</translation>
        </message>
        <message>
            <source>No connection may write to %1 now: the writer is not lent, or lent to another task.</source>
            <translation>No connection may write to %1 now: the writer is not lent, or lent to another task.</translation>
        </message>
        <message>
            <source>%1 cannot lend its writer to another connection.</source>
            <translation>%1 cannot lend its writer to another connection.</translation>
        </message>
        <message>
            <source>Finish the change being saved in %1 first.</source>
            <translation>Finish the change being saved in %1 first.</translation>
        </message>
        <message>
            <source>%1 is already being written by another task.</source>
            <translation>%1 is already being written by another task.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::TableFile</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 has no sheet "%2". Its sheets are: %3.</source>
            <translation>%1 has no sheet "%2". Its sheets are: %3.</translation>
        </message>
        <message>
            <source>Unknown encoding "%1". Use utf-8, utf-16le, utf-16be or windows-1252.</source>
            <translation>Unknown encoding "%1". Use utf-8, utf-16le, utf-16be or windows-1252.</translation>
        </message>
        <message>
            <source>The header row must be 1 or more, not %1.</source>
            <translation>The header row must be 1 or more, not %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::TemplateEditor</name>
        <message>
            <source>Edit cue cards</source>
            <translation>Edit cue cards</translation>
        </message>
        <message>
            <source>Cue card:</source>
            <translation>Cue card:</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>&amp;Add item…</source>
            <translation>&amp;Add item…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source>&amp;Retire item</source>
            <translation>&amp;Retire item</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Major</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <source>empty = every case of the area</source>
            <translation>empty = every case of the area</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Key:</translation>
        </message>
        <message>
            <source>Question (Danish):</source>
            <translation>Question (Danish):</translation>
        </message>
        <message>
            <source>Question (English):</source>
            <translation>Question (English):</translation>
        </message>
        <message>
            <source>Law (Danish):</source>
            <translation>Law (Danish):</translation>
        </message>
        <message>
            <source>Law (English):</source>
            <translation>Law (English):</translation>
        </message>
        <message>
            <source>Guidance (Danish):</source>
            <translation>Guidance (Danish):</translation>
        </message>
        <message>
            <source>Guidance (English):</source>
            <translation>Guidance (English):</translation>
        </message>
        <message>
            <source>Remediation (Danish):</source>
            <translation>Remediation (Danish):</translation>
        </message>
        <message>
            <source>Remediation (English):</source>
            <translation>Remediation (English):</translation>
        </message>
        <message>
            <source>Severity:</source>
            <translation>Severity:</translation>
        </message>
        <message>
            <source>Subgroups (comma-separated):</source>
            <translation>Subgroups (comma-separated):</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>&amp;Save as new version</source>
            <translation>&amp;Save as new version</translation>
        </message>
        <message>
            <source>You may look at the cue cards but not change them: editing templates needs the permission to edit cue-card templates.</source>
            <translation>You may look at the cue cards but not change them: editing templates needs the permission to edit cue-card templates.</translation>
        </message>
        <message>
            <source>Problems:</source>
            <translation>Problems:</translation>
        </message>
        <message>
            <source>Select the section the new item belongs to.</source>
            <translation>Select the section the new item belongs to.</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Add item</translation>
        </message>
        <message>
            <source>Name of the new item (lower-case letters, digits, _ and -); its key will be %1.%2.&lt;name&gt;:</source>
            <translation>Name of the new item (lower-case letters, digits, _ and -); its key will be %1.%2.&lt;name&gt;:</translation>
        </message>
        <message>
            <source>%1, version %2: %3</source>
            <translation>%1, version %2: %3</translation>
        </message>
        <message>
            <source>%1: the rules are not valid JSON at byte %2: %3</source>
            <translation>%1: the rules are not valid JSON at byte %2: %3</translation>
        </message>
        <message>
            <source>%1: the rules must be a JSON array.</source>
            <translation>%1: the rules must be a JSON array.</translation>
        </message>
        <message>
            <source>No cue card is loaded.</source>
            <translation>No cue card is loaded.</translation>
        </message>
        <message>
            <source>No problems.</source>
            <translation>No problems.</translation>
        </message>
        <message>
            <source>You may not change cue cards.</source>
            <translation>You may not change cue cards.</translation>
        </message>
        <message>
            <source>The name "%1" is not valid: use lower-case letters, digits, _ and -.</source>
            <translation>The name "%1" is not valid: use lower-case letters, digits, _ and -.</translation>
        </message>
        <message>
            <source>The cue card already has an item %1.</source>
            <translation>The cue card already has an item %1.</translation>
        </message>
        <message>
            <source>Item %1 retired; it disappears from the cue card when you save.</source>
            <translation>Item %1 retired; it disappears from the cue card when you save.</translation>
        </message>
        <message>
            <source>Not saved: the cue card has problems:
%1</source>
            <translation>Not saved: the cue card has problems:
%1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Items with answers</source>
            <translation>Items with answers</translation>
        </message>
        <message>
            <source>Answers in existing reviews refer to these items, which the new version no longer has:

%1

Those reviews keep their version and still show the answers. Save the new version?</source>
            <translation>Answers in existing reviews refer to these items, which the new version no longer has:

%1

Those reviews keep their version and still show the answers. Save the new version?</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Not saved.</translation>
        </message>
        <message>
            <source>Saved %1 as version %2.</source>
            <translation>Saved %1 as version %2.</translation>
        </message>
        <message>
            <source>Add version</source>
            <translation>Add version</translation>
        </message>
        <message>
            <source>Remove version</source>
            <translation>Remove version</translation>
        </message>
        <message>
            <source>dd-mm-yyyy, empty = open</source>
            <translation>dd-mm-yyyy, empty = open</translation>
        </message>
        <message>
            <source>yyyy-mm-dd, empty = open</source>
            <translation>yyyy-mm-dd, empty = open</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Date recorded</source>
            <translation>Date recorded</translation>
        </message>
        <message>
            <source>Number of events</source>
            <translation>Number of events</translation>
        </message>
        <message>
            <source>Journal note in time</source>
            <translation>Journal note in time</translation>
        </message>
        <message>
            <source>Reason when not in person</source>
            <translation>Reason when not in person</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>weeks</translation>
        </message>
        <message>
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>working days</translation>
        </message>
        <message>
            <source>until the end of week (number)</source>
            <translation>until the end of week (number)</translation>
        </message>
        <message>
            <source>Stays where it is</source>
            <translation>Stays where it is</translation>
        </message>
        <message>
            <source>Moves to the next working day</source>
            <translation>Moves to the next working day</translation>
        </message>
        <message>
            <source>Rule version:</source>
            <translation>Rule version:</translation>
        </message>
        <message>
            <source>Name of the version:</source>
            <translation>Name of the version:</translation>
        </message>
        <message>
            <source>In force from:</source>
            <translation>In force from:</translation>
        </message>
        <message>
            <source>In force until:</source>
            <translation>In force until:</translation>
        </message>
        <message>
            <source>Kind of check:</source>
            <translation>Kind of check:</translation>
        </message>
        <message>
            <source>Counted from:</source>
            <translation>Counted from:</translation>
        </message>
        <message>
            <source>Date checked:</source>
            <translation>Date checked:</translation>
        </message>
        <message>
            <source>Date that must be recorded:</source>
            <translation>Date that must be recorded:</translation>
        </message>
        <message>
            <source>Event:</source>
            <translation>Event:</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>At least:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Deadline on a weekend or holiday:</source>
            <translation>Deadline on a weekend or holiday:</translation>
        </message>
        <message>
            <source>Computed rule:</source>
            <translation>Computed rule:</translation>
        </message>
        <message>
            <source>Rules as JSON (advanced):</source>
            <translation>Rules as JSON (advanced):</translation>
        </message>
        <message>
            <source>The first "%1" from then on</source>
            <translation>The first "%1" from then on</translation>
        </message>
        <message>
            <source>(no question yet)</source>
            <translation>(no question yet)</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>No computed rule: the reviewer answers the question from the case.</source>
            <translation>No computed rule: the reviewer answers the question from the case.</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>New version</translation>
        </message>
        <message>
            <source>within a period that is not valid after</source>
            <translation>within a period that is not valid after</translation>
        </message>
        <message>
            <source>before the end of week %1 counted from</source>
            <translation>before the end of week %1 counted from</translation>
        </message>
        <message>
            <source>at most %1 after</source>
            <translation>at most %1 after</translation>
        </message>
        <message>
            <source>The first "%1" on or after "%2" must be %3 "%2".</source>
            <translation>The first "%1" on or after "%2" must be %3 "%2".</translation>
        </message>
        <message>
            <source>The date "%1" must be %2 "%3".</source>
            <translation>The date "%1" must be %2 "%3".</translation>
        </message>
        <message>
            <source>A deadline that falls on a weekend or holiday moves to the next working day.</source>
            <translation>A deadline that falls on a weekend or holiday moves to the next working day.</translation>
        </message>
        <message>
            <source>The deadline stays where it falls, also on a weekend or holiday.</source>
            <translation>The deadline stays where it falls, also on a weekend or holiday.</translation>
        </message>
        <message>
            <source>The date "%1" must be recorded.</source>
            <translation>The date "%1" must be recorded.</translation>
        </message>
        <message>
            <source>within %1 of</source>
            <translation>within %1 of</translation>
        </message>
        <message>
            <source>There must be at least %1 × "%2" %3 "%4".</source>
            <translation>There must be at least %1 × "%2" %3 "%4".</translation>
        </message>
        <message>
            <source>The journal note of every "%1" must be written %2 the event.</source>
            <translation>The journal note of every "%1" must be written %2 the event.</translation>
        </message>
        <message>
            <source>Every "%1" not held in person must have a recorded reason.</source>
            <translation>Every "%1" not held in person must have a recorded reason.</translation>
        </message>
        <message>
            <source>This version applies when "%1" is from %2 to %3.</source>
            <translation>This version applies when "%1" is from %2 to %3.</translation>
        </message>
        <message>
            <source>This version applies when "%1" is on %2 or later.</source>
            <translation>This version applies when "%1" is on %2 or later.</translation>
        </message>
        <message>
            <source>This version applies when "%1" is on %2 or earlier.</source>
            <translation>This version applies when "%1" is on %2 or earlier.</translation>
        </message>
        <message>
            <source>This version applies whatever the date.</source>
            <translation>This version applies whatever the date.</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::TemplateService</name>
        <message>
            <source>There is no cue-card template %1.</source>
            <translation>There is no cue-card template %1.</translation>
        </message>
        <message>
            <source>The file is too large for a cue-card template.</source>
            <translation>The file is too large for a cue-card template.</translation>
        </message>
        <message>
            <source>The template %1 has problems:
%2</source>
            <translation>The template %1 has problems:
%2</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::UserService</name>
        <message>
            <source>A user name cannot be empty.</source>
            <translation>A user name cannot be empty.</translation>
        </message>
        <message>
            <source>A user name can be at most 64 characters long.</source>
            <translation>A user name can be at most 64 characters long.</translation>
        </message>
        <message>
            <source>A user name cannot contain control characters or invalid text.</source>
            <translation>A user name cannot contain control characters or invalid text.</translation>
        </message>
        <message>
            <source>A display name can be at most 200 characters long, without control characters.</source>
            <translation>A display name can be at most 200 characters long, without control characters.</translation>
        </message>
        <message>
            <source>Unknown role "%1". Use one of: %2.</source>
            <translation>Unknown role "%1". Use one of: %2.</translation>
        </message>
        <message>
            <source>There is already a user called %1.</source>
            <translation>There is already a user called %1.</translation>
        </message>
        <message>
            <source>The first user must be an administrator, so that someone can manage users: sagstjek-cli users add NAME --role administrator</source>
            <translation>The first user must be an administrator, so that someone can manage users: sagstjek-cli users add NAME --role administrator</translation>
        </message>
        <message>
            <source>There is no user called %1.</source>
            <translation>There is no user called %1.</translation>
        </message>
        <message>
            <source>%1 is the last active administrator; add another administrator first.</source>
            <translation>%1 is the last active administrator; add another administrator first.</translation>
        </message>
        <message>
            <source>A user name cannot contain a CPR number.</source>
            <translation>A user name cannot contain a CPR number.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::auditlog</name>
        <message>
            <source>The audit chain head is missing: the database was altered outside Sagstjek.</source>
            <translation>The audit chain head is missing: the database was altered outside Sagstjek.</translation>
        </message>
        <message>
            <source>Audit record %1 should be the first in the chain, but it points to a record before it: earlier records were deleted.</source>
            <translation>Audit record %1 should be the first in the chain, but it points to a record before it: earlier records were deleted.</translation>
        </message>
        <message>
            <source>Audit record %1 does not follow record %2: record %2 was changed, or records between them were deleted.</source>
            <translation>Audit record %1 does not follow record %2: record %2 was changed, or records between them were deleted.</translation>
        </message>
        <message>
            <source>Audit record %1 was changed after it was written: its content does not match its hash.</source>
            <translation>Audit record %1 was changed after it was written: its content does not match its hash.</translation>
        </message>
        <message>
            <source>Audit record %1 is marked as redacted, but no case deletion accounts for it: its content was erased outside Sagstjek.</source>
            <translation>Audit record %1 is marked as redacted, but no case deletion accounts for it: its content was erased outside Sagstjek.</translation>
        </message>
        <message>
            <source>The newest audit records were deleted: the chain head expects %1 records ending with record %2, but only %3 records (up to record %4) remain.</source>
            <translation>The newest audit records were deleted: the chain head expects %1 records ending with record %2, but only %3 records (up to record %4) remain.</translation>
        </message>
        <message>
            <source>The audit chain head does not match the last record (record %1): the audit log or its head was altered outside Sagstjek.</source>
            <translation>The audit chain head does not match the last record (record %1): the audit log or its head was altered outside Sagstjek.</translation>
        </message>
        <message>
            <source>The answer to item %1 of review %2</source>
            <translation>The answer to item %1 of review %2</translation>
        </message>
        <message>
            <source>Defect %1</source>
            <translation>Defect %1</translation>
        </message>
        <message>
            <source>Review %1</source>
            <translation>Review %1</translation>
        </message>
        <message>
            <source>The database's protective triggers %1 are missing: they were dropped outside Sagstjek, so the file no longer refuses edits of the audit trail and the access log.</source>
            <translation>The database's protective triggers %1 are missing: they were dropped outside Sagstjek, so the file no longer refuses edits of the audit trail and the access log.</translation>
        </message>
        <message>
            <source>The database's triggers %1 differ from the schema: they were altered outside Sagstjek.</source>
            <translation>The database's triggers %1 differ from the schema: they were altered outside Sagstjek.</translation>
        </message>
        <message>
            <source>The database has triggers the schema does not define (%1): they were added outside Sagstjek.</source>
            <translation>The database has triggers the schema does not define (%1): they were added outside Sagstjek.</translation>
        </message>
        <message>
            <source>Audit record %1 is marked with an audit scheme it cannot have here: it was altered outside Sagstjek.</source>
            <translation>Audit record %1 is marked with an audit scheme it cannot have here: it was altered outside Sagstjek.</translation>
        </message>
        <message>
            <source>Audit record %1 is the first of scheme 2 but not the scheme change's own record: it was altered outside Sagstjek.</source>
            <translation>Audit record %1 is the first of scheme 2 but not the scheme change's own record: it was altered outside Sagstjek.</translation>
        </message>
        <message>
            <source>Audit record %1 says records were written before it, but none is left: they were deleted.</source>
            <translation>Audit record %1 says records were written before it, but none is left: they were deleted.</translation>
        </message>
        <message>
            <source>The audit records written before the scheme change (records 1 to %1) no longer match the fingerprint record %2 keeps of them: a record's id, or the who, when or what of a record (also a redacted one), was changed, or records were deleted.</source>
            <translation>The audit records written before the scheme change (records 1 to %1) no longer match the fingerprint record %2 keeps of them: a record's id, or the who, when or what of a record (also a redacted one), was changed, or records were deleted.</translation>
        </message>
        <message>
            <source>Audit record %1 follows record %2: records were renumbered or deleted.</source>
            <translation>Audit record %1 follows record %2: records were renumbered or deleted.</translation>
        </message>
        <message>
            <source>Audit record %1 was changed after it was written: its id, time, user, action or subject does not match its hash.</source>
            <translation>Audit record %1 was changed after it was written: its id, time, user, action or subject does not match its hash.</translation>
        </message>
        <message>
            <source>Audit record %1 is not sealed by this computer's audit key although it says so: it was forged or rewritten outside Sagstjek.</source>
            <translation>Audit record %1 is not sealed by this computer's audit key although it says so: it was forged or rewritten outside Sagstjek.</translation>
        </message>
        <message>
            <source>This file was anchored on this computer as another database (%1 records up to record %2, at %3): the database there was replaced by another file, or its records were wiped and its identity changed, outside Sagstjek.</source>
            <translation>This file was anchored on this computer as another database (%1 records up to record %2, at %3): the database there was replaced by another file, or its records were wiped and its identity changed, outside Sagstjek.</translation>
        </message>
        <message>
            <source>The audit trail was cut short: the checkpoint kept on this computer (%1) has %2 records up to record %3, but only %4 records up to record %5 remain. Records from %6 on were deleted and the chain head rewound outside Sagstjek.</source>
            <translation>The audit trail was cut short: the checkpoint kept on this computer (%1) has %2 records up to record %3, but only %4 records up to record %5 remain. Records from %6 on were deleted and the chain head rewound outside Sagstjek.</translation>
        </message>
        <message>
            <source>Fewer audit records up to record %1 carry this computer's seal than when it was anchored (%2 instead of %3): records were rewritten outside Sagstjek.</source>
            <translation>Fewer audit records up to record %1 carry this computer's seal than when it was anchored (%2 instead of %3): records were rewritten outside Sagstjek.</translation>
        </message>
        <message>
            <source>Audit record %1 is not the one the checkpoint kept on this computer (%2) ends with: the trail was rewritten up to it outside Sagstjek.</source>
            <translation>Audit record %1 is not the one the checkpoint kept on this computer (%2) ends with: the trail was rewritten up to it outside Sagstjek.</translation>
        </message>
        <message>
            <source>The audit trail has no record of scheme 2 (the schema's own record): records from %1 on were deleted.</source>
            <translation>The audit trail has no record of scheme 2 (the schema's own record): records from %1 on were deleted.</translation>
        </message>
        <message>
            <source>The database's identity differs from the one chained in its audit trail: it was altered outside Sagstjek.</source>
            <translation>The database's identity differs from the one chained in its audit trail: it was altered outside Sagstjek.</translation>
        </message>
        <message>
            <source>The number of cases (%1) differs from the %2 that audit record %3 left: cases were added or deleted without an audit record.</source>
            <translation>The number of cases (%1) differs from the %2 that audit record %3 left: cases were added or deleted without an audit record.</translation>
        </message>
        <message>
            <source>%1 was deleted by audit record %2 but is there again: it was added without an audit record.</source>
            <translation>%1 was deleted by audit record %2 but is there again: it was added without an audit record.</translation>
        </message>
        <message>
            <source>%1 is gone, but no audit record after record %2 deleted it: it was deleted without an audit record.</source>
            <translation>%1 is gone, but no audit record after record %2 deleted it: it was deleted without an audit record.</translation>
        </message>
        <message>
            <source>%1 differs from its state after audit record %2: it was changed without an audit record.</source>
            <translation>%1 differs from its state after audit record %2: it was changed without an audit record.</translation>
        </message>
        <message>
            <source>%1 is in no audit record: it was added outside Sagstjek.</source>
            <translation>%1 is in no audit record: it was added outside Sagstjek.</translation>
        </message>
        <message>
            <source>The audit chain does not extend the checkpoint kept on this computer; the checkpoint was left as it was. Run `audit verify`.</source>
            <translation>The audit chain does not extend the checkpoint kept on this computer; the checkpoint was left as it was. Run `audit verify`.</translation>
        </message>
        <message>
            <source>%1 answers are listed as older than the audit trail, but the trail lists none: they were added outside Sagstjek.</source>
            <translation>%1 answers are listed as older than the audit trail, but the trail lists none: they were added outside Sagstjek.</translation>
        </message>
        <message>
            <source>The answers listed as older than the audit trail differ from those audit record %1 fixed: they were changed outside Sagstjek.</source>
            <translation>The answers listed as older than the audit trail differ from those audit record %1 fixed: they were changed outside Sagstjek.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::auditseal</name>
        <message>
            <source>Cannot read the audit checkpoint %1.</source>
            <translation>Cannot read the audit checkpoint %1.</translation>
        </message>
        <message>
            <source>The audit checkpoint kept for this database (%1) was altered: its seal does not match. It cannot be trusted.</source>
            <translation>The audit checkpoint kept for this database (%1) was altered: its seal does not match. It cannot be trusted.</translation>
        </message>
        <message>
            <source>There is no audit key in %1: the checkpoint cannot be sealed.</source>
            <translation>There is no audit key in %1: the checkpoint cannot be sealed.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the audit checkpoints.</source>
            <translation>Cannot create the folder %1 for the audit checkpoints.</translation>
        </message>
        <message>
            <source>Cannot write the audit checkpoint %1.</source>
            <translation>Cannot write the audit checkpoint %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::backup</name>
        <message>
            <source>it cannot be read as a database (%1)</source>
            <translation>it cannot be read as a database (%1)</translation>
        </message>
        <message>
            <source>it is damaged (quick_check: %1)</source>
            <translation>it is damaged (quick_check: %1)</translation>
        </message>
        <message>
            <source>it is not a Sagstjek database</source>
            <translation>it is not a Sagstjek database</translation>
        </message>
        <message>
            <source>it is an empty Sagstjek database without a schema</source>
            <translation>it is an empty Sagstjek database without a schema</translation>
        </message>
        <message>
            <source>it was made by a newer version of Sagstjek (schema %1)</source>
            <translation>it was made by a newer version of Sagstjek (schema %1)</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the backup.</source>
            <translation>Cannot create the folder %1 for the backup.</translation>
        </message>
        <message>
            <source>Cannot back up to %1: %2</source>
            <translation>Cannot back up to %1: %2</translation>
        </message>
        <message>
            <source>The backup copy %1 cannot be opened: %2</source>
            <translation>The backup copy %1 cannot be opened: %2</translation>
        </message>
        <message>
            <source>The backup copy failed its check (%1); the backup was not written.</source>
            <translation>The backup copy failed its check (%1); the backup was not written.</translation>
        </message>
        <message>
            <source>Cannot flush the backup %1 to the disk.</source>
            <translation>Cannot flush the backup %1 to the disk.</translation>
        </message>
        <message>
            <source>Cannot put the backup in place at %1.</source>
            <translation>Cannot put the backup in place at %1.</translation>
        </message>
        <message>
            <source>Cannot read %1: check that the file exists and that you may read it.</source>
            <translation>Cannot read %1: check that the file exists and that you may read it.</translation>
        </message>
        <message>
            <source>%1 is not a Sagstjek database (it is not an SQLite file). Nothing was changed.</source>
            <translation>%1 is not a Sagstjek database (it is not an SQLite file). Nothing was changed.</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2. Nothing was changed.</source>
            <translation>%1 cannot be opened: %2. Nothing was changed.</translation>
        </message>
        <message>
            <source>%1 cannot be restored: %2. Nothing was changed.</source>
            <translation>%1 cannot be restored: %2. Nothing was changed.</translation>
        </message>
        <message>
            <source>A database cannot be restored onto itself.</source>
            <translation>A database cannot be restored onto itself.</translation>
        </message>
        <message>
            <source>%1 is open in Sagstjek or another program. Close it there, then restore.</source>
            <translation>%1 is open in Sagstjek or another program. Close it there, then restore.</translation>
        </message>
        <message>
            <source>Cannot keep a copy of the current %1 before restoring; nothing was restored.</source>
            <translation>Cannot keep a copy of the current %1 before restoring; nothing was restored.</translation>
        </message>
        <message>
            <source>Cannot remove %1; nothing was restored.</source>
            <translation>Cannot remove %1; nothing was restored.</translation>
        </message>
        <message>
            <source>Cannot put the restored database in place at %1.</source>
            <translation>Cannot put the restored database in place at %1.</translation>
        </message>
        <message>
            <source>it has an unknown schema version (%1)</source>
            <translation>it has an unknown schema version (%1)</translation>
        </message>
        <message>
            <source>The folder %1 does not exist; the backup was not written. Create the folder first, or choose another file.</source>
            <translation>The folder %1 does not exist; the backup was not written. Create the folder first, or choose another file.</translation>
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation>Cannot write the backup %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::databaselock</name>
        <message>
            <source>Cannot create the lock file beside %1: is the folder read-only?</source>
            <translation>Cannot create the lock file beside %1: is the folder read-only?</translation>
        </message>
        <message>
            <source>%1 is already open in another Sagstjek window or program (process %2 on %3). Close it there first: two programs writing the same database can damage it.</source>
            <translation>%1 is already open in another Sagstjek window or program (process %2 on %3). Close it there first: two programs writing the same database can damage it.</translation>
        </message>
        <message>
            <source>%1 is already open in another Sagstjek window or program (its lock file %2 names no process, and a running process holds it). Close it there first: two programs writing the same database can damage it.</source>
            <translation>%1 is already open in another Sagstjek window or program (its lock file %2 names no process, and a running process holds it). Close it there first: two programs writing the same database can damage it.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::importmapping</name>
        <message>
            <source>Cannot read the mapping file %1: %2</source>
            <translation>Cannot read the mapping file %1: %2</translation>
        </message>
        <message>
            <source>The mapping file %1 is not a JSON object: %2</source>
            <translation>The mapping file %1 is not a JSON object: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation>Give the mapping a name.</translation>
        </message>
        <message>
            <source>The mapping file %1 is too large (%2 bytes; a mapping file is at most 1 MiB).</source>
            <translation>The mapping file %1 is too large (%2 bytes; a mapping file is at most 1 MiB).</translation>
        </message>
        <message>
            <source>The mapping file %1 is too large (a mapping file is at most 1 MiB).</source>
            <translation>The mapping file %1 is too large (a mapping file is at most 1 MiB).</translation>
        </message>
        <message>
            <source>The mapping file %1 has the key "%2" twice in one object; remove one of them.</source>
            <translation>The mapping file %1 has the key "%2" twice in one object; remove one of them.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::io::DateParser</name>
        <message>
            <source>The time of day %1 was ignored</source>
            <translation>The time of day %1 was ignored</translation>
        </message>
        <message>
            <source>Month %1 does not exist</source>
            <translation>Month %1 does not exist</translation>
        </message>
        <message>
            <source>%1-%2-%3 is not a date: %4 has %5 days</source>
            <translation>%1-%2-%3 is not a date: %4 has %5 days</translation>
        </message>
        <message>
            <source>The date serial number is not a finite number</source>
            <translation>The date serial number is not a finite number</translation>
        </message>
        <message>
            <source>Excel date serial %1 is outside %2–%3</source>
            <translation>Excel date serial %1 is outside %2–%3</translation>
        </message>
        <message>
            <source>Excel date serial 60 is 29 February 1900, a day that never existed (Excel's 1900 leap-year bug)</source>
            <translation>Excel date serial 60 is 29 February 1900, a day that never existed (Excel's 1900 leap-year bug)</translation>
        </message>
        <message>
            <source>The date is empty</source>
            <translation>The date is empty</translation>
        </message>
        <message>
            <source>"%1" is a number, not a date</source>
            <translation>"%1" is a number, not a date</translation>
        </message>
        <message>
            <source>"%1" is neither a date nor an Excel date serial number (1–2958465)</source>
            <translation>"%1" is neither a date nor an Excel date serial number (1–2958465)</translation>
        </message>
        <message>
            <source>"%1" is not a date in a known form (yyyy-mm-dd or dd-mm-yyyy)</source>
            <translation>"%1" is not a date in a known form (yyyy-mm-dd or dd-mm-yyyy)</translation>
        </message>
        <message>
            <source>The two-digit year %1 was read as %2 (00–69 → 2000–2069, 70–99 → 1970–1999)</source>
            <translation>The two-digit year %1 was read as %2 (00–69 → 2000–2069, 70–99 → 1970–1999)</translation>
        </message>
        <message>
            <source> (the column is read month first)</source>
            <translation> (the column is read month first)</translation>
        </message>
        <message>
            <source> (the column is read day first)</source>
            <translation> (the column is read day first)</translation>
        </message>
        <message>
            <source>The dates contradict each other: %1 can only be day first and %2 only month first</source>
            <translation>The dates contradict each other: %1 can only be day first and %2 only month first</translation>
        </message>
        <message>
            <source>%1 dates can only be month first (like 05/13/2019)</source>
            <translation>%1 dates can only be month first (like 05/13/2019)</translation>
        </message>
        <message>
            <source>%1 dates can only be day first (like 13/05/2019)</source>
            <translation>%1 dates can only be day first (like 13/05/2019)</translation>
        </message>
        <message>
            <source>No date shows whether the day or the month comes first; day first (Danish) is assumed</source>
            <translation>No date shows whether the day or the month comes first; day first (Danish) is assumed</translation>
        </message>
        <message>
            <source>No numeric dates to decide from; day first (Danish) is assumed</source>
            <translation>No numeric dates to decide from; day first (Danish) is assumed</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::migrations</name>
        <message>
            <source>Cannot read the schema version: %1</source>
            <translation>Cannot read the schema version: %1</translation>
        </message>
        <message>
            <source>The database was made by a newer version of Sagstjek (schema %1).</source>
            <translation>The database was made by a newer version of Sagstjek (schema %1).</translation>
        </message>
        <message>
            <source>Migration to schema %1 failed: %2</source>
            <translation>Migration to schema %1 failed: %2</translation>
        </message>
        <message>
            <source>The database has an unknown schema version (%1).</source>
            <translation>The database has an unknown schema version (%1).</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::money</name>
        <message>
            <source>"%1" is not an amount in kroner: %2</source>
            <translation>"%1" is not an amount in kroner: %2</translation>
        </message>
        <message>
            <source>there is no number.</source>
            <translation>there is no number.</translation>
        </message>
        <message>
            <source>only one decimal comma is allowed.</source>
            <translation>only one decimal comma is allowed.</translation>
        </message>
        <message>
            <source>write kroner the Danish way, with a decimal comma and points between thousands (3.960,50).</source>
            <translation>write kroner the Danish way, with a decimal comma and points between thousands (3.960,50).</translation>
        </message>
        <message>
            <source>the øre after the comma must be digits.</source>
            <translation>the øre after the comma must be digits.</translation>
        </message>
        <message>
            <source>at most two decimals (øre) are allowed; a point, not a comma, separates thousands (3.960).</source>
            <translation>at most two decimals (øre) are allowed; a point, not a comma, separates thousands (3.960).</translation>
        </message>
        <message>
            <source>mixed thousands separators.</source>
            <translation>mixed thousands separators.</translation>
        </message>
        <message>
            <source>a point separates thousands; write øre after a comma (3960,50).</source>
            <translation>a point separates thousands; write øre after a comma (3960,50).</translation>
        </message>
        <message>
            <source>it must be digits, with a point between thousands and a comma before øre.</source>
            <translation>it must be digits, with a point between thousands and a comma before øre.</translation>
        </message>
        <message>
            <source>thousands are grouped in threes (3.960).</source>
            <translation>thousands are grouped in threes (3.960).</translation>
        </message>
        <message>
            <source>the amount is too large.</source>
            <translation>the amount is too large.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::personaldata</name>
        <message>
            <source>Case %1 has no CPR number.</source>
            <translation>Case %1 has no CPR number.</translation>
        </message>
        <message>
            <source>"%1" is not a CPR number: %2.</source>
            <translation>"%1" is not a CPR number: %2.</translation>
        </message>
        <message>
            <source>Give the reason for deleting case %1 (--reason TEXT).</source>
            <translation>Give the reason for deleting case %1 (--reason TEXT).</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::pgbackup</name>
        <message>
            <source>Backing up a team server needs PostgreSQL's pg_dump and pg_restore on this computer (Debian package postgresql-client); the backup was not written.</source>
            <translation>Backing up a team server needs PostgreSQL's pg_dump and pg_restore on this computer (Debian package postgresql-client); the backup was not written.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist; the backup was not written. Create the folder first, or choose another file.</source>
            <translation>The folder %1 does not exist; the backup was not written. Create the folder first, or choose another file.</translation>
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation>Cannot write the backup %1.</translation>
        </message>
        <message>
            <source>pg_dump could not back up the team server %1: %2</source>
            <translation>pg_dump could not back up the team server %1: %2</translation>
        </message>
        <message>
            <source>The backup %1 failed its check (pg_restore --list: %2); the backup was not written.</source>
            <translation>The backup %1 failed its check (pg_restore --list: %2); the backup was not written.</translation>
        </message>
        <message>
            <source>tables are missing</source>
            <translation>tables are missing</translation>
        </message>
        <message>
            <source>Cannot flush the backup %1 to the disk.</source>
            <translation>Cannot flush the backup %1 to the disk.</translation>
        </message>
        <message>
            <source>Cannot put the backup in place at %1.</source>
            <translation>Cannot put the backup in place at %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::pgschema</name>
        <message>
            <source>The team server's database was made by a newer version of Sagstjek (schema %1); this version knows schema %2. Update Sagstjek.</source>
            <translation>The team server's database was made by a newer version of Sagstjek (schema %1); this version knows schema %2. Update Sagstjek.</translation>
        </message>
        <message>
            <source>The database has no Sagstjek schema to upgrade: set it up with "server init".</source>
            <translation>The database has no Sagstjek schema to upgrade: set it up with "server init".</translation>
        </message>
        <message>
            <source>The team server's schema is missing from this build.</source>
            <translation>The team server's schema is missing from this build.</translation>
        </message>
        <message>
            <source>The team server's database has schema %1, older than any this version can upgrade.</source>
            <translation>The team server's database has schema %1, older than any this version can upgrade.</translation>
        </message>
        <message>
            <source>Setting up the team server's schema failed: %1</source>
            <translation>Setting up the team server's schema failed: %1</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::pgtransfer</name>
        <message>
            <source>at record %1: %2</source>
            <translation>at record %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in %1</source>
            <translation>
                <numerusform>%n row in %1</numerusform>
                <numerusform>%n rows in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n audit record(s) of work</source>
            <translation>
                <numerusform>%n audit record of work</numerusform>
                <numerusform>%n audit records of work</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n more</numerusform>
                <numerusform>%n more</numerusform>
            </translation>
        </message>
        <message>
            <source>The copy of %1 has %2 rows where %3 were expected; nothing was moved.</source>
            <translation>The copy of %1 has %2 rows where %3 were expected; nothing was moved.</translation>
        </message>
        <message>
            <source>%1 is not a database file: `server import-file` moves a file onto the server.</source>
            <translation>%1 is not a database file: `server import-file` moves a file onto the server.</translation>
        </message>
        <message>
            <source>%1 is not a database file.</source>
            <translation>%1 is not a database file.</translation>
        </message>
        <message>
            <source>Nothing was moved: a team server must not start from an audit trail that cannot be trusted, and the trail of %1 is broken %2</source>
            <translation>Nothing was moved: a team server must not start from an audit trail that cannot be trusted, and the trail of %1 is broken %2</translation>
        </message>
        <message>
            <source>Only the owner of the server's database (the login that ran `server init`) can import a file: the import writes the file's audit trail as it is, which no other login may. %1 is not the owner.</source>
            <translation>Only the owner of the server's database (the login that ran `server init`) can import a file: the import writes the file's audit trail as it is, which no other login may. %1 is not the owner.</translation>
        </message>
        <message>
            <source>The team server %1 already holds work (%2). `server import-file` only fills a new server, set up with `server init`; nothing was moved.</source>
            <translation>The team server %1 already holds work (%2). `server import-file` only fills a new server, set up with `server init`; nothing was moved.</translation>
        </message>
        <message>
            <source>The users or settings on the server do not add up after the copy; nothing was moved.</source>
            <translation>The users or settings on the server do not add up after the copy; nothing was moved.</translation>
        </message>
        <message>
            <source>Nothing was moved: the audit trail on the server does not verify after the copy. It is broken %1</source>
            <translation>Nothing was moved: the audit trail on the server does not verify after the copy. It is broken %1</translation>
        </message>
        <message>
            <source>%1 is not a file: `server export-file` writes a local database file.</source>
            <translation>%1 is not a file: `server export-file` writes a local database file.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist; nothing was written. Create the folder first, or choose another file.</source>
            <translation>The folder %1 does not exist; nothing was written. Create the folder first, or choose another file.</translation>
        </message>
        <message>
            <source>No copy was written: the audit trail on the server is broken %1</source>
            <translation>No copy was written: the audit trail on the server is broken %1</translation>
        </message>
        <message>
            <source>The file was not written: the audit trail of the copy is broken %1</source>
            <translation>The file was not written: the audit trail of the copy is broken %1</translation>
        </message>
        <message>
            <source>Cannot flush the copy %1 to the disk.</source>
            <translation>Cannot flush the copy %1 to the disk.</translation>
        </message>
        <message>
            <source>Cannot put the copy in place at %1.</source>
            <translation>Cannot put the copy in place at %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::reports</name>
        <message>
            <source>An administrator does not read case data; make the report without case numbers.</source>
            <translation>An administrator does not read case data; make the report without case numbers.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::tablecopy</name>
        <message>
            <source>The server's table %1 (column %2) is not one of Sagstjek's.</source>
            <translation>The server's table %1 (column %2) is not one of Sagstjek's.</translation>
        </message>
        <message>
            <source>The server's tables refer to each other in a circle; they cannot be copied.</source>
            <translation>The server's tables refer to each other in a circle; they cannot be copied.</translation>
        </message>
        <message>
            <source>The file has no table %1, which the server has.</source>
            <translation>The file has no table %1, which the server has.</translation>
        </message>
        <message>
            <source>The table %1 differs between the file and the server (only in the file: %2; only on the server: %3).</source>
            <translation>The table %1 differs between the file and the server (only in the file: %2; only on the server: %3).</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::walguard</name>
        <message>
            <source>%1 has a write-ahead log (%2) that does not belong to it: it was not written by Sagstjek on this file (it comes from another copy of the database or from another database). SQLite would merge it into the database unseen, so the database was not opened and nothing was changed. Move %2 away and open the database again, or restore a backup.</source>
            <translation>%1 has a write-ahead log (%2) that does not belong to it: it was not written by Sagstjek on this file (it comes from another copy of the database or from another database). SQLite would merge it into the database unseen, so the database was not opened and nothing was changed. Move %2 away and open the database again, or restore a backup.</translation>
        </message>
    </context>
</TS>
