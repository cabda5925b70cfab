"""Danish translations of Sagstjek's UI, by English source text (see fill_translations.py)."""
# fmt: off
DA = {
    # A team server's backup with pg_dump (issue 11, stop 31)
    "Backing up a team server needs PostgreSQL's pg_dump and pg_restore on this computer (Debian package postgresql-client); the backup was not written.":
        "Sikkerhedskopiering af en teamserver kræver PostgreSQLs pg_dump og pg_restore på denne computer (Debian-pakken postgresql-client); sikkerhedskopien blev ikke skrevet.",
    "pg_dump could not back up the team server %1: %2": "pg_dump kunne ikke sikkerhedskopiere teamserveren %1: %2",
    "The backup %1 failed its check (pg_restore --list: %2); the backup was not written.":
        "Sikkerhedskopien %1 bestod ikke kontrollen (pg_restore --list: %2); sikkerhedskopien blev ikke skrevet.",
    "tables are missing": "der mangler tabeller",
    # Live refresh and a lost connection on a team server (issue 11, stop 29)
    "Cannot follow the team server's changes: %1": "Kan ikke følge ændringerne på teamserveren: %1",
    "Live": "Direkte",
    "Changes colleagues make on the team server appear here within about a second.": "Ændringer, som kolleger laver på teamserveren, vises her inden for et sekund eller så.",
    "the connection was lost.": "forbindelsen blev afbrudt.",
    "<b>The team server cannot be reached:</b> %1<br>Sagstjek tries again every %n seconds. What you change meanwhile stays on the screen, marked \"Not saved yet\", and is saved when the connection is back.":
        ("<b>Teamserveren kan ikke nås:</b> %1<br>Sagstjek prøver igen hvert %n sekund. Det, du ændrer imens, bliver stående på skærmen, mærket \"Ikke gemt endnu\", og gemmes, når forbindelsen er tilbage.",
         "<b>Teamserveren kan ikke nås:</b> %1<br>Sagstjek prøver igen hvert %n. sekund. Det, du ændrer imens, bliver stående på skærmen, mærket \"Ikke gemt endnu\", og gemmes, når forbindelsen er tilbage."),
    "Reconnect &now": "Forbind &nu",
    "Connected to the team server again: %n change(s) kept meanwhile saved.":
        ("Forbundet til teamserveren igen: %n ændring fra imens er gemt.", "Forbundet til teamserveren igen: %n ændringer fra imens er gemt."),
    "Connected to the team server again.": "Forbundet til teamserveren igen.",
    "Changes not saved": "Ændringer ikke gemt",
    "%n change(s) could not be saved: the team server cannot be reached. They are lost if you go on.\n\nWait until the connection is back (Sagstjek saves them then), or go on without them?":
        ("%n ændring kunne ikke gemmes: teamserveren kan ikke nås. Den går tabt, hvis du fortsætter.\n\nVent, til forbindelsen er tilbage (så gemmer Sagstjek den), eller fortsæt uden den?",
         "%n ændringer kunne ikke gemmes: teamserveren kan ikke nås. De går tabt, hvis du fortsætter.\n\nVent, til forbindelsen er tilbage (så gemmer Sagstjek dem), eller fortsæt uden dem?"),
    "Not saved yet": "Ikke gemt endnu",
    "The team server cannot be reached. This change is kept here and saved when the connection is back.": "Teamserveren kan ikke nås. Ændringen bliver her og gemmes, når forbindelsen er tilbage.",
    "<b>Not saved yet:</b> the team server cannot be reached. Your changes stay on the card, marked \"Not saved yet\", and are saved when the connection is back.": "<b>Ikke gemt endnu:</b> teamserveren kan ikke nås. Dine ændringer bliver på tjeklisten, mærket \"Ikke gemt endnu\", og gemmes, når forbindelsen er tilbage.",
    "No database is open.": "Ingen database er åben.",
    "The team server %1 answered as %2, not as %3.": "Teamserveren %1 svarede som %2, ikke som %3.",
    # Connecting the window to a team server (issue 11, stop 28)
    "Connect to &team server…": "Forbind til &teamserver…",
    "Connect to team server": "Forbind til teamserver",
    "e.g. sagstjek.kommune.local": "f.eks. sagstjek.kommune.local",
    "&Encrypt the connection (TLS)": "&Kryptér forbindelsen (TLS)",
    "&Server:": "&Server:",
    "P&ort:": "P&ort:",
    "&Database:": "&Database:",
    "&User:": "&Bruger:",
    "&Password:": "&Adgangskode:",
    "You work as this user: the server decides what you may see and do. The password is not saved; Sagstjek remembers the server in File ▸ Open recent.": "Du arbejder som denne bruger: serveren bestemmer, hvad du må se og gøre. Adgangskoden gemmes ikke; Sagstjek husker serveren i Filer ▸ Åbn seneste.",
    "&Connect": "&Forbind",
    "Fill in the server, the database and the user.": "Udfyld server, database og bruger.",
    "%1 on %2 – Sagstjek": "%1 på %2 – Sagstjek",
    # No silent overwrite (issue 11, stop 28)
    "%1 changed %2 at %3, after you read it: it now says %4%5. Your change was not saved.": "%1 ændrede %2 kl. %3, efter du havde læst det: der står nu %4%5. Din ændring blev ikke gemt.",
    "The answer to %1 was removed after you read it. Your change was not saved.": "Svaret på %1 blev fjernet, efter du havde læst det. Din ændring blev ikke gemt.",
    "The defect of %1 was changed after you read it. Your change was not saved.": "Mangelen ved %1 blev ændret, efter du havde læst den. Din ændring blev ikke gemt.",
    ", note \"%1\"": ", note \"%1\"",
    "no answer": "intet svar",
    "met": "opfyldt",
    "not met": "ikke opfyldt",
    "not applicable": "ikke relevant",
    "Re&place with mine": "&Erstat med mit",
    "Save your change over your colleague's. Close this message to keep theirs.": "Gem din ændring oven på din kollegas. Luk beskeden for at beholde kollegaens.",
    # The team server (issue 11, stop 27)
    "Cannot reach the team server %1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).": "Kan ikke nå teamserveren %1: Qts PostgreSQL-driver er ikke installeret (Debian-pakken libqt6sql6-psql).",
    "Cannot reach the team server %1: %2": "Kan ikke nå teamserveren %1: %2",
    "%1 has no Sagstjek database yet: the database's owner sets it up with \"sagstjek-cli --db %1 server init\".": "%1 har endnu ingen Sagstjek-database: databasens ejer opretter den med \"sagstjek-cli --db %1 server init\".",
    "The team server %1 has a newer Sagstjek schema (%2) than this version knows (%3): update Sagstjek.": "Teamserveren %1 har et nyere Sagstjek-skema (%2), end denne version kender (%3): opdatér Sagstjek.",
    "The team server %1 has an older Sagstjek schema (%2): the database's owner brings it up to date with \"sagstjek-cli --db %1 server upgrade\".": "Teamserveren %1 har et ældre Sagstjek-skema (%2): databasens ejer opdaterer det med \"sagstjek-cli --db %1 server upgrade\".",
    "Cannot set up the team server's roles and grants (the database's owner, a login that may create roles, sets it up): %1": "Kan ikke oprette teamserverens roller og rettigheder (det gør databasens ejer, et login der må oprette roller): %1",
    "Cannot reach the team server's connection to protect the password.": "Kan ikke få fat i forbindelsen til teamserveren for at beskytte adgangskoden.",
    "Cannot protect the password: %1": "Kan ikke beskytte adgangskoden: %1",
    "Your login %1 may not add or change logins on this server: the database's owner (a login that may create roles) adds users and lets them in or out.": "Dit login %1 må ikke oprette eller ændre logins på denne server: databasens ejer (et login der må oprette roller) opretter brugere og lukker dem ind eller ud.",
    "A user name on a team server can be at most 63 bytes long (UTF-8).": "Et brugernavn på en teamserver kan højst være 63 byte langt (UTF-8).",
    "A team server is backed up by its administrator with pg_dump (see the README); this version cannot yet write a backup file from a server.": "En teamserver sikkerhedskopieres af dens administrator med pg_dump (se README); denne version kan endnu ikke skrive en sikkerhedskopi fra en server.",
    "%1 is a file: a team server is given as postgresql://USER@HOST/DATABASE.": "%1 er en fil: en teamserver angives som postgresql://BRUGER@VÆRT/DATABASE.",
    "The team server's database was made by a newer version of Sagstjek (schema %1); this version knows schema %2. Update Sagstjek.": "Teamserverens database er lavet af en nyere version af Sagstjek (skema %1); denne version kender skema %2. Opdatér Sagstjek.",
    "The database has no Sagstjek schema to upgrade: set it up with \"server init\".": "Databasen har intet Sagstjek-skema at opdatere: opret det med \"server init\".",
    "The team server's schema is missing from this build.": "Teamserverens skema mangler i denne version.",
    "The team server's database has schema %1, older than any this version can upgrade.": "Teamserverens database har skema %1, ældre end noget, denne version kan opdatere.",
    "Setting up the team server's schema failed: %1": "Oprettelsen af teamserverens skema mislykkedes: %1",
    "The team server cannot be reached: nothing was saved (%1). Check the network connection, then try again.": "Teamserveren kan ikke nås: intet blev gemt (%1). Kontrollér netværksforbindelsen, og prøv igen.",
    "The team server refused this to your login: nothing was saved (%1).": "Teamserveren afviste dette for dit login: intet blev gemt (%1).",
    "A colleague's change got in the way: nothing was saved. Try again.": "En kollegas ændring kom i vejen: intet blev gemt. Prøv igen.",
    "The database gave the new row no id.": "Databasen gav ikke den nye række et id.",
    "The location's host setting must be the folder of the server's socket (an absolute path).": "Placeringens host-indstilling skal være mappen med serverens socket (en absolut sti).",
    "\"%1\" is not a setting Sagstjek takes in a team server's location (only sslmode, and host for a socket folder).": "\"%1\" er ikke en indstilling, Sagstjek tager imod i en teamservers placering (kun sslmode og host for en socket-mappe).",
    # Closing while the daily backup is made (issue 13)
    "Finishing today's backup of the database. A large file takes a minute or two; closing without it makes it at the next start.": "Dagens sikkerhedskopi af databasen gøres færdig. En stor fil tager et minut eller to; lukker du uden den, laves den ved næste start.",
    "Close &without it": "Luk &uden den",
    "Today's backup": "Dagens sikkerhedskopi",
    # Database locations: a file or a team server (issue 11)
    "No database was given: name a file, or a team server as %1.": "Der er ikke angivet en database: angiv en fil eller en teamserver som %1.",
    "Sagstjek opens a SQLite file or a team server given as %1; \"%2://\" is neither.": "Sagstjek åbner en SQLite-fil eller en teamserver angivet som %1; \"%2://\" er ingen af delene.",
    "The team server's location holds a password: a password on the command line is seen in other users' process lists and kept in shell history. Leave it out; Sagstjek takes it from ~/.pgpass or PGPASSWORD, or asks for it.": "Teamserverens placering indeholder en adgangskode: en adgangskode på kommandolinjen kan ses i andre brugeres proceslister og gemmes i skallens historik. Udelad den; Sagstjek henter den fra ~/.pgpass eller PGPASSWORD eller spørger efter den.",
    "The team server's location is not a valid URL: write it as %1.": "Teamserverens placering er ikke en gyldig URL: skriv den som %1.",
    "The team server's location must name a user, a server and a database: write it as %1.": "Teamserverens placering skal angive en bruger, en server og en database: skriv den som %1.",
    "The team server's port must be a number from 1 to 65535.": "Teamserverens port skal være et tal fra 1 til 65535.",
    "A team server's location has no \"#\" part.": "En teamservers placering har ingen \"#\"-del.",
    "\"%1\" is not a setting Sagstjek takes in a team server's location (only sslmode).": "\"%1\" er ikke en indstilling, Sagstjek tager imod i en teamservers placering (kun sslmode).",
    "The location's sslmode must be one of %1.": "Placeringens sslmode skal være en af %1.",
    "%1 is a team server (PostgreSQL): this version of Sagstjek opens SQLite files only; the team server is being built (issue 11).": "%1 er en teamserver (PostgreSQL): denne version af Sagstjek åbner kun SQLite-filer; teamserveren er under udvikling (issue 11).",
    # The access-log dialog (issue 13)
    "&Access log…": "&Adgangslog…",
    "Access log": "Adgangslog",
    "&From": "&Fra",
    "&To": "&Til",
    "All cases": "Alle sager",
    "&Show": "&Vis",
    "No entries.": "Ingen poster.",
    "Entries: %1.": "Poster: %1.",
    "Entries shown: %1, the newest first; more as you scroll.": "Viste poster: %1, de nyeste først; flere når du ruller.",
    "Time": "Tidspunkt",
    "User": "Bruger",
    "Criterion or purpose": "Kriterium eller formål",
    "Opened the case": "Åbnede sagen",
    "Searched": "Søgte",
    "Printed": "Udskrev",
    "Exported": "Eksporterede",
    "Revealed the CPR number": "Viste CPR-nummeret",
    "Read the history": "Læste historikken",
    "Deleted the case": "Slettede sagen",
    "Read the access log": "Læste adgangsloggen",
    "Refused": "Afvist",
    "Purged the access log": "Ryddede adgangsloggen",
    # The action plan (handleplan, issue 10)
    "Action plan": "Handleplan",
    "&Action plan": "&Handleplan",
    "Plan, theme or action": "Plan, tema eller handling",
    "Deadline": "Frist",
    "Planned": "Planlagt",
    "In progress": "I gang",
    "Done": "Udført",
    "Abandoned": "Opgivet",
    "%1 — late": "%1 — forsinket",
    "The deadline has passed and the action is not done.": "Fristen er overskredet, og handlingen er ikke udført.",
    "Evaluate now": "Evalueres nu",
    "Evaluation": "Evaluering",
    "The plan is to be evaluated on this day.": "Planen skal evalueres på denne dag.",
    "Actions: %1 (%2 planned, %3 in progress, %4 done, %5 abandoned). Late: %6.": "Handlinger: %1 (%2 planlagt, %3 i gang, %4 udført, %5 opgivet). Forsinket: %6.",
    "Plans: %1, actions: %2. Late: %3.": "Planer: %1, handlinger: %2. Forsinket: %3.",
    "No action plan yet. Create one with the form on the right.": "Der er endnu ingen handleplan. Opret en med formularen til højre.",
    "&Deadline:": "&Frist:",
    "&Finding:": "F&und:",
    "&Theme:": "&Tema:",
    "&What:": "&Hvad:",
    "E&valuation:": "E&valuering:",
    "Ne&w status:": "N&y status:",
    "N&ote:": "N&ote:",
    "&Add action": "Tilføj hand&ling",
    "Add t&heme": "Tilføj te&ma",
    "Create &plan": "Opret &plan",
    "Set &status": "Sæt &status",
    "New plan": "Ny plan",
    "New theme in the selected plan": "Nyt tema i den valgte plan",
    "New action in the selected theme": "Ny handling i det valgte tema",
    "Status of the selected action": "Status for den valgte handling",
    "Check item": "Tjeklistepunkt",
    "Management action rule": "Ledelsesregel",
    "No link": "Intet fund",
    "Item key, rule number or round name": "Punktnøgle, regelnummer eller rundens navn",
    "What is to be done": "Hvad der skal gøres",
    "Who sees to it": "Hvem der sørger for det",
    "e.g. Handleplan for integrationsområdet 2020": "fx Handleplan for integrationsområdet 2020",
    "e.g. Ledelse og organisering": "fx Ledelse og organisering",
    "Note: what happened (written with your name and the date)": "Note: hvad der skete (skrives med dit navn og datoen)",
    "Note history": "Notehistorik",
    "When": "Hvornår",
    "Who": "Hvem",
    "Select an action in the tree to change its status and read its notes.": "Vælg en handling i træet for at ændre dens status og læse dens noter.",
    "Select the action whose status you change.": "Vælg den handling, hvis status du vil ændre.",
    "Select the plan the theme belongs to.": "Vælg den plan, temaet hører til.",
    "Select the theme the action belongs to.": "Vælg det tema, handlingen hører til.",
    ", deadline %1": ", frist %1",
    "Finding: %1": "Fund: %1",
    "The action is gone.": "Handlingen findes ikke længere.",
    "The action was added as planned.": "Handlingen er tilføjet som planlagt.",
    "The plan was created. Add its themes.": "Planen er oprettet. Tilføj dens temaer.",
    "The theme was added.": "Temaet er tilføjet.",
    "The status is now %1.": "Status er nu %1.",
    "You can read the action plan. Coordinators and leaders edit it.": "Du kan læse handleplanen. Faglige koordinatorer og ledere redigerer den.",
    "Name the finding the action is linked to: a check item's key, a management action rule's number or a round's name.": "Angiv det fund, handlingen knytter sig til: et tjeklistepunkts nøgle, en ledelsesregels nummer eller en rundes navn.",
    "There is no check item %1 on any cue card.": "Der er intet tjeklistepunkt %1 på nogen tjekliste.",
    "There is no management action rule %1.": "Der er ingen ledelsesregel %1.",
    "There is no round named %1.": "Der er ingen runde med navnet %1.",
    "Say what the action is.": "Skriv, hvad handlingen er.",
    "An action needs an owner: who sees to it.": "En handling skal have en ansvarlig: hvem der sørger for den.",
    "The text is too long for an action.": "Teksten er for lang til en handling.",
    "The deadline %1 is not a date an action plan can have (years %2 to %3).": "Fristen %1 er ikke en dato, en handleplan kan have (årene %2 til %3).",
    "The evaluation date %1 is not a date an action plan can have (years %2 to %3).": "Evalueringsdatoen %1 er ikke en dato, en handleplan kan have (årene %2 til %3).",
    "A plan needs a name of at most %1 characters.": "En plan skal have et navn på højst %1 tegn.",
    "There is already a plan named %1.": "Der er allerede en plan med navnet %1.",
    "A theme needs a title of at most %1 characters.": "Et tema skal have en titel på højst %1 tegn.",
    "There is no action plan %1.": "Der er ingen handleplan %1.",
    "The plan already has a theme %1.": "Planen har allerede et tema %1.",
    "There is no theme %1.": "Der er intet tema %1.",
    "There is no action %1 in the action plan.": "Der er ingen handling %1 i handleplanen.",
    "The note is too long.": "Noten er for lang.",
    "The action is already %1; write a note to add one.": "Handlingen er allerede %1; skriv en note for at tilføje en.",
    "edit the action plan": "redigere handleplanen",
    # The other permissions of schema step 5 (on main without Danish; needed for a complete translation)
    "enter grant lines and rates": "indtaste tilskudslinjer og takster",
    "register complaint decisions": "registrere klageafgørelser",
    # Services and storage (issue 9)
    "The access log must be kept for at least %1 months (asked: %2).": "Adgangsloggen skal gemmes i mindst %1 måneder (ønsket: %2).",
    "There is no case with id %1.": "Der er ingen sag med id %1.",
    "A caseworker can export only their own cases.": "En sagsbehandler kan kun eksportere sine egne sager.",
    "The backup cannot replace the database itself.": "Sikkerhedskopien kan ikke erstatte selve databasen.",
    "The number of automatic backups to keep must be from %1 to %2 (asked: %3).": "Antallet af automatiske sikkerhedskopier, der gemmes, skal være fra %1 til %2 (ønsket: %3).",
    "The access log must be kept for %1 to %2 months (asked: %3).": "Adgangsloggen skal gemmes i %1 til %2 måneder (ønsket: %3).",
    "A unit of work is already open on %1.": "Der er allerede en åben arbejdsenhed på %1.",
    "The unit of work was already ended.": "Arbejdsenheden var allerede afsluttet.",
    # Main window, files, menus
    "Could not open the database": "Databasen kunne ikke åbnes",
    "%1\n\n%2": "%1\n\n%2",
    "&New…": "&Ny…",
    "&Open…": "Å&bn…",
    "&Quit": "&Afslut",
    "New database": "Ny database",
    "Open database": "Åbn database",
    "Review": "Gennemgang",
    "Defects": "Fejl og mangler",
    "User: %1": "Bruger: %1",
    "&File": "&Filer",
    "Open &recent": "Åbn &seneste",
    "&Edit": "&Rediger",
    "&Find case": "&Find sag",
    "&Settings…": "&Indstillinger…",
    "&Review": "&Gennemgang",
    "&Complete review": "&Afslut gennemgang",
    "&Next unanswered item": "&Næste ubesvarede punkt",
    "Show &guidance": "Vis &vejledning",
    "&View": "&Vis",
    "&Cases and cue card": "&Sager og tjekliste",
    "&Defects": "&Fejl og mangler",
    "&Help": "&Hjælp",
    "&Keyboard shortcuts": "&Tastaturgenveje",
    "&About Sagstjek": "&Om Sagstjek",
    "About Sagstjek": "Om Sagstjek",
    "<b>Sagstjek %1</b><p>Review case handling with cue cards, record defects and follow them up.</p>":
        "<b>Sagstjek %1</b><p>Gennemgå sagsbehandlingen med tjeklister, registrér fejl og mangler, og følg op på dem.</p>",
    "Undo": "Fortryd",
    "Redo": "Annullér fortryd",
    "Sagstjek databases (%1)": "Sagstjek-databaser (%1)",
    "%1 already exists. Choose a new file name, or open it with File ▸ Open.":
        "%1 findes allerede. Vælg et nyt filnavn, eller åbn filen med Filer ▸ Åbn.",
    "Sagstjek databases (%1);;All files (*)": "Sagstjek-databaser (%1);;Alle filer (*)",
    "No recent files": "Ingen seneste filer",
    "Keyboard shortcuts": "Tastaturgenveje",
    "<table cellpadding='3'><tr><td><b>1</b> or <b>J</b> (<b>Y</b>)</td><td>Met</td></tr><tr><td><b>2</b> or <b>N</b></td><td>Not met (opens the defect)</td></tr><tr><td><b>3</b> or <b>I</b> (<b>A</b>)</td><td>Not applicable</td></tr><tr><td><b>Space</b></td><td>Confirm the computed verdict</td></tr><tr><td><b>Delete</b></td><td>Clear the answer</td></tr><tr><td><b>Up</b>/<b>Down</b>, <b>Tab</b>/<b>Shift+Tab</b></td><td>Previous or next item</td></tr><tr><td><b>Enter</b> / <b>Esc</b></td><td>Write a note / back to the item</td></tr><tr><td><b>G</b></td><td>Show or hide the guidance</td></tr><tr><td><b>F8</b></td><td>First unanswered item</td></tr><tr><td><b>Ctrl+Enter</b></td><td>Complete the review</td></tr><tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>Undo / redo</td></tr><tr><td><b>Ctrl+F</b></td><td>Search cases</td></tr><tr><td><b>Ctrl+1</b> … <b>Ctrl+8</b></td><td>Cases and cue card / defects / rounds / remediation / overview / grants / complaints / action plan</td></tr></table>":
        "<table cellpadding='3'><tr><td><b>1</b> eller <b>J</b> (<b>Y</b>)</td><td>Opfyldt</td></tr><tr><td><b>2</b> eller <b>N</b></td><td>Ikke opfyldt (åbner fejlen)</td></tr><tr><td><b>3</b> eller <b>I</b> (<b>A</b>)</td><td>Ikke relevant</td></tr><tr><td><b>Mellemrum</b></td><td>Bekræft det beregnede resultat</td></tr><tr><td><b>Delete</b></td><td>Ryd svaret</td></tr><tr><td><b>Op</b>/<b>Ned</b>, <b>Tab</b>/<b>Skift+Tab</b></td><td>Forrige eller næste punkt</td></tr><tr><td><b>Enter</b> / <b>Esc</b></td><td>Skriv en note / tilbage til punktet</td></tr><tr><td><b>G</b></td><td>Vis eller skjul vejledningen</td></tr><tr><td><b>F8</b></td><td>Første ubesvarede punkt</td></tr><tr><td><b>Ctrl+Enter</b></td><td>Afslut gennemgangen</td></tr><tr><td><b>Ctrl+Z</b> / <b>Ctrl+Skift+Z</b></td><td>Fortryd / annullér fortryd</td></tr><tr><td><b>Ctrl+F</b></td><td>Søg i sager</td></tr><tr><td><b>Ctrl+1</b> … <b>Ctrl+8</b></td><td>Sager og tjekliste / fejl og mangler / gennemgangsrunder / genopretning / overblik / tilskud / klager / handleplan</td></tr></table>",
    "%1 – Sagstjek": "%1 – Sagstjek",
    "Close": "Luk",
    "Answer an item": "Besvar et punkt",
    "Edit a note": "Ret en note",
    "Edit a defect": "Ret en fejl",
    "Give a reason for differing": "Begrund afvigelsen",
    # Settings
    "Show &guidance (\"what to look for\") under each item": "Vis &vejledning (\"hvad skal der kigges efter\") under hvert punkt",
    "Settings": "Indstillinger",
    "As the system (Danish when the system is Danish)": "Som systemet (dansk, når systemet er dansk)",
    "A new language takes effect when Sagstjek is started again.": "Et nyt sprog træder i kraft, når Sagstjek startes igen.",
    "&Language:": "&Sprog:",
    # Case list
    "In progress": "I gang",
    "Completed": "Afsluttet",
    "Not started": "Ikke startet",
    "Case number": "Sagsnummer",
    "CPR": "CPR",
    "Citizen": "Borger",
    "Area": "Område",
    "Caseworker": "Sagsbehandler",
    "Team": "Team",
    "Review status": "Gennemgangsstatus",
    "Search case number, name or CPR (Ctrl+F)": "Søg sagsnummer, navn eller CPR (Ctrl+F)",
    "All areas": "Alle områder",
    "Any review status": "Alle statusser",
    "All caseworkers": "Alle sagsbehandlere",
    "All teams": "Alle teams",
    "%n case(s)": ("%n sag", "%n sager"),
    "Counting cases…": "Tæller sager…",
    "The cases could not be counted: %1": "Sagerne kunne ikke tælles: %1",
    # Cue card
    "Choose a case in the list and press Enter to open its cue card.":
        "Vælg en sag på listen, og tryk Enter for at åbne dens tjekliste.",
    "Complete review": "Afslut gennemgang",
    "Mark the review complete (Ctrl+Enter)": "Markér gennemgangen som afsluttet (Ctrl+Enter)",
    "The case could not be opened: %1": "Sagen kunne ikke åbnes: %1",
    "CPR %1": "CPR %1",
    "unknown": "ukendt",
    "Caseworker: %1": "Sagsbehandler: %1",
    "Team: %1": "Team: %1",
    "Cue card: %1, version %2": "Tjekliste: %1, version %2",
    "Every item is answered. Press Ctrl+Enter to complete the review.":
        "Alle punkter er besvaret. Tryk Ctrl+Enter for at afslutte gennemgangen.",
    "%1 / %2 answered": "%1 / %2 besvaret",
    "Not saved: %1": "Ikke gemt: %1",
    "The review is complete.": "Gennemgangen er afsluttet.",
    "The review cannot be completed yet (%n problem(s)):":
        ("Gennemgangen kan ikke afsluttes endnu (%n problem):", "Gennemgangen kan ikke afsluttes endnu (%n problemer):"),
    "%1 (key %2)": "%1 (tast %2)",
    "Met": "Opfyldt",
    "Not met": "Ikke opfyldt",
    "Not applicable": "Ikke relevant",
    "What to look for": "Hvad skal der kigges efter",
    "Show or hide the guidance (key G)": "Vis eller skjul vejledningen (tast G)",
    "Computed: %1": "Beregnet: %1",
    "Computed: %1 (Space confirms)": "Beregnet: %1 (mellemrum bekræfter)",
    "Note": "Note",
    "Note (Enter)": "Note (Enter)",
    "Reason for differing from the computed verdict": "Begrundelse for at afvige fra den beregnede vurdering",
    "Your answer differs from the computed verdict: why? (required)":
        "Dit svar afviger fra den beregnede vurdering: hvorfor? (skal udfyldes)",
    # Defect editor and defects view
    "Defect description": "Beskrivelse af fejlen",
    "What is wrong and what must be done": "Hvad er forkert, og hvad skal der gøres",
    "Severity": "Alvor",
    "Owner": "Ansvarlig",
    "Who fixes it": "Hvem retter den",
    "Due date": "Frist",
    "Defect": "Fejl",
    "&Severity:": "&Alvor:",
    "&Owner:": "A&nsvarlig:",
    "D&ue:": "&Frist:",
    "Critical": "Kritisk",
    "Major": "Væsentlig",
    "Minor": "Mindre",
    "Open": "Åben",
    "Remediated": "Rettet",
    "Verified": "Kontrolleret",
    "Reopened": "Genåbnet",
    "Item": "Punkt",
    "Due": "Frist",
    "Status": "Status",
    "&Overdue only": "Kun &overskredne",
    "Defect status": "Fejlstatus",
    "Any status": "Alle statusser",
    "All owners": "Alle ansvarlige",
    "Any severity": "Al alvor",
    "%n defect(s)": ("%n fejl", "%n fejl"),
    "%n defect(s) shown; more as you scroll": ("%n fejl vist; flere når du ruller", "%n fejl vist; flere når du ruller"),
    "Making the daily backup…": "Tager den daglige sikkerhedskopi…",
    "The daily backup failed: %1": "Den daglige sikkerhedskopi mislykkedes: %1",
    "Checking the database file…": "Kontrollerer databasefilen…",
    "The database file is damaged.": "Databasefilen er beskadiget.",
    "The database file could not be checked: %1": "Databasefilen kunne ikke kontrolleres: %1",
    "The database file was checked: no damage found.": "Databasefilen er kontrolleret: ingen skader fundet.",
    "Daily backup made: %1": "Daglig sikkerhedskopi taget: %1",
    # Areas
    "Integration programme": "Integrationsprogram",
    "Self-supporting": "Selvforsørgende",
    "IGU": "IGU",
    "Sickness benefit": "Sygedagpenge",
    "Cash benefit": "Kontanthjælp",
    "Job clarification": "Jobafklaring",
    "Resource course": "Ressourceforløb",
    "Adult disability": "Voksenhandicap",
}
# fmt: on

