#include "reports/reportdocument.h"

#include "domain/money.h"
#include "domain/words.h"
#include "io/csvwriter.h"
#include "io/xlsxtablewriter.h"
#include "services/statistics.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace sagstjek::reports {

// The words here are written in both languages rather than through tr(), as in services/statistics.cpp: a
// report's language is chosen per report, independently of the user interface's translator.

namespace {

using namespace Qt::StringLiterals;

bool isDanish(const QString &language)
{
    return language == u"da";
}

QString say(const QString &language, const QString &da, const QString &en)
{
    return isDanish(language) ? da : en;
}

// Drawn at 1800 px wide: about 150 dpi across the text width of an A4 page.
constexpr int Width = 1800;
constexpr int RowHeight = 56;
constexpr int Top = 70;
constexpr int Bottom = 60;

QSize chartSize(const BarChart &chart)
{
    return {Width, Top + int(chart.bars.size()) * RowHeight + Bottom};
}

QString chartUrl(int index)
{
    return u"sagstjek-chart:%1"_s.arg(index);
}

QString cellText(const io::Cell &cell, ColumnKind kind, const QString &language)
{
    switch (cell.kind) {
    case io::Cell::Kind::Empty:
        return u"–"_s;
    case io::Cell::Kind::Text:
        return cell.text;
    case io::Cell::Kind::Date:
        return words::date(cell.date, isDanish(language) ? u"da"_s : u"en"_s);
    case io::Cell::Kind::Number:
        break;
    }
    if (kind == ColumnKind::Percent)
        return stats::percentText(cell.number, language);
    if (kind == ColumnKind::Money)
        return money::format(qRound64(cell.number * 100), language);
    if (cell.number == std::floor(cell.number) && std::abs(cell.number) < 2e9)
        return stats::countText(int(cell.number), language);
    return QLocale(isDanish(language) ? QLocale::Danish : QLocale::English).toString(cell.number, 'f', 1);
}

Error cannotWrite(const QString &path, const QString &reason)
{
    return invalidInput(u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), reason));
}

// A QSaveFile opened for writing, or the reason it cannot be.
Status openTarget(QSaveFile &file)
{
    const QFileInfo info(file.fileName());
    if (info.isDir())
        return cannotWrite(file.fileName(), u"it is a folder"_s);
    if (!info.absoluteDir().exists())
        return cannotWrite(file.fileName(), u"the folder %1 does not exist"_s.arg(info.absolutePath()));
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.fileName(), file.errorString());
    return Ok{};
}

QString tableHtml(const ReportTable &table, const QString &language)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                   "style=\"border-collapse:collapse; border-color:#999999; border-style:solid; font-size:8pt;\">"_s;
    auto align = [](const Column &column) { return column.kind == ColumnKind::Text ? u"left"_s : u"right"_s; };
    html += u"<tr>"_s;
    for (const Column &column : table.columns) {
        if (column.belowPrevious)
            continue;
        const QString width = column.paperWidthPercent > 0 ? u" width=\"%1%\""_s.arg(column.paperWidthPercent)
                                                           : QString(); // the width the header and cells need
        html += u"<th bgcolor=\"#e8ecf2\" align=\"%1\"%2 style=\"font-size:7pt;\">%3</th>"_s.arg(
            align(column), width, column.header.toHtmlEscaped());
    }
    html += u"</tr>"_s;
    for (const QList<io::Cell> &row : table.rows) {
        html += u"<tr>"_s;
        QString cell;
        QString cellAlign;
        for (int i = 0; i < table.columns.size(); ++i) {
            const Column &column = table.columns.at(i);
            const io::Cell value = i < row.size() ? row.at(i) : io::Cell();
            if (column.belowPrevious) {
                if (value.kind != io::Cell::Kind::Empty && !value.text.isEmpty())
                    cell += u"<br><span style=\"font-size:7pt; color:#444444;\">%1</span>"_s.arg(
                        cellText(value, column.kind, language).toHtmlEscaped());
                continue;
            }
            if (!cellAlign.isEmpty())
                html += u"<td align=\"%1\">%2</td>"_s.arg(cellAlign, cell);
            cellAlign = align(column);
            cell = cellText(value, column.kind, language).toHtmlEscaped();
        }
        if (!cellAlign.isEmpty())
            html += u"<td align=\"%1\">%2</td>"_s.arg(cellAlign, cell);
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    if (!table.note.isEmpty())
        html += u"<p style=\"font-size:small; color:#555555;\">%1</p>"_s.arg(table.note.toHtmlEscaped());
    return html;
}

} // namespace

