#pragma once

// A report on paper and for Excel (issue 10): a title block and a list of sections, each with paragraphs, tables
// and an optional chart. The same Report is written as a PDF (QTextDocument laid out by QPdfWriter: A4, 300 dpi,
// DejaVu Sans, page numbers), as an XLSX workbook (one sheet per table) and as a CSV file (the tables one after
// another, each under its name). No widgets: Qt Gui only, for fonts, the text layout and the chart image.

#include "core/result.h"
#include "io/cell.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sagstjek::reports {

// How a column's numbers are shown on paper; in XLSX and CSV every number is a number (percent as 71.7).
enum class ColumnKind {
    Text,
    Count,   // a whole number: "1.234" / "1,234"
    Percent, // a percentage with one decimal: "71,7 %" / "71.7 %"
    Money,   // kroner as a number (øre as its decimals): "281.160 kr." / "281,160 DKK" on paper, a number in XLSX
};

struct Column {
    QString header;
    ColumnKind kind = ColumnKind::Text;
    // On paper: shown under the previous column's text in the same cell, in smaller type, without a header of its
    // own (a check item's question and sentence under its key). A column of its own in XLSX and CSV.
    bool belowPrevious = false;
    int paperWidthPercent = 0; // on paper; 0: as the layout finds
};

struct ReportTable {
    QString name; // the sheet's name in XLSX (made Excel-safe) and the table's caption
    QList<Column> columns;
    QList<QList<io::Cell>> rows; // an empty cell is shown as "–" on paper and left empty in XLSX and CSV
    QString note;                // under the table on paper (e.g. what "n < 5" means)
    QStringList headers() const;
};

// A horizontal bar chart of percentages (0–100) with a target line, drawn only for the PDF (so that XLSX and CSV
// need no fonts): one bar per label, the lower bound as a line from the bound to the bar's end.
struct Bar {
    QString label;
    double percent = 0;
    std::optional<double> lower;
};
struct BarChart {
    QList<Bar> bars;
    int targetPercent = 90;
    QString caption;
    bool isEmpty() const { return bars.isEmpty(); }
};

struct ReportSection {
    QString title;
    QStringList paragraphs; // plain text, escaped when written
    QList<ReportTable> tables;
    BarChart chart; // optional; drawn under the paragraphs
};

struct Report {
    QString language = QStringLiteral("da"); // "da" or "en": the words around the figures
    QString title;
    QString subtitle;
    QString organisation; // the municipality, or the database's name
    QDate date;
    QStringList notes; // under the title block (e.g. "pseudonymised")
    QList<ReportSection> sections;

    QList<ReportTable> tables() const; // every section's tables, in order
};

// The whole report as the HTML QTextDocument lays out (for the PDF; also useful to look at in a browser).
QString reportHtml(const Report &report);

// Writes the report atomically (a QSaveFile: the target is replaced only when everything was written). A target
// that cannot be written is an InvalidInput error naming the path.
Status writePdf(const Report &report, const QString &path);
Status writeXlsx(const Report &report, const QString &path);
Status writeCsv(const Report &report, const QString &path);

// The chart drawn with QPainter (needs a QGuiApplication).
QImage drawBarChart(const BarChart &chart, const QString &language);

} // namespace sagstjek::reports
