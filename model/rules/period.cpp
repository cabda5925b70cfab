#include "period.h"

#include "danishcalendar.h"

using namespace Qt::StringLiterals;

namespace sagstjek::rules {

namespace {

bool isDanish(QStringView language)
{
    return language.startsWith(u"da");
}

// Plain ASCII digits, no sign, no leading zero (except "0" itself), at most `max`.
std::optional<int> parseCount(QStringView digits, int max)
{
    if (digits.isEmpty() || digits.size() > 9)
        return std::nullopt;
    if (digits.size() > 1 && digits.front() == u'0')
        return std::nullopt;
    int value = 0;
    for (const QChar ch : digits) {
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        value = value * 10 + (ch.unicode() - u'0');
    }
    if (value > max)
        return std::nullopt;
    return value;
}

QString counted(int n, QStringView singular, QStringView plural)
{
    return QString::number(n) + u' ' + (n == 1 ? singular : plural).toString();
}

} // namespace

std::optional<Period> Period::parse(QStringView text)
{
    struct Form {
        QStringView prefix;
        QStringView suffix;
        Unit unit;
        int max;
        int min;
    };
    static constexpr Form forms[] = {
        {u"EOW", u"", Unit::EndOfWeek, kMaxWeeks, 1},
        {u"P", u"D", Unit::Days, kMaxDays, 0},
        {u"P", u"W", Unit::Weeks, kMaxWeeks, 0},
        {u"P", u"M", Unit::Months, kMaxMonths, 0},
        {u"", u"WD", Unit::WorkingDays, kMaxWorkingDays, 0},
    };
    for (const Form &form : forms) {
        if (!text.startsWith(form.prefix) || !text.endsWith(form.suffix))
            continue;
        if (text.size() <= form.prefix.size() + form.suffix.size())
            continue;
        const QStringView digits =
            text.sliced(form.prefix.size(), text.size() - form.prefix.size() - form.suffix.size());
        if (const auto count = parseCount(digits, form.max); count && *count >= form.min)
            return Period(form.unit, *count);
    }
    return std::nullopt;
}

QString Period::toString() const
{
    const QString n = QString::number(m_count);
    switch (m_unit) {
    case Unit::Days:
        return u"P"_s + n + u'D';
    case Unit::Weeks:
        return u"P"_s + n + u'W';
    case Unit::Months:
        return u"P"_s + n + u'M';
    case Unit::WorkingDays:
        return n + u"WD"_s;
    case Unit::EndOfWeek:
        return u"EOW"_s + n;
    }
    return {};
}

QString Period::describe(QStringView language) const
{
    const bool da = isDanish(language);
    switch (m_unit) {
    case Unit::Days:
        return da ? counted(m_count, u"dag", u"dage") : counted(m_count, u"day", u"days");
    case Unit::Weeks:
        return da ? counted(m_count, u"uge", u"uger") : counted(m_count, u"week", u"weeks");
    case Unit::Months:
        return da ? counted(m_count, u"måned", u"måneder") : counted(m_count, u"month", u"months");
    case Unit::WorkingDays:
        return da ? counted(m_count, u"arbejdsdag", u"arbejdsdage") : counted(m_count, u"working day", u"working days");
    case Unit::EndOfWeek:
        return (da ? u"inden udgangen af uge "_s : u"before the end of week "_s) + QString::number(m_count);
    }
    return {};
}

QDate Period::addTo(QDate start) const
{
    if (!start.isValid())
        return {};
    switch (m_unit) {
    case Unit::Days:
        return start.addDays(m_count);
    case Unit::Weeks:
        return start.addDays(qint64(m_count) * 7);
    case Unit::Months:
        // QDate::addMonths keeps the day of the month and clamps to the last day of a shorter month.
        return start.addMonths(m_count);
    case Unit::WorkingDays: {
        QDate date = start;
        for (int left = m_count; left > 0;) {
            date = date.addDays(1);
            if (isWorkingDay(date))
                --left;
        }
        return date;
    }
    case Unit::EndOfWeek:
        return start.addDays(qint64(m_count) * 7 - 1);
    }
    return {};
}

std::optional<Roll> parseRoll(QStringView text)
{
    if (text == u"none")
        return Roll::None;
    if (text == u"next-working-day")
        return Roll::NextWorkingDay;
    return std::nullopt;
}

QString rollKey(Roll roll)
{
    return roll == Roll::NextWorkingDay ? u"next-working-day"_s : u"none"_s;
}

QDate deadline(QDate start, const Period &period, Roll roll)
{
    const QDate end = period.addTo(start);
    return roll == Roll::NextWorkingDay ? nextWorkingDay(end) : end;
}

} // namespace sagstjek::rules
