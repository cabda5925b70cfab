#include "ruletext.h"

using namespace Qt::StringLiterals;

namespace sagstjek::rules::text {

namespace {

struct Entry {
    Msg msg;
    const char16_t *da;
    const char16_t *en;
};

// clang-format off
constexpr Entry kTable[] = {
    {Msg::CannotCompute, u"Kan ikke beregnes: %1 mangler", u"Cannot be computed: %1 missing"},
    {Msg::UnknownDateField, u"Kan ikke beregnes: reglen henviser til datoen »%1«, som skabelonen ikke har",
                            u"Cannot be computed: the rule refers to the date \"%1\", which the template does not have"},
    {Msg::NoReferenceDate, u"Kan ikke beregnes: skabelonen har ingen referencedato",
                           u"Cannot be computed: the template has no reference date"},
    {Msg::RuleInvalid, u"Reglen kan ikke evalueres: %1", u"The rule cannot be evaluated: %1"},
    {Msg::NoRules, u"Punktet har ingen beregnelig regel", u"The item has no computable rule"},
    {Msg::NoVersionInForce, u"Ingen regelversion i kraft %2 (%1)", u"No rule version in force on %2 (%1)"},
    {Msg::SubgroupExcluded, u"Gælder ikke for undergruppen %1", u"Does not apply to the subgroup %1"},
    {Msg::SubgroupMissing, u"Kan ikke beregnes: undergruppe mangler (punktet gælder kun for %1)",
                           u"Cannot be computed: subgroup missing (the item applies only to %1)"},

    {Msg::DueClause, u"frist %1 (%2)", u"due %1 (%2)"},
    {Msg::BasisAfter, u"%1 efter %2 %3", u"%1 after %2 %3"},
    {Msg::BasisCountedFrom, u"%1 regnet fra %2 %3", u"%1 counted from %2 %3"},
    {Msg::BasisSameDay, u"samme dag som %1 %2", u"same day as %1 %2"},
    {Msg::MovedToWorkingDay, u"%1, rykket til næste arbejdsdag", u"%1, moved to the next working day"},
    {Msg::DeadlineMet, u"%1 %2; %3: rettidigt", u"%1 %2; %3: on time"},
    {Msg::DeadlineMissed, u"%1 %2; %3: %4 for sent", u"%1 %2; %3: %4 late"},
    {Msg::DeadlinePending, u"%1; %2: fristen er ikke udløbet", u"%1; %2: not yet due"},
    {Msg::DeadlinePassedNotRecorded, u"%1; %2: fristen er udløbet, og datoen er ikke registreret",
                                     u"%1; %2: the deadline has passed and the date is not recorded"},
    {Msg::DateNotRecorded, u"%1 er ikke registreret", u"%1 not recorded"},
    {Msg::EventNoneSince, u"%1: ingen registreret fra %2", u"%1: none recorded on or after %2"},

    {Msg::DateRecorded, u"%1 registreret %2", u"%1 recorded %2"},

    {Msg::CountSummary, u"%1: %2 af mindst %3 i perioden %4–%5 (%6)",
                        u"%1: %2 of at least %3 between %4 and %5 (%6)"},
    {Msg::CountMet, u"%1: kravet er opfyldt", u"%1: requirement met"},
    {Msg::CountMissed, u"%1: %2 mangler", u"%1: %2 missing"},
    {Msg::CountPending, u"%1: %2 mangler, og perioden er ikke slut", u"%1: %2 missing, and the period has not ended"},

    {Msg::NoneRecorded, u"%1: ingen registreret; intet at kontrollere", u"%1: none recorded; nothing to check"},
    {Msg::NotesMet, u"%1: alle %2 notater er skrevet inden for %3 (længst %4)",
                    u"%1: all %2 notes were written within %3 (longest %4)"},
    {Msg::NotesMetOne, u"%1: notatet er skrevet inden for %2 (efter %3)",
                       u"%1: the note was written within %2 (after %3)"},
    {Msg::NotesLate, u"%1: %2 af %3 notater skrevet senere end %4; værst %5 (notat %6): %7 for sent",
                     u"%1: %2 of %3 notes written later than %4; worst %5 (note %6): %7 late"},
    {Msg::NotesMissingOne, u"%1 af %2 mangler dato for notat", u"%1 of %2 has no note date"},
    {Msg::NotesMissingMany, u"%1 af %2 mangler dato for notat", u"%1 of %2 have no note date"},
    {Msg::ReasonsAllInPerson, u"%1: alle %2 holdt ved personligt fremmøde", u"%1: all %2 held in person"},
    {Msg::ReasonsMet, u"%1: alle %2 uden personligt fremmøde har en begrundelse",
                      u"%1: all %2 not held in person have a reason"},
    {Msg::ReasonsMissingOne, u"%1: %2 af %3 uden personligt fremmøde mangler begrundelse",
                             u"%1: %2 of %3 not held in person lacks a reason"},
    {Msg::ReasonsMissingMany, u"%1: %2 af %3 uden personligt fremmøde mangler begrundelse",
                              u"%1: %2 of %3 not held in person lack a reason"},
    {Msg::FormMissingOne, u"%1 af %2 mangler form (fremmøde, telefon, digital, brev)",
                          u"%1 of %2 has no recorded form (in person, phone, digital, letter)"},
    {Msg::FormMissingMany, u"%1 af %2 mangler form (fremmøde, telefon, digital, brev)",
                           u"%1 of %2 have no recorded form (in person, phone, digital, letter)"},

    {Msg::NotAnObject, u"»%1« skal være et JSON-objekt", u"\"%1\" must be a JSON object"},
    {Msg::VersionNotAnObject, u"regelversionen er ikke et JSON-objekt", u"the rule version is not a JSON object"},
    {Msg::FieldMissing, u"»%1« mangler", u"\"%1\" is missing"},
    {Msg::FieldNotString, u"»%1« skal være en tekst", u"\"%1\" must be a string"},
    {Msg::FieldNotDate, u"»%1« skal være en dato ÅÅÅÅ-MM-DD eller null, ikke %2",
                        u"\"%1\" must be a date YYYY-MM-DD or null, not %2"},
    {Msg::BoundsReversed, u"»valid_from« %1 ligger efter »valid_to« %2", u"\"valid_from\" %1 is after \"valid_to\" %2"},
    {Msg::UnknownCheckType, u"ukendt kontroltype »%1« (kendte: %2)", u"unknown check type \"%1\" (known: %2)"},
    {Msg::BadPeriod, u"»%1« er ikke en gyldig periode: »%2« (fx P14D, P8W, P1M, 10WD, EOW8)",
                     u"\"%1\" is not a valid period: \"%2\" (e.g. P14D, P8W, P1M, 10WD, EOW8)"},
    {Msg::BadRoll, u"»roll« skal være »none« eller »next-working-day«, ikke »%1«",
                   u"\"roll\" must be \"none\" or \"next-working-day\", not \"%1\""},
    {Msg::BadMin, u"»min« skal være et helt tal fra 0 til 1000", u"\"min\" must be a whole number from 0 to 1000"},
    {Msg::ActualBoth, u"angiv enten »actual« eller »actual_event«, ikke begge",
                      u"give either \"actual\" or \"actual_event\", not both"},
    {Msg::ActualNeither, u"»actual« eller »actual_event« mangler", u"\"actual\" or \"actual_event\" is missing"},
    {Msg::UnknownField, u"ukendt felt »%1«", u"unknown field \"%1\""},
    {Msg::UnknownDateRef, u"»%1« henviser til en dato, som skabelonen ikke har: »%2«",
                          u"\"%1\" refers to a date the template does not have: \"%2\""},
    {Msg::UnknownEventRef, u"»%1« henviser til en hændelsestype, som skabelonen ikke har: »%2«",
                           u"\"%1\" refers to an event kind the template does not have: \"%2\""},
    {Msg::VersionsOverlap, u"versionerne »%1« og »%2« er begge i kraft %3",
                           u"the versions \"%1\" and \"%2\" are both in force on %3"},
    {Msg::ProblemInVersion, u"version »%1«: %2", u"version \"%1\": %2"},
    {Msg::ProblemInRule, u"regel nr. %1: %2", u"rule no. %1: %2"},
    {Msg::SubgroupsNotList, u"»applies.subgroups« skal være en liste af tekster",
                            u"\"applies.subgroups\" must be a list of strings"},
};
// clang-format on

} // namespace

Lang langFromCode(QStringView code)
{
    return code.startsWith(u"da") ? Lang::Da : Lang::En;
}

QString pattern(Lang lang, Msg msg)
{
    for (const Entry &entry : kTable) {
        if (entry.msg == msg)
            return QString::fromUtf16(lang == Lang::Da ? entry.da : entry.en);
    }
    Q_ASSERT_X(false, "sagstjek::rules::text::pattern", "message missing from the table");
    return {};
}

QString days(Lang lang, qint64 n)
{
    const bool one = n == 1 || n == -1;
    if (lang == Lang::Da)
        return QString::number(n) + (one ? u" dag"_s : u" dage"_s);
    return QString::number(n) + (one ? u" day"_s : u" days"_s);
}

QString date(QDate d)
{
    return d.toString(u"dd-MM-yyyy");
}

QString sentenceStart(const QString &label)
{
    if (label.isEmpty() || !label.front().isLower())
        return label;
    return label.front().toUpper() + label.sliced(1);
}

QString midSentence(const QString &label)
{
    if (label.isEmpty() || !label.front().isUpper())
        return label;
    if (label.size() > 1 && label.at(1).isUpper())
        return label; // "CPR-registrering", "IGU-aftale"
    return label.front().toLower() + label.sliced(1);
}

QString label(const QHash<QString, QString> &labels, const QString &key)
{
    const QString found = labels.value(key);
    return found.isEmpty() ? key : found;
}

} // namespace sagstjek::rules::text
