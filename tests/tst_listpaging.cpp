// Lists that grow with the database are read a keyset page at a time (issue 13): the defect models read nothing
// until a view asks and then page in the list's order; the case list's and the access log's keyset pages give the
// same rows, in the same order, as one unpaged read.
#include "itemmodels/defectlistmodel.h"
#include "itemmodels/roundmodels.h"
#include "services/accesslogservice.h"
#include "services/defectservice.h"
#include "storage/caserepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sagstjek;

class TestListPaging : public QObject {
    Q_OBJECT

    std::unique_ptr<Database> m_db;

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
