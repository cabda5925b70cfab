#include "domain/review.h"

namespace sagstjek {

QString answerKey(AnswerValue value)
{
    switch (value) {
    case AnswerValue::Met:
        return QStringLiteral("met");
    case AnswerValue::NotMet:
        return QStringLiteral("not-met");
    case AnswerValue::NotApplicable:
        return QStringLiteral("na");
    }
    return {};
}

std::optional<AnswerValue> answerFromKey(const QString &key)
{
    if (key == u"met")
        return AnswerValue::Met;
    if (key == u"not-met")
        return AnswerValue::NotMet;
    if (key == u"na")
        return AnswerValue::NotApplicable;
    return std::nullopt;
}

QString defectStatusKey(DefectStatus status)
{
    switch (status) {
    case DefectStatus::Open:
        return QStringLiteral("open");
    case DefectStatus::Remediated:
        return QStringLiteral("remediated");
    case DefectStatus::Verified:
        return QStringLiteral("verified");
    case DefectStatus::Reopened:
        return QStringLiteral("reopened");
    }
    return {};
}

std::optional<AnswerValue> verdictAnswer(const rules::Verdict &verdict)
{
    switch (verdict.kind) {
    case rules::Verdict::Met:
        return AnswerValue::Met;
    case rules::Verdict::Missed:
        return AnswerValue::NotMet;
    case rules::Verdict::NotApplicable:
        return AnswerValue::NotApplicable;
    case rules::Verdict::Pending:
    case rules::Verdict::MissingData:
        return std::nullopt;
    }
    return std::nullopt;
}

bool needsOverrideReason(std::optional<AnswerValue> answer, const rules::Verdict &verdict)
{
    const std::optional<AnswerValue> computed = verdictAnswer(verdict);
    return answer && computed && *answer != *computed;
}

bool isOverdue(const Defect &defect, QDate today)
{
    return defect.due.isValid() && defect.due < today &&
           (defect.status == DefectStatus::Open || defect.status == DefectStatus::Reopened);
}

std::optional<DefectStatus> defectStatusFromKey(const QString &key)
{
    if (key == u"open")
        return DefectStatus::Open;
    if (key == u"remediated")
        return DefectStatus::Remediated;
    if (key == u"verified")
        return DefectStatus::Verified;
    if (key == u"reopened")
        return DefectStatus::Reopened;
    return std::nullopt;
}

} // namespace sagstjek