# Strings from model/ (services, storage, import, templates, trust layer)
DA.update({
    "Cannot start a transaction: %1": "Kan ikke starte en transaktion: %1",
    "Cannot save: %1": "Kan ikke gemme: %1",
    "%1 is not a user of this database. Ask an administrator to add you (sagstjek-cli users add %1 --role ROLE), or give --user with your user name.":
        "%1 er ikke bruger af denne database. Bed en administrator om at tilføje dig (sagstjek-cli users add %1 --role ROLLE), eller angiv --user med dit brugernavn.",
    "The user %1 has been deactivated. Ask an administrator to reactivate you.":
        "Brugeren %1 er deaktiveret. Bed en administrator om at aktivere dig igen.",
    "manage users": "administrere brugere",
    "edit cue-card templates": "redigere tjeklisteskabeloner",
    "import cases": "importere sager",
    "start review rounds and assign cases": "starte gennemgangsrunder og fordele sager",
    "approve reviews": "godkende gennemgange",
    "verify remediations": "kontrollere rettelser",
    "manage management action rules": "styre reglerne for ledelseshandlinger",
    "see figures per caseworker": "se tal for hver sagsbehandler",
    "Outside rounds": "Uden for runder",
    "read the access log": "læse adgangsloggen",
    "purge the access log": "rydde adgangsloggen",
    "verify the audit trail": "kontrollere revisionssporet",
    "make backups": "tage sikkerhedskopier",
    "restore backups": "gendanne sikkerhedskopier",
    "delete cases": "slette sager",
    "%1 is a %2 and may not %3.": "%1 er %2 og må ikke %3.",
    "The access rules were set up for %1, not for %2.": "Adgangsreglerne blev sat op for %1, ikke for %2.",
    "%1 is an administrator: administrators manage users and templates and do not open cases (case %2).":
        "%1 er administrator: administratorer styrer brugere og skabeloner og åbner ikke sager (sag %2).",
    "open": "åbne",
    "change": "ændre",
    "complete": "afslutte",
    "%1 is a caseworker and may only %2 their own cases and cases assigned to them; case %3 belongs to %4.":
        "%1 er sagsbehandler og må kun %2 egne sager og sager, der er tildelt dem; sag %3 hører til %4.",
    "no caseworker": "ingen sagsbehandler",
    "Management action rules are set by a leader or a faglig koordinator.":
        "Regler for ledelseshandlinger fastsættes af en leder eller en faglig koordinator.",
    "A rule needs a name, an item pattern and the action it calls for.":
        "En regel skal have et navn, et punktmønster og den handling, den kræver.",
    "A rule counts per caseworker (caseworker-count) or looks at a share (item-share).":
        "En regel tæller pr. sagsbehandler (caseworker-count) eller ser på en andel (item-share).",
    "The threshold must be a count, or a percentage from 0 to 100.":
        "Tærsklen skal være et antal eller en procentsats fra 0 til 100.",
    "Say what needs another look: sending a review back needs a comment.":
        "Skriv, hvad der skal ses på igen: en gennemgang sendes kun tilbage med en kommentar.",
    "Only a faglig koordinator or a leader may approve or send back reviews; %1 is neither.":
        "Kun en faglig koordinator eller en leder må godkende eller sende gennemgange tilbage; %1 er ingen af delene.",
    "The case has no review in this round yet.": "Sagen har endnu ingen gennemgang i denne runde.",
    "The review is already approved.": "Gennemgangen er allerede godkendt.",
    "Only a completed review can be approved or sent back; this one is %1.":
        "Kun en afsluttet gennemgang kan godkendes eller sendes tilbage; denne er %1.",
    "%1 worked on this review and cannot approve or send back their own review; another coordinator or leader must do it (four eyes).":
        "%1 har arbejdet på denne gennemgang og kan ikke selv godkende den eller sende den tilbage; en anden koordinator eller leder skal gøre det (fire øjne).",
    "Reopening an approved review needs a reason.": "En godkendt gennemgang genåbnes kun med en begrundelse.",
    "Only an approved review is reopened; this one is %1 and can be changed as it is.":
        "Kun en godkendt gennemgang genåbnes; denne er %1 og kan ændres, som den er.",
    "Only the reviewer, a faglig koordinator or a leader may reopen an approved review.":
        "Kun den, der har gennemgået sagen, en faglig koordinator eller en leder må genåbne en godkendt gennemgang.",
    # Case import
    "The column appears twice.": "Kolonnen forekommer to gange.",
    "Unknown column. Use case_number, cpr, name, area, subgroup, caseworker, team or a named date such as takeover.":
        "Ukendt kolonne. Brug case_number, cpr, name, area, subgroup, caseworker, team eller en navngiven dato som takeover.",
    "The required column is missing.": "Den påkrævede kolonne mangler.",
    "The row has %1 fields; the header has %2.": "Rækken har %1 felter; overskriften har %2.",
    "The case number is missing.": "Sagsnummeret mangler.",
    "The case number is also on row %1.": "Sagsnummeret står også i række %1.",
    "The name is missing.": "Navnet mangler.",
    "Unknown area. Use one of: %1.": "Ukendt område. Brug et af: %1.",
    "The value is longer than %1 characters.": "Værdien er længere end %1 tegn.",
    "The value contains control characters.": "Værdien indeholder kontroltegn.",
    "Not a valid CPR number: %1.": "Ikke et gyldigt CPR-nummer: %1.",
    "The CPR number fails the modulus-11 check. Numbers issued since 2007 may do so; it was accepted.":
        "CPR-nummeret består ikke modulus 11-kontrollen. Det kan numre udstedt siden 2007 gøre; det blev godtaget.",
    "Not a valid date; write it as YYYY-MM-DD.": "Ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD.",
    # Templates
    "The template is not valid JSON at byte %1: %2": "Skabelonen er ikke gyldig JSON ved byte %1: %2",
    "The template must be a JSON object.": "Skabelonen skal være et JSON-objekt.",
    "Unknown template format %1; this version reads format 1.": "Ukendt skabelonformat %1; denne version læser format 1.",
    "The template key \"%1\" is missing or invalid.": "Skabelonnøglen \"%1\" mangler eller er ugyldig.",
    "Template %1: the version must be a whole number from 1.": "Skabelon %1: versionen skal være et helt tal fra 1.",
    "Template %1: unknown area \"%2\".": "Skabelon %1: ukendt område \"%2\".",
    "Template %1 has no title.": "Skabelon %1 har ingen titel.",
    "Template %1, section %2: an item key is missing or invalid.": "Skabelon %1, afsnit %2: en punktnøgle mangler eller er ugyldig.",
    "Template %1: the item key %2 is used twice.": "Skabelon %1: punktnøglen %2 er brugt to gange.",
    "Template %1: item %2 has no question.": "Skabelon %1: punkt %2 har intet spørgsmål.",
    "Template %1: item %2 has an unknown severity \"%3\".": "Skabelon %1: punkt %2 har en ukendt alvor \"%3\".",
    "Template %1 has no items.": "Skabelon %1 har ingen punkter.",
    "Template %1 version %2 already exists with different content; save it as a new version.":
        "Skabelon %1 version %2 findes allerede med andet indhold; gem den som en ny version.",
    "The cue-card template %1 does not exist.": "Tjeklisteskabelonen %1 findes ikke.",
    "A stored cue-card template is damaged: %1": "En gemt tjeklisteskabelon er beskadiget: %1",
    "There is no cue card for the area %1.": "Der er ingen tjekliste for området %1.",
    "There is no cue-card template %1.": "Der er ingen tjeklisteskabelon %1.",
    "The file is too large for a cue-card template.": "Filen er for stor til en tjeklisteskabelon.",
    "The template %1 has problems:\n%2": "Skabelonen %1 har problemer:\n%2",
    # Lookups
    "There is no triggered action %1.": "Der er ingen udløst handling %1.",
    "There is no case %1.": "Der er ingen sag %1.",
    "The case no longer exists.": "Sagen findes ikke længere.",
    "There is no defect %1.": "Der er ingen fejl %1.",
    "The review no longer exists.": "Gennemgangen findes ikke længere.",
    # Database
    "The database %1 does not exist.": "Databasen %1 findes ikke.",
    "Cannot create the folder for %1.": "Kan ikke oprette mappen til %1.",
    "%1 is not a Sagstjek database (it is not an SQLite file). The file was not changed.":
        "%1 er ikke en Sagstjek-database (det er ikke en SQLite-fil). Filen blev ikke ændret.",
    "Cannot read %1: check that the file exists and that you may read it.":
        "Kan ikke læse %1: kontrollér, at filen findes, og at du må læse den.",
    "%1 is read-only: Sagstjek must be able to write the file and, for its journal, the folder it is in. Copy it to a folder you may write to, or ask for write access. The file was not changed.":
        "%1 er skrivebeskyttet: Sagstjek skal kunne skrive i filen og, til sin journal, i mappen, den ligger i. Kopiér den til en mappe, du må skrive i, eller bed om skriveadgang. Filen blev ikke ændret.",
    "%1 is already open in another Sagstjek window or program (process %2 on %3). Close it there first: two programs writing the same database can damage it.":
        "%1 er allerede åben i et andet Sagstjek-vindue eller program (proces %2 på %3). Luk den der først: to programmer, der skriver i samme database, kan beskadige den.",
    "Cannot create the lock file beside %1: is the folder read-only?": "Kan ikke oprette låsefilen ved siden af %1: er mappen skrivebeskyttet?",
    "Cannot open %1: %2": "Kan ikke åbne %1: %2",
    "%1 is damaged or not a database (%2). The file was not changed. Restore it from a backup.":
        "%1 er beskadiget eller ikke en database (%2). Filen blev ikke ændret. Gendan den fra en sikkerhedskopi.",
    "%1 is damaged (%2). The file was not changed. Restore it from a backup.":
        "%1 er beskadiget (%2). Filen blev ikke ændret. Gendan den fra en sikkerhedskopi.",
    "%1 is an SQLite database, but not a Sagstjek database. The file was not changed.":
        "%1 er en SQLite-database, men ikke en Sagstjek-database. Filen blev ikke ændret.",
    "%1 was made by a newer version of Sagstjek (schema %2; this version reads up to %3). Update Sagstjek to open it. The file was not changed.":
        "%1 er lavet af en nyere version af Sagstjek (skema %2; denne version læser op til %3). Opdatér Sagstjek for at åbne den. Filen blev ikke ændret.",
    "%1 must be backed up before it is upgraded to schema %2, but the backup failed: %3 The file was not changed.":
        "%1 skal sikkerhedskopieres, før den opgraderes til skema %2, men sikkerhedskopien mislykkedes: %3 Filen blev ikke ændret.",
    "Cannot configure %1 (%2): %3": "Kan ikke indstille %1 (%2): %3",
    "Cannot write to %1: %2": "Kan ikke skrive til %1: %2",
    "Warning: %1 is on a network share (%2). SQLite's write-ahead log does not work over a network file system, and two computers using the file at once can damage it. Copy the database to a local disk and work there, or use the team server.":
        "Advarsel: %1 ligger på et netværksdrev (%2). SQLites write-ahead-log virker ikke over et netværksfilsystem, og to computere, der bruger filen samtidig, kan beskadige den. Kopiér databasen til en lokal disk og arbejd der, eller brug teamserveren.",
    "The disk is full: nothing was saved. Free some space on the disk that holds the database, then try again.":
        "Disken er fuld: intet blev gemt. Frigør plads på disken med databasen, og prøv igen.",
    "The database is read-only: nothing was saved. Check that you may write to the file and its folder.":
        "Databasen er skrivebeskyttet: intet blev gemt. Kontrollér, at du må skrive i filen og dens mappe.",
    "The database is locked by another program: nothing was saved. Close the other program and try again.":
        "Databasen er låst af et andet program: intet blev gemt. Luk det andet program, og prøv igen.",
    "The disk reported an error: nothing was saved (%1). Check the disk or the network connection, then try again.":
        "Disken meldte en fejl: intet blev gemt (%1). Kontrollér disken eller netværksforbindelsen, og prøv igen.",
    "The database is damaged (%1). Restore it from a backup (sagstjek-cli restore FILE).":
        "Databasen er beskadiget (%1). Gendan den fra en sikkerhedskopi (sagstjek-cli restore FIL).",
    "Database error: %1": "Databasefejl: %1",
    "Cannot read the schema version: %1": "Kan ikke læse skemaversionen: %1",
    "The database was made by a newer version of Sagstjek (schema %1).": "Databasen er lavet af en nyere version af Sagstjek (skema %1).",
    "Migration to schema %1 failed: %2": "Opgradering til skema %1 mislykkedes: %2",
    # Defect workflow
    "Say what was done to remediate the defect.": "Skriv, hvad der er gjort for at rette fejlen.",
    "The remediation date %1 lies in the future.": "Rettelsesdatoen %1 ligger i fremtiden.",
    "Defect %1 is %2; only an open or reopened defect is remediated.": "Fejl %1 er %2; kun en åben eller genåbnet fejl kan rettes.",
    "Defect %1 belongs to %2; only its owner, or a consultant, coordinator or leader, works on its remediation.":
        "Fejl %1 hører til %2; kun den ansvarlige eller en konsulent, koordinator eller leder arbejder med rettelsen.",
    "Defect %1 is %2; only a remediated defect can be verified.": "Fejl %1 er %2; kun en rettet fejl kan kontrolleres.",
    "%1 remediated defect %2 and cannot verify their own remediation; someone else must confirm the fix worked (four eyes).":
        "%1 har rettet fejl %2 og kan ikke selv kontrollere rettelsen; en anden skal bekræfte, at den virkede (fire øjne).",
    "A caseworker does not verify remediations; ask a consultant, coordinator or leader.":
        "En sagsbehandler kontrollerer ikke rettelser; spørg en konsulent, koordinator eller leder.",
    "Say why the defect is reopened.": "Skriv, hvorfor fejlen genåbnes.",
    "Defect %1 is %2; only a remediated or verified defect is reopened.": "Fejl %1 er %2; kun en rettet eller kontrolleret fejl kan genåbnes.",
    "Name the new owner.": "Angiv den nye ansvarlige.",
    "Only a consultant, coordinator, leader or administrator reassigns defects.":
        "Kun en konsulent, koordinator, leder eller administrator kan give fejl en ny ansvarlig.",
    "Give a valid due date.": "Angiv en gyldig frist.",
    "Only a consultant, coordinator, leader or administrator changes due dates.":
        "Kun en konsulent, koordinator, leder eller administrator kan ændre frister.",
    # Review service
    "This review is %1 and can no longer be changed here.": "Denne gennemgang er %1 og kan ikke længere ændres her.",
    "The cue card %1 has no item %2.": "Tjeklisten %1 har intet punkt %2.",
    "Answer the item before giving a reason for overriding the computed verdict.":
        "Besvar punktet, før du begrunder en afvigelse fra den beregnede vurdering.",
    "A defect can only be recorded for an item answered \"not met\".": "En fejl kan kun registreres for et punkt besvaret \"ikke opfyldt\".",
    "Not answered: %1": "Ikke besvaret: %1",
    "Differs from the computed verdict without a reason: %1": "Afviger fra den beregnede vurdering uden begrundelse: %1",
    "\"Not met\" without a defect description: %1": "\"Ikke opfyldt\" uden beskrivelse af fejlen: %1",
    "The review cannot be completed yet:\n%1": "Gennemgangen kan ikke afsluttes endnu:\n%1",
    "The review has not been started.": "Gennemgangen er ikke startet.",
    "This review is approved and frozen; reopen it with a reason to change it.":
        "Denne gennemgang er godkendt og låst; genåbn den med en begrundelse for at ændre den.",
    # Rounds
    "The round no longer exists.": "Runden findes ikke længere.",
    "%1 may not start rounds or assign cases: that takes a consultant, coordinator, leader or administrator.":
        "%1 må ikke starte runder eller tildele sager: det kræver en konsulent, koordinator, leder eller administrator.",
    "%1: no eligible case, skipped": "%1: ingen egnede sager, sprunget over",
    "%1: only %2 eligible of the %3 asked for": "%1: kun %2 egnede af de %3 ønskede",
    "A round needs a name.": "En runde skal have et navn.",
    "The target must be a percentage from 0 to 100, not %1.": "Målet skal være en procentsats fra 0 til 100, ikke %1.",
    "The period ends before it starts.": "Perioden slutter, før den begynder.",
    "The case-date range ends before it starts.": "Datointervallet for sagerne slutter, før det begynder.",
    "Sizes and months cannot be negative.": "Antal og måneder kan ikke være negative.",
    "A stratified sample needs the number of cases per stratum (--per-stratum).":
        "En stratificeret stikprøve kræver antallet af sager pr. stratum (--per-stratum).",
    "Say what to stratify by (area, caseworker or team) with the number per stratum.":
        "Angiv, hvad der stratificeres efter (område, sagsbehandler eller team), sammen med antallet pr. stratum.",
    "A sample round needs a sample size, or a number per stratum.": "En stikprøverunde kræver en stikprøvestørrelse eller et antal pr. stratum.",
    "A walkthrough or self-check covers every case in scope; use a sample round to draw a sample.":
        "En fuld gennemgang eller et selvtjek omfatter alle sager i afgrænsningen; brug en stikprøverunde for at udtrække en stikprøve.",
    "There is already a round called \"%1\".": "Der findes allerede en runde med navnet \"%1\".",
    "No case is in the round's scope.": "Ingen sager er omfattet af runden.",
    "The cue card %1 version %2 is not for the area %3.": "Tjeklisten %1 version %2 er ikke til området %3.",
    "There is no round called \"%1\".": "Der er ingen runde med navnet \"%1\".",
    "Name the reviewer to assign cases to.": "Angiv den gennemgåer, sagerne skal tildeles.",
    "The round \"%1\" is closed; its assignments can no longer change.": "Runden \"%1\" er lukket; dens tildelinger kan ikke længere ændres.",
    "%1 is the caseworker on %2; a reviewer never reviews their own case outside a self-check round.":
        "%1 er sagsbehandler på %2; ingen gennemgår sin egen sag uden for en selvtjekrunde.",
    "%1 is not in the round \"%2\".": "%1 er ikke med i runden \"%2\".",
    "Nothing was assigned:\n%1": "Intet blev tildelt:\n%1",
    "Name at least one reviewer to share the cases among.": "Angiv mindst én gennemgåer at fordele sagerne mellem.",
    "Every reviewer named is the caseworker on %1; it needs another reviewer.":
        "Alle angivne gennemgåere er sagsbehandler på %1; sagen kræver en anden gennemgåer.",
    # Users
    "A user name cannot be empty.": "Et brugernavn kan ikke være tomt.",
    "A user name can be at most 64 characters long.": "Et brugernavn kan højst være 64 tegn langt.",
    "A user name cannot contain control characters or invalid text.": "Et brugernavn kan ikke indeholde kontroltegn eller ugyldig tekst.",
    "A display name can be at most 200 characters long, without control characters.":
        "Et visningsnavn kan højst være 200 tegn langt og uden kontroltegn.",
    "Unknown role \"%1\". Use one of: %2.": "Ukendt rolle \"%1\". Brug en af: %2.",
    "There is already a user called %1.": "Der findes allerede en bruger med navnet %1.",
    "The first user must be an administrator, so that someone can manage users: sagstjek-cli users add NAME --role administrator":
        "Den første bruger skal være administrator, så nogen kan styre brugerne: sagstjek-cli users add NAVN --role administrator",
    "There is no user called %1.": "Der er ingen bruger med navnet %1.",
    "%1 is the last active administrator; add another administrator first.": "%1 er den sidste aktive administrator; tilføj en anden administrator først.",
    # Audit chain
    "The audit chain head is missing: the database was altered outside Sagstjek.":
        "Revisionskædens hoved mangler: databasen er ændret uden for Sagstjek.",
    "Audit record %1 should be the first in the chain, but it points to a record before it: earlier records were deleted.":
        "Revisionspost %1 burde være den første i kæden, men peger på en tidligere post: tidligere poster er slettet.",
    "Audit record %1 does not follow record %2: record %2 was changed, or records between them were deleted.":
        "Revisionspost %1 følger ikke post %2: post %2 er ændret, eller poster imellem dem er slettet.",
    "Audit record %1 was changed after it was written: its content does not match its hash.":
        "Revisionspost %1 er ændret, efter den blev skrevet: indholdet passer ikke til dens hash.",
    "Audit record %1 is marked as redacted, but no case deletion accounts for it: its content was erased outside Sagstjek.":
        "Revisionspost %1 er markeret som anonymiseret, men ingen sagssletning forklarer det: indholdet er slettet uden for Sagstjek.",
    "The newest audit records were deleted: the chain head expects %1 records ending with record %2, but only %3 records (up to record %4) remain.":
        "De nyeste revisionsposter er slettet: kædens hoved forventer %1 poster, der slutter med post %2, men kun %3 poster (til og med post %4) er tilbage.",
    "The audit chain head does not match the last record (record %1): the audit log or its head was altered outside Sagstjek.":
        "Revisionskædens hoved passer ikke til den sidste post (post %1): revisionsloggen eller dens hoved er ændret uden for Sagstjek.",
    # Backups
    "it cannot be read as a database (%1)": "den kan ikke læses som en database (%1)",
    "it is damaged (quick_check: %1)": "den er beskadiget (quick_check: %1)",
    "it is not a Sagstjek database": "den er ikke en Sagstjek-database",
    "it is an empty Sagstjek database without a schema": "den er en tom Sagstjek-database uden skema",
    "it was made by a newer version of Sagstjek (schema %1)": "den er lavet af en nyere version af Sagstjek (skema %1)",
    "Cannot create the folder %1 for the backup.": "Kan ikke oprette mappen %1 til sikkerhedskopien.",
    "Cannot back up to %1: %2": "Kan ikke sikkerhedskopiere til %1: %2",
    "Cannot back up to %1: the disk is full. Nothing was written; free some space and try again.":
        "Kan ikke sikkerhedskopiere til %1: disken er fuld. Intet blev skrevet; frigør plads, og prøv igen.",
    "The backup copy %1 cannot be opened: %2": "Sikkerhedskopien %1 kan ikke åbnes: %2",
    "The backup copy failed its check (%1); the backup was not written.": "Sikkerhedskopien bestod ikke kontrollen (%1); den blev ikke skrevet.",
    "Cannot flush the backup %1 to the disk.": "Kan ikke skrive sikkerhedskopien %1 helt ud på disken.",
    "Cannot put the backup in place at %1.": "Kan ikke lægge sikkerhedskopien på plads i %1.",
    "%1 is not a Sagstjek database (it is not an SQLite file). Nothing was changed.":
        "%1 er ikke en Sagstjek-database (det er ikke en SQLite-fil). Intet blev ændret.",
    "%1 cannot be opened: %2. Nothing was changed.": "%1 kan ikke åbnes: %2. Intet blev ændret.",
    "%1 cannot be restored: %2. Nothing was changed.": "%1 kan ikke gendannes: %2. Intet blev ændret.",
    "A database cannot be restored onto itself.": "En database kan ikke gendannes oven i sig selv.",
    "%1 is open in Sagstjek or another program. Close it there, then restore.": "%1 er åben i Sagstjek eller et andet program. Luk den der, og gendan så.",
    "Cannot keep a copy of the current %1 before restoring; nothing was restored.":
        "Kan ikke gemme en kopi af den nuværende %1 før gendannelsen; intet blev gendannet.",
    "Cannot remove %1; nothing was restored.": "Kan ikke fjerne %1; intet blev gendannet.",
    "Cannot put the restored database in place at %1.": "Kan ikke lægge den gendannede database på plads i %1.",
    # Case deletion / CPR
    "Case %1 has no CPR number.": "Sag %1 har intet CPR-nummer.",
    "\"%1\" is not a CPR number: %2.": "\"%1\" er ikke et CPR-nummer: %2.",
    "Give the reason for deleting case %1 (--reason TEXT).": "Angiv begrundelsen for at slette sag %1 (--reason TEKST).",
})

