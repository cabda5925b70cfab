// The team server: setting it up and bringing its schema up to date (issue 11).
#include "cli.h"

#include "storage/database.h"

#include <QJsonObject>

namespace sagstjek::cli {

namespace {

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
        },
}};

} // namespace

} // namespace sagstjek::cli
