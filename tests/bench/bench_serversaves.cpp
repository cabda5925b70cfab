// Saves on a team server (issue 11): R reviewers at the same time, each in a thread of its own with its own connection
// as the location's login, answer items of their own cases one after the other, each a save as a key press makes it
// (ReviewService::answer judged against the item as the card showed it: on a server one statement,
// sagstjek_write_item). Prints the save's round trip at the 50th, 95th and 99th percentile and the saves per second;
// not a pass/fail test. The database must hold cases (`generate`).
//   bench_serversaves --db postgresql://LOGIN@HOST/DATABASE [--reviewers 8] [--answers 200] [--pace MS] [--blind]
//                     [--spread] [--first N]
// --blind saves as the CLI does, without what was seen: the full path (a transaction that locks and reads the item).
// Without --pace each reviewer saves again the moment a save returns: the server's throughput, and on a machine whose
// cores the clients share with the server, a queue for the processor. With --pace MS a reviewer waits a random
// time between saves, MS on average (a person at the keyboard): each save's round trip while colleagues work.
// On a file only one reviewer can write (--reviewers 1): the same figures for the embedded database.
// --first N also prints each connection's first N saves apart from the later ones.
#include "services/accesspolicy.h"
#include "services/policysetup.h"
#include "services/reviewservice.h"
#include "services/session.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <latch>
#include <thread>

using namespace sagstjek;

