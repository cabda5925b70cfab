// Money as øre (qint64) and the grant values people type: kroner the Danish and the English way, amounts parsed
// without floating point, months and yes/no as import files write them (issue 10, grants to repay).
#include "domain/grant.h"
#include "domain/money.h"

#include <QTest>

#include <limits>

using namespace sagstjek;

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<qint64>("ore");
        QTest::addColumn<QString>("danish");
        QTest::addColumn<QString>("english");
        QTest::newRow("nothing") << qint64(0) << QStringLiteral("0 kr.") << QStringLiteral("0 DKK");
        QTest::newRow("one krone") << qint64(100) << QStringLiteral("1 kr.") << QStringLiteral("1 DKK");
        QTest::newRow("five øre") << qint64(5) << QStringLiteral("0,05 kr.") << QStringLiteral("0.05 DKK");
        QTest::newRow("Solrød's 281,160 kr. without øre")
            << qint64(28'116'000) << QStringLiteral("281.160 kr.") << QStringLiteral("281,160 DKK");
        QTest::newRow("a rate with øre") << qint64(312'750) << QStringLiteral("3.127,50 kr.")
                                         << QStringLiteral("3,127.50 DKK");
        QTest::newRow("to claim is negative")
            << qint64(-312'750) << QStringLiteral("-3.127,50 kr.") << QStringLiteral("-3,127.50 DKK");
        QTest::newRow("minus one krone") << qint64(-100) << QStringLiteral("-1 kr.") << QStringLiteral("-1 DKK");
        QTest::newRow("three digits only")
            << qint64(99'999) << QStringLiteral("999,99 kr.") << QStringLiteral("999.99 DKK");
        QTest::newRow("billions") << qint64(123'456'789'012) << QStringLiteral("1.234.567.890,12 kr.")
                                  << QStringLiteral("1,234,567,890.12 DKK");
        QTest::newRow("the smallest qint64 does not overflow")
            << std::numeric_limits<qint64>::min() << QStringLiteral("-92.233.720.368.547.758,08 kr.")
            << QStringLiteral("-92,233,720,368,547,758.08 DKK");
    }
    void format()
    {
        QFETCH(qint64, ore);
        QFETCH(QString, danish);
        QFETCH(QString, english);
        QCOMPARE(money::formatDanish(ore), danish);
        QCOMPARE(money::formatEnglish(ore), english);
        QCOMPARE(money::format(ore, QStringLiteral("da")), danish);
        QCOMPARE(money::format(ore, QStringLiteral("en")), english);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ore"); // -1: refused
        QTest::newRow("whole kroner") << QStringLiteral("3960") << qint64(396'000);
        QTest::newRow("a point groups thousands") << QStringLiteral("3.960") << qint64(396'000);
        QTest::newRow("a space groups thousands") << QStringLiteral("3 960") << qint64(396'000);
        QTest::newRow("a no-break space groups thousands") << QStringLiteral("3\u00A0960") << qint64(396'000);
        QTest::newRow("decimal comma") << QStringLiteral("3960,50") << qint64(396'050);
        QTest::newRow("one decimal is ten øre") << QStringLiteral("3.960,5") << qint64(396'050);
        QTest::newRow("with kr.") << QStringLiteral(" 3.127,50 kr. ") << qint64(312'750);
        QTest::newRow("with DKK") << QStringLiteral("10397 DKK") << qint64(1'039'700);
        QTest::newRow("øre only") << QStringLiteral("0,05") << qint64(5);
        QTest::newRow("ten øre are not 0.1 in binary") << QStringLiteral("1.234,10") << qint64(123'410);
        QTest::newRow("millions") << QStringLiteral("1.000.000") << qint64(100'000'000);
        QTest::newRow("negative") << QStringLiteral("-12,00") << qint64(-1200);
        QTest::newRow("leading zeros") << QStringLiteral("007") << qint64(700);
        QTest::newRow("fifteen digits of kroner")
            << QStringLiteral("999999999999999") << qint64(99'999'999'999'999'900);
        QTest::newRow("English thousands and decimals are refused") << QStringLiteral("3,960.50") << qint64(-1);
        QTest::newRow("a decimal point is refused, not guessed") << QStringLiteral("3960.50") << qint64(-1);
        QTest::newRow("3,960 is not read as 3.960") << QStringLiteral("3,960") << qint64(-1);
        QTest::newRow("a point before two digits is refused") << QStringLiteral("3.96") << qint64(-1);
        QTest::newRow("groups of three only") << QStringLiteral("39.60") << qint64(-1);
        QTest::newRow("four digits after a point") << QStringLiteral("3.9600") << qint64(-1);
        QTest::newRow("three decimals") << QStringLiteral("3960,505") << qint64(-1);
        QTest::newRow("two commas") << QStringLiteral("1,2,3") << qint64(-1);
        QTest::newRow("mixed separators") << QStringLiteral("3 960.000") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("only the unit") << QStringLiteral("kr.") << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("12a") << qint64(-1);
        QTest::newRow("letters after the comma") << QStringLiteral("3.960,5x") << qint64(-1);
        QTest::newRow("sixteen digits are too many") << QStringLiteral("1234567890123456") << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ore);
        const auto parsed = money::parseKroner(text);
        if (ore == -1) {
            QVERIFY2(!parsed.ok(), qPrintable(text));
            QCOMPARE(parsed.error().kind, Error::Kind::InvalidInput);
            QVERIFY2(parsed.error().message.contains(text.trimmed()), qPrintable(parsed.error().message));
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
            QCOMPARE(parsed.value(), ore);
        }
    }

    // What is typed comes back as it was typed (the Danish way), for every øre from 0 to 10 kr. and some more.
    void formatParseRoundTrip()
    {
        for (qint64 ore = -1000; ore <= 100'000; ore += (ore < 1000 ? 1 : 97)) {
            const auto back = money::parseKroner(money::formatDanish(ore));
            QVERIFY2(back.ok(), qPrintable(money::formatDanish(ore)));
            QCOMPARE(back.value(), ore);
        }
    }

    void month_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("month"); // empty: refused
        QTest::newRow("YYYY-MM") << QStringLiteral("2017-03") << QStringLiteral("2017-03");
        QTest::newRow("YYYY/M") << QStringLiteral("2017/3") << QStringLiteral("2017-03");
        QTest::newRow("MM-YYYY") << QStringLiteral("03-2017") << QStringLiteral("2017-03");
        QTest::newRow("M-YYYY") << QStringLiteral("3-2017") << QStringLiteral("2017-03");
        QTest::newRow("MM/YYYY") << QStringLiteral("12/2018") << QStringLiteral("2018-12");
        QTest::newRow("a spreadsheet's first of the month")
            << QStringLiteral("2018-01-01") << QStringLiteral("2018-01");
        QTest::newRow("another day is not a month") << QStringLiteral("2018-01-16") << QString();
        QTest::newRow("month 13") << QStringLiteral("2017-13") << QString();
        QTest::newRow("month 0") << QStringLiteral("2017-00") << QString();
        QTest::newRow("a two-digit year") << QStringLiteral("03-17") << QString();
        QTest::newRow("a year before the table") << QStringLiteral("1998-12") << QString();
        QTest::newRow("a Danish date") << QStringLiteral("01-03-2017") << QString();
        QTest::newRow("text") << QStringLiteral("marts 2017") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void month()
    {
        QFETCH(QString, text);
        QFETCH(QString, month);
        const auto parsed = grants::parseMonth(text);
        QCOMPARE(parsed.value_or(QString()), month);
    }

    void yesNo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value"); // 1 yes, 0 no, -1 refused
        for (const char *yes : {"ja", "Ja", "JA", "yes", "1", "x", "X", "j", "true", "sand"})
            QTest::addRow("%s is yes", yes) << QString::fromUtf8(yes) << 1;
        for (const char *no : {"nej", "Nej", "no", "0", "", "  ", "n", "false", "falsk"})
            QTest::addRow("\"%s\" is no", no) << QString::fromUtf8(no) << 0;
        for (const char *unknown : {"måske", "2", "xx", "jaa", "-"})
            QTest::addRow("%s is refused", unknown) << QString::fromUtf8(unknown) << -1;
    }
    void yesNo()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        const auto parsed = grants::parseYesNo(text);
        QCOMPARE(parsed ? int(*parsed) : -1, value);
    }

    void targetGroup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key"); // empty: refused
        QTest::newRow("empty is grundtilskud") << QString() << grants::Basic;
        QTest::newRow("grundtilskud") << QStringLiteral("Grundtilskud") << grants::Basic;
        QTest::newRow("the key") << QStringLiteral("unaccompanied-minor") << grants::UnaccompaniedMinor;
        QTest::newRow("Danish") << QStringLiteral("Uledsaget mindreårig") << grants::UnaccompaniedMinor;
        QTest::newRow("unknown") << QStringLiteral("resultattilskud") << QString();
    }
    void targetGroup()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(grants::targetGroupFromText(text).value_or(QString()), key);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
