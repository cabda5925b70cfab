// sagstjek: the desktop app. Parses the command line, picks the language, opens the database and hands
// over to the main window.
#include "appcontroller.h"
#include "language.h"
#include "mainwindow.h"
#include "services/workspace.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

using namespace sagstjek;

namespace {

// At start, when the database cannot be opened: say why and offer another file, or quit.
bool openAtStart(MainWindow &window, AppController &controller, const QString &path)
{
    QString next = path;
    bool create = true;
    for (;;) {
        const Status opened = controller.openDatabase(
            next, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::OpenExisting,
            /*demoDataWhenNew*/ true);
        if (opened)
            return true;
        // A team server used last that wants a password (or is down): ask for it, with the server's answer.
        if (AppSettings::isServerLocation(next)) {
            if (window.connectToServer(next, opened.error().message))
                return true;
            next = workspace::defaultDatabasePath();
            create = true;
            continue;
        }
        QMessageBox box(QMessageBox::Warning, QObject::tr("Could not open the database"),
                        QObject::tr("%1\n\n%2").arg(next, opened.error().message));
        QPushButton *newButton = box.addButton(QObject::tr("&New…"), QMessageBox::AcceptRole);
        QPushButton *openButton = box.addButton(QObject::tr("&Open…"), QMessageBox::AcceptRole);
        box.addButton(QObject::tr("&Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == newButton) {
            next = QFileDialog::getSaveFileName(&window, QObject::tr("New database"));
            create = true;
        } else if (box.clickedButton() == openButton) {
            next = QFileDialog::getOpenFileName(&window, QObject::tr("Open database"));
            create = false;
        } else {
            return false;
        }
        if (next.isEmpty())
            return false;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    workspace::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Sagstjek"));
    QApplication::setApplicationVersion(QStringLiteral(SAGSTJEK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dk.sagstjek.Sagstjek"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sagstjek: review case handling with cue cards."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Open FILE (created with demo data when "
                                                     "missing)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the UI: da or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a 1366x768 picture of the window to FILE.png and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("Open the case CASE_NUMBER."),
                                        QStringLiteral("CASE_NUMBER"));
    const QCommandLineOption itemOption(QStringLiteral("item"), QStringLiteral("Focus the item ITEM_KEY of the case."),
                                        QStringLiteral("ITEM_KEY"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QStringLiteral("Show the tab review, defects, rounds, overview, "
                                                      "grants, complaints or actionplan."),
                                       QStringLiteral("TAB"));
    parser.addOptions({dbOption, langOption, shotOption, caseOption, itemOption, tabOption});
    parser.process(app);

    AppSettings settings;
    const QString lang = language::resolve(parser.value(langOption), settings.language());
    language::install(lang);

    AppController controller(workspace::osUserName(), lang);
    controller.setUserChooser([](const QStringList &users) {
        bool chosen = false;
        const QString user = QInputDialog::getItem(
            nullptr, QCoreApplication::translate("main", "Who are you?"),
            QCoreApplication::translate("main", "This database has a user list. Choose your name:"), users, 0, false,
            &chosen);
        return chosen ? user : QString();
    });
    MainWindow window(controller, settings);
    // The database used last (e.g. the empty one started from the demo banner), else the default one.
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : settings.recentFiles().value(0, workspace::defaultDatabasePath());
    if (!openAtStart(window, controller, path))
        return 3;

    if (parser.isSet(shotOption)) {
        // For the README: the window at a municipal laptop's size, once the event loop has settled.
        window.setGeometry(0, 0, 1366, 768);
        window.show();
        if (parser.isSet(caseOption) && !window.openCaseNumber(parser.value(caseOption), parser.value(itemOption))) {
            std::fprintf(stderr, "sagstjek: no case %s\n", qPrintable(parser.value(caseOption)));
            return 2;
        }
        if (parser.isSet(tabOption))
            window.showTab(parser.value(tabOption));
        const QString file = parser.value(shotOption);
        int result = 0;
        QTimer::singleShot(800, &window, [&] {
            if (!window.grab().save(file)) {
                std::fprintf(stderr, "sagstjek: could not write %s\n", qPrintable(file));
                result = 3;
            }
            QApplication::exit(result);
        });
        QApplication::exec();
        return result;
    }

    window.show();
    if (parser.isSet(caseOption))
        window.openCaseNumber(parser.value(caseOption), parser.value(itemOption));
    return QApplication::exec();
}
