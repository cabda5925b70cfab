#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sagstjek::rules {

// The Danish calendar as deadline rules see it (domain/REFERENCE.md §3): weekends, the public holidays
// (helligdage) and the three closing days that are not holidays but still stop a deadline
// (Grundlovsdag 5 June, Juleaftensdag 24 December, Nytårsaftensdag 31 December).
//
// Everything here is computed on demand from the year (no cache, no shared state), so every function is
// thread-safe and cheap: a classification costs a handful of integer operations.

enum class DayKind { Weekend, Holiday, ClosingDay };

// "weekend" | "holiday" | "closing-day": stable keys for files, the CLI and the database.
QString dayKindKey(DayKind kind);

struct NonWorkingDay {
    QDate date;
    DayKind kind = DayKind::Weekend;
    QString nameDa; // "Skærtorsdag", "Grundlovsdag", "Lørdag", …
    QString nameEn; // "Maundy Thursday", "Constitution Day", "Saturday", …

    QString kindKey() const { return dayKindKey(kind); }
    // The name in "da" or "en" (anything not starting with "da" gives English).
    QString name(QStringView language) const;

    friend bool operator==(const NonWorkingDay &, const NonWorkingDay &) = default;
};

// Easter Sunday in the Gregorian calendar (Meeus/Jones/Butcher). Invalid QDate for years before 1583,
// when the Gregorian rule did not yet apply.
QDate easterSunday(int year);

// The public holidays of the year, sorted. Store Bededag is included up to and including 2023 only.
QList<NonWorkingDay> publicHolidays(int year);

// Every non-working day of the year, sorted by date, one entry per date: holidays, closing days and every
// Saturday and Sunday. A day that is several things is reported once, as the strongest:
// Holiday > ClosingDay > Weekend (so Påskedag is a holiday, and 5 June on a Saturday a closing day).
QList<NonWorkingDay> nonWorkingDays(int year);

// What kind of non-working day the date is, or nullopt for a working day (or an invalid date).
std::optional<NonWorkingDay> classify(QDate date);

// False for weekends, holidays, closing days and invalid dates.
bool isWorkingDay(QDate date);

// The date itself if it is a working day, otherwise the first working day after it. Invalid in → invalid out.
QDate nextWorkingDay(QDate date);

} // namespace sagstjek::rules
