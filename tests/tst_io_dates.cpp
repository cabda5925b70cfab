// Tests of sagstjek::io date parsing, order detection and Excel serials.

#include "io/dateparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagstjek::io;

Q_DECLARE_METATYPE(sagstjek::io::DateForm)
Q_DECLARE_METATYPE(sagstjek::io::DateOrder)
Q_DECLARE_METATYPE(sagstjek::io::DateParseOptions)

class TestIoDates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void detectOrder_data();
    void detectOrder();
    void excelSerials_data();
    void excelSerials();
};

void TestIoDates::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateParseOptions>("options");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<DateForm>("form");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<QString>("warningPart");
    QTest::addColumn<QString>("errorPart");

    const DateParseOptions dmy;
    DateParseOptions mdy;
    mdy.order = DateOrder::MonthDayYear;
    DateParseOptions excel;
    excel.numericFromExcel = true;
    DateParseOptions noSerials;
    noSerials.acceptSerialNumbers = false;
    DateParseOptions mac;
    mac.date1904 = true;
    const QDate mar5(2019, 3, 5);

    QTest::newRow("ISO date") << u"2019-03-05"_s << dmy << mar5 << DateForm::Iso << false << QString() << QString();
    QTest::newRow("ISO date without leading zeros")
        << u"2019-3-5"_s << dmy << mar5 << DateForm::Iso << false << QString() << QString();
    QTest::newRow("ISO date and midnight time, as KMD exports it")
        << u"2019-03-05 00:00:00"_s << dmy << mar5 << DateForm::Iso << false << QString() << QString();
    QTest::newRow("ISO date time with T and a real time warns")
        << u"2019-03-05T14:30"_s << dmy << mar5 << DateForm::Iso << false << u"14:30 was ignored"_s << QString();
    QTest::newRow("Danish dashes") << u"05-03-2019"_s << dmy << mar5 << DateForm::DayMonthYear << true << QString()
                                   << QString();
    QTest::newRow("Danish dots") << u"05.03.2019"_s << dmy << mar5 << DateForm::DayMonthYear << true << QString()
                                 << QString();
    QTest::newRow("slashes without leading zeros")
        << u"5/3/2019"_s << dmy << mar5 << DateForm::DayMonthYear << true << QString() << QString();
    QTest::newRow("surrounding spaces are ignored")
        << u"  05-03-2019 "_s << dmy << mar5 << DateForm::DayMonthYear << true << QString() << QString();
    QTest::newRow("a day above 12 is not ambiguous")
        << u"13-05-2019"_s << dmy << QDate(2019, 5, 13) << DateForm::DayMonthYear << false << QString() << QString();
    QTest::newRow("the same day and month is not ambiguous")
        << u"05-05-2019"_s << dmy << QDate(2019, 5, 5) << DateForm::DayMonthYear << false << QString() << QString();
    QTest::newRow("month first when the column says so")
        << u"03/05/2019"_s << mdy << mar5 << DateForm::MonthDayYear << true << QString() << QString();
    QTest::newRow("two-digit year 19 is 2019 with a warning")
        << u"05-03-19"_s << dmy << mar5 << DateForm::DayMonthYear << true << u"read as 2019 (00–69"_s << QString();
    QTest::newRow("two-digit year 69 is 2069")
        << u"01-01-69"_s << dmy << QDate(2069, 1, 1) << DateForm::DayMonthYear << false << u"2069"_s << QString();
    QTest::newRow("two-digit year 70 is 1970")
        << u"01-01-70"_s << dmy << QDate(1970, 1, 1) << DateForm::DayMonthYear << false << u"1970"_s << QString();
    QTest::newRow("two-digit year 00 is 2000")
        << u"29-02-00"_s << dmy << QDate(2000, 2, 29) << DateForm::DayMonthYear << false << u"2000"_s << QString();
    QTest::newRow("an Excel serial in a date column")
        << u"43529"_s << dmy << mar5 << DateForm::ExcelSerial << false << QString() << QString();
    QTest::newRow("an Excel serial with a time from a numeric Excel column")
        << u"43529.75"_s << excel << mar5 << DateForm::ExcelSerial << false << u"18:00:00"_s << QString();
    QTest::newRow("a 1904-system serial")
        << u"42067"_s << mac << mar5 << DateForm::ExcelSerial << false << QString() << QString();

    const QDate none;
    QTest::newRow("31 February is impossible")
        << u"31-02-2019"_s << dmy << none << DateForm::DayMonthYear << false << QString() << u"February has 28 days"_s;
    QTest::newRow("29 February in a common year is impossible")
        << u"2019-02-29"_s << dmy << none << DateForm::Iso << false << QString() << u"not a date"_s;
    QTest::newRow("month 13 is impossible and says how the column is read")
        << u"05/13/2019"_s << dmy << none << DateForm::DayMonthYear << false << QString()
        << u"Month 13 does not exist (the column is read day first)"_s;
    QTest::newRow("an empty value is an error")
        << u""_s << dmy << none << DateForm::Invalid << false << QString() << u"empty"_s;
    QTest::newRow("words are not a date") << u"5. marts 2019"_s << dmy << none << DateForm::Invalid << false
                                          << QString() << u"not a date in a known form"_s;
    QTest::newRow("mixed separators are not a date")
        << u"05-03/2019"_s << dmy << none << DateForm::Invalid << false << QString() << u"known form"_s;
    QTest::newRow("a three-digit year is not a date")
        << u"05-03-201"_s << dmy << none << DateForm::Invalid << false << QString() << u"known form"_s;
    QTest::newRow("an integer beyond the serial range is not a date")
        << u"20190305"_s << dmy << none << DateForm::Invalid << false << QString() << u"Excel date serial"_s;
    QTest::newRow("serials can be refused")
        << u"43529"_s << noSerials << none << DateForm::Invalid << false << QString() << u"is a number"_s;
    QTest::newRow("serial 60 is the phantom 29 February 1900")
        << u"60"_s << dmy << none << DateForm::Invalid << false << QString() << u"leap-year bug"_s;
    QTest::newRow("a bad time of day is an error")
        << u"05-03-2019 25:00"_s << dmy << none << DateForm::Invalid << false << QString() << u"known form"_s;
}

