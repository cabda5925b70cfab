#pragma once

// Dates as they appear in case-system exports and spreadsheets.
//
// Accepted forms (an optional time "HH:mm" or "HH:mm:ss" after a space or 'T' is ignored, with a
// warning when it is not midnight):
//   ISO            2019-03-05
//   numeric        05-03-2019, 05.03.2019, 5/3/2019, 05-03-19 — day-month-year or month-day-year,
//                  as DateParseOptions::order says (Danish default: day first)
//   Excel serial   43529 (1900 date system, or 1904 if asked), when the caller says the column is
//                  numeric-from-Excel, or for a plain integer 1–2958465 in a date column.
//
// Two-digit years: 00–69 mean 2000–2069 and 70–99 mean 1970–1999 (Excel's own pivot). Every date
// read with a two-digit year carries a warning that says so.
//
// Impossible dates (31-02-2019) are errors. Ambiguity is reported, not guessed: a numeric date whose
// day and month could be swapped (03/05/2019) has ambiguous = true; decide the column's order with
// detectDateOrder() over its values.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace sagstjek::io {

enum class DateOrder {
    DayMonthYear,
    MonthDayYear,
    Ambiguous, // detectDateOrder(): the values contradict each other
};

enum class DateForm {
    Invalid,
    Iso,          // yyyy-MM-dd
    DayMonthYear, // d-M-y with '-', '.' or '/'
    MonthDayYear, // M/d/y with '-', '.' or '/'
    ExcelSerial,
};

struct DateParseOptions {
    DateOrder order = DateOrder::DayMonthYear; // Ambiguous is treated as DayMonthYear, with ambiguous set
    bool numericFromExcel = false;             // the column holds Excel serials: any number, fractions allowed
    bool acceptSerialNumbers = true;           // a plain integer 1–2958465 is an Excel serial
    bool date1904 = false;                     // serials use the 1904 date system (old Mac workbooks)
};

struct DateParseResult {
    QDate date;
    DateForm form = DateForm::Invalid;
    QChar separator; // '-', '.' or '/' for the numeric forms
    bool twoDigitYear = false;
    bool ambiguous = false; // day and month could be swapped (both ≤ 12 and different)
    QString error;          // set when !ok()
    QString warning;        // e.g. the two-digit-year rule, an ignored time of day
    bool ok() const { return date.isValid(); }
};

DateParseResult parseDate(QStringView text, const DateParseOptions &options = {});

struct DateOrderDetection {
    DateOrder order = DateOrder::DayMonthYear;
    bool proven = false;        // false: no value told (Danish default DMY) — or order is Ambiguous
    int dayFirstEvidence = 0;   // values like 13/05/2019
    int monthFirstEvidence = 0; // values like 05/13/2019
    int undecided = 0;          // values like 03/05/2019
    QString explanation;        // English sentence for a warning or a dialog
};

// Looks at the numeric d/m/y values of one column (ISO dates, serials and blanks are skipped).
DateOrderDetection detectDateOrder(const QStringList &samples);

// Excel serial (days since the epoch of the 1900 or 1904 system, fraction = time of day) to a
// date. Serial 60 in the 1900 system is 29 February 1900, which never existed (Lotus 1-2-3's
// leap-year bug that Excel kept): an error. Serials before 1 (1900) / 0 (1904) or after
// 2958465 (9999-12-31) are errors too.
QDate excelSerialToDate(double serial, bool date1904 = false, QString *error = nullptr);
QDateTime excelSerialToDateTime(double serial, bool date1904 = false, QString *error = nullptr);
// Inverse, for writers: the 1900-system serial of a date (after 1 March 1900).
double dateToExcelSerial(QDate date);

} // namespace sagstjek::io
