#include "services/statistics.h"

#include <QLocale>

#include <boost/math/distributions/binomial.hpp>

#include <cmath>

namespace sagstjek::stats {

// The words are written here in both languages rather than through tr(): a report's language is chosen per
// report (a Danish user may make an English report for an auditor), independently of the user interface's
// translator, and the sentences are figures as much as text.

namespace {

using Binomial = boost::math::binomial_distribution<double>;

bool isDanish(const QString &language)
{
    return language == u"da";
}

QLocale localeFor(const QString &language)
{
    return isDanish(language) ? QLocale(QLocale::Danish, QLocale::Denmark)
                              : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool validCounts(int successes, int trials)
{
    return trials > 0 && successes >= 0 && successes <= trials;
}

// "1 sag" / "20 sager", "1 case" / "20 cases".
QString casesText(int n, const QString &language)
{
    const QString count = localeFor(language).toString(n);
    if (isDanish(language))
        return n == 1 ? QStringLiteral("%1 sag").arg(count) : QStringLiteral("%1 sager").arg(count);
    return n == 1 ? QStringLiteral("%1 case").arg(count) : QStringLiteral("%1 cases").arg(count);
}

} // namespace

QString designKey(Design design)
{
    switch (design) {
    case Design::Census:
        return QStringLiteral("census");
    case Design::RandomSample:
        return QStringLiteral("sample");
    case Design::NotSampled:
        break;
    }
    return QStringLiteral("not-sampled");
}

bool isSmallGroup(int cases)
{
    return cases < SmallGroupLimit;
}

double lowerBound(int successes, int trials, double confidence)
{
    Q_ASSERT(validCounts(successes, trials));
    if (!validCounts(successes, trials))
        return 0;
    // Boost's "probability" is alpha, the chance that the true value lies below the bound.
    return Binomial::find_lower_bound_on_p(trials, successes, 1.0 - confidence);
}

Interval interval(int successes, int trials, double confidence)
{
    Q_ASSERT(validCounts(successes, trials));
    if (!validCounts(successes, trials))
        return {};
    const double tail = (1.0 - confidence) / 2;
    return {Binomial::find_lower_bound_on_p(trials, successes, tail),
            Binomial::find_upper_bound_on_p(trials, successes, tail)};
}

std::optional<double> Share::percent() const
{
    if (n <= 0)
        return std::nullopt;
    return 100.0 * successes / n;
}

std::optional<double> Share::lower95() const
{
    if (design != Design::RandomSample || n <= 0)
        return std::nullopt;
    return 100.0 * lowerBound(successes, n, 0.95);
}

bool Share::reaches(int targetPercent) const
{
    return n > 0 && qint64(successes) * 100 >= qint64(targetPercent) * n;
}

Share share(int successes, int n, Design design)
{
    return {successes, n, design};
}

Share compliance(int met, int notMet, Design design)
{
    return {met, met + notMet, design};
}

double roundedPercent(double percent)
{
    return std::round(percent * 10) / 10;
}

double roundedLowerBound(double percent)
{
    // The small allowance keeps a value that is a whole tenth in decimal but just under it in binary (0.29 * 100
    // is 28.999999999999996) from dropping a tenth.
    return std::floor(percent * 10 + 1e-9) / 10;
}

double roundedUpperBound(double percent)
{
    return std::ceil(percent * 10 - 1e-9) / 10;
}

QString countText(int count, const QString &language)
{
    return localeFor(language).toString(count);
}

QString percentText(double percent, const QString &language)
{
    const double rounded = roundedPercent(percent);
    const bool whole = std::fmod(std::abs(rounded) * 10, 10) < 0.5;
    return localeFor(language).toString(rounded, 'f', whole ? 0 : 1) + QStringLiteral(" %");
}

QString smallGroupText(const QString &language)
{
    return isDanish(language) ? QStringLiteral("under %1 sager: for få til at vurdere").arg(SmallGroupLimit)
                              : QStringLiteral("fewer than %1 cases: too few to judge").arg(SmallGroupLimit);
}

QString shareText(const Share &s, const QString &language, std::optional<int> targetPercent)
{
    const bool da = isDanish(language);
    const QString k = countText(s.successes, language);
    const QString n = countText(s.n, language);
    if (s.n <= 0)
        return da ? QStringLiteral("%1 af %2: endnu intet at opgøre").arg(k, n)
                  : QStringLiteral("%1 of %2: nothing to count yet").arg(k, n);
    const QString head = (da ? QStringLiteral("%1 af %2 = %3") : QStringLiteral("%1 of %2 = %3"))
                             .arg(k, n, percentText(*s.percent(), language));
    const QString target = targetPercent ? percentText(*targetPercent, language) : QString();
    const bool reached = targetPercent && s.reaches(*targetPercent);
    const bool below = targetPercent && !reached;

    switch (s.design) {
    case Design::Census: {
        QString text = head;
        if (targetPercent)
            text += reached ? (da ? QStringLiteral(", målet på %1 er nået") : QStringLiteral(", meeting the %1 target"))
                                  .arg(target)
                            : (da ? QStringLiteral(", under målet på %1") : QStringLiteral(", below the %1 target"))
                                  .arg(target);
        return text + (da ? QStringLiteral("; alle sager i runden gennemgås, så tallet har intet usikkerhedsinterval")
                          : QStringLiteral("; every case in the round is reviewed, so the figure has no interval"));
    }
    case Design::NotSampled:
        return head + (da ? QStringLiteral("; sagerne er ikke udtrukket tilfældigt, så tallet siger ikke noget "
                                           "sikkert om andre sager")
                          : QStringLiteral("; the cases were not drawn at random, so the figure says nothing "
                                           "certain about other cases"));
    case Design::RandomSample:
        break;
    }

    const double lower = roundedLowerBound(*s.lower95());
    const QString bound = percentText(lower, language);
    const QString cases = casesText(s.n, language);
    if (below)
        return head + (da ? QStringLiteral(", under målet på %1; med %2 viser tallene, at andelen er mindst %3")
                          : QStringLiteral(", below the %1 target; with %2 the data show at least %3"))
                          .arg(target, cases, bound);
    if (!targetPercent)
        return head + (da ? QStringLiteral("; med %1 viser tallene, at andelen er mindst %2")
                          : QStringLiteral("; with %1 the data show at least %2"))
                          .arg(cases, bound);
    if (lower >= *targetPercent)
        return head + (da ? QStringLiteral("; med %1 viser tallene, at andelen er mindst %2, så målet på %3 er nået")
                          : QStringLiteral("; with %1 the data show at least %2, so the %3 target is met"))
                          .arg(cases, bound, target);
    // The share reaches the target, but n is too small for the bound to show it.
    return head + (da ? QStringLiteral("; med %1 viser tallene kun, at andelen er mindst %2 – for få sager til at "
                                       "vise målet på %3")
                      : QStringLiteral("; with %1 the data only show at least %2, too few to show the %3 target"))
                      .arg(cases, bound, target);
}

std::optional<double> Reversal::percent() const
{
    if (decided <= 0)
        return std::nullopt;
    return 100.0 * reversed / decided;
}

std::optional<Interval> Reversal::interval95() const
{
    if (decided <= 0 || reversed < 0 || reversed > decided)
        return std::nullopt;
    const Interval fraction = interval(reversed, decided, 0.95);
    return Interval{100.0 * fraction.low, 100.0 * fraction.high};
}

QString reversalText(const Reversal &r, const QString &language)
{
    const bool da = isDanish(language);
    const auto percent = r.percent();
    const auto bounds = r.interval95();
    if (!percent || !bounds)
        return da ? QStringLiteral("ingen afgørelser på realiteten") : QStringLiteral("no decisions on the merits");
    const QString k = countText(r.reversed, language);
    const QString n = countText(r.decided, language);
    const QString head = (da ? QStringLiteral("%1 omgjort (%2 af %3)") : QStringLiteral("%1 reversed (%2 of %3)"))
                             .arg(percentText(*percent, language), k, n);
    const double low = roundedLowerBound(bounds->low);
    const double high = roundedUpperBound(bounds->high);
    const QString lowText = percentText(low, language);
    const QString highText = percentText(high, language);
    const QString decisions =
        da ? (r.decided == 1 ? QStringLiteral("1 afgørelse") : QStringLiteral("%1 afgørelser").arg(n))
           : (r.decided == 1 ? QStringLiteral("1 decision") : QStringLiteral("%1 decisions").arg(n));
    if (r.tooFew())
        return head + (da ? QStringLiteral("; med kun %1 er det for få til at vurdere: tallene viser kun, at "
                                           "omgørelsesprocenten ligger mellem %2 og %3")
                          : QStringLiteral("; with only %1 that is too few to judge: the data only show that the "
                                           "reversal rate lies between %2 and %3"))
                          .arg(decisions, lowText, highText);
    const bool wide = high - low > 20.0;
    if (da)
        return head + (wide
                           ? QStringLiteral("; med %1 viser tallene kun, at omgørelsesprocenten ligger mellem %2 og %3")
                           : QStringLiteral("; med %1 viser tallene, at omgørelsesprocenten ligger mellem %2 og %3"))
                          .arg(decisions, lowText, highText);
    return head + (wide ? QStringLiteral("; with %1 the data only show that the reversal rate lies between %2 and %3")
                        : QStringLiteral("; with %1 the data show that the reversal rate lies between %2 and %3"))
                      .arg(decisions, lowText, highText);
}

} // namespace sagstjek::stats
