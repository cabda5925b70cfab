// Commands only for the test suite, compiled in with -DSAGSTJEK_TEST_HOOKS=ON (scripts/test.sh does): a product
// build has none of them.
#include "cli.h"

#include "domain/review.h"
#include "services/reviewservice.h"
#include "storage/caserepository.h"

#include <QDateTime>

namespace sagstjek::cli {

namespace {

// For tests/tst_killwriter: answers items in a loop and prints "CASE ITEM ANSWER SEQ" for each answer only
// after its transaction committed, flushing at once, so a killed run has acknowledged exactly what is on
// file.
int runSelftestWriter(Context &c)
{
    const int count = int(c.args.integer(QStringLiteral("--count"), 1000));
    Database *db = c.database();
    ReviewService service(c.session());
    CaseRepository &cases = db->cases();
    auto rows = cases.page(CaseFilter{}, 0, 50);
    if (!rows)
        return c.fail(rows.error());
    if (rows->isEmpty())
        return c.fail(InvalidInput, QStringLiteral("The database has no cases (run sagstjek-cli demo first)."));
    QList<std::tuple<qint64, QString, QString>> targets; // case id, case number, item key
    for (const CaseRow &row : rows.value()) {
        auto state = service.load(ReviewRef{row.id});
        if (!state)
            return c.fail(state.error());
        for (const CueCardItem *item : state->applicableItems())
            targets.append({row.id, row.caseNumber, item->key});
    }
    const qint64 seed = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const auto &[id, number, key] = targets.at(int((seed + i) % targets.size()));
        const AnswerValue value = i % 2 == 0 ? AnswerValue::Met : AnswerValue::NotApplicable;
        const QString note = QStringLiteral("selftest %1 %2").arg(seed).arg(i);
        auto written = db->transaction([&]() -> Status {
            auto answered = service.answer(ReviewRef{id}, key, value, QStringLiteral("selftest"));
            if (!answered)
                return answered.error();
            auto noted = service.setNote(ReviewRef{id}, key, note);
            return noted ? Status(Ok{}) : Status(noted.error());
        });
        if (!written)
            return c.fail(written.error());
        c.out << number << ' ' << key << ' ' << answerKey(value) << ' ' << note << '\n';
        c.out.flush();
    }
    return Success;
}

const Registration selftestWriter{{
    .name = u"selftest-writer"_s,
    .summary = u"Crash-safety self-test: answer items in a loop, printing each answer after it is committed (test "
               u"builds only)."_s,
    .options = {option(u"--count", u"N", u"How many answers to write; 1000 without it.").integer(1, 100'000'000)},
    .database = DatabaseUse::OpenExisting,
    .run = runSelftestWriter,
}};

} // namespace

} // namespace sagstjek::cli
