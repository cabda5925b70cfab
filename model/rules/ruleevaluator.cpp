#include "ruleevaluator.h"

#include "danishcalendar.h"
#include "period.h"
#include "rulecheck.h"
#include "ruletext.h"

#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagstjek::rules {

namespace {

using detail::Check;
using detail::ParsedVersion;
using text::Lang;
using text::Msg;

constexpr QStringView kInPerson = u"in-person";

QString num(qint64 n)
{
    return QString::number(n);
}

class Evaluation {
public:
    Evaluation(const CaseFacts &facts, const EvaluationContext &context)
        : m_facts(facts)
        , m_context(context)
        , m_lang(text::langFromCode(context.language))
    {
    }

    Verdict run(const QJsonObject &applies, const QJsonArray &rules) const;

private:
    enum class DateState { Recorded, Missing, Unknown };
    struct DateLookup {
        DateState state = DateState::Missing;
        QDate date;
    };

    template <typename... Args> QString say(Msg msg, const Args &...args) const
    {
        if constexpr (sizeof...(Args) == 0)
            return text::pattern(m_lang, msg);
        else
            return text::pattern(m_lang, msg).arg(args...);
    }

    QStringView langCode() const { return m_lang == Lang::Da ? u"da" : u"en"; }
    DateLookup lookupDate(const QString &key) const;
    QString dateLabel(const QString &key) const { return text::label(m_context.dateLabels, key); }
    QString eventLabel(const QString &key) const { return text::label(m_context.eventLabels, key); }
    // MissingData for a start date that is not there (or not a date field at all).
    Verdict unavailable(const QString &key, DateState state) const;
    Verdict verdict(Verdict::Kind kind, QString explanation) const;
    // "1 måned efter overtagelse 01-02-2019" (+ ", rykket til næste arbejdsdag" when the roll moved it).
    QString basis(const Period &period, const QString &startKey, QDate start, bool moved) const;
    QList<const EventFact *> eventsOf(const QString &kind) const;

    Verdict subgroupVerdict(const QJsonObject &applies, bool &decided) const;
    Verdict evaluateCheck(const Check &check) const;
    Verdict deadline(const Check &check) const;
    Verdict dateRecorded(const Check &check) const;
    Verdict eventCount(const Check &check) const;
    Verdict eventNoteLag(const Check &check) const;
    Verdict eventFormReason(const Check &check) const;

    const CaseFacts &m_facts;
    const EvaluationContext &m_context;
    Lang m_lang;
};

Evaluation::DateLookup Evaluation::lookupDate(const QString &key) const
{
    const auto it = m_facts.dates.constFind(key);
    if (it != m_facts.dates.constEnd() && it->isValid())
        return {DateState::Recorded, *it};
    if (it == m_facts.dates.constEnd() && !m_context.dateLabels.isEmpty() && !m_context.dateLabels.contains(key))
        return {DateState::Unknown, {}};
    return {DateState::Missing, {}};
}

Verdict Evaluation::verdict(Verdict::Kind kind, QString explanation) const
{
    Verdict result;
    result.kind = kind;
    result.explanation = std::move(explanation);
    return result;
}

Verdict Evaluation::unavailable(const QString &key, DateState state) const
{
    if (key.isEmpty())
        return verdict(Verdict::MissingData, say(Msg::NoReferenceDate));
    if (state == DateState::Unknown)
        return verdict(Verdict::MissingData, say(Msg::UnknownDateField, key));
    return verdict(Verdict::MissingData, say(Msg::CannotCompute, text::midSentence(dateLabel(key))));
}

QString Evaluation::basis(const Period &period, const QString &startKey, QDate start, bool moved) const
{
    const QString label = text::midSentence(dateLabel(startKey));
    QString result;
    if (period.count() == 0)
        result = say(Msg::BasisSameDay, label, text::date(start));
    else if (period.unit() == Period::Unit::EndOfWeek)
        result = say(Msg::BasisCountedFrom, period.describe(langCode()), label, text::date(start));
    else
        result = say(Msg::BasisAfter, period.describe(langCode()), label, text::date(start));
    return moved ? say(Msg::MovedToWorkingDay, result) : result;
}

QList<const EventFact *> Evaluation::eventsOf(const QString &kind) const
{
    QList<const EventFact *> result;
    for (const EventFact &event : m_facts.events) {
        if (event.kind == kind)
            result.append(&event);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const EventFact *a, const EventFact *b) { return a->date < b->date; });
    return result;
}

