#pragma once

#include <QDate>
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
// True when `text` looks like a whole CPR number (10 digits, hyphen optional); used for exact search.
bool looksLikeCpr(const QString &text);

} // namespace sagstjek::cpr
