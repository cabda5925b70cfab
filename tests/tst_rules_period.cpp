// Periods as written in cue-card templates, period arithmetic and the roll to the next working day
// (docs/TEMPLATE_FORMAT.md "Periods", domain/REFERENCE.md §3).

#include "rules/danishcalendar.h"
#include "rules/period.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagstjek::rules;

Q_DECLARE_METATYPE(sagstjek::rules::Period::Unit)
Q_DECLARE_METATYPE(sagstjek::rules::Roll)

class tst_rules_period : public QObject {
    Q_OBJECT

private slots:
    void parsesValidText_data();
    void parsesValidText();
    void rejectsInvalidText_data();
    void rejectsInvalidText();
    void describe_data();
    void describe();

    void addTo_data();
    void addTo();
    void workingDaysAreAllWorkingDays();

    void roll_data();
    void roll();
    void parseRoll();
    void invalidStart();
};

void tst_rules_period::parsesValidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Period::Unit>("unit");
    QTest::addColumn<int>("count");

    QTest::newRow("P14D is 14 calendar days") << u"P14D"_s << Period::Unit::Days << 14;
    QTest::newRow("P0D is no days at all") << u"P0D"_s << Period::Unit::Days << 0;
    QTest::newRow("P8W is 8 weeks") << u"P8W"_s << Period::Unit::Weeks << 8;
    QTest::newRow("P1M is 1 calendar month") << u"P1M"_s << Period::Unit::Months << 1;
    QTest::newRow("P6M is 6 calendar months") << u"P6M"_s << Period::Unit::Months << 6;
    QTest::newRow("10WD is 10 working days") << u"10WD"_s << Period::Unit::WorkingDays << 10;
    QTest::newRow("0WD is no working days") << u"0WD"_s << Period::Unit::WorkingDays << 0;
    QTest::newRow("EOW8 is the end of week 8") << u"EOW8"_s << Period::Unit::EndOfWeek << 8;
    QTest::newRow("P1200M is the largest month count") << u"P1200M"_s << Period::Unit::Months << 1200;
    QTest::newRow("P100000D is the largest day count") << u"P100000D"_s << Period::Unit::Days << 100000;
}

void tst_rules_period::parsesValidText()
{
    QFETCH(QString, text);
    QFETCH(Period::Unit, unit);
    QFETCH(int, count);

    const auto period = Period::parse(text);
    QVERIFY(period.has_value());
    QCOMPARE(period->unit(), unit);
    QCOMPARE(period->count(), count);
    QCOMPARE(period->toString(), text);
    QCOMPARE(Period::parse(period->toString()), period);
}

void tst_rules_period::rejectsInvalidText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("an empty text is not a period") << QString();
    QTest::newRow("a bare P is not a period") << u"P"_s;
    QTest::newRow("a negative day count is rejected") << u"P-1D"_s;
    QTest::newRow("a plus sign is rejected") << u"P+1D"_s;
    QTest::newRow("a count without a unit is rejected") << u"P14"_s;
    QTest::newRow("a unit without a count is rejected") << u"PD"_s;
    QTest::newRow("lower case is rejected") << u"p1m"_s;
    QTest::newRow("ISO years are not supported") << u"P1Y"_s;
    QTest::newRow("ISO time parts are not supported") << u"PT12H"_s;
    QTest::newRow("combined ISO parts are not supported") << u"P1M2D"_s;
    QTest::newRow("leading white space is rejected") << u" P1M"_s;
    QTest::newRow("trailing white space is rejected") << u"P1M "_s;
    QTest::newRow("a leading zero is rejected") << u"P01M"_s;
    QTest::newRow("a decimal count is rejected") << u"P1.5M"_s;
    QTest::newRow("non-ASCII digits are rejected") << u"P١M"_s;
    QTest::newRow("more than 1200 months is rejected") << u"P1201M"_s;
    QTest::newRow("more than 100000 days is rejected") << u"P100001D"_s;
    QTest::newRow("a count that overflows int is rejected") << u"P99999999999999999999D"_s;
    QTest::newRow("a count just above INT_MAX is rejected") << u"P2147483648D"_s;
    QTest::newRow("EOW0 is rejected: there is no week 0") << u"EOW0"_s;
    QTest::newRow("EOW without a week is rejected") << u"EOW"_s;
    QTest::newRow("WD without a count is rejected") << u"WD"_s;
    QTest::newRow("P10WD mixes two forms and is rejected") << u"P10WD"_s;
    QTest::newRow("a negative working day count is rejected") << u"-3WD"_s;
    QTest::newRow("EOW with a suffix is rejected") << u"EOW8W"_s;
    QTest::newRow("garbage is rejected") << u"one month"_s;
}