DA.update({
    "… and %n more": ("… og %n mere", "… og %n mere"),
})

# Review rounds, remediation, import/export, user choice (rounds and import/export features)
DA.update({
    # Start-up: choosing the user
    "Who are you?": "Hvem er du?",
    "This database has a user list. Choose your name:": "Denne database har en brugerliste. Vælg dit navn:",
    # Main window: tabs, menus, warnings
    "Rounds": "Gennemgangsrunder",
    "Remediation": "Genopretning",
    "&Import cases…": "&Importér sager…",
    "Import &events…": "Importér &hændelser…",
    "Import review &sheet…": "Importér &gennemgangsark…",
    "E&xport…": "&Eksportér…",
    "&Rounds": "Gennemgangs&runder",
    "Re&mediation": "&Genopretning",
    "Database on a network share": "Database på et netværksdrev",
    # Rounds: new round dialog
    "New review round": "Ny gennemgangsrunde",
    "Walkthrough (every case in scope)": "Fuld gennemgang (alle sager i afgrænsningen)",
    "Sample": "Stikprøve",
    "Supervision (one case per caseworker per month)": "Ledelsestilsyn (én sag pr. sagsbehandler pr. måned)",
    "Self-check": "Selvtjek",
    "All areas (or keys separated by commas)": "Alle områder (eller nøgler adskilt med komma)",
    "All caseworkers (or names separated by commas)": "Alle sagsbehandlere (eller navne adskilt med komma)",
    "Not stratified": "Ikke stratificeret",
    "Per area": "Pr. område",
    "Per caseworker": "Pr. sagsbehandler",
    "Per team": "Pr. team",
    "Drawn at random and shown": "Trækkes tilfældigt og vises",
    "Keep them": "Medtag dem",
    " % error-free": " % fejlfri",
    "Include every case with a defect remediated since the last round":
        "Medtag alle sager med en fejl, der er rettet siden sidste runde",
    "&Name:": "&Navn:",
    "&Kind:": "&Type:",
    "&Areas:": "&Områder:",
    "&Caseworkers:": "&Sagsbehandlere:",
    "Sample si&ze:": "Stik&prøvestørrelse:",
    "S&tratify:": "Stratificér &efter:",
    "Cases &per stratum:": "Sager pr. st&ratum:",
    "S&eed:": "Start&værdi:",
    "E&xclude cases reviewed in the last (months):": "&Udelad sager gennemgået inden for de seneste (måneder):",
    "&Target:": "&Mål:",
    "Start round": "Start runde",
    # Rounds: round and case lists
    "Walkthrough": "Fuld gennemgang",
    "Supervision": "Ledelsestilsyn",
    "Closed": "Lukket",
    "Active": "Aktiv",
    "%1 of %2": "%1 af %2",
    "Round": "Runde",
    "Kind": "Type",
    "Reviewed": "Gennemgået",
    "Remaining": "Tilbage",
    "Seed": "Startværdi",
    "Awaiting approval": "Afventer godkendelse",
    "Approved": "Godkendt",
    "Sent back": "Sendt tilbage",
    "Unassigned": "Ikke tildelt",
    "#": "#",
    "Case": "Sag",
    "Reviewer": "Gennemgåer",
    # Rounds view
    "&Remaining only": "Kun &resterende",
    "Reviewers, separated by commas": "Gennemgåere, adskilt med komma",
    "Comment (needed to send back) or reason (needed to reopen)":
        "Kommentar (kræves for at sende tilbage) eller begrundelse (kræves for at genåbne)",
    "All reviewers": "Alle gennemgåere",
    "&New round…": "&Ny runde…",
    "Assign &evenly": "Fordel &ligeligt",
    "&Approve": "&Godkend",
    "Send &back": "Send &tilbage",
    "Re&open": "Genå&bn",
    "Management actions:": "Ledelseshandlinger:",
    "E&valuate action rules": "E&valuér handlingsreglerne",
    "%1: %2 cases in the population, %3 in scope, %4 reviewed, %5 approved, %6 remaining. Seed %7.":
        "%1: %2 sager i populationen, %3 omfattet, %4 gennemgået, %5 godkendt, %6 tilbage. Startværdi %7.",
    "Error-free: %1 % (target %2 %).": "Fejlfri: %1 % (mål %2 %).",
    "%1: %2 of %3 reviewed, %4 remaining.": "%1: %2 af %3 gennemgået, %4 tilbage.",
    "Done: %1 — %2 (%3)": "Udført: %1 — %2 (%3)",
    "%1 — %2 (%3)": "%1 — %2 (%3)",
    "the whole round": "hele runden",
    "Round \"%1\" started with seed %2.": "Runden \"%1\" er startet med startværdi %2.",
    "Choose a round first.": "Vælg først en runde.",
    "%n case(s) assigned.": ("%n sag tildelt.", "%n sager tildelt."),
    "Choose a case first.": "Vælg først en sag.",
    "Approved.": "Godkendt.",
    "Sent back to the reviewer.": "Sendt tilbage til gennemgåeren.",
    "Reopened; it needs a new approval when it is completed again.":
        "Genåbnet; gennemgangen skal godkendes på ny, når den er afsluttet igen.",
    "%n action(s) called for.": ("%n handling påkrævet.", "%n handlinger påkrævet."),
    # Rounds that explain themselves (issue 12): picking reviewers, (re)assigning, close/reopen/archive
    "Archived": "Arkiveret",
    "Reviewed by": "Gennemgået af",
    "Comment from the approver": "Kommentar fra godkenderen",
    "Sent back: %1": "Sendt tilbage: %1",
    "There is no active user called \"%1\" who may review cases; choose the reviewer from the user list.":
        "Der er ingen aktiv bruger ved navn \"%1\", som må gennemgå sager; vælg gennemgåeren på brugerlisten.",
    "Show arc&hived": "Vis ar&kiverede",
    "C&lose round": "&Luk runde",
    "Reopen ro&und": "Genåbn ru&nde",
    "Arc&hive": "Ar&kivér",
    "Bring back from the arc&hive": "Hent fra ar&kivet",
    "Re&viewers:": "Gennem&gåere:",
    "Assign the selected cases &to:": "Tildel de markerede sager &til:",
    "Assi&gn": "Til&del",
    "No users yet: an administrator adds them with sagstjek-cli users add.":
        "Ingen brugere endnu: en administrator opretter dem med sagstjek-cli users add.",
    "%1: %2 assigned, %3 reviewed by them, %4 left": "%1: %2 tildelt, %3 gennemgået af vedkommende, %4 tilbage",
    "Tick the reviewers to share the cases among.": "Sæt flueben ved de gennemgåere, sagerne skal fordeles mellem.",
    "Select the cases to assign in the table first.": "Markér først de sager i tabellen, der skal tildeles.",
    "Choose the reviewer to assign the cases to.": "Vælg den gennemgåer, sagerne skal tildeles.",
    "%n case(s) assigned to %1.": ("%n sag tildelt %1.", "%n sager tildelt %1."),
    "The round is closed; no new review starts in it.": "Runden er lukket; der kan ikke startes nye gennemgange i den.",
    "The round is open again.": "Runden er åben igen.",
    "\"%1\" is back in the list of rounds.": "\"%1\" er tilbage på listen over runder.",
    "\"%1\" is archived: it is shown with \"Show archived\".": "\"%1\" er arkiveret: den vises med \"Vis arkiverede\".",
    # New-round dialog (issue 12)
    "&Areas": "&Områder",
    "T&eams": "T&eams",
    "&Caseworkers": "&Sagsbehandlere",
    "Nothing ticked in a list means all of them.": "Intet flueben i en liste betyder dem alle.",
    "&Period (month):": "&Periode (måned):",
    "Starting value for the draw — the same number gives the same sample.":
        "Startværdi for lodtrækningen — samme tal giver samme stikprøve.",
    "Counting…": "Tæller…",
    "No cases in scope: tick other areas, teams or caseworkers.":
        "Ingen sager i udvalget: vælg andre områder, teams eller sagsbehandlere.",
    "%n case(s) in scope.": ("%n sag i udvalget.", "%n sager i udvalget."),
    # No accidental changes (issue 12)
    "Reopen the completed review?": "Genåbn den afsluttede gennemgang?",
    "This review is completed. Changing an answer reopens it, and it must be completed again.\n\nReopen the review and change the answer?":
        "Gennemgangen er afsluttet. Ændrer du et svar, genåbnes den, og den skal afsluttes igen.\n\nVil du genåbne gennemgangen og ændre svaret?",
    "Reopen and change": "Genåbn og ændr",
    "Keep it completed": "Behold den afsluttet",
    "This review is approved and cannot be changed. A coordinator or leader can reopen it with a reason (Rounds ▸ Reopen).":
        "Gennemgangen er godkendt og kan ikke ændres. En koordinator eller leder kan genåbne den med en begrundelse (Runder ▸ Genåbn).",
    "Sent back by the approver: %1": "Sendt tilbage af godkenderen: %1",
    "Reopen the approved review?": "Genåbn den godkendte gennemgang?",
    "This review is approved. To change it, it is reopened and must be approved again.\nWhy is it reopened?":
        "Gennemgangen er godkendt. For at ændre den skal den genåbnes og godkendes igen.\nHvorfor genåbnes den?",
    "Reopen": "Genåbn",
    "Reopen the review and answer an item": "Genåbn gennemgangen og besvar et punkt",
    # Remediation (defect follow-up)
    "Only a faglig koordinator or a leader verifies remediations.":
        "Kun en faglig koordinator eller en leder kontrollerer rettelser.",
    "Remediated %1 by %2: %3": "Rettet %1 af %2: %3",
    "(none)": "(ingen)",
    "%1 (overdue)": "%1 (overskredet)",
    "ID": "ID",
    "Remediated by": "Rettet af",
    "Verified by": "Kontrolleret af",
    "What was done (remediate), or why (reopen)": "Hvad er gjort (rettet), eller hvorfor (genåbn)",
    "New owner": "Ny ansvarlig",
    "Round:": "Runde:",
    "All rounds": "Alle runder",
    "&My defects": "&Mine fejl",
    "&Remediated": "&Rettet",
    "&Verify": "&Kontrollér",
    "Re&assign selected": "Ny &ansvarlig for valgte",
    "Set &due date of selected": "Sæt &frist for valgte",
    "Remediation recorded; someone else verifies it.": "Rettelsen er registreret; en anden skal kontrollere den.",
    "Verified.": "Kontrolleret.",
    "Reopened.": "Genåbnet.",
    "%n defect(s) reassigned.": ("%n fejl har fået ny ansvarlig.", "%n fejl har fået ny ansvarlig."),
    "%n due date(s) changed.": ("%n frist ændret.", "%n frister ændret."),
    # Import: files, encodings, sheets, mappings
    "%1: %2": "%1: %2",
    "%1 has no sheet \"%2\". Its sheets are: %3.": "%1 har intet ark med navnet \"%2\". Filens ark er: %3.",
    "Unknown encoding \"%1\". Use utf-8, utf-16le, utf-16be or windows-1252.":
        "Ukendt tegnsæt \"%1\". Brug utf-8, utf-16le, utf-16be eller windows-1252.",
    "Cannot read the mapping file %1: %2": "Kan ikke læse opsætningsfilen %1: %2",
    "The mapping file %1 is not a JSON object: %2": "Opsætningsfilen %1 er ikke et JSON-objekt: %2",
    "Cannot write %1: %2": "Kan ikke skrive %1: %2",
    "Give the mapping a name.": "Giv opsætningen et navn.",
    "The mapping file has an unknown format.": "Opsætningsfilen har et ukendt format.",
    "The mapping's kind must be cases, events or answers.": "Opsætningens kind skal være cases, events eller answers.",
    "The mapping needs a \"columns\" object: file header → field key.":
        "Opsætningen skal have et \"columns\"-objekt: kolonneoverskrift i filen → feltnøgle.",
    "The column \"%1\" must map to a field key (text) or null.":
        "Kolonnen \"%1\" skal pege på en feltnøgle (tekst) eller null.",
    "date_order must be dmy, mdy or auto.": "date_order skal være dmy, mdy eller auto.",
    # Import: cases
    "The case number %1 already exists.": "Sagsnummeret %1 findes allerede.",
    "No case field has this name; the column is ignored. Map it in a mapping file to import it.":
        "Intet sagsfelt har dette navn; kolonnen ignoreres. Angiv den i en opsætningsfil for at importere den.",
    "The required column \"%1\" (%2) is missing.": "Den påkrævede kolonne \"%1\" (%2) mangler.",
    "The column mixes day-first and month-first dates (%1). Choose the order in the mapping.":
        "Kolonnen blander datoer med dagen først og måneden først (%1). Vælg rækkefølgen i opsætningen.",
    "No date in the first rows tells day-first from month-first; they were read as day-month-year (Danish order).":
        "Ingen dato i de første rækker viser, om dagen eller måneden står først; datoerne blev læst som dag-måned-år (dansk rækkefølge).",
    "The dates were read as month-day-year: %1": "Datoerne blev læst som måned-dag-år: %1",
    "Unknown subgroup for %1. Use one of: %2.": "Ukendt undergruppe for %1. Brug en af: %2.",
    "Not a valid date (%1). Write it as YYYY-MM-DD or DD-MM-YYYY.":
        "Ikke en gyldig dato (%1). Skriv den som ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ.",
    "The date could be day-month or month-day; choose the column's date order in the mapping.":
        "Datoen kan være dag-måned eller måned-dag; vælg kolonnens datorækkefølge i opsætningen.",
    "The date is outside 1900–2100.": "Datoen ligger uden for 1900–2100.",
    "%1. Nothing was imported.": "%1. Intet blev importeret.",
    "Error": "Fejl",
    "The cases were imported, but the skipped rows could not be written to %1: %2":
        "Sagerne blev importeret, men de oversprungne rækker kunne ikke skrives til %1: %2",
    # Import: case events
    "There is no case with this number; import the case first.": "Der er ingen sag med dette nummer; importér sagen først.",
    "Unknown event kind. Use one of: %1.": "Ukendt hændelsestype. Brug en af: %1.",
    "The date is missing.": "Datoen mangler.",
    "Not a valid date (%1).": "Ikke en gyldig dato (%1).",
    "The date could be day-month or month-day; choose the order in the mapping.":
        "Datoen kan være dag-måned eller måned-dag; vælg rækkefølgen i opsætningen.",
    "Unknown form. Use in-person, phone, digital or letter.":
        "Ukendt kontaktform. Brug fremmøde, telefonisk, digital eller brev.",
    # Import: review sheets
    "There is no cue card %1.": "Der er ingen tjekliste %1.",
    "There is no round \"%1\".": "Der er ingen runde med navnet \"%1\".",
    "The required column \"case_number\" (Sagsnummer) is missing.":
        "Den påkrævede kolonne \"case_number\" (Sagsnummer) mangler.",
    "No item of %1 has this key or text; the column is ignored.":
        "Intet punkt i %1 har denne nøgle eller tekst; kolonnen ignoreres.",
    "No column matches an item of %1 by key, Danish or English text.":
        "Ingen kolonne svarer til et punkt i %1 efter nøgle, dansk eller engelsk tekst.",
    "There is no case with this number; import the cases first.": "Der er ingen sag med dette nummer; importér sagerne først.",
    "Not an answer. Use ja/nej/ikke relevant, yes/no/n/a, x, OK/Fejl or 1/0.":
        "Ikke et svar. Brug ja/nej/ikke relevant, yes/no/n/a, x, OK/Fejl eller 1/0.",
    "The case is in %1; the sheet is for %2.": "Sagen hører til %1; arket er til %2.",
    "Imported from an earlier review sheet.": "Importeret fra et tidligere gennemgangsark.",
    "The review stays in progress: %1": "Gennemgangen forbliver i gang: %1",
    # Import dialog
    "Import cases": "Importér sager",
    "Import case events": "Importér sagshændelser",
    "Import a review sheet": "Importér et gennemgangsark",
    "Choose file…": "Vælg fil…",
    "Detect": "Registrér automatisk",
    "Detect (day first when unclear)": "Registrér automatisk (dagen først ved tvivl)",
    "Day-month-year": "Dag-måned-år",
    "Month-day-year": "Måned-dag-år",
    "Save mapping…": "Gem opsætning…",
    "File:": "Fil:",
    "Sheet:": "Ark:",
    "Encoding:": "Tegnsæt:",
    "Dates:": "Datoer:",
    "Cue card:": "Tjekliste:",
    "Saved mappings:": "Gemte opsætninger:",
    "Column in the file": "Kolonne i filen",
    "Imported as": "Importeres som",
    "Mapping": "Kolonneopsætning",
    "Preview of the first rows (invalid values in red)": "Forhåndsvisning af de første rækker (ugyldige værdier med rødt)",
    "Import the valid rows and skip the invalid ones": "Importér de gyldige rækker, og spring de ugyldige over",
    "Save the skipped rows to a file (optional)": "Gem de oversprungne rækker i en fil (valgfrit)",
    "Import": "Importér",
    "(automatic)": "(automatisk)",
    "Choose the file to import": "Vælg filen, der skal importeres",
    "Spreadsheets and CSV files (*.xlsx *.csv *.txt);;All files (*)":
        "Regneark og CSV-filer (*.xlsx *.csv *.txt);;Alle filer (*)",
    "— not imported —": "— importeres ikke —",
    "%1 (required)": "%1 (påkrævet)",
    "%n of the first %1 rows are invalid (red cells; hover for the reason).":
        ("%n af de første %1 rækker er ugyldig (røde celler; hold musen over for at se årsagen).",
         "%n af de første %1 rækker er ugyldige (røde celler; hold musen over for at se årsagen)."),
    "Cancel": "Annullér",
    "Importing…": "Importerer…",
    "Building the indexes and the name search…": "Opbygger indekser og navnesøgning…",
    "An import is being written to the database: nothing was saved. Try again when it has finished.": "En import bliver skrevet til databasen: intet blev gemt. Prøv igen, når den er færdig.",
    "No connection may write to %1 now: the writer is not lent, or lent to another task.": "Ingen forbindelse må skrive til %1 nu: skriveren er ikke udlånt, eller den er udlånt til en anden opgave.",
    "%1 cannot lend its writer to another connection.": "%1 kan ikke låne sin skriver ud til en anden forbindelse.",
    "Finish the change being saved in %1 first.": "Gør først den ændring færdig, der er ved at blive gemt i %1.",
    "%1 is already being written by another task.": "%1 bliver allerede skrevet af en anden opgave.",
    "Importing… %n row(s) read": ("Importerer… %n række læst", "Importerer… %n rækker læst"),
    "Saving…": "Gemmer…",
    "The import was cancelled. Nothing was changed.": "Importen blev annulleret. Intet blev ændret.",
    "Nothing was imported: %n problem(s). Fix them, or tick \"Import the valid rows and skip the invalid ones\".":
        ("Intet blev importeret: %n problem. Ret det, eller sæt hak i \"Importér de gyldige rækker, og spring de ugyldige over\".",
         "Intet blev importeret: %n problemer. Ret dem, eller sæt hak i \"Importér de gyldige rækker, og spring de ugyldige over\"."),
    "Created %1, updated %2, unchanged %3, skipped %4.": "Oprettet %1, opdateret %2, uændret %3, sprunget over %4.",
    "%1 %2: computed verdict %3 → %4": "%1 %2: beregnet vurdering %3 → %4",
    "Row %1, %2, \"%3\": %4": "Række %1, %2, \"%3\": %4",
    "Save mapping": "Gem opsætning",
    "Name of the mapping:": "Navn på opsætningen:",
    # Export
    "Export": "Eksportér",
    "Cases": "Sager",
    "Answers": "Svar",
    "Answers, one row per answer": "Svar, én række pr. svar",
    "Answers, one row per case (like a review sheet)": "Svar, én række pr. sag (som et gennemgangsark)",
    "Excel workbook (.xlsx)": "Excel-projektmappe (.xlsx)",
    "CSV for Danish Excel (UTF-8, semicolon)": "CSV til dansk Excel (UTF-8, semikolon)",
    "CSV for other programs (comma, RFC 4180)": "CSV til andre programmer (komma, RFC 4180)",
    "Include personal data (CPR numbers and names)": "Medtag personoplysninger (CPR-numre og navne)",
    "Export:": "Eksportér:",
    "Format:": "Format:",
    "Area:": "Område:",
    "Caseworker:": "Sagsbehandler:",
    "Status:": "Status:",
    "Export…": "Eksportér…",
    "Exported %n row(s).": ("%n række eksporteret.", "%n rækker eksporteret."),
    "Export to": "Eksportér til",
    "Excel workbooks (*.xlsx)": "Excel-projektmapper (*.xlsx)",
    "CSV files (*.csv)": "CSV-filer (*.csv)",
    "Unknown area \"%1\". Use one of: %2.": "Ukendt område \"%1\". Brug et af: %2.",
})

