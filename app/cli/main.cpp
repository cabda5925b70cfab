// sagstjek-cli: the same services as the app, for scripts and tests.
#include "cli.h"

#include "services/workspace.h"

#include <QCoreApplication>
#include <QLocale>

using namespace sagstjek;
using namespace sagstjek::cli;

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage: sagstjek-cli [--db FILE] [--user NAME] [--lang da|en] COMMAND [ARGS] [--json]\n\nCommands:\n";
    for (const Command &command : commands())
        stream << "  " << command.usage << "\n      " << command.summary << "\n";
    stream << "\nExit codes: 0 success, 1 usage error, 2 invalid input (nothing was changed), 3 database or file "
              "error.\n";
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    workspace::setApplicationIdentity();

    Context context;
    context.dbPath = workspace::defaultDatabasePath();
    context.user = workspace::osUserName();
    context.language = QLocale().language() == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");

    // Global options may stand anywhere; the first other word is the command.
    QStringList rest;
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
            printUsage(context.out);
            return Success;
        } else {
            rest << argument;
        }
    }
    if (rest.isEmpty()) {
        printUsage(context.err);
        return UsageError;
    }
    const QString name = rest.takeFirst();
    const Command *command = nullptr;
    for (const Command &candidate : commands())
        if (candidate.name == name)
            command = &candidate;
    if (!command) {
        context.err << "Unknown command \"" << name << "\".\n";
        printUsage(context.err);
        return UsageError;
    }

    for (int i = 0; i < rest.size(); ++i) {
        const QString &argument = rest.at(i);
        if (argument.startsWith(u"--") ||
            (argument.startsWith(u'-') && argument.size() == 2 && !argument.at(1).isDigit())) {
            if (command->valueOptions.contains(argument)) {
                if (i + 1 >= rest.size())
                    return context.fail(
                        UsageError,
                        QStringLiteral("%1 needs a value.\nUsage: sagstjek-cli %2").arg(argument, command->usage));
                context.args.options[argument].append(rest.at(++i));
            } else if (command->flagOptions.contains(argument)) {
                context.args.options.insert(argument, {});
            } else {
                return context.fail(
                    UsageError,
                    QStringLiteral("Unknown option %1.\nUsage: sagstjek-cli %2").arg(argument, command->usage));
            }
        } else {
            context.args.positional << argument;
        }
    }
    const int code = command->run(context);
    return context.exitOverride >= 0 ? context.exitOverride : code;
}
