// The pure figures of reports (issue 10): compliance and error-free shares, exact Clopper–Pearson bounds,
// rounding, and the words that say what a share shows, in Danish and English.
//
// Where the expected bounds come from: not from Boost (the code under test), but from an independent exact
// computation. The one-sided lower bound p for k successes of n at alpha solves P(X >= k | n, p) = alpha, the
// two-sided limits solve P(X >= k) = alpha/2 and P(X <= k) = alpha/2; each was found by 80 bisection steps over
// exact rational arithmetic (Python's fractions.Fraction and math.comb, no floating point in the binomial sums),
// printed with repr(). Checks: 20 of 20 gives 0.05^(1/20) = 0.8608916593317348 in closed form; 18 of 20 gives
// 0.7174 and 10 of 14 gives 0.419–0.916, as TOOLCHAIN.md's Statistics section states.
#include "services/statistics.h"

#include <QTest>

#include <cmath>

using namespace sagstjek;
using stats::Design;

Q_DECLARE_METATYPE(stats::Design)

namespace {

constexpr double Tolerance = 1e-9;

std::optional<int> noTarget()
{
    return std::nullopt;
}

} // namespace

class TestStatistics : public QObject {
    Q_OBJECT

private slots:
    void exactLowerBound_data()
    {
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("trials");
        QTest::addColumn<double>("expected");
        QTest::newRow("18 of 20 is at least 0.71738") << 18 << 20 << 0.7173814751141391;
        QTest::newRow("20 of 20 is at least 0.05^(1/20), below 1") << 20 << 20 << 0.8608916593317348;
        QTest::newRow("164 of 221, had it been a sample, is at least 0.68914") << 164 << 221 << 0.6891382353830147;
        QTest::newRow("1 of 1 is at least alpha") << 1 << 1 << 0.05;
        QTest::newRow("4 of 5 is at least 0.34259") << 4 << 5 << 0.3425916819988613;
        QTest::newRow("9 of 10 is at least 0.60584") << 9 << 10 << 0.6058366975634952;
        QTest::newRow("0 of 7 is at least 0") << 0 << 7 << 0.0;
    }
    void exactLowerBound()
    {
        QFETCH(int, successes);
        QFETCH(int, trials);
        QFETCH(double, expected);
        const double bound = stats::lowerBound(successes, trials);
        QVERIFY2(std::abs(bound - expected) < Tolerance,
                 qPrintable(QStringLiteral("%1, expected %2").arg(bound, 0, 'g', 17).arg(expected, 0, 'g', 17)));
        QVERIFY(bound < 1.0);
    }

    void exactTwoSidedInterval_data()
    {
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("trials");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("Solrød: 10 reversed of 14 decided") << 10 << 14 << 0.41896474281633844 << 0.9161106816928725;
        QTest::newRow("19 + 5 reversed of 129 decided") << 24 << 129 << 0.12299184473598307 << 0.26405587270877695;
        QTest::newRow("none of 14: from 0") << 0 << 14 << 0.0 << 0.23163576165011654;
        QTest::newRow("all of 14: up to 1") << 14 << 14 << 0.7683642383498834 << 1.0;
    }
    void exactTwoSidedInterval()
    {
        QFETCH(int, successes);
        QFETCH(int, trials);
        QFETCH(double, low);
        QFETCH(double, high);
        const stats::Interval found = stats::interval(successes, trials);
        QVERIFY2(std::abs(found.low - low) < Tolerance, qPrintable(QString::number(found.low, 'g', 17)));
        QVERIFY2(std::abs(found.high - high) < Tolerance, qPrintable(QString::number(found.high, 'g', 17)));
    }

    void shares_data()
    {
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("n");
        QTest::addColumn<Design>("design");
        QTest::addColumn<double>("percent"); // rounded to one decimal; -1: none
        QTest::addColumn<double>("lower95"); // rounded down to one decimal; -1: none
        QTest::addColumn<bool>("small");
        QTest::newRow("a census of 221 with 57 missing goals: 74.2 %, no bound")
            << 164 << 221 << Design::Census << 74.2 << -1.0 << false;
        QTest::newRow("18 of 20 drawn at random: 90 %, at least 71.7 %")
            << 18 << 20 << Design::RandomSample << 90.0 << 71.7 << false;
        QTest::newRow("all 20 met in a sample: the bound stays below 100 %")
            << 20 << 20 << Design::RandomSample << 100.0 << 86.0 << false;
        QTest::newRow("the same 164 of 221 drawn at random: at least 68.9 %")
            << 164 << 221 << Design::RandomSample << 74.2 << 68.9 << false;
        QTest::newRow("nothing counted yet in a sample: no share, no bound")
            << 0 << 0 << Design::RandomSample << -1.0 << -1.0 << true;
        QTest::newRow("nothing counted yet in a census") << 0 << 0 << Design::Census << -1.0 << -1.0 << true;
        QTest::newRow("none of 5 met: 0 %, bound 0") << 0 << 5 << Design::RandomSample << 0.0 << 0.0 << false;
        QTest::newRow("4 of 4 is a small group") << 4 << 4 << Design::RandomSample << 100.0 << 47.2 << true;
        QTest::newRow("chosen by hand: a share, no bound") << 12 << 15 << Design::NotSampled << 80.0 << -1.0 << false;
    }
    void shares()
    {
        QFETCH(int, successes);
        QFETCH(int, n);
        QFETCH(Design, design);
        QFETCH(double, percent);
        QFETCH(double, lower95);
        QFETCH(bool, small);
        const stats::Share s = stats::share(successes, n, design);
        QCOMPARE(s.percent().has_value(), percent >= 0);
        if (percent >= 0)
            QCOMPARE(stats::roundedPercent(*s.percent()), percent);
        QCOMPARE(s.lower95().has_value(), lower95 >= 0);
        if (lower95 >= 0) {
            QCOMPARE(stats::roundedLowerBound(*s.lower95()), lower95);
            QVERIFY(*s.lower95() <= *s.percent());
        }
        QCOMPARE(s.small(), small);
    }