# Template editor (issue 3 §4)
DA.update({
    "Edit &cue cards…": "Rediger &tjeklister…",
    "Edit cue cards": "Rediger tjeklister",
    "Question": "Spørgsmål",
    "&Add item…": "&Tilføj punkt…",
    "Move &up": "Flyt &op",
    "Move &down": "Flyt &ned",
    "&Retire item": "&Udgå punkt",
    "empty = every case of the area": "tom = alle sager i området",
    "Key:": "Nøgle:",
    "Question (Danish):": "Spørgsmål (dansk):",
    "Question (English):": "Spørgsmål (engelsk):",
    "Law (Danish):": "Lovgrundlag (dansk):",
    "Law (English):": "Lovgrundlag (engelsk):",
    "Guidance (Danish):": "Vejledning (dansk):",
    "Guidance (English):": "Vejledning (engelsk):",
    "Remediation (Danish):": "Genopretning (dansk):",
    "Remediation (English):": "Genopretning (engelsk):",
    "Severity:": "Alvor:",
    "Subgroups (comma-separated):": "Undergrupper (adskilt med komma):",
    "Rules (JSON):": "Regler (JSON):",
    "Preview": "Forhåndsvisning",
    "&Save as new version": "&Gem som ny version",
    "You may look at the cue cards but not change them: editing templates needs the permission to edit cue-card templates.":
        "Du kan se tjeklisterne, men ikke ændre dem: det kræver tilladelse til at redigere tjeklisteskabeloner.",
    "Problems:": "Problemer:",
    "Select the section the new item belongs to.": "Vælg det afsnit, det nye punkt hører til.",
    "Add item": "Tilføj punkt",
    "Name of the new item (lower-case letters, digits, _ and -); its key will be %1.%2.<name>:":
        "Navn på det nye punkt (små bogstaver, cifre, _ og -); dets nøgle bliver %1.%2.<navn>:",
    "%1, version %2: %3": "%1, version %2: %3",
    "%1: the rules are not valid JSON at byte %2: %3": "%1: reglerne er ikke gyldig JSON ved byte %2: %3",
    "%1: the rules must be a JSON array.": "%1: reglerne skal være et JSON-array.",
    "No cue card is loaded.": "Der er ikke indlæst nogen tjekliste.",
    "No problems.": "Ingen problemer.",
    "You may not change cue cards.": "Du må ikke ændre tjeklister.",
    "The name \"%1\" is not valid: use lower-case letters, digits, _ and -.":
        "Navnet \"%1\" er ikke gyldigt: brug små bogstaver, cifre, _ og -.",
    "The cue card already has an item %1.": "Tjeklisten har allerede et punkt %1.",
    "Item %1 retired; it disappears from the cue card when you save.":
        "Punktet %1 udgår; det forsvinder fra tjeklisten, når du gemmer.",
    "Not saved: the cue card has problems:\n%1": "Ikke gemt: tjeklisten har problemer:\n%1",
    "Items with answers": "Punkter med svar",
    "Answers in existing reviews refer to these items, which the new version no longer has:\n\n%1\n\nThose reviews keep their version and still show the answers. Save the new version?":
        "Svar i eksisterende gennemgange henviser til disse punkter, som den nye version ikke længere har:\n\n%1\n\nDe gennemgange beholder deres version og viser stadig svarene. Gem den nye version?",
    "Not saved.": "Ikke gemt.",
    "Saved %1 as version %2.": "%1 er gemt som version %2.",
    "Not saved: %1": "Ikke gemt: %1",
    # Which review of a case the cue card shows (issue 9).
    "Round: %1": "Runde: %1",
    "Outside any round": "Uden for runde",
    "The review this step belongs to no longer exists; nothing was changed.":
        "Gennemgangen, som dette trin hører til, findes ikke længere; intet er ændret.",
    # Grants to repay (issue 10): money, the grants service and the grants tab
    "\"%1\" is not an amount in kroner: %2": "\"%1\" er ikke et beløb i kroner: %2",
    "there is no number.": "der er intet tal.",
    "only one decimal comma is allowed.": "der må kun være ét decimalkomma.",
    "write kroner the Danish way, with a decimal comma and points between thousands (3.960,50).": "skriv kroner på dansk, med decimalkomma og punktum mellem tusinder (3.960,50).",
    "the øre after the comma must be digits.": "ørerne efter kommaet skal være cifre.",
    "at most two decimals (øre) are allowed; a point, not a comma, separates thousands (3.960).": "højst to decimaler (øre); punktum, ikke komma, adskiller tusinder (3.960).",
    "mixed thousands separators.": "blandede tusindtalsseparatorer.",
    "a point separates thousands; write øre after a comma (3960,50).": "punktum adskiller tusinder; skriv øre efter et komma (3960,50).",
    "it must be digits, with a point between thousands and a comma before øre.": "det skal være cifre, med punktum mellem tusinder og komma før øre.",
    "thousands are grouped in threes (3.960).": "tusinder grupperes tre og tre (3.960).",
    "the amount is too large.": "beløbet er for stort.",
    "Give the case number.": "Angiv sagsnummeret.",
    "\"%1\" is not a month; write it as YYYY-MM (2017-03).": "\"%1\" er ikke en måned; skriv den som ÅÅÅÅ-MM (2017-03).",
    "Unknown target group \"%1\"; use grundtilskud or unaccompanied-minor.": "Ukendt målgruppe \"%1\"; brug grundtilskud eller unaccompanied-minor (uledsaget mindreårig).",
    "The grant line was not stored.": "Tilskudslinjen blev ikke gemt.",
    "Case %1 has no grant line for %2.": "Sag %1 har ingen tilskudslinje for %2.",
    "The year must be from 1999 to 2100.": "Året skal være fra 1999 til 2100.",
    "A rate cannot be negative.": "En sats kan ikke være negativ.",
    "The month is missing.": "Måneden mangler.",
    "Not a month; write it as YYYY-MM (2017-03) or MM-YYYY.": "Ikke en måned; skriv den som ÅÅÅÅ-MM (2017-03) eller MM-ÅÅÅÅ.",
    "Write ja or nej (also yes/no, 1/0, or x for yes and empty for no).": "Skriv ja eller nej (også yes/no, 1/0 eller x for ja og tomt for nej).",
    "Unknown target group; use grundtilskud or unaccompanied-minor.": "Ukendt målgruppe; brug grundtilskud eller uledsaget mindreårig.",
    "Row %1 already gives this case's line for this month.": "Række %1 angiver allerede sagens linje for denne måned.",
    "Month": "Måned",
    "Received": "Modtaget",
    "Entitled": "Berettiget",
    "Target group": "Målgruppe",
    "Difference": "Difference",
    "Reason": "Årsag",
    "Save month": "Gem måned",
    "Remove month": "Fjern måned",
    "Year": "År",
    "Rate per month": "Sats pr. måned",
    "Source": "Kilde",
    "Set rate": "Sæt sats",
    "Months": "Måneder",
    "To repay": "Til tilbagebetaling",
    "To claim": "Til gode",
    "Months without a rate": "Måneder uden sats",
    "YYYY-MM": "ÅÅÅÅ-MM",
    "Before the takeover, after the integration period, self-supporting, …": "Før overtagelsen, efter integrationsperioden, selvforsørgende, …",
    "Kroner per month, e.g. 3.127,50": "Kroner pr. måned, fx 3.127,50",
    "Show": "Vis",
    "Case:": "Sag:",
    "Month:": "Måned:",
    "Target group:": "Målgruppe:",
    "Reason:": "Årsag:",
    "Grant lines of the case": "Sagens tilskudslinjer",
    "Rates per month": "Satser pr. måned",
    "Differences to correct at the year's accounts": "Differencer til berigtigelse ved årsregnskabet",
    "You may read the grants; entering lines and rates is for consultants, coordinators and leaders.": "Du kan læse tilskuddene; linjer og satser indtastes af konsulenter, koordinatorer og ledere.",
    "no rate for %1": "ingen sats for %1",
    "yes": "ja",
    "no": "nej",
    "Case %1: months entered: %2.": "Sag %1: indtastede måneder: %2.",
    "Total: %1 to repay, %2 to claim, net %3.": "I alt: %1 til tilbagebetaling, %2 til gode, netto %3.",
    "Months without a rate, not counted: %1; set the rate of their year.": "Måneder uden sats, ikke regnet med: %1; sæt satsen for deres år.",
    "Saved %1 of case %2.": "Gemte %1 for sag %2.",
    "Removed %1 of case %2.": "Fjernede %1 for sag %2.",
    "The rate for %1 %2 is now %3 a month.": "Satsen for %1 %2 er nu %3 om måneden.",
    "Grants": "Tilskud",
    # The reporting registers' permission texts (schema step 5), for the refusals
    "enter grant lines and rates": "indtaste tilskudslinjer og satser",
    "register complaint decisions": "registrere klageafgørelser",
    "edit the action plan": "redigere handleplanen",
})

