// Results out and back in: exports (CSV for Danish Excel and safe from formulas, XLSX that LibreOffice opens,
// answers and defects), a failed export keeps the old file, the round trip gives the same cases, and the CLI's
// import and export commands.
#include "importfixture.h"
#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "services/exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace sagstjek;

class TestImportExport : public QObject, importfixture::Fixture {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
        Exporter::Options keyed; // the machine form: field keys as headers
        keyed.keys = true;
        auto rows = exporter.exportTo(path, keyed);
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
        personal.keys = true;
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
        QTest::addColumn<bool>("keys");
        QTest::addColumn<QString>("language");
        QTest::newRow("CSV with keys") << int(Exporter::Format::Csv) << true << QStringLiteral("en");
        QTest::newRow("XLSX with keys") << int(Exporter::Format::Xlsx) << true << QStringLiteral("en");
        // An export in words reads back too: its headers and names are what the importer recognises.
        QTest::newRow("CSV in Danish words") << int(Exporter::Format::Csv) << false << QStringLiteral("da");
        QTest::newRow("XLSX in English words") << int(Exporter::Format::Xlsx) << false << QStringLiteral("en");
    }

    void roundTripGivesTheSameCases()
    {
        QFETCH(int, format);
        QFETCH(bool, keys);
        QFETCH(QString, language);
        auto source = testsupport::memoryDatabase(true);
        Exporter::Options options;
        options.keys = keys;
        options.language = language;
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

    void csvExportReadsBackAsItWas()
    {
        // Formula-like text gets an apostrophe in the CSV for Excel; reading Sagstjek's own file back takes it
        // off again, and only there: a name that really starts with an apostrophe keeps it.
        auto source = testsupport::memoryDatabase();
        auto actor = testsupport::actor(*source);
        const QStringList headers = {QStringLiteral("case_number"), QStringLiteral("name"), QStringLiteral("area"),
                                     QStringLiteral("caseworker"), QStringLiteral("team")};
        const QList<QStringList> rows = {
            {QStringLiteral("G-1"), QStringLiteral("=1+1"), QStringLiteral("integration"), QStringLiteral("@SUM(A1)"),
             QStringLiteral("-2+3")},
            {QStringLiteral("G-2"), QStringLiteral("'Hansen"), QStringLiteral("integration"),
             QStringLiteral("+45 Hansen"), QStringLiteral("'=x")},
            {QStringLiteral("G-3"), QStringLiteral("''+y"), QStringLiteral("integration"), QStringLiteral("Åse"),
             QStringLiteral("Team 'Nord'")},
        };
        auto imported = CaseImporter(*actor.session, cards(*source)).import(headers, rows, {});
        QVERIFY(imported.ok() && imported->applied);
        Exporter::Options options;
        options.includePersonalData = true;
        options.format = Exporter::Format::Csv;
        const QString path = m_dir.filePath(QStringLiteral("guard.csv"));
        QVERIFY(Exporter(*actor.session).exportTo(path, options).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(";'=1+1;"));
        QVERIFY(bytes.contains(";''=x"));
        QVERIFY(bytes.contains(";'Hansen;"));

        auto target = testsupport::memoryDatabase();
        const ImportSummary s = importPath(*target, path);
        QVERIFY2(s.errors.isEmpty(),
                 qPrintable(s.errors.value(0).column + QStringLiteral(": ") + s.errors.value(0).message));
        QCOMPARE(s.created, 3);
        for (const QStringList &row : rows) {
            const CaseFile c = load(*target, row.at(0));
            QCOMPARE(c.name, row.at(1));
            QCOMPARE(c.caseworker, row.at(3));
            QCOMPARE(c.team, row.at(4));
        }
    }

    void answersAndDefectsExport()
    {
        auto db = testsupport::memoryDatabase(true);
        auto actor = testsupport::actor(*db);
        Exporter exporter(*actor.session);
        const QString longPath = m_dir.filePath(QStringLiteral("answers.csv"));
        Exporter::Options options;
        options.keys = true;
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
        options.keys = true;
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

    void cliImportsBelowTitleRows()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("title.db"));
        {
            auto created = testsupport::fileDatabase(dir, QStringLiteral("title.db"));
        }
        const auto cli = [&](QStringList args) {
            args.prepend(dbPath);
            args.prepend(QStringLiteral("--db"));
            return testsupport::runCli(args);
        };
        // Title rows above the header: refused from row 1, imported with --header-row.
        const QString titled = writeFile(QStringLiteral("cli-title.csv"), "Sagsliste Jobcenter Nord\n"
                                                                          "\n"
                                                                          "Sagsnummer;Navn;Område\n"
                                                                          "K-20;Tyve;integration\n"
                                                                          "K-21;Enogtyve;integration\n");
        auto run = cli({QStringLiteral("import-cases"), titled, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("import-cases"), titled, QStringLiteral("--header-row"), QStringLiteral("3"),
                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"created").toInt(), 2);
        run = cli({QStringLiteral("import-cases"), titled, QStringLiteral("--header-row"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 1); // not a row number: refused before the file is read
        run = cli({QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("-o"), dir.filePath(QStringLiteral("count.csv"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(io::readCsvFile(dir.filePath(QStringLiteral("count.csv"))).table.rows.size(), 2);
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
                   QStringLiteral("integration"), QStringLiteral("--keys")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(io::readCsvFile(csv).table.headers.contains(QStringLiteral("name")));
        QCOMPARE(io::readCsvFile(csv).table.rows.value(0).value(3), QStringLiteral("integration"));
        // Without --keys the file is in words, in the --lang language; the message too.
        run = cli({QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("export"), QStringLiteral("cases"),
                   QStringLiteral("-o"), csv, QStringLiteral("--include-personal-data")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Eksporterede 1 rækker til "), run.out.constData());
        const io::Table inWords = io::readCsvFile(csv).table;
        QCOMPARE(inWords.headers.mid(0, 4), QStringList({QStringLiteral("Sagsnummer"), QStringLiteral("CPR-nummer"),
                                                         QStringLiteral("Navn"), QStringLiteral("Område")}));
        QCOMPARE(inWords.rows.value(0).value(3), QStringLiteral("Integrationsprogram"));
        QCOMPARE(inWords.rows.value(0).value(inWords.headers.indexOf(QStringLiteral("Gennemgangsstatus"))),
                 QStringLiteral("Ikke startet"));
        run = cli({QStringLiteral("export"), QStringLiteral("nonsense"), QStringLiteral("-o"), csv});
        QCOMPARE(run.exitCode, 1);
        // Every export is in the access log, with its criterion.
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {dbPath, QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'export' AND criterion "
                                             "LIKE 'cases%'")});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.readAllStandardOutput().trimmed(), QByteArray("3"));

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

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_import_export.moc"
