// The one writer of cases (BulkCaseWriter) and addCases: what a new case holds once written, and all or none.
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QTest>

using namespace sagstjek;

namespace {

CaseFile fullCase()
{
    CaseFile c;
    c.caseNumber = QStringLiteral("INT-2020-0042");
    c.cpr = QStringLiteral("0101900002");
    c.name = QStringLiteral("Åse Ørsted");
    c.area = QStringLiteral("integration");
    c.subgroup = QStringLiteral("refugee");
    c.caseworker = QStringLiteral("Mette Sørensen");
    c.team = QStringLiteral("Team Integration");
    c.reviewStatus = ReviewStatus::SentBack; // the list shows it as in progress
    c.dates.insert(QStringLiteral("takeover"), QDate(2019, 2, 1));
    c.dates.insert(QStringLiteral("contract_signed"), QDate(2019, 3, 5));
    c.dates.insert(QStringLiteral("never"), QDate()); // an invalid date is not a date
    CaseEvent inPerson;
    inPerson.kind = QStringLiteral("conversation");
    inPerson.date = QDate(2019, 4, 2);
    inPerson.form = QStringLiteral("in-person");
    inPerson.noteWritten = QDate(2019, 4, 3);
    inPerson.description = QStringLiteral("Opfølgning");
    CaseEvent byPhone;
    byPhone.kind = QStringLiteral("conversation");
    byPhone.date = QDate(2019, 3, 20);
    byPhone.form = QStringLiteral("phone");
    byPhone.reason = QStringLiteral("Syg");
    c.events << inPerson << byPhone;
    return c;
}

CaseFile plainCase(const QString &number)
{
    CaseFile c;
    c.caseNumber = number;
    c.name = QStringLiteral("Borger ") + number;
    c.area = QStringLiteral("integration");
    return c;
}

} // namespace

class TestCaseWriter : public QObject {
    Q_OBJECT

    static int count(Database &db, const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(sqlOf(db), statement, values)->toInt();
    }

    // Each list through one case writer's insertMany, in one unit of work: the ids of each.
    static Result<QList<QList<qint64>>> insertManyInOneWork(Database &db, const QList<QList<CaseFile>> &lists)
    {
        QList<QList<qint64>> ids;
        const Status written = db.transaction([&]() -> Status {
            auto writer = db.caseWriter();
            if (auto begun = writer->begin(false); !begun)
                return begun;
            for (const QList<CaseFile> &cases : lists) {
                auto many = writer->insertMany(cases);
                if (!many)
                    return many.error();
                ids << many.value();
            }
            return writer->finish();
        });
        if (!written)
            return written.error();
        return ids;
    }

