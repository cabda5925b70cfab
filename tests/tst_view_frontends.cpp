// The GUI and the CLI are two front ends on the same services: a search, a caseworker's scope and a refused
// look-up give the same result and the same access-log entries from both (issue 9).
#include "appcontroller.h"
#include "caselistwidget.h"
#include "domain/cpr.h"
#include "exportdialog.h"
#include "itemmodels/caselistmodel.h"
#include "mainwindow.h"
#include "services/caseimporter.h"
#include "services/reviewservice.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"
#include "viewfixture.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace sagstjek;
using namespace viewfixture;

namespace {

// The newest access-log entries a CLI run wrote, read with a private connection after it exited.
QStringList cliAccessLogAfter(const QString &path, qint64 afterId, const QString &user)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        return {db.error().message};
    return testsupport::accessLogAfter(*db.value(), afterId, user);
}

qint64 cliLastAccessId(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    return db ? testsupport::lastAccessId(*db.value()) : -1;
}

} // namespace

class TestViewFrontEnds : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        language::install(QStringLiteral("en"));
    }
    void aSearchInTheGuiIsLoggedAsTheCliLogsIt();
    void aCaseworkerGetsTheSameScopeAndRefusalFromBoth();
};

void TestViewFrontEnds::aSearchInTheGuiIsLoggedAsTheCliLogsIt()
{
    Fixture f;
    QVERIFY(f.start());
    const QString path = f.controller.databasePath();
    Database &db = f.controller.database();
    CaseListModel &model = f.controller.caseModel();
    const qint64 someCase = model.caseIdAt(3);
    const CaseFile caseFile = f.controller.database().cases().load(someCase).value();
    QVERIFY(!caseFile.cpr.isEmpty());

    // A whole CPR number typed in the search field: one entry with the masked criterion, one for the case found.
    const qint64 before = testsupport::lastAccessId(db);
    CaseListWidget *list = f.window->caseList();
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(list->searchField(), caseFile.cpr);
    QTRY_COMPARE(model.filter().search, caseFile.cpr);
    QCOMPARE(model.rowCount(), 1);
    const QStringList gui = testsupport::accessLogAfter(db, before, QStringLiteral("tester"));
    const QString criterion = QStringLiteral("cpr=") + cpr::mask(caseFile.cpr);
    QCOMPARE(gui, QStringList({QStringLiteral("search||") + criterion,
                               QStringLiteral("search|%1|%2").arg(caseFile.caseNumber, criterion)}));
    QVERIFY(!sql::scalar(sqlOf(db), QStringLiteral("SELECT count(*) FROM access_log WHERE criterion LIKE ?"),
                         {QStringLiteral("%") + caseFile.cpr.right(4) + QStringLiteral("%")})
                 ->toInt()); // never the full number

    // Re-sorting the same search is not a new look-up.
    const qint64 afterSearch = testsupport::lastAccessId(db);
    model.sort(CaseListModel::Name, Qt::DescendingOrder);
    QCOMPARE(testsupport::lastAccessId(db), afterSearch);

    // The same search from the command line logs the same entries.
    QVERIFY(f.controller.openDatabase(f.dir.filePath(QStringLiteral("other.sqlite")),
                                      Database::OpenMode::CreateIfMissing)); // releases the file's lock
    const qint64 beforeCli = cliLastAccessId(path);
    const auto run =
        testsupport::runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("tester"),
                             QStringLiteral("cases"), QStringLiteral("--search"), caseFile.cpr});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(cliAccessLogAfter(path, beforeCli, QStringLiteral("tester")), gui);
}

