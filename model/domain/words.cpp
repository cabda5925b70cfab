#include "domain/words.h"

#include "domain/areas.h"

#include <QDateTime>
#include <QHash>

#include <atomic>

using namespace Qt::StringLiterals;

namespace sagstjek::words {

namespace {

struct Word {
    QString da;
    QString en;
    QString in(const QString &language) const { return language == u"da" ? da : en; }
};

// The UI language as an index (0 English, 1 Danish): set once per install, read from any thread.
std::atomic<int> g_uiDanish{0};

const QHash<QString, Word> &areaWords()
{
    static const QHash<QString, Word> all = {
        {u"integration"_s, {u"Integrationsprogram"_s, u"Integration programme"_s}},
        {u"self-supporting"_s, {u"Selvforsørgende"_s, u"Self-supporting"_s}},
        {u"igu"_s, {u"IGU"_s, u"IGU"_s}},
        {u"sickness-benefit"_s, {u"Sygedagpenge"_s, u"Sickness benefit"_s}},
        {u"cash-benefit"_s, {u"Kontanthjælp"_s, u"Cash benefit"_s}},
        {u"job-clarification"_s, {u"Jobafklaring"_s, u"Job clarification"_s}},
        {u"resource-course"_s, {u"Ressourceforløb"_s, u"Resource course"_s}},
        {u"adult-disability"_s, {u"Voksenhandicap"_s, u"Adult disability"_s}},
    };
    return all;
}

const QHash<QString, Word> &fieldWords()
{
    static const QHash<QString, Word> all = {
        {u"case_number"_s, {u"Sagsnummer"_s, u"Case number"_s}},
        {u"cpr"_s, {u"CPR-nummer"_s, u"CPR number"_s}},
        {u"name"_s, {u"Navn"_s, u"Name"_s}},
        {u"area"_s, {u"Område"_s, u"Area"_s}},
        {u"subgroup"_s, {u"Undergruppe"_s, u"Subgroup"_s}},
        {u"caseworker"_s, {u"Sagsbehandler"_s, u"Caseworker"_s}},
        {u"team"_s, {u"Team"_s, u"Team"_s}},
        {u"review_status"_s, {u"Gennemgangsstatus"_s, u"Review status"_s}},
        {u"round"_s, {u"Runde"_s, u"Round"_s}},
        {u"reviewer"_s, {u"Gennemgåer"_s, u"Reviewer"_s}},
        {u"completed"_s, {u"Afsluttet den"_s, u"Completed on"_s}},
        {u"item_key"_s, {u"Punktets nøgle"_s, u"Item key"_s}},
        {u"item"_s, {u"Punkt"_s, u"Item"_s}},
        {u"answer"_s, {u"Svar"_s, u"Answer"_s}},
        {u"note"_s, {u"Note"_s, u"Note"_s}},
        {u"computed_verdict"_s, {u"Beregnet vurdering"_s, u"Computed verdict"_s}},
        {u"override_reason"_s, {u"Begrundelse for afvigelse"_s, u"Override reason"_s}},
        {u"answered_by"_s, {u"Besvaret af"_s, u"Answered by"_s}},
        {u"answered_at"_s, {u"Besvaret"_s, u"Answered at"_s}},
        {u"description"_s, {u"Beskrivelse"_s, u"Description"_s}},
        {u"severity"_s, {u"Alvor"_s, u"Severity"_s}},
        {u"owner"_s, {u"Ansvarlig"_s, u"Owner"_s}},
        {u"due"_s, {u"Frist"_s, u"Due"_s}},
        {u"status"_s, {u"Status"_s, u"Status"_s}},
        {u"created_by"_s, {u"Oprettet af"_s, u"Created by"_s}},
        {u"created_at"_s, {u"Oprettet"_s, u"Created"_s}},
        {u"month"_s, {u"Måned"_s, u"Month"_s}},
        {u"received"_s, {u"Modtaget"_s, u"Received"_s}},
        {u"entitled"_s, {u"Berettiget"_s, u"Entitled"_s}},
        {u"reason"_s, {u"Årsag"_s, u"Reason"_s}},
        {u"target_group"_s, {u"Målgruppe"_s, u"Target group"_s}},
        {u"kind"_s, {u"Hændelse"_s, u"Event"_s}},
        {u"date"_s, {u"Dato"_s, u"Date"_s}},
    };
    return all;
}

} // namespace

QString uiLanguage()
{
    return g_uiDanish.load() ? u"da"_s : u"en"_s;
}

void setUiLanguage(const QString &language)
{
    g_uiDanish.store(language == u"da" ? 1 : 0);
}

QString normalisedLanguage(const QString &language)
{
    return language == u"da" ? u"da"_s : u"en"_s;
}

QString area(const QString &key, const QString &language)
{
    const auto found = areaWords().constFind(key);
    return found == areaWords().cend() ? key : found->in(language);
}

QString areaList(const QString &language)
{
    QStringList names;
    for (const QString &key : Areas::keys())
        names << area(key, language);
    return names.join(u", "_s);
}

QString subgroup(const QList<CueCard> &cards, const QString &areaKey, const QString &key, const QString &language)
{
    for (const CueCard &card : cards) {
        if (card.area != areaKey)
            continue;
        for (const NamedField &sub : card.subgroups)
            if (sub.key == key && !sub.label.isEmpty())
                return sub.label.in(language);
    }
    return key;
}

QString itemQuestion(const QList<CueCard> &cards, const QString &itemKey, const QString &language)
{
    for (const CueCard &card : cards)
        if (const CueCardItem *item = card.item(itemKey); item && !item->text.isEmpty())
            return item->text.in(language);
    return itemKey;
}

QString reviewStatus(ReviewStatus status, const QString &language)
{
    const bool da = language == u"da";
    switch (status) {
    case ReviewStatus::NotStarted:
        return da ? u"Ikke startet"_s : u"Not started"_s;
    case ReviewStatus::InProgress:
        return da ? u"I gang"_s : u"In progress"_s;
    case ReviewStatus::Completed:
        return da ? u"Afsluttet"_s : u"Completed"_s;
    case ReviewStatus::SentBack:
        return da ? u"Sendt tilbage"_s : u"Sent back"_s;
    case ReviewStatus::Reopened:
        return da ? u"Genåbnet"_s : u"Reopened"_s;
    case ReviewStatus::Approved:
        return da ? u"Godkendt"_s : u"Approved"_s;
    }
    return {};
}

QString caseStatus(ReviewStatus status, const QString &language)
{
    return reviewStatus(caseListStatus(status), language);
}

QString roundReviewStatus(ReviewStatus status, const QString &language)
{
    if (status == ReviewStatus::Completed)
        return language == u"da" ? u"Afventer godkendelse"_s : u"Awaiting approval"_s;
    return reviewStatus(status, language);
}

QString reviewStatusOfKey(const QString &key, const QString &language)
{
    if (key.isEmpty() || key == u"not-started")
        return reviewStatus(ReviewStatus::NotStarted, language);
    const ReviewStatus status = reviewStatusFromKey(key);
    return status == ReviewStatus::NotStarted ? key : reviewStatus(status, language);
}

QString roundStatus(RoundStatus status, const QString &language)
{
    const bool da = language == u"da";
    return status == RoundStatus::Active ? (da ? u"Aktiv"_s : u"Active"_s) : (da ? u"Lukket"_s : u"Closed"_s);
}

QString roundKind(RoundKind kind, const QString &language)
{
    const bool da = language == u"da";
    switch (kind) {
    case RoundKind::Walkthrough:
        return da ? u"Fuld gennemgang"_s : u"Walkthrough"_s;
    case RoundKind::Sample:
        return da ? u"Stikprøve"_s : u"Sample"_s;
    case RoundKind::Supervision:
        return da ? u"Ledelsestilsyn"_s : u"Supervision"_s;
    case RoundKind::SelfCheck:
        return da ? u"Selvtjek"_s : u"Self-check"_s;
    }
    return {};
}

QString role(Role role, const QString &language)
{
    const bool da = language == u"da";
    switch (role) {
    case Role::Caseworker:
        return da ? u"Sagsbehandler"_s : u"Caseworker"_s;
    case Role::Consultant:
        return da ? u"Konsulent"_s : u"Consultant"_s;
    case Role::Coordinator:
        return da ? u"Faglig koordinator"_s : u"Coordinator"_s;
    case Role::Leader:
        return da ? u"Leder"_s : u"Leader"_s;
    case Role::Administrator:
        return da ? u"Administrator"_s : u"Administrator"_s;
    }
    return {};
}

QString actionStatus(ActionStatus status, const QString &language)
{
    const bool da = language == u"da";
    return status == ActionStatus::Open ? (da ? u"Åben"_s : u"Open"_s) : (da ? u"Udført"_s : u"Done"_s);
}

QString defectStatus(DefectStatus status, const QString &language)
{
    const bool da = language == u"da";
    switch (status) {
    case DefectStatus::Open:
        return da ? u"Åben"_s : u"Open"_s;
    case DefectStatus::Remediated:
        return da ? u"Rettet"_s : u"Remediated"_s;
    case DefectStatus::Verified:
        return da ? u"Kontrolleret"_s : u"Verified"_s;
    case DefectStatus::Reopened:
        return da ? u"Genåbnet"_s : u"Reopened"_s;
    }
    return {};
}

QString defectStatusOfKey(const QString &key, const QString &language)
{
    const auto status = defectStatusFromKey(key);
    return status ? defectStatus(*status, language) : key;
}

QString severity(Severity value, const QString &language)
{
    const bool da = language == u"da";
    switch (value) {
    case Severity::Critical:
        return da ? u"Kritisk"_s : u"Critical"_s;
    case Severity::Major:
        return da ? u"Væsentlig"_s : u"Major"_s;
    case Severity::Minor:
        return da ? u"Mindre"_s : u"Minor"_s;
    }
    return {};
}

QString severityOfKey(const QString &key, const QString &language)
{
    const auto value = severityFromKey(key);
    return value ? severity(*value, language) : key;
}

QString answer(AnswerValue value, const QString &language)
{
    const bool da = language == u"da";
    switch (value) {
    case AnswerValue::Met:
        return da ? u"ja"_s : u"yes"_s;
    case AnswerValue::NotMet:
        return da ? u"nej"_s : u"no"_s;
    case AnswerValue::NotApplicable:
        return da ? u"ikke relevant"_s : u"n/a"_s;
    }
    return {};
}

QString answerOfKey(const QString &key, const QString &language)
{
    const auto value = answerFromKey(key);
    return value ? answer(*value, language) : QString();
}

QString verdictOfKey(const QString &key, const QString &language)
{
    static const QHash<QString, Word> all = {
        {u"met"_s, {u"Opfyldt"_s, u"Met"_s}},
        {u"missed"_s, {u"Ikke opfyldt"_s, u"Missed"_s}},
        {u"pending"_s, {u"Afventer"_s, u"Pending"_s}},
        {u"missing-data"_s, {u"Mangler data"_s, u"Missing data"_s}},
        {u"not-applicable"_s, {u"Ikke relevant"_s, u"Not applicable"_s}},
    };
    const auto found = all.constFind(key);
    return found == all.cend() ? key : found->in(language);
}

QString field(const QString &key, const QString &language)
{
    const auto found = fieldWords().constFind(key);
    return found == fieldWords().cend() ? QString() : found->in(language);
}

QString date(const QDate &value, const QString &language)
{
    if (!value.isValid())
        return {};
    return value.toString(dateFormat(language));
}

QString dateFormat(const QString &language)
{
    return language == u"da" ? u"dd-MM-yyyy"_s : u"yyyy-MM-dd"_s;
}

QString dateText(const QString &iso, const QString &language)
{
    if (iso.size() == 10) {
        const QDate day = QDate::fromString(iso, Qt::ISODate);
        return day.isValid() ? date(day, language) : iso;
    }
    const QDateTime moment = QDateTime::fromString(iso, Qt::ISODate);
    if (!moment.isValid())
        return iso;
    const QDateTime local = moment.toLocalTime();
    return date(local.date(), language) + u' ' + local.time().toString(u"HH:mm"_s);
}

} // namespace sagstjek::words