void tst_rules_period::rejectsInvalidText()
{
    QFETCH(QString, text);
    QVERIFY(!Period::parse(text).has_value());
}

void tst_rules_period::describe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("danish");
    QTest::addColumn<QString>("english");

    QTest::newRow("one month is singular") << u"P1M"_s << u"1 måned"_s << u"1 month"_s;
    QTest::newRow("six months are plural") << u"P6M"_s << u"6 måneder"_s << u"6 months"_s;
    QTest::newRow("one day is singular") << u"P1D"_s << u"1 dag"_s << u"1 day"_s;
    QTest::newRow("fourteen days are plural") << u"P14D"_s << u"14 dage"_s << u"14 days"_s;
    QTest::newRow("zero days are plural") << u"P0D"_s << u"0 dage"_s << u"0 days"_s;
    QTest::newRow("one week is singular") << u"P1W"_s << u"1 uge"_s << u"1 week"_s;
    QTest::newRow("eight weeks are plural") << u"P8W"_s << u"8 uger"_s << u"8 weeks"_s;
    QTest::newRow("one working day is singular") << u"1WD"_s << u"1 arbejdsdag"_s << u"1 working day"_s;
    QTest::newRow("ten working days are plural") << u"10WD"_s << u"10 arbejdsdage"_s << u"10 working days"_s;
    QTest::newRow("end of week 8") << u"EOW8"_s << u"inden udgangen af uge 8"_s << u"before the end of week 8"_s;
}

void tst_rules_period::describe()
{
    QFETCH(QString, text);
    QFETCH(QString, danish);
    QFETCH(QString, english);
    const auto period = Period::parse(text);
    QVERIFY(period.has_value());
    QCOMPARE(period->describe(u"da"), danish);
    QCOMPARE(period->describe(u"en"), english);
}

