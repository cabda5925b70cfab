#pragma once

#include "domain/cuecard.h"
#include "domain/statuses.h"
#include "rules/ruleevaluator.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace sagstjek {

enum class AnswerValue { Met, NotMet, NotApplicable };
QString answerKey(AnswerValue value); // "met", "not-met", "na"
std::optional<AnswerValue> answerFromKey(const QString &key);

// The answer a conclusive verdict stands for; none while the rules are pending or miss data (the reviewer decides).
std::optional<AnswerValue> verdictAnswer(const rules::Verdict &verdict);
// An answer that differs from a conclusive computed verdict needs an override reason. An unanswered item needs
// none yet. The review service refuses completion without one; the cue card asks for it.
bool needsOverrideReason(std::optional<AnswerValue> answer, const rules::Verdict &verdict);

// One item's answer. `value` is empty while the item is unanswered (a note may already be written).
struct Answer {
    QString itemKey;
    std::optional<AnswerValue> value;
    QString note;
    QString computedVerdict; // the rule engine's verdict the reviewer confirmed or overrode
    QString computedExplanation;
    QString overrideReason; // required when the answer differs from the computed verdict
    QString answeredBy;
    QString answeredAt;
    int version = 0; // the stored row's version, one more with each write (0: not stored)

    bool operator==(const Answer &) const = default;
};

enum class DefectStatus { Open, Remediated, Verified, Reopened };
QString defectStatusKey(DefectStatus status);
std::optional<DefectStatus> defectStatusFromKey(const QString &key);

struct Defect;
// Overdue: the due date is strictly before `today` and the defect is not remediated or verified (open or
// reopened). A defect without a due date is never overdue. Mirrored by sql::overdueDefect in storage/sqlite.
bool isOverdue(const Defect &defect, QDate today);

struct Defect {
    qint64 id = 0;
    qint64 reviewId = 0;
    qint64 caseId = 0;
    QString caseNumber;
    QString itemKey;
    QString description;
    Severity severity = Severity::Major;
    QString owner;
    QDate due;
    DefectStatus status = DefectStatus::Open;
    QString createdBy;
    QString createdAt;
    int version = 0; // the stored row's version, one more with each write (0: not stored)

    bool operator==(const Defect &) const = default;
};

// Names one review of a case: its review in a review round, or (roundId 0) its review outside any round. Every
// call that reads or changes a review takes one, so nothing depends on which review was opened last.
struct ReviewRef {
    qint64 caseId = 0;
    qint64 roundId = 0; // 0: outside any round

    bool operator==(const ReviewRef &) const = default;
};

// A reviewer's walk through one case's cue card, made with one template version.
struct Review {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 templateId = 0;
    QString reviewer;
    ReviewStatus status = ReviewStatus::InProgress;
    QString startedAt;
    QString completedAt;
    QHash<QString, Answer> answers; // by item key
    QHash<QString, Defect> defects; // by item key
};

} // namespace sagstjek
