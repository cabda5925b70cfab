// The Danish calendar of deadline rules: Easter, public holidays, closing days, weekends, names and
// nextWorkingDay. Expected values come from sources independent of the code under test: a hard-coded
// table of Easter dates and Gauss's Easter algorithm (a different formulation from Meeus/Jones/Butcher).

#include "rules/danishcalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagstjek::rules;

namespace {

// Western Easter Sunday 2000–2040, checked against python-dateutil's easter() when this table was written.
constexpr struct {
    int year, month, day;
} kEasterTable[] = {
    {2000, 4, 23}, {2001, 4, 15}, {2002, 3, 31}, {2003, 4, 20}, {2004, 4, 11}, {2005, 3, 27}, {2006, 4, 16},
    {2007, 4, 8},  {2008, 3, 23}, {2009, 4, 12}, {2010, 4, 4},  {2011, 4, 24}, {2012, 4, 8},  {2013, 3, 31},
    {2014, 4, 20}, {2015, 4, 5},  {2016, 3, 27}, {2017, 4, 16}, {2018, 4, 1},  {2019, 4, 21}, {2020, 4, 12},
    {2021, 4, 4},  {2022, 4, 17}, {2023, 4, 9},  {2024, 3, 31}, {2025, 4, 20}, {2026, 4, 5},  {2027, 3, 28},
    {2028, 4, 16}, {2029, 4, 1},  {2030, 4, 21}, {2031, 4, 13}, {2032, 3, 28}, {2033, 4, 17}, {2034, 4, 9},
    {2035, 3, 25}, {2036, 4, 13}, {2037, 4, 5},  {2038, 4, 25}, {2039, 4, 10}, {2040, 4, 1},
};

QDate tableEaster(int year)
{
    for (const auto &row : kEasterTable) {
        if (row.year == year)
            return QDate(row.year, row.month, row.day);
    }
    return {};
}

// Gauss's Easter algorithm for the Gregorian calendar, with its two exceptions.
QDate gaussEaster(int year)
{
    const int a = year % 19;
    const int b = year % 4;
    const int c = year % 7;
    const int k = year / 100;
    const int p = (13 + 8 * k) / 25;
    const int q = k / 4;
    const int M = (15 - p + k - q) % 30;
    const int N = (4 + k - q) % 7;
    const int d = (19 * a + M) % 30;
    const int e = (2 * b + 4 * c + 6 * d + N) % 7;
    if (d == 29 && e == 6)
        return QDate(year, 4, 19);
    if (d == 28 && e == 6 && (11 * M + 11) % 30 < 19)
        return QDate(year, 4, 18);
    return QDate(year, 3, 22).addDays(d + e);
}

struct Expected {
    QDate date;
    QString nameDa;
    QString nameEn;
};

// The public holidays as REFERENCE.md §3 lists them, built from the table's Easter.
QList<Expected> expectedHolidays(int year)
{
    const QDate e = tableEaster(year);
    QList<Expected> list = {
        {QDate(year, 1, 1), u"Nytårsdag"_s, u"New Year's Day"_s},
        {e.addDays(-3), u"Skærtorsdag"_s, u"Maundy Thursday"_s},
        {e.addDays(-2), u"Langfredag"_s, u"Good Friday"_s},
        {e, u"Påskedag"_s, u"Easter Sunday"_s},
        {e.addDays(1), u"2. påskedag"_s, u"Easter Monday"_s},
    };
    if (year <= 2023)
        list.append({e.addDays(26), u"Store Bededag"_s, u"General Prayer Day"_s});
    list.append({e.addDays(39), u"Kristi Himmelfartsdag"_s, u"Ascension Day"_s});
    list.append({e.addDays(49), u"Pinsedag"_s, u"Whit Sunday"_s});
    list.append({e.addDays(50), u"2. pinsedag"_s, u"Whit Monday"_s});
    list.append({QDate(year, 12, 25), u"Juledag"_s, u"Christmas Day"_s});
    list.append({QDate(year, 12, 26), u"2. juledag"_s, u"Boxing Day"_s});
    return list;
}

} // namespace

class tst_rules_calendar : public QObject {
    Q_OBJECT

private slots:
    void easterMatchesTable_data();
    void easterMatchesTable();
    void easterMatchesGaussOverFiveCenturies();
    void easterBeforeGregorianIsInvalid();

    void holidaysFollowEaster_data();
    void holidaysFollowEaster();

    void storeBededag_data();
    void storeBededag();

    void classify_data();
    void classify();

    void everyWeekendDayIsListedOnce_data();
    void everyWeekendDayIsListedOnce();
    void closingDaysEveryYear();
    void kindKeys();

    void nextWorkingDay_data();
    void nextWorkingDay();
    void invalidDates();
};

