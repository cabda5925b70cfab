// Imports a generated case CSV (default 1,000,000 rows, 12 columns) through CaseImporter into a new database
// file and prints rows/s beside the time the sqlite3 CLI's .import takes on the same file
// (PERF_RELIABILITY.md §A, §F: aim for no more than 2×). Not a pass/fail test.
//
//   bench_import [ROWS] [--keep-indexes] [--xlsx] [--dir DIR]
//
// --xlsx converts the generated file to a workbook (dates as real dates) and imports that instead.
#include "io/csvreader.h"
#include "io/xlsxtablewriter.h"
#include "services/accesspolicy.h"
#include "services/caseimporter.h"
#include "services/importmapping.h"
#include "services/session.h"
#include "services/tablefile.h"
#include "services/templatecatalog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace sagstjek;

namespace {

void generate(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(42);
    const QStringList first = {QStringLiteral("Anna"), QStringLiteral("Mette"),  QStringLiteral("Søren"),
                               QStringLiteral("Ali"),  QStringLiteral("Fatima"), QStringLiteral("Jens"),
                               QStringLiteral("Åse"),  QStringLiteral("Yusuf")};
    const QStringList last = {QStringLiteral("Jensen"),   QStringLiteral("Nielsen"), QStringLiteral("Hansen"),
                              QStringLiteral("Sørensen"), QStringLiteral("Ahmed"),   QStringLiteral("Ærø")};
    QByteArray buffer = "case_number;cpr;name;area;subgroup;caseworker;team;takeover;contract_signed;"
                        "declaration_signed;danish_referral;programme_end\n";
    for (qint64 i = 0; i < rows; ++i) {
        const int day = random.bounded(1, 29);
        const int month = random.bounded(1, 13);
        const int year = random.bounded(2015, 2024);
        const QDate takeover(year, month, day);
        const QDate contract = takeover.addDays(random.bounded(0, 60));
        buffer += QStringLiteral("S-%1;%2%3%4%5;%6 %7;integration;refugee;Sagsbehandler %8;Team %9;%10;%11;%12;%13;\n")
                      .arg(i, 7, 10, QLatin1Char('0'))
                      .arg(day, 2, 10, QLatin1Char('0'))
                      .arg(month, 2, 10, QLatin1Char('0'))
                      .arg(year % 100, 2, 10, QLatin1Char('0'))
                      .arg(random.bounded(0, 10000), 4, 10, QLatin1Char('0'))
                      .arg(first.at(int(i % first.size())), last.at(int((i / 8) % last.size())))
                      .arg(i % 50)
                      .arg(i % 7)
                      .arg(takeover.toString(Qt::ISODate), contract.toString(Qt::ISODate),
                           contract.toString(Qt::ISODate), takeover.addDays(20).toString(QStringLiteral("dd-MM-yyyy")))
                      .toUtf8();
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    qint64 rows = 1'000'000;
    bool keep = false;
    bool xlsx = false;
    QString dirPath;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--keep-indexes")
            keep = true;
        else if (args.at(i) == u"--xlsx")
            xlsx = true;
        else if (args.at(i) == u"--dir" && i + 1 < args.size())
            dirPath = args.at(++i);
        else
            rows = args.at(i).toLongLong();
    }
    QTemporaryDir temporary;
    const QString dir = dirPath.isEmpty() ? temporary.path() : dirPath;
    const QString csv = dir + QStringLiteral("/cases.csv");
    QElapsedTimer timer;
    timer.start();
    generate(csv, rows);
    out << "generated " << rows << " rows (" << QFile(csv).size() / (1024 * 1024) << " MiB) in " << timer.elapsed()
        << " ms" << Qt::endl;

    // The physical limit: the sqlite3 CLI's .import into a plain table, WAL, on the same file.
    const QString plain = dir + QStringLiteral("/plain.db");
    QFile::remove(plain);
    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"),
                 {plain, QStringLiteral("PRAGMA journal_mode=WAL;"), QStringLiteral(".mode csv"),
                  QStringLiteral(".separator ;"), QStringLiteral(".import ") + csv + QStringLiteral(" cases")});
    bool ran = sqlite.waitForFinished(-1) && sqlite.exitCode() == 0;
    const double importSeconds = double(timer.elapsed()) / 1000.0;
    // Issue 13's baseline: the import followed by the unique index on the case number the app needs.
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"),
                 {plain, QStringLiteral("CREATE UNIQUE INDEX cases_number ON cases (case_number COLLATE NOCASE)")});
    ran = ran && sqlite.waitForFinished(-1) && sqlite.exitCode() == 0;
    const double sqliteSeconds = importSeconds + double(timer.elapsed()) / 1000.0;
    if (ran)
        out << "sqlite3 .import:          " << QString::number(importSeconds, 'f', 2) << " s, + unique index "
            << QString::number(sqliteSeconds, 'f', 2) << " s" << Qt::endl;
    else
        out << "sqlite3 .import failed or sqlite3 is missing" << Qt::endl;

    const QString dbPath = dir + QStringLiteral("/bench.db");
    QFile::remove(dbPath);
    auto db = Database::open(dbPath, Database::OpenMode::CreateIfMissing);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    if (auto installed = templatecatalog::installBuiltIn(*db.value(), QStringLiteral("bench")); !installed)
        qFatal("%s", qPrintable(installed.error().message));
    auto cards = importmapping::currentCards(*db.value());
    QString input = csv;
    if (xlsx) {
        input = dir + QStringLiteral("/cases.xlsx");
        timer.restart();
        io::CsvReader reader;
        reader.open(csv);
        io::XlsxTableWriter writer(input);
        writer.addSheet(QStringLiteral("Sager"), reader.headers());
        QStringList row;
        while (reader.readRow(row)) {
            QList<io::Cell> cells;
            for (const QString &field : std::as_const(row)) {
                const QDate date = QDate::fromString(field, Qt::ISODate);
                cells << (date.isValid() ? io::Cell::fromDate(date) : io::Cell(field));
            }
            writer.writeRow(cells);
        }
        if (!writer.finish())
            qFatal("%s", qPrintable(writer.error().message));
        out << "wrote " << QFile(input).size() / (1024 * 1024) << " MiB XLSX in " << timer.elapsed() << " ms"
            << Qt::endl;
    }
    auto file = TableFile::open(input);
    if (!file)
        qFatal("%s", qPrintable(file.error().message));
    auto policy = AccessPolicy::forUser(*db.value(), QStringLiteral("bench"));
    if (!policy) {
        std::fprintf(stderr, "%s\n", qPrintable(policy.error().message));
        return 1;
    }
    Session session(*db.value(), *policy.value());
    CaseImporter importer(session, cards.value());
    CaseImporter::Options options;
    options.indexes = keep ? CaseImportJob::Indexes::Keep : CaseImportJob::Indexes::Auto;
    timer.restart();
    auto summary = importer.importFile(std::move(file.value()), {}, options);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!summary)
        qFatal("%s", qPrintable(summary.error().message));
    out << "CaseImporter:             " << QString::number(seconds, 'f', 2) << " s, "
        << qint64(double(summary->created) / seconds) << " rows/s, created " << summary->created << ", errors "
        << summary->errors.size() << (summary->indexesDeferred ? ", indexes deferred" : ", indexes kept")
        << ", peak RSS " << peakRssMb() << " MB" << Qt::endl;
    out << "  read " << summary->timings.read << " ms, check " << summary->timings.convert << " ms, write "
        << summary->timings.write << " ms, indexes " << summary->timings.indexes << " ms, commit "
        << qint64(seconds * 1000) - summary->timings.read - summary->timings.convert - summary->timings.write -
               summary->timings.indexes
        << " ms" << Qt::endl;
    if (ran)
        out << "ratio to sqlite3 .import + unique index: " << QString::number(seconds / sqliteSeconds, 'f', 2)
            << "x (issue 13: <= 1.5x)" << Qt::endl;
    return 0;
}
