#pragma once

// One place for the words a user reads instead of Sagstjek's internal keys: areas, subgroups, review, round,
// defect and action statuses, severities, round kinds, answers, item questions, import and export field names,
// and dates. Every view, filter, export in words, report and the CLI's text output takes its words from here, so
// "completed" is "Afsluttet" everywhere a Danish user looks and a key is never shown as text.
//
// The words are written in both languages here (like reports/reportwords.h) because the language is not always
// the installed translator's: an export or a CLI run names its own (--lang, Session::language()). Code that
// builds a tr() sentence around a word asks for the word in uiLanguage(), the translator's language, so a message
// never mixes languages. Keys (files, the database, --json, exports with keys) never pass through here.

#include "domain/cuecard.h"
#include "domain/review.h"
#include "domain/round.h"
#include "domain/statuses.h"
#include "domain/user.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sagstjek::words {

// The language tr() translates into: "da" or "en". The GUI sets it when it installs its translations
// (views/language.cpp), the CLI when it installs them for --lang; "en" until then.
QString uiLanguage();
void setUiLanguage(const QString &language);

// "da" for "da", otherwise "en".
QString normalisedLanguage(const QString &language);

// A case area's name ("Kontanthjælp"); an unknown key is returned as given.
QString area(const QString &key, const QString &language = uiLanguage());
// Every area's name, in Areas::keys() order, joined as a list a sentence can end with ("…, Jobafklaring").
QString areaList(const QString &language = uiLanguage());
// A subgroup's name from the area's template (`cards` are the current templates); the key when none names it.
QString subgroup(const QList<CueCard> &cards, const QString &area, const QString &key,
                 const QString &language = uiLanguage());
// An item's question from the templates, or the key when no template has the item.
QString itemQuestion(const QList<CueCard> &cards, const QString &itemKey, const QString &language = uiLanguage());

// A review's own status, all six ("Sendt tilbage", "Godkendt").
QString reviewStatus(ReviewStatus status, const QString &language = uiLanguage());
// The case list's three statuses (see caseListStatus): "Ikke startet", "I gang", "Afsluttet".
QString caseStatus(ReviewStatus status, const QString &language = uiLanguage());
// In a round a completed review waits for approval: "Afventer godkendelse".
QString roundReviewStatus(ReviewStatus status, const QString &language = uiLanguage());
// A review status key as stored ("completed"); an unknown text is returned as given.
QString reviewStatusOfKey(const QString &key, const QString &language = uiLanguage());
QString roundStatus(RoundStatus status, const QString &language = uiLanguage());
QString roundKind(RoundKind kind, const QString &language = uiLanguage());
QString actionStatus(ActionStatus status, const QString &language = uiLanguage());
QString defectStatus(DefectStatus status, const QString &language = uiLanguage());
QString defectStatusOfKey(const QString &key, const QString &language = uiLanguage());
QString severity(Severity severity, const QString &language = uiLanguage());
QString severityOfKey(const QString &key, const QString &language = uiLanguage());
// An answer as a review sheet writes it: "ja", "nej", "ikke relevant"; empty for no answer.
QString answer(AnswerValue value, const QString &language = uiLanguage());
QString answerOfKey(const QString &key, const QString &language = uiLanguage());
// A computed verdict's key as stored ("missing-data" → "Mangler data"); other text is returned as given.
QString verdictOfKey(const QString &key, const QString &language = uiLanguage());

// A role's name: "Sagsbehandler", "Konsulent", "Faglig koordinator", "Leder", "Administrator".
QString role(Role role, const QString &language = uiLanguage());

// A field's name as a column header ("case_number" → "Sagsnummer"); empty when the key is not a field
// Sagstjek names itself (template date fields are named by their template).
QString field(const QString &key, const QString &language = uiLanguage());

// The one date format per language: dd-MM-yyyy in Danish (05-03-2026), ISO yyyy-MM-dd in English. Empty for
// an invalid date.
QString date(const QDate &date, const QString &language = uiLanguage());
// That format as a QDate pattern, for a date field (QDateEdit::setDisplayFormat): "dd-MM-yyyy" or "yyyy-MM-dd".
QString dateFormat(const QString &language = uiLanguage());
// A stored ISO date or timestamp ("2026-03-05", "2026-03-05T14:03:00Z") as date(), with the time of day
// (HH:mm, local time) when it has one; other text is returned as given.
QString dateText(const QString &iso, const QString &language = uiLanguage());

} // namespace sagstjek::words
