#pragma once

#include "domain/statuses.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace sagstjek {

// A repeated event in a case: a follow-up conversation, an activity, an offer.
struct CaseEvent {
    qint64 id = 0;
    QString kind; // "conversation", "activity", "offer", …
    QDate date;
    QString form;      // "in-person", "phone", "digital", "letter"
    QString reason;    // why the conversation was not held in person
    QDate noteWritten; // when the journal note was written
    QString description;
};

// One case from the municipality's case system ("Case" is avoided as a type name: it reads as a keyword).
struct CaseFile {
    qint64 id = 0;
    QString caseNumber;
    QString cpr; // ten digits, no hyphen; empty when unknown
    QString name;
    QString area; // an Areas key
    QString subgroup;
    QString caseworker;
    QString team;
    ReviewStatus reviewStatus = ReviewStatus::NotStarted; // the case list's three: see caseListStatus
    QHash<QString, QDate> dates;                          // named dates: takeover, contract_signed, …
    QList<CaseEvent> events;
};

} // namespace sagstjek
