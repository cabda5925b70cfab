// Events in, and old review sheets in as completed reviews with defects: once only, matched with what is there,
// every answer form of the old sheets, a value that is not an answer refuses the sheet.
#include "importfixture.h"
#include "services/eventimporter.h"
#include "services/reviewsheetimporter.h"

#include <QTest>

using namespace sagstjek;

class TestImportEventsAnswers : public QObject, importfixture::Fixture {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eventsImportOnceAndMatchExistingEvents()
    {
        auto db = testsupport::memoryDatabase();
        QCOMPARE(importPath(*db, fixture(QStringLiteral("momentum_cp1252_semicolon.csv"))).created, 3);
        auto file = TableFile::open(fixture(QStringLiteral("events.csv")));
        QVERIFY(file.ok());
        auto actor = testsupport::actor(*db);
        EventImporter importer(*actor.session, cards(*db));
        auto s = importer.importFile(*file.value(), {}, {});
        QVERIFY(s.ok());
        QVERIFY2(s->errors.isEmpty(), qPrintable(s->errors.value(0).message));
        QCOMPARE(s->created, 3);
        const CaseFile c = load(*db, QStringLiteral("MOM-1001"));
        QCOMPARE(c.events.size(), 2);
        QCOMPARE(c.events.at(0).kind, QStringLiteral("conversation"));
        QCOMPARE(c.events.at(0).form, QStringLiteral("in-person"));
        QCOMPARE(c.events.at(0).noteWritten, QDate(2019, 3, 21));
        QCOMPARE(c.events.at(1).form, QStringLiteral("phone"));
        QCOMPARE(c.events.at(1).reason, QStringLiteral("Borgeren var syg"));
        QCOMPARE(load(*db, QStringLiteral("MOM-1002")).events.first().form, QStringLiteral("digital"));

        auto again = TableFile::open(fixture(QStringLiteral("events.csv")));
        auto s2 = importer.importFile(*again.value(), {}, {});
        QCOMPARE(s2->created, 0);
        QCOMPARE(s2->unchanged, 3);

        const QString bad = writeFile(QStringLiteral("badevents.csv"), "case_number;kind;date;form\n"
                                                                       "MOM-1001;conversation;2019-06-01;telefon\n"
                                                                       "NOPE-1;conversation;2019-06-01;\n"
                                                                       "MOM-1001;party;2019-06-01;\n"
                                                                       "MOM-1001;conversation;2019-06-01;brevdue\n");
        auto badFile = TableFile::open(bad);
        auto s3 = importer.importFile(*badFile.value(), {}, {});
        QCOMPARE(s3->errors.size(), 3);
        QVERIFY(!s3->applied);
        QCOMPARE(load(*db, QStringLiteral("MOM-1001")).events.size(), 2);
    }

