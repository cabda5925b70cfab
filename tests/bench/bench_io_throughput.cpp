// Throughput of the io readers and writers on generated files. Prints figures; not a test.
//   bench_io [rows]      (default 1,000,000 CSV rows of 12 short columns; XLSX uses rows / 10)

#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/xlsxreader.h"
#include "io/xlsxtablewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace sagstjek::io;

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QList<Cell> caseRow(qint64 i)
{
    return {Cell(u"27.12.08-G01-%1-19"_s.arg(i)),
            Cell(u"Søren Ærø %1"_s.arg(i % 997)),
            Cell(u"%1"_s.arg(1000000000 + i % 1000000)),
            Cell::fromDate(QDate(2019, 1, 1).addDays(i % 1500)),
            Cell(u"Børne- og familieafdelingen"_s),
            Cell(u"Sagsbehandler %1"_s.arg(i % 83)),
            Cell::fromNumber(double(i % 5000) / 4),
            Cell(u"Åben"_s),
            Cell(u"§ 50"_s),
            Cell(u"Team Nord"_s),
            Cell(i % 7 == 0 ? u"Partshøring; \"mangler\""_s : QString()),
            Cell::fromNumber(double(i % 3))};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QStringList headers{u"Sagsnummer"_s, u"Borger"_s, u"CPR"_s,      u"Dato"_s, u"Afdeling"_s, u"Behandler"_s,
                              u"Beløb"_s,      u"Status"_s, u"Paragraf"_s, u"Team"_s, u"Note"_s,     u"Antal"_s};

    // CSV write.
    const QString csvPath = dir.filePath(u"cases.csv"_s);
    QElapsedTimer t;
    t.start();
    {
        QSaveFile file(csvPath);
        file.open(QIODevice::WriteOnly);
        CsvWriter writer(&file);
        writer.writeTextRow(headers);
        for (qint64 i = 0; i < rows; ++i)
            writer.writeRow(caseRow(i));
        writer.finish();
        file.commit();
    }
    const double writeS = double(t.elapsed()) / 1000;
    const double mb = double(QFile(csvPath).size()) / (1024 * 1024);
    std::printf("CSV write: %lld rows, %.1f MB in %.2f s = %.0f rows/s\n", static_cast<long long>(rows), mb, writeS,
                double(rows) / writeS);

    // CSV read (streaming).
    t.restart();
    CsvReader reader;
    if (!reader.open(csvPath)) {
        std::printf("open failed: %s\n", qPrintable(reader.error().toString()));
        return 1;
    }
    QStringList row;
    qint64 n = 0, chars = 0;
    while (reader.readRow(row)) {
        ++n;
        chars += row.at(0).size();
    }
    const double readS = double(t.elapsed()) / 1000;
    if (reader.hasError() || n != rows) {
        std::printf("read failed after %lld rows: %s\n", static_cast<long long>(n),
                    qPrintable(reader.error().toString()));
        return 1;
    }
    std::printf("CSV read:  %lld rows in %.2f s = %.0f rows/s, %.0f MB/s, peak RSS so far %ld MB\n",
                static_cast<long long>(n), readS, double(n) / readS, mb / readS, peakRssMb());

    // XLSX write + read.
    const qint64 xrows = std::max<qint64>(rows / 10, 1);
    const QString xlsxPath = dir.filePath(u"cases.xlsx"_s);
    t.restart();
    XlsxTableWriter xw(xlsxPath);
    xw.addSheet(u"Sager"_s, headers);
    for (qint64 i = 0; i < xrows; ++i)
        xw.writeRow(caseRow(i));
    if (!xw.finish()) {
        std::printf("xlsx write failed: %s\n", qPrintable(xw.error().toString()));
        return 1;
    }
    const double xwS = double(t.elapsed()) / 1000;
    std::printf("XLSX write: %lld rows, %.1f MB in %.2f s = %.0f rows/s\n", static_cast<long long>(xrows),
                double(QFile(xlsxPath).size()) / (1024 * 1024), xwS, double(xrows) / xwS);
    t.restart();
    XlsxReader xr;
    if (!xr.open(xlsxPath) || !xr.selectSheet(0)) {
        std::printf("xlsx open failed: %s\n", qPrintable(xr.error().toString()));
        return 1;
    }
    n = 0;
    while (xr.readRow(row))
        ++n;
    const double xrS = double(t.elapsed()) / 1000;
    if (xr.hasError() || n != xrows) {
        std::printf("xlsx read failed after %lld rows: %s\n", static_cast<long long>(n),
                    qPrintable(xr.error().toString()));
        return 1;
    }
    std::printf("XLSX read: %lld rows in %.2f s = %.0f rows/s (inflated %.1f MB), peak RSS %ld MB\n",
                static_cast<long long>(n), xrS, double(n) / xrS, double(xr.uncompressedBytesRead()) / (1024 * 1024),
                peakRssMb());
    return 0;
}