namespace {

struct Reviewer {
    QList<double> milliseconds;
    QString failure;
    int refused = 0; // saves the server refused (a deadlock or serialization failure), counted and not retried
    QString refusal;
};

// One reviewer's session: opens its own connection, takes every `stride`-th of the first cases from `first` on, and
// answers their items in turn until `answers` saves are made.
void review(const QString &location, int first, int stride, int answers, int paceMs, bool blind, bool spread,
            std::latch &ready, Reviewer &result)
{
    auto opened = Database::open(location, Database::OpenMode::OpenExisting);
    if (!opened) {
        result.failure = opened.error().message;
        ready.count_down();
        return;
    }
    Database &db = *opened.value();
    const QString login = db.serverLogin().isEmpty() ? QStringLiteral("bench") : db.serverLogin();
    auto policy = policyFor(db, login);
    if (!policy) {
        result.failure = policy.error().message;
        ready.count_down();
        return;
    }
    Session session(db, *policy.value(), QStringLiteral("en"));
    ReviewService service(session);
    auto rows = db.cases().page(CaseFilter{}, 0, 20 * stride);
    // Each item with the value its first save gives it: never the one it holds, so that every save changes it (a
    // second run on the same database would otherwise save nothing and time only the reads).
    struct Item {
        ReviewRef ref;
        QString key;
        AnswerValue first;
        ItemState shown; // as the card shows it: what was read, then what each save left
    };
    QList<Item> items;
    for (qsizetype i = first; rows && i < rows->size(); i += stride) {
        const ReviewRef ref{rows->at(i).id};
        auto state = service.load(ref);
        auto held = service.itemStates(ref);
        if (state && held)
            for (const CueCardItem *item : state->applicableItems()) {
                const ItemState current = held->value(item->key);
                const bool met = current.answer && current.answer->value == AnswerValue::Met;
                items.append({ref, item->key, met ? AnswerValue::NotApplicable : AnswerValue::Met, current});
            }
    }
    ready.arrive_and_wait(); // everyone starts together
    if (items.isEmpty()) {
        result.failure = QStringLiteral("no cases to review (generate some first)");
        return;
    }
    QElapsedTimer timer;
    QRandomGenerator pause(quint32(first) + 1);
    for (int i = 0; i < answers; ++i) {
        if (paceMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(pause.bounded(2 * paceMs + 1)));
        // --spread: reviewer r begins r items on, as colleagues in one round are at different points of their cards;
        // without it all answer the same item at the same moment, and wait for each other on its count's row.
        Item &item = items[(i + (spread ? first : 0)) % items.size()];
        const AnswerValue other = item.first == AnswerValue::Met ? AnswerValue::NotApplicable : AnswerValue::Met;
        const AnswerValue value = (i / items.size()) % 2 == 0 ? item.first : other;
        timer.start();
        auto saved = service.answer(item.ref, item.key, value, QStringLiteral("bench"), blind ? nullptr : &item.shown);
        result.milliseconds << double(timer.nsecsElapsed()) / 1e6;
        if (saved)
            item.shown = saved->after;
        if (!saved) {
            if (saved.error().kind == Error::Kind::Conflict || saved.error().message.contains(u"colleague")) {
                ++result.refused;
                result.refusal = saved.error().message;
                if (auto now = service.itemState(item.ref, item.key)) // read again, as the card offers
                    item.shown = now.value();
                continue;
            }
            result.failure = saved.error().message;
            return;
        }
    }
}

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto index = qsizetype(p / 100.0 * double(sorted.size() - 1) + 0.5);
    return sorted.at(std::min(index, sorted.size() - 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("The database (a server's location)."), QStringLiteral("LOCATION")});
    parser.addOption({QStringLiteral("reviewers"), QStringLiteral("Reviewers at once (8)."), QStringLiteral("N"),
                      QStringLiteral("8")});
    parser.addOption({QStringLiteral("answers"), QStringLiteral("Saves per reviewer (200)."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("pace"), QStringLiteral("A reviewer's mean pause between saves (0: none)."),
                      QStringLiteral("MS"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("blind"), QStringLiteral("Save without what the card showed (as the CLI does).")});
    parser.addOption({QStringLiteral("spread"), QStringLiteral("Each reviewer begins at another item.")});
    parser.addOption({QStringLiteral("first"),
                      QStringLiteral("Also print each connection's first N saves apart from the rest (0: not)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addHelpOption();
    parser.process(app);
    const QString location = parser.value(QStringLiteral("db"));
    const int reviewers = std::max(1, parser.value(QStringLiteral("reviewers")).toInt());
    const int answers = std::max(1, parser.value(QStringLiteral("answers")).toInt());
    const int paceMs = std::max(0, parser.value(QStringLiteral("pace")).toInt());
    const bool blind = parser.isSet(QStringLiteral("blind"));
    const bool spread = parser.isSet(QStringLiteral("spread"));
    const int firstSaves = std::max(0, parser.value(QStringLiteral("first")).toInt());
    if (location.isEmpty())
        qFatal("give --db LOCATION");

    QList<Reviewer> results(reviewers);
    std::latch ready(reviewers);
    QElapsedTimer wall;
    std::vector<std::thread> threads;
    for (int r = 0; r < reviewers; ++r)
        threads.emplace_back(review, location, r, reviewers, answers, paceMs, blind, spread, std::ref(ready),
                             std::ref(results[r]));
    ready.wait();
    wall.start();
    for (std::thread &thread : threads)
        thread.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    QList<double> all;
    int refused = 0;
    QString refusal;
    for (const Reviewer &r : std::as_const(results)) {
        if (!r.failure.isEmpty())
            qFatal("a reviewer failed: %s", qPrintable(r.failure));
        all << r.milliseconds;
        refused += r.refused;
        if (!r.refusal.isEmpty())
            refusal = r.refusal;
    }
    std::sort(all.begin(), all.end());
    std::printf("| %d reviewers x %d saves, %s%s%s | p50 %.1f ms | p95 %.1f ms | p99 %.1f ms | max %.1f ms | %.0f "
                "saves/s |\n",
                reviewers, answers,
                paceMs > 0 ? qPrintable(QStringLiteral("%1 ms apart on average").arg(paceMs)) : "at once",
                blind ? ", blind (full path)" : "", spread ? ", spread" : "", percentile(all, 50), percentile(all, 95),
                percentile(all, 99), all.last(), double(all.size() - refused) / seconds);
    if (firstSaves > 0 && firstSaves < answers) {
        // A connection's first saves make the server compile the functions and plan the statements they run, once
        // per connection (the app keeps its connection for the day): apart, what every later save costs.
        QList<double> first;
        QList<double> later;
        for (const Reviewer &r : std::as_const(results)) {
            first << r.milliseconds.mid(0, firstSaves);
            later << r.milliseconds.mid(firstSaves);
        }
        std::sort(first.begin(), first.end());
        std::sort(later.begin(), later.end());
        std::printf("| each connection's first %d saves | p50 %.1f ms | max %.1f ms |\n", firstSaves,
                    percentile(first, 50), first.last());
        std::printf("| the saves after them | p50 %.1f ms | p95 %.1f ms | p99 %.1f ms | max %.1f ms |\n",
                    percentile(later, 50), percentile(later, 95), percentile(later, 99), later.last());
    }
    if (refused > 0)
        std::printf("%d of %lld saves refused by the server and not retried (their times are counted above): %s\n",
                    refused, qlonglong(all.size()), qPrintable(refusal));
    return 0;
}