Verdict Evaluation::subgroupVerdict(const QJsonObject &applies, bool &decided) const
{
    decided = false;
    const QJsonValue subgroups = applies.value(u"subgroups");
    if (subgroups.isUndefined() || subgroups.isNull())
        return {};
    decided = true;
    if (!subgroups.isArray())
        return verdict(Verdict::MissingData, say(Msg::RuleInvalid, say(Msg::SubgroupsNotList)));
    QStringList keys;
    for (const QJsonValue &value : subgroups.toArray()) {
        if (!value.isString())
            return verdict(Verdict::MissingData, say(Msg::RuleInvalid, say(Msg::SubgroupsNotList)));
        keys.append(value.toString());
    }
    if (keys.isEmpty()) {
        decided = false; // an empty list restricts nothing
        return {};
    }
    if (m_facts.subgroup.isEmpty()) {
        QStringList labels;
        for (const QString &key : std::as_const(keys))
            labels.append(text::midSentence(text::label(m_context.subgroupLabels, key)));
        return verdict(Verdict::MissingData, say(Msg::SubgroupMissing, labels.join(u", ")));
    }
    if (keys.contains(m_facts.subgroup)) {
        decided = false;
        return {};
    }
    return verdict(
        Verdict::NotApplicable,
        say(Msg::SubgroupExcluded, text::midSentence(text::label(m_context.subgroupLabels, m_facts.subgroup))));
}

Verdict Evaluation::run(const QJsonObject &applies, const QJsonArray &rules) const
{
    bool decided = false;
    if (Verdict excluded = subgroupVerdict(applies, decided); decided)
        return excluded;
    if (rules.isEmpty())
        return verdict(Verdict::NotApplicable, say(Msg::NoRules));

    QStringList problems; // of versions that could not even be placed in time
    QString missingKey;   // the selecting date of a version that could not be placed
    DateState missingState = DateState::Missing;
    bool anyMissing = false;
    QString notInForceKey;
    QDate notInForceDate;

    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonValue value = rules.at(i);
        if (!value.isObject()) {
            problems.append(say(Msg::ProblemInRule, num(i + 1), say(Msg::VersionNotAnObject)));
            continue;
        }
        const ParsedVersion version = detail::parseVersion(value.toObject(), m_lang);
        if (!version.boundsOk) {
            const QString name = version.version.isEmpty() ? num(i + 1) : version.version;
            problems.append(say(version.version.isEmpty() ? Msg::ProblemInRule : Msg::ProblemInVersion, name,
                                version.problems.join(u"; ")));
            continue;
        }
        QString key = version.startKey();
        if (key.isEmpty())
            key = m_context.referenceDate;
        bool inForce = version.openEnded();
        if (!inForce) {
            const DateLookup selecting = key.isEmpty() ? DateLookup{} : lookupDate(key);
            if (selecting.state != DateState::Recorded) {
                if (!anyMissing) {
                    anyMissing = true;
                    missingKey = key;
                    missingState = selecting.state;
                }
                continue;
            }
            inForce = version.inForceOn(selecting.date);
            if (!inForce && !notInForceDate.isValid()) {
                notInForceKey = key;
                notInForceDate = selecting.date;
            }
        }
        if (!inForce)
            continue;
        Verdict result = version.problems.isEmpty()
                             ? evaluateCheck(version.check)
                             : verdict(Verdict::MissingData, say(Msg::RuleInvalid, version.problems.join(u"; ")));
        result.ruleVersion = version.version;
        return result;
    }
    if (!problems.isEmpty())
        return verdict(Verdict::MissingData, say(Msg::RuleInvalid, problems.join(u"; ")));
    if (anyMissing)
        return unavailable(missingKey, missingState);
    return verdict(Verdict::NotApplicable,
                   say(Msg::NoVersionInForce, text::midSentence(dateLabel(notInForceKey)), text::date(notInForceDate)));
}

