// Case list at national scale: generates N cases (default 1,000,000) in a temporary database and prints how long
// the list's queries take. With --db it times the same queries on the cases a database already holds instead (a file
// or a team server's postgresql:// location, made by `sagstjek-cli generate`; opened as the CLI opens it), generating
// nothing: the round context is then the database's latest round. Figures to compare with
// ../shared/PERF_RELIABILITY.md §A; not a pass/fail test.
//   bench_caselist [N]
//   bench_caselist --db LOCATION [--user NAME]
#include "benchsupport.h"
#include "itemmodels/caselistmodel.h"
#include "services/accesspolicy.h"
#include "services/caseservice.h"
#include "services/session.h"
#include "services/workspace.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/roundrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sagstjek;

namespace {

// N cases through the one writer of cases, in the importer's batches, with the indexes kept up to date row by row.
Status insertCases(Database &db, int count)
{
    static const char16_t *const areas[] = {u"integration", u"sickness-benefit", u"cash-benefit", u"adult-disability"};
    static const char16_t *const workers[] = {u"Mette Sørensen", u"Ali Hassan", u"Birgitte Møller",
                                              u"Søren Kjær",     u"Line Brønd", u"Hanne Ærø"};
    constexpr int Batch = 64;
    Status inserted = Ok{};
    const double insertMs = timed([&] {
        inserted = db.transaction([&]() -> Status {
            auto writer = db.caseWriter();
            if (auto begun = writer->begin(false); !begun)
                return begun;
            QList<CaseFile> batch;
            for (int i = 0; i < count; ++i) {
                CaseFile c;
                c.caseNumber = QStringLiteral("S%1-%2").arg(101 + i % 900).arg(i, 7, 10, QLatin1Char('0'));
                c.cpr = QStringLiteral("%1%2").arg(10180 + i % 9, 6, 10, QLatin1Char('0')).arg(1000 + i % 9000);
                c.name = QStringLiteral("Borger %1 Ærø").arg(i);
                c.area = QString::fromUtf16(areas[i % 4]);
                c.caseworker = QString::fromUtf16(workers[i % 6]);
                c.team = QStringLiteral("Team %1").arg(i % 12);
                batch << c;
                if (batch.size() == Batch || i + 1 == count) {
                    if (auto ids = writer->insertMany(batch); !ids)
                        return ids.error();
                    batch.clear();
                }
            }
            return writer->finish();
        });
    });
    if (inserted)
        std::printf("insert %d cases through BulkCaseWriter (batches of %d): %.0f ms (%.0f rows/s)\n", count, Batch,
                    insertMs, count / (insertMs / 1000));
    return inserted;
}

// The round whose context the list is timed in, in a database that already holds one: the latest (`generate` makes
// one, part of its sample reviewed); 0 when there is none.
Result<qint64> latestRound(Database &db)
{
    auto rounds = db.rounds().list();
    if (!rounds)
        return rounds.error();
    qint64 latest = 0;
    for (const Round &round : std::as_const(rounds.value()))
        latest = std::max(latest, round.id);
    return latest;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Time the cases this database holds (a file or a server's location) instead of "
                                     "generating N."),
                      QStringLiteral("LOCATION")});
    parser.addOption({QStringLiteral("user"),
                      QStringLiteral("Who reads the list with --db (bench; on a server the login)."),
                      QStringLiteral("NAME"), QStringLiteral("bench")});
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("Cases to generate (1000000)."));
    parser.addHelpOption();
    parser.process(app);
    const QString location = parser.value(QStringLiteral("db"));
    const bool existing = !location.isEmpty();
    QTemporaryDir dir;
    // An existing database as the CLI opens it: no file check or daily backup first.
    auto opened = existing ? workspace::open(location, parser.value(QStringLiteral("user")),
                                             {Database::OpenMode::OpenExisting, false, false})
                           : workspace::open(dir.filePath(QStringLiteral("bench.db")), QStringLiteral("bench"),
                                             {Database::OpenMode::CreateIfMissing, false});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    int count = 0;
    if (existing) {
        auto held = db.cases().count({});
        if (!held) {
            std::fprintf(stderr, "%s\n", qPrintable(held.error().message));
            return 1;
        }
        count = held.value();
        std::printf("%d cases already in the database\n", count);
    } else {
        const QStringList positional = parser.positionalArguments();
        count = positional.isEmpty() ? 1000000 : positional.first().toInt();
        if (auto inserted = insertCases(db, count); !inserted) {
            std::fprintf(stderr, "%s\n", qPrintable(inserted.error().message));
            return 1;
        }
    }

    // On a server the login is who reads, whatever --user says (as in the CLI).
    QString user = existing ? parser.value(QStringLiteral("user")) : QStringLiteral("bench");
    if (!db.serverLogin().isEmpty())
        user = db.serverLogin();
    auto policy = AccessPolicy::forUser(db, user);
    if (!policy) {
        std::fprintf(stderr, "%s\n", qPrintable(policy.error().message));
        return 1;
    }
    Session session(db, *policy.value());
    CaseService cases(session);
    CaseListModel model(cases);
    // A step's first page, then apart the time until its count arrives from the background thread: the next step
    // starts only then, as a person's next click would (counts left running competed with the pages timed).
    auto report = [&](const char *what, auto &&work) {
        const double ms = timed(work);
        const double countMs = timed([&] { model.waitForCount(); });
        std::printf("%-58s %8.1f ms   count after %7.1f ms\n", what, ms, countMs);
    };
    report("open list (first page; the count in a background thread)", [&] {
        model.refresh();
        model.index(0, 0).data();
    });
    const int scrollTo = qMin(900000, count - 1);
    const QByteArray scrolling = QStringLiteral("scroll to row %1 (keyset pages of 200)").arg(scrollTo).toUtf8();
    report(scrolling.constData(), [&] { model.fetchUpTo(scrollTo); });
    report("sort by caseworker descending + first page", [&] {
        model.sort(CaseListModel::Caseworker, Qt::DescendingOrder);
        model.index(0, 0).data();
    });
    report("filter area=integration + first page", [&] {
        CaseFilter filter;
        filter.area = QStringLiteral("integration");
        model.setFilter(filter);
        model.index(0, 0).data();
    });
    report("search case-number prefix 'S512-' + first page", [&] {
        CaseFilter filter;
        filter.search = QStringLiteral("S512-");
        model.setFilter(filter);
        model.index(0, 0).data();
    });
    report("search part of a name 'Borger 4242' (infix LIKE) + first page", [&] {
        CaseFilter filter;
        filter.search = QStringLiteral("Borger 4242");
        model.setFilter(filter);
        model.index(0, 0).data();
    });
    report("search a whole CPR number", [&] {
        CaseFilter filter;
        filter.search = QStringLiteral("010181-1234");
        model.setFilter(filter);
        model.index(0, 0).data();
    });

    // In a round's context the status column comes from the round's reviews: give 1 % of the cases one (a database
    // given with --db keeps the reviews it has, in its latest round).
    qint64 roundId = 1;
    if (existing) {
        auto latest = latestRound(db);
        if (!latest) {
            std::fprintf(stderr, "%s\n", qPrintable(latest.error().message));
            return 1;
        }
        roundId = latest.value();
        if (roundId == 0) {
            std::printf("no round in the database: the round context is not timed\n");
            return 0;
        }
        std::printf("round context: round %lld\n", roundId);
    } else {
        const double reviewMs = timed([&] {
            db.transaction([&]() -> Status {
                ReviewRepository &reviews = db.reviews();
                for (int i = 0; i < count; i += 100)
                    if (auto id = reviews.create(i + 1, 1, QStringLiteral("bench"), roundId); !id)
                        return id.error();
                return Ok{};
            });
        });
        std::printf("start %d reviews in round %lld: %.0f ms\n", count / 100, roundId, reviewMs);
    }
    report("round context: open list (count + first page)", [&] {
        model.setFilter({});
        model.setRoundContext(roundId);
        model.index(0, 0).data();
    });
    report("round context: filter status=in-progress + first page", [&] {
        CaseFilter filter;
        filter.status = QStringLiteral("in-progress");
        model.setFilter(filter);
        model.index(0, 0).data();
    });
    report("round context: filter status=not-started + first page", [&] {
        CaseFilter filter;
        filter.status = QStringLiteral("not-started");
        model.setFilter(filter);
        model.index(0, 0).data();
    });
    report("round context: sort by status + first page", [&] {
        model.setFilter({});
        model.sort(CaseListModel::Status, Qt::AscendingOrder);
        model.index(0, 0).data();
    });
    report("outside rounds: filter status=not-started + first page", [&] {
        model.setRoundContext(0);
        CaseFilter filter;
        filter.status = QStringLiteral("not-started");
        model.setFilter(filter);
        model.index(0, 0).data();
    });
    return 0;
}
