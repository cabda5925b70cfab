// Cases in: mapping (automatic, explicit, saved), files in every encoding and dialect, XLSX sheets, every date
// form and month-first columns, validation with row, column, value and reason, all or nothing, skipped rows, dry
// run, re-import with verdict changes, the bulk path's indexes, Cancel.
#include "importfixture.h"
#include "io/csvreader.h"
#include "services/importcheck.h"
#include "services/reviewservice.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace sagstjek;

class TestImportCases : public QObject, importfixture::Fixture {
    Q_OBJECT

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
        // Named by its name in the UI language (issue 12: no keys in messages), here English.
        QVERIFY2(missing.errors.first().message.contains(QStringLiteral("\"Case number\"")),
                 qPrintable(missing.errors.first().message));
        QVERIFY(!missing.errors.first().message.contains(QStringLiteral("case_number")));
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

    void headerRowThreeIgnoresTheTitleRows()
    {
        auto db = testsupport::memoryDatabase();
        const QString path = writeFile(QStringLiteral("title.csv"), "Sagsliste Jobcenter Nord;;;\n"
                                                                    "Udtrukket 01-12-2026;;;\n"
                                                                    "Sagsnummer;Navn;Område;Overtagelsesdato\n"
                                                                    "T-1;Åse;integration;05-03-2019\n"
                                                                    "T-2;Bo;nowhere;05-03-2019\n"
                                                                    "T-3;Eva;integration;\n");
        // From row 1 the title is the header: no case field, nothing imported.
        ImportSummary s = importPath(*db, path);
        QVERIFY(!s.applied);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases")), 0);
        QVERIFY(!s.errors.isEmpty());
        QCOMPARE(s.errors.first().row, 1);

        ImportMapping mapping;
        mapping.headerRow = 3;
        CaseImporter::Options skip;
        skip.skipInvalid = true;
        s = importPath(*db, path, skip, mapping);
        QVERIFY(s.applied);
        QCOMPARE(s.created, 2);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.errors.size(), 1);
        QCOMPARE(s.errors.first().row, 5); // the file's own row number
        QCOMPARE(s.errors.first().column, QStringLiteral("Område"));
        QCOMPARE(load(*db, QStringLiteral("T-1")).dates.value(QStringLiteral("takeover")), QDate(2019, 3, 5));
        QCOMPARE(load(*db, QStringLiteral("T-1")).name, QStringLiteral("Åse"));

        // A missing required column is reported on the header's row.
        const QString noName =
            writeFile(QStringLiteral("title2.csv"), "Sagsliste\n\nSagsnummer;Område\nT-9;integration\n");
        s = importPath(*db, noName, {}, mapping);
        QVERIFY(!s.applied);
        QCOMPARE(s.errors.value(0).row, 3);

        // The mapping keeps the header row.
        mapping.name = QStringLiteral("Med titel");
        auto back = ImportMapping::fromJson(mapping.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->headerRow, 3);
        QVERIFY(!ImportMapping::fromJson(
                     QJsonObject{{QStringLiteral("columns"), QJsonObject{}}, {QStringLiteral("header_row"), 0}})
                     .ok());
    }

    void theWholeFileCheckFindsWhatTheImportRefuses()
    {
        auto db = testsupport::memoryDatabase();
        QByteArray csv = "Titel\nSagsnummer;Navn;Område;Overtagelsesdato\n";
        const QList<int> bad = {7, 50, 120, 250, 299};
        for (int i = 1; i <= 300; ++i) {
            QByteArray area = "integration", date = "05-03-2019", number = "C-" + QByteArray::number(i);
            if (i == 7)
                area = "nowhere";
            else if (i == 50)
                date = "31-02-2019";
            else if (i == 120)
                number = "C-3"; // twice in the file
            else if (i == 250)
                number.clear();
            else if (i == 299)
                area = "x\x01y";
            csv += number + ";Borger " + QByteArray::number(i) + ";" + area + ";" + date + "\n";
        }
        const QString path = writeFile(QStringLiteral("check.csv"), csv);
        auto file = TableFile::open(path, {}, {}, 2);
        QVERIFY(file.ok());
        ImportMapping mapping;
        mapping.headerRow = 2;
        int calls = 0;
        const CaseFileCheck check = checkCaseFile(*file.value(), cards(*db), mapping, [&](double progress) {
            ++calls;
            return progress <= 1.0;
        });
        QVERIFY(!check.cancelled);
        QVERIFY(check.readError.isEmpty());
        QVERIFY(check.fileProblems.isEmpty());
        QCOMPARE(check.rows, 300);
        QCOMPARE(check.invalidRows, 5);
        QCOMPARE(check.invalid.size(), 5);
        QVERIFY(calls > 0);
        QList<int> checkedRows;
        for (const CaseFileCheck::Row &row : check.invalid) {
            checkedRows << row.row;
            QVERIFY(!row.errors.isEmpty());
            QVERIFY(!row.errors.first().message.isEmpty());
        }
        // The file's row numbers: the data starts on row 3.
        QList<int> expected;
        for (int i : bad)
            expected << i + 2;
        QCOMPARE(checkedRows, expected);
        QVERIFY(check.invalid.at(2).errors.first().message.contains(QStringLiteral("row 5")));

        // The import refuses the same rows.
        const ImportSummary s = importPath(*db, path, {}, mapping);
        QVERIFY(!s.applied);
        QSet<int> importRows;
        for (const ImportProblem &p : s.errors)
            importRows.insert(p.row);
        QCOMPARE(importRows, QSet<int>(expected.cbegin(), expected.cend()));

        // Cancelled at once.
        auto again = TableFile::open(path, {}, {}, 2);
        const CaseFileCheck stopped = checkCaseFile(*again.value(), cards(*db), mapping, [](double) { return false; });
        QVERIFY(stopped.cancelled);
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
        QCOMPARE(s.indexesDeferred, !testsupport::onServer()); // a shared server keeps its indexes
        QCOMPARE(s.created, 300);
        QCOMPARE(schemaOfCases(*db), before);
        CaseRepository &repository = db->cases();
        CaseFilter filter;
        filter.search = QStringLiteral("æblegård 29");
        QCOMPARE(repository.count(filter).value(), 11); // 29, 290–299 through the rebuilt trigram index
        if (!testsupport::onServer())                   // SQLite's full-text table, rebuilt after the load
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
        if (testsupport::onServer())
            return; // the server's indexes are never dropped
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
};

QTEST_GUILESS_MAIN(TestImportCases)
#include "tst_import_cases.moc"