void tst_rules_calendar::easterMatchesTable_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    for (const auto &row : kEasterTable)
        QTest::addRow("Easter %d is %d-%02d-%02d", row.year, row.year, row.month, row.day)
            << row.year << QDate(row.year, row.month, row.day);
}

void tst_rules_calendar::easterMatchesTable()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(easterSunday(year), easter);
    QCOMPARE(easterSunday(year).dayOfWeek(), int(Qt::Sunday));
}

void tst_rules_calendar::easterMatchesGaussOverFiveCenturies()
{
    for (int year = 1583; year <= 2400; ++year)
        QVERIFY2(easterSunday(year) == gaussEaster(year), qPrintable(QString::number(year)));
    QCOMPARE(easterSunday(2024), QDate(2024, 3, 31)); // REFERENCE.md's own check
    QCOMPARE(easterSunday(1954), QDate(1954, 4, 18)); // a year where shortcut formulas go wrong
    QCOMPARE(easterSunday(2049), QDate(2049, 4, 18));
}

void tst_rules_calendar::easterBeforeGregorianIsInvalid()
{
    QVERIFY(!easterSunday(1582).isValid());
    QVERIFY(!easterSunday(0).isValid());
    QVERIFY(!easterSunday(-44).isValid());
}

void tst_rules_calendar::holidaysFollowEaster_data()
{
    QTest::addColumn<int>("year");
    for (int year = 2000; year <= 2040; ++year)
        QTest::addRow("holidays of %d follow Easter on %s", year, qPrintable(tableEaster(year).toString(Qt::ISODate)))
            << year;
}

void tst_rules_calendar::holidaysFollowEaster()
{
    QFETCH(int, year);
    const QList<Expected> expected = expectedHolidays(year);

    const QList<NonWorkingDay> holidays = publicHolidays(year);
    QCOMPARE(holidays.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(holidays.at(i).date, expected.at(i).date);
        QCOMPARE(holidays.at(i).nameDa, expected.at(i).nameDa);
        QCOMPARE(holidays.at(i).nameEn, expected.at(i).nameEn);
        QCOMPARE(holidays.at(i).kind, DayKind::Holiday);
    }

    // nonWorkingDays reports exactly these as holidays, and classify agrees day by day.
    QList<QDate> listed;
    for (const NonWorkingDay &day : nonWorkingDays(year)) {
        if (day.kind == DayKind::Holiday)
            listed.append(day.date);
    }
    QList<QDate> expectedDates;
    for (const Expected &e : expected)
        expectedDates.append(e.date);
    QCOMPARE(listed, expectedDates);
    for (const Expected &e : expected) {
        const auto day = sagstjek::rules::classify(e.date);
        QVERIFY(day.has_value());
        QCOMPARE(day->kind, DayKind::Holiday);
        QCOMPARE(day->nameDa, e.nameDa);
        QVERIFY(!isWorkingDay(e.date));
    }
    // 1 May is neither a holiday nor a closing day.
    const QDate mayDay(year, 5, 1);
    const bool mayDayIsEasterCycle =
        std::any_of(expected.begin(), expected.end(), [&](const Expected &e) { return e.date == mayDay; });
    if (!mayDayIsEasterCycle && mayDay.dayOfWeek() < 6)
        QVERIFY(isWorkingDay(mayDay));
}

void tst_rules_calendar::storeBededag_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");
    QTest::newRow("Store Bededag 5 May 2023 is still a holiday") << QDate(2023, 5, 5) << true;
    QTest::newRow("Store Bededag 26 April 2024 would be, but was abolished") << QDate(2024, 4, 26) << false;
    QTest::newRow("the fourth Friday after Easter 2030 is a working day") << QDate(2030, 5, 17) << false;
    QTest::newRow("Store Bededag 1 May 2015 (also 1 May) is a holiday") << QDate(2015, 5, 1) << true;
}

void tst_rules_calendar::storeBededag()
{
    QFETCH(QDate, date);
    QFETCH(bool, holiday);
    QCOMPARE(date.dayOfWeek(), int(Qt::Friday));
    QCOMPARE(isWorkingDay(date), !holiday);
    const auto day = sagstjek::rules::classify(date);
    QCOMPARE(day.has_value(), holiday);
    if (holiday)
        QCOMPARE(day->nameDa, u"Store Bededag"_s);
    const QList<NonWorkingDay> holidays = publicHolidays(date.year());
    const bool listed = std::any_of(holidays.begin(), holidays.end(),
                                    [](const NonWorkingDay &d) { return d.nameDa == u"Store Bededag"_s; });
    QCOMPARE(listed, date.year() <= 2023);
}

