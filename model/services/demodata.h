#pragma once

#include "core/result.h"

#include <QDate>

namespace sagstjek {

class Database;

// Realistic demo cases for a new user to try everything at once: about 40 cases across the areas, Danish
// names and case numbers, some dates late and some missing, some reviews done with defects. Deterministic:
// the same database every time, so screenshots and tests can rely on it.
namespace demodata {

struct Options {
    int caseCount = 40;
    QDate today = QDate::currentDate(); // defect due dates are set relative to this
};

Status fill(Database &db, const QString &user, Options options = {});

} // namespace demodata
} // namespace sagstjek
