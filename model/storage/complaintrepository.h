#pragma once

#include "core/result.h"
#include "domain/complaint.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sagstjek {

// One decision of Ankestyrelsen on a complaint. The case is optional: a decision from Ankestyrelsen's own list
// may name a case number the database does not hold (kept as text), or none.
struct ComplaintDecision {
    qint64 id = 0;
    qint64 caseId = 0;    // 0: no case in the database
    QString caseNumber;   // as given, or the linked case's number; empty when none was given
    QString paragraph;    // as shown: "SEL § 96"
    QString paragraphKey; // the grouping key (complaints::paragraphKey)
    QDate decided;
    ComplaintOutcome outcome = ComplaintOutcome::Upheld;
    QString note;
    QString createdBy;
    QString createdAt;
    QString caseworker; // read only: the linked case's caseworker
};

struct ComplaintFilter {
    QDate from; // inclusive; invalid: no lower limit
    QDate to;   // inclusive; invalid: no upper limit
    QString paragraphKey;
    // Non-empty: only decisions linked to a case of this caseworker (a caseworker's own cases).
    QString caseworker;
};

// The decisions of one paragraph in a period, counted by outcome.
struct ComplaintCounts {
    QString paragraph; // a display form of the group (the first in sort order)
    QString paragraphKey;
    int upheld = 0;
    int changed = 0;
    int annulled = 0;
    int remitted = 0;
    int rejected = 0;
    int referred = 0;
};

class ComplaintRepository {
public:
    virtual ~ComplaintRepository();

    virtual Result<qint64> insert(const ComplaintDecision &decision, const QString &user) = 0;
    virtual Result<ComplaintDecision> decision(qint64 id) = 0;
    virtual Status remove(qint64 id) = 0;
    // Newest decision first.
    virtual Result<QList<ComplaintDecision>> list(const ComplaintFilter &filter) = 0;
    // Per paragraph key, counted in the database, for decisions from `from` to `to` (inclusive; invalid: open).
    virtual Result<QList<ComplaintCounts>> counts(const QDate &from, const QDate &to) = 0;
    // How many decisions have this natural key: the case number (case-insensitive; empty: those without one),
    // paragraph key, date and outcome.
    virtual Result<int> countSame(const QString &caseNumber, const QString &paragraphKey, const QDate &decided,
                                  ComplaintOutcome outcome) = 0;
    // The paragraphs in the register, one display form per key, sorted.
    virtual Result<QStringList> paragraphs() = 0;
};

} // namespace sagstjek