Verdict Evaluation::evaluateCheck(const Check &check) const
{
    switch (check.type) {
    case Check::Type::Deadline:
        return deadline(check);
    case Check::Type::DateRecorded:
        return dateRecorded(check);
    case Check::Type::EventCount:
        return eventCount(check);
    case Check::Type::EventNoteLag:
        return eventNoteLag(check);
    case Check::Type::EventFormReason:
        return eventFormReason(check);
    }
    return verdict(Verdict::MissingData, {});
}

Verdict Evaluation::deadline(const Check &check) const
{
    const DateLookup start = lookupDate(check.start);
    if (start.state != DateState::Recorded)
        return unavailable(check.start, start.state);

    const QDate unrolled = check.period.addTo(start.date);
    const QDate due = rules::deadline(start.date, check.period, check.roll);
    const QString dueClause =
        say(Msg::DueClause, text::date(due), basis(check.period, check.start, start.date, due != unrolled));

    QDate actual;
    QString actualLabel;
    QString notRecorded;
    if (!check.actual.isEmpty()) {
        const DateLookup found = lookupDate(check.actual);
        if (found.state == DateState::Unknown)
            return unavailable(check.actual, found.state);
        actual = found.date;
        actualLabel = text::sentenceStart(dateLabel(check.actual));
        notRecorded = say(Msg::DateNotRecorded, actualLabel);
    } else {
        for (const EventFact *event : eventsOf(check.actualEvent)) {
            if (event->date.isValid() && event->date >= start.date) {
                actual = event->date;
                break;
            }
        }
        actualLabel = text::sentenceStart(eventLabel(check.actualEvent));
        notRecorded = say(Msg::EventNoneSince, actualLabel, text::date(start.date));
    }

    Verdict result;
    result.due = due;
    result.actual = actual;
    if (actual.isValid()) {
        if (actual <= due) {
            result.kind = Verdict::Met;
            result.explanation = say(Msg::DeadlineMet, actualLabel, text::date(actual), dueClause);
        } else {
            result.kind = Verdict::Missed;
            result.daysLate = static_cast<int>(due.daysTo(actual));
            result.explanation = say(Msg::DeadlineMissed, actualLabel, text::date(actual), dueClause,
                                     text::days(m_lang, result.daysLate));
        }
    } else if (m_context.today.isValid() && m_context.today <= due) {
        result.kind = Verdict::Pending;
        result.explanation = say(Msg::DeadlinePending, notRecorded, dueClause);
    } else {
        result.kind = Verdict::MissingData;
        result.explanation = say(Msg::DeadlinePassedNotRecorded, notRecorded, dueClause);
    }
    return result;
}

Verdict Evaluation::dateRecorded(const Check &check) const
{
    const DateLookup found = lookupDate(check.field);
    if (found.state == DateState::Unknown)
        return unavailable(check.field, found.state);
    const QString label = text::sentenceStart(dateLabel(check.field));
    if (found.state == DateState::Missing)
        return verdict(Verdict::Missed, say(Msg::DateNotRecorded, label));
    Verdict result = verdict(Verdict::Met, say(Msg::DateRecorded, label, text::date(found.date)));
    result.actual = found.date;
    return result;
}

Verdict Evaluation::eventCount(const Check &check) const
{
    const DateLookup start = lookupDate(check.start);
    if (start.state != DateState::Recorded)
        return unavailable(check.start, start.state);
    const QDate end = check.period.addTo(start.date);

    QList<QDate> inWindow;
    QList<QDate> later;
    for (const EventFact *event : eventsOf(check.event)) {
        if (!event->date.isValid() || event->date < start.date)
            continue;
        (event->date <= end ? inWindow : later).append(event->date);
    }
    const qsizetype count = inWindow.size();
    const QString summary =
        say(Msg::CountSummary, text::sentenceStart(eventLabel(check.event)), num(count), num(check.min),
            text::date(start.date), text::date(end), basis(check.period, check.start, start.date, false));

    Verdict result;
    result.due = end;
    if (count >= check.min) {
        result.kind = Verdict::Met;
        if (check.min > 0)
            result.actual = inWindow.at(check.min - 1);
        result.explanation = say(Msg::CountMet, summary);
        return result;
    }
    const qsizetype shortBy = check.min - count;
    if (m_context.today.isValid() && m_context.today <= end) {
        result.kind = Verdict::Pending;
        result.explanation = say(Msg::CountPending, summary, num(shortBy));
        return result;
    }
    result.kind = Verdict::Missed;
    if (later.size() >= shortBy) {
        // The requirement was reached late: say how late.
        result.actual = later.at(shortBy - 1);
        result.daysLate = static_cast<int>(end.daysTo(result.actual));
    }
    result.explanation = say(Msg::CountMissed, summary, num(shortBy));
    return result;
}

