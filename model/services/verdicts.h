#pragma once

#include "domain/casefile.h"
#include "domain/cuecard.h"
#include "domain/review.h"
#include "rules/ruleevaluator.h"

#include <QHash>

namespace sagstjek::verdicts {

// The rule engine's verdict for every item of `card` that carries a rule, for one case, "as of" `today`.
QHash<QString, rules::Verdict> compute(const CaseFile &caseFile, const CueCard &card, const QDate &today,
                                       const QString &language);

// The verdict for one item of `card` (none when it carries no rule): what answering that item records.
std::optional<rules::Verdict> computeItem(const CaseFile &caseFile, const CueCard &card, const CueCardItem &item,
                                          const QDate &today, const QString &language);

// The answer a conclusive verdict suggests: met → met, missed → not met, not applicable → not applicable.
// Pending and missing data suggest nothing: the reviewer decides.
std::optional<AnswerValue> suggestedAnswer(const rules::Verdict &verdict);

} // namespace sagstjek::verdicts
