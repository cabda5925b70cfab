// sagstjek-cli: the same services as the app, for scripts and tests.
#include "cli.h"
#include "commandline.h"

#include "services/workspace.h"

#include <QCoreApplication>
#include <QLocale>

using namespace sagstjek;
using namespace sagstjek::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    workspace::setApplicationIdentity();

    Context context;
    context.dbPath = workspace::defaultDatabasePath();
    context.user = workspace::osUserName();
    context.language = QLocale().language() == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");

    // Global options may stand anywhere; the rest is the command and its arguments.
    QStringList rest;
    bool help = false;
    const QStringList arguments = app.arguments().mid(1);
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto takeValue = [&](QString &target) {
            if (i + 1 >= arguments.size())
                return false;
            target = arguments.at(++i);
            return true;
        };
        if (argument == u"--db") {
            if (!takeValue(context.dbPath))
                return context.fail(UsageError, QStringLiteral("--db needs a file name."));
        } else if (argument == u"--user") {
            if (!takeValue(context.user) || context.user.trimmed().isEmpty())
                return context.fail(UsageError, QStringLiteral("--user needs a name."));
        } else if (argument == u"--lang") {
            if (!takeValue(context.language) || (context.language != u"da" && context.language != u"en"))
                return context.fail(UsageError, QStringLiteral("--lang takes da or en."));
        } else if (argument == u"--json") {
            context.json = true;
        } else if (argument == u"--help" || argument == u"-h") {
            help = true; // the global usage, or the named command's
        } else {
            rest << argument;
        }
    }
    return dispatch(context, rest, help);
}