Verdict Evaluation::eventNoteLag(const Check &check) const
{
    const QList<const EventFact *> events = eventsOf(check.event);
    const QString label = text::sentenceStart(eventLabel(check.event));
    if (events.isEmpty())
        return verdict(Verdict::NotApplicable, say(Msg::NoneRecorded, label));

    qsizetype missing = 0;
    qsizetype late = 0;
    qint64 longestLag = -1;
    qint64 worstExcess = 0;
    const EventFact *worst = nullptr;
    QDate worstLimit;
    for (const EventFact *event : events) {
        if (!event->date.isValid() || !event->noteWritten.isValid()) {
            ++missing;
            continue;
        }
        const QDate limit = check.period.addTo(event->date);
        longestLag = std::max(longestLag, event->date.daysTo(event->noteWritten));
        const qint64 excess = limit.daysTo(event->noteWritten);
        if (excess > 0) {
            ++late;
            if (excess > worstExcess) {
                worstExcess = excess;
                worst = event;
                worstLimit = limit;
            }
        }
    }
    const qsizetype total = events.size();
    const QString missingText =
        missing == 0 ? QString()
                     : say(missing == 1 ? Msg::NotesMissingOne : Msg::NotesMissingMany, num(missing), num(total));

    if (worst) {
        Verdict result;
        result.kind = Verdict::Missed;
        result.due = worstLimit;
        result.actual = worst->noteWritten;
        result.daysLate = static_cast<int>(worstExcess);
        result.explanation =
            say(Msg::NotesLate, label, num(late), num(total), check.period.describe(langCode()),
                text::date(worst->date), text::date(worst->noteWritten), text::days(m_lang, worstExcess));
        if (!missingText.isEmpty())
            result.explanation += u"; "_s + missingText;
        return result;
    }
    if (missing > 0)
        return verdict(Verdict::MissingData, label + u": "_s + missingText);
    const QString lag = text::days(m_lang, longestLag);
    if (total == 1)
        return verdict(Verdict::Met, say(Msg::NotesMetOne, label, check.period.describe(langCode()), lag));
    return verdict(Verdict::Met, say(Msg::NotesMet, label, num(total), check.period.describe(langCode()), lag));
}

Verdict Evaluation::eventFormReason(const Check &check) const
{
    const QList<const EventFact *> events = eventsOf(check.event);
    const QString label = text::sentenceStart(eventLabel(check.event));
    if (events.isEmpty())
        return verdict(Verdict::NotApplicable, say(Msg::NoneRecorded, label));

    qsizetype notInPerson = 0;
    qsizetype lacking = 0;
    qsizetype formMissing = 0;
    for (const EventFact *event : events) {
        const QString form = event->form.trimmed();
        if (form.isEmpty()) {
            ++formMissing;
        } else if (form != kInPerson) {
            ++notInPerson;
            if (event->reason.trimmed().isEmpty())
                ++lacking;
        }
    }
    const qsizetype total = events.size();
    const QString formText = formMissing == 0 ? QString()
                                              : say(formMissing == 1 ? Msg::FormMissingOne : Msg::FormMissingMany,
                                                    num(formMissing), num(total));
    if (lacking > 0) {
        QString explanation =
            say(lacking == 1 ? Msg::ReasonsMissingOne : Msg::ReasonsMissingMany, label, num(lacking), num(notInPerson));
        if (!formText.isEmpty())
            explanation += u"; "_s + formText;
        return verdict(Verdict::Missed, explanation);
    }
    if (formMissing > 0)
        return verdict(Verdict::MissingData, label + u": "_s + formText);
    if (notInPerson == 0)
        return verdict(Verdict::Met, say(Msg::ReasonsAllInPerson, label, num(total)));
    return verdict(Verdict::Met, say(Msg::ReasonsMet, label, num(notInPerson)));
}

