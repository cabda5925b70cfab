#pragma once

#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <functional>

namespace sagstjek {

// Which rows an export covers. Empty texts and a zero round mean "all".
struct ExportScope {
    QString area;
    QString caseworker;
    qint64 roundId = 0; // cases: those in the round's sample; answers, defects: those of the round's reviews
    QString status;     // cases: the case's review status; answers: the review's status; defects: the defect's
};

struct ExportCaseRow {
    qint64 id = 0;
    QString caseNumber;
    QString cpr;
    QString name;
    QString area;
    QString subgroup;
    QString caseworker;
    QString team;
    QString reviewStatus;
    QHash<QString, QDate> dates;
};

struct ExportAnswerRow {
    qint64 reviewId = 0;
    QString caseNumber;
    QString cpr;
    QString name;
    QString area;
    QString caseworker;
    QString roundName;
    QString reviewer;
    QString reviewStatus;
    QString completedAt;
    QString itemKey;
    QString answer; // an answer key, or empty
    QString note;
    QString computedVerdict;
    QString overrideReason;
    QString answeredBy;
    QString answeredAt;
};

struct ExportDefectRow {
    QString caseNumber;
    QString cpr;
    QString name;
    QString area;
    QString caseworker;
    QString itemKey;
    QString description;
    QString severity;
    QString owner;
    QString due;
    QString status;
    QString createdBy;
    QString createdAt;
};

// The rows of an export, streamed one at a time in a stable order, so memory stays flat at any size. A visitor
// returns false to stop early (the file could not be written).
class ExportRows {
public:
    virtual ~ExportRows();

    template <typename Row> using Visitor = std::function<bool(const Row &)>;
    // By case id.
    virtual Status cases(const ExportScope &scope, const Visitor<ExportCaseRow> &visit) = 0;
    // By case number, review, item key: one review's answers are adjacent.
    virtual Status answers(const ExportScope &scope, const Visitor<ExportAnswerRow> &visit) = 0;
    // By case number and item key.
    virtual Status defects(const ExportScope &scope, const Visitor<ExportDefectRow> &visit) = 0;
};

} // namespace sagstjek
