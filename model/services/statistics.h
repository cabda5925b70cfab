#pragma once

#include <QString>

#include <optional>

namespace sagstjek::stats {

// Pure figures for reports (issue 10): shares, exact binomial bounds and the words that say what they show. No
// database, no session: the report service feeds them counts.

// How the cases behind a share were chosen; it decides whether the share has a bound.
enum class Design {
    Census,       // every case in scope is reviewed (a walkthrough, a self-check): the share is exact, no interval
    RandomSample, // drawn at random from a population (a sample or supervision round): exact binomial bounds
    NotSampled,   // chosen by hand (reviews outside rounds): no bound would be honest, so there is none
};
QString designKey(Design design); // "census", "sample", "not-sampled"

// Groups under this many cases are flagged as too few to judge (and, in council reports, not shown per person).
constexpr int SmallGroupLimit = 5;
bool isSmallGroup(int cases);

// The exact one-sided Clopper–Pearson lower bound on the success probability, as a fraction from 0 to 1: the
// true share is at least this with `confidence` (0.95: alpha 0.05 in one tail). Needs 0 <= successes <= trials
// and trials > 0. Computed with Boost.Math (binomial_distribution::find_lower_bound_on_p), not a hand-written
// beta inverse. 0 successes give 0; all successes give alpha^(1/n), below 1.
double lowerBound(int successes, int trials, double confidence = 0.95);

// The exact two-sided Clopper–Pearson interval, fractions from 0 to 1, with (1 - confidence) / 2 in each tail
// (for reversal rates: "10 of 14" gives 0.419 to 0.916).
struct Interval {
    double low = 0;
    double high = 1;
};
Interval interval(int successes, int trials, double confidence = 0.95);

// A share of cases or answers with what can honestly be said about it: n beside it, and the exact one-sided 95 %
// lower bound only for a random sample.
struct Share {
    int successes = 0;
    int n = 0;
    Design design = Design::Census;

    // 100 * successes / n; none when n is 0.
    std::optional<double> percent() const;
    // The one-sided 95 % lower bound in percent; none for a census, a selection not drawn at random, or n 0.
    std::optional<double> lower95() const;
    bool small() const { return isSmallGroup(n); }
    // successes / n reaches `targetPercent`, counted exactly (no rounding).
    bool reaches(int targetPercent) const;
};

Share share(int successes, int n, Design design);
// Compliance with a check item: met / (met + not met). "Not applicable" is never in the denominator, so it is not
// even a parameter.
Share compliance(int met, int notMet, Design design);

// Percentages as reports show them, one decimal: a share rounded half away from zero; a lower bound rounded
// down, so that the printed figure is still a lower bound (86.09 is shown as 86.0, not 86.1).
double roundedPercent(double percent);
double roundedLowerBound(double percent);
// An upper bound rounded up to one decimal, so that the printed figure is still an upper bound (91.61 → 91.7).
double roundedUpperBound(double percent);

// A number and a percentage in the report's language ("da" or "en"): "1.234" / "1,234"; "74,2 %" / "74.2 %",
// and "90 %" without a trailing zero decimal.
QString countText(int count, const QString &language);
QString percentText(double percent, const QString &language);

// The share in words, in the report's language, with the target when there is one. For a sample it says when n
// is too small to show the target: "18 af 20 = 90 %; med 20 sager viser tallene kun, at andelen er mindst
// 71,7 % – for få sager til at vise målet på 90 %" / "18 of 20 = 90 %; with 20 cases the data only show at least
// 71.7 %, too few to show the 90 % target". A census says it has no interval.
QString shareText(const Share &share, const QString &language, std::optional<int> targetPercent = {});
// The flag for a group under SmallGroupLimit cases: "under 5 sager: for få til at vurdere" / "fewer than 5 cases:
// too few to judge".
QString smallGroupText(const QString &language);

// The reversal rate (omgørelsesprocent) of Ankestyrelsen's decisions: reversed (changed, annulled, remitted) of
// those decided on the merits (those and upheld; rejected and referred are not in it), with the exact two-sided
// 95 % interval. Decisions are never a sample of anything, but the council asks what a handful of them can show,
// and the interval answers that.
struct Reversal {
    int reversed = 0;
    int decided = 0; // on the merits

    // 100 * reversed / decided; none when nothing is decided.
    std::optional<double> percent() const;
    // The exact two-sided 95 % Clopper–Pearson interval in percent; none when nothing is decided.
    std::optional<Interval> interval95() const;
    // Fewer than SmallGroupLimit decisions on the merits: too few to judge.
    bool tooFew() const { return isSmallGroup(decided); }
};

// The reversal rate in words, in the report's language: "71 % omgjort (10 af 14); med 14 afgørelser viser
// tallene kun, at omgørelsesprocenten ligger mellem 41,8 % og 91,7 %" / "71 % reversed (10 of 14); with 14
// decisions the data only show that the reversal rate lies between 41.8 % and 91.7 %". "Only" when the interval
// is wider than 20 percentage points; under SmallGroupLimit decisions it says that they are too few to judge. The
// bounds are rounded outwards (down and up), so the printed interval still holds.
QString reversalText(const Reversal &reversal, const QString &language);

} // namespace sagstjek::stats