void tst_rules_calendar::classify_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("kind"); // empty = working day
    QTest::addColumn<QString>("nameDa");
    QTest::addColumn<QString>("nameEn");

    QTest::newRow("an ordinary Wednesday is a working day") << QDate(2019, 3, 6) << QString() << QString() << QString();
    QTest::newRow("a Saturday is a weekend day called Lørdag")
        << QDate(2019, 3, 9) << u"weekend"_s << u"Lørdag"_s << u"Saturday"_s;
    QTest::newRow("a Sunday is a weekend day called Søndag")
        << QDate(2019, 3, 10) << u"weekend"_s << u"Søndag"_s << u"Sunday"_s;
    QTest::newRow("Grundlovsdag on a Wednesday is a closing day")
        << QDate(2019, 6, 5) << u"closing-day"_s << u"Grundlovsdag"_s << u"Constitution Day"_s;
    QTest::newRow("Grundlovsdag on a Saturday is still reported as a closing day")
        << QDate(2021, 6, 5) << u"closing-day"_s << u"Grundlovsdag"_s << u"Constitution Day"_s;
    QTest::newRow("Juleaftensdag is a closing day")
        << QDate(2019, 12, 24) << u"closing-day"_s << u"Juleaftensdag"_s << u"Christmas Eve"_s;
    QTest::newRow("Nytårsaftensdag is a closing day")
        << QDate(2019, 12, 31) << u"closing-day"_s << u"Nytårsaftensdag"_s << u"New Year's Eve"_s;
    QTest::newRow("Nytårsdag on a Saturday is reported once, as a holiday")
        << QDate(2022, 1, 1) << u"holiday"_s << u"Nytårsdag"_s << u"New Year's Day"_s;
    QTest::newRow("Påskedag (always a Sunday) is a holiday, not a weekend day")
        << QDate(2019, 4, 21) << u"holiday"_s << u"Påskedag"_s << u"Easter Sunday"_s;
    QTest::newRow("2. pinsedag on 5 June 2017 is a holiday, not the closing day")
        << QDate(2017, 6, 5) << u"holiday"_s << u"2. pinsedag"_s << u"Whit Monday"_s;
    QTest::newRow("Pinsedag on 5 June 2022 is a holiday")
        << QDate(2022, 6, 5) << u"holiday"_s << u"Pinsedag"_s << u"Whit Sunday"_s;
    QTest::newRow("Kristi Himmelfartsdag 2024 is a holiday")
        << QDate(2024, 5, 9) << u"holiday"_s << u"Kristi Himmelfartsdag"_s << u"Ascension Day"_s;
    QTest::newRow("1 May is a working day") << QDate(2019, 5, 1) << QString() << QString() << QString();
    QTest::newRow("23 December is a working day") << QDate(2019, 12, 23) << QString() << QString() << QString();
    QTest::newRow("27 December is a working day") << QDate(2019, 12, 27) << QString() << QString() << QString();
    QTest::newRow("29 February in a leap year is a working day")
        << QDate(2024, 2, 29) << QString() << QString() << QString();
}

void tst_rules_calendar::classify()
{
    QFETCH(QDate, date);
    QFETCH(QString, kind);
    QFETCH(QString, nameDa);
    QFETCH(QString, nameEn);

    const auto day = sagstjek::rules::classify(date);
    QCOMPARE(isWorkingDay(date), kind.isEmpty());
    QCOMPARE(day.has_value(), !kind.isEmpty());
    if (!day)
        return;
    QCOMPARE(day->date, date);
    QCOMPARE(day->kindKey(), kind);
    QCOMPARE(day->nameDa, nameDa);
    QCOMPARE(day->nameEn, nameEn);
    QCOMPARE(day->name(u"da"), nameDa);
    QCOMPARE(day->name(u"en"), nameEn);

    // The same day, in the same words, in the year's list.
    const QList<NonWorkingDay> year = nonWorkingDays(date.year());
    QCOMPARE(std::count_if(year.begin(), year.end(), [&](const NonWorkingDay &d) { return d.date == date; }), 1);
    QVERIFY(year.contains(*day));
}

void tst_rules_calendar::everyWeekendDayIsListedOnce_data()
{
    QTest::addColumn<int>("year");
    for (int year : {2000, 2015, 2016, 2023, 2024, 2040})
        QTest::addRow("every day of %d is listed at most once, sorted, weekends included", year) << year;
}