# The dashboard (issue 10).
DA.update({
    "Overview": "Overblik",
    "&Refresh": "&Opdater",
    "Progress": "Fremdrift",
    "Error-free": "Fejlfri",
    "Target": "Mål",
    "Open defects": "Åbne fejl",
    "No.": "Nr.",
    "N/A": "Ikke relevant",
    "Compliance": "Overholdelse",
    "Lower bound": "Nedre grænse",
    "Check item": "Kontrolpunkt",
    "Overdue": "Overskredet",
    "Rule": "Regel",
    "Concerns": "Vedrører",
    "Action": "Handling",
    "Load the figures again (F5)": "Hent tallene igen (F5)",
    "Choose a check item to list the cases that did not meet it": "Vælg et kontrolpunkt for at se de sager, der ikke opfyldte det",
    "Enter or double-click: open the case's cue card in the round": "Enter eller dobbeltklik: åbn sagens kontrolskema i runden",
    "Open rounds": "Åbne runder",
    "Compliance per check item": "Overholdelse pr. kontrolpunkt",
    "Cases behind the figure": "Sagerne bag tallet",
    "Open defects per owner": "Åbne fejl pr. ansvarlig",
    "Management actions waiting": "Ledelsesreaktioner, der venter",
    "Cancelled: the figures shown are from the last complete load.": "Annulleret: de viste tal er fra sidste fuldførte indlæsning.",
    "The figures could not be loaded: %1": "Tallene kunne ikke hentes: %1",
    "Overview on %1": "Overblik pr. %1",
    "There is no open round. Start one under Rounds; its figures appear here.": "Der er ingen åben runde. Start en under Runder; dens tal vises her.",
    "%1 of %2 reviewed, %3 left": "%1 af %2 gennemgået, %3 tilbage",
    "%1 (%2 of %3)": "%1 (%2 af %3)",
    "; at least %1": "; mindst %1",
    "Lower 95 % bound": "Nedre 95 %-grænse",
    "Target %1": "Mål %1",
    "Check item (number as in the table)": "Kontrolpunkt (nummer som i tabellen)",
    "Choose a bar or a check item to see the cases that did not meet it.": "Vælg en søjle eller et kontrolpunkt for at se de sager, der ikke opfyldte det.",
    "The cases could not be listed: %1": "Sagerne kunne ikke vises: %1",
    "%1. %2: not met in %3 of %4 reviewed cases.": "%1. %2: ikke opfyldt i %3 af %4 gennemgåede sager.",
    "You see your own cases only.": "Du ser kun dine egne sager.",
    "In all": "I alt",
    "The whole round": "Hele runden",
    "Cancelled.": "Annulleret.",
    "%1 has schema %2; this version reads %3. Open it in Sagstjek first.": "%1 har skema %2; denne version læser %3. Åbn den i Sagstjek først.",
    "enter grant lines and rates": "indtaste tilskudslinjer og takster",
    "register complaint decisions": "registrere klageafgørelser",
    "edit the action plan": "redigere handleplanen",
    # Reports on paper and for Excel, trends over rounds (issue 10).
    "There is no round %1.": "Der er ingen runde %1.",
    "The period must have a start and an end on or after it.": "Perioden skal have en start og en slutning på eller efter den.",
    "An administrator does not read case data; make the report without case numbers.":
        "En administrator læser ikke sagsdata; lav rapporten uden sagsnumre.",
})