QStringList referenceProblems(const ParsedVersion &version, const TemplateVocabulary &vocabulary, Lang lang)
{
    QStringList problems;
    const auto date = [&](QStringView field, const QString &key) {
        if (!key.isEmpty() && !vocabulary.dateFields.contains(key))
            problems.append(text::pattern(lang, Msg::UnknownDateRef).arg(field.toString(), key));
    };
    const auto event = [&](QStringView field, const QString &key) {
        if (!key.isEmpty() && !vocabulary.eventKinds.contains(key))
            problems.append(text::pattern(lang, Msg::UnknownEventRef).arg(field.toString(), key));
    };
    const Check &check = version.check;
    date(u"start", check.start);
    date(u"actual", check.actual);
    date(u"field", check.field);
    event(u"actual_event", check.actualEvent);
    event(u"event", check.event);
    return problems;
}

} // namespace

QString verdictKey(Verdict::Kind kind)
{
    switch (kind) {
    case Verdict::Met:
        return u"met"_s;
    case Verdict::Missed:
        return u"missed"_s;
    case Verdict::Pending:
        return u"pending"_s;
    case Verdict::MissingData:
        return u"missing-data"_s;
    case Verdict::NotApplicable:
        return u"not-applicable"_s;
    }
    return {};
}

Verdict evaluate(const CaseFacts &facts, const QJsonObject &applies, const QJsonArray &rules,
                 const EvaluationContext &context)
{
    return Evaluation(facts, context).run(applies, rules);
}

QStringList validateRule(const QJsonObject &ruleVersion, QStringView language)
{
    return detail::parseVersion(ruleVersion, text::langFromCode(language)).problems;
}

QStringList validateRule(const QJsonObject &ruleVersion, const TemplateVocabulary &vocabulary, QStringView language)
{
    const Lang lang = text::langFromCode(language);
    const ParsedVersion parsed = detail::parseVersion(ruleVersion, lang);
    return parsed.problems + referenceProblems(parsed, vocabulary, lang);
}

QStringList validateRules(const QJsonArray &ruleVersions, const TemplateVocabulary &vocabulary, QStringView language)
{
    const Lang lang = text::langFromCode(language);
    QStringList problems;
    QList<ParsedVersion> placed;
    QStringList names;
    for (qsizetype i = 0; i < ruleVersions.size(); ++i) {
        const QJsonValue value = ruleVersions.at(i);
        if (!value.isObject()) {
            problems.append(
                text::pattern(lang, Msg::ProblemInRule).arg(num(i + 1), text::pattern(lang, Msg::VersionNotAnObject)));
            continue;
        }
        const ParsedVersion parsed = detail::parseVersion(value.toObject(), lang);
        const QString name = parsed.version.isEmpty() ? num(i + 1) : parsed.version;
        const Msg prefix = parsed.version.isEmpty() ? Msg::ProblemInRule : Msg::ProblemInVersion;
        for (const QString &problem : parsed.problems + referenceProblems(parsed, vocabulary, lang))
            problems.append(text::pattern(lang, prefix).arg(name, problem));
        if (!parsed.boundsOk)
            continue;
        for (qsizetype j = 0; j < placed.size(); ++j) {
            const ParsedVersion &other = placed.at(j);
            // Two closed-or-open intervals overlap when each starts before the other ends.
            const bool startsBeforeOtherEnds =
                !parsed.validFrom.isValid() || !other.validTo.isValid() || parsed.validFrom <= other.validTo;
            const bool otherStartsBeforeThisEnds =
                !other.validFrom.isValid() || !parsed.validTo.isValid() || other.validFrom <= parsed.validTo;
            if (startsBeforeOtherEnds && otherStartsBeforeThisEnds) {
                const QDate from = std::max(parsed.validFrom, other.validFrom);
                problems.append(text::pattern(lang, Msg::VersionsOverlap)
                                    .arg(names.at(j), name, from.isValid() ? from.toString(Qt::ISODate) : u"…"_s));
            }
        }
        placed.append(parsed);
        names.append(name);
    }
    return problems;
}

} // namespace sagstjek::rules
