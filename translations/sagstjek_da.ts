<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
    <context>
        <name>QObject</name>
        <message>
            <source>Could not open the database</source>
            <translation>Databasen kunne ikke åbnes</translation>
        </message>
        <message>
            <source>%1

%2</source>
            <translation>%1

%2</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Ny…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Å&amp;bn…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Ny database</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Åbn database</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Who are you?</source>
            <translation>Hvem er du?</translation>
        </message>
        <message>
            <source>This database has a user list. Choose your name:</source>
            <translation>Denne database har en brugerliste. Vælg dit navn:</translation>
        </message>
    </context>
    <context>
        <name>sagstjek</name>
        <message>
            <source>Cannot start a transaction: %1</source>
            <translation>Kan ikke starte en transaktion: %1</translation>
        </message>
        <message>
            <source>Cannot save: %1</source>
            <translation>Kan ikke gemme: %1</translation>
        </message>
        <message>
            <source>The file was not changed.</source>
            <translation>Filen blev ikke ændret.</translation>
        </message>
        <message>
            <source>The team server's location holds a password: a password on the command line is seen in other users' process lists and kept in shell history. Leave it out; Sagstjek takes it from ~/.pgpass or PGPASSWORD, or asks for it.</source>
            <translation>Teamserverens placering indeholder en adgangskode: en adgangskode på kommandolinjen kan ses i andre brugeres proceslister og gemmes i skallens historik. Udelad den; Sagstjek henter den fra ~/.pgpass eller PGPASSWORD eller spørger efter den.</translation>
        </message>
        <message>
            <source>Cannot reach the team server's connection to protect the password.</source>
            <translation>Kan ikke få fat i forbindelsen til teamserveren for at beskytte adgangskoden.</translation>
        </message>
        <message>
            <source>Cannot protect the password: %1</source>
            <translation>Kan ikke beskytte adgangskoden: %1</translation>
        </message>
        <message>
            <source>Your login %1 may not add or change logins on this server: the database's owner (a login that may create roles) adds users and lets them in or out.</source>
            <translation>Dit login %1 må ikke oprette eller ændre logins på denne server: databasens ejer (et login der må oprette roller) opretter brugere og lukker dem ind eller ud.</translation>
        </message>
        <message>
            <source>Cannot reach the team server %1: %2</source>
            <translation>Kan ikke nå teamserveren %1: %2</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AccessLogDialog</name>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Fra</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Adgangslog</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>Alle sager</translation>
        </message>
        <message>
            <source>&amp;Case number:</source>
            <translation>Sags&amp;nummer:</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>No entries.</source>
            <translation>Ingen poster.</translation>
        </message>
        <message>
            <source>Entries: %1.</source>
            <translation>Poster: %1.</translation>
        </message>
        <message>
            <source>Entries shown: %1, the newest first; more as you scroll.</source>
            <translation>Viste poster: %1, de nyeste først; flere når du ruller.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AccessLogModel</name>
        <message>
            <source>Opened the case</source>
            <translation>Åbnede sagen</translation>
        </message>
        <message>
            <source>Searched</source>
            <translation>Søgte</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Udskrev</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Eksporterede</translation>
        </message>
        <message>
            <source>Revealed the CPR number</source>
            <translation>Viste CPR-nummeret</translation>
        </message>
        <message>
            <source>Read the history</source>
            <translation>Læste historikken</translation>
        </message>
        <message>
            <source>Deleted the case</source>
            <translation>Slettede sagen</translation>
        </message>
        <message>
            <source>Read the access log</source>
            <translation>Læste adgangsloggen</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Afvist</translation>
        </message>
        <message>
            <source>Purged the access log</source>
            <translation>Ryddede adgangsloggen</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Sagsnummer</translation>
        </message>
        <message>
            <source>Criterion or purpose</source>
            <translation>Kriterium eller formål</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AccessLogService</name>
        <message>
            <source>The access log must be kept for at least %1 months (asked: %2).</source>
            <translation>Adgangsloggen skal gemmes i mindst %1 måneder (ønsket: %2).</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AccessPolicy</name>
        <message>
            <source>%1 is not a user of this database. Ask an administrator to add you (sagstjek-cli users add %1 --role ROLE), or give --user with your user name.</source>
            <translation>%1 er ikke bruger af denne database. Bed en administrator om at tilføje dig (sagstjek-cli users add %1 --role ROLLE), eller angiv --user med dit brugernavn.</translation>
        </message>
        <message>
            <source>The user %1 has been deactivated. Ask an administrator to reactivate you.</source>
            <translation>Brugeren %1 er deaktiveret. Bed en administrator om at aktivere dig igen.</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>administrere brugere</translation>
        </message>
        <message>
            <source>edit cue-card templates</source>
            <translation>redigere tjeklisteskabeloner</translation>
        </message>
        <message>
            <source>import cases</source>
            <translation>importere sager</translation>
        </message>
        <message>
            <source>approve reviews</source>
            <translation>godkende gennemgange</translation>
        </message>
        <message>
            <source>verify remediations</source>
            <translation>kontrollere rettelser</translation>
        </message>
        <message>
            <source>read the access log</source>
            <translation>læse adgangsloggen</translation>
        </message>
        <message>
            <source>purge the access log</source>
            <translation>rydde adgangsloggen</translation>
        </message>
        <message>
            <source>verify the audit trail</source>
            <translation>kontrollere revisionssporet</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>tage sikkerhedskopier</translation>
        </message>
        <message>
            <source>restore backups</source>
            <translation>gendanne sikkerhedskopier</translation>
        </message>
        <message>
            <source>delete cases</source>
            <translation>slette sager</translation>
        </message>
        <message>
            <source>%1 is a %2 and may not %3.</source>
            <translation>%1 er %2 og må ikke %3.</translation>
        </message>
        <message>
            <source>%1 is an administrator: administrators manage users and templates and do not open cases (case %2).</source>
            <translation>%1 er administrator: administratorer styrer brugere og skabeloner og åbner ikke sager (sag %2).</translation>
        </message>
        <message>
            <source>open</source>
            <translation>åbne</translation>
        </message>
        <message>
            <source>change</source>
            <translation>ændre</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>afslutte</translation>
        </message>
        <message>
            <source>%1 is a caseworker and may only %2 their own cases and cases assigned to them; case %3 belongs to %4.</source>
            <translation>%1 er sagsbehandler og må kun %2 egne sager og sager, der er tildelt dem; sag %3 hører til %4.</translation>
        </message>
        <message>
            <source>no caseworker</source>
            <translation>ingen sagsbehandler</translation>
        </message>
        <message>
            <source>start review rounds and assign cases</source>
            <translation>starte gennemgangsrunder og fordele sager</translation>
        </message>
        <message>
            <source>manage management action rules</source>
            <translation>styre reglerne for ledelseshandlinger</translation>
        </message>
        <message>
            <source>see figures per caseworker</source>
            <translation>se tal for hver sagsbehandler</translation>
        </message>
        <message>
            <source>enter grant lines and rates</source>
            <translation>indtaste tilskudslinjer og satser</translation>
        </message>
        <message>
            <source>register complaint decisions</source>
            <translation>registrere afgørelser i klagesager</translation>
        </message>
        <message>
            <source>edit the action plan</source>
            <translation>redigere handleplanen</translation>
        </message>
        <message>
            <source>"%1" is not a possible user name (at most %2 characters, no control characters, no CPR number). Give --user with your user name.</source>
            <translation>"%1" er ikke et muligt brugernavn (højst %2 tegn, ingen kontroltegn, intet CPR-nummer). Angiv --user med dit brugernavn.</translation>
        </message>
        <message>
            <source>read case data (case lists, searches, defects, exports): administrators do not open cases</source>
            <translation>læse sagsdata (sagslister, søgninger, fejl, eksport): administratorer åbner ikke sager</translation>
        </message>
        <message>
            <source>%1 is an administrator: administrators manage users and templates and do not read case data (case lists, searches, defects, exports).</source>
            <translation>%1 er administrator: administratorer styrer brugere og skabeloner og læser ikke sagsdata (sagslister, søgninger, fejl, eksport).</translation>
        </message>
        <message>
            <source>%1 is assigned case %2 in a review round and may change its review only in that round, not outside it or in another round.</source>
            <translation>%1 er tildelt sag %2 i en gennemgangsrunde og må kun ændre dens gennemgang i den runde, ikke uden for den eller i en anden runde.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ActionPlanService</name>
        <message>
            <source>Name the finding the action is linked to: a check item's key, a management action rule's number or a round's name.</source>
            <translation>Angiv det fund, handlingen knytter sig til: et tjeklistepunkts nøgle, en ledelsesregels nummer eller en rundes navn.</translation>
        </message>
        <message>
            <source>There is no check item %1 on any cue card.</source>
            <translation>Der er intet tjeklistepunkt %1 på nogen tjekliste.</translation>
        </message>
        <message>
            <source>There is no management action rule %1.</source>
            <translation>Der er ingen ledelsesregel %1.</translation>
        </message>
        <message>
            <source>There is no round named %1.</source>
            <translation>Der er ingen runde med navnet %1.</translation>
        </message>
        <message>
            <source>Say what the action is.</source>
            <translation>Skriv, hvad handlingen er.</translation>
        </message>
        <message>
            <source>An action needs an owner: who sees to it.</source>
            <translation>En handling skal have en ansvarlig: hvem der sørger for den.</translation>
        </message>
        <message>
            <source>The text is too long for an action.</source>
            <translation>Teksten er for lang til en handling.</translation>
        </message>
        <message>
            <source>The deadline %1 is not a date an action plan can have (years %2 to %3).</source>
            <translation>Fristen %1 er ikke en dato, en handleplan kan have (årene %2 til %3).</translation>
        </message>
        <message>
            <source>A plan needs a name of at most %1 characters.</source>
            <translation>En plan skal have et navn på højst %1 tegn.</translation>
        </message>
        <message>
            <source>The evaluation date %1 is not a date an action plan can have (years %2 to %3).</source>
            <translation>Evalueringsdatoen %1 er ikke en dato, en handleplan kan have (årene %2 til %3).</translation>
        </message>
        <message>
            <source>There is already a plan named %1.</source>
            <translation>Der er allerede en plan med navnet %1.</translation>
        </message>
        <message>
            <source>A theme needs a title of at most %1 characters.</source>
            <translation>Et tema skal have en titel på højst %1 tegn.</translation>
        </message>
        <message>
            <source>There is no action plan %1.</source>
            <translation>Der er ingen handleplan %1.</translation>
        </message>
        <message>
            <source>The plan already has a theme %1.</source>
            <translation>Planen har allerede et tema %1.</translation>
        </message>
        <message>
            <source>There is no theme %1.</source>
            <translation>Der er intet tema %1.</translation>
        </message>
        <message>
            <source>There is no action %1 in the action plan.</source>
            <translation>Der er ingen handling %1 i handleplanen.</translation>
        </message>
        <message>
            <source>The note is too long.</source>
            <translation>Noten er for lang.</translation>
        </message>
        <message>
            <source>The action is already %1; write a note to add one.</source>
            <translation>Handlingen er allerede %1; skriv en note for at tilføje en.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ActionPlanView</name>
        <message>
            <source>&amp;Deadline:</source>
            <translation>&amp;Frist:</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>Sæt &amp;status</translation>
        </message>
        <message>
            <source>Plan, theme or action</source>
            <translation>Plan, tema eller handling</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handleplan</translation>
        </message>
        <message>
            <source>e.g. Handleplan for integrationsområdet 2020</source>
            <translation>fx Handleplan for integrationsområdet 2020</translation>
        </message>
        <message>
            <source>e.g. Ledelse og organisering</source>
            <translation>fx Ledelse og organisering</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>Hvad der skal gøres</translation>
        </message>
        <message>
            <source>Who sees to it</source>
            <translation>Hvem der sørger for det</translation>
        </message>
        <message>
            <source>No link</source>
            <translation>Intet fund</translation>
        </message>
        <message>
            <source>Check item</source>
            <translation>Kontrolpunkt</translation>
        </message>
        <message>
            <source>Management action rule</source>
            <translation>Ledelsesregel</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Item key, rule number or round name</source>
            <translation>Punktnøgle, regelnummer eller rundens navn</translation>
        </message>
        <message>
            <source>Note: what happened (written with your name and the date)</source>
            <translation>Note: hvad der skete (skrives med dit navn og datoen)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Hvem</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Note history</source>
            <translation>Notehistorik</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Ny plan</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>E&amp;valuation:</source>
            <translation>E&amp;valuering:</translation>
        </message>
        <message>
            <source>Create &amp;plan</source>
            <translation>Opret &amp;plan</translation>
        </message>
        <message>
            <source>New theme in the selected plan</source>
            <translation>Nyt tema i den valgte plan</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>Add t&amp;heme</source>
            <translation>Tilføj te&amp;ma</translation>
        </message>
        <message>
            <source>New action in the selected theme</source>
            <translation>Ny handling i det valgte tema</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Hvad:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>A&amp;nsvarlig:</translation>
        </message>
        <message>
            <source>&amp;Finding:</source>
            <translation>F&amp;und:</translation>
        </message>
        <message>
            <source>&amp;Add action</source>
            <translation>Tilføj hand&amp;ling</translation>
        </message>
        <message>
            <source>Status of the selected action</source>
            <translation>Status for den valgte handling</translation>
        </message>
        <message>
            <source>Ne&amp;w status:</source>
            <translation>N&amp;y status:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>You can read the action plan. Coordinators and leaders edit it.</source>
            <translation>Du kan læse handleplanen. Faglige koordinatorer og ledere redigerer den.</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planlagt</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>I gang</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Udført</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Opgivet</translation>
        </message>
        <message>
            <source>Evaluate now</source>
            <translation>Evalueres nu</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluering</translation>
        </message>
        <message>
            <source>The plan is to be evaluated on this day.</source>
            <translation>Planen skal evalueres på denne dag.</translation>
        </message>
        <message>
            <source>%1 — late</source>
            <translation>%1 — forsinket</translation>
        </message>
        <message>
            <source>The deadline has passed and the action is not done.</source>
            <translation>Fristen er overskredet, og handlingen er ikke udført.</translation>
        </message>
        <message>
            <source>No action plan yet. Create one with the form on the right.</source>
            <translation>Der er endnu ingen handleplan. Opret en med formularen til højre.</translation>
        </message>
        <message>
            <source>Actions: %1 (%2 planned, %3 in progress, %4 done, %5 abandoned). Late: %6.</source>
            <translation>Handlinger: %1 (%2 planlagt, %3 i gang, %4 udført, %5 opgivet). Forsinket: %6.</translation>
        </message>
        <message>
            <source>Plans: %1, actions: %2. Late: %3.</source>
            <translation>Planer: %1, handlinger: %2. Forsinket: %3.</translation>
        </message>
        <message>
            <source>Select an action in the tree to change its status and read its notes.</source>
            <translation>Vælg en handling i træet for at ændre dens status og læse dens noter.</translation>
        </message>
        <message>
            <source>The action is gone.</source>
            <translation>Handlingen findes ikke længere.</translation>
        </message>
        <message>
            <source>, deadline %1</source>
            <translation>, frist %1</translation>
        </message>
        <message>
            <source>Finding: %1</source>
            <translation>Fund: %1</translation>
        </message>
        <message>
            <source>The plan was created. Add its themes.</source>
            <translation>Planen er oprettet. Tilføj dens temaer.</translation>
        </message>
        <message>
            <source>Select the plan the theme belongs to.</source>
            <translation>Vælg den plan, temaet hører til.</translation>
        </message>
        <message>
            <source>The theme was added.</source>
            <translation>Temaet er tilføjet.</translation>
        </message>
        <message>
            <source>Select the theme the action belongs to.</source>
            <translation>Vælg det tema, handlingen hører til.</translation>
        </message>
        <message>
            <source>The action was added as planned.</source>
            <translation>Handlingen er tilføjet som planlagt.</translation>
        </message>
        <message>
            <source>Select the action whose status you change.</source>
            <translation>Vælg den handling, hvis status du vil ændre.</translation>
        </message>
        <message>
            <source>The status is now %1.</source>
            <translation>Status er nu %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ActionRuleService</name>
        <message>
            <source>A rule needs a name, an item pattern and the action it calls for.</source>
            <translation>En regel skal have et navn, et punktmønster og den handling, den kræver.</translation>
        </message>
        <message>
            <source>A rule counts per caseworker (caseworker-count) or looks at a share (item-share).</source>
            <translation>En regel tæller pr. sagsbehandler (caseworker-count) eller ser på en andel (item-share).</translation>
        </message>
        <message>
            <source>The threshold must be a count, or a percentage from 0 to 100.</source>
            <translation>Tærsklen skal være et antal eller en procentsats fra 0 til 100.</translation>
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
            <translation>&amp;Brugere</translation>
        </message>
        <message>
            <source>&amp;Management action rules</source>
            <translation>&amp;Ledelsesregler</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Brugernavn</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Visningsnavn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Selected user</source>
            <translation>Valgt bruger</translation>
        </message>
        <message>
            <source>&amp;Change role</source>
            <translation>S&amp;kift rolle</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Deaktivér</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Ny bruger</translation>
        </message>
        <message>
            <source>The login name, e.g. msn</source>
            <translation>Login-navnet, f.eks. msn</translation>
        </message>
        <message>
            <source>As the case system writes the caseworker, e.g. Mette Sørensen</source>
            <translation>Som sagssystemet skriver sagsbehandleren, f.eks. Mette Sørensen</translation>
        </message>
        <message>
            <source>Add us&amp;er</source>
            <translation>&amp;Tilføj bruger</translation>
        </message>
        <message>
            <source>User &amp;name:</source>
            <translation>Bruger&amp;navn:</translation>
        </message>
        <message>
            <source>Displa&amp;y name:</source>
            <translation>&amp;Visningsnavn:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>R&amp;olle:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>&amp;Deactivate rule</source>
            <translation>&amp;Deaktivér regel</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Ny regel</translation>
        </message>
        <message>
            <source>A short name, e.g. Late follow-up</source>
            <translation>Et kort navn, f.eks. Opfølgning for sent</translation>
        </message>
        <message>
            <source>Per caseworker: at least this many “not met” answers</source>
            <translation>Pr. sagsbehandler: mindst så mange svar med »ikke opfyldt«</translation>
        </message>
        <message>
            <source>For the round: more than this share of the answers “not met”</source>
            <translation>For runden: mere end denne andel af svarene »ikke opfyldt«</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>Alle punkter</translation>
        </message>
        <message>
            <source>Every item of %1</source>
            <translation>Alle punkter i %1</translation>
        </message>
        <message>
            <source>Another pattern…</source>
            <translation>Et andet mønster…</translation>
        </message>
        <message>
            <source>Item keys, * for any text, e.g. integration.followup.*</source>
            <translation>Punkternes nøgler, * for vilkårlig tekst, f.eks. integration.followup.*</translation>
        </message>
        <message>
            <source>What is to be done, e.g. Sparring with the faglig koordinator</source>
            <translation>Hvad der skal gøres, f.eks. Sparring med den faglige koordinator</translation>
        </message>
        <message>
            <source>Add &amp;rule</source>
            <translation>Tilføj &amp;regel</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Items:</source>
            <translation>&amp;Punkter:</translation>
        </message>
        <message>
            <source>&amp;Pattern:</source>
            <translation>&amp;Mønster:</translation>
        </message>
        <message>
            <source>&amp;Threshold:</source>
            <translation>&amp;Grænse:</translation>
        </message>
        <message>
            <source>A&amp;ction:</source>
            <translation>&amp;Handling:</translation>
        </message>
        <message>
            <source>all items</source>
            <translation>alle punkter</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>»%1« (%2)</translation>
        </message>
        <message>
            <source>every item of %1</source>
            <translation>alle punkter i %1</translation>
        </message>
        <message>
            <source>the items under “%1” (%2)</source>
            <translation>punkterne under »%1« (%2)</translation>
        </message>
        <message>
            <source>the items matching %1</source>
            <translation>punkterne, der passer til %1</translation>
        </message>
        <message>
            <source>A caseworker has at least %1 “not met” answers on %2</source>
            <translation>En sagsbehandler har mindst %1 svar med »ikke opfyldt« på %2</translation>
        </message>
        <message>
            <source>More than %1 % of the answers on %2 are “not met”</source>
            <translation>Mere end %1 % af svarene på %2 er »ikke opfyldt«</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;Aktivér</translation>
        </message>
        <message>
            <source>%1 was added as %2.</source>
            <translation>%1 er tilføjet som %2.</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>%1 er nu %2.</translation>
        </message>
        <message>
            <source>%1 can use Sagstjek again.</source>
            <translation>%1 kan bruge Sagstjek igen.</translation>
        </message>
        <message>
            <source>%1 can no longer use Sagstjek.</source>
            <translation>%1 kan ikke længere bruge Sagstjek.</translation>
        </message>
        <message>
            <source>&amp;Activate rule</source>
            <translation>&amp;Aktivér regel</translation>
        </message>
        <message>
            <source> “not met”</source>
            <translation> »ikke opfyldt«</translation>
        </message>
        <message numerus="yes">
            <source>Covers %n item(s) on the current cue cards.</source>
            <translation>
                <numerusform>Dækker %n punkt på de gældende tjeklister.</numerusform>
                <numerusform>Dækker %n punkter på de gældende tjeklister.</numerusform>
            </translation>
        </message>
        <message>
            <source>The rule “%1” was added.</source>
            <translation>Reglen »%1« er tilføjet.</translation>
        </message>
        <message>
            <source>The rule “%1” no longer applies.</source>
            <translation>Reglen »%1« gælder ikke længere.</translation>
        </message>
        <message>
            <source>The rule “%1” applies again.</source>
            <translation>Reglen »%1« gælder igen.</translation>
        </message>
        <message>
            <source>You changed your own access: what you may no longer do is switched off here, and Sagstjek applies it in full when the database is opened again.</source>
            <translation>Du har ændret din egen adgang: det, du ikke længere må, er slået fra her, og Sagstjek anvender ændringen fuldt ud, når databasen åbnes igen.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::AppController</name>
        <message>
            <source>No database is open.</source>
            <translation>Ingen database er åben.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ApprovalService</name>
        <message>
            <source>Say what needs another look: sending a review back needs a comment.</source>
            <translation>Skriv, hvad der skal ses på igen: en gennemgang sendes kun tilbage med en kommentar.</translation>
        </message>
        <message>
            <source>The case has no review in this round yet.</source>
            <translation>Sagen har endnu ingen gennemgang i denne runde.</translation>
        </message>
        <message>
            <source>The review is already approved.</source>
            <translation>Gennemgangen er allerede godkendt.</translation>
        </message>
        <message>
            <source>Only a completed review can be approved or sent back; this one is %1.</source>
            <translation>Kun en afsluttet gennemgang kan godkendes eller sendes tilbage; denne er %1.</translation>
        </message>
        <message>
            <source>%1 worked on this review and cannot approve or send back their own review; another coordinator or leader must do it (four eyes).</source>
            <translation>%1 har arbejdet på denne gennemgang og kan ikke selv godkende den eller sende den tilbage; en anden koordinator eller leder skal gøre det (fire øjne).</translation>
        </message>
        <message>
            <source>Reopening an approved review needs a reason.</source>
            <translation>En godkendt gennemgang genåbnes kun med en begrundelse.</translation>
        </message>
        <message>
            <source>Only an approved review is reopened; this one is %1 and can be changed as it is.</source>
            <translation>Kun en godkendt gennemgang genåbnes; denne er %1 og kan ændres, som den er.</translation>
        </message>
        <message>
            <source>Only the reviewer, a faglig koordinator or a leader may reopen an approved review.</source>
            <translation>Kun den, der har gennemgået sagen, en faglig koordinator eller en leder må genåbne en godkendt gennemgang.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CaseImporter</name>
        <message>
            <source>The case number is missing.</source>
            <translation>Sagsnummeret mangler.</translation>
        </message>
        <message>
            <source>The case number is also on row %1.</source>
            <translation>Sagsnummeret står også i række %1.</translation>
        </message>
        <message>
            <source>The name is missing.</source>
            <translation>Navnet mangler.</translation>
        </message>
        <message>
            <source>Unknown area. Use one of: %1.</source>
            <translation>Ukendt område. Brug et af: %1.</translation>
        </message>
        <message>
            <source>The value is longer than %1 characters.</source>
            <translation>Værdien er længere end %1 tegn.</translation>
        </message>
        <message>
            <source>The value contains control characters.</source>
            <translation>Værdien indeholder kontroltegn.</translation>
        </message>
        <message>
            <source>Not a valid CPR number: %1.</source>
            <translation>Ikke et gyldigt CPR-nummer: %1.</translation>
        </message>
        <message>
            <source>The CPR number fails the modulus-11 check. Numbers issued since 2007 may do so; it was accepted.</source>
            <translation>CPR-nummeret består ikke modulus 11-kontrollen. Det kan numre udstedt siden 2007 gøre; det blev godtaget.</translation>
        </message>
        <message>
            <source>No case field has this name; the column is ignored. Map it in a mapping file to import it.</source>
            <translation>Intet sagsfelt har dette navn; kolonnen ignoreres. Angiv den i en opsætningsfil for at importere den.</translation>
        </message>
        <message>
            <source>The column mixes day-first and month-first dates (%1). Choose the order in the mapping.</source>
            <translation>Kolonnen blander datoer med dagen først og måneden først (%1). Vælg rækkefølgen i opsætningen.</translation>
        </message>
        <message>
            <source>No date in the first rows tells day-first from month-first; they were read as day-month-year (Danish order).</source>
            <translation>Ingen dato i de første rækker viser, om dagen eller måneden står først; datoerne blev læst som dag-måned-år (dansk rækkefølge).</translation>
        </message>
        <message>
            <source>The dates were read as month-day-year: %1</source>
            <translation>Datoerne blev læst som måned-dag-år: %1</translation>
        </message>
        <message>
            <source>Unknown subgroup for %1. Use one of: %2.</source>
            <translation>Ukendt undergruppe for %1. Brug en af: %2.</translation>
        </message>
        <message>
            <source>Not a valid date (%1). Write it as YYYY-MM-DD or DD-MM-YYYY.</source>
            <translation>Ikke en gyldig dato (%1). Skriv den som ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ.</translation>
        </message>
        <message>
            <source>The date could be day-month or month-day; choose the column's date order in the mapping.</source>
            <translation>Datoen kan være dag-måned eller måned-dag; vælg kolonnens datorækkefølge i opsætningen.</translation>
        </message>
        <message>
            <source>The date is outside 1900–2100.</source>
            <translation>Datoen ligger uden for 1900–2100.</translation>
        </message>
        <message>
            <source>%1. Nothing was imported.</source>
            <translation>%1. Intet blev importeret.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Kan ikke skrive %1: %2</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <source>The cases were imported, but the skipped rows could not be written to %1: %2</source>
            <translation>Sagerne blev importeret, men de oversprungne rækker kunne ikke skrives til %1: %2</translation>
        </message>
        <message>
            <source>The required column "%1" is missing.</source>
            <translation>Den påkrævede kolonne "%1" mangler.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CaseListModel</name>
        <message>
            <source>Case number</source>
            <translation>Sagsnummer</translation>
        </message>
        <message>
            <source>CPR</source>
            <translation>CPR</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Sagsbehandler</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Gennemgang</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CaseListWidget</name>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>Gennemgangsstatus</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Sagsbehandler</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Search case number, name or CPR (Ctrl+F)</source>
            <translation>Søg sagsnummer, navn eller CPR (Ctrl+F)</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>Alle områder</translation>
        </message>
        <message>
            <source>Any review status</source>
            <translation>Alle statusser</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Ikke startet</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>I gang</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Afsluttet</translation>
        </message>
        <message>
            <source>All caseworkers</source>
            <translation>Alle sagsbehandlere</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>Alle teams</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n sag</numerusform>
                <numerusform>%n sager</numerusform>
            </translation>
        </message>
        <message>
            <source>The cases could not be counted: %1</source>
            <translation>Sagerne kunne ikke tælles: %1</translation>
        </message>
        <message>
            <source>Counting cases…</source>
            <translation>Tæller sager…</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CaseRepository</name>
        <message>
            <source>There is no case with id %1.</source>
            <translation>Der er ingen sag med id %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ComplaintListModel</name>
        <message>
            <source>This case number is not in the database; the decision still counts.</source>
            <translation>Sagsnummeret findes ikke i databasen; afgørelsen tæller stadig med.</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Afgjort</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraf</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Udfald</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Sagsnummer</translation>
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
            <translation>I alt</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 til %2</translation>
        </message>
        <message>
            <source>nothing decided on the merits</source>
            <translation>intet afgjort på realiteten</translation>
        </message>
        <message>
            <source>too few to judge</source>
            <translation>for få til at vurdere</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraf</translation>
        </message>
        <message>
            <source>Decided on the merits</source>
            <translation>Afgjort på realiteten</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Omgjort</translation>
        </message>
        <message>
            <source>Rejected or referred</source>
            <translation>Afvist eller henvist</translation>
        </message>
        <message>
            <source>Reversal rate</source>
            <translation>Omgørelsesprocent</translation>
        </message>
        <message>
            <source>95 % interval</source>
            <translation>95 %-interval</translation>
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
            <translation>En afgørelse skal have den paragraf, den er truffet efter, f.eks. SEL § 96.</translation>
        </message>
        <message>
            <source>The paragraph is longer than %1 characters.</source>
            <translation>Paragraffen er længere end %1 tegn.</translation>
        </message>
        <message>
            <source>A decision needs the date Ankestyrelsen decided it.</source>
            <translation>En afgørelse skal have den dato, Ankestyrelsen traf den.</translation>
        </message>
        <message>
            <source>The decision date %1 is in the future.</source>
            <translation>Afgørelsesdatoen %1 ligger i fremtiden.</translation>
        </message>
        <message>
            <source>There is no case %1 in the database; the decision is kept with the number as text and still counts.</source>
            <translation>Der er ingen sag %1 i databasen; afgørelsen gemmes med nummeret som tekst og tæller stadig med.</translation>
        </message>
        <message>
            <source>This decision is already registered: case %1, %2, %3, %4.</source>
            <translation>Afgørelsen er allerede registreret: sag %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The period starts (%1) after it ends (%2).</source>
            <translation>Perioden begynder (%1), efter at den slutter (%2).</translation>
        </message>
        <message>
            <source>The required column "%1" (%2) is missing.</source>
            <translation>Den påkrævede kolonne "%1" (%2) mangler.</translation>
        </message>
        <message>
            <source>%1. Nothing was imported.</source>
            <translation>%1. Intet blev importeret.</translation>
        </message>
        <message>
            <source>The paragraph is missing.</source>
            <translation>Paragraffen mangler.</translation>
        </message>
        <message>
            <source>The date is missing.</source>
            <translation>Datoen mangler.</translation>
        </message>
        <message>
            <source>Not a valid date (%1).</source>
            <translation>Ikke en gyldig dato (%1).</translation>
        </message>
        <message>
            <source>The date could be day-month or month-day; choose the order in the mapping.</source>
            <translation>Datoen kan være dag-måned eller måned-dag; vælg rækkefølgen i opsætningen.</translation>
        </message>
        <message>
            <source>The decision date is in the future.</source>
            <translation>Afgørelsesdatoen ligger i fremtiden.</translation>
        </message>
        <message>
            <source>The outcome is missing.</source>
            <translation>Udfaldet mangler.</translation>
        </message>
        <message>
            <source>Unknown outcome. Use stadfæstet, ændret, ophævet, hjemvist, afvist or henvist.</source>
            <translation>Ukendt udfald. Brug stadfæstet, ændret, ophævet, hjemvist, afvist eller henvist.</translation>
        </message>
        <message>
            <source>There is no case with this number in the database; the decision is kept with the number as text and still counts.</source>
            <translation>Der er ingen sag med dette nummer i databasen; afgørelsen gemmes med nummeret som tekst og tæller stadig med.</translation>
        </message>
        <message>
            <source>The same decision as row %1; counted once.</source>
            <translation>Samme afgørelse som række %1; tælles én gang.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ComplaintsView</name>
        <message>
            <source>Register a decision</source>
            <translation>Registrer en afgørelse</translation>
        </message>
        <message>
            <source>&amp;Import file…</source>
            <translation>&amp;Importer fil…</translation>
        </message>
        <message>
            <source>Re&amp;move selected</source>
            <translation>Fjern &amp;valgte</translation>
        </message>
        <message>
            <source>e.g. SEL § 96</source>
            <translation>f.eks. SEL § 96</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Valgfrit</translation>
        </message>
        <message>
            <source>Decided from</source>
            <translation>Afgjort fra</translation>
        </message>
        <message>
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <source>Reversal rate = (changed + annulled + remitted) ÷ decisions on the merits. Rejected and referred complaints are counted beside it, not in it. Under 5 decisions on the merits is too few to judge.</source>
            <translation>Omgørelsesprocent = (ændret + ophævet + hjemvist) ÷ afgørelser på realiteten. Afviste og henviste klager tælles ved siden af, ikke med. Under 5 afgørelser på realiteten er for få til at vurdere.</translation>
        </message>
        <message>
            <source>Re&amp;gister</source>
            <translation>Regi&amp;strer</translation>
        </message>
        <message>
            <source>&amp;Paragraph:</source>
            <translation>&amp;Paragraf:</translation>
        </message>
        <message>
            <source>&amp;Decided:</source>
            <translation>&amp;Afgjort:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Udfald:</translation>
        </message>
        <message>
            <source>&amp;Case number:</source>
            <translation>Sags&amp;nummer:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>The decision is registered.</source>
            <translation>Afgørelsen er registreret.</translation>
        </message>
        <message>
            <source>The decision is registered. %1</source>
            <translation>Afgørelsen er registreret. %1</translation>
        </message>
        <message>
            <source>Select the decisions to remove.</source>
            <translation>Vælg de afgørelser, der skal fjernes.</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) removed.</source>
            <translation>
                <numerusform>%n afgørelse fjernet.</numerusform>
                <numerusform>%n afgørelser fjernet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Ankestyrelsen's decisions</source>
            <translation>Importer Ankestyrelsens afgørelser</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Tabeller (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Row %1, column %2: %3</source>
            <translation>Række %1, kolonne %2: %3</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Intet blev importeret.</translation>
        </message>
        <message>
            <source>%1 decisions registered, %2 already registered.</source>
            <translation>%1 afgørelser registreret, %2 var allerede registreret.</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s), e.g. row %1: %2</source>
            <translation>
                <numerusform>%n advarsel, f.eks. række %1: %2</numerusform>
                <numerusform>%n advarsler, f.eks. række %1: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ConnectDialog</name>
        <message>
            <source>&amp;Encrypt the connection (TLS)</source>
            <translation>&amp;Kryptér forbindelsen (TLS)</translation>
        </message>
        <message>
            <source>Connect to team server</source>
            <translation>Forbind til teamserver</translation>
        </message>
        <message>
            <source>e.g. sagstjek.kommune.local</source>
            <translation>f.eks. sagstjek.kommune.local</translation>
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
            <translation>&amp;Bruger:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <source>You work as this user: the server decides what you may see and do. The password is not saved; Sagstjek remembers the server in File ▸ Open recent.</source>
            <translation>Du arbejder som denne bruger: serveren bestemmer, hvad du må se og gøre. Adgangskoden gemmes ikke; Sagstjek husker serveren i Filer ▸ Åbn seneste.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Forbind</translation>
        </message>
        <message>
            <source>Fill in the server, the database and the user.</source>
            <translation>Udfyld server, database og bruger.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CueCard</name>
        <message>
            <source>The template is not valid JSON at byte %1: %2</source>
            <translation>Skabelonen er ikke gyldig JSON ved byte %1: %2</translation>
        </message>
        <message>
            <source>The template must be a JSON object.</source>
            <translation>Skabelonen skal være et JSON-objekt.</translation>
        </message>
        <message>
            <source>Unknown template format %1; this version reads format 1.</source>
            <translation>Ukendt skabelonformat %1; denne version læser format 1.</translation>
        </message>
        <message>
            <source>The template key "%1" is missing or invalid.</source>
            <translation>Skabelonnøglen "%1" mangler eller er ugyldig.</translation>
        </message>
        <message>
            <source>Template %1: the version must be a whole number from 1.</source>
            <translation>Skabelon %1: versionen skal være et helt tal fra 1.</translation>
        </message>
        <message>
            <source>Template %1: unknown area "%2".</source>
            <translation>Skabelon %1: ukendt område "%2".</translation>
        </message>
        <message>
            <source>Template %1 has no title.</source>
            <translation>Skabelon %1 har ingen titel.</translation>
        </message>
        <message>
            <source>Template %1, section %2: an item key is missing or invalid.</source>
            <translation>Skabelon %1, afsnit %2: en punktnøgle mangler eller er ugyldig.</translation>
        </message>
        <message>
            <source>Template %1: the item key %2 is used twice.</source>
            <translation>Skabelon %1: punktnøglen %2 er brugt to gange.</translation>
        </message>
        <message>
            <source>Template %1: item %2 has no question.</source>
            <translation>Skabelon %1: punkt %2 har intet spørgsmål.</translation>
        </message>
        <message>
            <source>Template %1: item %2 has an unknown severity "%3".</source>
            <translation>Skabelon %1: punkt %2 har en ukendt alvor "%3".</translation>
        </message>
        <message>
            <source>Template %1 has no items.</source>
            <translation>Skabelon %1 har ingen punkter.</translation>
        </message>
        <message>
            <source>The template has the key "%1" twice in one object; JSON readers disagree on which one counts, so the template is refused. Remove one of them.</source>
            <translation>Skabelonen har nøglen "%1" to gange i samme objekt; JSON-læsere er uenige om, hvilken der gælder, så skabelonen afvises. Fjern den ene.</translation>
        </message>
        <message>
            <source>Template %1: the key must be the area it is for ("%2"); one cue card per area.</source>
            <translation>Skabelon %1: nøglen skal være det område, den gælder for ("%2"); én tjekliste pr. område.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CueCardWidget</name>
        <message>
            <source>Choose a case in the list and press Enter to open its cue card.</source>
            <translation>Vælg en sag på listen, og tryk Enter for at åbne dens tjekliste.</translation>
        </message>
        <message>
            <source>Complete review</source>
            <translation>Afslut gennemgang</translation>
        </message>
        <message>
            <source>Mark the review complete (Ctrl+Enter)</source>
            <translation>Markér gennemgangen som afsluttet (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>The case could not be opened: %1</source>
            <translation>Sagen kunne ikke åbnes: %1</translation>
        </message>
        <message>
            <source>CPR %1</source>
            <translation>CPR %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ukendt</translation>
        </message>
        <message>
            <source>Caseworker: %1</source>
            <translation>Sagsbehandler: %1</translation>
        </message>
        <message>
            <source>Team: %1</source>
            <translation>Team: %1</translation>
        </message>
        <message>
            <source>Cue card: %1, version %2</source>
            <translation>Tjekliste: %1, version %2</translation>
        </message>
        <message>
            <source>Every item is answered. Press Ctrl+Enter to complete the review.</source>
            <translation>Alle punkter er besvaret. Tryk Ctrl+Enter for at afslutte gennemgangen.</translation>
        </message>
        <message>
            <source>%1 / %2 answered</source>
            <translation>%1 / %2 besvaret</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Ikke gemt: %1</translation>
        </message>
        <message>
            <source>The review is complete.</source>
            <translation>Gennemgangen er afsluttet.</translation>
        </message>
        <message numerus="yes">
            <source>The review cannot be completed yet (%n problem(s)):</source>
            <translation>
                <numerusform>Gennemgangen kan ikke afsluttes endnu (%n problem):</numerusform>
                <numerusform>Gennemgangen kan ikke afsluttes endnu (%n problemer):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… og %n mere</numerusform>
                <numerusform>… og %n mere</numerusform>
            </translation>
        </message>
        <message>
            <source>Round: %1</source>
            <translation>Runde: %1</translation>
        </message>
        <message>
            <source>Outside any round</source>
            <translation>Uden for runde</translation>
        </message>
        <message>
            <source>Reopen the completed review?</source>
            <translation>Genåbn den afsluttede gennemgang?</translation>
        </message>
        <message>
            <source>This review is completed. Changing an answer reopens it, and it must be completed again.

Reopen the review and change the answer?</source>
            <translation>Gennemgangen er afsluttet. Ændrer du et svar, genåbnes den, og den skal afsluttes igen.

Vil du genåbne gennemgangen og ændre svaret?</translation>
        </message>
        <message>
            <source>Reopen and change</source>
            <translation>Genåbn og ændr</translation>
        </message>
        <message>
            <source>Keep it completed</source>
            <translation>Behold den afsluttet</translation>
        </message>
        <message>
            <source>This review is approved and cannot be changed. A coordinator or leader can reopen it with a reason (Rounds ▸ Reopen).</source>
            <translation>Gennemgangen er godkendt og kan ikke ændres. En koordinator eller leder kan genåbne den med en begrundelse (Runder ▸ Genåbn).</translation>
        </message>
        <message>
            <source>Reopen the approved review?</source>
            <translation>Genåbn den godkendte gennemgang?</translation>
        </message>
        <message>
            <source>This review is approved. To change it, it is reopened and must be approved again.
Why is it reopened?</source>
            <translation>Gennemgangen er godkendt. For at ændre den skal den genåbnes og godkendes igen.
Hvorfor genåbnes den?</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Genåbn</translation>
        </message>
        <message>
            <source>Sent back by the approver: %1</source>
            <translation>Sendt tilbage af godkenderen: %1</translation>
        </message>
        <message>
            <source>Save your change over your colleague's. Close this message to keep theirs.</source>
            <translation>Gem din ændring oven på din kollegas. Luk beskeden for at beholde kollegaens.</translation>
        </message>
        <message>
            <source>Re&amp;place with mine</source>
            <translation>&amp;Erstat med mit</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved yet:&lt;/b&gt; the team server cannot be reached. Your changes stay on the card, marked "Not saved yet", and are saved when the connection is back.</source>
            <translation>&lt;b&gt;Ikke gemt endnu:&lt;/b&gt; teamserveren kan ikke nås. Dine ændringer bliver på tjeklisten, mærket "Ikke gemt endnu", og gemmes, når forbindelsen er tilbage.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::CueItemWidget</name>
        <message>
            <source>%1 (key %2)</source>
            <translation>%1 (tast %2)</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Opfyldt</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Ikke opfyldt</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Ikke relevant</translation>
        </message>
        <message>
            <source>What to look for</source>
            <translation>Hvad skal der kigges efter</translation>
        </message>
        <message>
            <source>Show or hide the guidance (key G)</source>
            <translation>Vis eller skjul vejledningen (tast G)</translation>
        </message>
        <message>
            <source>Computed: %1</source>
            <translation>Beregnet: %1</translation>
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
            <translation>Begrundelse for at afvige fra den beregnede vurdering</translation>
        </message>
        <message>
            <source>Your answer differs from the computed verdict: why? (required)</source>
            <translation>Dit svar afviger fra den beregnede vurdering: hvorfor? (skal udfyldes)</translation>
        </message>
        <message>
            <source>Computed: %1 (Space confirms)</source>
            <translation>Beregnet: %1 (mellemrum bekræfter)</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Ikke gemt endnu</translation>
        </message>
        <message>
            <source>The team server cannot be reached. This change is kept here and saved when the connection is back.</source>
            <translation>Teamserveren kan ikke nås. Ændringen bliver her og gemmes, når forbindelsen er tilbage.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DashboardService</name>
        <message>
            <source>Cancelled.</source>
            <translation>Annulleret.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DashboardView</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Opdater</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fremdrift</translation>
        </message>
        <message>
            <source>Error-free</source>
            <translation>Fejlfri</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Open defects</source>
            <translation>Åbne fejl</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Opfyldt</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Ikke opfyldt</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>Ikke relevant</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Overholdelse</translation>
        </message>
        <message>
            <source>Lower bound</source>
            <translation>Nedre grænse</translation>
        </message>
        <message>
            <source>Check item</source>
            <translation>Kontrolpunkt</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Sagsnummer</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Sagsbehandler</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åben</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overskredet</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Vedrører</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Load the figures again (F5)</source>
            <translation>Hent tallene igen (F5)</translation>
        </message>
        <message>
            <source>Choose a check item to list the cases that did not meet it</source>
            <translation>Vælg et kontrolpunkt for at se de sager, der ikke opfyldte det</translation>
        </message>
        <message>
            <source>Enter or double-click: open the case's cue card in the round</source>
            <translation>Enter eller dobbeltklik: åbn sagens kontrolskema i runden</translation>
        </message>
        <message>
            <source>Open rounds</source>
            <translation>Åbne runder</translation>
        </message>
        <message>
            <source>Compliance per check item</source>
            <translation>Overholdelse pr. kontrolpunkt</translation>
        </message>
        <message>
            <source>Cases behind the figure</source>
            <translation>Sagerne bag tallet</translation>
        </message>
        <message>
            <source>Open defects per owner</source>
            <translation>Åbne fejl pr. ansvarlig</translation>
        </message>
        <message>
            <source>Management actions waiting</source>
            <translation>Ledelsesreaktioner, der venter</translation>
        </message>
        <message>
            <source>Cancelled: the figures shown are from the last complete load.</source>
            <translation>Annulleret: de viste tal er fra sidste fuldførte indlæsning.</translation>
        </message>
        <message>
            <source>The figures could not be loaded: %1</source>
            <translation>Tallene kunne ikke hentes: %1</translation>
        </message>
        <message>
            <source>Overview on %1</source>
            <translation>Overblik pr. %1</translation>
        </message>
        <message>
            <source>There is no open round. Start one under Rounds; its figures appear here.</source>
            <translation>Der er ingen åben runde. Start en under Runder; dens tal vises her.</translation>
        </message>
        <message>
            <source>%1 of %2 reviewed, %3 left</source>
            <translation>%1 af %2 gennemgået, %3 tilbage</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 af %3)</translation>
        </message>
        <message>
            <source>; at least %1</source>
            <translation>; mindst %1</translation>
        </message>
        <message>
            <source>Lower 95 % bound</source>
            <translation>Nedre 95 %-grænse</translation>
        </message>
        <message>
            <source>Target %1</source>
            <translation>Mål %1</translation>
        </message>
        <message>
            <source>Check item (number as in the table)</source>
            <translation>Kontrolpunkt (nummer som i tabellen)</translation>
        </message>
        <message>
            <source>Choose a bar or a check item to see the cases that did not meet it.</source>
            <translation>Vælg en søjle eller et kontrolpunkt for at se de sager, der ikke opfyldte det.</translation>
        </message>
        <message>
            <source>The cases could not be listed: %1</source>
            <translation>Sagerne kunne ikke vises: %1</translation>
        </message>
        <message>
            <source>%1. %2: not met in %3 of %4 reviewed cases.</source>
            <translation>%1. %2: ikke opfyldt i %3 af %4 gennemgåede sager.</translation>
        </message>
        <message>
            <source>You see your own cases only.</source>
            <translation>Du ser kun dine egne sager.</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>I alt</translation>
        </message>
        <message>
            <source>The whole round</source>
            <translation>Hele runden</translation>
        </message>
        <message>
            <source>Grants to correct</source>
            <translation>Tilskud at berigtige</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Reversal rate at Ankestyrelsen</source>
            <translation>Omgørelsesprocent i Ankestyrelsen</translation>
        </message>
        <message>
            <source>Late actions in the action plan</source>
            <translation>Forsinkede handlinger i handleplanen</translation>
        </message>
        <message>
            <source>Months without a rate, not priced: %1</source>
            <translation>Måneder uden sats, ikke prissat: %1</translation>
        </message>
        <message>
            <source>From %1 to %2:</source>
            <translation>Fra %1 til %2:</translation>
        </message>
        <message>
            <source>no decision on the merits registered.</source>
            <translation>ingen realitetsafgørelser registreret.</translation>
        </message>
        <message>
            <source>%1 rejected or referred, not counted.</source>
            <translation>%1 afvist eller henvist, ikke medregnet.</translation>
        </message>
        <message>
            <source>Error-free cases over the last rounds</source>
            <translation>Fejlfri sager i de seneste runder</translation>
        </message>
        <message>
            <source>Error-free cases</source>
            <translation>Fejlfri sager</translation>
        </message>
        <message>
            <source>No round yet.</source>
            <translation>Ingen runder endnu.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::Database</name>
        <message>
            <source>There is no triggered action %1.</source>
            <translation>Der er ingen udløst handling %1.</translation>
        </message>
        <message>
            <source>There is no case %1.</source>
            <translation>Der er ingen sag %1.</translation>
        </message>
        <message>
            <source>The case no longer exists.</source>
            <translation>Sagen findes ikke længere.</translation>
        </message>
        <message>
            <source>There is no defect %1.</source>
            <translation>Der er ingen fejl %1.</translation>
        </message>
        <message>
            <source>Warning: %1 is on a network share (%2). SQLite's write-ahead log does not work over a network file system, and two computers using the file at once can damage it. Copy the database to a local disk and work there, or use the team server.</source>
            <translation>Advarsel: %1 ligger på et netværksdrev (%2). SQLites write-ahead-log virker ikke over et netværksfilsystem, og to computere, der bruger filen samtidig, kan beskadige den. Kopiér databasen til en lokal disk og arbejd der, eller brug teamserveren.</translation>
        </message>
        <message>
            <source>The review no longer exists.</source>
            <translation>Gennemgangen findes ikke længere.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space on the disk that holds the database, then try again.</source>
            <translation>Disken er fuld: intet blev gemt. Frigør plads på disken med databasen, og prøv igen.</translation>
        </message>
        <message>
            <source>The database is read-only: nothing was saved. Check that you may write to the file and its folder.</source>
            <translation>Databasen er skrivebeskyttet: intet blev gemt. Kontrollér, at du må skrive i filen og dens mappe.</translation>
        </message>
        <message>
            <source>The database is locked by another program: nothing was saved. Close the other program and try again.</source>
            <translation>Databasen er låst af et andet program: intet blev gemt. Luk det andet program, og prøv igen.</translation>
        </message>
        <message>
            <source>The disk reported an error: nothing was saved (%1). Check the disk or the network connection, then try again.</source>
            <translation>Disken meldte en fejl: intet blev gemt (%1). Kontrollér disken eller netværksforbindelsen, og prøv igen.</translation>
        </message>
        <message>
            <source>Database error: %1</source>
            <translation>Databasefejl: %1</translation>
        </message>
        <message>
            <source>There is no complaint decision %1.</source>
            <translation>Der er ingen afgørelse %1 i klageregistret.</translation>
        </message>
        <message>
            <source>The database is damaged (%1): restore the latest backup (sagstjek-cli restore FILE). No backup of it was found in its backup folder.</source>
            <translation>Databasen er beskadiget (%1): gendan den seneste sikkerhedskopi (sagstjek-cli restore FIL). Der blev ikke fundet nogen sikkerhedskopi af den i dens mappe til sikkerhedskopier.</translation>
        </message>
        <message>
            <source>The database is damaged (%1): restore the latest backup, %2 (sagstjek-cli restore "%2").</source>
            <translation>Databasen er beskadiget (%1): gendan den seneste sikkerhedskopi, %2 (sagstjek-cli restore "%2").</translation>
        </message>
        <message>
            <source>Cannot read %1: check that the file exists and that you may read it.</source>
            <translation>Kan ikke læse %1: kontrollér, at filen findes, og at du må læse den.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Kan ikke åbne %1: %2</translation>
        </message>
        <message>
            <source>An import is being written to the database: nothing was saved. Try again when it has finished.</source>
            <translation>En import bliver skrevet til databasen: intet blev gemt. Prøv igen, når den er færdig.</translation>
        </message>
        <message>
            <source>%1 is a file: a team server is given as postgresql://USER@HOST/DATABASE.</source>
            <translation>%1 er en fil: en teamserver angives som postgresql://BRUGER@VÆRT/DATABASE.</translation>
        </message>
        <message>
            <source>The team server cannot be reached: nothing was saved (%1). Check the network connection, then try again.</source>
            <translation>Teamserveren kan ikke nås: intet blev gemt (%1). Kontrollér netværksforbindelsen, og prøv igen.</translation>
        </message>
        <message>
            <source>The team server refused this to your login: nothing was saved (%1).</source>
            <translation>Teamserveren afviste dette for dit login: intet blev gemt (%1).</translation>
        </message>
        <message>
            <source>A colleague's change got in the way: nothing was saved. Try again.</source>
            <translation>En kollegas ændring kom i vejen: intet blev gemt. Prøv igen.</translation>
        </message>
        <message>
            <source>The database gave the new row no id.</source>
            <translation>Databasen gav ikke den nye række et id.</translation>
        </message>
        <message>
            <source>%1 is a file, not a team server: its copy is a backup ("sagstjek-cli backup -o FILE").</source>
            <translation>%1 er en fil, ikke en teamserver: dens kopi er en sikkerhedskopi ("sagstjek-cli backup -o FIL").</translation>
        </message>
        <message>
            <source>%1 is a file: `server import-file` moves a file onto a team server, given with --db postgresql://USER@HOST/DATABASE.</source>
            <translation>%1 er en fil: `server import-file` flytter en fil over på en teamserver, angivet med --db postgresql://BRUGER@VÆRT/DATABASE.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DatabaseLocation</name>
        <message>
            <source>No database was given: name a file, or a team server as %1.</source>
            <translation>Der er ikke angivet en database: angiv en fil eller en teamserver som %1.</translation>
        </message>
        <message>
            <source>Sagstjek opens a SQLite file or a team server given as %1; "%2://" is neither.</source>
            <translation>Sagstjek åbner en SQLite-fil eller en teamserver angivet som %1; "%2://" er ingen af delene.</translation>
        </message>
        <message>
            <source>The team server's location is not a valid URL: write it as %1.</source>
            <translation>Teamserverens placering er ikke en gyldig URL: skriv den som %1.</translation>
        </message>
        <message>
            <source>The team server's location must name a user, a server and a database: write it as %1.</source>
            <translation>Teamserverens placering skal angive en bruger, en server og en database: skriv den som %1.</translation>
        </message>
        <message>
            <source>The team server's port must be a number from 1 to 65535.</source>
            <translation>Teamserverens port skal være et tal fra 1 til 65535.</translation>
        </message>
        <message>
            <source>A team server's location has no "#" part.</source>
            <translation>En teamservers placering har ingen "#"-del.</translation>
        </message>
        <message>
            <source>The location's sslmode must be one of %1.</source>
            <translation>Placeringens sslmode skal være en af %1.</translation>
        </message>
        <message>
            <source>The location's host setting must be the folder of the server's socket (an absolute path).</source>
            <translation>Placeringens host-indstilling skal være mappen med serverens socket (en absolut sti).</translation>
        </message>
        <message>
            <source>"%1" is not a setting Sagstjek takes in a team server's location (only sslmode, and host for a socket folder).</source>
            <translation>"%1" er ikke en indstilling, Sagstjek tager imod i en teamservers placering (kun sslmode og host for en socket-mappe).</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DefectEditor</name>
        <message>
            <source>Defect description</source>
            <translation>Beskrivelse af fejlen</translation>
        </message>
        <message>
            <source>What is wrong and what must be done</source>
            <translation>Hvad er forkert, og hvad skal der gøres</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Alvor</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Who fixes it</source>
            <translation>Hvem retter den</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Defect</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <source>&amp;Severity:</source>
            <translation>&amp;Alvor:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>A&amp;nsvarlig:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>&amp;Frist:</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DefectListModel</name>
        <message>
            <source>Case number</source>
            <translation>Sagsnummer</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Defect</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Alvor</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Frist</translation>
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
            <translation>Skriv, hvad der er gjort for at rette fejlen.</translation>
        </message>
        <message>
            <source>The remediation date %1 lies in the future.</source>
            <translation>Rettelsesdatoen %1 ligger i fremtiden.</translation>
        </message>
        <message>
            <source>Defect %1 is %2; only an open or reopened defect is remediated.</source>
            <translation>Fejl %1 er %2; kun en åben eller genåbnet fejl kan rettes.</translation>
        </message>
        <message>
            <source>Defect %1 is %2; only a remediated defect can be verified.</source>
            <translation>Fejl %1 er %2; kun en rettet fejl kan kontrolleres.</translation>
        </message>
        <message>
            <source>%1 remediated defect %2 and cannot verify their own remediation; someone else must confirm the fix worked (four eyes).</source>
            <translation>%1 har rettet fejl %2 og kan ikke selv kontrollere rettelsen; en anden skal bekræfte, at den virkede (fire øjne).</translation>
        </message>
        <message>
            <source>Say why the defect is reopened.</source>
            <translation>Skriv, hvorfor fejlen genåbnes.</translation>
        </message>
        <message>
            <source>Defect %1 is %2; only a remediated or verified defect is reopened.</source>
            <translation>Fejl %1 er %2; kun en rettet eller kontrolleret fejl kan genåbnes.</translation>
        </message>
        <message>
            <source>Name the new owner.</source>
            <translation>Angiv den nye ansvarlige.</translation>
        </message>
        <message>
            <source>Give a valid due date.</source>
            <translation>Angiv en gyldig frist.</translation>
        </message>
        <message>
            <source>Defect %1 belongs to %2; only its owner, or a consultant, coordinator or leader, works on its remediation.</source>
            <translation>Fejl %1 hører til %2; kun den ansvarlige eller en konsulent, koordinator eller leder arbejder med rettelsen.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::DefectTrackerModel</name>
        <message>
            <source>Remediated %1 by %2: %3</source>
            <translation>Rettet %1 af %2: %3</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (overskredet)</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sag</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Remediated by</source>
            <translation>Rettet af</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Kontrolleret af</translation>
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
            <translation>Den påkrævede kolonne "%1" (%2) mangler.</translation>
        </message>
        <message>
            <source>%1. Nothing was imported.</source>
            <translation>%1. Intet blev importeret.</translation>
        </message>
        <message>
            <source>The case number is missing.</source>
            <translation>Sagsnummeret mangler.</translation>
        </message>
        <message>
            <source>There is no case with this number; import the case first.</source>
            <translation>Der er ingen sag med dette nummer; importér sagen først.</translation>
        </message>
        <message>
            <source>Unknown event kind. Use one of: %1.</source>
            <translation>Ukendt hændelsestype. Brug en af: %1.</translation>
        </message>
        <message>
            <source>The date is missing.</source>
            <translation>Datoen mangler.</translation>
        </message>
        <message>
            <source>Not a valid date (%1).</source>
            <translation>Ikke en gyldig dato (%1).</translation>
        </message>
        <message>
            <source>The date could be day-month or month-day; choose the order in the mapping.</source>
            <translation>Datoen kan være dag-måned eller måned-dag; vælg rækkefølgen i opsætningen.</translation>
        </message>
        <message>
            <source>Unknown form. Use in-person, phone, digital or letter.</source>
            <translation>Ukendt kontaktform. Brug fremmøde, telefonisk, digital eller brev.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Eksportér</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sager</translation>
        </message>
        <message>
            <source>Answers, one row per answer</source>
            <translation>Svar, én række pr. svar</translation>
        </message>
        <message>
            <source>Answers, one row per case (like a review sheet)</source>
            <translation>Svar, én række pr. sag (som et gennemgangsark)</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Fejl og mangler</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-projektmappe (.xlsx)</translation>
        </message>
        <message>
            <source>CSV for Danish Excel (UTF-8, semicolon)</source>
            <translation>CSV til dansk Excel (UTF-8, semikolon)</translation>
        </message>
        <message>
            <source>CSV for other programs (comma, RFC 4180)</source>
            <translation>CSV til andre programmer (komma, RFC 4180)</translation>
        </message>
        <message>
            <source>All rounds</source>
            <translation>Alle runder</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>Alle områder</translation>
        </message>
        <message>
            <source>All caseworkers</source>
            <translation>Alle sagsbehandlere</translation>
        </message>
        <message>
            <source>Include personal data (CPR numbers and names)</source>
            <translation>Medtag personoplysninger (CPR-numre og navne)</translation>
        </message>
        <message>
            <source>Export:</source>
            <translation>Eksportér:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Round:</source>
            <translation>Runde:</translation>
        </message>
        <message>
            <source>Area:</source>
            <translation>Område:</translation>
        </message>
        <message>
            <source>Caseworker:</source>
            <translation>Sagsbehandler:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksportér…</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Eksportér til</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-projektmapper (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>%1 (closed)</source>
            <translation>%1 (afsluttet)</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Åbn mappe</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Eksporterer…</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) written to %1 in the folder %2.</source>
            <translation>
                <numerusform>%n række er skrevet til %1 i mappen %2.</numerusform>
                <numerusform>%n rækker er skrevet til %1 i mappen %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle statusser</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Ikke startet</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>I gang</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Afsluttet</translation>
        </message>
        <message>
            <source>Keys instead of words (for machines)</source>
            <translation>Nøgler i stedet for ord (til maskiner)</translation>
        </message>
        <message>
            <source>Field keys as headers, stored keys as values and ISO dates, as another program or a new import reads them.</source>
            <translation>Feltnøgler som overskrifter, de gemte nøgler som værdier og ISO-datoer, sådan som et andet program eller en ny import læser dem.</translation>
        </message>
        <message numerus="yes">
            <source>Exporting… %n row(s) written</source>
            <translation>
                <numerusform>Eksporterer… %n række skrevet</numerusform>
                <numerusform>Eksporterer… %n rækker skrevet</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Afbryd eksporten</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Afbryder…</translation>
        </message>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>Eksporten blev afbrudt. Der blev ikke skrevet nogen fil.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::Exporter</name>
        <message>
            <source>There is no round "%1".</source>
            <translation>Der er ingen runde med navnet "%1".</translation>
        </message>
        <message>
            <source>Unknown area "%1". Use one of: %2.</source>
            <translation>Ukendt område "%1". Brug et af: %2.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Kan ikke skrive %1: %2</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sager</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Fejl og mangler</translation>
        </message>
        <message>
            <source>A caseworker can export only their own cases.</source>
            <translation>En sagsbehandler kan kun eksportere sine egne sager.</translation>
        </message>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>Eksporten blev afbrudt. Der blev ikke skrevet nogen fil.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::GrantService</name>
        <message>
            <source>Give the case number.</source>
            <translation>Angiv sagsnummeret.</translation>
        </message>
        <message>
            <source>"%1" is not a month; write it as YYYY-MM (2017-03).</source>
            <translation>"%1" er ikke en måned; skriv den som ÅÅÅÅ-MM (2017-03).</translation>
        </message>
        <message>
            <source>Unknown target group "%1"; use grundtilskud or unaccompanied-minor.</source>
            <translation>Ukendt målgruppe "%1"; brug grundtilskud eller unaccompanied-minor (uledsaget mindreårig).</translation>
        </message>
        <message>
            <source>The grant line was not stored.</source>
            <translation>Tilskudslinjen blev ikke gemt.</translation>
        </message>
        <message>
            <source>Case %1 has no grant line for %2.</source>
            <translation>Sag %1 har ingen tilskudslinje for %2.</translation>
        </message>
        <message>
            <source>The year must be from 1999 to 2100.</source>
            <translation>Året skal være fra 1999 til 2100.</translation>
        </message>
        <message>
            <source>A rate cannot be negative.</source>
            <translation>En sats kan ikke være negativ.</translation>
        </message>
        <message>
            <source>The required column "%1" (%2) is missing.</source>
            <translation>Den påkrævede kolonne "%1" (%2) mangler.</translation>
        </message>
        <message>
            <source>%1. Nothing was imported.</source>
            <translation>%1. Intet blev importeret.</translation>
        </message>
        <message>
            <source>The case number is missing.</source>
            <translation>Sagsnummeret mangler.</translation>
        </message>
        <message>
            <source>There is no case with this number; import the case first.</source>
            <translation>Der er ingen sag med dette nummer; importér sagen først.</translation>
        </message>
        <message>
            <source>The month is missing.</source>
            <translation>Måneden mangler.</translation>
        </message>
        <message>
            <source>Not a month; write it as YYYY-MM (2017-03) or MM-YYYY.</source>
            <translation>Ikke en måned; skriv den som ÅÅÅÅ-MM (2017-03) eller MM-ÅÅÅÅ.</translation>
        </message>
        <message>
            <source>Write ja or nej (also yes/no, 1/0, or x for yes and empty for no).</source>
            <translation>Skriv ja eller nej (også yes/no, 1/0 eller x for ja og tomt for nej).</translation>
        </message>
        <message>
            <source>Unknown target group; use grundtilskud or unaccompanied-minor.</source>
            <translation>Ukendt målgruppe; brug grundtilskud eller uledsaget mindreårig.</translation>
        </message>
        <message>
            <source>Row %1 already gives this case's line for this month.</source>
            <translation>Række %1 angiver allerede sagens linje for denne måned.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::GrantsView</name>
        <message>
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>Entitled</source>
            <translation>Berettiget</translation>
        </message>
        <message>
            <source>Target group</source>
            <translation>Målgruppe</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <source>Save month</source>
            <translation>Gem måned</translation>
        </message>
        <message>
            <source>Remove month</source>
            <translation>Fjern måned</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Rate per month</source>
            <translation>Sats pr. måned</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>Set rate</source>
            <translation>Sæt sats</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Måneder</translation>
        </message>
        <message>
            <source>To repay</source>
            <translation>Til tilbagebetaling</translation>
        </message>
        <message>
            <source>To claim</source>
            <translation>Til gode</translation>
        </message>
        <message>
            <source>Months without a rate</source>
            <translation>Måneder uden sats</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Sagsnummer</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>ÅÅÅÅ-MM</translation>
        </message>
        <message>
            <source>Before the takeover, after the integration period, self-supporting, …</source>
            <translation>Før overtagelsen, efter integrationsperioden, selvforsørgende, …</translation>
        </message>
        <message>
            <source>Kroner per month, e.g. 3.127,50</source>
            <translation>Kroner pr. måned, fx 3.127,50</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Vis</translation>
        </message>
        <message>
            <source>Case:</source>
            <translation>Sag:</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>Måned:</translation>
        </message>
        <message>
            <source>Target group:</source>
            <translation>Målgruppe:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Årsag:</translation>
        </message>
        <message>
            <source>Grant lines of the case</source>
            <translation>Sagens tilskudslinjer</translation>
        </message>
        <message>
            <source>Rates per month</source>
            <translation>Satser pr. måned</translation>
        </message>
        <message>
            <source>Differences to correct at the year's accounts</source>
            <translation>Differencer til berigtigelse ved årsregnskabet</translation>
        </message>
        <message>
            <source>You may read the grants; entering lines and rates is for consultants, coordinators and leaders.</source>
            <translation>Du kan læse tilskuddene; linjer og satser indtastes af konsulenter, koordinatorer og ledere.</translation>
        </message>
        <message>
            <source>no rate for %1</source>
            <translation>ingen sats for %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>Case %1: months entered: %2.</source>
            <translation>Sag %1: indtastede måneder: %2.</translation>
        </message>
        <message>
            <source>Total: %1 to repay, %2 to claim, net %3.</source>
            <translation>I alt: %1 til tilbagebetaling, %2 til gode, netto %3.</translation>
        </message>
        <message>
            <source>Months without a rate, not counted: %1; set the rate of their year.</source>
            <translation>Måneder uden sats, ikke regnet med: %1; sæt satsen for deres år.</translation>
        </message>
        <message>
            <source>Saved %1 of case %2.</source>
            <translation>Gemte %1 for sag %2.</translation>
        </message>
        <message>
            <source>Removed %1 of case %2.</source>
            <translation>Fjernede %1 for sag %2.</translation>
        </message>
        <message>
            <source>The rate for %1 %2 is now %3 a month.</source>
            <translation>Satsen for %1 %2 er nu %3 om måneden.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>Brugervejledning</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Tilbage</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ImportDialog</name>
        <message>
            <source>Import cases</source>
            <translation>Importér sager</translation>
        </message>
        <message>
            <source>Import case events</source>
            <translation>Importér sagshændelser</translation>
        </message>
        <message>
            <source>Import a review sheet</source>
            <translation>Importér et gennemgangsark</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Vælg fil…</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Registrér automatisk</translation>
        </message>
        <message>
            <source>Detect (day first when unclear)</source>
            <translation>Registrér automatisk (dagen først ved tvivl)</translation>
        </message>
        <message>
            <source>Day-month-year</source>
            <translation>Dag-måned-år</translation>
        </message>
        <message>
            <source>Month-day-year</source>
            <translation>Måned-dag-år</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translation>Gem opsætning…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fil:</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Ark:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Tegnsæt:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Datoer:</translation>
        </message>
        <message>
            <source>Cue card:</source>
            <translation>Tjekliste:</translation>
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation>Gemte opsætninger:</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Kolonne i filen</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Importeres som</translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Kolonneopsætning</translation>
        </message>
        <message>
            <source>Preview of the first rows (invalid values in red)</source>
            <translation>Forhåndsvisning af de første rækker (ugyldige værdier med rødt)</translation>
        </message>
        <message>
            <source>Import the valid rows and skip the invalid ones</source>
            <translation>Importér de gyldige rækker, og spring de ugyldige over</translation>
        </message>
        <message>
            <source>Save the skipped rows to a file (optional)</source>
            <translation>Gem de oversprungne rækker i en fil (valgfrit)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importér</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>(automatic)</source>
            <translation>(automatisk)</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Vælg filen, der skal importeres</translation>
        </message>
        <message>
            <source>Spreadsheets and CSV files (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Regneark og CSV-filer (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— importeres ikke —</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (påkrævet)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n of the first %1 rows are invalid (red cells; hover for the reason).</source>
            <translation>
                <numerusform>%n af de første %1 rækker er ugyldig (røde celler; hold musen over for at se årsagen).</numerusform>
                <numerusform>%n af de første %1 rækker er ugyldige (røde celler; hold musen over for at se årsagen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importerer…</translation>
        </message>
        <message>
            <source>Building the indexes and the name search…</source>
            <translation>Opbygger indekser og navnesøgning…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was changed.</source>
            <translation>Importen blev annulleret. Intet blev ændret.</translation>
        </message>
        <message>
            <source>Created %1, updated %2, unchanged %3, skipped %4.</source>
            <translation>Oprettet %1, opdateret %2, uændret %3, sprunget over %4.</translation>
        </message>
        <message>
            <source>%1 %2: computed verdict %3 → %4</source>
            <translation>%1 %2: beregnet vurdering %3 → %4</translation>
        </message>
        <message>
            <source>Row %1, %2, "%3": %4</source>
            <translation>Række %1, %2, "%3": %4</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Gem opsætning</translation>
        </message>
        <message>
            <source>Name of the mapping:</source>
            <translation>Navn på opsætningen:</translation>
        </message>
        <message numerus="yes">
            <source>Importing… %n row(s) read</source>
            <translation>
                <numerusform>Importerer… %n række læst</numerusform>
                <numerusform>Importerer… %n rækker læst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s). Fix them, or tick "Import the valid rows and skip the invalid ones".</source>
            <translation>
                <numerusform>Intet blev importeret: %n problem. Ret det, eller sæt hak i "Importér de gyldige rækker, og spring de ugyldige over".</numerusform>
                <numerusform>Intet blev importeret: %n problemer. Ret dem, eller sæt hak i "Importér de gyldige rækker, og spring de ugyldige over".</numerusform>
            </translation>
        </message>
        <message>
            <source>The row of the file that holds the column headers. Rows above it, such as a title, are ignored.</source>
            <translation>Den række i filen, der har kolonneoverskrifterne. Rækker over den, fx en titel, springes over.</translation>
        </message>
        <message>
            <source>Headers in row:</source>
            <translation>Overskrifter i række:</translation>
        </message>
        <message>
            <source>Stop checking</source>
            <translation>Stop kontrollen</translation>
        </message>
        <message>
            <source>Show only rows with errors</source>
            <translation>Vis kun rækker med fejl</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <source>Checking every row of the file…</source>
            <translation>Kontrollerer alle filens rækker…</translation>
        </message>
        <message>
            <source>The check of the whole file was stopped.</source>
            <translation>Kontrollen af hele filen blev stoppet.</translation>
        </message>
        <message>
            <source>The file cannot be imported as mapped: %1</source>
            <translation>Filen kan ikke importeres med denne kolonneopsætning: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n row(s) have errors.</source>
            <translation>
                <numerusform>%1 af %n række har fejl.</numerusform>
                <numerusform>%1 af %n rækker har fejl.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No errors in the %n row(s).</source>
            <translation>
                <numerusform>Ingen fejl i den %n række.</numerusform>
                <numerusform>Ingen fejl i de %n rækker.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file has no rows below the headers.</source>
            <translation>Filen har ingen rækker under overskrifterne.</translation>
        </message>
        <message>
            <source>The first %1 are listed.</source>
            <translation>De første %1 vises.</translation>
        </message>
        <message>
            <source>The file could not be read to the end: %1</source>
            <translation>Filen kunne ikke læses til ende: %1</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Afbryder…</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ImportMapping</name>
        <message>
            <source>The mapping file has an unknown format.</source>
            <translation>Opsætningsfilen har et ukendt format.</translation>
        </message>
        <message>
            <source>The mapping's kind must be cases, events or answers.</source>
            <translation>Opsætningens kind skal være cases, events eller answers.</translation>
        </message>
        <message>
            <source>The mapping needs a "columns" object: file header → field key.</source>
            <translation>Opsætningen skal have et "columns"-objekt: kolonneoverskrift i filen → feltnøgle.</translation>
        </message>
        <message>
            <source>The column "%1" must map to a field key (text) or null.</source>
            <translation>Kolonnen "%1" skal pege på en feltnøgle (tekst) eller null.</translation>
        </message>
        <message>
            <source>date_order must be dmy, mdy or auto.</source>
            <translation>date_order skal være dmy, mdy eller auto.</translation>
        </message>
        <message>
            <source>header_row must be a row number, 1 or more.</source>
            <translation>header_row skal være et rækkenummer, 1 eller mere.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::MainWindow</name>
        <message>
            <source>Review</source>
            <translation>Gennemgang</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Fejl og mangler</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>Bruger: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Ny…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Å&amp;bn…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Åbn &amp;seneste</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <source>&amp;Find case</source>
            <translation>&amp;Find sag</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Indstillinger…</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Gennemgang</translation>
        </message>
        <message>
            <source>&amp;Complete review</source>
            <translation>&amp;Afslut gennemgang</translation>
        </message>
        <message>
            <source>&amp;Next unanswered item</source>
            <translation>&amp;Næste ubesvarede punkt</translation>
        </message>
        <message>
            <source>Show &amp;guidance</source>
            <translation>Vis &amp;vejledning</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>&amp;Cases and cue card</source>
            <translation>&amp;Sager og tjekliste</translation>
        </message>
        <message>
            <source>&amp;Defects</source>
            <translation>&amp;Fejl og mangler</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastaturgenveje</translation>
        </message>
        <message>
            <source>&amp;About Sagstjek</source>
            <translation>&amp;Om Sagstjek</translation>
        </message>
        <message>
            <source>About Sagstjek</source>
            <translation>Om Sagstjek</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sagstjek %1&lt;/b&gt;&lt;p&gt;Review case handling with cue cards, record defects and follow them up.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Sagstjek %1&lt;/b&gt;&lt;p&gt;Gennemgå sagsbehandlingen med tjeklister, registrér fejl og mangler, og følg op på dem.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Fortryd</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Annullér fortryd</translation>
        </message>
        <message>
            <source>Could not open the database</source>
            <translation>Databasen kunne ikke åbnes</translation>
        </message>
        <message>
            <source>%1

%2</source>
            <translation>%1

%2</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Ny database</translation>
        </message>
        <message>
            <source>Sagstjek databases (%1)</source>
            <translation>Sagstjek-databaser (%1)</translation>
        </message>
        <message>
            <source>%1 already exists. Choose a new file name, or open it with File ▸ Open.</source>
            <translation>%1 findes allerede. Vælg et nyt filnavn, eller åbn filen med Filer ▸ Åbn.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Åbn database</translation>
        </message>
        <message>
            <source>Sagstjek databases (%1);;All files (*)</source>
            <translation>Sagstjek-databaser (%1);;Alle filer (*)</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Ingen seneste filer</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastaturgenveje</translation>
        </message>
        <message>
            <source>%1 – Sagstjek</source>
            <translation>%1 – Sagstjek</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Gennemgangsrunder</translation>
        </message>
        <message>
            <source>&amp;Import cases…</source>
            <translation>&amp;Importér sager…</translation>
        </message>
        <message>
            <source>Import &amp;events…</source>
            <translation>Importér &amp;hændelser…</translation>
        </message>
        <message>
            <source>Import review &amp;sheet…</source>
            <translation>Importér &amp;gennemgangsark…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Eksportér…</translation>
        </message>
        <message>
            <source>&amp;Rounds</source>
            <translation>Gennemgangs&amp;runder</translation>
        </message>
        <message>
            <source>Database on a network share</source>
            <translation>Database på et netværksdrev</translation>
        </message>
        <message>
            <source>Edit &amp;cue cards…</source>
            <translation>Rediger &amp;tjeklister…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overblik</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>Tilskud</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Klager</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handleplan</translation>
        </message>
        <message>
            <source>&amp;Action plan</source>
            <translation>&amp;Handleplan</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Overblik</translation>
        </message>
        <message>
            <source>&amp;Grants</source>
            <translation>&amp;Tilskud</translation>
        </message>
        <message>
            <source>Com&amp;plaints</source>
            <translation>&amp;Klager</translation>
        </message>
        <message>
            <source>&amp;Write report…</source>
            <translation>Skriv &amp;rapport…</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Brugervejledning</translation>
        </message>
        <message>
            <source>&lt;b&gt;This is demo data.&lt;/b&gt; The cases, reviews and names are made up so that everything can be tried at once. Your own cases belong in a database of their own.</source>
            <translation>&lt;b&gt;Dette er demodata.&lt;/b&gt; Sager, gennemgange og navne er opdigtede, så alt kan prøves med det samme. Jeres egne sager hører hjemme i en database for sig.</translation>
        </message>
        <message>
            <source>Start with an empty database</source>
            <translation>Start med en tom database</translation>
        </message>
        <message>
            <source>&lt;b&gt;The database has no cases yet.&lt;/b&gt; Import the cases from your case system (CSV or XLSX), and look through the cue cards the reviews follow.</source>
            <translation>&lt;b&gt;Databasen har endnu ingen sager.&lt;/b&gt; Importér sagerne fra fagsystemet (CSV eller XLSX), og se de tjeklister, gennemgangene følger.</translation>
        </message>
        <message>
            <source>Import cases…</source>
            <translation>Importér sager…</translation>
        </message>
        <message>
            <source>Cue cards…</source>
            <translation>Tjeklister…</translation>
        </message>
        <message>
            <source>Sagstjek creates a new, empty database and opens it:
%1

The demo database stays as it is and can be opened again from File ▸ Open recent.</source>
            <translation>Sagstjek opretter en ny, tom database og åbner den:
%1

Demodatabasen bliver liggende, som den er, og kan åbnes igen under Filer ▸ Åbn seneste.</translation>
        </message>
        <message>
            <source>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; or &lt;b&gt;J&lt;/b&gt; (&lt;b&gt;Y&lt;/b&gt;)&lt;/td&gt;&lt;td&gt;Met&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;2&lt;/b&gt; or &lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Not met (opens the defect)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3&lt;/b&gt; or &lt;b&gt;I&lt;/b&gt; (&lt;b&gt;A&lt;/b&gt;)&lt;/td&gt;&lt;td&gt;Not applicable&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Confirm the computed verdict&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the answer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Up&lt;/b&gt;/&lt;b&gt;Down&lt;/b&gt;, &lt;b&gt;Tab&lt;/b&gt;/&lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous or next item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; / &lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Write a note / back to the item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show or hide the guidance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;First unanswered item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Complete the review&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search cases&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; … &lt;b&gt;Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cases and cue card / defects / rounds / overview / grants / complaints / action plan&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; eller &lt;b&gt;J&lt;/b&gt; (&lt;b&gt;Y&lt;/b&gt;)&lt;/td&gt;&lt;td&gt;Opfyldt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;2&lt;/b&gt; eller &lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ikke opfyldt (åbner fejlen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3&lt;/b&gt; eller &lt;b&gt;I&lt;/b&gt; (&lt;b&gt;A&lt;/b&gt;)&lt;/td&gt;&lt;td&gt;Ikke relevant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mellemrum&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bekræft det beregnede resultat&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ryd svaret&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Op&lt;/b&gt;/&lt;b&gt;Ned&lt;/b&gt;, &lt;b&gt;Tab&lt;/b&gt;/&lt;b&gt;Skift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Forrige eller næste punkt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; / &lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Skriv en note / tilbage til punktet&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vis eller skjul vejledningen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Første ubesvarede punkt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Afslut gennemgangen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Skift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fortryd / annullér fortryd&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Søg i sager&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; … &lt;b&gt;Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sager og tjekliste / fejl og mangler / gennemgangsrunder / overblik / tilskud / klager / handleplan&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>Making the daily backup…</source>
            <translation>Tager den daglige sikkerhedskopi…</translation>
        </message>
        <message>
            <source>The daily backup failed: %1</source>
            <translation>Den daglige sikkerhedskopi mislykkedes: %1</translation>
        </message>
        <message>
            <source>Daily backup made: %1</source>
            <translation>Daglig sikkerhedskopi taget: %1</translation>
        </message>
        <message>
            <source>&amp;Users and roles…</source>
            <translation>&amp;Brugere og roller…</translation>
        </message>
        <message>
            <source>&amp;Management action rules…</source>
            <translation>&amp;Ledelsesregler…</translation>
        </message>
        <message>
            <source>Checking the database file…</source>
            <translation>Kontrollerer databasefilen…</translation>
        </message>
        <message>
            <source>The database file is damaged.</source>
            <translation>Databasefilen er beskadiget.</translation>
        </message>
        <message>
            <source>The database file could not be checked: %1</source>
            <translation>Databasefilen kunne ikke kontrolleres: %1</translation>
        </message>
        <message>
            <source>The database file was checked: no damage found.</source>
            <translation>Databasefilen er kontrolleret: ingen skader fundet.</translation>
        </message>
        <message>
            <source>&amp;Access log…</source>
            <translation>&amp;Adgangslog…</translation>
        </message>
        <message>
            <source>Finishing today's backup of the database. A large file takes a minute or two; closing without it makes it at the next start.</source>
            <translation>Dagens sikkerhedskopi af databasen gøres færdig. En stor fil tager et minut eller to; lukker du uden den, laves den ved næste start.</translation>
        </message>
        <message>
            <source>Close &amp;without it</source>
            <translation>Luk &amp;uden den</translation>
        </message>
        <message>
            <source>Today's backup</source>
            <translation>Dagens sikkerhedskopi</translation>
        </message>
        <message>
            <source>Connect to &amp;team server…</source>
            <translation>Forbind til &amp;teamserver…</translation>
        </message>
        <message>
            <source>%1 on %2 – Sagstjek</source>
            <translation>%1 på %2 – Sagstjek</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Direkte</translation>
        </message>
        <message>
            <source>Changes colleagues make on the team server appear here within about a second.</source>
            <translation>Ændringer, som kolleger laver på teamserveren, vises her inden for et sekund eller så.</translation>
        </message>
        <message>
            <source>the connection was lost.</source>
            <translation>forbindelsen blev afbrudt.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;The team server cannot be reached:&lt;/b&gt; %1&lt;br&gt;Sagstjek tries again every %n seconds. What you change meanwhile stays on the screen, marked "Not saved yet", and is saved when the connection is back.</source>
            <translation>
                <numerusform>&lt;b&gt;Teamserveren kan ikke nås:&lt;/b&gt; %1&lt;br&gt;Sagstjek prøver igen hvert %n sekund. Det, du ændrer imens, bliver stående på skærmen, mærket "Ikke gemt endnu", og gemmes, når forbindelsen er tilbage.</numerusform>
                <numerusform>&lt;b&gt;Teamserveren kan ikke nås:&lt;/b&gt; %1&lt;br&gt;Sagstjek prøver igen hvert %n. sekund. Det, du ændrer imens, bliver stående på skærmen, mærket "Ikke gemt endnu", og gemmes, når forbindelsen er tilbage.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reconnect &amp;now</source>
            <translation>Forbind &amp;nu</translation>
        </message>
        <message numerus="yes">
            <source>Connected to the team server again: %n change(s) kept meanwhile saved.</source>
            <translation>
                <numerusform>Forbundet til teamserveren igen: %n ændring fra imens er gemt.</numerusform>
                <numerusform>Forbundet til teamserveren igen: %n ændringer fra imens er gemt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Connected to the team server again.</source>
            <translation>Forbundet til teamserveren igen.</translation>
        </message>
        <message>
            <source>Changes not saved</source>
            <translation>Ændringer ikke gemt</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) could not be saved: the team server cannot be reached. They are lost if you go on.

Wait until the connection is back (Sagstjek saves them then), or go on without them?</source>
            <translation>
                <numerusform>%n ændring kunne ikke gemmes: teamserveren kan ikke nås. Den går tabt, hvis du fortsætter.

Vent, til forbindelsen er tilbage (så gemmer Sagstjek den), eller fortsæt uden den?</numerusform>
                <numerusform>%n ændringer kunne ikke gemmes: teamserveren kan ikke nås. De går tabt, hvis du fortsætter.

Vent, til forbindelsen er tilbage (så gemmer Sagstjek dem), eller fortsæt uden dem?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sagstjek::MaintenanceService</name>
        <message>
            <source>The backup cannot replace the database itself.</source>
            <translation>Sikkerhedskopien kan ikke erstatte selve databasen.</translation>
        </message>
        <message>
            <source>The number of automatic backups to keep must be from %1 to %2 (asked: %3).</source>
            <translation>Antallet af automatiske sikkerhedskopier, der gemmes, skal være fra %1 til %2 (ønsket: %3).</translation>
        </message>
        <message>
            <source>The access log must be kept for %1 to %2 months (asked: %3).</source>
            <translation>Adgangsloggen skal gemmes i %1 til %2 måneder (ønsket: %3).</translation>
        </message>
        <message>
            <source>The database was restored, but the restore could not be recorded in it: %1</source>
            <translation>Databasen er genskabt, men genskabelsen kunne ikke registreres i den: %1</translation>
        </message>
        <message>
            <source>The database was restored, but it cannot be opened to record the restore: %1</source>
            <translation>Databasen er genskabt, men den kan ikke åbnes for at registrere genskabelsen: %1</translation>
        </message>
        <message>
            <source>every case (server export-file)</source>
            <translation>alle sager (server export-file)</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::MessageBar</name>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::NewRoundDialog</name>
        <message>
            <source>Include every case with a defect remediated since the last round</source>
            <translation>Medtag alle sager med en fejl, der er rettet siden sidste runde</translation>
        </message>
        <message>
            <source>New review round</source>
            <translation>Ny gennemgangsrunde</translation>
        </message>
        <message>
            <source>Walkthrough (every case in scope)</source>
            <translation>Fuld gennemgang (alle sager i afgrænsningen)</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Stikprøve</translation>
        </message>
        <message>
            <source>Supervision (one case per caseworker per month)</source>
            <translation>Ledelsestilsyn (én sag pr. sagsbehandler pr. måned)</translation>
        </message>
        <message>
            <source>Self-check</source>
            <translation>Selvtjek</translation>
        </message>
        <message>
            <source>Not stratified</source>
            <translation>Ikke stratificeret</translation>
        </message>
        <message>
            <source>Per area</source>
            <translation>Pr. område</translation>
        </message>
        <message>
            <source>Per caseworker</source>
            <translation>Pr. sagsbehandler</translation>
        </message>
        <message>
            <source>Per team</source>
            <translation>Pr. team</translation>
        </message>
        <message>
            <source>Drawn at random and shown</source>
            <translation>Trækkes tilfældigt og vises</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Medtag dem</translation>
        </message>
        <message>
            <source> % error-free</source>
            <translation> % fejlfri</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>Sample si&amp;ze:</source>
            <translation>Stik&amp;prøvestørrelse:</translation>
        </message>
        <message>
            <source>S&amp;tratify:</source>
            <translation>Stratificér &amp;efter:</translation>
        </message>
        <message>
            <source>Cases &amp;per stratum:</source>
            <translation>Sager pr. st&amp;ratum:</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>Start&amp;værdi:</translation>
        </message>
        <message>
            <source>E&amp;xclude cases reviewed in the last (months):</source>
            <translation>&amp;Udelad sager gennemgået inden for de seneste (måneder):</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>&amp;Mål:</translation>
        </message>
        <message>
            <source>Start round</source>
            <translation>Start runde</translation>
        </message>
        <message>
            <source>&amp;Areas</source>
            <translation>&amp;Områder</translation>
        </message>
        <message>
            <source>T&amp;eams</source>
            <translation>T&amp;eams</translation>
        </message>
        <message>
            <source>&amp;Caseworkers</source>
            <translation>&amp;Sagsbehandlere</translation>
        </message>
        <message>
            <source>Nothing ticked in a list means all of them.</source>
            <translation>Intet flueben i en liste betyder dem alle.</translation>
        </message>
        <message>
            <source>Starting value for the draw — the same number gives the same sample.</source>
            <translation>Startværdi for lodtrækningen — samme tal giver samme stikprøve.</translation>
        </message>
        <message>
            <source>&amp;Period (month):</source>
            <translation>&amp;Periode (måned):</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Tæller…</translation>
        </message>
        <message>
            <source>No cases in scope: tick other areas, teams or caseworkers.</source>
            <translation>Ingen sager i udvalget: vælg andre områder, teams eller sagsbehandlere.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) in scope.</source>
            <translation>
                <numerusform>%n sag i udvalget.</numerusform>
                <numerusform>%n sager i udvalget.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sagstjek::PgCaseWriter</name>
        <message>
            <source>The case number %1 already exists.</source>
            <translation>Sagsnummeret %1 findes allerede.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::PostgresDatabase</name>
        <message>
            <source>Cannot reach the team server %1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
            <translation>Kan ikke nå teamserveren %1: Qts PostgreSQL-driver er ikke installeret (Debian-pakken libqt6sql6-psql).</translation>
        </message>
        <message>
            <source>%1 has no Sagstjek database yet: the database's owner sets it up with "sagstjek-cli --db %1 server init".</source>
            <translation>%1 har endnu ingen Sagstjek-database: databasens ejer opretter den med "sagstjek-cli --db %1 server init".</translation>
        </message>
        <message>
            <source>The team server %1 has a newer Sagstjek schema (%2) than this version knows (%3): update Sagstjek.</source>
            <translation>Teamserveren %1 har et nyere Sagstjek-skema (%2), end denne version kender (%3): opdatér Sagstjek.</translation>
        </message>
        <message>
            <source>The team server %1 has an older Sagstjek schema (%2): the database's owner brings it up to date with "sagstjek-cli --db %1 server upgrade".</source>
            <translation>Teamserveren %1 har et ældre Sagstjek-skema (%2): databasens ejer opdaterer det med "sagstjek-cli --db %1 server upgrade".</translation>
        </message>
        <message>
            <source>Cannot set up the team server's roles and grants (the database's owner, a login that may create roles, sets it up): %1</source>
            <translation>Kan ikke oprette teamserverens roller og rettigheder (det gør databasens ejer, et login der må oprette roller): %1</translation>
        </message>
        <message>
            <source>A user name on a team server can be at most 63 bytes long (UTF-8).</source>
            <translation>Et brugernavn på en teamserver kan højst være 63 byte langt (UTF-8).</translation>
        </message>
        <message>
            <source>Finish the change being saved in %1 first.</source>
            <translation>Gør først den ændring færdig, der er ved at blive gemt i %1.</translation>
        </message>
        <message>
            <source>The team server %1 answered as %2, not as %3.</source>
            <translation>Teamserveren %1 svarede som %2, ikke som %3.</translation>
        </message>
        <message>
            <source>Cannot follow the team server's changes: %1</source>
            <translation>Kan ikke følge ændringerne på teamserveren: %1</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::RemediationView</name>
        <message>
            <source>&amp;Overdue only</source>
            <translation>Kun &amp;overskredne</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Alle statusser</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>What was done (remediate), or why (reopen)</source>
            <translation>Hvad er gjort (rettet), eller hvorfor (genåbn)</translation>
        </message>
        <message>
            <source>New owner</source>
            <translation>Ny ansvarlig</translation>
        </message>
        <message>
            <source>Round:</source>
            <translation>Runde:</translation>
        </message>
        <message>
            <source>&amp;My defects</source>
            <translation>&amp;Mine fejl</translation>
        </message>
        <message>
            <source>&amp;Remediated</source>
            <translation>&amp;Rettet</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Kontrollér</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Genå&amp;bn</translation>
        </message>
        <message>
            <source>Re&amp;assign selected</source>
            <translation>Ny &amp;ansvarlig for valgte</translation>
        </message>
        <message>
            <source>Set &amp;due date of selected</source>
            <translation>Sæt &amp;frist for valgte</translation>
        </message>
        <message>
            <source>All rounds</source>
            <translation>Alle runder</translation>
        </message>
        <message>
            <source>Remediation recorded; someone else verifies it.</source>
            <translation>Rettelsen er registreret; en anden skal kontrollere den.</translation>
        </message>
        <message>
            <source>Verified.</source>
            <translation>Kontrolleret.</translation>
        </message>
        <message>
            <source>Reopened.</source>
            <translation>Genåbnet.</translation>
        </message>
        <message numerus="yes">
            <source>%n defect(s) reassigned.</source>
            <translation>
                <numerusform>%n fejl har fået ny ansvarlig.</numerusform>
                <numerusform>%n fejl har fået ny ansvarlig.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due date(s) changed.</source>
            <translation>
                <numerusform>%n frist ændret.</numerusform>
                <numerusform>%n frister ændret.</numerusform>
            </translation>
        </message>
        <message>
            <source>Defect status</source>
            <translation>Fejlstatus</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>Alle områder</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Alvor</translation>
        </message>
        <message>
            <source>Any severity</source>
            <translation>Alle alvorsgrader</translation>
        </message>
        <message numerus="yes">
            <source>%n defect(s)</source>
            <translation>
                <numerusform>%n fejl</numerusform>
                <numerusform>%n fejl</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;i&gt;Choose a defect to see its description and remediation.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Vælg en fejl for at se beskrivelsen og genopretningen.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
        </message>
        <message>
            <source>&lt;i&gt;No description.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Ingen beskrivelse.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Severity: %1&lt;br&gt;Owner: %2&lt;br&gt;Due: %3&lt;br&gt;Status: %4&lt;/p&gt;</source>
            <translation>&lt;p&gt;Alvor: %1&lt;br&gt;Ansvarlig: %2&lt;br&gt;Frist: %3&lt;br&gt;Status: %4&lt;/p&gt;</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Remediation&lt;/b&gt; (%1, %2):&lt;br&gt;%3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Genopretning&lt;/b&gt; (%1, %2):&lt;br&gt;%3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;no note&lt;/i&gt;</source>
            <translation>&lt;i&gt;ingen note&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Remediation:&lt;/b&gt; not yet.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Genopretning:&lt;/b&gt; endnu ikke.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Verified&lt;/b&gt; by %1%2&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Kontrolleret&lt;/b&gt; af %1%2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Tæller…</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ReportDialog</name>
        <message>
            <source>Write report</source>
            <translation>Skriv rapport</translation>
        </message>
        <message>
            <source>Round report</source>
            <translation>Rapport over runde</translation>
        </message>
        <message>
            <source>Supervision report of one team</source>
            <translation>Ledelsestilsyn for ét team</translation>
        </message>
        <message>
            <source>Status report to the council over a period</source>
            <translation>Statusrapport til byrådet over en periode</translation>
        </message>
        <message>
            <source>%1 (closed)</source>
            <translation>%1 (afsluttet)</translation>
        </message>
        <message>
            <source>For the council (no breakdown per caseworker for groups under 5 cases)</source>
            <translation>Til byrådet (ingen opdeling pr. sagsbehandler for grupper under 5 sager)</translation>
        </message>
        <message>
            <source>List the defects case by case, with case numbers</source>
            <translation>Vis fejlene sag for sag, med sagsnumre</translation>
        </message>
        <message>
            <source>An administrator does not read case data.</source>
            <translation>En administrator læser ikke sagsdata.</translation>
        </message>
        <message>
            <source>PDF for reading and printing (.pdf)</source>
            <translation>PDF til læsning og udskrift (.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook with the figures (.xlsx)</source>
            <translation>Excel-projektmappe med tallene (.xlsx)</translation>
        </message>
        <message>
            <source>CSV with the figures (.csv)</source>
            <translation>CSV med tallene (.csv)</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Rapport:</translation>
        </message>
        <message>
            <source>R&amp;ound:</source>
            <translation>R&amp;unde:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Fra:</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>T&amp;il:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprog:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>&amp;Write…</source>
            <translation>Skri&amp;v…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Reports are pseudonymised: no CPR numbers or citizens' names, and case numbers only when you choose them.</source>
            <translation>Rapporterne er pseudonymiserede: ingen CPR-numre eller borgernavne, og sagsnumre kun når du vælger dem.</translation>
        </message>
        <message>
            <source>There is no round yet.</source>
            <translation>Der er ingen runde endnu.</translation>
        </message>
        <message>
            <source>The cases name no team.</source>
            <translation>Sagerne nævner intet team.</translation>
        </message>
        <message>
            <source>Status report %1 to %2</source>
            <translation>Statusrapport %1 til %2</translation>
        </message>
        <message>
            <source>Report %1</source>
            <translation>Rapport %1</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-projektmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Skriver rapporten…</translation>
        </message>
        <message>
            <source>Cancelled: no report was written.</source>
            <translation>Annulleret: ingen rapport er skrevet.</translation>
        </message>
        <message>
            <source>The report could not be written: %1</source>
            <translation>Rapporten kunne ikke skrives: %1</translation>
        </message>
        <message>
            <source>The report is written: %1</source>
            <translation>Rapporten er skrevet: %1</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ReportService</name>
        <message>
            <source>Outside rounds</source>
            <translation>Uden for runder</translation>
        </message>
        <message>
            <source>There is no round %1.</source>
            <translation>Der er ingen runde %1.</translation>
        </message>
        <message>
            <source>The period must have a start and an end on or after it.</source>
            <translation>Perioden skal have en start og en slutning på eller efter den.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ReviewEditor</name>
        <message>
            <source>Answer an item</source>
            <translation>Besvar et punkt</translation>
        </message>
        <message>
            <source>Edit a note</source>
            <translation>Ret en note</translation>
        </message>
        <message>
            <source>Edit a defect</source>
            <translation>Ret en fejl</translation>
        </message>
        <message>
            <source>Give a reason for differing</source>
            <translation>Begrund afvigelsen</translation>
        </message>
        <message>
            <source>Reopen the review and answer an item</source>
            <translation>Genåbn gennemgangen og besvar et punkt</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ReviewService</name>
        <message>
            <source>This review is %1 and can no longer be changed here.</source>
            <translation>Denne gennemgang er %1 og kan ikke længere ændres her.</translation>
        </message>
        <message>
            <source>The cue card %1 has no item %2.</source>
            <translation>Tjeklisten %1 har intet punkt %2.</translation>
        </message>
        <message>
            <source>Answer the item before giving a reason for overriding the computed verdict.</source>
            <translation>Besvar punktet, før du begrunder en afvigelse fra den beregnede vurdering.</translation>
        </message>
        <message>
            <source>A defect can only be recorded for an item answered "not met".</source>
            <translation>En fejl kan kun registreres for et punkt besvaret "ikke opfyldt".</translation>
        </message>
        <message>
            <source>Not answered: %1</source>
            <translation>Ikke besvaret: %1</translation>
        </message>
        <message>
            <source>Differs from the computed verdict without a reason: %1</source>
            <translation>Afviger fra den beregnede vurdering uden begrundelse: %1</translation>
        </message>
        <message>
            <source>"Not met" without a defect description: %1</source>
            <translation>"Ikke opfyldt" uden beskrivelse af fejlen: %1</translation>
        </message>
        <message>
            <source>The review cannot be completed yet:
%1</source>
            <translation>Gennemgangen kan ikke afsluttes endnu:
%1</translation>
        </message>
        <message>
            <source>The review has not been started.</source>
            <translation>Gennemgangen er ikke startet.</translation>
        </message>
        <message>
            <source>This review is approved and frozen; reopen it with a reason to change it.</source>
            <translation>Denne gennemgang er godkendt og låst; genåbn den med en begrundelse for at ændre den.</translation>
        </message>
        <message>
            <source>The review this step belongs to no longer exists; nothing was changed.</source>
            <translation>Gennemgangen, som dette trin hører til, findes ikke længere; intet er ændret.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>intet svar</translation>
        </message>
        <message>
            <source>met</source>
            <translation>opfyldt</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>ikke opfyldt</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>ikke relevant</translation>
        </message>
        <message>
            <source>, note "%1"</source>
            <translation>, note "%1"</translation>
        </message>
        <message>
            <source>%1 changed %2 at %3, after you read it: it now says %4%5. Your change was not saved.</source>
            <translation>%1 ændrede %2 kl. %3, efter du havde læst det: der står nu %4%5. Din ændring blev ikke gemt.</translation>
        </message>
        <message>
            <source>The answer to %1 was removed after you read it. Your change was not saved.</source>
            <translation>Svaret på %1 blev fjernet, efter du havde læst det. Din ændring blev ikke gemt.</translation>
        </message>
        <message>
            <source>The defect of %1 was changed after you read it. Your change was not saved.</source>
            <translation>Mangelen ved %1 blev ændret, efter du havde læst den. Din ændring blev ikke gemt.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::ReviewSheetImporter</name>
        <message>
            <source>There is no cue card %1.</source>
            <translation>Der er ingen tjekliste %1.</translation>
        </message>
        <message>
            <source>There is no round "%1".</source>
            <translation>Der er ingen runde med navnet "%1".</translation>
        </message>
        <message>
            <source>The required column "case_number" (Sagsnummer) is missing.</source>
            <translation>Den påkrævede kolonne "case_number" (Sagsnummer) mangler.</translation>
        </message>
        <message>
            <source>No item of %1 has this key or text; the column is ignored.</source>
            <translation>Intet punkt i %1 har denne nøgle eller tekst; kolonnen ignoreres.</translation>
        </message>
        <message>
            <source>No column matches an item of %1 by key, Danish or English text.</source>
            <translation>Ingen kolonne svarer til et punkt i %1 efter nøgle, dansk eller engelsk tekst.</translation>
        </message>
        <message>
            <source>The case number is missing.</source>
            <translation>Sagsnummeret mangler.</translation>
        </message>
        <message>
            <source>There is no case with this number; import the cases first.</source>
            <translation>Der er ingen sag med dette nummer; importér sagerne først.</translation>
        </message>
        <message>
            <source>Not an answer. Use ja/nej/ikke relevant, yes/no/n/a, x, OK/Fejl or 1/0.</source>
            <translation>Ikke et svar. Brug ja/nej/ikke relevant, yes/no/n/a, x, OK/Fejl eller 1/0.</translation>
        </message>
        <message>
            <source>The case is in %1; the sheet is for %2.</source>
            <translation>Sagen hører til %1; arket er til %2.</translation>
        </message>
        <message>
            <source>Imported from an earlier review sheet.</source>
            <translation>Importeret fra et tidligere gennemgangsark.</translation>
        </message>
        <message>
            <source>The review stays in progress: %1</source>
            <translation>Gennemgangen forbliver i gang: %1</translation>
        </message>
        <message>
            <source>%1. Nothing was imported.</source>
            <translation>%1. Intet blev importeret.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::RoundCaseModel</name>
        <message>
            <source>Unassigned</source>
            <translation>Ikke tildelt</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sag</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Sagsbehandler</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Gennemgåer</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Gennemgang</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Ikke opfyldt</translation>
        </message>
        <message>
            <source>Sent back: %1</source>
            <translation>Sendt tilbage: %1</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Reviewed by</source>
            <translation>Gennemgået af</translation>
        </message>
        <message>
            <source>Comment from the approver</source>
            <translation>Kommentar fra godkenderen</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::RoundListModel</name>
        <message>
            <source>Closed</source>
            <translation>Lukket</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 af %2</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Gennemgået</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Tilbage</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startværdi</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Arkiveret</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::RoundService</name>
        <message>
            <source>%1: no eligible case, skipped</source>
            <translation>%1: ingen egnede sager, sprunget over</translation>
        </message>
        <message>
            <source>%1: only %2 eligible of the %3 asked for</source>
            <translation>%1: kun %2 egnede af de %3 ønskede</translation>
        </message>
        <message>
            <source>A round needs a name.</source>
            <translation>En runde skal have et navn.</translation>
        </message>
        <message>
            <source>The target must be a percentage from 0 to 100, not %1.</source>
            <translation>Målet skal være en procentsats fra 0 til 100, ikke %1.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Perioden slutter, før den begynder.</translation>
        </message>
        <message>
            <source>The case-date range ends before it starts.</source>
            <translation>Datointervallet for sagerne slutter, før det begynder.</translation>
        </message>
        <message>
            <source>Sizes and months cannot be negative.</source>
            <translation>Antal og måneder kan ikke være negative.</translation>
        </message>
        <message>
            <source>A stratified sample needs the number of cases per stratum (--per-stratum).</source>
            <translation>En stratificeret stikprøve kræver antallet af sager pr. stratum (--per-stratum).</translation>
        </message>
        <message>
            <source>Say what to stratify by (area, caseworker or team) with the number per stratum.</source>
            <translation>Angiv, hvad der stratificeres efter (område, sagsbehandler eller team), sammen med antallet pr. stratum.</translation>
        </message>
        <message>
            <source>A sample round needs a sample size, or a number per stratum.</source>
            <translation>En stikprøverunde kræver en stikprøvestørrelse eller et antal pr. stratum.</translation>
        </message>
        <message>
            <source>A walkthrough or self-check covers every case in scope; use a sample round to draw a sample.</source>
            <translation>En fuld gennemgang eller et selvtjek omfatter alle sager i afgrænsningen; brug en stikprøverunde for at udtrække en stikprøve.</translation>
        </message>
        <message>
            <source>There is already a round called "%1".</source>
            <translation>Der findes allerede en runde med navnet "%1".</translation>
        </message>
        <message>
            <source>No case is in the round's scope.</source>
            <translation>Ingen sager er omfattet af runden.</translation>
        </message>
        <message>
            <source>The cue card %1 version %2 is not for the area %3.</source>
            <translation>Tjeklisten %1 version %2 er ikke til området %3.</translation>
        </message>
        <message>
            <source>There is no round called "%1".</source>
            <translation>Der er ingen runde med navnet "%1".</translation>
        </message>
        <message>
            <source>Name the reviewer to assign cases to.</source>
            <translation>Angiv den gennemgåer, sagerne skal tildeles.</translation>
        </message>
        <message>
            <source>The round "%1" is closed; its assignments can no longer change.</source>
            <translation>Runden "%1" er lukket; dens tildelinger kan ikke længere ændres.</translation>
        </message>
        <message>
            <source>%1 is the caseworker on %2; a reviewer never reviews their own case outside a self-check round.</source>
            <translation>%1 er sagsbehandler på %2; ingen gennemgår sin egen sag uden for en selvtjekrunde.</translation>
        </message>
        <message>
            <source>%1 is not in the round "%2".</source>
            <translation>%1 er ikke med i runden "%2".</translation>
        </message>
        <message>
            <source>Nothing was assigned:
%1</source>
            <translation>Intet blev tildelt:
%1</translation>
        </message>
        <message>
            <source>Name at least one reviewer to share the cases among.</source>
            <translation>Angiv mindst én gennemgåer at fordele sagerne mellem.</translation>
        </message>
        <message>
            <source>Every reviewer named is the caseworker on %1; it needs another reviewer.</source>
            <translation>Alle angivne gennemgåere er sagsbehandler på %1; sagen kræver en anden gennemgåer.</translation>
        </message>
        <message>
            <source>There is no active user called "%1" who may review cases; choose the reviewer from the user list.</source>
            <translation>Der er ingen aktiv bruger ved navn "%1", som må gennemgå sager; vælg gennemgåeren på brugerlisten.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::RoundsView</name>
        <message>
            <source>&amp;Remaining only</source>
            <translation>Kun &amp;resterende</translation>
        </message>
        <message>
            <source>Comment (needed to send back) or reason (needed to reopen)</source>
            <translation>Kommentar (kræves for at sende tilbage) eller begrundelse (kræves for at genåbne)</translation>
        </message>
        <message>
            <source>All reviewers</source>
            <translation>Alle gennemgåere</translation>
        </message>
        <message>
            <source>&amp;New round…</source>
            <translation>&amp;Ny runde…</translation>
        </message>
        <message>
            <source>Assign &amp;evenly</source>
            <translation>Fordel &amp;ligeligt</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Godkend</translation>
        </message>
        <message>
            <source>Send &amp;back</source>
            <translation>Send &amp;tilbage</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Genå&amp;bn</translation>
        </message>
        <message>
            <source>Management actions:</source>
            <translation>Ledelseshandlinger:</translation>
        </message>
        <message>
            <source>E&amp;valuate action rules</source>
            <translation>E&amp;valuér handlingsreglerne</translation>
        </message>
        <message>
            <source>%1: %2 cases in the population, %3 in scope, %4 reviewed, %5 approved, %6 remaining. Seed %7.</source>
            <translation>%1: %2 sager i populationen, %3 omfattet, %4 gennemgået, %5 godkendt, %6 tilbage. Startværdi %7.</translation>
        </message>
        <message>
            <source>Error-free: %1 % (target %2 %).</source>
            <translation>Fejlfri: %1 % (mål %2 %).</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Ikke tildelt</translation>
        </message>
        <message>
            <source>Done: %1 — %2 (%3)</source>
            <translation>Udført: %1 — %2 (%3)</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>the whole round</source>
            <translation>hele runden</translation>
        </message>
        <message>
            <source>Round "%1" started with seed %2.</source>
            <translation>Runden "%1" er startet med startværdi %2.</translation>
        </message>
        <message>
            <source>Choose a round first.</source>
            <translation>Vælg først en runde.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) assigned.</source>
            <translation>
                <numerusform>%n sag tildelt.</numerusform>
                <numerusform>%n sager tildelt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a case first.</source>
            <translation>Vælg først en sag.</translation>
        </message>
        <message>
            <source>Approved.</source>
            <translation>Godkendt.</translation>
        </message>
        <message>
            <source>Sent back to the reviewer.</source>
            <translation>Sendt tilbage til gennemgåeren.</translation>
        </message>
        <message>
            <source>Reopened; it needs a new approval when it is completed again.</source>
            <translation>Genåbnet; gennemgangen skal godkendes på ny, når den er afsluttet igen.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) called for.</source>
            <translation>
                <numerusform>%n handling påkrævet.</numerusform>
                <numerusform>%n handlinger påkrævet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show arc&amp;hived</source>
            <translation>Vis ar&amp;kiverede</translation>
        </message>
        <message>
            <source>C&amp;lose round</source>
            <translation>&amp;Luk runde</translation>
        </message>
        <message>
            <source>Reopen ro&amp;und</source>
            <translation>Genåbn ru&amp;nde</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Ar&amp;kivér</translation>
        </message>
        <message>
            <source>Re&amp;viewers:</source>
            <translation>Gennem&amp;gåere:</translation>
        </message>
        <message>
            <source>Assign the selected cases &amp;to:</source>
            <translation>Tildel de markerede sager &amp;til:</translation>
        </message>
        <message>
            <source>Assi&amp;gn</source>
            <translation>Til&amp;del</translation>
        </message>
        <message>
            <source>No users yet: an administrator adds them with sagstjek-cli users add.</source>
            <translation>Ingen brugere endnu: en administrator opretter dem med sagstjek-cli users add.</translation>
        </message>
        <message>
            <source>Bring back from the arc&amp;hive</source>
            <translation>Hent fra ar&amp;kivet</translation>
        </message>
        <message>
            <source>%1: %2 assigned, %3 reviewed by them, %4 left</source>
            <translation>%1: %2 tildelt, %3 gennemgået af vedkommende, %4 tilbage</translation>
        </message>
        <message>
            <source>Tick the reviewers to share the cases among.</source>
            <translation>Sæt flueben ved de gennemgåere, sagerne skal fordeles mellem.</translation>
        </message>
        <message>
            <source>Select the cases to assign in the table first.</source>
            <translation>Markér først de sager i tabellen, der skal tildeles.</translation>
        </message>
        <message>
            <source>Choose the reviewer to assign the cases to.</source>
            <translation>Vælg den gennemgåer, sagerne skal tildeles.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) assigned to %1.</source>
            <translation>
                <numerusform>%n sag tildelt %1.</numerusform>
                <numerusform>%n sager tildelt %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The round is closed; no new review starts in it.</source>
            <translation>Runden er lukket; der kan ikke startes nye gennemgange i den.</translation>
        </message>
        <message>
            <source>The round is open again.</source>
            <translation>Runden er åben igen.</translation>
        </message>
        <message>
            <source>"%1" is back in the list of rounds.</source>
            <translation>"%1" er tilbage på listen over runder.</translation>
        </message>
        <message>
            <source>"%1" is archived: it is shown with "Show archived".</source>
            <translation>"%1" er arkiveret: den vises med "Vis arkiverede".</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SettingsDialog</name>
        <message>
            <source>Show &amp;guidance ("what to look for") under each item</source>
            <translation>Vis &amp;vejledning ("hvad skal der kigges efter") under hvert punkt</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>As the system (Danish when the system is Danish)</source>
            <translation>Som systemet (dansk, når systemet er dansk)</translation>
        </message>
        <message>
            <source>A new language takes effect when Sagstjek is started again.</source>
            <translation>Et nyt sprog træder i kraft, når Sagstjek startes igen.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprog:</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqlDatabase</name>
        <message>
            <source>A unit of work is already open on %1.</source>
            <translation>Der er allerede en åben arbejdsenhed på %1.</translation>
        </message>
        <message>
            <source>Cannot start a transaction: %1</source>
            <translation>Kan ikke starte en transaktion: %1</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqlRoundRepository</name>
        <message>
            <source>The round no longer exists.</source>
            <translation>Runden findes ikke længere.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqlTemplateRepository</name>
        <message>
            <source>Template %1 version %2 already exists with different content; save it as a new version.</source>
            <translation>Skabelon %1 version %2 findes allerede med andet indhold; gem den som en ny version.</translation>
        </message>
        <message>
            <source>The cue-card template %1 does not exist.</source>
            <translation>Tjeklisteskabelonen %1 findes ikke.</translation>
        </message>
        <message>
            <source>A stored cue-card template is damaged: %1</source>
            <translation>En gemt tjeklisteskabelon er beskadiget: %1</translation>
        </message>
        <message>
            <source>There is no cue card for the area %1.</source>
            <translation>Der er ingen tjekliste for området %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqlUnitOfWork</name>
        <message>
            <source>The unit of work was already ended.</source>
            <translation>Arbejdsenheden var allerede afsluttet.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqliteBulkCaseWriter</name>
        <message>
            <source>Database error: %1</source>
            <translation>Databasefejl: %1</translation>
        </message>
        <message>
            <source>The case no longer exists.</source>
            <translation>Sagen findes ikke længere.</translation>
        </message>
        <message>
            <source>The case number %1 already exists.</source>
            <translation>Sagsnummeret %1 findes allerede.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::SqliteDatabase</name>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>Databasen %1 findes ikke.</translation>
        </message>
        <message>
            <source>Cannot create the folder for %1.</source>
            <translation>Kan ikke oprette mappen til %1.</translation>
        </message>
        <message>
            <source>%1 is not a Sagstjek database (it is not an SQLite file). The file was not changed.</source>
            <translation>%1 er ikke en Sagstjek-database (det er ikke en SQLite-fil). Filen blev ikke ændret.</translation>
        </message>
        <message>
            <source>Cannot read %1: check that the file exists and that you may read it.</source>
            <translation>Kan ikke læse %1: kontrollér, at filen findes, og at du må læse den.</translation>
        </message>
        <message>
            <source>%1 is read-only: Sagstjek must be able to write the file and, for its journal, the folder it is in. Copy it to a folder you may write to, or ask for write access. The file was not changed.</source>
            <translation>%1 er skrivebeskyttet: Sagstjek skal kunne skrive i filen og, til sin journal, i mappen, den ligger i. Kopiér den til en mappe, du må skrive i, eller bed om skriveadgang. Filen blev ikke ændret.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Kan ikke åbne %1: %2</translation>
        </message>
        <message>
            <source>%1 is an SQLite database, but not a Sagstjek database. The file was not changed.</source>
            <translation>%1 er en SQLite-database, men ikke en Sagstjek-database. Filen blev ikke ændret.</translation>
        </message>
        <message>
            <source>%1 was made by a newer version of Sagstjek (schema %2; this version reads up to %3). Update Sagstjek to open it. The file was not changed.</source>
            <translation>%1 er lavet af en nyere version af Sagstjek (skema %2; denne version læser op til %3). Opdatér Sagstjek for at åbne den. Filen blev ikke ændret.</translation>
        </message>
        <message>
            <source>%1 must be backed up before it is upgraded to schema %2, but the backup failed: %3 The file was not changed.</source>
            <translation>%1 skal sikkerhedskopieres, før den opgraderes til skema %2, men sikkerhedskopien mislykkedes: %3 Filen blev ikke ændret.</translation>
        </message>
        <message>
            <source>Cannot configure %1 (%2): %3</source>
            <translation>Kan ikke indstille %1 (%2): %3</translation>
        </message>
        <message>
            <source>Cannot write to %1: %2</source>
            <translation>Kan ikke skrive til %1: %2</translation>
        </message>
        <message>
            <source>%1 has schema %2; this version reads %3. Open it in Sagstjek first.</source>
            <translation>%1 har skema %2; denne version læser %3. Åbn den i Sagstjek først.</translation>
        </message>
        <message>
            <source>Cannot create %1: is the folder read-only?</source>
            <translation>Kan ikke oprette %1: er mappen skrivebeskyttet?</translation>
        </message>
        <message>
            <source>%1 has an unknown schema version (%2): it was not made by Sagstjek, or it is damaged. The file was not changed. Restore it from a backup.</source>
            <translation>%1 har en ukendt skemaversion (%2): den er ikke lavet af Sagstjek, eller den er beskadiget. Filen blev ikke ændret. Gendan den fra en sikkerhedskopi.</translation>
        </message>
        <message>
            <source>No connection may write to %1 now: the writer is not lent, or lent to another task.</source>
            <translation>Ingen forbindelse må skrive til %1 nu: skriveren er ikke udlånt, eller den er udlånt til en anden opgave.</translation>
        </message>
        <message>
            <source>%1 cannot lend its writer to another connection.</source>
            <translation>%1 kan ikke låne sin skriver ud til en anden forbindelse.</translation>
        </message>
        <message>
            <source>Finish the change being saved in %1 first.</source>
            <translation>Gør først den ændring færdig, der er ved at blive gemt i %1.</translation>
        </message>
        <message>
            <source>%1 is already being written by another task.</source>
            <translation>%1 bliver allerede skrevet af en anden opgave.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::TableFile</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Kan ikke åbne %1: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 has no sheet "%2". Its sheets are: %3.</source>
            <translation>%1 har intet ark med navnet "%2". Filens ark er: %3.</translation>
        </message>
        <message>
            <source>Unknown encoding "%1". Use utf-8, utf-16le, utf-16be or windows-1252.</source>
            <translation>Ukendt tegnsæt "%1". Brug utf-8, utf-16le, utf-16be eller windows-1252.</translation>
        </message>
        <message>
            <source>The header row must be 1 or more, not %1.</source>
            <translation>Overskriftsrækken skal være 1 eller mere, ikke %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::TemplateEditor</name>
        <message>
            <source>Edit cue cards</source>
            <translation>Rediger tjeklister</translation>
        </message>
        <message>
            <source>Cue card:</source>
            <translation>Tjekliste:</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Spørgsmål</translation>
        </message>
        <message>
            <source>&amp;Add item…</source>
            <translation>&amp;Tilføj punkt…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Flyt &amp;op</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Flyt &amp;ned</translation>
        </message>
        <message>
            <source>&amp;Retire item</source>
            <translation>&amp;Udgå punkt</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Væsentlig</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Mindre</translation>
        </message>
        <message>
            <source>empty = every case of the area</source>
            <translation>tom = alle sager i området</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Nøgle:</translation>
        </message>
        <message>
            <source>Question (Danish):</source>
            <translation>Spørgsmål (dansk):</translation>
        </message>
        <message>
            <source>Question (English):</source>
            <translation>Spørgsmål (engelsk):</translation>
        </message>
        <message>
            <source>Law (Danish):</source>
            <translation>Lovgrundlag (dansk):</translation>
        </message>
        <message>
            <source>Law (English):</source>
            <translation>Lovgrundlag (engelsk):</translation>
        </message>
        <message>
            <source>Guidance (Danish):</source>
            <translation>Vejledning (dansk):</translation>
        </message>
        <message>
            <source>Guidance (English):</source>
            <translation>Vejledning (engelsk):</translation>
        </message>
        <message>
            <source>Remediation (Danish):</source>
            <translation>Genopretning (dansk):</translation>
        </message>
        <message>
            <source>Remediation (English):</source>
            <translation>Genopretning (engelsk):</translation>
        </message>
        <message>
            <source>Severity:</source>
            <translation>Alvor:</translation>
        </message>
        <message>
            <source>Subgroups (comma-separated):</source>
            <translation>Undergrupper (adskilt med komma):</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Forhåndsvisning</translation>
        </message>
        <message>
            <source>&amp;Save as new version</source>
            <translation>&amp;Gem som ny version</translation>
        </message>
        <message>
            <source>You may look at the cue cards but not change them: editing templates needs the permission to edit cue-card templates.</source>
            <translation>Du kan se tjeklisterne, men ikke ændre dem: det kræver tilladelse til at redigere tjeklisteskabeloner.</translation>
        </message>
        <message>
            <source>Problems:</source>
            <translation>Problemer:</translation>
        </message>
        <message>
            <source>Select the section the new item belongs to.</source>
            <translation>Vælg det afsnit, det nye punkt hører til.</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Tilføj punkt</translation>
        </message>
        <message>
            <source>Name of the new item (lower-case letters, digits, _ and -); its key will be %1.%2.&lt;name&gt;:</source>
            <translation>Navn på det nye punkt (små bogstaver, cifre, _ og -); dets nøgle bliver %1.%2.&lt;navn&gt;:</translation>
        </message>
        <message>
            <source>%1, version %2: %3</source>
            <translation>%1, version %2: %3</translation>
        </message>
        <message>
            <source>%1: the rules are not valid JSON at byte %2: %3</source>
            <translation>%1: reglerne er ikke gyldig JSON ved byte %2: %3</translation>
        </message>
        <message>
            <source>%1: the rules must be a JSON array.</source>
            <translation>%1: reglerne skal være et JSON-array.</translation>
        </message>
        <message>
            <source>No cue card is loaded.</source>
            <translation>Der er ikke indlæst nogen tjekliste.</translation>
        </message>
        <message>
            <source>No problems.</source>
            <translation>Ingen problemer.</translation>
        </message>
        <message>
            <source>You may not change cue cards.</source>
            <translation>Du må ikke ændre tjeklister.</translation>
        </message>
        <message>
            <source>The name "%1" is not valid: use lower-case letters, digits, _ and -.</source>
            <translation>Navnet "%1" er ikke gyldigt: brug små bogstaver, cifre, _ og -.</translation>
        </message>
        <message>
            <source>The cue card already has an item %1.</source>
            <translation>Tjeklisten har allerede et punkt %1.</translation>
        </message>
        <message>
            <source>Item %1 retired; it disappears from the cue card when you save.</source>
            <translation>Punktet %1 udgår; det forsvinder fra tjeklisten, når du gemmer.</translation>
        </message>
        <message>
            <source>Not saved: the cue card has problems:
