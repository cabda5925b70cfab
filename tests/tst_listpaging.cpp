// Lists that grow with the database are read a keyset page at a time (issue 13): the defect models read nothing
// until a view asks and then page in the list's order; the case list's and the access log's keyset pages give the
// same rows, in the same order, as one unpaged read. The case list model reads keyset pages as the view scrolls
// and counts in a background thread.
#include "itemmodels/caselistmodel.h"
#include "itemmodels/defectlistmodel.h"
#include "itemmodels/roundmodels.h"
#include "services/accesslogservice.h"
#include "services/defectservice.h"
#include "services/roundservice.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sagstjek;

class TestListPaging : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_searchDb; // 10,600 cases, made by the first search test that needs them

    template <typename Model> static QList<qint64> idsOf(Model &model, int role)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(role).toLongLong();
        return ids;
    }

    QList<qint64> unpagedIds(const TrackerFilter &filter)
    {
        auto actor = testsupport::actor(*m_db);
        QList<qint64> ids;
        DefectService service(*actor.session);
        const auto all = service.list(filter);
        for (const TrackedDefect &t : all.value())
            ids << t.defect.id;
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_db = testsupport::memoryDatabase();
        testsupport::addReviewedCases(*m_db, 300, 3); // 900 defects, one in five undated, due dates repeating
    }

    void theDefectListReadsNothingUntilAViewAsksThenPagesInOrder_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("status");
        QTest::newRow("every defect") << QString() << QString();
        QTest::newRow("one owner") << QStringLiteral("Mette") << QString();
        QTest::newRow("open") << QString() << QStringLiteral("open");
    }
    void theDefectListReadsNothingUntilAViewAsksThenPagesInOrder()
    {
        QFETCH(QString, owner);
        QFETCH(QString, status);
        TrackerFilter filter;
        filter.owner = owner;
        filter.status = status;
        const QList<qint64> expected = unpagedIds(filter);
        QVERIFY(expected.size() > 2 * DefectListModel::PageSize);

        auto actor = testsupport::actor(*m_db);
        DefectService service(*actor.session);
        DefectListModel model(service);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0); // nothing read before a view asks
        QVERIFY(model.canFetchMore({}));
        {
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            // The tester asked: whole pages, not everything.
            QVERIFY(model.rowCount() > 0 && model.rowCount() % DefectListModel::PageSize == 0);
            QVERIFY(model.rowCount() < expected.size());
            while (model.canFetchMore({}))
                model.fetchMore({});
            QVERIFY(model.isComplete());
            QCOMPARE(idsOf(model, DefectListModel::DefectIdRole), expected);
        }
        // Once a view has asked, a refresh reads the first page again at once.
        model.refresh();
        QCOMPARE(model.rowCount(), DefectListModel::PageSize);
        QCOMPARE(idsOf(model, DefectListModel::DefectIdRole), expected.mid(0, DefectListModel::PageSize));
    }

    void theRemediationTrackerPagesTheSameWay()
    {
        const QList<qint64> expected = unpagedIds({});
        auto actor = testsupport::actor(*m_db);
        DefectService service(*actor.session);
        DefectTrackerModel model(service);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(idsOf(model, DefectTrackerModel::DefectIdRole), expected);
    }

    // Keyset pages of odd size across the dated/undated boundary and ties on the due date.
    void defectKeysetPagesMatchTheUnpagedList()
    {
        const QList<qint64> expected = unpagedIds({});
        auto actor = testsupport::actor(*m_db);
        DefectService service(*actor.session);
        QList<qint64> paged;
        QVERIFY(service.forEach({}, 0, [&](const TrackedDefect &t) { paged << t.defect.id; }).ok());
        QCOMPARE(paged, expected);
        TrackerFilter page;
        page.limit = 37;
        QList<qint64> byHand;
        for (;;) {
            auto rows = service.list(page).value();
            for (const TrackedDefect &t : rows)
                byHand << t.defect.id;
            if (rows.size() < page.limit)
                break;
            page.after = DefectListKey{rows.constLast().defect.due, rows.constLast().defect.id};
        }
        QCOMPARE(byHand, expected);
        QList<qint64> limited;
        QVERIFY(service.forEach({}, 801, [&](const TrackedDefect &t) { limited << t.defect.id; }).ok());
        QCOMPARE(limited, expected.mid(0, 801));
    }

    void caseKeysetPagesMatchOneRead_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("area");
        using S = CaseFilter::SortColumn;
        QTest::newRow("case number") << int(S::CaseNumber) << false << QString();
        QTest::newRow("case number, descending") << int(S::CaseNumber) << true << QString();
        QTest::newRow("name") << int(S::Name) << false << QString();
        QTest::newRow("caseworker, descending") << int(S::Caseworker) << true << QString();
        QTest::newRow("team, one area") << int(S::Team) << false << QStringLiteral("integration");
        QTest::newRow("progress") << int(S::Progress) << false << QString();
    }
    void caseKeysetPagesMatchOneRead()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, area);
        CaseFilter filter;
        filter.sortColumn = CaseFilter::SortColumn(column);
        filter.descending = descending;
        filter.area = area;
        auto all = m_db->cases().page(filter, 0, 100000).value();
        QVERIFY(all.size() >= 150);
        QStringList expected;
        for (const CaseRow &row : all)
            expected << row.caseNumber;
        QStringList paged;
        for (;;) {
            auto rows = m_db->cases().page(filter, 0, 41).value();
            for (const CaseRow &row : rows)
                paged << row.caseNumber;
            if (rows.size() < 41)
                break;
            filter.after = caseListKeyOf(filter, rows.constLast());
        }
        QCOMPARE(paged, expected);
    }

    void aSearchForACommonNameGivesTheSameRowsWalkedInOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("search");
        using S = CaseFilter::SortColumn;
        // "Jensen" matches 10,400 names (the walk through the order's index), "Holm" 100 (looked up and sorted).
        for (const QString &search : {QStringLiteral("Jensen"), QStringLiteral("holm")}) {
            QTest::addRow("%s, case number", qPrintable(search)) << int(S::CaseNumber) << false << search;
            QTest::addRow("%s, case number, descending", qPrintable(search)) << int(S::CaseNumber) << true << search;
            QTest::addRow("%s, name", qPrintable(search)) << int(S::Name) << false << search;
            QTest::addRow("%s, team, descending", qPrintable(search)) << int(S::Team) << true << search;
        }
    }
    void aSearchForACommonNameGivesTheSameRowsWalkedInOrder()
    {
        // A search matching many names walks the list's order instead of sorting every match (1M cases: 45 ms
        // against 180 ms): the rows, their order and the keyset pages are the same as the unsearched list filtered.
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, search);
        if (!m_searchDb)
            m_searchDb = [] {
                auto made = testsupport::memoryDatabase();
                QList<CaseFile> cases;
                for (int i = 0; i < 10600; ++i) {
                    CaseFile c;
                    c.caseNumber = QStringLiteral("%1-%2")
                                       .arg(i % 7 ? u"S" : u"JENSEN")
                                       .arg(i * 7919 % 10600, 5, 10, QLatin1Char('0'));
                    c.cpr = QStringLiteral("0101%1%2").arg(50 + i % 40).arg(1000 + i % 9000);
                    c.name = i < 10400 ? QStringLiteral("Anne %1 Jensen").arg(i % 13)
                                       : QStringLiteral("Holm %1 Olsen").arg(i % 5);
                    if (i % 101 == 0)
                        c.name = QStringLiteral("Bo Holmsen"); // matches both searches
                    c.area = QStringLiteral("integration");
                    c.caseworker = QStringLiteral("Mette");
                    c.team = QStringLiteral("Team %1").arg(i % 4);
                    cases << c;
                }
                if (auto added = addCases(*made, cases); !added)
                    qFatal("%s", qPrintable(added.error().message));
                return made;
            }();
        Database *db = m_searchDb.get();
        CaseFilter filter;
        filter.sortColumn = CaseFilter::SortColumn(column);
        filter.descending = descending;
        QStringList expected;
        const auto all = db->cases().page(filter, 0, 100000).value();
        for (const CaseRow &row : all)
            if (row.name.contains(search, Qt::CaseInsensitive) ||
                row.caseNumber.startsWith(search, Qt::CaseInsensitive))
                expected << row.caseNumber;
        QVERIFY(expected.size() >= 100);
        filter.search = search;
        QStringList paged;
        for (;;) {
            auto rows = db->cases().page(filter, 0, 997);
            QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
            for (const CaseRow &row : rows.value())
                paged << row.caseNumber;
            if (rows->size() < 997)
                break;
            filter.after = caseListKeyOf(filter, rows->constLast());
        }
        QCOMPARE(paged.size(), expected.size());
        QCOMPARE(paged, expected);
    }

    void theCaseListModelPagesByKeysetLikeOneRead_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (const int column : {int(CaseListModel::CaseNumber), int(CaseListModel::Name), int(CaseListModel::Area),
                                 int(CaseListModel::Caseworker), int(CaseListModel::Team), int(CaseListModel::Status)})
            for (const bool descending : {false, true})
                QTest::addRow("column %d%s", column, descending ? ", descending" : "") << column << descending;
    }
    void theCaseListModelPagesByKeysetLikeOneRead()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        auto actor = testsupport::actor(*m_db);
        CaseListModel model(*actor.cases);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        // The first page at once, and the number of cases found (a private in-memory database is counted in place; a
        // server on a second connection).
        QCOMPARE(model.rowCount(), CaseListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.waitForCount(); // counted on another connection when the database has one (a server)
        QCOMPARE(model.totalCount(), 300);

        const auto all = m_db->cases().page(model.filter(), 0, 100000).value();
        QCOMPARE(all.size(), 300);
        QStringList expected;
        QSet<QString> sortValues;
        for (const CaseRow &row : all) {
            expected << row.caseNumber;
            sortValues << caseListKeyOf(model.filter(), row).sortValue;
        }
        if (column != CaseListModel::CaseNumber && column != CaseListModel::Name)
            QVERIFY2(sortValues.size() < 10, "the order must have ties for the keyset to cross");

        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.isComplete());
        QStringList paged;
        for (int row = 0; row < model.rowCount(); ++row)
            paged << model.index(row, CaseListModel::CaseNumber).data().toString();
        QCOMPARE(paged, expected);

        // A re-read keeps as many rows as were held (the user's place); a new order starts again at the top.
        model.refresh();
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.index(299, CaseListModel::CaseNumber).data().toString(), expected.constLast());
        model.sort(column, descending ? Qt::AscendingOrder : Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), CaseListModel::PageSize);
        QCOMPARE(model.index(0, CaseListModel::CaseNumber).data().toString(), expected.constLast());
    }

    // On a database file the number of cases found is counted on a connection of its own in a background thread:
    // the rows are there first, the count arrives with countChanged, and a count for an older search is dropped.
    void theCaseCountArrivesFromABackgroundThread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = testsupport::fileDatabase(dir);
        testsupport::addReviewedCases(*db, 451, 0); // 226 and 225 in the two areas
        auto actor = testsupport::actor(*db);
        CaseListModel model(*actor.cases);
        QSignalSpy counted(&model, &CaseListModel::countChanged);
        QCOMPARE(model.rowCount(), CaseListModel::PageSize); // the rows at once
        QCOMPARE(model.totalCount(), -1);                    // the number not yet
        QVERIFY(counted.wait(20000));
        QCOMPARE(counted.constLast().at(0).toInt(), 451);
        QCOMPARE(model.totalCount(), 451);

        // A new search: the old count is not shown for it, and its own arrives.
        CaseFilter filter = model.filter();
        filter.area = QStringLiteral("integration");
        model.setFilter(filter);
        const int integration = db->cases().count(filter).value();
        QVERIFY(integration > CaseListModel::PageSize && integration < 451);
        QCOMPARE(model.totalCount(), -1);
        filter.area = QStringLiteral("sickness-benefit");
        model.setFilter(filter); // while the first count may still run
        const int sickness = db->cases().count(filter).value();
        QVERIFY(sickness != integration);
        QTRY_COMPARE(model.totalCount(), sickness);
        QTest::qWait(100); // a late count of the earlier search must not replace it
        QCOMPARE(model.totalCount(), sickness);
        QVERIFY(model.lastError().isEmpty());

        // A count that cannot be made is reported, not left "counting" in silence: the file moved away under the
        // open connection, so the count's own connection cannot open it.
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("t.db")), dir.filePath(QStringLiteral("moved.db"))));
        QSignalSpy failed(&model, &CaseListModel::errorOccurred);
        model.refresh(); // the same search: read again, not logged again (a moved file takes no writes)
        QCOMPARE(model.rowCount(), CaseListModel::PageSize); // the rows, from the open connection
        QVERIFY(failed.wait(20000));
        QCOMPARE(model.totalCount(), -1);
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(failed.constLast().at(0).toString(), model.lastError());
    }

    // A round's cases, a page of 200 at a time in drawing order (keyset on the draw order): the same rows as one
    // read, with a reviewer filter too; a refresh reads as far down as the view had read.
    void theRoundCaseModelPagesByDrawOrderLikeOneRead()
    {
        auto actor = testsupport::actor(*m_db);
        RoundService rounds(*actor.session);
        RoundSpec spec;
        spec.name = QStringLiteral("Alle sager");
        spec.kind = RoundKind::Walkthrough;
        auto round = rounds.create(spec);
        QVERIFY2(round.ok(), qPrintable(round.error().message));
        const qint64 roundId = round->id;
        QList<RoundCase> all = rounds.cases(roundId).value();
        QVERIFY(all.size() > RoundCaseModel::PageSize + 50);
        QStringList kims;
        for (qsizetype i = 0; i < all.size(); i += 3)
            kims << all.at(i).caseNumber;
        auto assigned = rounds.assign(roundId, QStringLiteral("kim"), kims);
        QVERIFY2(assigned.ok(), qPrintable(assigned.error().message));
        all = rounds.cases(roundId).value();

        RoundCaseModel model(rounds);
        QAbstractItemModelTester tester(&model);
        const auto readToTheEnd = [&model] {
            QList<qint64> ids;
            while (model.canFetchMore())
                model.fetchMore();
            for (int row = 0; row < model.rowCount(); ++row)
                ids << model.caseAt(row).caseId;
            return ids;
        };
        const auto idsOf = [](const QList<RoundCase> &cases) {
            QList<qint64> ids;
            for (const RoundCase &c : cases)
                ids << c.caseId;
            return ids;
        };
        model.setRound(roundId);
        QCOMPARE(model.rowCount(), RoundCaseModel::PageSize); // one page, the rest when the view scrolls
        QVERIFY(model.canFetchMore());
        QCOMPARE(readToTheEnd(), idsOf(all));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.caseAt(row - 1).drawOrder < model.caseAt(row).drawOrder);

        model.refresh();
        QCOMPARE(model.rowCount(), int(all.size())); // as far down as it was read
        QVERIFY(!model.canFetchMore());

        QList<RoundCase> kimsCases;
        for (const RoundCase &c : all)
            if (c.reviewer == u"kim")
                kimsCases << c;
        QCOMPARE(kimsCases.size(), kims.size());
        model.setReviewer(QStringLiteral("KIM")); // reviewer names compare without case
        QVERIFY(model.rowCount() <= RoundCaseModel::PageSize);
        QCOMPARE(readToTheEnd(), idsOf(kimsCases));
        model.setRemainingOnly(true); // nothing reviewed in the round yet: the same cases
        QCOMPARE(readToTheEnd(), idsOf(rounds.remaining(roundId, QStringLiteral("kim")).value()));
        QCOMPARE(model.rowCount(), int(kimsCases.size()));
    }

    void accessLogPagesMatchOneExtract()
    {
        auto actor = testsupport::actor(*m_db);
        for (int i = 0; i < 30; ++i) {
            CaseFilter search;
            search.area = QStringLiteral("integration");
            search.search = QString::number(i);
            QVERIFY(actor.cases->recordSearch(search).ok());
        }
        AccessLogService service(*actor.session);
        auto all = service.extract(AccessLogQuery{}).value();
        QVERIFY(all.size() >= 30);
        QList<qint64> paged;
        AccessLogQuery query;
        query.limit = 7;
        for (;;) {
            QList<qint64> page;
            QVERIFY(service.extract(query, [&](const AccessEntry &e) { page << e.id; }).ok());
            paged << page;
            if (page.size() < 7)
                break;
            query.afterId = page.constLast();
        }
        // Each extract logs itself after its page: the pages find the earlier extracts' entries too.
        QList<qint64> expected;
        for (const AccessEntry &e : all)
            expected << e.id;
        QCOMPARE(paged.mid(0, expected.size()), expected);
    }
};

QTEST_GUILESS_MAIN(TestListPaging)
#include "tst_listpaging.moc"