void TestViewFrontEnds::aCaseworkerGetsTheSameScopeAndRefusalFromBoth()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    QString caseworker;
    qint64 othersCase = 0;
    QString othersNumber;
    {
        auto db = testsupport::fileDatabase(dir, QStringLiteral("team.sqlite"), true);
        CaseRepository &cases = db->cases();
        auto first = cases.page(CaseFilter{}, 0, 1);
        caseworker = first->first().caseworker;
        auto all = cases.page(CaseFilter{}, 0, 1000);
        for (const CaseRow &row : all.value())
            if (row.caseworker != caseworker) {
                othersCase = row.id;
                othersNumber = row.caseNumber;
                break;
            }
    }
    QVERIFY(othersCase > 0);
    const auto cli = [&](const QString &user, QStringList arguments) {
        arguments.prepend(user);
        arguments.prepend(QStringLiteral("--user"));
        arguments.prepend(path);
        arguments.prepend(QStringLiteral("--db"));
        return testsupport::runCli(arguments);
    };
    QCOMPARE(cli(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"),
                                           QStringLiteral("--role"), QStringLiteral("administrator")})
                 .exitCode,
             0);
    QCOMPARE(cli(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("add"), caseworker,
                                           QStringLiteral("--role"), QStringLiteral("caseworker")})
                 .exitCode,
             0);

    // The GUI, signed in as the caseworker.
    AppController controller(caseworker, QStringLiteral("en"));
    QVERIFY(controller.openDatabase(path, Database::OpenMode::OpenExisting));
    Database &db = controller.database();
    CaseFilter own;
    own.caseworker = caseworker;
    const int ownCount = controller.database().cases().count(own).value();
    QCOMPARE(controller.caseModel().rowCount(), ownCount);
    CaseFilter tryAll; // asking for another caseworker's cases still shows only one's own
    tryAll.caseworker = QStringLiteral("Someone Else");
    controller.caseModel().setFilter(tryAll);
    QCOMPARE(controller.caseModel().rowCount(), ownCount);
    const qint64 beforeOpen = testsupport::lastAccessId(db);
    auto opened = controller.service().open(ReviewRef{othersCase});
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Refused);
    const QStringList guiRefusal = testsupport::accessLogAfter(db, beforeOpen, caseworker);
    QCOMPARE(guiRefusal.size(), 1);
    QVERIFY2(guiRefusal.first().startsWith(QStringLiteral("refused|") + othersNumber), qPrintable(guiRefusal.first()));

    // An export from the dialog: only the caseworker's own cases, logged.
    const qint64 beforeExport = testsupport::lastAccessId(db);
    {
        ExportDialog dialog(controller.session());
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("csv")));
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        QVERIFY(dialog.exportTo(dir.filePath(QStringLiteral("gui.csv"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000); // written in a worker thread
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }
    const QStringList guiExport = testsupport::accessLogAfter(db, beforeExport, caseworker);
    QCOMPARE(guiExport.size(), 1);
    QVERIFY2(guiExport.first().contains(QStringLiteral("caseworker=") + caseworker), qPrintable(guiExport.first()));

    // Importing cases is not a caseworker's: refused by the importer itself, and logged.
    const qint64 beforeImport = testsupport::lastAccessId(db);
    auto imported = CaseImporter(controller.session(), {})
                        .import({QStringLiteral("case_number"), QStringLiteral("area")},
                                {{QStringLiteral("X-1"), QStringLiteral("integration")}}, {});
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::Refused);
    const QStringList guiImportRefusal = testsupport::accessLogAfter(db, beforeImport, caseworker);
    QCOMPARE(guiImportRefusal.size(), 1);
    QVERIFY(guiImportRefusal.first().startsWith(QStringLiteral("refused|")));

    // The CLI, as the same caseworker: the same list, export, refusal messages and log entries.
    QVERIFY(controller.openDatabase(dir.filePath(QStringLiteral("other.sqlite")), Database::OpenMode::CreateIfMissing));
    const auto listed = cli(caseworker, {QStringLiteral("cases"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), ownCount);
    const qint64 beforeCard = cliLastAccessId(path);
    const auto card = cli(caseworker, {QStringLiteral("card"), othersNumber});
    QCOMPARE(card.exitCode, 2);
    QVERIFY2(QString::fromUtf8(card.err).contains(opened.error().message), card.err.constData());
    QCOMPARE(cliAccessLogAfter(path, beforeCard, caseworker), guiRefusal);
    const qint64 beforeCliExport = cliLastAccessId(path);
    QCOMPARE(cli(caseworker, {QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("-o"),
                              dir.filePath(QStringLiteral("cli.csv"))})
                 .exitCode,
             0);
    QCOMPARE(cliAccessLogAfter(path, beforeCliExport, caseworker), guiExport);
    QCOMPARE(testsupport::fileHash(dir.filePath(QStringLiteral("cli.csv"))),
             testsupport::fileHash(dir.filePath(QStringLiteral("gui.csv"))));
    const auto others = cli(caseworker, {QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("-o"),
                                         dir.filePath(QStringLiteral("others.csv")), QStringLiteral("--caseworker"),
                                         QStringLiteral("Someone Else")});
    QCOMPARE(others.exitCode, 2);
    QFile csv(dir.filePath(QStringLiteral("new.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("case_number;area\nX-1;integration\n");
    csv.close();
    const qint64 beforeCliImport = cliLastAccessId(path);
    const auto import = cli(caseworker, {QStringLiteral("import-cases"), csv.fileName()});
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(QString::fromUtf8(import.err).contains(imported.error().message), import.err.constData());
    QCOMPARE(cliAccessLogAfter(path, beforeCliImport, caseworker), guiImportRefusal);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("others.csv"))));
}

QTEST_MAIN(TestViewFrontEnds)
#include "tst_view_frontends.moc"