%1</source>
            <translation>Ikke gemt: tjeklisten har problemer:
%1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Ikke gemt: %1</translation>
        </message>
        <message>
            <source>Items with answers</source>
            <translation>Punkter med svar</translation>
        </message>
        <message>
            <source>Answers in existing reviews refer to these items, which the new version no longer has:

%1

Those reviews keep their version and still show the answers. Save the new version?</source>
            <translation>Svar i eksisterende gennemgange henviser til disse punkter, som den nye version ikke længere har:

%1

De gennemgange beholder deres version og viser stadig svarene. Gem den nye version?</translation>
        </message>
        <message>
            <source>Not saved.</source>
            <translation>Ikke gemt.</translation>
        </message>
        <message>
            <source>Saved %1 as version %2.</source>
            <translation>%1 er gemt som version %2.</translation>
        </message>
        <message>
            <source>Add version</source>
            <translation>Tilføj version</translation>
        </message>
        <message>
            <source>Remove version</source>
            <translation>Fjern version</translation>
        </message>
        <message>
            <source>dd-mm-yyyy, empty = open</source>
            <translation>dd-mm-åååå, tom = åben</translation>
        </message>
        <message>
            <source>yyyy-mm-dd, empty = open</source>
            <translation>åååå-mm-dd, tom = åben</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Date recorded</source>
            <translation>Dato registreret</translation>
        </message>
        <message>
            <source>Number of events</source>
            <translation>Antal hændelser</translation>
        </message>
        <message>
            <source>Journal note in time</source>
            <translation>Journalnotat i tide</translation>
        </message>
        <message>
            <source>Reason when not in person</source>
            <translation>Begrundelse, når det ikke er ved fremmøde</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dage</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>uger</translation>
        </message>
        <message>
            <source>months</source>
            <translation>måneder</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>arbejdsdage</translation>
        </message>
        <message>
            <source>until the end of week (number)</source>
            <translation>til udgangen af uge (nummer)</translation>
        </message>
        <message>
            <source>Stays where it is</source>
            <translation>Bliver, hvor den er</translation>
        </message>
        <message>
            <source>Moves to the next working day</source>
            <translation>Flyttes til næste arbejdsdag</translation>
        </message>
        <message>
            <source>Rule version:</source>
            <translation>Regelversion:</translation>
        </message>
        <message>
            <source>Name of the version:</source>
            <translation>Versionens navn:</translation>
        </message>
        <message>
            <source>In force from:</source>
            <translation>Gælder fra:</translation>
        </message>
        <message>
            <source>In force until:</source>
            <translation>Gælder til:</translation>
        </message>
        <message>
            <source>Kind of check:</source>
            <translation>Type kontrol:</translation>
        </message>
        <message>
            <source>Counted from:</source>
            <translation>Regnes fra:</translation>
        </message>
        <message>
            <source>Date checked:</source>
            <translation>Dato, der kontrolleres:</translation>
        </message>
        <message>
            <source>Date that must be recorded:</source>
            <translation>Dato, der skal være registreret:</translation>
        </message>
        <message>
            <source>Event:</source>
            <translation>Hændelse:</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>Mindst:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periode:</translation>
        </message>
        <message>
            <source>Deadline on a weekend or holiday:</source>
            <translation>Frist på en weekend eller helligdag:</translation>
        </message>
        <message>
            <source>Computed rule:</source>
            <translation>Beregnet regel:</translation>
        </message>
        <message>
            <source>Rules as JSON (advanced):</source>
            <translation>Regler som JSON (avanceret):</translation>
        </message>
        <message>
            <source>The first "%1" from then on</source>
            <translation>Den første "%1" fra da af</translation>
        </message>
        <message>
            <source>(no question yet)</source>
            <translation>(intet spørgsmål endnu)</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>No computed rule: the reviewer answers the question from the case.</source>
            <translation>Ingen beregnet regel: den, der gennemgår sagen, besvarer spørgsmålet ud fra sagen.</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Ny version</translation>
        </message>
        <message>
            <source>within a period that is not valid after</source>
            <translation>inden for en ugyldig periode efter</translation>
        </message>
        <message>
            <source>before the end of week %1 counted from</source>
            <translation>inden udgangen af uge %1 regnet fra</translation>
        </message>
        <message>
            <source>at most %1 after</source>
            <translation>højst %1 efter</translation>
        </message>
        <message>
            <source>The first "%1" on or after "%2" must be %3 "%2".</source>
            <translation>Den første "%1" på eller efter "%2" skal ligge %3 "%2".</translation>
        </message>
        <message>
            <source>The date "%1" must be %2 "%3".</source>
            <translation>Datoen "%1" skal ligge %2 "%3".</translation>
        </message>
        <message>
            <source>A deadline that falls on a weekend or holiday moves to the next working day.</source>
            <translation>En frist, der falder på en weekend eller helligdag, flyttes til næste arbejdsdag.</translation>
        </message>
        <message>
            <source>The deadline stays where it falls, also on a weekend or holiday.</source>
            <translation>Fristen flyttes ikke, heller ikke når den falder på en weekend eller helligdag.</translation>
        </message>
        <message>
            <source>The date "%1" must be recorded.</source>
            <translation>Datoen "%1" skal være registreret.</translation>
        </message>
        <message>
            <source>within %1 of</source>
            <translation>inden for %1 fra</translation>
        </message>
        <message>
            <source>There must be at least %1 × "%2" %3 "%4".</source>
            <translation>Der skal være mindst %1 × "%2" %3 "%4".</translation>
        </message>
        <message>
            <source>The journal note of every "%1" must be written %2 the event.</source>
            <translation>Journalnotatet til hver "%1" skal være skrevet %2 hændelsen.</translation>
        </message>
        <message>
            <source>Every "%1" not held in person must have a recorded reason.</source>
            <translation>Hver "%1", der ikke holdes ved fremmøde, skal have en registreret begrundelse.</translation>
        </message>
        <message>
            <source>This version applies when "%1" is from %2 to %3.</source>
            <translation>Denne version gælder, når "%1" ligger fra %2 til %3.</translation>
        </message>
        <message>
            <source>This version applies when "%1" is on %2 or later.</source>
            <translation>Denne version gælder, når "%1" er %2 eller senere.</translation>
        </message>
        <message>
            <source>This version applies when "%1" is on %2 or earlier.</source>
            <translation>Denne version gælder, når "%1" er %2 eller tidligere.</translation>
        </message>
        <message>
            <source>This version applies whatever the date.</source>
            <translation>Denne version gælder uanset datoen.</translation>
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
            <translation>Der er ingen tjeklisteskabelon %1.</translation>
        </message>
        <message>
            <source>The file is too large for a cue-card template.</source>
            <translation>Filen er for stor til en tjeklisteskabelon.</translation>
        </message>
        <message>
            <source>The template %1 has problems:
%2</source>
            <translation>Skabelonen %1 har problemer:
%2</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::UserService</name>
        <message>
            <source>A user name cannot be empty.</source>
            <translation>Et brugernavn kan ikke være tomt.</translation>
        </message>
        <message>
            <source>A user name can be at most 64 characters long.</source>
            <translation>Et brugernavn kan højst være 64 tegn langt.</translation>
        </message>
        <message>
            <source>A user name cannot contain control characters or invalid text.</source>
            <translation>Et brugernavn kan ikke indeholde kontroltegn eller ugyldig tekst.</translation>
        </message>
        <message>
            <source>A display name can be at most 200 characters long, without control characters.</source>
            <translation>Et visningsnavn kan højst være 200 tegn langt og uden kontroltegn.</translation>
        </message>
        <message>
            <source>Unknown role "%1". Use one of: %2.</source>
            <translation>Ukendt rolle "%1". Brug en af: %2.</translation>
        </message>
        <message>
            <source>There is already a user called %1.</source>
            <translation>Der findes allerede en bruger med navnet %1.</translation>
        </message>
        <message>
            <source>The first user must be an administrator, so that someone can manage users: sagstjek-cli users add NAME --role administrator</source>
            <translation>Den første bruger skal være administrator, så nogen kan styre brugerne: sagstjek-cli users add NAVN --role administrator</translation>
        </message>
        <message>
            <source>There is no user called %1.</source>
            <translation>Der er ingen bruger med navnet %1.</translation>
        </message>
        <message>
            <source>%1 is the last active administrator; add another administrator first.</source>
            <translation>%1 er den sidste aktive administrator; tilføj en anden administrator først.</translation>
        </message>
        <message>
            <source>A user name cannot contain a CPR number.</source>
            <translation>Et brugernavn må ikke indeholde et CPR-nummer.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::auditlog</name>
        <message>
            <source>The audit chain head is missing: the database was altered outside Sagstjek.</source>
            <translation>Revisionskædens hoved mangler: databasen er ændret uden for Sagstjek.</translation>
        </message>
        <message>
            <source>Audit record %1 should be the first in the chain, but it points to a record before it: earlier records were deleted.</source>
            <translation>Revisionspost %1 burde være den første i kæden, men peger på en tidligere post: tidligere poster er slettet.</translation>
        </message>
        <message>
            <source>Audit record %1 does not follow record %2: record %2 was changed, or records between them were deleted.</source>
            <translation>Revisionspost %1 følger ikke post %2: post %2 er ændret, eller poster imellem dem er slettet.</translation>
        </message>
        <message>
            <source>Audit record %1 was changed after it was written: its content does not match its hash.</source>
            <translation>Revisionspost %1 er ændret, efter den blev skrevet: indholdet passer ikke til dens hash.</translation>
        </message>
        <message>
            <source>Audit record %1 is marked as redacted, but no case deletion accounts for it: its content was erased outside Sagstjek.</source>
            <translation>Revisionspost %1 er markeret som anonymiseret, men ingen sagssletning forklarer det: indholdet er slettet uden for Sagstjek.</translation>
        </message>
        <message>
            <source>The newest audit records were deleted: the chain head expects %1 records ending with record %2, but only %3 records (up to record %4) remain.</source>
            <translation>De nyeste revisionsposter er slettet: kædens hoved forventer %1 poster, der slutter med post %2, men kun %3 poster (til og med post %4) er tilbage.</translation>
        </message>
        <message>
            <source>The audit chain head does not match the last record (record %1): the audit log or its head was altered outside Sagstjek.</source>
            <translation>Revisionskædens hoved passer ikke til den sidste post (post %1): revisionsloggen eller dens hoved er ændret uden for Sagstjek.</translation>
        </message>
        <message>
            <source>The answer to item %1 of review %2</source>
            <translation>Svaret på punkt %1 i gennemgang %2</translation>
        </message>
        <message>
            <source>Defect %1</source>
            <translation>Fejl %1</translation>
        </message>
        <message>
            <source>Review %1</source>
            <translation>Gennemgang %1</translation>
        </message>
        <message>
            <source>The database's protective triggers %1 are missing: they were dropped outside Sagstjek, so the file no longer refuses edits of the audit trail and the access log.</source>
            <translation>Databasens beskyttende triggere %1 mangler: de er fjernet uden for Sagstjek, så filen afviser ikke længere ændringer i revisionssporet og adgangsloggen.</translation>
        </message>
        <message>
            <source>The database's triggers %1 differ from the schema: they were altered outside Sagstjek.</source>
            <translation>Databasens triggere %1 afviger fra skemaet: de er ændret uden for Sagstjek.</translation>
        </message>
        <message>
            <source>The database has triggers the schema does not define (%1): they were added outside Sagstjek.</source>
            <translation>Databasen har triggere, som skemaet ikke definerer (%1): de er tilføjet uden for Sagstjek.</translation>
        </message>
        <message>
            <source>Audit record %1 is marked with an audit scheme it cannot have here: it was altered outside Sagstjek.</source>
            <translation>Revisionspost %1 er mærket med en revisionsordning, den ikke kan have her: den er ændret uden for Sagstjek.</translation>
        </message>
        <message>
            <source>Audit record %1 is the first of scheme 2 but not the scheme change's own record: it was altered outside Sagstjek.</source>
            <translation>Revisionspost %1 er den første i ordning 2, men ikke ordningsskiftets egen post: den er ændret uden for Sagstjek.</translation>
        </message>
        <message>
            <source>Audit record %1 says records were written before it, but none is left: they were deleted.</source>
            <translation>Revisionspost %1 siger, at der er skrevet poster før den, men der er ingen tilbage: de er slettet.</translation>
        </message>
        <message>
            <source>The audit records written before the scheme change (records 1 to %1) no longer match the fingerprint record %2 keeps of them: a record's id, or the who, when or what of a record (also a redacted one), was changed, or records were deleted.</source>
            <translation>Revisionsposterne fra før ordningsskiftet (post 1 til %1) passer ikke længere med det fingeraftryk, post %2 gemmer af dem: en posts id eller hvem, hvornår eller hvad i en post (også en anonymiseret) er ændret, eller poster er slettet.</translation>
        </message>
        <message>
            <source>Audit record %1 follows record %2: records were renumbered or deleted.</source>
            <translation>Revisionspost %1 følger efter post %2: poster er omnummereret eller slettet.</translation>
        </message>
        <message>
            <source>Audit record %1 was changed after it was written: its id, time, user, action or subject does not match its hash.</source>
            <translation>Revisionspost %1 er ændret, efter den blev skrevet: dens id, tidspunkt, bruger, handling eller emne passer ikke med dens hash.</translation>
        </message>
        <message>
            <source>Audit record %1 is not sealed by this computer's audit key although it says so: it was forged or rewritten outside Sagstjek.</source>
            <translation>Revisionspost %1 er ikke forseglet med denne computers revisionsnøgle, selv om den siger det: den er forfalsket eller omskrevet uden for Sagstjek.</translation>
        </message>
        <message>
            <source>This file was anchored on this computer as another database (%1 records up to record %2, at %3): the database there was replaced by another file, or its records were wiped and its identity changed, outside Sagstjek.</source>
            <translation>Denne fil blev forankret på denne computer som en anden database (%1 poster til og med post %2, %3): databasen er erstattet af en anden fil, eller dens poster er slettet og dens identitet ændret, uden for Sagstjek.</translation>
        </message>
        <message>
            <source>The audit trail was cut short: the checkpoint kept on this computer (%1) has %2 records up to record %3, but only %4 records up to record %5 remain. Records from %6 on were deleted and the chain head rewound outside Sagstjek.</source>
            <translation>Revisionssporet er afkortet: kontrolpunktet på denne computer (%1) har %2 poster til og med post %3, men kun %4 poster til og med post %5 er tilbage. Poster fra %6 og frem er slettet og kædens hoved spolet tilbage uden for Sagstjek.</translation>
        </message>
        <message>
            <source>Fewer audit records up to record %1 carry this computer's seal than when it was anchored (%2 instead of %3): records were rewritten outside Sagstjek.</source>
            <translation>Færre revisionsposter til og med post %1 bærer denne computers segl end ved forankringen (%2 i stedet for %3): poster er omskrevet uden for Sagstjek.</translation>
        </message>
        <message>
            <source>Audit record %1 is not the one the checkpoint kept on this computer (%2) ends with: the trail was rewritten up to it outside Sagstjek.</source>
            <translation>Revisionspost %1 er ikke den, kontrolpunktet på denne computer (%2) slutter med: sporet er omskrevet frem til den uden for Sagstjek.</translation>
        </message>
        <message>
            <source>The audit trail has no record of scheme 2 (the schema's own record): records from %1 on were deleted.</source>
            <translation>Revisionssporet har ingen post i ordning 2 (skemaets egen post): poster fra %1 og frem er slettet.</translation>
        </message>
        <message>
            <source>The database's identity differs from the one chained in its audit trail: it was altered outside Sagstjek.</source>
            <translation>Databasens identitet afviger fra den, der er kædet ind i dens revisionsspor: den er ændret uden for Sagstjek.</translation>
        </message>
        <message>
            <source>The number of cases (%1) differs from the %2 that audit record %3 left: cases were added or deleted without an audit record.</source>
            <translation>Antallet af sager (%1) afviger fra de %2, revisionspost %3 efterlod: sager er tilføjet eller slettet uden en revisionspost.</translation>
        </message>
        <message>
            <source>%1 was deleted by audit record %2 but is there again: it was added without an audit record.</source>
            <translation>%1 blev slettet af revisionspost %2, men er der igen: den er tilføjet uden en revisionspost.</translation>
        </message>
        <message>
            <source>%1 is gone, but no audit record after record %2 deleted it: it was deleted without an audit record.</source>
            <translation>%1 er væk, men ingen revisionspost efter post %2 har slettet den: den er slettet uden en revisionspost.</translation>
        </message>
        <message>
            <source>%1 differs from its state after audit record %2: it was changed without an audit record.</source>
            <translation>%1 afviger fra sin tilstand efter revisionspost %2: den er ændret uden en revisionspost.</translation>
        </message>
        <message>
            <source>%1 is in no audit record: it was added outside Sagstjek.</source>
            <translation>%1 står ikke i nogen revisionspost: den er tilføjet uden for Sagstjek.</translation>
        </message>
        <message>
            <source>The audit chain does not extend the checkpoint kept on this computer; the checkpoint was left as it was. Run `audit verify`.</source>
            <translation>Revisionskæden fortsætter ikke kontrolpunktet på denne computer; kontrolpunktet er ikke ændret. Kør `audit verify`.</translation>
        </message>
        <message>
            <source>%1 answers are listed as older than the audit trail, but the trail lists none: they were added outside Sagstjek.</source>
            <translation>%1 svar står som ældre end revisionssporet, men sporet nævner ingen: de er tilføjet uden for Sagstjek.</translation>
        </message>
        <message>
            <source>The answers listed as older than the audit trail differ from those audit record %1 fixed: they were changed outside Sagstjek.</source>
            <translation>Svarene, der står som ældre end revisionssporet, afviger fra dem, revisionspost %1 fastlagde: de er ændret uden for Sagstjek.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::auditseal</name>
        <message>
            <source>Cannot read the audit checkpoint %1.</source>
            <translation>Kan ikke læse revisionskontrolpunktet %1.</translation>
        </message>
        <message>
            <source>The audit checkpoint kept for this database (%1) was altered: its seal does not match. It cannot be trusted.</source>
            <translation>Revisionskontrolpunktet for denne database (%1) er ændret: dets segl passer ikke. Det kan ikke stoles på.</translation>
        </message>
        <message>
            <source>There is no audit key in %1: the checkpoint cannot be sealed.</source>
            <translation>Der er ingen revisionsnøgle i %1: kontrolpunktet kan ikke forsegles.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the audit checkpoints.</source>
            <translation>Kan ikke oprette mappen %1 til revisionskontrolpunkterne.</translation>
        </message>
        <message>
            <source>Cannot write the audit checkpoint %1.</source>
            <translation>Kan ikke skrive revisionskontrolpunktet %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::backup</name>
        <message>
            <source>it cannot be read as a database (%1)</source>
            <translation>den kan ikke læses som en database (%1)</translation>
        </message>
        <message>
            <source>it is damaged (quick_check: %1)</source>
            <translation>den er beskadiget (quick_check: %1)</translation>
        </message>
        <message>
            <source>it is not a Sagstjek database</source>
            <translation>den er ikke en Sagstjek-database</translation>
        </message>
        <message>
            <source>it is an empty Sagstjek database without a schema</source>
            <translation>den er en tom Sagstjek-database uden skema</translation>
        </message>
        <message>
            <source>it was made by a newer version of Sagstjek (schema %1)</source>
            <translation>den er lavet af en nyere version af Sagstjek (skema %1)</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the backup.</source>
            <translation>Kan ikke oprette mappen %1 til sikkerhedskopien.</translation>
        </message>
        <message>
            <source>Cannot back up to %1: %2</source>
            <translation>Kan ikke sikkerhedskopiere til %1: %2</translation>
        </message>
        <message>
            <source>The backup copy %1 cannot be opened: %2</source>
            <translation>Sikkerhedskopien %1 kan ikke åbnes: %2</translation>
        </message>
        <message>
            <source>The backup copy failed its check (%1); the backup was not written.</source>
            <translation>Sikkerhedskopien bestod ikke kontrollen (%1); den blev ikke skrevet.</translation>
        </message>
        <message>
            <source>Cannot flush the backup %1 to the disk.</source>
            <translation>Kan ikke skrive sikkerhedskopien %1 helt ud på disken.</translation>
        </message>
        <message>
            <source>Cannot put the backup in place at %1.</source>
            <translation>Kan ikke lægge sikkerhedskopien på plads i %1.</translation>
        </message>
        <message>
            <source>Cannot read %1: check that the file exists and that you may read it.</source>
            <translation>Kan ikke læse %1: kontrollér, at filen findes, og at du må læse den.</translation>
        </message>
        <message>
            <source>%1 is not a Sagstjek database (it is not an SQLite file). Nothing was changed.</source>
            <translation>%1 er ikke en Sagstjek-database (det er ikke en SQLite-fil). Intet blev ændret.</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2. Nothing was changed.</source>
            <translation>%1 kan ikke åbnes: %2. Intet blev ændret.</translation>
        </message>
        <message>
            <source>%1 cannot be restored: %2. Nothing was changed.</source>
            <translation>%1 kan ikke gendannes: %2. Intet blev ændret.</translation>
        </message>
        <message>
            <source>A database cannot be restored onto itself.</source>
            <translation>En database kan ikke gendannes oven i sig selv.</translation>
        </message>
        <message>
            <source>%1 is open in Sagstjek or another program. Close it there, then restore.</source>
            <translation>%1 er åben i Sagstjek eller et andet program. Luk den der, og gendan så.</translation>
        </message>
        <message>
            <source>Cannot keep a copy of the current %1 before restoring; nothing was restored.</source>
            <translation>Kan ikke gemme en kopi af den nuværende %1 før gendannelsen; intet blev gendannet.</translation>
        </message>
        <message>
            <source>Cannot remove %1; nothing was restored.</source>
            <translation>Kan ikke fjerne %1; intet blev gendannet.</translation>
        </message>
        <message>
            <source>Cannot put the restored database in place at %1.</source>
            <translation>Kan ikke lægge den gendannede database på plads i %1.</translation>
        </message>
        <message>
            <source>it has an unknown schema version (%1)</source>
            <translation>den har en ukendt skemaversion (%1)</translation>
        </message>
        <message>
            <source>The folder %1 does not exist; the backup was not written. Create the folder first, or choose another file.</source>
            <translation>Mappen %1 findes ikke; sikkerhedskopien blev ikke skrevet. Opret mappen først, eller vælg en anden fil.</translation>
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation>Kan ikke skrive sikkerhedskopien %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::databaselock</name>
        <message>
            <source>Cannot create the lock file beside %1: is the folder read-only?</source>
            <translation>Kan ikke oprette låsefilen ved siden af %1: er mappen skrivebeskyttet?</translation>
        </message>
        <message>
            <source>%1 is already open in another Sagstjek window or program (process %2 on %3). Close it there first: two programs writing the same database can damage it.</source>
            <translation>%1 er allerede åben i et andet Sagstjek-vindue eller program (proces %2 på %3). Luk den der først: to programmer, der skriver i samme database, kan beskadige den.</translation>
        </message>
        <message>
            <source>%1 is already open in another Sagstjek window or program (its lock file %2 names no process, and a running process holds it). Close it there first: two programs writing the same database can damage it.</source>
            <translation>%1 er allerede åben i et andet Sagstjek-vindue eller program (låsefilen %2 nævner ingen proces, og en kørende proces holder den). Luk den der først: to programmer, der skriver i samme database, kan beskadige den.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::importmapping</name>
        <message>
            <source>Cannot read the mapping file %1: %2</source>
            <translation>Kan ikke læse opsætningsfilen %1: %2</translation>
        </message>
        <message>
            <source>The mapping file %1 is not a JSON object: %2</source>
            <translation>Opsætningsfilen %1 er ikke et JSON-objekt: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Kan ikke skrive %1: %2</translation>
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation>Giv opsætningen et navn.</translation>
        </message>
        <message>
            <source>The mapping file %1 is too large (%2 bytes; a mapping file is at most 1 MiB).</source>
            <translation>Opsætningsfilen %1 er for stor (%2 byte; en opsætningsfil er højst 1 MiB).</translation>
        </message>
        <message>
            <source>The mapping file %1 is too large (a mapping file is at most 1 MiB).</source>
            <translation>Opsætningsfilen %1 er for stor (en opsætningsfil er højst 1 MiB).</translation>
        </message>
        <message>
            <source>The mapping file %1 has the key "%2" twice in one object; remove one of them.</source>
            <translation>Opsætningsfilen %1 har nøglen "%2" to gange i samme objekt; fjern den ene.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::io::DateParser</name>
        <message>
            <source>The time of day %1 was ignored</source>
            <translation>Klokkeslættet %1 blev ikke brugt</translation>
        </message>
        <message>
            <source>Month %1 does not exist</source>
            <translation>Måned %1 findes ikke</translation>
        </message>
        <message>
            <source>%1-%2-%3 is not a date: %4 has %5 days</source>
            <translation>%3-%2-%1 er ikke en dato: %4 har %5 dage</translation>
        </message>
        <message>
            <source>The date serial number is not a finite number</source>
            <translation>Datoens serienummer er ikke et endeligt tal</translation>
        </message>
        <message>
            <source>Excel date serial %1 is outside %2–%3</source>
            <translation>Excel-datonummeret %1 ligger uden for %2–%3</translation>
        </message>
        <message>
            <source>Excel date serial 60 is 29 February 1900, a day that never existed (Excel's 1900 leap-year bug)</source>
            <translation>Excel-datonummer 60 er 29. februar 1900, en dag der aldrig har fandtes (Excels skudårsfejl fra 1900)</translation>
        </message>
        <message>
            <source>The date is empty</source>
            <translation>Datoen er tom</translation>
        </message>
        <message>
            <source>"%1" is a number, not a date</source>
            <translation>"%1" er et tal, ikke en dato</translation>
        </message>
        <message>
            <source>"%1" is neither a date nor an Excel date serial number (1–2958465)</source>
            <translation>"%1" er hverken en dato eller et Excel-datonummer (1–2958465)</translation>
        </message>
        <message>
            <source>"%1" is not a date in a known form (yyyy-mm-dd or dd-mm-yyyy)</source>
            <translation>"%1" er ikke en dato i en kendt form (åååå-mm-dd eller dd-mm-åååå)</translation>
        </message>
        <message>
            <source>The two-digit year %1 was read as %2 (00–69 → 2000–2069, 70–99 → 1970–1999)</source>
            <translation>Det tocifrede årstal %1 blev læst som %2 (00–69 → 2000–2069, 70–99 → 1970–1999)</translation>
        </message>
        <message>
            <source> (the column is read month first)</source>
            <translation> (kolonnen læses med måneden først)</translation>
        </message>
        <message>
            <source> (the column is read day first)</source>
            <translation> (kolonnen læses med dagen først)</translation>
        </message>
        <message>
            <source>The dates contradict each other: %1 can only be day first and %2 only month first</source>
            <translation>Datoerne modsiger hinanden: %1 kan kun have dagen først og %2 kun måneden først</translation>
        </message>
        <message>
            <source>%1 dates can only be month first (like 05/13/2019)</source>
            <translation>%1 datoer kan kun have måneden først (som 05/13/2019)</translation>
        </message>
        <message>
            <source>%1 dates can only be day first (like 13/05/2019)</source>
            <translation>%1 datoer kan kun have dagen først (som 13/05/2019)</translation>
        </message>
        <message>
            <source>No date shows whether the day or the month comes first; day first (Danish) is assumed</source>
            <translation>Ingen dato viser, om dagen eller måneden står først; dagen først (dansk) er antaget</translation>
        </message>
        <message>
            <source>No numeric dates to decide from; day first (Danish) is assumed</source>
            <translation>Ingen datoer med tal at afgøre det ud fra; dagen først (dansk) er antaget</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::migrations</name>
        <message>
            <source>Cannot read the schema version: %1</source>
            <translation>Kan ikke læse skemaversionen: %1</translation>
        </message>
        <message>
            <source>The database was made by a newer version of Sagstjek (schema %1).</source>
            <translation>Databasen er lavet af en nyere version af Sagstjek (skema %1).</translation>
        </message>
        <message>
            <source>Migration to schema %1 failed: %2</source>
            <translation>Opgradering til skema %1 mislykkedes: %2</translation>
        </message>
        <message>
            <source>The database has an unknown schema version (%1).</source>
            <translation>Databasen har en ukendt skemaversion (%1).</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::money</name>
        <message>
            <source>"%1" is not an amount in kroner: %2</source>
            <translation>"%1" er ikke et beløb i kroner: %2</translation>
        </message>
        <message>
            <source>there is no number.</source>
            <translation>der er intet tal.</translation>
        </message>
        <message>
            <source>only one decimal comma is allowed.</source>
            <translation>der må kun være ét decimalkomma.</translation>
        </message>
        <message>
            <source>write kroner the Danish way, with a decimal comma and points between thousands (3.960,50).</source>
            <translation>skriv kroner på dansk, med decimalkomma og punktum mellem tusinder (3.960,50).</translation>
        </message>
        <message>
            <source>the øre after the comma must be digits.</source>
            <translation>ørerne efter kommaet skal være cifre.</translation>
        </message>
        <message>
            <source>at most two decimals (øre) are allowed; a point, not a comma, separates thousands (3.960).</source>
            <translation>højst to decimaler (øre); punktum, ikke komma, adskiller tusinder (3.960).</translation>
        </message>
        <message>
            <source>mixed thousands separators.</source>
            <translation>blandede tusindtalsseparatorer.</translation>
        </message>
        <message>
            <source>a point separates thousands; write øre after a comma (3960,50).</source>
            <translation>punktum adskiller tusinder; skriv øre efter et komma (3960,50).</translation>
        </message>
        <message>
            <source>it must be digits, with a point between thousands and a comma before øre.</source>
            <translation>det skal være cifre, med punktum mellem tusinder og komma før øre.</translation>
        </message>
        <message>
            <source>thousands are grouped in threes (3.960).</source>
            <translation>tusinder grupperes tre og tre (3.960).</translation>
        </message>
        <message>
            <source>the amount is too large.</source>
            <translation>beløbet er for stort.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::personaldata</name>
        <message>
            <source>Case %1 has no CPR number.</source>
            <translation>Sag %1 har intet CPR-nummer.</translation>
        </message>
        <message>
            <source>"%1" is not a CPR number: %2.</source>
            <translation>"%1" er ikke et CPR-nummer: %2.</translation>
        </message>
        <message>
            <source>Give the reason for deleting case %1 (--reason TEXT).</source>
            <translation>Angiv begrundelsen for at slette sag %1 (--reason TEKST).</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::pgbackup</name>
        <message>
            <source>Backing up a team server needs PostgreSQL's pg_dump and pg_restore on this computer (Debian package postgresql-client); the backup was not written.</source>
            <translation>Sikkerhedskopiering af en teamserver kræver PostgreSQLs pg_dump og pg_restore på denne computer (Debian-pakken postgresql-client); sikkerhedskopien blev ikke skrevet.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist; the backup was not written. Create the folder first, or choose another file.</source>
            <translation>Mappen %1 findes ikke; sikkerhedskopien blev ikke skrevet. Opret mappen først, eller vælg en anden fil.</translation>
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation>Kan ikke skrive sikkerhedskopien %1.</translation>
        </message>
        <message>
            <source>pg_dump could not back up the team server %1: %2</source>
            <translation>pg_dump kunne ikke sikkerhedskopiere teamserveren %1: %2</translation>
        </message>
        <message>
            <source>The backup %1 failed its check (pg_restore --list: %2); the backup was not written.</source>
            <translation>Sikkerhedskopien %1 bestod ikke kontrollen (pg_restore --list: %2); sikkerhedskopien blev ikke skrevet.</translation>
        </message>
        <message>
            <source>tables are missing</source>
            <translation>der mangler tabeller</translation>
        </message>
        <message>
            <source>Cannot flush the backup %1 to the disk.</source>
            <translation>Kan ikke skrive sikkerhedskopien %1 helt ud på disken.</translation>
        </message>
        <message>
            <source>Cannot put the backup in place at %1.</source>
            <translation>Kan ikke lægge sikkerhedskopien på plads i %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::pgschema</name>
        <message>
            <source>The team server's database was made by a newer version of Sagstjek (schema %1); this version knows schema %2. Update Sagstjek.</source>
            <translation>Teamserverens database er lavet af en nyere version af Sagstjek (skema %1); denne version kender skema %2. Opdatér Sagstjek.</translation>
        </message>
        <message>
            <source>The database has no Sagstjek schema to upgrade: set it up with "server init".</source>
            <translation>Databasen har intet Sagstjek-skema at opdatere: opret det med "server init".</translation>
        </message>
        <message>
            <source>The team server's schema is missing from this build.</source>
            <translation>Teamserverens skema mangler i denne version.</translation>
        </message>
        <message>
            <source>The team server's database has schema %1, older than any this version can upgrade.</source>
            <translation>Teamserverens database har skema %1, ældre end noget, denne version kan opdatere.</translation>
        </message>
        <message>
            <source>Setting up the team server's schema failed: %1</source>
            <translation>Oprettelsen af teamserverens skema mislykkedes: %1</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::pgtransfer</name>
        <message>
            <source>at record %1: %2</source>
            <translation>ved post %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in %1</source>
            <translation>
                <numerusform>%n række i %1</numerusform>
                <numerusform>%n rækker i %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n audit record(s) of work</source>
            <translation>
                <numerusform>%n revisionspost om arbejde</numerusform>
                <numerusform>%n revisionsposter om arbejde</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n mere</numerusform>
                <numerusform>%n mere</numerusform>
            </translation>
        </message>
        <message>
            <source>The copy of %1 has %2 rows where %3 were expected; nothing was moved.</source>
            <translation>Kopien af %1 har %2 rækker, hvor der skulle være %3; intet blev flyttet.</translation>
        </message>
        <message>
            <source>%1 is not a database file: `server import-file` moves a file onto the server.</source>
            <translation>%1 er ikke en databasefil: `server import-file` flytter en fil over på serveren.</translation>
        </message>
        <message>
            <source>%1 is not a database file.</source>
            <translation>%1 er ikke en databasefil.</translation>
        </message>
        <message>
            <source>Nothing was moved: a team server must not start from an audit trail that cannot be trusted, and the trail of %1 is broken %2</source>
            <translation>Intet blev flyttet: en teamserver må ikke begynde med et revisionsspor, der ikke kan stoles på, og sporet i %1 er brudt %2</translation>
        </message>
        <message>
            <source>Only the owner of the server's database (the login that ran `server init`) can import a file: the import writes the file's audit trail as it is, which no other login may. %1 is not the owner.</source>
            <translation>Kun ejeren af serverens database (det login, der kørte `server init`) kan importere en fil: importen skriver filens revisionsspor, som det er, og det må intet andet login. %1 er ikke ejeren.</translation>
        </message>
        <message>
            <source>The team server %1 already holds work (%2). `server import-file` only fills a new server, set up with `server init`; nothing was moved.</source>
            <translation>Teamserveren %1 indeholder allerede arbejde (%2). `server import-file` fylder kun en ny server, sat op med `server init`; intet blev flyttet.</translation>
        </message>
        <message>
            <source>The users or settings on the server do not add up after the copy; nothing was moved.</source>
            <translation>Brugerne eller indstillingerne på serveren stemmer ikke efter kopieringen; intet blev flyttet.</translation>
        </message>
        <message>
            <source>Nothing was moved: the audit trail on the server does not verify after the copy. It is broken %1</source>
            <translation>Intet blev flyttet: revisionssporet på serveren kan ikke eftervises efter kopieringen. Det er brudt %1</translation>
        </message>
        <message>
            <source>%1 is not a file: `server export-file` writes a local database file.</source>
            <translation>%1 er ikke en fil: `server export-file` skriver en lokal databasefil.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist; nothing was written. Create the folder first, or choose another file.</source>
            <translation>Mappen %1 findes ikke; intet blev skrevet. Opret mappen først, eller vælg en anden fil.</translation>
        </message>
        <message>
            <source>No copy was written: the audit trail on the server is broken %1</source>
            <translation>Der blev ikke skrevet nogen kopi: revisionssporet på serveren er brudt %1</translation>
        </message>
        <message>
            <source>The file was not written: the audit trail of the copy is broken %1</source>
            <translation>Filen blev ikke skrevet: kopiens revisionsspor er brudt %1</translation>
        </message>
        <message>
            <source>Cannot flush the copy %1 to the disk.</source>
            <translation>Kan ikke skrive kopien %1 helt ud på disken.</translation>
        </message>
        <message>
            <source>Cannot put the copy in place at %1.</source>
            <translation>Kan ikke lægge kopien på plads som %1.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::reports</name>
        <message>
            <source>An administrator does not read case data; make the report without case numbers.</source>
            <translation>En administrator læser ikke sagsdata; lav rapporten uden sagsnumre.</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::tablecopy</name>
        <message>
            <source>The server's table %1 (column %2) is not one of Sagstjek's.</source>
            <translation>Serverens tabel %1 (kolonne %2) er ikke en af Sagstjeks.</translation>
        </message>
        <message>
            <source>The server's tables refer to each other in a circle; they cannot be copied.</source>
            <translation>Serverens tabeller henviser til hinanden i ring; de kan ikke kopieres.</translation>
        </message>
        <message>
            <source>The file has no table %1, which the server has.</source>
            <translation>Filen har ikke tabellen %1, som serveren har.</translation>
        </message>
        <message>
            <source>The table %1 differs between the file and the server (only in the file: %2; only on the server: %3).</source>
            <translation>Tabellen %1 er forskellig i filen og på serveren (kun i filen: %2; kun på serveren: %3).</translation>
        </message>
    </context>
    <context>
        <name>sagstjek::walguard</name>
        <message>
            <source>%1 has a write-ahead log (%2) that does not belong to it: it was not written by Sagstjek on this file (it comes from another copy of the database or from another database). SQLite would merge it into the database unseen, so the database was not opened and nothing was changed. Move %2 away and open the database again, or restore a backup.</source>
            <translation>%1 har en write-ahead-log (%2), der ikke hører til den: den er ikke skrevet af Sagstjek på denne fil (den stammer fra en anden kopi af databasen eller fra en anden database). SQLite ville flette den ind i databasen uset, så databasen blev ikke åbnet, og intet blev ændret. Flyt %2 væk og åbn databasen igen, eller gendan en sikkerhedskopi.</translation>
        </message>
    </context>
</TS>