# The permissions of the reporting registers, and the complaint register with the reversal rate (issue 10)
DA.update({
    "enter grant lines and rates": "indtaste tilskudslinjer og satser",
    "register complaint decisions": "registrere afgørelser i klagesager",
    "edit the action plan": "redigere handleplanen",
    "This case number is not in the database; the decision still counts.":
        "Sagsnummeret findes ikke i databasen; afgørelsen tæller stadig med.",
    "Decided": "Afgjort",
    "Paragraph": "Paragraf",
    "Outcome": "Udfald",
    "Total": "I alt",
    "%1 to %2": "%1 til %2",
    "nothing decided on the merits": "intet afgjort på realiteten",
    "too few to judge": "for få til at vurdere",
    "Decided on the merits": "Afgjort på realiteten",
    "Reversed": "Omgjort",
    "Rejected or referred": "Afvist eller henvist",
    "Reversal rate": "Omgørelsesprocent",
    "95 % interval": "95 %-interval",
    "A decision needs the paragraph it was made under, e.g. SEL § 96.":
        "En afgørelse skal have den paragraf, den er truffet efter, f.eks. SEL § 96.",
    "The paragraph is longer than %1 characters.": "Paragraffen er længere end %1 tegn.",
    "A decision needs the date Ankestyrelsen decided it.": "En afgørelse skal have den dato, Ankestyrelsen traf den.",
    "The decision date %1 is in the future.": "Afgørelsesdatoen %1 ligger i fremtiden.",
    "There is no case %1 in the database; the decision is kept with the number as text and still counts.":
        "Der er ingen sag %1 i databasen; afgørelsen gemmes med nummeret som tekst og tæller stadig med.",
    "This decision is already registered: case %1, %2, %3, %4.":
        "Afgørelsen er allerede registreret: sag %1, %2, %3, %4.",
    "The period starts (%1) after it ends (%2).": "Perioden begynder (%1), efter at den slutter (%2).",
    "The paragraph is missing.": "Paragraffen mangler.",
    "The decision date is in the future.": "Afgørelsesdatoen ligger i fremtiden.",
    "The outcome is missing.": "Udfaldet mangler.",
    "Unknown outcome. Use stadfæstet, ændret, ophævet, hjemvist, afvist or henvist.":
        "Ukendt udfald. Brug stadfæstet, ændret, ophævet, hjemvist, afvist eller henvist.",
    "There is no case with this number in the database; the decision is kept with the number as text and still counts.":
        "Der er ingen sag med dette nummer i databasen; afgørelsen gemmes med nummeret som tekst og tæller stadig med.",
    "The same decision as row %1; counted once.": "Samme afgørelse som række %1; tælles én gang.",
    "Register a decision": "Registrer en afgørelse",
    "&Import file…": "&Importer fil…",
    "Re&move selected": "Fjern &valgte",
    "e.g. SEL § 96": "f.eks. SEL § 96",
    "Optional": "Valgfrit",
    "Decided from": "Afgjort fra",
    "to": "til",
    "Reversal rate = (changed + annulled + remitted) ÷ decisions on the merits. Rejected and referred complaints are counted beside it, not in it. Under 5 decisions on the merits is too few to judge.":
        "Omgørelsesprocent = (ændret + ophævet + hjemvist) ÷ afgørelser på realiteten. Afviste og henviste klager "
        "tælles ved siden af, ikke med. Under 5 afgørelser på realiteten er for få til at vurdere.",
    "Re&gister": "Regi&strer",
    "&Paragraph:": "&Paragraf:",
    "&Decided:": "&Afgjort:",
    "&Outcome:": "&Udfald:",
    "&Case number:": "Sags&nummer:",
    "N&ote:": "N&ote:",
    "The decision is registered.": "Afgørelsen er registreret.",
    "The decision is registered. %1": "Afgørelsen er registreret. %1",
    "Select the decisions to remove.": "Vælg de afgørelser, der skal fjernes.",
    "%n decision(s) removed.": ("%n afgørelse fjernet.", "%n afgørelser fjernet."),
    "Import Ankestyrelsen's decisions": "Importer Ankestyrelsens afgørelser",
    "Tables (*.csv *.xlsx *.txt);;All files (*)": "Tabeller (*.csv *.xlsx *.txt);;Alle filer (*)",
    "Row %1, column %2: %3": "Række %1, kolonne %2: %3",
    "Nothing was imported.": "Intet blev importeret.",
    "%1 decisions registered, %2 already registered.": "%1 afgørelser registreret, %2 var allerede registreret.",
    "%n warning(s), e.g. row %1: %2": ("%n advarsel, f.eks. række %1: %2", "%n advarsler, f.eks. række %1: %2"),
    "There is no complaint decision %1.": "Der er ingen afgørelse %1 i klageregistret.",
    "Complaints": "Klager",
})

# The View menu's tab entries (issue 10).
DA.update({
    "&Overview": "&Overblik",
    "&Grants": "&Tilskud",
    "Com&plaints": "&Klager",
})

# The dashboard's registers (issue 10).
DA.update({
    "Grants to correct": "Tilskud at berigtige",
    "Deadline": "Frist",
    "Reversal rate at Ankestyrelsen": "Omgørelsesprocent i Ankestyrelsen",
    "Late actions in the action plan": "Forsinkede handlinger i handleplanen",
    "Months without a rate, not priced: %1": "Måneder uden sats, ikke prissat: %1",
    "From %1 to %2:": "Fra %1 til %2:",
    "no decision on the merits registered.": "ingen realitetsafgørelser registreret.",
    "%1 rejected or referred, not counted.": "%1 afvist eller henvist, ikke medregnet.",
})

# File ▸ Write report… and the dashboard's trend (issue 10).
DA.update({
    "&Write report…": "Skriv &rapport…",
    "Write report": "Skriv rapport",
    "Round report": "Rapport over runde",
    "Supervision report of one team": "Ledelsestilsyn for ét team",
    "Status report to the council over a period": "Statusrapport til byrådet over en periode",
    "%1 (closed)": "%1 (afsluttet)",
    "For the council (no breakdown per caseworker for groups under 5 cases)":
        "Til byrådet (ingen opdeling pr. sagsbehandler for grupper under 5 sager)",
    "List the defects case by case, with case numbers": "Vis fejlene sag for sag, med sagsnumre",
    "An administrator does not read case data.": "En administrator læser ikke sagsdata.",
    "PDF for reading and printing (.pdf)": "PDF til læsning og udskrift (.pdf)",
    "Excel workbook with the figures (.xlsx)": "Excel-projektmappe med tallene (.xlsx)",
    "CSV with the figures (.csv)": "CSV med tallene (.csv)",
    "&Report:": "&Rapport:",
    "R&ound:": "R&unde:",
    "&Team:": "&Team:",
    "&From:": "&Fra:",
    "T&o:": "T&il:",
    "&Language:": "&Sprog:",
    "&Format:": "F&ormat:",
    "&Write…": "Skri&v…",
    "Reports are pseudonymised: no CPR numbers or citizens' names, and case numbers only when you choose them.":
        "Rapporterne er pseudonymiserede: ingen CPR-numre eller borgernavne, og sagsnumre kun når du vælger dem.",
    "There is no round yet.": "Der er ingen runde endnu.",
    "The cases name no team.": "Sagerne nævner intet team.",
    "Status report %1 to %2": "Statusrapport %1 til %2",
    "Report %1": "Rapport %1",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Excel workbook (*.xlsx)": "Excel-projektmappe (*.xlsx)",
    "CSV (*.csv)": "CSV (*.csv)",
    "Writing the report…": "Skriver rapporten…",
    "Cancelled: no report was written.": "Annulleret: ingen rapport er skrevet.",
    "The report could not be written: %1": "Rapporten kunne ikke skrives: %1",
    "The report is written: %1": "Rapporten er skrevet: %1",
    "Error-free cases over the last rounds": "Fejlfri sager i de seneste runder",
    "Error-free cases": "Fejlfri sager",
    "No round yet.": "Ingen runder endnu.",
})

# Storage hardening (issue 14): locks left by a crash, damage, schema versions, stale WAL files, backups.
DA.update({
    "The file was not changed.": "Filen blev ikke ændret.",
    "The database is damaged (%1): restore the latest backup (sagstjek-cli restore FILE). No backup of it was found in its backup folder.":
        "Databasen er beskadiget (%1): gendan den seneste sikkerhedskopi (sagstjek-cli restore FIL). Der blev ikke fundet nogen sikkerhedskopi af den i dens mappe til sikkerhedskopier.",
    "The database is damaged (%1): restore the latest backup, %2 (sagstjek-cli restore \"%2\").":
        "Databasen er beskadiget (%1): gendan den seneste sikkerhedskopi, %2 (sagstjek-cli restore \"%2\").",
    "Cannot create %1: is the folder read-only?": "Kan ikke oprette %1: er mappen skrivebeskyttet?",
    "%1 has an unknown schema version (%2): it was not made by Sagstjek, or it is damaged. The file was not changed. Restore it from a backup.":
        "%1 har en ukendt skemaversion (%2): den er ikke lavet af Sagstjek, eller den er beskadiget. Filen blev ikke ændret. Gendan den fra en sikkerhedskopi.",
    "it has an unknown schema version (%1)": "den har en ukendt skemaversion (%1)",
    "The folder %1 does not exist; the backup was not written. Create the folder first, or choose another file.":
        "Mappen %1 findes ikke; sikkerhedskopien blev ikke skrevet. Opret mappen først, eller vælg en anden fil.",
    "Cannot write the backup %1.": "Kan ikke skrive sikkerhedskopien %1.",
    "%1 is already open in another Sagstjek window or program (its lock file %2 names no process, and a running process holds it). Close it there first: two programs writing the same database can damage it.":
        "%1 er allerede åben i et andet Sagstjek-vindue eller program (låsefilen %2 nævner ingen proces, og en kørende proces holder den). Luk den der først: to programmer, der skriver i samme database, kan beskadige den.",
    "The database has an unknown schema version (%1).": "Databasen har en ukendt skemaversion (%1).",
    "%1 has a write-ahead log (%2) that does not belong to it: it was not written by Sagstjek on this file (it comes from another copy of the database or from another database). SQLite would merge it into the database unseen, so the database was not opened and nothing was changed. Move %2 away and open the database again, or restore a backup.":
        "%1 har en write-ahead-log (%2), der ikke hører til den: den er ikke skrevet af Sagstjek på denne fil (den stammer fra en anden kopi af databasen eller fra en anden database). SQLite ville flette den ind i databasen uset, så databasen blev ikke åbnet, og intet blev ændret. Flyt %2 væk og åbn databasen igen, eller gendan en sikkerhedskopi.",
})

