// File ▸ Connect to team server…: the dialog makes a location without the password, remembers the server in
// File ▸ Open recent, and (in the _pg run, against the test cluster) connects the window as the server's login.
#include "connectdialog.h"
#include "domain/casefile.h"
#include "storage/bulkcasewriter.h"
#include "storage/databaselocation.h"
#include "storage/serverpassword.h"
#include "testsupport.h"
#include "viewfixture.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace sagstjek;

namespace {

// Fills the dialog as a user does: Tab from field to field, typing.
void fill(ConnectDialog *dialog, const QString &host, int port, const QString &database, const QString &user,
          const QString &password)
{
    for (const auto &[name, text] : {std::pair{"host", host}, std::pair{"database", database}, std::pair{"user", user},
                                     std::pair{"password", password}}) {
        auto *field = dialog->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY(field);
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, text);
    }
    dialog->findChild<QSpinBox *>()->setValue(port);
}

QPushButton *connectButton(ConnectDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString problemOf(ConnectDialog *dialog)
{
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
    return problem && problem->isVisible() ? problem->text() : QString();
}

} // namespace

class TestViewConnect : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        language::install(language::resolve({}, QStringLiteral("en")));
    }

    void theDialogMakesALocationWithoutThePassword()
    {
        ConnectDialog dialog;
        dialog.show();
        fill(&dialog, QStringLiteral("sagstjek.kommune.local"), 5433, QStringLiteral("sagstjek"),
             QStringLiteral("mette"), QStringLiteral("hemmelig"));
        QCOMPARE(dialog.location(),
                 QStringLiteral("postgresql://mette@sagstjek.kommune.local:5433/sagstjek?sslmode=require"));
        QCOMPARE(dialog.password(), QStringLiteral("hemmelig"));
        // Unencrypted only when the user says so; a socket folder is this computer and has no such choice.
        dialog.findChild<QCheckBox *>()->setChecked(false);
        QVERIFY(dialog.location().endsWith(QStringLiteral("?sslmode=disable")));
        fill(&dialog, QStringLiteral("/run/postgresql"), 5432, QStringLiteral("sagstjek"), QStringLiteral("mette"), {});
        QVERIFY(!dialog.findChild<QCheckBox *>()->isEnabled());
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://mette@localhost/sagstjek?host=/run/postgresql"));

        // Missing fields are said beside them; the dialog stays open.
        fill(&dialog, {}, 5432, QStringLiteral("sagstjek"), QStringLiteral("mette"), {});
        connectButton(&dialog)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(problemOf(&dialog).contains(QStringLiteral("Fill in the server")), qPrintable(problemOf(&dialog)));
    }

    // `--db postgresql://…` (or a recent server) is never taken for a file name: nothing is created when the
    // server cannot be reached, and the database open before stays open.
    void anUnreachableServerCreatesNoFileAndKeepsTheDatabaseOpen()
    {
        viewfixture::Fixture f;
        QVERIFY(f.start());
        const QString before = f.controller.databasePath();
        const QString cwd = QDir::currentPath();
        QTemporaryDir elsewhere;
        QDir::setCurrent(elsewhere.path());
        const Status opened = f.controller.openDatabase(QStringLiteral("postgresql://nobody@127.0.0.1:1/sagstjek"),
                                                        Database::OpenMode::CreateIfMissing, true);
        QDir::setCurrent(cwd);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QStringLiteral("team server")), qPrintable(opened.error().message));
        QCOMPARE(QDir(elsewhere.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
        QCOMPARE(f.controller.databasePath(), before);
    }

    // Writes the dialog in Danish, after a failed attempt, to SAGSTJEK_SCREENSHOT_DIR, for a person to look at.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SAGSTJEK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SAGSTJEK_SCREENSHOT_DIR is not set");
        language::install(QStringLiteral("da"));
        {
            ConnectDialog dialog;
            dialog.show();
            fill(&dialog, QStringLiteral("sagstjek.kommune.local"), 5432, QStringLiteral("sagstjek"),
                 QStringLiteral("mette"), QStringLiteral("hemmelig"));
            dialog.setProblem(QStringLiteral("Kan ikke nå teamserveren postgresql://mette@sagstjek.kommune.local/"
                                             "sagstjek?sslmode=require: password authentication failed"));
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/connect-da.png")));
        }
        language::install(QStringLiteral("en"));
    }

    void aServerIsRememberedWithoutItsPassword()
    {
        viewfixture::Fixture f;
        const QString server = QStringLiteral("postgresql://mette@sagstjek.kommune.local/sagstjek?sslmode=require");
        f.settings.addRecentFile(server);
        QCOMPARE(f.settings.recentFiles().value(0), server);
        QVERIFY(AppSettings::isServerLocation(server));
        QVERIFY(!AppSettings::isServerLocation(QStringLiteral("/home/mette/sagstjek.sqlite")));
    }

    // On the test cluster: the window connects through the dialog, works as the server's login and shows its cases.
    void connectingThroughTheDialogWorksAsTheLogin()
    {
        if (!testsupport::onServer())
            QSKIP("Connecting needs the test cluster: the _pg run.");
        const QString location = testsupport::newServerDatabase();
        const auto where = DatabaseLocation::parse(location);
        QVERIFY(where);
        {
            auto db = Database::open(location, Database::OpenMode::OpenExisting);
            QVERIFY(db);
            auto ids = addCases(*db.value(), {[] {
                CaseFile c;
                c.caseNumber = QStringLiteral("SRV-1");
                c.name = QStringLiteral("Åse Ørsted");
                c.area = QStringLiteral("integration");
                return c;
            }()});
            QVERIFY(ids);
        }
        viewfixture::Fixture f;
        QVERIFY(f.start());
        const QString file = f.controller.databasePath();

        // First a database that does not exist: the server's answer is shown in the dialog, which asks again, and
        // the file stays open meanwhile. Then the right one.
        int step = 0;
        QString problem;
        bool fileStillOpen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            if (step == 0) {
                fill(dialog, where->host, where->port, QStringLiteral("no_such_db"), where->user, {});
            } else if (step == 1) {
                problem = problemOf(dialog);
                fileStillOpen = f.controller.databasePath() == file;
                fill(dialog, where->host, where->port, where->database, where->user, QStringLiteral("typed"));
            } else {
                dialog->reject();
                return;
            }
            ++step;
            connectButton(dialog)->click();
        });
        poll.start();
        const bool connected = f.window->connectToServer();
        poll.stop();
        QVERIFY(connected);
        QCOMPARE(step, 2);
        QVERIFY2(problem.contains(QStringLiteral("no_such_db")), qPrintable(problem));
        QVERIFY(fileStillOpen);
        QCOMPARE(f.controller.databasePath(), where->text());
        QCOMPARE(f.controller.user(), where->user); // the login, not the OS user or a chosen name
        QVERIFY2(f.window->windowTitle().contains(where->database + QStringLiteral(" on localhost")),
                 qPrintable(f.window->windowTitle()));
        QCOMPARE(f.controller.caseModel().rowCount(), 1);
        QCOMPARE(f.settings.recentFiles().value(0), where->text());
        QCOMPARE(serverpassword::of(where->text()), QStringLiteral("typed")); // in memory for reconnecting
        // … and nowhere on disk (SECURITY.md).
        QSettings settings;
        settings.sync();
        QFile written(settings.fileName());
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray content = written.readAll();
        QVERIFY(content.contains("postgresql://") && !content.contains("typed"));
        serverpassword::forget(where->text());
    }
};

QTEST_MAIN(TestViewConnect)
#include "tst_view_connect.moc"
