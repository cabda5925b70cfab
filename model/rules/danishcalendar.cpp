#include "danishcalendar.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace sagstjek::rules {

namespace {

// Store Bededag was abolished as a public holiday from 1 January 2024 (lov 2023).
constexpr int kLastYearWithStoreBededag = 2023;

struct HolidayDef {
    int easterOffset; // days after Easter Sunday; ignored when month != 0
    int month;        // fixed-date holiday when non-zero
    int day;
    const char16_t *nameDa;
    const char16_t *nameEn;
};

// In calendar order for every year: fixed holidays in January, the Easter cycle (19 March … 14 June),
// then Christmas.
constexpr HolidayDef kNewYear{0, 1, 1, u"Nytårsdag", u"New Year's Day"};
constexpr HolidayDef kEasterCycle[] = {
    {-3, 0, 0, u"Skærtorsdag", u"Maundy Thursday"},
    {-2, 0, 0, u"Langfredag", u"Good Friday"},
    {0, 0, 0, u"Påskedag", u"Easter Sunday"},
    {1, 0, 0, u"2. påskedag", u"Easter Monday"},
    {26, 0, 0, u"Store Bededag", u"General Prayer Day"},
    {39, 0, 0, u"Kristi Himmelfartsdag", u"Ascension Day"},
    {49, 0, 0, u"Pinsedag", u"Whit Sunday"},
    {50, 0, 0, u"2. pinsedag", u"Whit Monday"},
};
constexpr int kStoreBededagOffset = 26;
constexpr HolidayDef kChristmas[] = {
    {0, 12, 25, u"Juledag", u"Christmas Day"},
    {0, 12, 26, u"2. juledag", u"Boxing Day"},
};
constexpr HolidayDef kClosingDays[] = {
    {0, 6, 5, u"Grundlovsdag", u"Constitution Day"},
    {0, 12, 24, u"Juleaftensdag", u"Christmas Eve"},
    {0, 12, 31, u"Nytårsaftensdag", u"New Year's Eve"},
};

NonWorkingDay make(QDate date, DayKind kind, const char16_t *nameDa, const char16_t *nameEn)
{
    return NonWorkingDay{date, kind, QString::fromUtf16(nameDa), QString::fromUtf16(nameEn)};
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

NonWorkingDay weekendDay(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday ? make(date, DayKind::Weekend, u"Lørdag", u"Saturday")
                                            : make(date, DayKind::Weekend, u"Søndag", u"Sunday");
}

std::optional<NonWorkingDay> holidayOn(QDate date)
{
    const int year = date.year();
    if (date.month() == 1 && date.day() == 1)
        return make(date, DayKind::Holiday, kNewYear.nameDa, kNewYear.nameEn);
    if (date.month() == 12) {
        for (const HolidayDef &def : kChristmas) {
            if (date.day() == def.day)
                return make(date, DayKind::Holiday, def.nameDa, def.nameEn);
        }
        return std::nullopt;
    }
    // The Easter cycle runs from Skærtorsdag (19 March at the earliest) to 2. pinsedag (14 June at the
    // latest).
    if (date.month() < 3 || date.month() > 6)
        return std::nullopt;
    const QDate easter = easterSunday(year);
    if (!easter.isValid())
        return std::nullopt;
    const qint64 offset = easter.daysTo(date);
    for (const HolidayDef &def : kEasterCycle) {
        if (offset != def.easterOffset)
            continue;
        if (def.easterOffset == kStoreBededagOffset && year > kLastYearWithStoreBededag)
            return std::nullopt;
        return make(date, DayKind::Holiday, def.nameDa, def.nameEn);
    }
    return std::nullopt;
}

std::optional<NonWorkingDay> closingDayOn(QDate date)
{
    for (const HolidayDef &def : kClosingDays) {
        if (date.month() == def.month && date.day() == def.day)
            return make(date, DayKind::ClosingDay, def.nameDa, def.nameEn);
    }
    return std::nullopt;
}

} // namespace

QString dayKindKey(DayKind kind)
{
    switch (kind) {
    case DayKind::Weekend:
        return u"weekend"_s;
    case DayKind::Holiday:
        return u"holiday"_s;
    case DayKind::ClosingDay:
        return u"closing-day"_s;
    }
    return {};
}

QString NonWorkingDay::name(QStringView language) const
{
    return language.startsWith(u"da") ? nameDa : nameEn;
}

QDate easterSunday(int year)
{
    if (year < 1583)
        return {};
    // Meeus/Jones/Butcher, exactly as in domain/REFERENCE.md §3 (integer division throughout).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<NonWorkingDay> publicHolidays(int year)
{
    QList<NonWorkingDay> result;
    result.reserve(11);
    result.append(make(QDate(year, 1, 1), DayKind::Holiday, kNewYear.nameDa, kNewYear.nameEn));
    if (const QDate easter = easterSunday(year); easter.isValid()) {
        for (const HolidayDef &def : kEasterCycle) {
            if (def.easterOffset == kStoreBededagOffset && year > kLastYearWithStoreBededag)
                continue;
            result.append(make(easter.addDays(def.easterOffset), DayKind::Holiday, def.nameDa, def.nameEn));
        }
    }
    for (const HolidayDef &def : kChristmas)
        result.append(make(QDate(year, def.month, def.day), DayKind::Holiday, def.nameDa, def.nameEn));
    return result;
}

QList<NonWorkingDay> nonWorkingDays(int year)
{
    QList<NonWorkingDay> result;
    const QDate first(year, 1, 1);
    if (!first.isValid())
        return result;
    result.reserve(120);
    for (QDate date = first; date.year() == year; date = date.addDays(1)) {
        if (auto day = classify(date))
            result.append(std::move(*day));
    }
    return result;
}

std::optional<NonWorkingDay> classify(QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    if (auto holiday = holidayOn(date))
        return holiday;
    if (auto closing = closingDayOn(date))
        return closing;
    if (isWeekend(date))
        return weekendDay(date);
    return std::nullopt;
}

bool isWorkingDay(QDate date)
{
    if (!date.isValid() || isWeekend(date))
        return false;
    return !closingDayOn(date) && !holidayOn(date);
}

QDate nextWorkingDay(QDate date)
{
    if (!date.isValid())
        return {};
    // The longest run of non-working days is short (24–27 December plus a weekend); the bound only guards
    // against a logic error turning into an endless loop.
    for (int i = 0; i < 30; ++i, date = date.addDays(1)) {
        if (isWorkingDay(date))
            return date;
    }
    return {};
}

} // namespace sagstjek::rules
