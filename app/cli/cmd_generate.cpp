// A generated database at any size (issue 13): for benchmarks and for trying the app at scale.
#include "cli.h"

#include "services/demodata.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

bool isShare(const QString &value)
{
    bool ok = false;
    const double share = value.toDouble(&ok);
    return ok && share >= 0 && share <= 1;
}

int runGenerate(Context &c)
{
    demodata::GenerateOptions options;
    options.caseCount = c.args.integer(QStringLiteral("--cases"));
    options.seed = quint64(c.args.integer(QStringLiteral("--seed")));
    if (c.args.has(QStringLiteral("--reviewed-share")))
        options.reviewedShare = c.args.value(QStringLiteral("--reviewed-share")).toDouble();
    if (c.args.has(QStringLiteral("--as-of")))
        options.today = c.args.date(QStringLiteral("--as-of"));
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    if (!c.json)
        options.progress = [&](const QString &stage, qint64 done, qint64 total) {
            if (timer.elapsed() - lastReport >= 5000) {
                lastReport = timer.elapsed();
                c.err << stage << ": " << done << " of " << total << Qt::endl;
            }
            return true;
        };
    auto generated = demodata::generate(c.session(), options);
    if (!generated)
        return c.fail(generated.error());
    const demodata::GenerateSummary &s = generated.value();
    if (c.json) {
        c.printJson(QJsonObject{{QStringLiteral("cases"), s.cases},
                                {QStringLiteral("reviews"), s.reviews},
                                {QStringLiteral("answers"), s.answers},
                                {QStringLiteral("defects"), s.defects},
                                {QStringLiteral("round_cases"), s.roundCases},
                                {QStringLiteral("audit_records"), s.auditRecords},
                                {QStringLiteral("milliseconds"), timer.elapsed()}});
    } else {
        c.out << "Generated " << s.cases << " cases, " << s.reviews << " reviews with " << s.answers << " answers and "
              << s.defects << " defects (a sample round of " << s.roundCases << " cases) in " << timer.elapsed()
              << " ms." << Qt::endl;
    }
    return Success;
}

const Registration generate{{
    .name = u"generate"_s,
    .summary = u"Fill an empty database with N generated cases, reviews, answers and defects (for trying the app at "
               u"scale and for benchmarks)."_s,
    .description =
        u"Every area, the demo's names and case numbers, dates on time, late or missing, follow-up events, a sample "
        u"round, and --reviewed-share of the cases reviewed. The same --seed, --cases, --reviewed-share and --as-of "
        u"give the same content. Writes into the database named by --db (created when missing); refused when it "
        u"already has cases. One audit record per 5,000 reviews."_s,
    .options = {option(u"--cases", u"N", u"How many cases.").integer(1, 100'000'000).required(),
                option(u"--seed", u"S", u"The random seed.").integer(0).required(),
                option(u"--reviewed-share", u"F", u"The share of cases reviewed, from 0 to 1 (default 0.3).")
                    .accepting(isShare, u"a number from 0 to 1"_s),
                dateOption(u"--as-of", u"The day the data is generated as of (default today).")},
    .permission = AccessPolicy::Permission::ImportCases,
    .database = DatabaseUse::CreateIfMissing,
    .printsJson = true,
    .run = runGenerate,
}};

} // namespace

} // namespace sagstjek::cli