void tst_rules_period::addTo_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("P0D ends on the start day") << u"P0D"_s << QDate(2019, 3, 1) << QDate(2019, 3, 1);
    QTest::newRow("P14D does not count the start day") << u"P14D"_s << QDate(2019, 3, 1) << QDate(2019, 3, 15);
    QTest::newRow("P14D crosses a month end") << u"P14D"_s << QDate(2019, 1, 25) << QDate(2019, 2, 8);
    QTest::newRow("P1M keeps the day of the month") << u"P1M"_s << QDate(2019, 2, 1) << QDate(2019, 3, 1);
    QTest::newRow("31 January 2023 + P1M clamps to 28 February")
        << u"P1M"_s << QDate(2023, 1, 31) << QDate(2023, 2, 28);
    QTest::newRow("31 January 2024 + P1M clamps to 29 February in a leap year")
        << u"P1M"_s << QDate(2024, 1, 31) << QDate(2024, 2, 29);
    QTest::newRow("30 January 2023 + P1M clamps to 28 February")
        << u"P1M"_s << QDate(2023, 1, 30) << QDate(2023, 2, 28);
    QTest::newRow("28 February 2023 + P1M is 28 March, not the month's end")
        << u"P1M"_s << QDate(2023, 2, 28) << QDate(2023, 3, 28);
    QTest::newRow("30 November 2023 + P3M clamps to 29 February 2024")
        << u"P3M"_s << QDate(2023, 11, 30) << QDate(2024, 2, 29);
    QTest::newRow("30 November 2022 + P3M clamps to 28 February 2023")
        << u"P3M"_s << QDate(2022, 11, 30) << QDate(2023, 2, 28);
    QTest::newRow("31 August 2023 + P6M clamps to 29 February 2024")
        << u"P6M"_s << QDate(2023, 8, 31) << QDate(2024, 2, 29);
    QTest::newRow("31 August 2022 + P6M clamps to 28 February 2023")
        << u"P6M"_s << QDate(2022, 8, 31) << QDate(2023, 2, 28);
    QTest::newRow("31 March + P6M clamps to 30 September") << u"P6M"_s << QDate(2019, 3, 31) << QDate(2019, 9, 30);
    QTest::newRow("29 February 2024 + P12M clamps to 28 February 2025")
        << u"P12M"_s << QDate(2024, 2, 29) << QDate(2025, 2, 28);
    QTest::newRow("29 February 2024 + P48M is 29 February 2028")
        << u"P48M"_s << QDate(2024, 2, 29) << QDate(2028, 2, 29);
    QTest::newRow("P6M crosses a year end") << u"P6M"_s << QDate(2019, 8, 15) << QDate(2020, 2, 15);
    QTest::newRow("P1W is 7 days") << u"P1W"_s << QDate(2019, 3, 1) << QDate(2019, 3, 8);
    QTest::newRow("P8W is 56 days") << u"P8W"_s << QDate(2019, 3, 1) << QDate(2019, 4, 26);
    QTest::newRow("P22W is 154 days") << u"P22W"_s << QDate(2019, 1, 7) << QDate(2019, 6, 10);
    QTest::newRow("EOW8 is the first day + 55 days") << u"EOW8"_s << QDate(2019, 3, 1) << QDate(2019, 4, 25);
    QTest::newRow("EOW1 is the last day of the first week") << u"EOW1"_s << QDate(2019, 3, 4) << QDate(2019, 3, 10);
    QTest::newRow("EOW8 across a leap day is still 55 days") << u"EOW8"_s << QDate(2024, 2, 1) << QDate(2024, 3, 27);
    QTest::newRow("0WD ends on the start day") << u"0WD"_s << QDate(2019, 3, 9) << QDate(2019, 3, 9);
    QTest::newRow("1WD from a Friday is the Monday") << u"1WD"_s << QDate(2019, 3, 8) << QDate(2019, 3, 11);
    QTest::newRow("1WD from a Saturday is the Monday") << u"1WD"_s << QDate(2019, 3, 9) << QDate(2019, 3, 11);
    QTest::newRow("5WD within one week") << u"5WD"_s << QDate(2019, 3, 4) << QDate(2019, 3, 11);
    QTest::newRow("10WD over two weekends") << u"10WD"_s << QDate(2019, 3, 1) << QDate(2019, 3, 15);
    QTest::newRow("5WD across Easter 2019 skips Skærtorsdag to 2. påskedag")
        << u"5WD"_s << QDate(2019, 4, 15) << QDate(2019, 4, 25);
    QTest::newRow("3WD across Easter 2024 from Wednesday 27 March")
        << u"3WD"_s << QDate(2024, 3, 27) << QDate(2024, 4, 4);
    QTest::newRow("2WD across Grundlovsdag 2019 (Wednesday)") << u"2WD"_s << QDate(2019, 6, 3) << QDate(2019, 6, 6);
    QTest::newRow("2WD across Grundlovsdag 2023 and 2. pinsedag") << u"2WD"_s << QDate(2023, 6, 2) << QDate(2023, 6, 7);
    QTest::newRow("3WD across Christmas 2019 skips 24, 25, 26 December and the weekend")
        << u"3WD"_s << QDate(2019, 12, 23) << QDate(2020, 1, 2);
    QTest::newRow("7WD for aktindsigt from 20 December 2023 lands on 3 January 2024")
        << u"7WD"_s << QDate(2023, 12, 20) << QDate(2024, 1, 3);
    QTest::newRow("2WD across Store Bededag 2023") << u"2WD"_s << QDate(2023, 5, 4) << QDate(2023, 5, 9);
    QTest::newRow("2WD on the abolished Store Bededag 2024 counts it")
        << u"2WD"_s << QDate(2024, 4, 25) << QDate(2024, 4, 29);
}

void tst_rules_period::addTo()
{
    QFETCH(QString, period);
    QFETCH(QDate, start);
    QFETCH(QDate, expected);
    const auto parsed = Period::parse(period);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->addTo(start), expected);
}

void tst_rules_period::workingDaysAreAllWorkingDays()
{
    // n working days after a start day: exactly n working days lie in (start, end], and end is one of them.
    const QDate first(2019, 12, 15);
    for (int offset = 0; offset < 400; offset += 3) {
        const QDate start = first.addDays(offset);
        for (int n = 1; n <= 12; ++n) {
            const QDate end = Period(Period::Unit::WorkingDays, n).addTo(start);
            QVERIFY(isWorkingDay(end));
            int counted = 0;
            for (QDate d = start.addDays(1); d <= end; d = d.addDays(1))
                counted += isWorkingDay(d) ? 1 : 0;
            QCOMPARE(counted, n);
        }
    }
}

