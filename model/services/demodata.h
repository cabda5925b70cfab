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

// Fills the database with the demo cases and marks it as demo data (markerKey()).
Status fill(Database &db, const QString &user, Options options = {});

// The database setting that says the demo cases were put in it: "demo.data" = "1".
QString markerKey();

// What a database holds, for the window to say so: no cases at all, the demo cases (maybe beside others), or
// only cases of its own.
enum class Content { Empty, Demo, Own };
Result<Content> content(Database &db);

} // namespace demodata
} // namespace sagstjek
