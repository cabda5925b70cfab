#pragma once

#include "core/result.h"
#include "domain/grant.h"

#include <QList>
#include <QString>

#include <optional>

namespace sagstjek {

// Which grant lines a report covers. Zero/empty: no limit.
struct GrantFilter {
    qint64 roundId = 0; // the round's cases (its sample: the cases to review)
    int year = 0;       // months of this year
    qint64 caseId = 0;  // one case
};

// The difference of a set of months, priced with the rate of each month's year and target group. Months where
// received and entitled differ are counted; a month whose year has no rate is counted in unpricedMonths and
// priced at nothing (never at 0 kr. silently: the report names those months, see GrantDifferences::unpriced).
struct GrantSum {
    int months = 0;      // months with a difference (repay + claim, priced or not)
    int repayMonths = 0; // received, not entitled
    int claimMonths = 0; // entitled, not received
    qint64 repayOre = 0; // >= 0: to repay
    qint64 claimOre = 0; // <= 0: the municipality may claim it
    int unpricedMonths = 0;
    qint64 differenceOre() const { return repayOre + claimOre; } // net: Σ (received − entitled) × rate
};

struct GrantCaseSum {
    qint64 caseId = 0;
    QString caseNumber;
    QString caseworker;
    GrantSum sum;
};

struct GrantYearSum {
    int year = 0;
    GrantSum sum;
};

// A month with a difference and no rate for its year and target group.
struct GrantUnpriced {
    QString targetGroup;
    QString month;
    int lines = 0; // how many cases have a difference in the month
};

struct GrantDifferences {
    QList<GrantCaseSum> cases; // by case number
    QList<GrantYearSum> years; // by year
    GrantSum total;
    QList<GrantUnpriced> unpriced; // by month, then target group
};

// Grant lines per case and month, the dated rate table, and the differences counted in the database.
class GrantRepository {
public:
    virtual ~GrantRepository();

    // Inserts or replaces the line of (case, month); returns whether anything changed, and the line as it was.
    struct Upserted {
        bool changed = false;
        std::optional<GrantLine> before;
    };
    virtual Result<Upserted> upsertLine(const GrantLine &line, const QString &user) = 0;
    // The removed line, or none when there was none.
    virtual Result<std::optional<GrantLine>> removeLine(qint64 caseId, const QString &month) = 0;
    // A case's lines by month.
    virtual Result<QList<GrantLine>> lines(qint64 caseId) = 0;

    // Every rate by target group and year.
    virtual Result<QList<GrantRate>> rates() = 0;
    // The previous rate of (group, year), if any.
    virtual Result<std::optional<GrantRate>> setRate(const GrantRate &rate, const QString &user) = 0;

    virtual Result<GrantDifferences> differences(const GrantFilter &filter) = 0;
};

} // namespace sagstjek
