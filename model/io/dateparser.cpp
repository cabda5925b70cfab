#include "dateparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sagstjek::io {

// The messages are in the UI language, like the sentences they end up in ("Ikke en gyldig dato (…)").
struct DateParser {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::io::DateParser)
};

namespace {

constexpr double kMaxSerial = 2958465.0; // 9999-12-31 in the 1900 system

struct NumericParts {
    int first = 0, second = 0, year = 0;
    QChar sep;
    bool twoDigitYear = false;
    bool matched = false;
};

// "05-03-2019", "5/3/19", "05.03.2019": two 1–2 digit numbers and a 2- or 4-digit year,
// the same separator twice.
NumericParts splitNumeric(QStringView s)
{
    static const QRegularExpression re(uR"(^(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})$)"_s);
    NumericParts parts;
    const auto m = re.match(s);
    if (!m.hasMatch())
        return parts;
    parts.matched = true;
    parts.first = m.capturedView(1).toInt();
    parts.sep = m.capturedView(2).at(0);
    parts.second = m.capturedView(3).toInt();
    const QStringView y = m.capturedView(4);
    parts.year = y.toInt();
    if (y.size() == 2) {
        parts.twoDigitYear = true;
        parts.year += parts.year <= 69 ? 2000 : 1900; // 00–69 → 2000s, 70–99 → 1900s
    }
    return parts;
}

// Splits off a trailing time of day; returns false if the time part is malformed.
bool splitTime(QStringView &text, QString *warning)
{
    static const QRegularExpression re(uR"(^(\S+)[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?$)"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return !text.contains(u' ');
    const int h = m.capturedView(2).toInt();
    const int mi = m.capturedView(3).toInt();
    const int se = m.capturedView(4).isEmpty() ? 0 : m.capturedView(4).toInt();
    if (h > 23 || mi > 59 || se > 59)
        return false;
    if (h || mi || se)
        *warning = DateParser::tr("The time of day %1 was ignored").arg(text.mid(m.capturedStart(2)).toString());
    text = text.first(m.capturedLength(1));
    return true;
}

QString dateError(int y, int mo, int d)
{
    if (mo < 1 || mo > 12)
        return DateParser::tr("Month %1 does not exist").arg(mo);
    return DateParser::tr("%1-%2-%3 is not a date: %4 has %5 days")
        .arg(y)
        .arg(mo, 2, 10, QChar(u'0'))
        .arg(d, 2, 10, QChar(u'0'))
        .arg(QLocale().toString(QDate(2001, mo, 1), u"MMMM"_s))
        .arg(QDate(y, mo, 1).isValid() ? QDate(y, mo, 1).daysInMonth() : 31);
}

} // namespace

QDateTime excelSerialToDateTime(double serial, bool date1904, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QDateTime();
    };
    if (!std::isfinite(serial))
        return fail(DateParser::tr("The date serial number is not a finite number"));
    const double minSerial = date1904 ? 0.0 : 1.0;
    const double maxSerial = date1904 ? kMaxSerial - 1462 : kMaxSerial;
    if (serial < minSerial || serial >= maxSerial + 1)
        return fail(DateParser::tr("Excel date serial %1 is outside %2–%3").arg(serial).arg(minSerial).arg(maxSerial));
    auto days = static_cast<qint64>(std::floor(serial));
    const double fraction = serial - static_cast<double>(days);
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        if (days == 60)
            return fail(DateParser::tr("Excel date serial 60 is 29 February 1900, a day that never existed "
                                       "(Excel's 1900 leap-year bug)"));
        // Serials 1–59 count from 1 January 1900 = 1; after the phantom 29 February, one less.
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    auto ms = static_cast<qint64>(std::llround(fraction * 86400000.0));
    if (ms >= 86400000) { // rounding up to midnight
        date = date.addDays(1);
        ms = 0;
    }
    if (error)
        error->clear();
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(static_cast<int>(ms)));
}

QDate excelSerialToDate(double serial, bool date1904, QString *error)
{
    return excelSerialToDateTime(serial, date1904, error).date();
}

double dateToExcelSerial(QDate date)
{
    return static_cast<double>(QDate(1899, 12, 30).daysTo(date));
}

