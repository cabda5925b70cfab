// The case list: paged SQL, filters and sorting in the query, masked CPR.
#include "itemmodels/caselistmodel.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "services/workersession.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sagstjek;

class TestCaseListModel : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        m_db = testsupport::memoryDatabase();
        QList<CaseFile> cases;
        for (int i = 0; i < 1000; ++i) {
            CaseFile c;
            c.caseNumber = QStringLiteral("S-%1").arg(i, 4, 10, QLatin1Char('0'));
            c.cpr = QStringLiteral("0102%1%2").arg(60 + i % 40).arg(1000 + i);
            c.name = i == 7 ? QStringLiteral("Søren 100% Ærø_x") : QStringLiteral("Borger %1").arg(i);
            c.area = i % 2 ? QStringLiteral("integration") : QStringLiteral("sickness-benefit");
            c.caseworker = i % 3 ? QStringLiteral("Mette") : QStringLiteral("Jens");
            c.team = QStringLiteral("Team %1").arg(i % 4);
            cases << c;
        }
        auto done = addCases(*m_db, cases);
        QVERIFY2(done.ok(), qPrintable(done.error().message));
    }

    void modelIsConsistentUnderTheTester()
    {
        auto actor = testsupport::actor(*m_db);
        CaseListModel model(*actor.cases);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.waitForCount(); // counted on another connection when the database has one (a server)
        QCOMPARE(model.totalCount(), 1000);
        QVERIFY(model.rowCount() < 1000); // whole pages as asked (the tester asks too); the rest as the view scrolls
        QCOMPARE(model.rowCount() % CaseListModel::PageSize, 0);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        model.sort(CaseListModel::Name, Qt::DescendingOrder);
        CaseFilter filter = model.filter();
        filter.area = QStringLiteral("integration");
        model.setFilter(filter);
        model.waitForCount(); // counted on another connection when the database has one (a server)
        QCOMPARE(model.totalCount(), 500);
        QCOMPARE(model.rowCount(), CaseListModel::PageSize);
    }

    void theFilterListsHoldEachCaseworkerAndTeamOnce()
    {
        // Read one index seek a value: the same values, once each in the column's collation (NOCASE: "mette" is
        // "Mette"), in order, without the empty one, as SELECT DISTINCT gives.
        auto db = testsupport::memoryDatabase();
        QList<CaseFile> cases;
        const QStringList names{QStringLiteral("Mette"), QStringLiteral("mette"), QStringLiteral("Jens"), QString(),
                                QStringLiteral("Åse"),   QStringLiteral("Bo"),    QStringLiteral("jens")};
        for (int i = 0; i < 70; ++i) {
            CaseFile c;
            c.caseNumber = QStringLiteral("F-%1").arg(i);
            c.cpr = QStringLiteral("0102701%1").arg(100 + i);
            c.name = QStringLiteral("Borger %1").arg(i);
            c.area = QStringLiteral("integration");
            c.caseworker = names.at(i % names.size());
            c.team = i % 5 ? QStringLiteral("Team %1").arg(i % 3) : QString();
            cases << c;
        }
        QVERIFY(addCases(*db, cases).ok());
        for (const char *name : {"caseworker", "team"}) {
            const QString column = QString::fromLatin1(name);
            QSqlQuery distinct(sqlOf(*db));
            QVERIFY(
                distinct.exec(QStringLiteral("SELECT DISTINCT %1 FROM cases WHERE %1 <> '' ORDER BY %1").arg(column)));
            QStringList expected;
            while (distinct.next())
                expected << distinct.value(0).toString();
            const auto values = db->cases().distinctValues(column);
            QVERIFY(values.ok());
            // Which spelling stands for "jens" and "Jens" is the database's pick (PostgreSQL's differs from SQLite's).
            const auto lowered = [](QStringList list) {
                for (QString &value : list)
                    value = value.toLower();
                return list;
            };
            QCOMPARE(lowered(values.value()), lowered(expected));
            QCOMPARE(values->size(), column == u"caseworker" ? 4 : 3);
        }
        QVERIFY(!db->cases().distinctValues(QStringLiteral("cpr")).ok()); // only the two columns the filters offer
    }

    void aServerReaderIsKeptForTheThreadsNextTaskAndOpenedAgainWhenBroken()
    {
        if (!testsupport::onServer())
            QSKIP("a file's reader is closed after each task");
        const WorkerSessionSpec spec{m_db->path(), QStringLiteral("tester"), QStringLiteral("da"), {}};
        // The server process a background count ran on (0: the count failed).
        const auto countersBackend = [&] {
            qint64 backend = 0;
            const Status done = withReaderSession(spec, [&](Session &session) -> Status {
                auto count = CaseService(session).count({});
                if (!count)
                    return count.error();
                if (count.value() != 1000)
                    return databaseError(QStringLiteral("counted %1").arg(count.value()));
                backend =
                    sql::scalar(sqlOf(session.database()), QStringLiteral("SELECT pg_backend_pid()"))->toLongLong();
                return Ok{};
            });
            if (!done)
                qWarning("%s", qPrintable(done.error().message));
            return backend;
        };
        const qint64 first = countersBackend();
        QVERIFY(first > 0);
        QCOMPARE(countersBackend(), first); // no new connection for the next count
        // Its server process ends, as at a server restart: the next count opens a new connection and still counts.
        testsupport::onCluster(QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(first));
        const qint64 second = countersBackend();
        QVERIFY(second > 0);
        QVERIFY(second != first);
    }

    // The repository keeps each list statement prepared, and starts again when it holds many: more sorts and filters
    // than it keeps, and each still lists what it listed the first time.
    void everySortAndFilterListsTheSameCasesWhenAskedAgain()
    {
        auto actor = testsupport::actor(*m_db);
        CaseListModel model(*actor.cases);
        QMap<QString, qint64> firstCaseOf;
        for (int pass = 0; pass < 2; ++pass)
            for (int column = CaseListModel::CaseNumber; column < CaseListModel::Status; ++column)
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                    for (const QString &area : {QString(), QStringLiteral("integration")})
                        for (const QString &team : {QString(), QStringLiteral("Team 1")}) {
                            CaseFilter filter;
                            filter.area = area;
                            filter.team = team;
                            model.setFilter(filter);
                            model.sort(column, order);
                            model.fetchUpTo(300); // a second page, after the first one's key
                            const QString key = QStringLiteral("%1 %2 %3 %4").arg(column).arg(order).arg(area, team);
                            const qint64 first = model.caseIdAt(0) * 10000 + model.caseIdAt(220);
                            if (pass == 0)
                                firstCaseOf.insert(key, first);
                            else
                                QCOMPARE(first, firstCaseOf.value(key));
                        }
        QCOMPARE(firstCaseOf.size(), 6 * 2 * 2 * 2);
    }

    void pagesAreFetchedOnDemandAnywhereInTheList()
    {
        auto actor = testsupport::actor(*m_db);
        CaseListModel model(*actor.cases);
        QVERIFY(!model.index(999, CaseListModel::CaseNumber).isValid()); // not read yet
        QVERIFY(model.fetchUpTo(999));
        QCOMPARE(model.rowCount(), 1000);
        model.fetchMore({}); // 1000 is five whole pages: one more read finds the end
        QVERIFY(model.isComplete());
        QCOMPARE(model.index(999, CaseListModel::CaseNumber).data().toString(), QStringLiteral("S-0999"));
        QCOMPARE(model.index(0, CaseListModel::CaseNumber).data().toString(), QStringLiteral("S-0000"));
        QCOMPARE(model.index(CaseListModel::PageSize, CaseListModel::CaseNumber).data().toString(),
                 QStringLiteral("S-0200"));
    }

    void cprIsMasked()
    {
        auto actor = testsupport::actor(*m_db);
        CaseListModel model(*actor.cases);
        const QString shown = model.index(0, CaseListModel::Cpr).data().toString();
        QVERIFY2(shown.endsWith(QStringLiteral("-XXXX")), qPrintable(shown));
        QCOMPARE(shown.size(), 11);
    }

    void filtersAndSearch_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("caseworker");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << QString() << QString() << QString() << 1000;
        QTest::newRow("one area") << QStringLiteral("integration") << QString() << QString() << 500;
        QTest::newRow("one caseworker") << QString() << QStringLiteral("Jens") << QString() << 334;
        QTest::newRow("area and caseworker")
            << QStringLiteral("integration") << QStringLiteral("Jens") << QString() << 167;
        QTest::newRow("case number prefix") << QString() << QString() << QStringLiteral("S-00") << 100;
        QTest::newRow("case number prefix ignores case") << QString() << QString() << QStringLiteral("s-099") << 10;
        QTest::newRow("part of a name") << QString() << QString() << QStringLiteral("rger 99") << 11;
        QTest::newRow("Danish letters") << QString() << QString() << QStringLiteral("Ærø") << 1;
        QTest::newRow("percent is literal") << QString() << QString() << QStringLiteral("100%") << 1;
        QTest::newRow("underscore is literal") << QString() << QString() << QStringLiteral("Ærø_x") << 1;
        QTest::newRow("underscore is not a wildcard") << QString() << QString() << QStringLiteral("r_n") << 0;
        QTest::newRow("two letters match the start of a name") << QString() << QString() << QStringLiteral("Sø") << 1;
        QTest::newRow("SQL is just text") << QString() << QString() << QStringLiteral("'; DROP TABLE cases;--") << 0;
        QTest::newRow("whole CPR with hyphen") << QString() << QString() << QStringLiteral("010260-1000") << 1;
        QTest::newRow("whole CPR without hyphen") << QString() << QString() << QStringLiteral("0102601000") << 1;
    }

    void filtersAndSearch()
    {
        QFETCH(QString, area);
        QFETCH(QString, caseworker);
        QFETCH(QString, search);
        QFETCH(int, rows);
        auto actor = testsupport::actor(*m_db);
        CaseListModel model(*actor.cases);
        CaseFilter filter;
        filter.area = area;
        filter.caseworker = caseworker;
        filter.search = search;
        model.setFilter(filter);
        model.waitForCount(); // counted on another connection when the database has one (a server)
        QCOMPARE(model.totalCount(), rows);
        QCOMPARE(model.rowCount(), qMin(rows, int(CaseListModel::PageSize)));
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(sql::scalar(sqlOf(*m_db), QStringLiteral("SELECT count(*) FROM cases"))->toInt(), 1000);
    }

    // A review's new status changes its row in place, without reading the list again, when neither the filter
    // nor the order follows the status; otherwise the rows held are read again.
    void aStatusChangeUpdatesTheRowInPlaceUnlessTheListFollowsTheStatus()
    {
        auto actor = testsupport::actor(*m_db);
        CaseListModel model(*actor.cases);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * CaseListModel::PageSize);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 deep = model.caseIdAt(300);
        QCOMPARE(model.index(300, 0).data(CaseListModel::StatusKeyRole).toString(), QStringLiteral("not-started"));
        QVERIFY(model.updateStatus(deep, QStringLiteral("in-progress")));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(300, 0).data(CaseListModel::StatusKeyRole).toString(), QStringLiteral("in-progress"));
        QCOMPARE(model.rowCount(), 2 * CaseListModel::PageSize);

        CaseFilter filter;
        filter.status = QStringLiteral("not-started");
        model.setFilter(filter);
        reset.clear();
        QVERIFY(!model.updateStatus(model.caseIdAt(0), QStringLiteral("in-progress")));
        QCOMPARE(reset.size(), 1); // read again: the filter may now leave the case out
        model.setFilter({});
        model.sort(CaseListModel::Status, Qt::AscendingOrder);
        reset.clear();
        QVERIFY(!model.updateStatus(model.caseIdAt(0), QStringLiteral("completed")));
        QCOMPARE(reset.size(), 1); // read again: the order follows the status
    }

    void sortingIsDoneBySqlOverAllRows()
    {
        auto actor = testsupport::actor(*m_db);
        CaseListModel model(*actor.cases);
        model.sort(CaseListModel::CaseNumber, Qt::DescendingOrder);
        QCOMPARE(model.index(0, CaseListModel::CaseNumber).data().toString(), QStringLiteral("S-0999"));
        model.sort(CaseListModel::Caseworker, Qt::AscendingOrder);
        QCOMPARE(model.index(0, CaseListModel::Caseworker).data().toString(), QStringLiteral("Jens"));
        QVERIFY(model.fetchUpTo(999));
        QCOMPARE(model.index(999, CaseListModel::Caseworker).data().toString(), QStringLiteral("Mette"));
    }
    // The status column is that of the review the user works in: the case's review in the round in context, or
    // (context 0) its review outside any round; filtering and sorting follow the same review.
    void theStatusIsThatOfTheReviewInTheRoundInContext()
    {
        auto db = testsupport::memoryDatabase();
        QList<CaseFile> cases;
        for (int i = 0; i < 6; ++i) {
            CaseFile c;
            c.caseNumber = QStringLiteral("R-%1").arg(i);
            c.name = QStringLiteral("Borger %1").arg(i);
            c.area = QStringLiteral("integration");
            c.subgroup = QStringLiteral("refugee");
            cases << c;
        }
        const QList<qint64> ids = addCases(*db, cases).value();
        auto roundsActor = testsupport::actor(*db, QStringLiteral("koord"));
        RoundService rounds(*roundsActor.session);
        RoundSpec spec;
        spec.name = QStringLiteral("Runde");
        spec.kind = RoundKind::Walkthrough;
        auto round = rounds.create(spec);
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        auto reviewsActor = testsupport::actor(*db, QStringLiteral("rev"));
        ReviewService reviews(*reviewsActor.session);
        const QString key = QStringLiteral("integration.contract.goal");
        QVERIFY(reviews.answer(ReviewRef{ids.at(1), round->id}, key, AnswerValue::Met).ok());
        QVERIFY(reviews.answer(ReviewRef{ids.at(3)}, key, AnswerValue::Met).ok());
        QVERIFY(sql::run(sqlOf(*db), QStringLiteral("UPDATE reviews SET status = 'approved' WHERE case_id = ?"),
                         {ids.at(1)})
                    .ok()); // approved counts as completed in the list

        auto actor = testsupport::actor(*db);
        CaseListModel model(*actor.cases);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto statusOf = [&](int row) {
            return model.index(row, 0).data(CaseListModel::StatusKeyRole).toString();
        };
        QCOMPARE(model.roundContext(), 0);
        QCOMPARE(statusOf(1), QStringLiteral("not-started"));
        QCOMPARE(statusOf(3), QStringLiteral("in-progress"));
        QCOMPARE(model.currentStatus(ids.at(1)).value(), QStringLiteral("not-started"));

        model.setRoundContext(round->id);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(statusOf(1), QStringLiteral("completed"));
        QCOMPARE(statusOf(3), QStringLiteral("not-started"));
        QCOMPARE(model.currentStatus(ids.at(1)).value(), QStringLiteral("completed"));
        CaseFilter filter;
        filter.status = QStringLiteral("completed");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.caseIdAt(0), ids.at(1));
        filter.status = QStringLiteral("not-started");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 5);
        model.waitForCount();
        QCOMPARE(model.totalCount(), 5);
        filter.status.clear();
        model.setFilter(filter);
        model.sort(CaseListModel::Status, Qt::AscendingOrder);
        QCOMPARE(model.caseIdAt(0), ids.at(1)); // "completed" sorts first

        model.setRoundContext(0);
        filter.status = QStringLiteral("in-progress");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.caseIdAt(0), ids.at(3));
    }
};

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