void tst_rules_period::roll_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("strict");
    QTest::addColumn<QDate>("rolled");

    QTest::newRow("a deadline on a Wednesday does not move")
        << u"P14D"_s << QDate(2019, 2, 20) << QDate(2019, 3, 6) << QDate(2019, 3, 6);
    QTest::newRow("a deadline on a Saturday moves to Monday")
        << u"P1M"_s << QDate(2019, 2, 9) << QDate(2019, 3, 9) << QDate(2019, 3, 11);
    QTest::newRow("a deadline on a Sunday moves to Monday")
        << u"P1M"_s << QDate(2019, 2, 10) << QDate(2019, 3, 10) << QDate(2019, 3, 11);
    QTest::newRow("a deadline on Kristi Himmelfartsdag moves to Friday")
        << u"P1M"_s << QDate(2019, 4, 30) << QDate(2019, 5, 30) << QDate(2019, 5, 31);
    QTest::newRow("a deadline on Grundlovsdag moves to 6 June")
        << u"P14D"_s << QDate(2019, 5, 22) << QDate(2019, 6, 5) << QDate(2019, 6, 6);
    QTest::newRow("a deadline on Skærtorsdag moves over the whole of Easter")
        << u"P14D"_s << QDate(2019, 4, 4) << QDate(2019, 4, 18) << QDate(2019, 4, 23);
    QTest::newRow("a deadline on Juleaftensdag 2020 moves over Christmas and the weekend")
        << u"P1M"_s << QDate(2020, 11, 24) << QDate(2020, 12, 24) << QDate(2020, 12, 28);
    QTest::newRow("a deadline on Nytårsaftensdag 2021 (Friday) moves to Monday 3 January")
        << u"P14D"_s << QDate(2021, 12, 17) << QDate(2021, 12, 31) << QDate(2022, 1, 3);
    QTest::newRow("a month-end clamp onto a Sunday then moves to Monday")
        << u"P1M"_s << QDate(2021, 1, 31) << QDate(2021, 2, 28) << QDate(2021, 3, 1);
    QTest::newRow("end of week 8 on a Sunday moves to Monday")
        << u"EOW8"_s << QDate(2019, 3, 4) << QDate(2019, 4, 28) << QDate(2019, 4, 29);
    QTest::newRow("a working-day deadline is already on a working day")
        << u"10WD"_s << QDate(2019, 3, 1) << QDate(2019, 3, 15) << QDate(2019, 3, 15);
    QTest::newRow("P0D from a Sunday moves to Monday")
        << u"P0D"_s << QDate(2019, 3, 10) << QDate(2019, 3, 10) << QDate(2019, 3, 11);
}

void tst_rules_period::roll()
{
    QFETCH(QString, period);
    QFETCH(QDate, start);
    QFETCH(QDate, strict);
    QFETCH(QDate, rolled);
    const auto parsed = Period::parse(period);
    QVERIFY(parsed.has_value());
    QCOMPARE(deadline(start, *parsed, Roll::None), strict);
    QCOMPARE(deadline(start, *parsed, Roll::NextWorkingDay), rolled);
    QVERIFY(isWorkingDay(rolled));
}

void tst_rules_period::parseRoll()
{
    QCOMPARE(sagstjek::rules::parseRoll(u"none"), std::optional<Roll>(Roll::None));
    QCOMPARE(sagstjek::rules::parseRoll(u"next-working-day"), std::optional<Roll>(Roll::NextWorkingDay));
    QVERIFY(!sagstjek::rules::parseRoll(u"").has_value());
    QVERIFY(!sagstjek::rules::parseRoll(u"Next-Working-Day").has_value());
    QVERIFY(!sagstjek::rules::parseRoll(u"next_working_day").has_value());
    QCOMPARE(rollKey(Roll::None), u"none"_s);
    QCOMPARE(rollKey(Roll::NextWorkingDay), u"next-working-day"_s);
}

void tst_rules_period::invalidStart()
{
    for (const char16_t *text : {u"P1D", u"P1W", u"P1M", u"1WD", u"EOW1"}) {
        const auto period = Period::parse(QStringView(text));
        QVERIFY(period.has_value());
        QVERIFY(!period->addTo(QDate()).isValid());
        QVERIFY(!deadline(QDate(), *period, Roll::NextWorkingDay).isValid());
    }
}

QTEST_GUILESS_MAIN(tst_rules_period)
#include "tst_rules_period.moc"
