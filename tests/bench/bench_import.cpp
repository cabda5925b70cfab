// Imports a generated case CSV (default 1,000,000 rows, 12 columns) through CaseImporter into a new database
// file and prints rows/s beside the time the sqlite3 CLI's .import takes on the same file
// (PERF_RELIABILITY.md §A, §F: aim for no more than 2×). Not a pass/fail test.
//
//   bench_import [ROWS] [--keep-indexes] [--xlsx] [--dir DIR]
//
// --xlsx converts the generated file to a workbook (dates as real dates) and imports that instead.
#include "benchsupport.h"
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
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace sagstjek;

namespace {

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
    writeCaseCsv(csv, rows);
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
