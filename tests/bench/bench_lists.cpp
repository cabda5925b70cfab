// Lists at national scale (issue 13): N reviewed cases with D defects each, then what opening the app costs for
// the defect lists (the old unpaged read beside the lazy keyset models) and the keyset pages far into a list.
// Prints figures (time and resident memory); not a pass/fail test. With --keep FILE the database stays for a
// memory measurement of the CLI, e.g. /usr/bin/time -v sagstjek-cli --db FILE cases --json >/dev/null. With --db
// FILE the figures are taken on an existing database (a generated one, say: tests/bench/run.sh does so) instead.
//   bench_lists [N] [D] [--keep FILE | --db FILE]
#include "benchsupport.h"
#include "itemmodels/caselistmodel.h"
#include "itemmodels/defectlistmodel.h"
#include "itemmodels/roundmodels.h"
#include "services/accesspolicy.h"
#include "services/caseservice.h"
#include "services/defectservice.h"
#include "services/session.h"
#include "services/workspace.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/sqlite/sqlitedatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace sagstjek;

namespace {

// Resident memory now and at its peak (VmRSS, VmHWM), in MB.
std::pair<double, double> residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double now = 0, peak = 0;
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                now = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
            else if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
        }
    return {now, peak};
}

Status fill(Database &db, int count, int defectsPerCase)
{
    return db.transaction([&]() -> Status {
        auto writer = db.caseWriter();
        if (auto begun = writer->begin(count > 10000); !begun)
            return begun;
        QList<CaseFile> batch;
        for (int i = 0; i < count; ++i) {
            CaseFile c;
            c.caseNumber = QStringLiteral("S%1-%2").arg(101 + i % 900).arg(i, 7, 10, QLatin1Char('0'));
            c.cpr = QStringLiteral("%1%2").arg(10180 + i % 9, 6, 10, QLatin1Char('0')).arg(1000 + i % 9000);
            c.name = QStringLiteral("Borger %1").arg(i);
            c.area = i % 2 ? QStringLiteral("integration") : QStringLiteral("sickness-benefit");
            c.caseworker = QStringLiteral("Sagsbehandler %1").arg(i % 40);
            c.team = QStringLiteral("Team %1").arg(i % 12);
            batch << c;
            if (batch.size() == 64 || i + 1 == count) {
                if (auto ids = writer->insertMany(batch); !ids)
                    return ids.error();
                batch.clear();
            }
        }
        if (auto done = writer->finish(); !done)
            return done;
        QSqlDatabase &sql = static_cast<SqliteDatabase &>(db).connection();
        QSqlQuery q(sql);
        // One review per case and its defects, due over a quarter, a fifth undated (set-based: fast to make).
        if (!q.exec(QStringLiteral("INSERT INTO reviews (case_id, template_id, round_id, reviewer, status, started_at, "
                                   "updated_at) SELECT id, (SELECT max(id) FROM templates), NULL, 'kons', 'completed', "
                                   "'2026-01-05', '2026-01-05' FROM cases")))
            return databaseError(q.lastError().text());
        for (int d = 0; d < defectsPerCase; ++d)
            if (!q.exec(QStringLiteral("INSERT INTO defects (review_id, case_id, item_key, description, owner, due, "
                                       "created_by, created_at, updated_at) SELECT r.id, r.case_id, 'item.%1', "
                                       "'Mangler', c.caseworker, CASE WHEN (r.id + %1) % 5 = 0 THEN NULL ELSE "
                                       "date('2026-01-01', '+' || ((r.id * 7 + %1) % 90) || ' days') END, 'kons', "
                                       "'2026-01-05', '2026-01-05' FROM reviews r JOIN cases c ON c.id = r.case_id")
                            .arg(d)))
                return databaseError(q.lastError().text());
        return Ok{};
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const auto takeOption = [&args](const QString &name) {
        QString value;
        if (const int at = int(args.indexOf(name)); at >= 0 && at + 1 < args.size()) {
            value = args.at(at + 1);
            args.remove(at, 2);
        }
        return value;
    };
    const QString keep = takeOption(QStringLiteral("--keep"));
    const QString existing = takeOption(QStringLiteral("--db"));
    int count = args.size() > 0 ? args.at(0).toInt() : 100000;
    const int defectsPerCase = args.size() > 1 ? args.at(1).toInt() : 3;
    QTemporaryDir dir;
    const QString path = !existing.isEmpty() ? existing
                         : keep.isEmpty()    ? dir.filePath(QStringLiteral("bench.db"))
                                             : keep;
    if (existing.isEmpty()) {
        QFile::remove(path);
        auto created = workspace::open(path, QStringLiteral("bench"), {Database::OpenMode::CreateIfMissing, false});
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
        const double ms = timed([&] {
            if (auto filled = fill(*created.value(), count, defectsPerCase); !filled)
                std::fprintf(stderr, "%s\n", qPrintable(filled.error().message));
        });
        std::printf("made %d reviewed cases with %d defects each: %.0f ms\n", count, defectsPerCase, ms);
    }
    const auto [baseNow, basePeak] = residentMb();
    std::printf("resident before opening: %.0f MB (peak so far %.0f MB)\n", baseNow, basePeak);

    std::unique_ptr<Database> db;
    // As the GUI opens it: neither the daily backup nor the file's check (quick_check) before the window; both
    // run in background threads on connections of their own.
    const double openMs = timed([&] {
        auto opened =
            workspace::open(path, QStringLiteral("bench"), {Database::OpenMode::OpenExisting, false, false, false});
        if (opened)
            db = std::move(opened).value();
    });
    if (!db)
        return 1;
    if (!existing.isEmpty()) {
        auto cases = db->cases().count(CaseFilter{});
        count = cases ? int(cases.value()) : 0;
        std::printf("%s: %d cases\n", qPrintable(existing), count);
    }
    auto policy = AccessPolicy::forUser(*db, QStringLiteral("bench"));
    if (!policy)
        return 1;
    Session session(*db, *policy.value());
    DefectService defects(session);
    std::printf("%-64s %9.1f ms\n", "open the database (no daily backup or quick_check before it)", openMs);
    Result<Database::FileCheckOutcome> checked = Database::FileCheckOutcome{};
    const double checkMs = timed([&] { checked = Database::checkFileInBackground(path); });
    std::printf("%-64s %9.1f ms  (%s, %.0f MB file)\n", "the file check, in its background thread (quick_check)",
                checkMs,
                !checked                    ? "failed"
                : !checked->ran             ? "not due"
                : checked->damage.isEmpty() ? "sound"
                                            : "damaged",
                QFileInfo(path).size() / 1048576.0);

    auto report = [&](const char *what, auto &&work) {
        const double ms = timed(work);
        std::printf("%-64s %9.1f ms  resident %5.0f MB\n", what, ms, residentMb().first);
    };
    // What the window did at start before: both defect models read every defect (the tracker twice).
    DefectListModel list(defects);
    DefectTrackerModel tracker(defects);
    report("start: construct both defect models (lazy: nothing read)", [&] {
        DefectListModel l(defects);
        DefectTrackerModel t(defects);
        t.setFilter({});
    });
    report("views shown: first page of each (keyset, 200 rows)", [&] {
        list.fetchMore({});
        tracker.fetchMore({});
    });
    report("scroll the defect list 50 pages on (keyset)", [&] {
        for (int i = 0; i < 50; ++i)
            list.fetchMore({});
    });
    TrackerFilter far;
    far.limit = 200;
    far.after = DefectListKey{QDate(2026, 3, 25), 0};
    report("a page far into the dated defects (keyset)", [&] { defects.list(far); });
    far.after = DefectListKey{QDate(), qint64(count) * defectsPerCase / 2};
    report("a page far into the undated defects (keyset)", [&] { defects.list(far); });
    CaseFilter cases;
    report("case page at offset 900,000 or the end (OFFSET)",
           [&] { db->cases().page(cases, std::min(900000, count - 200), 200); });
    cases.after = CaseListKey{QString(), QStringLiteral("S990-")};
    report("case page after a key near the end (keyset)", [&] { db->cases().page(cases, 0, 200); });
    // The case list as the window shows it: the first page at once, the count in a background thread, then the
    // user scrolls to 90 % of the list (keyset pages of 200 as the view asks: row 90,000 of 100k, 9,000 of 10k).
    CaseService caseService(session);
    std::unique_ptr<CaseListModel> caseList;
    report("case list shown: first page (count in the background)",
           [&] { caseList = std::make_unique<CaseListModel>(caseService); });
    report("case list: the background count arrives", [&] { caseList->waitForCount(); });
    std::printf("  (%d cases counted)\n", caseList->totalCount());
    const int farRow = count * 9 / 10;
    const QByteArray scrollLabel = QStringLiteral("case list: scroll to row %L1 (keyset pages)").arg(farRow).toUtf8();
    report(scrollLabel.constData(), [&] { caseList->fetchUpTo(farRow); });
    report("case list: the next page there (keyset)", [&] { caseList->fetchMore({}); });
    const QByteArray offsetLabel =
        QStringLiteral("before (for comparison): the page at row %L1 by OFFSET").arg(farRow).toUtf8();
    report(offsetLabel.constData(), [&] { db->cases().page(CaseFilter{}, farRow, 200); });
    caseList.reset();
    report("before (for comparison): every defect read at once, as the models did", [&] {
        auto all = defects.list({});
        std::printf("  (%lld defects)\n", all ? qint64(all->size()) : -1LL);
    });
    std::printf("peak resident: %.0f MB\n", residentMb().second);
    if (!keep.isEmpty())
        std::printf("kept %s\n", qPrintable(path));
    return 0;
}
