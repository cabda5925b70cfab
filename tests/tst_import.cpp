// Cases in, results out: mapping, dates, validation, all or nothing, skipped rows, re-import with verdict
// changes, the bulk path's indexes, Cancel, events, old review sheets, exports (CSV, XLSX, LibreOffice),
// round trip, CLI.
#include "domain/casefile.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "services/caseimporter.h"
#include "services/eventimporter.h"
#include "services/exporter.h"
#include "services/importmapping.h"
#include "services/reviewservice.h"
#include "services/reviewsheetimporter.h"
#include "services/tablefile.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/sqlite/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace sagstjek;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SAGSTJEK_FIXTURES "/import/") + name;
}

qint64 count(Database &db, const QString &statement)
{
    auto value = sql::scalar(sqlOf(db), statement);
    return value ? value->toLongLong() : -1;
}

QString schemaOfCases(Database &db)
{
    auto q = sql::run(sqlOf(db), QStringLiteral("SELECT group_concat(name || ':' || coalesce(sql, ''), '|') FROM "
                                                "(SELECT name, sql FROM sqlite_master WHERE tbl_name = 'cases' "
                                                "ORDER BY name)"));
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(content);
        return file.fileName();
    }

    static QList<CueCard> cards(Database &db)
    {
        auto list = importmapping::currentCards(db);
        if (!list)
            qFatal("no cards");
        return list.value();
    }

    static ImportSummary importPath(Database &db, const QString &path, CaseImporter::Options options = {},
                                    const ImportMapping &mapping = {})
    {
        auto file = TableFile::open(path, mapping.sheet, mapping.encoding);
        if (!file)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(file.error().message));
        auto actor = testsupport::actor(db);
        CaseImporter importer(*actor.session, cards(db));
        if (!options.today.isValid())
            options.today = QDate(2024, 6, 1);
        auto summary = importer.importFile(std::move(file.value()), mapping, options);
        if (!summary)
            qFatal("import failed: %s", qPrintable(summary.error().message));
        return summary.value();
    }

    static CaseFile load(Database &db, const QString &number)
    {
        CaseRepository &repository = db.cases();
        auto id = repository.idForNumber(number);
        if (!id)
            return {};
        return repository.load(id.value()).value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void headersMapAutomatically_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        QTest::newRow("key") << QStringLiteral("case_number") << QStringLiteral("case_number");
        QTest::newRow("Danish label") << QStringLiteral("Sagsnummer") << QStringLiteral("case_number");
        QTest::newRow("English label") << QStringLiteral("Case number") << QStringLiteral("case_number");
        QTest::newRow("punctuation ignored") << QStringLiteral("CPR-nr.") << QStringLiteral("cpr");
        QTest::newRow("case ignored") << QStringLiteral("OMRÅDE") << QStringLiteral("area");
        QTest::newRow("caseworker") << QStringLiteral("Sagsbehandler") << QStringLiteral("caseworker");
        QTest::newRow("template alias") << QStringLiteral("Overtagelsesdato") << QStringLiteral("takeover");
        QTest::newRow("date label with spaces")
            << QStringLiteral(" kontrakt  underskrevet ") << QStringLiteral("contract_signed");
        QTest::newRow("English date label")
            << QStringLiteral("Takeover of responsibility") << QStringLiteral("takeover");
        QTest::newRow("date key") << QStringLiteral("first_absence_day") << QStringLiteral("first_absence_day");
        QTest::newRow("unknown stays unmapped") << QStringLiteral("Farve") << QString();
    }

    void headersMapAutomatically()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        auto db = testsupport::memoryDatabase();
        const QStringList resolved =
            importmapping::resolve({header}, importmapping::caseTargets(cards(*db)), ImportMapping{});
        QCOMPARE(resolved.value(0), target);
    }

    void anExplicitMappingWinsAndCanIgnoreAColumn()
    {
        auto db = testsupport::memoryDatabase();
        ImportMapping mapping;
        mapping.columns.insert(QStringLiteral("Sagsid"), QStringLiteral("case_number"));
        mapping.columns.insert(QStringLiteral("Navn"), QString()); // ignored on purpose
        mapping.columns.insert(QStringLiteral("Borgernavn"), QStringLiteral("name"));
        const QStringList resolved =
            importmapping::resolve({QStringLiteral("Sagsid"), QStringLiteral("Navn"), QStringLiteral("Borgernavn")},
                                   importmapping::caseTargets(cards(*db)), mapping);
        QCOMPARE(resolved, (QStringList{QStringLiteral("case_number"), QString(), QStringLiteral("name")}));
    }

    void mappingsAreSavedByNameInFilesAndTheDatabase()
    {
        auto db = testsupport::memoryDatabase();
        ImportMapping mapping;
        mapping.name = QStringLiteral("Momentum-udtræk");
        mapping.columns.insert(QStringLiteral("Sagsid"), QStringLiteral("case_number"));
        mapping.dateOrder = io::DateOrder::MonthDayYear;
        mapping.sheet = QStringLiteral("Sager");
        const QString path = m_dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(importmapping::saveFile(path, mapping).ok());
        auto loaded = importmapping::loadFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->name, mapping.name);
        QCOMPARE(loaded->columns, mapping.columns);
        QCOMPARE(loaded->dateOrder, io::DateOrder::MonthDayYear);
        QCOMPARE(loaded->sheet, QStringLiteral("Sager"));
        QVERIFY(importmapping::saveMapping(*db, mapping).ok());
        auto saved = importmapping::savedMappings(*db);
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->first().name, mapping.name);
        QCOMPARE(saved->first().columns, mapping.columns);
        QVERIFY(importmapping::removeMapping(*db, mapping.name).ok());
        QCOMPARE(importmapping::savedMappings(*db)->size(), 0);
    }

    void filesInEveryEncodingAndDialect_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Windows-1252, semicolon (Danish Excel)") << QStringLiteral("momentum_cp1252_semicolon.csv");
        QTest::newRow("UTF-8 with BOM, comma") << QStringLiteral("excel_utf8_bom_comma.csv");
        QTest::newRow("UTF-16LE, tab (Unicode text)") << QStringLiteral("excel_unicode_text_utf16le.txt");
    }

    void filesInEveryEncodingAndDialect()
    {
        QFETCH(QString, file);
        auto db = testsupport::memoryDatabase();
        const ImportSummary s = importPath(*db, fixture(file));
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.created, 3);
        const CaseFile first = load(*db, QStringLiteral("MOM-1001"));
        QCOMPARE(first.name, QStringLiteral("Åse Øberg"));
        QCOMPARE(first.cpr, QStringLiteral("0102034006"));
        QCOMPARE(first.subgroup, QStringLiteral("refugee")); // "Flygtning", the Danish label
        QCOMPARE(first.caseworker, QStringLiteral("Mette Sørensen"));
        QCOMPARE(first.dates.value(QStringLiteral("takeover")), QDate(2019, 3, 5));
        QCOMPARE(first.dates.value(QStringLiteral("contract_signed")), QDate(2019, 3, 14));
        const CaseFile second = load(*db, QStringLiteral("MOM-1002"));
        QCOMPARE(second.name, QStringLiteral("Jens \"Jønne\" Ærø"));
        QCOMPARE(second.dates.value(QStringLiteral("takeover")), QDate(2020, 1, 13));
        QCOMPARE(second.dates.value(QStringLiteral("contract_signed")), QDate(2020, 2, 1)); // 1/2: day first
        const CaseFile third = load(*db, QStringLiteral("MOM-1003"));
        QCOMPARE(third.name, QStringLiteral("Line Hansen; Larsen"));
        QCOMPARE(third.area, QStringLiteral("integration")); // "Integration programme", the English title
        QVERIFY(!third.dates.contains(QStringLiteral("contract_signed")));
    }

    void xlsxWithSheetChoiceAndSerialDates()
    {
        auto db = testsupport::memoryDatabase();
        ImportMapping mapping;
        mapping.sheet = QStringLiteral("Sager");
        const ImportSummary s = importPath(*db, fixture(QStringLiteral("cases_two_sheets.xlsx")), {}, mapping);
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.created, 2);
        const CaseFile c = load(*db, QStringLiteral("XL-1"));
        QCOMPARE(c.name, QStringLiteral("Ærlig Ødegaard"));
        QCOMPARE(c.dates.value(QStringLiteral("takeover")), QDate(2019, 3, 5));         // date-styled 43529
        QCOMPARE(c.dates.value(QStringLiteral("contract_signed")), QDate(2019, 3, 14)); // plain serial 43538
        QCOMPARE(load(*db, QStringLiteral("XL-2")).dates.value(QStringLiteral("takeover")), QDate(2020, 1, 1));

        auto missing = TableFile::open(fixture(QStringLiteral("cases_two_sheets.xlsx")), QStringLiteral("Nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("Sager")));
    }

    void everyDateForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("ISO") << QStringLiteral("2019-03-05") << QDate(2019, 3, 5);
        QTest::newRow("Danish dashes") << QStringLiteral("05-03-2019") << QDate(2019, 3, 5);
        QTest::newRow("Danish dots") << QStringLiteral("05.03.2019") << QDate(2019, 3, 5);
        QTest::newRow("slashes, no zeros") << QStringLiteral("5/3/2019") << QDate(2019, 3, 5);
        QTest::newRow("two-digit year (00-69 = 20xx)") << QStringLiteral("05-03-19") << QDate(2019, 3, 5);
        QTest::newRow("two-digit year (70-99 = 19xx)") << QStringLiteral("05-03-85") << QDate(1985, 3, 5);
        QTest::newRow("Excel serial") << QStringLiteral("43529") << QDate(2019, 3, 5);
        QTest::newRow("with midnight time") << QStringLiteral("2019-03-05 00:00") << QDate(2019, 3, 5);
    }

    void everyDateForm()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        auto db = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*db);
        CaseImporter importer(*actor.session, cards(*db));
        auto s = importer.import(
            {QStringLiteral("Sagsnummer"), QStringLiteral("Navn"), QStringLiteral("Område"),
             QStringLiteral("Overtagelse")},
            {{QStringLiteral("D-1"), QStringLiteral("Dato Prøve"), QStringLiteral("integration"), text}}, {});
        QVERIFY(s.ok());
        QVERIFY2(s->errors.isEmpty(), qPrintable(s->errors.value(0).message));
        QCOMPARE(load(*db, QStringLiteral("D-1")).dates.value(QStringLiteral("takeover")), expected);
    }

    void monthFirstColumnsAreDetectedAndMixedOnesRefused()
    {
        auto db = testsupport::memoryDatabase();
        const ImportSummary s = importPath(*db, fixture(QStringLiteral("english_mdy.csv")));
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.errors.value(0).message));
        QCOMPARE(load(*db, QStringLiteral("ENG-2")).dates.value(QStringLiteral("takeover")), QDate(2020, 3, 5));
        QVERIFY(std::any_of(s.warnings.cbegin(), s.warnings.cend(),
                            [](const ImportProblem &p) { return p.message.contains(QStringLiteral("month-day")); }));

        // 13/01 and 01/13 in one column contradict each other: reported, nothing guessed.
        auto db2 = testsupport::memoryDatabase();
        const QString mixed = writeFile(QStringLiteral("mixed.csv"), "case_number;name;area;takeover\n"
                                                                     "M-1;A;integration;13/01/2020\n"
                                                                     "M-2;B;integration;01/13/2020\n"
                                                                     "M-3;C;integration;03/04/2020\n");
        const ImportSummary m = importPath(*db2, mixed);
        QVERIFY(!m.errors.isEmpty());
        QVERIFY(!m.applied);
        QCOMPARE(count(*db2, QStringLiteral("SELECT count(*) FROM cases")), 0);
        // Forcing the order in the mapping settles it.
        ImportMapping dmy;
        dmy.dateOrder = io::DateOrder::DayMonthYear;
        CaseImporter::Options skip;
        skip.skipInvalid = true;
        const ImportSummary forced = importPath(*db2, mixed, skip, dmy);
        QCOMPARE(forced.created, 2); // 01/13/2020 is impossible day-first
        QCOMPARE(load(*db2, QStringLiteral("M-3")).dates.value(QStringLiteral("takeover")), QDate(2020, 4, 3));
    }

    void validationListsRowColumnValueAndReason()
    {
        auto db = testsupport::memoryDatabase();
        const QString path =
            writeFile(QStringLiteral("invalid.csv"), "Sagsnummer;CPR-nr.;Navn;Område;Overtagelse\n"
                                                     "V-1;010203-4006;God Borger;integration;2024-01-15\n"
                                                     "V-2;;Ukendt Område;nowhere;2024-01-15\n"
                                                     "V-3;;Umulig Dato;integration;31-02-2024\n"
                                                     "V-1;;Dobbelt Nummer;integration;\n"
                                                     "V-5;321302-1234;Dårligt CPR;integration;\n"
                                                     "V-6;;;integration;\n"
                                                     "V-7;0101011234;Modulus Fejl;integration;\n");
        const ImportSummary s = importPath(*db, path);
        QVERIFY(!s.applied);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 0); // all or nothing
        const auto find = [&](int row) {
            for (const ImportProblem &p : s.errors)
                if (p.row == row)
                    return p;
            return ImportProblem{};
        };
        QCOMPARE(find(3).column, QStringLiteral("Område"));
        QCOMPARE(find(3).value, QStringLiteral("nowhere"));
        QCOMPARE(find(4).column, QStringLiteral("Overtagelse"));
        QCOMPARE(find(4).value, QStringLiteral("31-02-2024"));
        QCOMPARE(find(5).column, QStringLiteral("Sagsnummer"));
        QVERIFY(find(5).message.contains(QStringLiteral("row 2")));
        QCOMPARE(find(6).column, QStringLiteral("CPR-nr."));
        QVERIFY(!find(6).value.contains(QStringLiteral("1234"))); // the serial is never echoed
        QCOMPARE(find(7).column, QStringLiteral("Navn"));
        QVERIFY(find(8).message.isEmpty()); // modulus 11 failing is a warning only
        QVERIFY(std::any_of(s.warnings.cbegin(), s.warnings.cend(), [](const ImportProblem &p) {
            return p.row == 8 && p.message.contains(QStringLiteral("modulus"));
        }));

        const ImportSummary missing =
            importPath(*db, writeFile(QStringLiteral("nonumber.csv"), "Navn;Område\nA;integration\n"));
        QCOMPARE(missing.errors.size(), 1);
        QCOMPARE(missing.errors.first().row, 1);
        QVERIFY(missing.errors.first().message.contains(QStringLiteral("case_number")));
    }

    void skipInvalidImportsTheRestAndWritesTheSkippedRows()
    {
        auto db = testsupport::memoryDatabase();
        const QString path = writeFile(QStringLiteral("skip.csv"), "case_number;name;area;takeover\n"
                                                                   "S-1;God;integration;2024-01-15\n"
                                                                   "S-2;Dårlig;nowhere;2024-01-15\n"
                                                                   "S-3;Også God;integration;\n");
        CaseImporter::Options options;
        options.skipInvalid = true;
        options.skippedRowsPath = m_dir.filePath(QStringLiteral("skipped.csv"));
        const ImportSummary s = importPath(*db, path, options);
        QVERIFY(s.applied);
        QCOMPARE(s.created, 2);
        QCOMPARE(s.skipped, 1);
        auto skipped = io::readCsvFile(options.skippedRowsPath);
        QVERIFY(skipped.ok());
        QCOMPARE(skipped.table.headers.size(), 5);
        QCOMPARE(skipped.table.rows.size(), 1);
        QCOMPARE(skipped.table.rows.first().first(), QStringLiteral("S-2"));
        QVERIFY(skipped.table.rows.first().last().contains(QStringLiteral("area")));
        // The file of skipped rows, fixed, imports as it is (the error column is ignored with a warning).
    }

    void dryRunChangesNothing()
    {
        auto db = testsupport::memoryDatabase();
        const QString path = writeFile(QStringLiteral("dry.csv"), "case_number;name;area\nDRY-1;A;integration\n");
        const qint64 audit = count(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        CaseImporter::Options dry;
        dry.dryRun = true;
        const ImportSummary s = importPath(*db, path, dry);
        QCOMPARE(s.created, 1);
        QVERIFY(!s.applied);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    void reimportReportsChangesAndVerdictsAndNeverTouchesReviews()
    {
        auto db = testsupport::memoryDatabase();
        const QString first =
            writeFile(QStringLiteral("v1.csv"), "case_number;name;area;subgroup;takeover;contract_signed\n"
                                                "R-1;Rettidig;integration;refugee;2019-02-01;2019-02-20\n"
                                                "R-2;Uændret;integration;refugee;2019-02-01;2019-02-20\n");
        QCOMPARE(importPath(*db, first).created, 2);
        // A review with an answer and a defect on R-1.
        auto reviewsActor = testsupport::actor(*db, QStringLiteral("tester"));
        ReviewService reviews(*reviewsActor.session);
        const qint64 id = load(*db, QStringLiteral("R-1")).id;
        QVERIFY(reviews.answer(ReviewRef{id}, QStringLiteral("integration.contract.goal"), AnswerValue::NotMet).ok());
        const qint64 answers = count(*db, QStringLiteral("SELECT count(*) FROM answers"));
        const qint64 defects = count(*db, QStringLiteral("SELECT count(*) FROM defects"));

        const QString second =
            writeFile(QStringLiteral("v2.csv"), "case_number;name;area;subgroup;takeover;contract_signed\n"
                                                "R-1;Rettidig;integration;refugee;2019-02-01;2019-03-20\n"
                                                "R-2;Uændret;integration;refugee;2019-02-01;2019-02-20\n"
                                                "R-3;Ny;integration;refugee;2020-01-01;\n");
        const ImportSummary s = importPath(*db, second);
        QVERIFY(s.applied);
        QCOMPARE(s.created, 1);
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.unchanged, 1);
        QCOMPARE(s.skipped, 0);
        const auto change =
            std::find_if(s.verdictChanges.cbegin(), s.verdictChanges.cend(),
                         [](const VerdictChange &v) { return v.itemKey == u"integration.contract.signed_in_time"; });
        QVERIFY(change != s.verdictChanges.cend());
        QCOMPARE(change->caseNumber, QStringLiteral("R-1"));
        QCOMPARE(change->before, QStringLiteral("met"));
        QCOMPARE(change->after, QStringLiteral("missed"));
        QCOMPARE(load(*db, QStringLiteral("R-1")).dates.value(QStringLiteral("contract_signed")), QDate(2019, 3, 20));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM answers")), answers);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM defects")), defects);
        QCOMPARE(load(*db, QStringLiteral("R-1")).id, id);
    }

    void theBulkPathRestoresIndexesAndTheNameSearch()
    {
        auto db = testsupport::memoryDatabase();
        const QString before = schemaOfCases(*db);
        QByteArray csv = "case_number;name;area\n";
        for (int i = 0; i < 300; ++i)
            csv += QStringLiteral("B-%1;Borger Æblegård %1;integration\n").arg(i).toUtf8();
        const QString path = writeFile(QStringLiteral("bulk.csv"), csv);
        CaseImporter::Options options;
        options.indexes = CaseImportJob::Indexes::Defer;
        const ImportSummary s = importPath(*db, path, options);
        QVERIFY(s.indexesDeferred);
        QCOMPARE(s.created, 300);
        QCOMPARE(schemaOfCases(*db), before);
        CaseRepository &repository = db->cases();
        CaseFilter filter;
        filter.search = QStringLiteral("æblegård 29");
        QCOMPARE(repository.count(filter).value(), 11); // 29, 290–299 through the rebuilt trigram index
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases_name_search WHERE cases_name_search MATCH "
                                           "'\"gård 1\"'")),
                 111);
        // Still a duplicate inside the file is refused with the bulk path.
        const QString dup =
            writeFile(QStringLiteral("dup.csv"), "case_number;name;area\nX-1;A;integration\nx-1;B;integration\n");
        auto fresh = testsupport::memoryDatabase();
        const ImportSummary d = importPath(*fresh, dup, options);
        QCOMPARE(d.errors.size(), 1);
        QCOMPARE(d.errors.first().row, 3);
        QCOMPARE(count(*fresh, QStringLiteral("SELECT count(*) FROM cases")), 0);
        QCOMPARE(schemaOfCases(*fresh), before);
    }

    void cancelRollsBackEverything()
    {
        auto db = testsupport::memoryDatabase();
        const QString before = schemaOfCases(*db);
        QByteArray csv = "case_number;name;area\n";
        for (int i = 0; i < 100; ++i)
            csv += QStringLiteral("C-%1;Borger %1;integration\n").arg(i).toUtf8();
        auto file = TableFile::open(writeFile(QStringLiteral("cancel.csv"), csv));
        QVERIFY(file.ok());
        CaseImportJob::Options options;
        options.indexes = CaseImportJob::Indexes::Defer;
        options.sampleRows = 10;
        auto actor = testsupport::actor(*db);
        CaseImportJob job(*actor.session, cards(*db), std::move(file.value()), {}, options);
        QVERIFY(job.start().ok());
        QVERIFY(job.step(40).ok());
        QVERIFY(!job.done());
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 40); // inside the open transaction
        job.cancel();
        QVERIFY(job.finish()->cancelled);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 0);
        QCOMPARE(schemaOfCases(*db), before);

        // Cancel while the indexes are being re-created (one statement per step): all of it rolls back too.
        auto again = TableFile::open(m_dir.filePath(QStringLiteral("cancel.csv")));
        CaseImportJob indexing(*actor.session, cards(*db), std::move(again.value()), {}, options);
        QVERIFY(indexing.start().ok());
        while (!indexing.buildingIndexes())
            QVERIFY(indexing.step(1000).ok());
        QVERIFY(indexing.step(1000).ok());
        QVERIFY(!indexing.done());
        QVERIFY(schemaOfCases(*db) != before); // some indexes are back, not all
        indexing.cancel();
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 0);
        QCOMPARE(schemaOfCases(*db), before);
    }

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

    void csvExportIsDanishExcelAndSafe()
    {
        auto db = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*db);
        CaseImporter importer(*actor.session, cards(*db));
        auto s =
            importer.import({QStringLiteral("case_number"), QStringLiteral("cpr"), QStringLiteral("name"),
                             QStringLiteral("area"), QStringLiteral("caseworker"), QStringLiteral("takeover")},
                            {{QStringLiteral("E-1"), QStringLiteral("0102034006"), QStringLiteral("=1+1"),
                              QStringLiteral("integration"), QStringLiteral("@SUM(A1)"), QStringLiteral("2019-03-05")},
                             {QStringLiteral("E-2"), QString(), QStringLiteral("-2+3"), QStringLiteral("integration"),
                              QStringLiteral("+cmd"), QString()}},
                            {});
        QVERIFY(s.ok() && s->applied);
        Exporter exporter(*actor.session);
        const QString path = m_dir.filePath(QStringLiteral("cases.csv"));
        auto rows = exporter.exportTo(path, {});
        QVERIFY(rows.ok());
        QCOMPARE(rows.value(), 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "case_number;area;"));
        QVERIFY(!bytes.contains("0102034006")); // no CPR, no names by default
        const QList<QByteArray> header = bytes.mid(3, bytes.indexOf('\r') - 3).split(';');
        QVERIFY(!header.contains("cpr"));
        QVERIFY(!header.contains("name"));
        QVERIFY(!bytes.contains("=1+1"));
        QVERIFY(bytes.contains(";'@SUM(A1);"));
        QVERIFY(bytes.contains("'+cmd"));
        QVERIFY(bytes.contains("2019-03-05"));

        Exporter::Options personal;
        personal.includePersonalData = true;
        QVERIFY(exporter.exportTo(path, personal).ok());
        QVERIFY(file.seek(0));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray withData = file.readAll();
        QVERIFY(withData.contains("0102034006"));
        QVERIFY(withData.contains(";'=1+1;"));
        QVERIFY(withData.contains(";'-2+3;"));
    }

    void aFailedExportLeavesThePreviousFile()
    {
        auto db = testsupport::memoryDatabase(true);
        const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
        auto actor = testsupport::actor(*db);
        Exporter exporter(*actor.session);
        QVERIFY(exporter.exportTo(path, {}).ok());
        const QByteArray before = testsupport::fileHash(path);
        Exporter::Options bad;
        bad.filter.round = QStringLiteral("no such round");
        QVERIFY(!exporter.exportTo(path, bad).ok());
        QCOMPARE(testsupport::fileHash(path), before);
        QVERIFY(!exporter.exportTo(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), {}).ok());
    }

    void roundTripGivesTheSameCases_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("CSV") << int(Exporter::Format::Csv);
        QTest::newRow("XLSX") << int(Exporter::Format::Xlsx);
    }

    void roundTripGivesTheSameCases()
    {
        QFETCH(int, format);
        auto source = testsupport::memoryDatabase(true);
        Exporter::Options options;
        options.includePersonalData = true;
        options.format = Exporter::Format(format);
        const QString path =
            m_dir.filePath(format == int(Exporter::Format::Csv) ? QStringLiteral("rt.csv") : QStringLiteral("rt.xlsx"));
        auto actor = testsupport::actor(*source);
        auto exported = Exporter(*actor.session).exportTo(path, options);
        QVERIFY(exported.ok());
        QVERIFY(exported.value() > 10);
        auto target = testsupport::memoryDatabase();
        const ImportSummary s = importPath(*target, path);
        QVERIFY2(s.errors.isEmpty(),
                 qPrintable(s.errors.value(0).column + QStringLiteral(": ") + s.errors.value(0).message));
        QCOMPARE(s.created, int(exported.value()));
        auto numbers = sql::run(sqlOf(*source), QStringLiteral("SELECT case_number FROM cases ORDER BY id"));
        while (numbers->next()) {
            CaseFile a = load(*source, numbers->value(0).toString());
            CaseFile b = load(*target, numbers->value(0).toString());
            QCOMPARE(b.caseNumber, a.caseNumber);
            QCOMPARE(b.cpr, a.cpr);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.area, a.area);
            QCOMPARE(b.subgroup, a.subgroup);
            QCOMPARE(b.caseworker, a.caseworker);
            QCOMPARE(b.team, a.team);
            QCOMPARE(b.dates, a.dates);
        }
    }

    void answersAndDefectsExport()
    {
        auto db = testsupport::memoryDatabase(true);
        auto actor = testsupport::actor(*db);
        Exporter exporter(*actor.session);
        const QString longPath = m_dir.filePath(QStringLiteral("answers.csv"));
        Exporter::Options options;
        options.what = Exporter::What::AnswersLong;
        options.dialect = io::CsvDialect::rfc4180();
        auto rows = exporter.exportTo(longPath, options);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value(), count(*db, QStringLiteral("SELECT count(*) FROM answers")));
        options.what = Exporter::What::AnswersWide;
        const QString widePath = m_dir.filePath(QStringLiteral("wide.csv"));
        options.filter.area = QStringLiteral("integration");
        auto wide = exporter.exportTo(widePath, options);
        QVERIFY(wide.ok());
        QCOMPARE(wide.value(), count(*db, QStringLiteral("SELECT count(DISTINCT r.id) FROM reviews r JOIN cases c ON "
                                                         "c.id = r.case_id JOIN answers a ON a.review_id = r.id WHERE "
                                                         "c.area = 'integration'")));
        auto table = io::readCsvFile(widePath);
        QVERIFY(table.ok());
        QVERIFY(table.table.headers.contains(QStringLiteral("integration.contract.signed_in_time")));
        options.what = Exporter::What::Defects;
        options.filter = {};
        options.filter.status = QStringLiteral("open");
        auto defects = exporter.exportTo(m_dir.filePath(QStringLiteral("defects.xlsx")), [&] {
            Exporter::Options o = options;
            o.format = Exporter::Format::Xlsx;
            return o;
        }());
        QVERIFY(defects.ok());
        QCOMPARE(defects.value(), count(*db, QStringLiteral("SELECT count(*) FROM defects WHERE status = 'open'")));
        auto sheet = io::readXlsxFile(m_dir.filePath(QStringLiteral("defects.xlsx")));
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.table.rows.size(), int(defects.value()));
        QVERIFY(!sheet.table.headers.contains(QStringLiteral("name")));
    }

    void libreOfficeOpensTheXlsxExport()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("soffice is not installed (scripts/install-deps.sh --test installs libreoffice-calc-nogui)");
        auto db = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*db);
        CaseImporter importer(*actor.session, cards(*db));
        QVERIFY(importer
                    .import({QStringLiteral("case_number"), QStringLiteral("name"), QStringLiteral("area"),
                             QStringLiteral("team"), QStringLiteral("takeover")},
                            {{QStringLiteral("LO-1"), QStringLiteral("Åse"), QStringLiteral("integration"),
                              QStringLiteral("=1+1"), QStringLiteral("2019-03-05")},
                             {QStringLiteral("LO-2"), QStringLiteral("Bo"), QStringLiteral("integration"),
                              QStringLiteral("-2+3"), QString()}},
                            {})
                    ->applied);
        const QString xlsx = m_dir.filePath(QStringLiteral("lo.xlsx"));
        Exporter::Options options;
        options.format = Exporter::Format::Xlsx;
        options.includePersonalData = true;
        QVERIFY(Exporter(*actor.session).exportTo(xlsx, options).ok());
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(soffice,
                      {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                       QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo")),
                       QStringLiteral("--convert-to"), QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1"),
                       QStringLiteral("--outdir"), m_dir.filePath(QStringLiteral("lo-out")), xlsx});
        QVERIFY(process.waitForFinished(180'000));
        QCOMPARE(process.exitCode(), 0);
        auto table = io::readCsvFile(m_dir.filePath(QStringLiteral("lo-out/lo.csv")));
        QVERIFY2(table.ok(), qPrintable(table.error.toString()));
        QCOMPARE(table.table.headers.value(0), QStringLiteral("case_number"));
        const int team = int(table.table.headers.indexOf(QStringLiteral("team")));
        const int takeover = int(table.table.headers.indexOf(QStringLiteral("takeover")));
        QCOMPARE(table.table.rows.size(), 2);
        QCOMPARE(table.table.rows.at(0).at(0), QStringLiteral("LO-1"));
        QCOMPARE(table.table.rows.at(0).at(2), QStringLiteral("Åse"));
        QCOMPARE(table.table.rows.at(0).at(team), QStringLiteral("=1+1")); // text, not a formula (not 2)
        QCOMPARE(table.table.rows.at(1).at(team), QStringLiteral("-2+3"));
        QCOMPARE(table.table.rows.at(0).at(takeover),
                 QStringLiteral("05-03-2019")); // a real date, shown dd-mm-yyyy
    }

    void cliImportAndExport()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("cli.db"));
        {
            auto created = testsupport::fileDatabase(dir, QStringLiteral("cli.db"));
        }
        const auto cli = [&](QStringList args) {
            args.prepend(dbPath);
            args.prepend(QStringLiteral("--db"));
            return testsupport::runCli(args);
        };
        const QString bad = writeFile(QStringLiteral("cli-bad.csv"), "Sagsnummer;Navn;Område;Overtagelse\n"
                                                                     "K-1;A;integration;05-03-2019\n"
                                                                     "K-2;B;nowhere;05-03-2019\n");
        const QByteArray before = testsupport::fileHash(dbPath);
        auto run = cli({QStringLiteral("import-cases"), bad, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"errors").toArray().size(), 1);
        const QJsonObject error = json.value(u"errors").toArray().first().toObject();
        QCOMPARE(error.value(u"row").toInt(), 3);
        QCOMPARE(error.value(u"column").toString(), QStringLiteral("Område"));
        QCOMPARE(error.value(u"value").toString(), QStringLiteral("nowhere"));
        QVERIFY(!error.value(u"message").toString().isEmpty());
        Q_UNUSED(before)

        const QString mapping = writeFile(QStringLiteral("m.json"), R"({"name": "Test", "kind": "cases",
            "columns": {"Sagsid": "case_number", "Borger": "name", "Ordning": "area"}})");
        const QString mapped =
            writeFile(QStringLiteral("cli-mapped.csv"), "Sagsid;Borger;Ordning\nK-9;Ni;integration\n");
        run = cli(
            {QStringLiteral("import-cases"), mapped, QStringLiteral("--mapping"), mapping, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"created").toInt(), 1);

        const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
        run = cli({QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--format"),
                   QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx});
        QCOMPARE(run.exitCode, 0);
        auto sheet = io::readXlsxFile(xlsx);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.table.rows.size(), 1);
        QVERIFY(!sheet.table.headers.contains(QStringLiteral("name")));
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        run = cli({QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("-o"), csv, QStringLiteral("--include-personal-data"), QStringLiteral("--area"),
                   QStringLiteral("integration")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(io::readCsvFile(csv).table.headers.contains(QStringLiteral("name")));
        run = cli({QStringLiteral("export"), QStringLiteral("nonsense"), QStringLiteral("-o"), csv});
        QCOMPARE(run.exitCode, 1);
        // Every export is in the access log, with its criterion.
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {dbPath, QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'export' AND criterion "
                                             "LIKE 'cases%'")});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.readAllStandardOutput().trimmed(), QByteArray("2"));

        // Events and an old review sheet through the CLI.
        const QString events =
            writeFile(QStringLiteral("cli-events.csv"), "Sagsnummer;Hændelse;Dato;Samtaleform\n"
                                                        "K-9;Opfølgningssamtale;01-02-2024;telefon\n");
        run = cli({QStringLiteral("import-events"), events, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"created").toInt(), 1);
        const QString reviewSheet = writeFile(QStringLiteral("cli-sheet.csv"),
                                              "Sagsnummer;integration.contract.goal;Bemærkning\nK-9;nej;Mål mangler\n");
        run = cli({QStringLiteral("import-answers"), reviewSheet, QStringLiteral("--template"),
                   QStringLiteral("integration"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"created").toInt(), 1);
        const QString badSheet =
            writeFile(QStringLiteral("cli-sheet-bad.csv"), "Sagsnummer;integration.contract.goal\nK-404;ja\n");
        run = cli({QStringLiteral("import-answers"), badSheet, QStringLiteral("--template"),
                   QStringLiteral("integration"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("export"), QStringLiteral("defects"), QStringLiteral("-o"), csv});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(io::readCsvFile(csv).table.rows.value(0).contains(QStringLiteral("Mål mangler")));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