# The audit trail's scheme 2, its seals and checkpoints, and the restore's own record (issue 14, defects 3 and 8).
DA.update({
    "The answer to item %1 of review %2": "Svaret på punkt %1 i gennemgang %2",
    "Defect %1": "Fejl %1",
    "Review %1": "Gennemgang %1",
    "The database's protective triggers %1 are missing: they were dropped outside Sagstjek, so the file no longer "
    "refuses edits of the audit trail and the access log.":
        "Databasens beskyttende triggere %1 mangler: de er fjernet uden for Sagstjek, så filen afviser ikke længere "
        "ændringer i revisionssporet og adgangsloggen.",
    "The database's triggers %1 differ from the schema: they were altered outside Sagstjek.":
        "Databasens triggere %1 afviger fra skemaet: de er ændret uden for Sagstjek.",
    "The database has triggers the schema does not define (%1): they were added outside Sagstjek.":
        "Databasen har triggere, som skemaet ikke definerer (%1): de er tilføjet uden for Sagstjek.",
    "Audit record %1 is marked with an audit scheme it cannot have here: it was altered outside Sagstjek.":
        "Revisionspost %1 er mærket med en revisionsordning, den ikke kan have her: den er ændret uden for Sagstjek.",
    "Audit record %1 is the first of scheme 2 but not the scheme change's own record: it was altered outside "
    "Sagstjek.":
        "Revisionspost %1 er den første i ordning 2, men ikke ordningsskiftets egen post: den er ændret uden for "
        "Sagstjek.",
    "Audit record %1 says records were written before it, but none is left: they were deleted.":
        "Revisionspost %1 siger, at der er skrevet poster før den, men der er ingen tilbage: de er slettet.",
    "The audit records written before the scheme change (records 1 to %1) no longer match the fingerprint record %2 "
    "keeps of them: a record's id, or the who, when or what of a record (also a redacted one), was changed, or "
    "records were deleted.":
        "Revisionsposterne fra før ordningsskiftet (post 1 til %1) passer ikke længere med det fingeraftryk, post %2 "
        "gemmer af dem: en posts id eller hvem, hvornår eller hvad i en post (også en anonymiseret) er ændret, eller "
        "poster er slettet.",
    "Audit record %1 follows record %2: records were renumbered or deleted.":
        "Revisionspost %1 følger efter post %2: poster er omnummereret eller slettet.",
    "Audit record %1 was changed after it was written: its id, time, user, action or subject does not match its "
    "hash.":
        "Revisionspost %1 er ændret, efter den blev skrevet: dens id, tidspunkt, bruger, handling eller emne passer "
        "ikke med dens hash.",
    "Audit record %1 is not sealed by this computer's audit key although it says so: it was forged or rewritten "
    "outside Sagstjek.":
        "Revisionspost %1 er ikke forseglet med denne computers revisionsnøgle, selv om den siger det: den er "
        "forfalsket eller omskrevet uden for Sagstjek.",
    "This file was anchored on this computer as another database (%1 records up to record %2, at %3): the database "
    "there was replaced by another file, or its records were wiped and its identity changed, outside Sagstjek.":
        "Denne fil blev forankret på denne computer som en anden database (%1 poster til og med post %2, %3): "
        "databasen er erstattet af en anden fil, eller dens poster er slettet og dens identitet ændret, uden for "
        "Sagstjek.",
    "The audit trail was cut short: the checkpoint kept on this computer (%1) has %2 records up to record %3, but "
    "only %4 records up to record %5 remain. Records from %6 on were deleted and the chain head rewound outside "
    "Sagstjek.":
        "Revisionssporet er afkortet: kontrolpunktet på denne computer (%1) har %2 poster til og med post %3, men "
        "kun %4 poster til og med post %5 er tilbage. Poster fra %6 og frem er slettet og kædens hoved spolet "
        "tilbage uden for Sagstjek.",
    "Audit record %1 is not the one the checkpoint kept on this computer (%2) ends with: the trail was rewritten up "
    "to it outside Sagstjek.":
        "Revisionspost %1 er ikke den, kontrolpunktet på denne computer (%2) slutter med: sporet er omskrevet frem "
        "til den uden for Sagstjek.",
    "Fewer audit records up to record %1 carry this computer's seal than when it was anchored (%2 instead of %3): "
    "records were rewritten outside Sagstjek.":
        "Færre revisionsposter til og med post %1 bærer denne computers segl end ved forankringen (%2 i stedet for "
        "%3): poster er omskrevet uden for Sagstjek.",
    "The audit trail has no record of scheme 2 (the schema's own record): records from %1 on were deleted.":
        "Revisionssporet har ingen post i ordning 2 (skemaets egen post): poster fra %1 og frem er slettet.",
    "The database's identity differs from the one chained in its audit trail: it was altered outside Sagstjek.":
        "Databasens identitet afviger fra den, der er kædet ind i dens revisionsspor: den er ændret uden for "
        "Sagstjek.",
    "The number of cases (%1) differs from the %2 that audit record %3 left: cases were added or deleted without "
    "an audit record.":
        "Antallet af sager (%1) afviger fra de %2, revisionspost %3 efterlod: sager er tilføjet eller slettet uden "
        "en revisionspost.",
    "%1 was deleted by audit record %2 but is there again: it was added without an audit record.":
        "%1 blev slettet af revisionspost %2, men er der igen: den er tilføjet uden en revisionspost.",
    "%1 is gone, but no audit record after record %2 deleted it: it was deleted without an audit record.":
        "%1 er væk, men ingen revisionspost efter post %2 har slettet den: den er slettet uden en revisionspost.",
    "%1 differs from its state after audit record %2: it was changed without an audit record.":
        "%1 afviger fra sin tilstand efter revisionspost %2: den er ændret uden en revisionspost.",
    "%1 is in no audit record: it was added outside Sagstjek.":
        "%1 står ikke i nogen revisionspost: den er tilføjet uden for Sagstjek.",
    "%1 answers are listed as older than the audit trail, but the trail lists none: they were added outside "
    "Sagstjek.":
        "%1 svar står som ældre end revisionssporet, men sporet nævner ingen: de er tilføjet uden for Sagstjek.",
    "The answers listed as older than the audit trail differ from those audit record %1 fixed: they were changed "
    "outside Sagstjek.":
        "Svarene, der står som ældre end revisionssporet, afviger fra dem, revisionspost %1 fastlagde: de er ændret "
        "uden for Sagstjek.",
    "The audit chain does not extend the checkpoint kept on this computer; the checkpoint was left as it was. Run "
    "`audit verify`.":
        "Revisionskæden fortsætter ikke kontrolpunktet på denne computer; kontrolpunktet er ikke ændret. Kør "
        "`audit verify`.",
    "Cannot read the audit checkpoint %1.": "Kan ikke læse revisionskontrolpunktet %1.",
    "The audit checkpoint kept for this database (%1) was altered: its seal does not match. It cannot be trusted.":
        "Revisionskontrolpunktet for denne database (%1) er ændret: dets segl passer ikke. Det kan ikke stoles på.",
    "There is no audit key in %1: the checkpoint cannot be sealed.":
        "Der er ingen revisionsnøgle i %1: kontrolpunktet kan ikke forsegles.",
    "Cannot create the folder %1 for the audit checkpoints.": "Kan ikke oprette mappen %1 til revisionskontrolpunkterne.",
    "Cannot write the audit checkpoint %1.": "Kan ikke skrive revisionskontrolpunktet %1.",
    "The database was restored, but it cannot be opened to record the restore: %1":
        "Databasen er genskabt, men den kan ikke åbnes for at registrere genskabelsen: %1",
    "The database was restored, but the restore could not be recorded in it: %1":
        "Databasen er genskabt, men genskabelsen kunne ikke registreres i den: %1",
})

# Personal data only where a role allows; CPR numbers and control characters kept out of logs; strict files (issue 14).
DA.update({
    "\"%1\" is not a possible user name (at most %2 characters, no control characters, no CPR number). Give --user with your user name.":
        "\"%1\" er ikke et muligt brugernavn (højst %2 tegn, ingen kontroltegn, intet CPR-nummer). Angiv --user med dit brugernavn.",
    "read case data (case lists, searches, defects, exports): administrators do not open cases":
        "læse sagsdata (sagslister, søgninger, fejl, eksport): administratorer åbner ikke sager",
    "%1 is an administrator: administrators manage users and templates and do not read case data (case lists, searches, defects, exports).":
        "%1 er administrator: administratorer styrer brugere og skabeloner og læser ikke sagsdata (sagslister, søgninger, fejl, eksport).",
    "%1 is assigned case %2 in a review round and may change its review only in that round, not outside it or in another round.":
        "%1 er tildelt sag %2 i en gennemgangsrunde og må kun ændre dens gennemgang i den runde, ikke uden for den eller i en anden runde.",
    "A user name cannot contain a CPR number.": "Et brugernavn må ikke indeholde et CPR-nummer.",
    "The template has the key \"%1\" twice in one object; JSON readers disagree on which one counts, so the template is refused. Remove one of them.":
        "Skabelonen har nøglen \"%1\" to gange i samme objekt; JSON-læsere er uenige om, hvilken der gælder, så skabelonen afvises. Fjern den ene.",
    "Template %1: the key must be the area it is for (\"%2\"); one cue card per area.":
        "Skabelon %1: nøglen skal være det område, den gælder for (\"%2\"); én tjekliste pr. område.",
    "The mapping file %1 is too large (%2 bytes; a mapping file is at most 1 MiB).":
        "Opsætningsfilen %1 er for stor (%2 byte; en opsætningsfil er højst 1 MiB).",
    "The mapping file %1 is too large (a mapping file is at most 1 MiB).":
        "Opsætningsfilen %1 er for stor (en opsætningsfil er højst 1 MiB).",
    "The mapping file %1 has the key \"%2\" twice in one object; remove one of them.":
        "Opsætningsfilen %1 har nøglen \"%2\" to gange i samme objekt; fjern den ene.",
})

