#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace sagstjek::rules {

// A deadline length as written in a cue-card template (docs/TEMPLATE_FORMAT.md, "Periods"):
//   P14D, P0D  calendar days            P8W  weeks (7 days)        P1M, P6M  calendar months (clamped)
//   10WD       working days             EOW8 before the end of week 8 counted from the start day
// Counting follows domain/REFERENCE.md §3: the start day itself is not counted.
class Period {
public:
    enum class Unit { Days, Weeks, Months, WorkingDays, EndOfWeek };

    // Upper bounds accepted by parse(): far beyond any legal deadline, small enough that every date
    // computation stays cheap and inside QDate's range.
    static constexpr int kMaxDays = 100000;
    static constexpr int kMaxWeeks = kMaxDays / 7;
    static constexpr int kMaxMonths = 1200;
    static constexpr int kMaxWorkingDays = 25000;

    Period() = default; // P0D
    // Unchecked: use parse() for text from outside.
    Period(Unit unit, int count)
        : m_unit(unit)
        , m_count(count)
    {
    }

    // Accepts exactly "P<n>D", "P<n>W", "P<n>M", "<n>WD" and "EOW<n>" with <n> plain ASCII digits without
    // sign or leading zeros, within the bounds above (EOW needs n >= 1). Everything else gives nullopt.
    static std::optional<Period> parse(QStringView text);

    Unit unit() const { return m_unit; }
    int count() const { return m_count; }

    // The canonical text: parse(p.toString()) == p.
    QString toString() const;
    // "1 måned", "8 uger", "10 arbejdsdage", "inden udgangen af uge 8" / "1 month", "8 weeks",
    // "10 working days", "before the end of week 8". language "da" or "en" (anything else: English).
    QString describe(QStringView language) const;

    // The last day of the period that starts on (and does not count) `start`:
    // days and weeks add calendar days; months keep the day of the month and clamp to the month's last
    // day (31 Jan + P1M = 28/29 Feb); working days step over every non-working day of the Danish
    // calendar; EOWn = start + 7n − 1 days. Invalid start → invalid date.
    QDate addTo(QDate start) const;

    friend bool operator==(const Period &, const Period &) = default;

private:
    Unit m_unit = Unit::Days;
    int m_count = 0;
};

// Whether a deadline that ends on a non-working day moves to the next working day.
enum class Roll { None, NextWorkingDay };

// "none" | "next-working-day"; anything else gives nullopt.
std::optional<Roll> parseRoll(QStringView text);
QString rollKey(Roll roll);

// start + period, then moved to the next working day when roll says so.
QDate deadline(QDate start, const Period &period, Roll roll);

} // namespace sagstjek::rules
