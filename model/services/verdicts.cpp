#include "services/verdicts.h"

namespace sagstjek::verdicts {

namespace {

struct Evaluation {
    rules::CaseFacts facts;
    rules::EvaluationContext context;
};

Evaluation evaluationOf(const CaseFile &caseFile, const CueCard &card, const QDate &today, const QString &language)
{
    Evaluation e;
    e.facts.area = caseFile.area;
    e.facts.subgroup = caseFile.subgroup;
    e.facts.dates = caseFile.dates;
    for (const CaseEvent &event : caseFile.events)
        e.facts.events << rules::EventFact{event.kind, event.date, event.form, event.reason, event.noteWritten};

    e.context.referenceDate = card.referenceDate;
    e.context.today = today;
    e.context.language = language;
    for (const NamedField &field : card.dateFields)
        e.context.dateLabels.insert(field.key, field.label.in(language));
    for (const NamedField &field : card.eventKinds)
        e.context.eventLabels.insert(field.key, field.label.in(language));
    for (const NamedField &field : card.subgroups)
        e.context.subgroupLabels.insert(field.key, field.label.in(language));
    return e;
}

} // namespace

QHash<QString, rules::Verdict> compute(const CaseFile &caseFile, const CueCard &card, const QDate &today,
                                       const QString &language)
{
    const Evaluation e = evaluationOf(caseFile, card, today, language);
    QHash<QString, rules::Verdict> verdicts;
    for (const CueCardItem *item : card.items())
        if (item->hasRule())
            verdicts.insert(item->key, rules::evaluate(e.facts, item->applies, item->rules, e.context));
    return verdicts;
}

std::optional<rules::Verdict> computeItem(const CaseFile &caseFile, const CueCard &card, const CueCardItem &item,
                                          const QDate &today, const QString &language)
{
    if (!item.hasRule())
        return std::nullopt;
    const Evaluation e = evaluationOf(caseFile, card, today, language);
    return rules::evaluate(e.facts, item.applies, item.rules, e.context);
}

std::optional<AnswerValue> suggestedAnswer(const rules::Verdict &verdict)
{
    return verdictAnswer(verdict);
}

} // namespace sagstjek::verdicts