    static void compareWritten(Database &db, qint64 id, const CaseFile &expected)
    {
        auto loaded = db.cases().load(id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        const CaseFile &c = loaded.value();
        QCOMPARE(c.caseNumber, expected.caseNumber);
        QCOMPARE(c.cpr, expected.cpr);
        QCOMPARE(c.name, expected.name);
        QCOMPARE(c.area, expected.area);
        QCOMPARE(c.subgroup, expected.subgroup);
        QCOMPARE(c.caseworker, expected.caseworker);
        QCOMPARE(c.team, expected.team);
        QCOMPARE(c.reviewStatus, caseListStatus(expected.reviewStatus));
        QHash<QString, QDate> dates;
        for (auto it = expected.dates.cbegin(); it != expected.dates.cend(); ++it)
            if (it.value().isValid())
                dates.insert(it.key(), it.value());
        QCOMPARE(c.dates, dates);
        // Events come back by date.
        QList<CaseEvent> events = expected.events;
        std::stable_sort(events.begin(), events.end(),
                         [](const CaseEvent &a, const CaseEvent &b) { return a.date < b.date; });
        QCOMPARE(c.events.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QVERIFY(c.events.at(i).id > 0);
            QCOMPARE(c.events.at(i).kind, events.at(i).kind);
            QCOMPARE(c.events.at(i).date, events.at(i).date);
            QCOMPARE(c.events.at(i).form, events.at(i).form);
            QCOMPARE(c.events.at(i).reason, events.at(i).reason);
            QCOMPARE(c.events.at(i).noteWritten, events.at(i).noteWritten);
            QCOMPARE(c.events.at(i).description, events.at(i).description);
        }
    }

private slots:
    void addCasesWritesFieldsDatesEventsAndTheListStatus()
    {
        auto db = testsupport::memoryDatabase();
        const CaseFile c = fullCase();
        auto ids = addCases(*db, {c});
        QVERIFY2(ids.ok(), qPrintable(ids.error().message));
        QCOMPARE(ids->size(), 1);
        compareWritten(*db, ids->first(), c);
        QCOMPARE(db->cases().reviewStatus(ids->first(), 0).value(), QStringLiteral("in-progress"));
        // An event without a note date stores NULL, not an empty date.
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM case_events WHERE note_written IS NULL")), 1);

        // The list finds it by part of the name (the trigram index), by CPR number and by case-number prefix.
        CaseFilter filter;
        filter.search = QStringLiteral("ørst");
        QCOMPARE(db->cases().count(filter).value(), 1);
        filter.search = QStringLiteral("010190-0002");
        QCOMPARE(db->cases().count(filter).value(), 1);
        filter.search = QStringLiteral("INT-2020");
        QCOMPARE(db->cases().count(filter).value(), 1);
        QCOMPARE(db->cases().withCpr(QStringLiteral("0101900002"))->size(), 1);
    }

    void missingOptionalTextIsStoredAsEmptyText()
    {
        auto db = testsupport::memoryDatabase();
        CaseFile c = plainCase(QStringLiteral("X-1"));
        CaseEvent event;
        event.kind = QStringLiteral("conversation");
        event.date = QDate(2020, 1, 2);
        c.events << event;
        auto ids = addCases(*db, {c});
        QVERIFY2(ids.ok(), qPrintable(ids.error().message));
        compareWritten(*db, ids->first(), c);
        QCOMPARE(
            count(*db, QStringLiteral("SELECT count(*) FROM cases WHERE cpr = '' AND subgroup = '' AND caseworker = '' "
                                      "AND team = '' AND review_status = 'not-started' AND created_at <> ''")),
            1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM case_events WHERE form = '' AND reason = '' AND "
                                           "description = ''")),
                 1);
    }

    void addCasesReturnsTheIdsInTheOrderGiven()
    {
        auto db = testsupport::memoryDatabase();
        const QStringList numbers = {QStringLiteral("C-3"), QStringLiteral("A-1"), QStringLiteral("B-2")};
        QList<CaseFile> cases;
        for (const QString &number : numbers)
            cases << plainCase(number);
        auto ids = addCases(*db, cases);
        QVERIFY2(ids.ok(), qPrintable(ids.error().message));
        QCOMPARE(ids->size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(db->cases().caseNumber(ids->at(i)).value(), numbers.at(i));
        QVERIFY(addCases(*db, {}).ok());
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 3);
    }

    void anExistingCaseNumberAddsNoneOfThem()
    {
        auto db = testsupport::memoryDatabase();
        QVERIFY(addCases(*db, {plainCase(QStringLiteral("A-1"))}).ok());
        // Case numbers compare without case, as the column does.
        auto refused = addCases(*db, {fullCase(), plainCase(QStringLiteral("a-1"))});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("a-1")), qPrintable(refused.error().message));
        // Twice in the same list.
        auto twice = addCases(*db, {plainCase(QStringLiteral("B-1")), plainCase(QStringLiteral("B-1"))});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().kind, Error::Kind::InvalidInput);
        // Nothing of either call was kept: no case, no date, no event, nothing in the name index.
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM case_dates")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM case_events")), 0);
        CaseFilter filter;
        filter.search = QStringLiteral("Ørsted");
        QCOMPARE(db->cases().count(filter).value(), 0);
    }

    // A constraint that is not the unique case number is not reported as one.
    void aMissingNameIsNotReportedAsAnExistingCaseNumber()
    {
        auto db = testsupport::memoryDatabase();
        CaseFile c = plainCase(QStringLiteral("N-1"));
        c.name = QString();
        auto refused = addCases(*db, {c});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Database);
        QVERIFY2(!refused.error().message.contains(QStringLiteral("already exists")),
                 qPrintable(refused.error().message));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 0);
    }

    void addCasesJoinsTheCallersUnitOfWork()
    {
        auto db = testsupport::memoryDatabase();
        QList<qint64> ids;
        auto outer = db->transaction([&]() -> Status {
            auto added = addCases(*db, {fullCase(), plainCase(QStringLiteral("X-2"))});
            if (!added)
                return added.error();
            ids = added.value();
            if (count(*db, QStringLiteral("SELECT count(*) FROM cases")) != 2)
                return databaseError(QStringLiteral("the cases are not visible inside the unit of work"));
            return invalidInput(QStringLiteral("changed my mind"));
        });
        QVERIFY(!outer.ok());
        QCOMPARE(outer.error().message, QStringLiteral("changed my mind"));
        QCOMPARE(ids.size(), 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM case_events")), 0);
    }

    // The importer's path: several cases per statement, one by one when a number exists. Both write what insert
    // writes.
    void insertManyWritesWhatInsertWrites()
    {
        auto db = testsupport::memoryDatabase();
        QVERIFY(addCases(*db, {plainCase(QStringLiteral("EXISTS-1"))}).ok());
        CaseFile second = fullCase();
        second.caseNumber = QStringLiteral("INT-2020-0043");
        second.reviewStatus = ReviewStatus::Approved; // completed in the list
        const QList<CaseFile> batch = {fullCase(), second};
        QList<CaseFile> withExisting = batch;
        withExisting[1].caseNumber = QStringLiteral("INT-2020-0044");
        withExisting.insert(1, plainCase(QStringLiteral("exists-1")));
        withExisting[0].caseNumber = QStringLiteral("INT-2020-0045");
        auto written = insertManyInOneWork(*db, {batch, withExisting});
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        const QList<qint64> ids = written->at(0);
        const QList<qint64> fallbackIds = written->at(1);
        QCOMPARE(ids.size(), 2);
        compareWritten(*db, ids.at(0), batch.at(0));
        compareWritten(*db, ids.at(1), batch.at(1));
        QCOMPARE(db->cases().reviewStatus(ids.at(1), 0).value(), QStringLiteral("completed"));
        QCOMPARE(fallbackIds.size(), 3);
        QCOMPARE(fallbackIds.at(1), qint64(0)); // the existing number
        compareWritten(*db, fallbackIds.at(0), withExisting.at(0));
        compareWritten(*db, fallbackIds.at(2), withExisting.at(2));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM case_events")), 8);
    }

    // More cases than one statement takes, with events and dates, and a number given twice (the second time
    // without case): the ids come in the order given (a server's sequence skips the refused row's number), and each
    // case has its own dates and events.
    void insertManyOfManyCasesNumbersThemInOrder()
    {
        auto db = testsupport::memoryDatabase();
        QList<CaseFile> cases;
        for (int i = 0; i < 450; ++i) {
            CaseFile c = i % 50 == 0 ? fullCase() : plainCase(QStringLiteral("M-%1").arg(i));
            c.caseNumber = QStringLiteral("M-%1").arg(i);
            cases << c;
        }
        cases.insert(300, plainCase(QStringLiteral("m-7")));
        auto written = insertManyInOneWork(*db, {cases});
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QList<qint64> ids = written->first();
        QCOMPARE(ids.size(), 451);
        QCOMPARE(ids.at(300), qint64(0));
        ids.removeAt(300);
        cases.removeAt(300);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QVERIFY(i == 0 || ids.at(i) > ids.at(i - 1));
            QCOMPARE(db->cases().caseNumber(ids.at(i)).value(), cases.at(i).caseNumber);
            if (i % 50 == 0)
                compareWritten(*db, ids.at(i), cases.at(i));
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 450);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM case_events")), 9 * 2); // two each
    }
};

QTEST_GUILESS_MAIN(TestCaseWriter)
#include "tst_casewriter.moc"
