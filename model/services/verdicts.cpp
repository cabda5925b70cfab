#include "services/verdicts.h"

namespace sagstjek::verdicts {

QHash<QString, rules::Verdict> compute(const CaseFile &caseFile, const CueCard &card, const QDate &today,
                                       const QString &language)
{
    rules::CaseFacts facts;
    facts.area = caseFile.area;
    facts.subgroup = caseFile.subgroup;
    facts.dates = caseFile.dates;
    for (const CaseEvent &event : caseFile.events)
        facts.events << rules::EventFact{event.kind, event.date, event.form, event.reason, event.noteWritten};

    rules::EvaluationContext context;
    context.referenceDate = card.referenceDate;
    context.today = today;
    context.language = language;
    for (const NamedField &field : card.dateFields)
        context.dateLabels.insert(field.key, field.label.in(language));
    for (const NamedField &field : card.eventKinds)
        context.eventLabels.insert(field.key, field.label.in(language));
    for (const NamedField &field : card.subgroups)
        context.subgroupLabels.insert(field.key, field.label.in(language));

    QHash<QString, rules::Verdict> verdicts;
    for (const CueCardItem *item : card.items())
        if (item->hasRule())
            verdicts.insert(item->key, rules::evaluate(facts, item->applies, item->rules, context));
    return verdicts;
}

std::optional<AnswerValue> suggestedAnswer(const rules::Verdict &verdict)
{
    return verdictAnswer(verdict);
}

} // namespace sagstjek::verdicts
