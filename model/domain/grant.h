#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sagstjek {

// One month of a case's grundtilskud (or the grant for unaccompanied minors instead of it): whether the
// municipality received the grant for the month and whether the person entitled it to. received && !entitled is
// money to repay at the year's accounts (berigtigelse); entitled && !received is money the municipality may
// claim. The month is 'YYYY-MM'; which months count at the start and end of a stay is the user's judgement (the
// before-the-16th rule is confirmed only for unaccompanied minors), so Sagstjek stores whole months as entered.
struct GrantLine {
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber;
    QString month;       // YYYY-MM
    QString targetGroup; // grants::Basic or grants::UnaccompaniedMinor
    bool received = false;
    bool entitled = false;
    QString reason; // "before the takeover", "after the integration period", "self-supporting", …
    QString updatedBy;
    QString updatedAt;

    // In the months of the grant: +1 received without entitlement, -1 entitled but not received, 0 otherwise.
    int sign() const { return (received ? 1 : 0) - (entitled ? 1 : 0); }
};

// The monthly rate of a target group in a year, in øre.
struct GrantRate {
    QString targetGroup;
    int year = 0;
    qint64 rateOre = 0;
    QString source;
    QString updatedBy;
    QString updatedAt;
};

namespace grants {

inline const QString Basic = QStringLiteral("grundtilskud");
inline const QString UnaccompaniedMinor = QStringLiteral("unaccompanied-minor");

bool isTargetGroup(const QString &key);
// A target group from a key or what people write ("grundtilskud", "uledsaget mindreårig", …); none when unknown.
std::optional<QString> targetGroupFromText(const QString &text);
QString targetGroupLabel(const QString &key, const QString &language);

// 'YYYY-MM' from "2017-03", "2017/03", "03-2017", "3-2017", "03/2017", or a spreadsheet's first of the month
// "2017-03-01". A full date on another day is refused (whether a part month counts is not decided here).
// Years 1999–2100. None when not a month.
std::optional<QString> parseMonth(const QString &text);
// The year of a 'YYYY-MM' month.
int yearOf(const QString &month);

// Yes or no as import files write it: ja/nej, yes/no, j/n, 1/0, sand/falsk, true/false, x or empty (x is yes,
// empty is no). None when not recognised.
std::optional<bool> parseYesNo(const QString &text);

} // namespace grants

} // namespace sagstjek
