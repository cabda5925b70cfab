#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace sagstjek::cpr {

// A Danish CPR number checked for format and date. A failed modulus-11 check is only a warning: valid
// numbers issued since 2007 fail it, and CPR-kontoret says systems must accept them.
struct Check {
    bool valid = false;
    QString digits;  // ten digits, no hyphen, when valid
    QDate birthDate; // the century comes from the 7th digit
    bool modulus11 = false;
    QString problem; // why it is invalid (English; callers translate the kinds they show)
};

Check check(const QString &text);

// "DDMMYY-XXXX": the birth date stays visible so a reviewer can tell citizens apart, the serial never.
QString mask(const QString &digits);
// "DDMMYY-SSSS" for an explicit reveal.
QString format(const QString &digits);
// True when `text` looks like a whole CPR number; used for exact search. Accepts what people type or paste:
// "0309670914", "030967-0914", "030967 0914", "03 09 67-0914", "cpr:0309670914", "CPR-nr. 030967-0914".
bool looksLikeCpr(const QString &text);
// The ten digits of a text that looksLikeCpr(); empty otherwise.
QString searchDigits(const QString &text);

// The one masking function for free text (issue 14): every run of digits in `text` that looks like a CPR
// number (DDMMYY and four digits, with or without a hyphen, space, dot or slash between the groups, a valid
// day and month, not part of a longer number) becomes "DDMMYY-XXXX". Everything else is kept as written.
// Whatever is logged (access log, audit trail, history) or exported without personal data goes through it.
QString maskInText(const QString &text);
// maskInText() on every string value of `object`, in nested objects and arrays too (an audit record's before and
// after).
QJsonObject maskInJson(const QJsonObject &object);
// True when maskInText() would change `text`.
bool containsCpr(const QString &text);

} // namespace sagstjek::cpr