    void notApplicableIsNeverInTheDenominator()
    {
        // 164 met, 57 not met: whatever number of "not applicable" there were, they are not a parameter.
        const stats::Share goal = stats::compliance(164, 57, Design::Census);
        QCOMPARE(goal.successes, 164);
        QCOMPARE(goal.n, 221);
        QVERIFY(goal.reaches(74));
        QVERIFY(!goal.reaches(75));
        QVERIFY(stats::compliance(9, 1, Design::RandomSample).reaches(90)); // exactly, with no rounding
        QVERIFY(!stats::compliance(0, 0, Design::Census).reaches(0));       // nothing counted reaches nothing
    }

    void rounding_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("rounded");
        QTest::addColumn<double>("roundedDown");
        QTest::newRow("74.208… (164 of 221)") << 100.0 * 164 / 221 << 74.2 << 74.2;
        QTest::newRow("86.089… (the bound of 20 of 20)") << 86.08916593317348 << 86.1 << 86.0;
        QTest::newRow("71.738… (the bound of 18 of 20)") << 71.73814751141391 << 71.7 << 71.7;
        QTest::newRow("0.29 * 100 is 29, not 28.9") << 0.29 * 100 << 29.0 << 29.0;
        QTest::newRow("a half rounds away from zero") << 74.25 << 74.3 << 74.2;
        QTest::newRow("100 stays 100") << 100.0 << 100.0 << 100.0;
    }
    void rounding()
    {
        QFETCH(double, value);
        QFETCH(double, rounded);
        QFETCH(double, roundedDown);
        QCOMPARE(stats::roundedPercent(value), rounded);
        QCOMPARE(stats::roundedLowerBound(value), roundedDown);
    }

    void numbersInTheReportsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("percentText");
        QTest::addColumn<QString>("countText");
        QTest::newRow("Danish: decimal comma, thousands with a point")
            << QStringLiteral("da") << 74.2081 << 1234 << QStringLiteral("74,2 %") << QStringLiteral("1.234");
        QTest::newRow("English: decimal point, thousands with a comma")
            << QStringLiteral("en") << 74.2081 << 1234 << QStringLiteral("74.2 %") << QStringLiteral("1,234");
        QTest::newRow("Danish: a whole percentage without ,0")
            << QStringLiteral("da") << 90.0 << 20 << QStringLiteral("90 %") << QStringLiteral("20");
        QTest::newRow("English: 100 %") << QStringLiteral("en") << 100.0 << 0 << QStringLiteral("100 %")
                                        << QStringLiteral("0");
    }
    void numbersInTheReportsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(double, percent);
        QFETCH(int, count);
        QFETCH(QString, percentText);
        QFETCH(QString, countText);
        QCOMPARE(stats::percentText(percent, language), percentText);
        QCOMPARE(stats::countText(count, language), countText);
    }

    void wording_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("n");
        QTest::addColumn<Design>("design");
        QTest::addColumn<std::optional<int>>("target");
        QTest::addColumn<QString>("text");
        const std::optional<int> ninety = 90;
        QTest::newRow("da: 18 of 20 cannot show the target")
            << QStringLiteral("da") << 18 << 20 << Design::RandomSample << ninety
            << QStringLiteral("18 af 20 = 90 %; med 20 sager viser tallene kun, at andelen er mindst 71,7 % – for få "
                              "sager til at vise målet på 90 %");
        QTest::newRow("en: 18 of 20 cannot show the target")
            << QStringLiteral("en") << 18 << 20 << Design::RandomSample << ninety
            << QStringLiteral("18 of 20 = 90 %; with 20 cases the data only show at least 71.7 %, too few to show "
                              "the 90 % target");
        QTest::newRow("da: 18 of 20 without a target")
            << QStringLiteral("da") << 18 << 20 << Design::RandomSample << noTarget()
            << QStringLiteral("18 af 20 = 90 %; med 20 sager viser tallene, at andelen er mindst 71,7 %");
        QTest::newRow("en: 18 of 20 without a target")
            << QStringLiteral("en") << 18 << 20 << Design::RandomSample << noTarget()
            << QStringLiteral("18 of 20 = 90 %; with 20 cases the data show at least 71.7 %");
        QTest::newRow("da: enough cases to show the target")
            << QStringLiteral("da") << 295 << 300 << Design::RandomSample << ninety
            << QStringLiteral("295 af 300 = 98,3 %; med 300 sager viser tallene, at andelen er mindst 96,5 %, så "
                              "målet på 90 % er nået");
        QTest::newRow("en: enough cases to show the target")
            << QStringLiteral("en") << 295 << 300 << Design::RandomSample << ninety
            << QStringLiteral("295 of 300 = 98.3 %; with 300 cases the data show at least 96.5 %, so the 90 % "
                              "target is met");
        QTest::newRow("da: below the target")
            << QStringLiteral("da") << 15 << 20 << Design::RandomSample << ninety
            << QStringLiteral("15 af 20 = 75 %, under målet på 90 %; med 20 sager viser tallene, at andelen er "
                              "mindst 54,4 %");
        QTest::newRow("en: below the target")
            << QStringLiteral("en") << 15 << 20 << Design::RandomSample << ninety
            << QStringLiteral("15 of 20 = 75 %, below the 90 % target; with 20 cases the data show at least 54.4 %");
        QTest::newRow("da: the census of 221")
            << QStringLiteral("da") << 164 << 221 << Design::Census << ninety
            << QStringLiteral("164 af 221 = 74,2 %, under målet på 90 %; alle sager i runden gennemgås, så tallet "
                              "har intet usikkerhedsinterval");
        QTest::newRow("en: the census of 221")
            << QStringLiteral("en") << 164 << 221 << Design::Census << ninety
            << QStringLiteral("164 of 221 = 74.2 %, below the 90 % target; every case in the round is reviewed, so "
                              "the figure has no interval");
        QTest::newRow("da: a census that meets the target")
            << QStringLiteral("da") << 1900 << 2000 << Design::Census << ninety
            << QStringLiteral("1.900 af 2.000 = 95 %, målet på 90 % er nået; alle sager i runden gennemgås, så "
                              "tallet har intet usikkerhedsinterval");
        QTest::newRow("en: a census that meets the target")
            << QStringLiteral("en") << 1900 << 2000 << Design::Census << ninety
            << QStringLiteral("1,900 of 2,000 = 95 %, meeting the 90 % target; every case in the round is "
                              "reviewed, so the figure has no interval");
        QTest::newRow("da: reviews chosen by hand")
            << QStringLiteral("da") << 12 << 15 << Design::NotSampled << noTarget()
            << QStringLiteral("12 af 15 = 80 %; sagerne er ikke udtrukket tilfældigt, så tallet siger ikke noget "
                              "sikkert om andre sager");
        QTest::newRow("en: reviews chosen by hand")
            << QStringLiteral("en") << 12 << 15 << Design::NotSampled << noTarget()
            << QStringLiteral("12 of 15 = 80 %; the cases were not drawn at random, so the figure says nothing "
                              "certain about other cases");
        QTest::newRow("da: one case is \"1 sag\"")
            << QStringLiteral("da") << 1 << 1 << Design::RandomSample << ninety
            << QStringLiteral("1 af 1 = 100 %; med 1 sag viser tallene kun, at andelen er mindst 5 % – for få sager "
                              "til at vise målet på 90 %");
        QTest::newRow("en: one case is \"1 case\"")
            << QStringLiteral("en") << 1 << 1 << Design::RandomSample << noTarget()
            << QStringLiteral("1 of 1 = 100 %; with 1 case the data show at least 5 %");
        QTest::newRow("da: nothing yet") << QStringLiteral("da") << 0 << 0 << Design::RandomSample << ninety
                                         << QStringLiteral("0 af 0: endnu intet at opgøre");
        QTest::newRow("en: nothing yet") << QStringLiteral("en") << 0 << 0 << Design::Census << ninety
                                         << QStringLiteral("0 of 0: nothing to count yet");
    }
    void wording()
    {
        QFETCH(QString, language);
        QFETCH(int, successes);
        QFETCH(int, n);
        QFETCH(Design, design);
        QFETCH(std::optional<int>, target);
        QFETCH(QString, text);
        QCOMPARE(stats::shareText(stats::share(successes, n, design), language, target), text);
    }

    void smallGroups_data()
    {
        QTest::addColumn<int>("cases");
        QTest::addColumn<bool>("small");
        QTest::newRow("no case") << 0 << true;
        QTest::newRow("4 cases") << 4 << true;
        QTest::newRow("5 cases") << 5 << false;
        QTest::newRow("20 cases") << 20 << false;
    }
    void smallGroups()
    {
        QFETCH(int, cases);
        QFETCH(bool, small);
        QCOMPARE(stats::isSmallGroup(cases), small);
        QCOMPARE(stats::smallGroupText(QStringLiteral("da")), QStringLiteral("under 5 sager: for få til at vurdere"));
        QCOMPARE(stats::smallGroupText(QStringLiteral("en")), QStringLiteral("fewer than 5 cases: too few to judge"));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
