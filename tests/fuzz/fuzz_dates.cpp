// libFuzzer target: parseDate and detectDateOrder on arbitrary text.

#include "io/dateparser.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace sagstjek::io;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1 || size > 256)
        return 0;
    const std::uint8_t mode = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    DateParseOptions options;
    options.order = (mode & 1) ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
    options.numericFromExcel = (mode & 2) != 0;
    options.acceptSerialNumbers = (mode & 4) != 0;
    options.date1904 = (mode & 8) != 0;
    const DateParseResult r = parseDate(text, options);
    if (r.ok() == !r.error.isEmpty())
        std::abort(); // exactly one of a date and an error
    if (r.ok() && r.form == DateForm::Invalid)
        std::abort();
    const DateOrderDetection det = detectDateOrder(text.split(QLatin1Char('\n')));
    if (det.explanation.isEmpty())
        std::abort();
    return 0;
}