QStringList ReportTable::headers() const
{
    QStringList headers;
    for (const Column &column : columns)
        headers << column.header;
    return headers;
}

QList<ReportTable> Report::tables() const
{
    QList<ReportTable> all;
    for (const ReportSection &section : sections)
        all << section.tables;
    return all;
}

QString reportHtml(const Report &report)
{
    const QString &lang = report.language;
    QString html =
        u"<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"_s.arg(report.title.toHtmlEscaped());
    html += u"<h1 style=\"color:#1f3a5f;\">%1</h1>"_s.arg(report.title.toHtmlEscaped());
    if (!report.subtitle.isEmpty())
        html += u"<p style=\"font-size:large;\">%1</p>"_s.arg(report.subtitle.toHtmlEscaped());
    QStringList meta;
    if (!report.organisation.isEmpty())
        meta << report.organisation;
    if (report.date.isValid())
        meta << say(lang, u"Dato: "_s, u"Date: "_s) + words::date(report.date, isDanish(lang) ? u"da"_s : u"en"_s);
    if (!meta.isEmpty())
        html += u"<p>%1</p>"_s.arg(meta.join(u" · "_s).toHtmlEscaped());
    for (const QString &note : report.notes)
        html += u"<p style=\"font-size:small; color:#555555;\">%1</p>"_s.arg(note.toHtmlEscaped());
    int chart = 0;
    for (const ReportSection &section : report.sections) {
        html += u"<h2 style=\"color:#1f3a5f;\">%1</h2>"_s.arg(section.title.toHtmlEscaped());
        for (const QString &paragraph : section.paragraphs)
            html += u"<p>%1</p>"_s.arg(paragraph.toHtmlEscaped());
        if (!section.chart.isEmpty()) {
            // Sized in the document's units (the page is about 640 wide before print() scales it to the device).
            const QSize size = chartSize(section.chart);
            html += u"<p><img src=\"%1\" width=\"620\" height=\"%2\"></p>"_s.arg(chartUrl(chart))
                        .arg(int(620.0 * size.height() / size.width()));
            if (!section.chart.caption.isEmpty())
                html +=
                    u"<p style=\"font-size:small; color:#555555;\">%1</p>"_s.arg(section.chart.caption.toHtmlEscaped());
            ++chart;
        }
        for (const ReportTable &table : section.tables) {
            if (!table.name.isEmpty())
                html += u"<h3>%1</h3>"_s.arg(table.name.toHtmlEscaped());
            html += tableHtml(table, lang);
        }
    }
    html += u"</body></html>"_s;
    return html;
}

Status writePdf(const Report &report, const QString &path)
{
    QSaveFile file(path);
    if (auto opened = openTarget(file); !opened)
        return opened;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QPdfWriter is 1200 dpi by default; the page size of the document stays unset (TOOLCHAIN.md pitfall 5),
        // so QTextDocument::print() lays out for the device, with 2 cm margins and page numbers.
        writer.setResolution(300);
        writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
        writer.setTitle(report.title);
        writer.setCreator(u"Sagstjek"_s);
        QTextDocument document;
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(9.5);
        document.setDefaultFont(font);
        int chart = 0;
        for (const ReportSection &section : report.sections)
            if (!section.chart.isEmpty())
                document.addResource(QTextDocument::ImageResource, QUrl(chartUrl(chart++)),
                                     drawBarChart(section.chart, report.language));
        document.setHtml(reportHtml(report));
        document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError)
        return cannotWrite(path, file.errorString());
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return Ok{};
}