void tst_rules_calendar::everyWeekendDayIsListedOnce()
{
    QFETCH(int, year);
    const QList<NonWorkingDay> days = nonWorkingDays(year);
    for (qsizetype i = 1; i < days.size(); ++i)
        QVERIFY(days.at(i - 1).date < days.at(i).date);

    int expectedCount = 0;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        const bool weekend = date.dayOfWeek() >= 6;
        const bool listed =
            std::any_of(days.begin(), days.end(), [&](const NonWorkingDay &d) { return d.date == date; });
        if (weekend)
            QVERIFY2(listed, qPrintable(date.toString(Qt::ISODate)));
        QCOMPARE(listed, !isWorkingDay(date));
        expectedCount += listed ? 1 : 0;
    }
    QCOMPARE(days.size(), expectedCount);
    for (const NonWorkingDay &day : days) {
        if (day.kind != DayKind::Weekend)
            continue;
        QVERIFY(day.date.dayOfWeek() >= 6);
        QCOMPARE(day.nameDa, day.date.dayOfWeek() == 6 ? u"Lørdag"_s : u"Søndag"_s);
        QCOMPARE(day.nameEn, day.date.dayOfWeek() == 6 ? u"Saturday"_s : u"Sunday"_s);
    }
}

void tst_rules_calendar::closingDaysEveryYear()
{
    for (int year = 2000; year <= 2040; ++year) {
        for (const QDate date : {QDate(year, 6, 5), QDate(year, 12, 24), QDate(year, 12, 31)}) {
            QVERIFY(!isWorkingDay(date));
            const auto day = sagstjek::rules::classify(date);
            QVERIFY(day.has_value());
            // 5 June gives way to Pinsedag/2. pinsedag when they fall on it; 24 and 31 Dec never do.
            const QList<Expected> holidays = expectedHolidays(year);
            const bool alsoHoliday =
                std::any_of(holidays.begin(), holidays.end(), [&](const Expected &e) { return e.date == date; });
            QCOMPARE(day->kind, alsoHoliday ? DayKind::Holiday : DayKind::ClosingDay);
        }
    }
}

void tst_rules_calendar::kindKeys()
{
    QCOMPARE(dayKindKey(DayKind::Weekend), u"weekend"_s);
    QCOMPARE(dayKindKey(DayKind::Holiday), u"holiday"_s);
    QCOMPARE(dayKindKey(DayKind::ClosingDay), u"closing-day"_s);
}

void tst_rules_calendar::nextWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("a working day is its own next working day") << QDate(2019, 3, 6) << QDate(2019, 3, 6);
    QTest::newRow("Saturday moves to Monday") << QDate(2019, 3, 9) << QDate(2019, 3, 11);
    QTest::newRow("Sunday moves to Monday") << QDate(2019, 3, 10) << QDate(2019, 3, 11);
    QTest::newRow("Skærtorsdag 2019 moves over Easter to the Tuesday") << QDate(2019, 4, 18) << QDate(2019, 4, 23);
    QTest::newRow("Langfredag 2024 moves to the Tuesday after 2. påskedag") << QDate(2024, 3, 29) << QDate(2024, 4, 2);
    QTest::newRow("the Wednesday before Easter stays") << QDate(2019, 4, 17) << QDate(2019, 4, 17);
    QTest::newRow("Juleaftensdag 2019 (Tuesday) moves to Friday 27 December")
        << QDate(2019, 12, 24) << QDate(2019, 12, 27);
    QTest::newRow("Juleaftensdag 2020 (Thursday) moves over the weekend to Monday 28 December")
        << QDate(2020, 12, 24) << QDate(2020, 12, 28);
    QTest::newRow("Nytårsaftensdag 2020 moves past Nytårsdag and the weekend to Monday 4 January 2021")
        << QDate(2020, 12, 31) << QDate(2021, 1, 4);
    QTest::newRow("Nytårsdag 2019 (Tuesday) moves to 2 January") << QDate(2019, 1, 1) << QDate(2019, 1, 2);
    QTest::newRow("Grundlovsdag 2019 (Wednesday) moves to 6 June") << QDate(2019, 6, 5) << QDate(2019, 6, 6);
    QTest::newRow("Store Bededag 2023 moves over the weekend to Monday") << QDate(2023, 5, 5) << QDate(2023, 5, 8);
    QTest::newRow("Kristi Himmelfartsdag 2019 (Thursday) moves to Friday") << QDate(2019, 5, 30) << QDate(2019, 5, 31);
    QTest::newRow("Pinsedag 2022 on 5 June moves over 2. pinsedag to Tuesday 7 June")
        << QDate(2022, 6, 5) << QDate(2022, 6, 7);
}

void tst_rules_calendar::nextWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    QCOMPARE(sagstjek::rules::nextWorkingDay(date), expected);
    QVERIFY(isWorkingDay(expected));
}

void tst_rules_calendar::invalidDates()
{
    QVERIFY(!isWorkingDay(QDate()));
    QVERIFY(!sagstjek::rules::classify(QDate()).has_value());
    QVERIFY(!sagstjek::rules::nextWorkingDay(QDate()).isValid());
}

QTEST_GUILESS_MAIN(tst_rules_calendar)
#include "tst_rules_calendar.moc"
