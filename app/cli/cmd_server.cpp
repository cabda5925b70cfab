// The team server: setting it up and bringing its schema up to date (issue 11).
#include "cli.h"

#include "services/accesspolicy.h"
#include "services/maintenanceservice.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

namespace sagstjek::cli {

namespace {

// One line from stdin, without its line end.
QString lineFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// Asks on the terminal without showing what is typed.
QString askHidden(Context &c, const QString &prompt)
{
    c.err << prompt;
    c.err.flush();
    termios before{};
    const bool terminal = tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios hidden = before;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    const QString answer = lineFromStdin();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
    c.err << Qt::endl;
    return answer;
}

// The new login's password: from stdin (--password-stdin, for scripts), or asked for twice on the terminal. Never
// an argument: the command line is visible to every user of the computer.
Result<QString> newPassword(Context &c, const QString &login)
{
    if (c.args.has(QStringLiteral("--password-stdin")))
        return lineFromStdin();
    if (!isatty(STDIN_FILENO))
        return invalidInput(QStringLiteral("There is no terminal to ask for %1's password on: give it on stdin with "
                                           "--password-stdin.")
                                .arg(login));
    const QString first = askHidden(c, QStringLiteral("Password for %1: ").arg(login));
    if (askHidden(c, QStringLiteral("Again: ")) != first)
        return invalidInput(QStringLiteral("The two passwords differ; nothing was changed."));
    return first;
}

int runAddUser(Context &c)
{
    const QString name = c.args.value(QStringLiteral("NAME"));
    if (c.database()->serverLogin().isEmpty())
        return c.fail(invalidInput(
            QStringLiteral("%1 is a file, not a team server: add its users with \"sagstjek-cli users add\".")
                .arg(c.dbPath)));
    auto password = newPassword(c, name);
    if (!password)
        return c.fail(password.error());
    auto added = UserService(c.session())
                     .add(name, c.args.value(QStringLiteral("--role")), c.args.value(QStringLiteral("--display-name")),
                          password.value());
    if (!added)
        return c.fail(added.error());
    if (c.json)
        c.printJson(QJsonObject{{QStringLiteral("name"), added->name},
                                {QStringLiteral("role"), roleKey(added->role)},
                                {QStringLiteral("display_name"), added->displayName}});
    else
        c.out << added->name << '\t' << roleKey(added->role) << '\t' << "active" << '\t' << added->displayName
              << Qt::endl;
    return Success;
}

int runServerSetup(Context &c, bool upgradeOnly)
{
    auto setup = Database::setUpServer(c.dbPath, upgradeOnly);
    if (!setup)
        return c.fail(setup.error());
    const Database::ServerSetup &s = setup.value();
    if (c.json) {
        c.printJson(QJsonObject{{QStringLiteral("schema_before"), s.versionBefore},
                                {QStringLiteral("schema"), s.version},
                                {QStringLiteral("administrator"), s.administrator},
                                {QStringLiteral("users_role"), s.usersRole}});
        return Success;
    }
    if (s.versionBefore == 0)
        c.out << "Team server ready: schema " << s.version << ", created. " << s.administrator
              << " is its first administrator." << Qt::endl;
    else if (s.versionBefore < s.version)
        c.out << "Team server upgraded: schema " << s.versionBefore << " to " << s.version << "." << Qt::endl;
    else
        c.out << "Team server up to date: schema " << s.version << "." << Qt::endl;
    c.out << "A login uses Sagstjek here as a member of the role " << s.usersRole << "." << Qt::endl;
    return Success;
}

QJsonObject auditJson(const AuditVerification &audit)
{
    return {{QStringLiteral("intact"), audit.intact},
            {QStringLiteral("records"), audit.records},
            {QStringLiteral("rows_checked"), audit.rowsChecked},
            {QStringLiteral("head"), audit.headHash}};
}

// The proof of a move: the rows of every table on both sides, and both audit trails verified.
int printTransfer(Context &c, const TransferReport &r, const QString &summary)
{
    if (c.json) {
        QJsonArray tables;
        for (const TransferReport::Table &table : r.tables)
            tables.append(QJsonObject{{QStringLiteral("table"), table.name},
                                      {QStringLiteral("source"), table.source},
                                      {QStringLiteral("target"), table.target}});
        c.printJson(QJsonObject{{QStringLiteral("source"), r.source},
                                {QStringLiteral("target"), r.target},
                                {QStringLiteral("tables"), tables},
                                {QStringLiteral("source_audit"), auditJson(r.sourceAudit)},
                                {QStringLiteral("target_audit"), auditJson(r.targetAudit)},
                                {QStringLiteral("users_kept"), QJsonArray::fromStringList(r.usersKept)},
                                {QStringLiteral("milliseconds"), r.milliseconds}});
        return Success;
    }
    c.out << summary << Qt::endl;
    c.out << "table\tfrom\tto" << Qt::endl;
    for (const TransferReport::Table &table : r.tables)
        c.out << table.name << '\t' << table.source << '\t' << table.target << Qt::endl;
    for (const auto &[where, audit] : {std::pair{r.source, &r.sourceAudit}, std::pair{r.target, &r.targetAudit}})
        c.out << "Audit trail of " << where << ": intact, " << audit->records << " records, " << audit->rowsChecked
              << " rows compared, chain head " << audit->headHash << '.' << Qt::endl;
    if (!r.usersKept.isEmpty())
        c.out << "Users the server already had keep their role there: " << r.usersKept.join(u", ") << '.' << Qt::endl;
    return Success;
}

int runImportFile(Context &c)
{
    auto moved = Database::importFileToServer(c.args.value(QStringLiteral("FILE")), c.dbPath);
    if (!moved)
        return c.fail(moved.error());
    const int printed = printTransfer(c, moved.value(),
                                      QStringLiteral("Moved %1 onto the team server %2 in %3 ms: every table has as "
                                                     "many rows on the server as in the file, and the audit trail "
                                                     "verifies on both sides.")
                                          .arg(moved->source, moved->target)
                                          .arg(moved->milliseconds));
    if (!c.json)
        c.out << "The file's users are names on the server until each gets a login: \"sagstjek-cli server add-user "
                 "NAME --role ROLE\"."
              << Qt::endl;
    return printed;
}

int runExportFile(Context &c)
{
    auto exported = MaintenanceService(c.session()).exportToFile(c.args.value(QStringLiteral("FILE")));
    if (!exported)
        return c.fail(exported.error());
    return printTransfer(c, exported.value(),
                         QStringLiteral("Wrote the team server %1 to %2 in %3 ms (readable by you only): every table "
                                        "has as many rows in the file as on the server, and the audit trail verifies "
                                        "on both sides.")
                             .arg(exported->source, exported->target)
                             .arg(exported->milliseconds));
}

Command setupCommand(const QString &name, const QString &summary, bool upgradeOnly)
{
    return {
        .name = name,
        .summary = summary,
        .description = u"Run by the database's owner, a login that may create roles (--db postgresql://USER@HOST/"
                       u"DATABASE; the password from ~/.pgpass or PGPASSWORD). Running it again changes nothing."_s,
        // It connects itself: there is no Sagstjek database to open before it.
        .database = DatabaseUse::None,
        .printsJson = true,
        .run = [upgradeOnly](Context &c) { return runServerSetup(c, upgradeOnly); },
    };
}

const Registration server{{
    .name = u"server"_s,
    .summary = u"Set up a team server (PostgreSQL) and bring its schema up to date."_s,
    .subcommands =
        {
            setupCommand(u"init"_s,
                         u"Create the Sagstjek schema and roles in an empty PostgreSQL database; the login "
                         u"running it becomes the first administrator."_s,
                         false),
            setupCommand(u"upgrade"_s,
                         u"Bring the team server's schema up to this version's (after updating "
                         u"Sagstjek)."_s,
                         true),
            {
                .name = u"import-file"_s,
                .summary = u"Move a local database file onto a new team server (after server init, before any work): "
                           u"every row as it is, with its audit trail; proven by the rows per table and audit verify "
                           u"on both sides, or nothing is moved. Run by the database's owner."_s,
                .positionals = {positional(u"FILE", u"The Sagstjek database file.")},
                // It connects as the owner itself, like init: the file's users are not the server's yet.
                .database = DatabaseUse::None,
                .printsJson = true,
                .run = runImportFile,
            },
            {
                .name = u"export-file"_s,
                .summary = u"Write the team server to a local database file (one snapshot; readable by you only), "
                           u"proven as import-file is. Logged as an export of every case."_s,
                .positionals = {positional(u"FILE", u"The database file to write (replaced if it exists).")},
                .permission = AccessPolicy::Permission::Backup,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runExportFile,
            },
            {
                .name = u"add-user"_s,
                .summary = u"Add a user who is also a login of the server: their password is asked for on the "
                           u"terminal (or read from stdin with --password-stdin) and sent only as a SCRAM hash. An "
                           u"existing login is let in and keeps its password."_s,
                .positionals = {positional(u"NAME", u"The login name (at most 63 bytes).")},
                .options = {option(u"--role", u"ROLE", u"caseworker, consultant, coordinator, leader or administrator.")
                                .required(),
                            option(u"--display-name", u"TEXT",
                                   u"The name shown for the user; a caseworker's is the name on their cases."),
                            flag(u"--password-stdin", u"Read the password from the first line of stdin.")},
                .permission = AccessPolicy::Permission::ManageUsers,
                .database = DatabaseUse::OpenExisting,
                .printsJson = true,
                .run = runAddUser,
            },
        },
}};

} // namespace

} // namespace sagstjek::cli