Status writeXlsx(const Report &report, const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return cannotWrite(path, u"it is a folder"_s);
    if (!info.absoluteDir().exists())
        return cannotWrite(path, u"the folder %1 does not exist"_s.arg(info.absolutePath()));
    QList<io::XlsxSheetData> sheets;
    QSet<QString> names;
    for (const ReportTable &table : report.tables()) {
        // Sheet names are unique regardless of case and at most 31 characters.
        const QString base = io::XlsxTableWriter::safeSheetName(table.name);
        QString name = base;
        for (int n = 2; names.contains(name.toLower()); ++n) {
            const QString suffix = u" (%1)"_s.arg(n);
            name = base.left(31 - suffix.size()) + suffix;
        }
        names.insert(name.toLower());
        sheets.append({name, table.headers(), table.rows});
    }
    if (sheets.isEmpty())
        sheets.append({say(report.language, u"Rapport"_s, u"Report"_s), {report.title}, {}});
    if (const io::IoError error = io::writeXlsxFile(path, sheets); error)
        return cannotWrite(path, error.message);
    return Ok{};
}

Status writeCsv(const Report &report, const QString &path)
{
    QSaveFile file(path);
    if (auto opened = openTarget(file); !opened)
        return opened;
    io::CsvWriter writer(&file);
    bool first = true;
    for (const ReportTable &table : report.tables()) {
        if (!first)
            writer.writeRow({});
        first = false;
        // Each table under its name, then its header row and its rows.
        writer.writeTextRow({table.name});
        writer.writeTextRow(table.headers());
        for (const QList<io::Cell> &row : table.rows)
            writer.writeRow(row);
    }
    if (!writer.finish() || writer.error())
        return cannotWrite(path, writer.error().message);
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return Ok{};
}

QImage drawBarChart(const BarChart &chart, const QString &language)
{
    const QList<Bar> &bars = chart.bars;
    const int targetPercent = chart.targetPercent;
    const int labelWidth = Width * 38 / 100;
    const int plotLeft = labelWidth + 20;
    const int plotWidth = Width - plotLeft - 140;
    const int height = chartSize(chart).height();
    QImage image(Width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(26);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    auto xOf = [&](double percent) { return plotLeft + int(plotWidth * std::clamp(percent, 0.0, 100.0) / 100.0); };

    // The scale: 0, 25, 50, 75, 100 %.
    painter.setPen(QColor(0xcc, 0xcc, 0xcc));
    for (int p = 0; p <= 100; p += 25) {
        painter.drawLine(xOf(p), Top - 10, xOf(p), height - Bottom + 5);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString tick = stats::percentText(p, language);
        painter.drawText(xOf(p) - metrics.horizontalAdvance(tick) / 2, height - Bottom + 40, tick);
        painter.setPen(QColor(0xcc, 0xcc, 0xcc));
    }
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        const int y = Top + i * RowHeight;
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, y, labelWidth, RowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideMiddle, labelWidth));
        const bool reaches = bar.percent >= targetPercent;
        painter.fillRect(QRect(plotLeft, y + 10, xOf(bar.percent) - plotLeft, RowHeight - 20),
                         reaches ? QColor(0x3b, 0x7d, 0x4f) : QColor(0xc0, 0x5a, 0x2b));
        if (bar.lower) {
            // The lower bound: a dark line from the bound to the bar's end.
            painter.setPen(QPen(Qt::black, 4));
            painter.drawLine(xOf(*bar.lower), y + RowHeight / 2, xOf(bar.percent), y + RowHeight / 2);
            painter.drawLine(xOf(*bar.lower), y + 16, xOf(*bar.lower), y + RowHeight - 16);
        }
        painter.setPen(Qt::black);
        painter.drawText(xOf(bar.percent) + 10, y + RowHeight / 2 + metrics.ascent() / 2 - 2,
                         stats::percentText(stats::roundedPercent(bar.percent), language));
    }
    // The target line, dashed, with its label on top.
    painter.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 4, Qt::DashLine));
    painter.drawLine(xOf(targetPercent), Top - 20, xOf(targetPercent), height - Bottom);
    const QString target = say(language, u"mål %1"_s, u"target %1"_s).arg(stats::percentText(targetPercent, language));
    painter.setPen(QColor(0x1f, 0x3a, 0x5f));
    painter.drawText(std::min(xOf(targetPercent) - metrics.horizontalAdvance(target) / 2,
                              Width - metrics.horizontalAdvance(target) - 5),
                     Top - 30, target);
    painter.end();
    return image;
}

} // namespace sagstjek::reports
