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

    // A case is read in one statement (its row, its dates and its events): what it reads is what the three
    // statements it replaced read, field for field, with the events by date and then by id, and another case's dates
    // and events stay out of it.
    void aCaseLoadsBackExactlyAsStored()
    {
        auto db = testsupport::memoryDatabase();
        CaseFile c = fullCase();
        c.name = QStringLiteral("Ærø Åsmund Østergård");
        c.team = QString(); // empty optional text
        c.dates.insert(QStringLiteral("førstegang"), QDate(2018, 12, 31));
        c.dates.insert(QStringLiteral("ended"), QDate(2021, 1, 1));
        CaseEvent sameDayFirst;
        sameDayFirst.kind = QStringLiteral("activity");
        sameDayFirst.date = QDate(2019, 3, 20); // the phone call's day, written after it
        sameDayFirst.description = QStringLiteral("Praktik på værkstedet i Århus");
        CaseEvent bare; // every optional field empty, no note date (NULL)
        bare.kind = QStringLiteral("offer");
        bare.date = QDate(2018, 1, 9);
        c.events << sameDayFirst << bare;
        CaseFile other = fullCase();
        other.caseNumber = QStringLiteral("INT-2020-0099");
        other.dates.insert(QStringLiteral("ended"), QDate(2022, 2, 2));
        auto ids = addCases(*db, {other, c});
        QVERIFY2(ids.ok(), qPrintable(ids.error().message));
        const qint64 id = ids->at(1);
        // Added later, so with higher ids: one on the earliest day and one on a day already taken.
        CaseEvent later;
        later.kind = QStringLiteral("conversation");
        later.date = QDate(2018, 1, 9);
        later.form = QStringLiteral("digital");
        later.reason = QStringLiteral("Borgeren ønskede det");
        later.noteWritten = QDate(2018, 1, 10);
        later.description = QStringLiteral("Møde om økonomi");
        QVERIFY(db->cases().addEvent(id, later).ok());
        CaseEvent empty;
        empty.kind = QStringLiteral("activity");
        empty.date = QDate(2019, 4, 2);
        QVERIFY(db->cases().addEvent(id, empty).ok());
        QVERIFY(db->cases().addEvent(ids->at(0), later).ok());
        other.events << later;

        auto loaded = db->cases().load(id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        const CaseFile &got = loaded.value();
        QCOMPARE(got.id, id);
        QCOMPARE(got.name, QStringLiteral("Ærø Åsmund Østergård"));
        QCOMPARE(got.team, QString());
        QCOMPARE(got.dates.size(), 4);
        QCOMPARE(got.dates.value(QStringLiteral("førstegang")), QDate(2018, 12, 31));
        QCOMPARE(got.events.size(), 6);
        QCOMPARE(got.events.at(0).kind, QStringLiteral("offer")); // 2018-01-09, the lower id
        QCOMPARE(got.events.at(0).noteWritten, QDate());
        QCOMPARE(got.events.at(1).description, QStringLiteral("Møde om økonomi"));
        QCOMPARE(got.events.at(2).form, QStringLiteral("phone")); // 2019-03-20, the lower id
        QCOMPARE(got.events.at(3).description, QStringLiteral("Praktik på værkstedet i Århus"));
        QCOMPARE(got.events.at(4).form, QStringLiteral("in-person")); // 2019-04-02, the lower id
        QCOMPARE(got.events.at(5).kind, QStringLiteral("activity"));

        // What the three statements read before: the case row, its dates, its events by date and id.
        QSqlDatabase &connection = sqlOf(*db);
        auto fields = sql::run(connection,
                               QStringLiteral("SELECT case_number, cpr, name, area, subgroup, caseworker, team, "
                                              "review_status FROM cases WHERE id = ?"),
                               {id});
        QVERIFY(fields && fields->next());
        CaseFile expected;
        expected.id = id;
        expected.caseNumber = fields->value(0).toString();
        expected.cpr = fields->value(1).toString();
        expected.name = fields->value(2).toString();
        expected.area = fields->value(3).toString();
        expected.subgroup = fields->value(4).toString();
        expected.caseworker = fields->value(5).toString();
        expected.team = fields->value(6).toString();
        expected.reviewStatus = reviewStatusFromKey(fields->value(7).toString());
        auto dates =
            sql::run(connection, QStringLiteral("SELECT field, value FROM case_dates WHERE case_id = ?"), {id});
        QVERIFY(dates);
        while (dates->next())
            expected.dates.insert(dates->value(0).toString(),
                                  QDate::fromString(dates->value(1).toString(), Qt::ISODate));
        QVERIFY(sql::finished(dates.value()));
        auto events = sql::run(connection,
                               QStringLiteral("SELECT id, kind, event_date, form, reason, note_written, description "
                                              "FROM case_events WHERE case_id = ? ORDER BY event_date, id"),
                               {id});
        QVERIFY(events);
        while (events->next()) {
            CaseEvent e;
            e.id = events->value(0).toLongLong();
            e.kind = events->value(1).toString();
            e.date = QDate::fromString(events->value(2).toString(), Qt::ISODate);
            e.form = events->value(3).toString();
            e.reason = events->value(4).toString();
            e.noteWritten = QDate::fromString(events->value(5).toString(), Qt::ISODate);
            e.description = events->value(6).toString();
            expected.events << e;
        }
        QVERIFY(sql::finished(events.value()));
        QCOMPARE(expected.events.size(), 6);
        QCOMPARE(got.caseNumber, expected.caseNumber);
        QCOMPARE(got.cpr, expected.cpr);
        QCOMPARE(got.name, expected.name);
        QCOMPARE(got.area, expected.area);
        QCOMPARE(got.subgroup, expected.subgroup);
        QCOMPARE(got.caseworker, expected.caseworker);
        QCOMPARE(got.team, expected.team);
        QCOMPARE(got.reviewStatus, expected.reviewStatus);
        QCOMPARE(got.dates, expected.dates);
        for (qsizetype i = 0; i < expected.events.size(); ++i) {
            const CaseEvent &a = got.events.at(i);
            const CaseEvent &b = expected.events.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.date, b.date);
            QCOMPARE(a.form, b.form);
            QCOMPARE(a.reason, b.reason);
            QCOMPARE(a.noteWritten, b.noteWritten);
            QCOMPARE(a.description, b.description);
        }
        compareWritten(*db, ids->at(0), other);

        // The case writer's read of the fields and dates (the importer's, before an update) agrees, and finds no
        // missing case either.
        CaseFile fieldsOnly;
        Error missing;
        const Status read = db->transaction([&]() -> Status {
            auto writer = db->caseWriter();
            if (auto begun = writer->begin(false); !begun)
                return begun;
            auto withoutEvents = writer->loadFields(id);
            if (!withoutEvents)
                return withoutEvents.error();
            fieldsOnly = withoutEvents.value();
            auto none = writer->loadFields(id + 1000);
            if (none)
                return invalidInput(QStringLiteral("a missing case was found"));
            missing = none.error();
            return writer->finish();
        });
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(fieldsOnly.id, id);
        QCOMPARE(fieldsOnly.caseNumber, expected.caseNumber);
        QCOMPARE(fieldsOnly.cpr, expected.cpr);
        QCOMPARE(fieldsOnly.name, expected.name);
        QCOMPARE(fieldsOnly.area, expected.area);
        QCOMPARE(fieldsOnly.subgroup, expected.subgroup);
        QCOMPARE(fieldsOnly.caseworker, expected.caseworker);
        QCOMPARE(fieldsOnly.team, expected.team);
        QCOMPARE(fieldsOnly.reviewStatus, expected.reviewStatus);
        QCOMPARE(fieldsOnly.dates, expected.dates);
        QVERIFY(fieldsOnly.events.isEmpty());
        QCOMPARE(missing.kind, Error::Kind::NotFound);
        QCOMPARE(missing.message, QStringLiteral("The case no longer exists."));

        // A case without dates or events has only its row.
        auto plain = addCases(*db, {plainCase(QStringLiteral("P-1"))});
        QVERIFY(plain.ok());
        auto bareCase = db->cases().load(plain->first());
        QVERIFY2(bareCase.ok(), qPrintable(bareCase.error().message));
        QCOMPARE(bareCase->caseNumber, QStringLiteral("P-1"));
        QVERIFY(bareCase->dates.isEmpty());
        QVERIFY(bareCase->events.isEmpty());
    }

    void aMissingCaseIsNotFound()
    {
        auto db = testsupport::memoryDatabase();
        auto ids = addCases(*db, {fullCase()});
        QVERIFY(ids.ok());
        for (const qint64 id : {ids->first() + 1000, qint64(0), qint64(-1)}) {
            auto missing = db->cases().load(id);
            QVERIFY(!missing.ok());
            QCOMPARE(missing.error().kind, Error::Kind::NotFound);
            QCOMPARE(missing.error().message, QStringLiteral("The case no longer exists."));
        }
        // Removed with its dates and events: the same error, and the repository reads on as before.
        QVERIFY(db->cases().remove(ids->first()).ok());
        auto removed = db->cases().load(ids->first());
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().kind, Error::Kind::NotFound);
        QCOMPARE(removed.error().message, QStringLiteral("The case no longer exists."));
        auto again = addCases(*db, {fullCase()});
        QVERIFY(again.ok());
        compareWritten(*db, again->first(), fullCase());
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