DateParseResult parseDate(QStringView input, const DateParseOptions &options)
{
    DateParseResult r;
    QStringView text = input.trimmed();
    if (text.isEmpty()) {
        r.error = DateParser::tr("The date is empty");
        return r;
    }

    // Excel serials.
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (isNumber && !text.contains(u'-') && !text.contains(u'.') && !text.contains(u'/')) {
        // a plain integer
    } else if (isNumber && options.numericFromExcel) {
        // a number with a fraction (time of day) from an Excel number column
    } else {
        isNumber = false;
    }
    if (isNumber) {
        if (!options.numericFromExcel && !options.acceptSerialNumbers) {
            r.error = DateParser::tr("\"%1\" is a number, not a date").arg(text.toString());
            return r;
        }
        if (!options.numericFromExcel && (number < 1 || number > kMaxSerial)) {
            r.error = DateParser::tr("\"%1\" is neither a date nor an Excel date serial number (1–2958465)")
                          .arg(text.toString());
            return r;
        }
        QString err;
        const QDateTime dt = excelSerialToDateTime(number, options.date1904, &err);
        if (!dt.isValid()) {
            r.error = err;
            return r;
        }
        r.date = dt.date();
        r.form = DateForm::ExcelSerial;
        if (dt.time() != QTime(0, 0))
            r.warning = DateParser::tr("The time of day %1 was ignored").arg(dt.time().toString(u"HH:mm:ss"_s));
        return r;
    }

    if (!splitTime(text, &r.warning)) {
        r.error =
            DateParser::tr("\"%1\" is not a date in a known form (yyyy-mm-dd or dd-mm-yyyy)").arg(input.toString());
        return r;
    }

    static const QRegularExpression iso(uR"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"_s);
    if (const auto m = iso.match(text); m.hasMatch()) {
        const int y = m.capturedView(1).toInt(), mo = m.capturedView(2).toInt(), d = m.capturedView(3).toInt();
        r.form = DateForm::Iso;
        r.separator = u'-';
        r.date = QDate(y, mo, d);
        if (!r.date.isValid())
            r.error = dateError(y, mo, d);
        return r;
    }

    const NumericParts p = splitNumeric(text);
    if (!p.matched) {
        r.error =
            DateParser::tr("\"%1\" is not a date in a known form (yyyy-mm-dd or dd-mm-yyyy)").arg(input.toString());
        return r;
    }
    const bool monthFirst = options.order == DateOrder::MonthDayYear;
    const int d = monthFirst ? p.second : p.first;
    const int mo = monthFirst ? p.first : p.second;
    r.form = monthFirst ? DateForm::MonthDayYear : DateForm::DayMonthYear;
    r.separator = p.sep;
    r.twoDigitYear = p.twoDigitYear;
    r.ambiguous = p.first <= 12 && p.second <= 12 && p.first != p.second;
    if (p.twoDigitYear) {
        const QString w = DateParser::tr("The two-digit year %1 was read as %2 (00–69 → 2000–2069, 70–99 → 1970–1999)")
                              .arg(p.year % 100, 2, 10, QChar(u'0'))
                              .arg(p.year);
        r.warning = r.warning.isEmpty() ? w : r.warning + u"; "_s + w;
    }
    r.date = QDate(p.year, mo, d);
    if (!r.date.isValid()) {
        r.error = dateError(p.year, mo, d);
        if (mo > 12 && d <= 12)
            r.error += monthFirst ? DateParser::tr(" (the column is read month first)")
                                  : DateParser::tr(" (the column is read day first)");
    }
    return r;
}

DateOrderDetection detectDateOrder(const QStringList &samples)
{
    DateOrderDetection det;
    for (const QString &s : samples) {
        QStringView text = QStringView(s).trimmed();
        QString ignored;
        if (text.isEmpty() || !splitTime(text, &ignored))
            continue;
        const NumericParts p = splitNumeric(text);
        if (!p.matched)
            continue;
        if (p.first > 12 && p.second <= 12)
            ++det.dayFirstEvidence;
        else if (p.second > 12 && p.first <= 12)
            ++det.monthFirstEvidence;
        else if (p.first != p.second)
            ++det.undecided;
    }
    if (det.dayFirstEvidence > 0 && det.monthFirstEvidence > 0) {
        det.order = DateOrder::Ambiguous;
        det.explanation = DateParser::tr("The dates contradict each other: %1 can only be day first and %2 only month "
                                         "first")
                              .arg(det.dayFirstEvidence)
                              .arg(det.monthFirstEvidence);
    } else if (det.monthFirstEvidence > 0) {
        det.order = DateOrder::MonthDayYear;
        det.proven = true;
        det.explanation =
            DateParser::tr("%1 dates can only be month first (like 05/13/2019)").arg(det.monthFirstEvidence);
    } else if (det.dayFirstEvidence > 0) {
        det.order = DateOrder::DayMonthYear;
        det.proven = true;
        det.explanation = DateParser::tr("%1 dates can only be day first (like 13/05/2019)").arg(det.dayFirstEvidence);
    } else {
        det.order = DateOrder::DayMonthYear;
        det.explanation = det.undecided > 0
                              ? DateParser::tr("No date shows whether the day or the month comes first; "
                                               "day first (Danish) is assumed")
                              : DateParser::tr("No numeric dates to decide from; day first (Danish) is assumed");
    }
    return det;
}

} // namespace sagstjek::io
