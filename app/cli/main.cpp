// sagstjek-cli: the same services as the app, for scripts and tests.
#include "cli.h"
#include "commandline.h"

#include "services/workspace.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <cstring>
#include <memory>

using namespace sagstjek;
using namespace sagstjek::cli;

int main(int argc, char *argv[])
{
    // A PDF is laid out with fonts, which need a QGuiApplication; the command line never shows a window, so it
    // uses the offscreen platform whatever the environment says. Everything else stays a QCoreApplication.
    bool writesPdf = false;
    for (int i = 1; i < argc; ++i)
        writesPdf = writesPdf || std::strcmp(argv[i], "--pdf") == 0;
    std::unique_ptr<QCoreApplication> application;
    if (writesPdf) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    workspace::setApplicationIdentity();

    Context context;
    context.dbPath = workspace::defaultDatabasePath();
    context.user = workspace::osUserName();
    // Like the app: SAGSTJEK_LANGUAGE, else the environment's locale; --lang overrides both.
    const QString fromEnvironment = qEnvironmentVariable("SAGSTJEK_LANGUAGE").trimmed().toLower();
    if (fromEnvironment == u"da" || fromEnvironment == u"en")
        context.language = fromEnvironment;
    else
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
            context.userGiven = true;
        } else if (argument == u"--lang") {
            if (!takeValue(context.language) || (context.language != u"da" && context.language != u"en"))
                return context.fail(UsageError, QStringLiteral("--lang takes da or en."));
            context.languageGiven = true;
        } else if (argument == u"--json") {
            context.json = true;
        } else if (argument == u"--version" && rest.isEmpty()) {
            // Before any command it is the program's version; after one it is that command's (template export).
            context.out << "sagstjek-cli " << QStringLiteral(SAGSTJEK_VERSION) << Qt::endl;
            return 0;
        } else if (argument == u"--help" || argument == u"-h") {
            help = true; // the global usage, or the named command's
        } else {
            rest << argument;
        }
    }
    return dispatch(context, rest, help);
}
