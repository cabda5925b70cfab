#pragma once

// What the round report (reportbuilder.cpp) and the status report (statusreport.cpp) share: the words in the
// report's language, the cells of the figures and the title block. Internal to model/reports.

#include "domain/words.h"
#include "reports/reportbuilder.h"
#include "services/statistics.h"

namespace sagstjek::reports::detail {

using namespace Qt::StringLiterals;
using io::Cell;

// The words are written in both languages here, as in services/statistics.cpp: the report's language is the
// report's (--lang), not the user interface's.
struct Words {
    QString language;
    bool da() const { return language == u"da"; }
    QString operator()(const QString &danish, const QString &english) const { return da() ? danish : english; }
    QString count(int n) const { return stats::countText(n, language); }
    QString percent(double p) const { return stats::percentText(p, language); }
    QString date(const QDate &d) const { return words::date(d, language); } // the one date format per language
};

inline Cell number(double value)
{
    return Cell::fromNumber(value);
}

// A percentage as reports show it (one decimal), or an empty cell.
inline Cell percentCell(const std::optional<double> &percent)
{
    return percent ? Cell::fromNumber(stats::roundedPercent(*percent)) : Cell();
}

inline Cell lowerCell(const stats::Share &share)
{
    const auto lower = share.lower95();
    return lower ? Cell::fromNumber(stats::roundedLowerBound(*lower)) : Cell();
}

inline QString kindText(const Words &w, const std::optional<RoundKind> &kind)
{
    if (!kind)
        return w(u"uden for runder"_s, u"outside rounds"_s);
    switch (*kind) {
    case RoundKind::Walkthrough:
        return w(u"fuld gennemgang"_s, u"walkthrough"_s);
    case RoundKind::Sample:
        return w(u"stikprøve"_s, u"sample"_s);
    case RoundKind::Supervision:
        return w(u"ledelsestilsyn"_s, u"supervision"_s);
    case RoundKind::SelfCheck:
        break;
    }
    return w(u"selvtjek"_s, u"self-check"_s);
}

inline QString roundStatusText(const Words &w, RoundStatus status)
{
    return status == RoundStatus::Active ? w(u"aktiv"_s, u"active"_s) : w(u"afsluttet"_s, u"closed"_s);
}

inline QString yesNo(const Words &w, bool value)
{
    return value ? w(u"ja"_s, u"yes"_s) : w(u"nej"_s, u"no"_s);
}

inline QString progressSentence(const Words &w, const RoundReport &r)
{
    return w(u"%1 af %2 gennemgået, %3 tilbage"_s, u"%1 of %2 reviewed, %3 remaining"_s)
        .arg(w.count(r.reviewed), w.count(r.sample), w.count(r.remaining()));
}

// The title block: organisation, date, and what the report leaves out.
Report titled(Session &session, const Words &w, const QString &title, const QString &subtitle,
              const ReportOptions &options);

} // namespace sagstjek::reports::detail