void TestIoDates::parse()
{
    QFETCH(QString, text);
    QFETCH(DateParseOptions, options);
    QFETCH(QDate, expected);
    QFETCH(DateForm, form);
    QFETCH(bool, ambiguous);
    QFETCH(QString, warningPart);
    QFETCH(QString, errorPart);
    const DateParseResult r = parseDate(text, options);
    QCOMPARE(r.date, expected);
    QCOMPARE(r.ok(), expected.isValid());
    QCOMPARE(r.form, form);
    QCOMPARE(r.ambiguous, ambiguous);
    if (warningPart.isEmpty())
        QVERIFY2(r.warning.isEmpty(), qPrintable(r.warning));
    else
        QVERIFY2(r.warning.contains(warningPart), qPrintable(r.warning));
    if (errorPart.isEmpty())
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    else
        QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
}

void TestIoDates::detectOrder_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<bool>("proven");

    QTest::newRow("a day above 12 proves day first")
        << QStringList{u"03/05/2019"_s, u"13/05/2019"_s, u""_s} << DateOrder::DayMonthYear << true;
    QTest::newRow("a second part above 12 proves month first")
        << QStringList{u"03/05/2019"_s, u"05/13/2019"_s} << DateOrder::MonthDayYear << true;
    QTest::newRow("contradicting values are ambiguous")
        << QStringList{u"13/05/2019"_s, u"05/13/2019"_s} << DateOrder::Ambiguous << false;
    QTest::newRow("undecidable values default to Danish day first")
        << QStringList{u"03/05/2019"_s, u"04-06-2019"_s} << DateOrder::DayMonthYear << false;
    QTest::newRow("ISO dates and serials do not count")
        << QStringList{u"2019-12-31"_s, u"43529"_s, u"05.03.2019 10:00"_s} << DateOrder::DayMonthYear << false;
    QTest::newRow("values with times still count")
        << QStringList{u"12/31/2019 10:00"_s} << DateOrder::MonthDayYear << true;
}

void TestIoDates::detectOrder()
{
    QFETCH(QStringList, samples);
    QFETCH(DateOrder, order);
    QFETCH(bool, proven);
    const DateOrderDetection det = detectDateOrder(samples);
    QCOMPARE(det.order, order);
    QCOMPARE(det.proven, proven);
    QVERIFY(!det.explanation.isEmpty());
}

void TestIoDates::excelSerials_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("serial 1 is 1 January 1900") << 1.0 << false << QDateTime(QDate(1900, 1, 1), QTime(0, 0));
    QTest::newRow("serial 59 is 28 February 1900") << 59.0 << false << QDateTime(QDate(1900, 2, 28), QTime(0, 0));
    QTest::newRow("serial 60 is invalid") << 60.0 << false << QDateTime();
    QTest::newRow("serial 61 is 1 March 1900") << 61.0 << false << QDateTime(QDate(1900, 3, 1), QTime(0, 0));
    QTest::newRow("serial 43529.5 is noon on 5 March 2019")
        << 43529.5 << false << QDateTime(QDate(2019, 3, 5), QTime(12, 0));
    QTest::newRow("serial 2958465 is 31 December 9999")
        << 2958465.0 << false << QDateTime(QDate(9999, 12, 31), QTime(0, 0));
    QTest::newRow("serial 0 is invalid in 1900") << 0.0 << false << QDateTime();
    QTest::newRow("serial 0 is 1 January 1904 in 1904") << 0.0 << true << QDateTime(QDate(1904, 1, 1), QTime(0, 0));
    QTest::newRow("a negative serial is invalid") << -1.0 << true << QDateTime();
    QTest::newRow("almost midnight rounds to the next day")
        << 43529.999999999 << false << QDateTime(QDate(2019, 3, 6), QTime(0, 0));
}

void TestIoDates::excelSerials()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QDateTime, expected);
    QString error;
    QCOMPARE(excelSerialToDateTime(serial, date1904, &error), expected);
    QCOMPARE(error.isEmpty(), expected.isValid());
    if (expected.isValid() && !date1904 && serial >= 61)
        QCOMPARE(dateToExcelSerial(expected.date()), std::floor(serial + 0.5 / 86400));
}

QTEST_GUILESS_MAIN(TestIoDates)
#include "tst_io_dates.moc"
