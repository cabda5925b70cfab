#pragma once

// What the review service's tests (tst_reviewservice*.cpp) share: the case they review.
#include "domain/casefile.h"

namespace reviewfixture {

// An integration case whose contract was signed 4 days late (the example).
inline sagstjek::CaseFile lateContractCase(const QString &caseNumber = QStringLiteral("INT-TEST-1"))
{
    sagstjek::CaseFile c;
    c.caseNumber = caseNumber;
    c.cpr = QStringLiteral("0101901234");
    c.name = QStringLiteral("Åse Ørsted");
    c.area = QStringLiteral("integration");
    c.subgroup = QStringLiteral("refugee");
    c.caseworker = QStringLiteral("Mette Sørensen");
    c.team = QStringLiteral("Team Integration");
    c.dates.insert(QStringLiteral("takeover"), QDate(2019, 2, 1));
    c.dates.insert(QStringLiteral("contract_signed"), QDate(2019, 3, 5));
    return c;
}

} // namespace reviewfixture