    void answerValuesFromOldSheets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // answer key, "" unanswered, "?" refused
        QTest::newRow("ja") << QStringLiteral("Ja") << QStringLiteral("met");
        QTest::newRow("x") << QStringLiteral("x") << QStringLiteral("met");
        QTest::newRow("OK") << QStringLiteral("OK") << QStringLiteral("met");
        QTest::newRow("1") << QStringLiteral("1") << QStringLiteral("met");
        QTest::newRow("nej") << QStringLiteral("nej") << QStringLiteral("not-met");
        QTest::newRow("Fejl") << QStringLiteral("Fejl") << QStringLiteral("not-met");
        QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("not-met");
        QTest::newRow("ikke relevant") << QStringLiteral("Ikke relevant") << QStringLiteral("na");
        QTest::newRow("i.r.") << QStringLiteral("i.r.") << QStringLiteral("na");
        QTest::newRow("n/a") << QStringLiteral("n/a") << QStringLiteral("na");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("nonsense") << QStringLiteral("måske") << QStringLiteral("?");
    }

    void answerValuesFromOldSheets()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        bool ok = false;
        const std::optional<AnswerValue> parsed = ReviewSheetImporter::parseAnswer(text, &ok);
        if (expected == u"?")
            QVERIFY(!ok);
        else if (expected.isEmpty())
            QVERIFY(ok && !parsed);
        else
            QCOMPARE(answerKey(*parsed), expected);
    }

    void anOldReviewSheetBecomesCompletedReviewsWithDefects()
    {
        auto db = testsupport::memoryDatabase();
        QCOMPARE(importPath(*db, writeFile(QStringLiteral("selfcases.csv"),
                                           "case_number;name;area;subgroup;takeover;contract_signed\n"
                                           "SS-1;Første;self-supporting;work-or-education;2019-02-01;2019-02-10\n"
                                           "SS-2;Anden;self-supporting;work-or-education;2019-02-01;2019-02-10\n"))
                     .created,
                 2);
        auto card = importmapping::currentCards(*db);
        const CueCard *selfSupporting = newestCardFor(card.value(), QStringLiteral("self-supporting"));
        QVERIFY(selfSupporting);
        // One column per item: by key, except the first two by their Danish and English text.
        QStringList header = {QStringLiteral("Sagsnr")};
        QStringList yes = {QStringLiteral("SS-1")};
        QStringList mixed = {QStringLiteral("SS-2")};
        const QList<const CueCardItem *> items = selfSupporting->itemsFor(QStringLiteral("work-or-education"));
        for (int i = 0; i < items.size(); ++i) {
            header << (i == 0   ? items.at(i)->text.in(QStringLiteral("da"))
                       : i == 1 ? items.at(i)->text.in(QStringLiteral("en"))
                                : items.at(i)->key);
            yes << (i % 3 == 0 ? QStringLiteral("x") : i % 3 == 1 ? QStringLiteral("OK") : QStringLiteral("1"));
            mixed << (i == 3   ? QStringLiteral("Fejl")
                      : i == 4 ? QStringLiteral("ikke relevant")
                               : QStringLiteral("ja"));
        }
        header << QStringLiteral("Bemærkning");
        yes << QString();
        mixed << QStringLiteral("Målet mangler i kontrakten");
        // The computed verdicts of these dates (contract in time, signed) agree with "ja"; override reasons
        // are written where they disagree, so every review can complete.
        auto file = TableFile::fromTable(header, {yes, mixed});
        auto konsulent = testsupport::actor(*db, QStringLiteral("konsulent"));
        ReviewSheetImporter importer(*konsulent.session);
        ReviewSheetImporter::Options options;
        options.templateKey = QStringLiteral("self-supporting");
        options.reviewDate = QDate(2023, 5, 1);
        auto s = importer.importFile(*file, {}, options);
        QVERIFY(s.ok());
        QVERIFY2(s->errors.isEmpty(), qPrintable(s->errors.value(0).message));
        QCOMPARE(s->created, 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM reviews WHERE status = 'completed' AND completed_at "
                                           "LIKE '2023-05-01%'")),
                 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM answers")), 2 * items.size());
        auto defect = sql::run(sqlOf(*db), QStringLiteral("SELECT d.item_key, d.description FROM defects d"));
        QVERIFY(defect->next());
        QCOMPARE(defect->value(0).toString(), items.at(3)->key);
        QCOMPARE(defect->value(1).toString(), QStringLiteral("Målet mangler i kontrakten"));
        QVERIFY(!defect->next());

        // Importing the sheet again leaves the reviews alone.
        auto again = TableFile::fromTable(header, {yes, mixed});
        auto s2 = importer.importFile(*again, {}, options);
        QCOMPARE(s2->created, 0);
        QCOMPARE(s2->unchanged, 2);

        // A value that is not an answer refuses the whole sheet.
        QStringList broken = yes;
        broken[0] = QStringLiteral("SS-1");
        broken[2] = QStringLiteral("måske");
        auto db2 = testsupport::memoryDatabase();
        importPath(*db2, writeFile(QStringLiteral("selfcases2.csv"),
                                   "case_number;name;area;subgroup\nSS-1;Første;self-supporting;work-or-education\n"));
        auto konsulent2 = testsupport::actor(*db2, QStringLiteral("konsulent"));
        ReviewSheetImporter importer2(*konsulent2.session);
        auto refused = importer2.importFile(*TableFile::fromTable(header, {broken}), {}, options);
        QCOMPARE(refused->errors.size(), 1);
        QCOMPARE(refused->errors.first().column, header.at(2));
        QCOMPARE(count(*db2, QStringLiteral("SELECT count(*) FROM reviews")), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportEventsAnswers)
#include "tst_import_events_answers.moc"