# Words a Danish user knows (issue 12): the date reader's messages, so an import error is Danish all through.
DA.update({
    "Month %1 does not exist": "Måned %1 findes ikke",
    "%1-%2-%3 is not a date: %4 has %5 days": "%3-%2-%1 er ikke en dato: %4 har %5 dage",
    "The time of day %1 was ignored": "Klokkeslættet %1 blev ikke brugt",
    "The date serial number is not a finite number": "Datoens serienummer er ikke et endeligt tal",
    "Excel date serial %1 is outside %2–%3": "Excel-datonummeret %1 ligger uden for %2–%3",
    "Excel date serial 60 is 29 February 1900, a day that never existed (Excel's 1900 leap-year bug)":
        "Excel-datonummer 60 er 29. februar 1900, en dag der aldrig har fandtes (Excels skudårsfejl fra 1900)",
    "The date is empty": "Datoen er tom",
    "\"%1\" is a number, not a date": "\"%1\" er et tal, ikke en dato",
    "\"%1\" is neither a date nor an Excel date serial number (1–2958465)":
        "\"%1\" er hverken en dato eller et Excel-datonummer (1–2958465)",
    "\"%1\" is not a date in a known form (yyyy-mm-dd or dd-mm-yyyy)":
        "\"%1\" er ikke en dato i en kendt form (åååå-mm-dd eller dd-mm-åååå)",
    "The two-digit year %1 was read as %2 (00–69 → 2000–2069, 70–99 → 1970–1999)":
        "Det tocifrede årstal %1 blev læst som %2 (00–69 → 2000–2069, 70–99 → 1970–1999)",
    " (the column is read month first)": " (kolonnen læses med måneden først)",
    " (the column is read day first)": " (kolonnen læses med dagen først)",
    "The dates contradict each other: %1 can only be day first and %2 only month first":
        "Datoerne modsiger hinanden: %1 kan kun have dagen først og %2 kun måneden først",
    "%1 dates can only be month first (like 05/13/2019)": "%1 datoer kan kun have måneden først (som 05/13/2019)",
    "%1 dates can only be day first (like 13/05/2019)": "%1 datoer kan kun have dagen først (som 13/05/2019)",
    "No date shows whether the day or the month comes first; day first (Danish) is assumed":
        "Ingen dato viser, om dagen eller måneden står først; dagen først (dansk) er antaget",
    "No numeric dates to decide from; day first (Danish) is assumed":
        "Ingen datoer med tal at afgøre det ud fra; dagen først (dansk) er antaget",
    "The required column \"%1\" is missing.": "Den påkrævede kolonne \"%1\" mangler.",
# Import and export a user understands (issue 12, helper io): the whole file checked before Import, the header row,
# the export's round list and where the file went.
    "The header row must be 1 or more, not %1.": "Overskriftsrækken skal være 1 eller mere, ikke %1.",
    "header_row must be a row number, 1 or more.": "header_row skal være et rækkenummer, 1 eller mere.",
    "The row of the file that holds the column headers. Rows above it, such as a title, are ignored.":
        "Den række i filen, der har kolonneoverskrifterne. Rækker over den, fx en titel, springes over.",
    "Headers in row:": "Overskrifter i række:",
    "Stop checking": "Stop kontrollen",
    "Show only rows with errors": "Vis kun rækker med fejl",
    "Problem": "Fejl",
    "Checking every row of the file…": "Kontrollerer alle filens rækker…",
    "The check of the whole file was stopped.": "Kontrollen af hele filen blev stoppet.",
    "The file cannot be imported as mapped: %1": "Filen kan ikke importeres med denne kolonneopsætning: %1",
    "%1 of %n row(s) have errors.": ("%1 af %n række har fejl.", "%1 af %n rækker har fejl."),
    "No errors in the %n row(s).": ("Ingen fejl i den %n række.", "Ingen fejl i de %n rækker."),
    "The file has no rows below the headers.": "Filen har ingen rækker under overskrifterne.",
    "The first %1 are listed.": "De første %1 vises.",
    "The file could not be read to the end: %1": "Filen kunne ikke læses til ende: %1",
    "All statuses": "Alle statusser",
    "Open folder": "Åbn mappe",
    "Exporting…": "Eksporterer…",
    "%n row(s) written to %1 in the folder %2.":
        ("%n række er skrevet til %1 i mappen %2.", "%n rækker er skrevet til %1 i mappen %2."),
    # The template editor's rule fields and their plain-language explanation.
    "(no question yet)": "(intet spørgsmål endnu)",
    "Add version": "Tilføj version",
    "Remove version": "Fjern version",
    "dd-mm-yyyy, empty = open": "dd-mm-åååå, tom = åben",
    "yyyy-mm-dd, empty = open": "åååå-mm-dd, tom = åben",
    "Date recorded": "Dato registreret",
    "Number of events": "Antal hændelser",
    "Journal note in time": "Journalnotat i tide",
    "Reason when not in person": "Begrundelse, når det ikke er ved fremmøde",
    "days": "dage",
    "weeks": "uger",
    "months": "måneder",
    "working days": "arbejdsdage",
    "until the end of week (number)": "til udgangen af uge (nummer)",
    "Stays where it is": "Bliver, hvor den er",
    "Moves to the next working day": "Flyttes til næste arbejdsdag",
    "Rule version:": "Regelversion:",
    "Name of the version:": "Versionens navn:",
    "In force from:": "Gælder fra:",
    "In force until:": "Gælder til:",
    "Kind of check:": "Type kontrol:",
    "Counted from:": "Regnes fra:",
    "Date checked:": "Dato, der kontrolleres:",
    "Date that must be recorded:": "Dato, der skal være registreret:",
    "Event:": "Hændelse:",
    "At least:": "Mindst:",
    "Period:": "Periode:",
    "Deadline on a weekend or holiday:": "Frist på en weekend eller helligdag:",
    "Computed rule:": "Beregnet regel:",
    "Rules as JSON (advanced):": "Regler som JSON (avanceret):",
    "The first \"%1\" from then on": "Den første \"%1\" fra da af",
    "Version %1": "Version %1",
    "No computed rule: the reviewer answers the question from the case.":
        "Ingen beregnet regel: den, der gennemgår sagen, besvarer spørgsmålet ud fra sagen.",
    "New version": "Ny version",
    "within a period that is not valid after": "inden for en ugyldig periode efter",
    "before the end of week %1 counted from": "inden udgangen af uge %1 regnet fra",
    "at most %1 after": "højst %1 efter",
    "The first \"%1\" on or after \"%2\" must be %3 \"%2\".":
        "Den første \"%1\" på eller efter \"%2\" skal ligge %3 \"%2\".",
    "The date \"%1\" must be %2 \"%3\".": "Datoen \"%1\" skal ligge %2 \"%3\".",
    "A deadline that falls on a weekend or holiday moves to the next working day.":
        "En frist, der falder på en weekend eller helligdag, flyttes til næste arbejdsdag.",
    "The deadline stays where it falls, also on a weekend or holiday.":
        "Fristen flyttes ikke, heller ikke når den falder på en weekend eller helligdag.",
    "The date \"%1\" must be recorded.": "Datoen \"%1\" skal være registreret.",
    "within %1 of": "inden for %1 fra",
    "There must be at least %1 × \"%2\" %3 \"%4\".": "Der skal være mindst %1 × \"%2\" %3 \"%4\".",
    "The journal note of every \"%1\" must be written %2 the event.":
        "Journalnotatet til hver \"%1\" skal være skrevet %2 hændelsen.",
    "Every \"%1\" not held in person must have a recorded reason.":
        "Hver \"%1\", der ikke holdes ved fremmøde, skal have en registreret begrundelse.",
    "This version applies when \"%1\" is from %2 to %3.": "Denne version gælder, når \"%1\" ligger fra %2 til %3.",
    "This version applies when \"%1\" is on %2 or later.": "Denne version gælder, når \"%1\" er %2 eller senere.",
    "This version applies when \"%1\" is on %2 or earlier.": "Denne version gælder, når \"%1\" er %2 eller tidligere.",
    "This version applies whatever the date.": "Denne version gælder uanset datoen.",
    "Problem: %1": "Problem: %1",
# First start, help and the package (issue 12, helper "product")
    "<b>This is demo data.</b> The cases, reviews and names are made up so that everything can be tried at once. Your own cases belong in a database of their own.":
        "<b>Dette er demodata.</b> Sager, gennemgange og navne er opdigtede, så alt kan prøves med det samme. Jeres egne sager hører hjemme i en database for sig.",
    "Start with an empty database": "Start med en tom database",
    "<b>The database has no cases yet.</b> Import the cases from your case system (CSV or XLSX), and look through the cue cards the reviews follow.":
        "<b>Databasen har endnu ingen sager.</b> Importér sagerne fra fagsystemet (CSV eller XLSX), og se de tjeklister, gennemgangene følger.",
    "Import cases…": "Importér sager…",
    "Cue cards…": "Tjeklister…",
    "Sagstjek creates a new, empty database and opens it:\n%1\n\nThe demo database stays as it is and can be opened again from File ▸ Open recent.":
        "Sagstjek opretter en ny, tom database og åbner den:\n%1\n\nDemodatabasen bliver liggende, som den er, og kan åbnes igen under Filer ▸ Åbn seneste.",
    "&User guide": "&Brugervejledning",
    "User guide": "Brugervejledning",
    "&Back": "&Tilbage",
    "<table cellpadding='3'><tr><td><b>1</b> or <b>J</b> (<b>Y</b>)</td><td>Met</td></tr><tr><td><b>2</b> or <b>N</b></td><td>Not met (opens the defect)</td></tr><tr><td><b>3</b> or <b>I</b> (<b>A</b>)</td><td>Not applicable</td></tr><tr><td><b>Space</b></td><td>Confirm the computed verdict</td></tr><tr><td><b>Delete</b></td><td>Clear the answer</td></tr><tr><td><b>Up</b>/<b>Down</b>, <b>Tab</b>/<b>Shift+Tab</b></td><td>Previous or next item</td></tr><tr><td><b>Enter</b> / <b>Esc</b></td><td>Write a note / back to the item</td></tr><tr><td><b>G</b></td><td>Show or hide the guidance</td></tr><tr><td><b>F8</b></td><td>First unanswered item</td></tr><tr><td><b>Ctrl+Enter</b></td><td>Complete the review</td></tr><tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>Undo / redo</td></tr><tr><td><b>Ctrl+F</b></td><td>Search cases</td></tr><tr><td><b>Ctrl+1</b> … <b>Ctrl+7</b></td><td>Cases and cue card / defects / rounds / overview / grants / complaints / action plan</td></tr></table>":
        "<table cellpadding='3'><tr><td><b>1</b> eller <b>J</b> (<b>Y</b>)</td><td>Opfyldt</td></tr><tr><td><b>2</b> eller <b>N</b></td><td>Ikke opfyldt (åbner fejlen)</td></tr><tr><td><b>3</b> eller <b>I</b> (<b>A</b>)</td><td>Ikke relevant</td></tr><tr><td><b>Mellemrum</b></td><td>Bekræft det beregnede resultat</td></tr><tr><td><b>Delete</b></td><td>Ryd svaret</td></tr><tr><td><b>Op</b>/<b>Ned</b>, <b>Tab</b>/<b>Skift+Tab</b></td><td>Forrige eller næste punkt</td></tr><tr><td><b>Enter</b> / <b>Esc</b></td><td>Skriv en note / tilbage til punktet</td></tr><tr><td><b>G</b></td><td>Vis eller skjul vejledningen</td></tr><tr><td><b>F8</b></td><td>Første ubesvarede punkt</td></tr><tr><td><b>Ctrl+Enter</b></td><td>Afslut gennemgangen</td></tr><tr><td><b>Ctrl+Z</b> / <b>Ctrl+Skift+Z</b></td><td>Fortryd / annullér fortryd</td></tr><tr><td><b>Ctrl+F</b></td><td>Søg i sager</td></tr><tr><td><b>Ctrl+1</b> … <b>Ctrl+7</b></td><td>Sager og tjekliste / fejl og mangler / gennemgangsrunder / overblik / tilskud / klager / handleplan</td></tr></table>",
    '<i>Choose a defect to see its description and remediation.</i>':
        '<i>Vælg en fejl for at se beskrivelsen og genopretningen.</i>',
    '<b>%1</b> · %2':
        '<b>%1</b> · %2',
    '<i>No description.</i>':
        '<i>Ingen beskrivelse.</i>',
    '<p>Severity: %1<br>Owner: %2<br>Due: %3<br>Status: %4</p>':
        '<p>Alvor: %1<br>Ansvarlig: %2<br>Frist: %3<br>Status: %4</p>',
    'none':
        'ingen',
    '<p><b>Remediation</b> (%1, %2):<br>%3</p>':
        '<p><b>Genopretning</b> (%1, %2):<br>%3</p>',
    '<i>no note</i>':
        '<i>ingen note</i>',
    '<p><b>Remediation:</b> not yet.</p>':
        '<p><b>Genopretning:</b> endnu ikke.</p>',
    '<p><b>Verified</b> by %1%2</p>':
        '<p><b>Kontrolleret</b> af %1%2</p>',
    'Any severity':
        'Alle alvorsgrader',
})

# The administration dialog: users and roles, management action rules (issue 12)
DA.update({
    "&Users and roles…": "&Brugere og roller…",
    "&Management action rules…": "&Ledelsesregler…",
    "Administration": "Administration",
    "&Users": "&Brugere",
    "&Management action rules": "&Ledelsesregler",
    "User name": "Brugernavn",
    "Display name": "Visningsnavn",
    "Role": "Rolle",
    "Yes": "Ja",
    "No": "Nej",
    "Selected user": "Valgt bruger",
    "&Change role": "S&kift rolle",
    "&Deactivate": "&Deaktivér",
    "&Activate": "&Aktivér",
    "&Role:": "&Rolle:",
    "New user": "Ny bruger",
    "The login name, e.g. msn": "Login-navnet, f.eks. msn",
    "As the case system writes the caseworker, e.g. Mette Sørensen":
        "Som sagssystemet skriver sagsbehandleren, f.eks. Mette Sørensen",
    "Add us&er": "&Tilføj bruger",
    "User &name:": "Bruger&navn:",
    "Displa&y name:": "&Visningsnavn:",
    "R&ole:": "R&olle:",
    "Name": "Navn",
    "When": "Hvornår",
    "&Deactivate rule": "&Deaktivér regel",
    "&Activate rule": "&Aktivér regel",
    "New rule": "Ny regel",
    "A short name, e.g. Late follow-up": "Et kort navn, f.eks. Opfølgning for sent",
    "Per caseworker: at least this many “not met” answers":
        "Pr. sagsbehandler: mindst så mange svar med »ikke opfyldt«",
    "For the round: more than this share of the answers “not met”":
        "For runden: mere end denne andel af svarene »ikke opfyldt«",
    "All items": "Alle punkter",
    "Every item of %1": "Alle punkter i %1",
    "Another pattern…": "Et andet mønster…",
    "Item keys, * for any text, e.g. integration.followup.*":
        "Punkternes nøgler, * for vilkårlig tekst, f.eks. integration.followup.*",
    "What is to be done, e.g. Sparring with the faglig koordinator":
        "Hvad der skal gøres, f.eks. Sparring med den faglige koordinator",
    "Add &rule": "Tilføj &regel",
    "&Name:": "&Navn:",
    "&Kind:": "&Type:",
    "&Items:": "&Punkter:",
    "&Pattern:": "&Mønster:",
    "&Threshold:": "&Grænse:",
    "A&ction:": "&Handling:",
    "all items": "alle punkter",
    "“%1” (%2)": "»%1« (%2)",
    "every item of %1": "alle punkter i %1",
    "the items under “%1” (%2)": "punkterne under »%1« (%2)",
    "the items matching %1": "punkterne, der passer til %1",
    "A caseworker has at least %1 “not met” answers on %2":
        "En sagsbehandler har mindst %1 svar med »ikke opfyldt« på %2",
    "More than %1 % of the answers on %2 are “not met”":
        "Mere end %1 % af svarene på %2 er »ikke opfyldt«",
    "%1 was added as %2.": "%1 er tilføjet som %2.",
    "%1 is now %2.": "%1 er nu %2.",
    "%1 can use Sagstjek again.": "%1 kan bruge Sagstjek igen.",
    "%1 can no longer use Sagstjek.": "%1 kan ikke længere bruge Sagstjek.",
    " “not met”": " »ikke opfyldt«",
    "Covers %n item(s) on the current cue cards.":
        ("Dækker %n punkt på de gældende tjeklister.", "Dækker %n punkter på de gældende tjeklister."),
    "The rule “%1” was added.": "Reglen »%1« er tilføjet.",
    "The rule “%1” no longer applies.": "Reglen »%1« gælder ikke længere.",
    "The rule “%1” applies again.": "Reglen »%1« gælder igen.",
})
DA.update({
    "You changed your own access: what you may no longer do is switched off here, and Sagstjek applies it in full when the database is opened again.":
        "Du har ændret din egen adgang: det, du ikke længere må, er slået fra her, og Sagstjek anvender ændringen fuldt ud, når databasen åbnes igen.",
# The export dialog: keys for machines, and the export in a worker with Cancel (issue 12).
    "Keys instead of words (for machines)": "Nøgler i stedet for ord (til maskiner)",
    "Field keys as headers, stored keys as values and ISO dates, as another program or a new import reads them.":
        "Feltnøgler som overskrifter, de gemte nøgler som værdier og ISO-datoer, sådan som et andet program eller "
        "en ny import læser dem.",
    "Exporting… %n row(s) written": ("Eksporterer… %n række skrevet", "Eksporterer… %n rækker skrevet"),
    "Cancel export": "Afbryd eksporten",
    "Cancelling…": "Afbryder…",
    "The export was cancelled. No file was written.": "Eksporten blev afbrudt. Der blev ikke skrevet nogen fil.",
})
DA.update({
    # Moving a file onto a team server and back (issue 11, stop 32)
    "at record %1: %2": "ved post %1: %2",
    "%n row(s) in %1": ("%n række i %1", "%n rækker i %1"),
    "%n audit record(s) of work": ("%n revisionspost om arbejde", "%n revisionsposter om arbejde"),
    "%n more": ("%n mere", "%n mere"),
    "The copy of %1 has %2 rows where %3 were expected; nothing was moved.":
        "Kopien af %1 har %2 rækker, hvor der skulle være %3; intet blev flyttet.",
    "%1 is not a database file: `server import-file` moves a file onto the server.":
        "%1 er ikke en databasefil: `server import-file` flytter en fil over på serveren.",
    "%1 is not a database file.": "%1 er ikke en databasefil.",
    "Nothing was moved: a team server must not start from an audit trail that cannot be trusted, and the trail of %1 is broken %2":
        "Intet blev flyttet: en teamserver må ikke begynde med et revisionsspor, der ikke kan stoles på, og sporet i %1 er brudt %2",
    "Only the owner of the server's database (the login that ran `server init`) can import a file: the import writes the file's audit trail as it is, which no other login may. %1 is not the owner.":
        "Kun ejeren af serverens database (det login, der kørte `server init`) kan importere en fil: importen skriver filens revisionsspor, som det er, og det må intet andet login. %1 er ikke ejeren.",
    "The team server %1 already holds work (%2). `server import-file` only fills a new server, set up with `server init`; nothing was moved.":
        "Teamserveren %1 indeholder allerede arbejde (%2). `server import-file` fylder kun en ny server, sat op med `server init`; intet blev flyttet.",
    "The users or settings on the server do not add up after the copy; nothing was moved.":
        "Brugerne eller indstillingerne på serveren stemmer ikke efter kopieringen; intet blev flyttet.",
    "Nothing was moved: the audit trail on the server does not verify after the copy. It is broken %1":
        "Intet blev flyttet: revisionssporet på serveren kan ikke eftervises efter kopieringen. Det er brudt %1",
    "%1 is not a file: `server export-file` writes a local database file.":
        "%1 er ikke en fil: `server export-file` skriver en lokal databasefil.",
    "The folder %1 does not exist; nothing was written. Create the folder first, or choose another file.":
        "Mappen %1 findes ikke; intet blev skrevet. Opret mappen først, eller vælg en anden fil.",
    "No copy was written: the audit trail on the server is broken %1":
        "Der blev ikke skrevet nogen kopi: revisionssporet på serveren er brudt %1",
    "The file was not written: the audit trail of the copy is broken %1":
        "Filen blev ikke skrevet: kopiens revisionsspor er brudt %1",
    "Cannot flush the copy %1 to the disk.": "Kan ikke skrive kopien %1 helt ud på disken.",
    "Cannot put the copy in place at %1.": "Kan ikke lægge kopien på plads som %1.",
    "The server's table %1 (column %2) is not one of Sagstjek's.":
        "Serverens tabel %1 (kolonne %2) er ikke en af Sagstjeks.",
    "The server's tables refer to each other in a circle; they cannot be copied.":
        "Serverens tabeller henviser til hinanden i ring; de kan ikke kopieres.",
    "The file has no table %1, which the server has.": "Filen har ikke tabellen %1, som serveren har.",
    "The table %1 differs between the file and the server (only in the file: %2; only on the server: %3).":
        "Tabellen %1 er forskellig i filen og på serveren (kun i filen: %2; kun på serveren: %3).",
    "every case (server export-file)": "alle sager (server export-file)",
    "%1 is a file, not a team server: its copy is a backup (\"sagstjek-cli backup -o FILE\").":
        "%1 er en fil, ikke en teamserver: dens kopi er en sikkerhedskopi (\"sagstjek-cli backup -o FIL\").",
    "%1 is a file: `server import-file` moves a file onto a team server, given with --db postgresql://USER@HOST/DATABASE.":
        "%1 er en fil: `server import-file` flytter en fil over på en teamserver, angivet med --db postgresql://BRUGER@VÆRT/DATABASE.",
})
