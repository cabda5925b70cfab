#pragma once

#include "core/result.h"

#include <QDate>

#include <functional>

namespace sagstjek {

class Database;
class Session;

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

// A generated database at any size, for benchmarks and for trying the app at scale (issue 13): N cases over every
// area (the demo's names, case numbers, dates on time, late or missing, follow-up events), a sample review round,
// and a share of the cases reviewed (answers, defects for what is not met; most reviews completed). The content
// follows from the seed, the size, the share and the day alone: the same options give the same cases, dates,
// events, reviews, answers and defects (timestamps of writing aside). Cases are written through the bulk writer;
// the generation is one unit of work and one audit record ("generate") per ReviewsPerRecord reviews, so the
// trail's row states stay small at a million cases.
struct GenerateOptions {
    qint64 caseCount = 1000;
    quint64 seed = 1;
    double reviewedShare = 0.3; // 0..1
    QDate today = QDate::currentDate();
    // Called now and then with the cases or reviews written so far; return false to stop (nothing is kept of the
    // unit of work being written).
    std::function<bool(const QString &stage, qint64 done, qint64 total)> progress{};
};

struct GenerateSummary {
    qint64 cases = 0;
    qint64 reviews = 0;
    qint64 answers = 0;
    qint64 defects = 0;
    qint64 roundCases = 0;
    qint64 auditRecords = 0;
};

constexpr qint64 ReviewsPerRecord = 5000;

// Asks the ImportCases permission of the session's user; refused on a database that already has cases, so
// generated cases never mix with real ones.
Result<GenerateSummary> generate(Session &session, const GenerateOptions &options);

} // namespace demodata
} // namespace sagstjek
