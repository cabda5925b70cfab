// A round's report at municipal scale: N cases (default 10,000) in one walkthrough, every one reviewed with the
// integration card's 20 items answered (every seventh case with one item "not met"), then
// ReportService::roundReport, the dashboard (loaded on a reader connection, as the window does it in the
// background) and the cases behind an item's bar timed. The reviews are written through the review repository in
// one unit of work (the review service would write an audit record per answer and take minutes). Not a pass/fail
// test.
//   bench_report [N] [FILE]   (FILE: keep the database there, to look at its query plans; when it exists already,
//                              made by an earlier run, it is timed as it is)
#include "benchsupport.h"
#include "services/dashboardservice.h"
#include "services/policysetup.h"
#include "services/reportservice.h"
#include "services/roundservice.h"
#include "services/session.h"
#include "services/workspace.h"
#include "storage/bulkcasewriter.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/templaterepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace sagstjek;

namespace {

int fail(const Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.message));
    return 1;
}

int time(Session &session, const Round &round)
{
    ReportService reports(session);
    RoundReport last;
    for (int run = 1; run <= 3; ++run) {
        Result<RoundReport> report = RoundReport{};
        const double ms = timed([&] { report = reports.roundReport(round.id); });
        if (!report)
            return fail(report.error());
        last = report.value();
        std::printf("roundReport, run %d: %.1f ms (%d reviewed, %lld items, %lld caseworkers; error-free %s)\n", run,
                    ms, report->reviewed, qint64(report->items.size()), qint64(report->byCaseworker.size()),
                    qPrintable(stats::shareText(report->errorFree, QStringLiteral("da"), report->targetPercent)));
    }
    const DashboardRequest request{session.database().path(), session.userName(), session.language(), session.today()};
    for (int run = 1; run <= 3; ++run) {
        Result<Dashboard> dashboard = Dashboard{};
        const double ms = timed([&] { dashboard = loadDashboard(request); });
        if (!dashboard)
            return fail(dashboard.error());
        std::printf("dashboard on a reader connection, run %d: %.1f ms (%lld open rounds, %d open defects)\n", run, ms,
                    qint64(dashboard->rounds.size()), dashboard->defectTotals.open);
    }
    if (!last.items.isEmpty()) {
        DashboardService dashboards(session);
        for (int run = 1; run <= 3; ++run) {
            Result<QList<CaseBehind>> behind = QList<CaseBehind>{};
            const double ms = timed([&] { behind = dashboards.casesNotMeeting(last, last.items.first().key); });
            if (!behind)
                return fail(behind.error());
            std::printf("cases behind the first item's bar, run %d: %.1f ms (%lld cases)\n", run, ms,
                        qint64(behind->size()));
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.db"));
    const bool reuse = QFileInfo::exists(path);
    auto opened = workspace::open(path, QStringLiteral("bench"), {Database::OpenMode::CreateIfMissing, false});
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    auto policy = policyFor(db, QStringLiteral("bench"));
    if (!policy)
        return fail(policy.error());
    Session session(db, *policy.value(), QStringLiteral("da"));

    if (reuse) {
        auto round = RoundService(session).find(QStringLiteral("Gennemgang"));
        if (!round)
            return fail(round.error());
        return time(session, round.value());
    }

    QList<CaseFile> cases;
    for (int i = 0; i < count; ++i) {
        CaseFile c;
        c.caseNumber = QStringLiteral("S%1").arg(i, 7, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Borger %1").arg(i);
        c.area = QStringLiteral("integration");
        c.subgroup = QStringLiteral("refugee");
        c.caseworker = QStringLiteral("Sagsbehandler %1").arg(i % 40);
        c.team = QStringLiteral("Team %1").arg(i % 6);
        cases << c;
    }
    Result<QList<qint64>> added = QList<qint64>{};
    const double addMs = timed([&] { added = addCases(db, cases); });
    if (!added)
        return fail(added.error());

    RoundSpec spec;
    spec.name = QStringLiteral("Gennemgang");
    spec.kind = RoundKind::Walkthrough;
    Result<Round> round = Round{};
    const double roundMs = timed([&] { round = RoundService(session).create(spec); });
    if (!round)
        return fail(round.error());

    auto card = db.templates().latestForArea(QStringLiteral("integration"));
    if (!card)
        return fail(card.error());
    const QList<const CueCardItem *> items = card->itemsFor(QStringLiteral("refugee"));
    Status reviewed = Ok{};
    const double reviewMs = timed([&] {
        reviewed = db.transaction([&]() -> Status {
            ReviewRepository &reviews = db.reviews();
            int n = 0;
            for (qint64 caseId : added.value()) {
                auto id = reviews.create(caseId, card->id, QStringLiteral("bench"), round->id);
                if (!id)
                    return id.error();
                const qsizetype notMet = ++n % 7 == 0 ? n % items.size() : -1;
                for (qsizetype k = 0; k < items.size(); ++k) {
                    const CueCardItem *item = items.at(k);
                    Answer answer;
                    answer.itemKey = item->key;
                    answer.value = k == notMet ? AnswerValue::NotMet : AnswerValue::Met;
                    answer.answeredBy = QStringLiteral("bench");
                    answer.answeredAt = QStringLiteral("2020-01-01T00:00:00Z");
                    if (auto upserted = reviews.upsertAnswer(id.value(), answer); !upserted)
                        return upserted.error();
                }
                if (auto completed = reviews.setStatus(id.value(), ReviewStatus::Completed); !completed)
                    return completed;
            }
            return Ok{};
        });
    });
    if (!reviewed)
        return fail(reviewed.error());
    std::printf("set up: %d cases %.0f ms, round %.0f ms, %d reviews with %lld answers %.0f ms\n", count, addMs,
                roundMs, count, qint64(count) * items.size(), reviewMs);

    return time(session, round.value());
}
