#include "services/roundservice.h"

#include "domain/permission.h"
#include "services/people.h"
#include "services/sampling.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/roundrepository.h"
#include "storage/templaterepository.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace sagstjek {

namespace {

QString trRounds(const char *text)
{
    return QCoreApplication::translate("sagstjek::RoundService", text);
}

int monthsIn(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 1;
    return (end.year() - start.year()) * 12 + end.month() - start.month() + 1;
}

QString stratumOf(const PopulationRow &row, Stratum stratum)
{
    switch (stratum) {
    case Stratum::Area:
        return row.area;
    case Stratum::Caseworker:
        return row.caseworker;
    case Stratum::Team:
        return row.team;
    case Stratum::None:
        break;
    }
    return {};
}

} // namespace

RoundService::RoundService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_db(session.database())
{
}

Status RoundService::checkManage()
{
    return m_session.policy().require(Permission::ManageRounds);
}

QString RoundService::skippedText(const SkippedStratum &skipped)
{
    const QStringList parts = skipped.reason.split(u' ');
    if (parts.value(0) == u"none")
        return tr("%1: no eligible case, skipped").arg(skipped.stratum);
    if (parts.value(0) == u"short") {
        const QStringList counts = parts.value(1).split(u'/');
        return tr("%1: only %2 eligible of the %3 asked for").arg(skipped.stratum, counts.value(0), counts.value(1));
    }
    return skipped.stratum + QStringLiteral(": ") + skipped.reason;
}

Result<Round> RoundService::create(const RoundSpec &requested)
{
    RoundSpec spec = requested;
    const AccessPolicy &policy = m_session.policy();
    if (spec.kind == RoundKind::SelfCheck && !policy.isBootstrap() && policy.user().role == Role::Caseworker) {
        // A caseworker may start a self-check of their own cases, and only of those.
        spec.scope.caseworkers = people::namesOf(m_db, user());
    } else if (auto allowed = checkManage(); !allowed) {
        return allowed.error();
    }
    const QString name = spec.name.trimmed();
    if (name.isEmpty())
        return invalidInput(tr("A round needs a name."));
    if (spec.targetPercent < 0 || spec.targetPercent > 100)
        return invalidInput(tr("The target must be a percentage from 0 to 100, not %1.").arg(spec.targetPercent));
    if (spec.periodStart.isValid() && spec.periodEnd.isValid() && spec.periodEnd < spec.periodStart)
        return invalidInput(tr("The period ends before it starts."));
    if (spec.scope.from.isValid() && spec.scope.to.isValid() && spec.scope.to < spec.scope.from)
        return invalidInput(tr("The case-date range ends before it starts."));
    if (spec.sampleSize < 0 || spec.perStratum < 0 || spec.excludeReviewedMonths < 0)
        return invalidInput(tr("Sizes and months cannot be negative."));
    const bool stratified = spec.stratify != Stratum::None;
    if (stratified && spec.perStratum <= 0)
        return invalidInput(tr("A stratified sample needs the number of cases per stratum (--per-stratum)."));
    if (!stratified && spec.perStratum > 0)
        return invalidInput(tr("Say what to stratify by (area, caseworker or team) with the number per stratum."));
    if (spec.kind == RoundKind::Sample && !stratified && spec.sampleSize <= 0)
        return invalidInput(tr("A sample round needs a sample size, or a number per stratum."));
    if ((spec.kind == RoundKind::Walkthrough || spec.kind == RoundKind::SelfCheck) &&
        (spec.sampleSize > 0 || stratified))
        return invalidInput(tr("A walkthrough or self-check covers every case in scope; use a sample round to "
                               "draw a sample."));

    RoundRepository &repository = m_db.rounds();
    auto existing = repository.findByName(name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return invalidInput(tr("There is already a round called \"%1\".").arg(name));

    Round round;
    round.name = name;
    round.kind = spec.kind;
    round.scope = spec.scope;
    round.periodStart = spec.periodStart;
    round.periodEnd = spec.periodEnd;
    round.targetPercent = spec.targetPercent;
    round.seed = spec.seed.value_or(sampling::newSeed());
    round.sampleSize = spec.sampleSize;
    round.perStratum = spec.perStratum;
    round.stratify = spec.stratify;
    round.excludeReviewedMonths = spec.excludeReviewedMonths;
    round.includeRemediated = spec.includeRemediated;
    round.createdBy = user();
    if (round.kind == RoundKind::Supervision) {
        // Ledelsestilsyn: one case per caseworker per month of the period.
        round.stratify = Stratum::Caseworker;
        round.perStratum = spec.perStratum > 0 ? spec.perStratum : monthsIn(spec.periodStart, spec.periodEnd);
        round.sampleSize = 0;
    }

    qint64 roundId = 0;
    auto status = m_db.transaction([&]() -> Status {
        auto inScope = repository.casesInScope(round.scope);
        if (!inScope)
            return inScope.error();
        // Canonical order: the drawing order never depends on the order cases were imported in.
        QList<sampling::Candidate> order;
        QHash<qint64, PopulationRow> byId;
        for (const PopulationRow &row : inScope.value()) {
            order.append({row.caseId, row.caseNumber, {}});
            byId.insert(row.caseId, row);
        }
        sampling::sortCanonically(order);
        if (order.isEmpty())
            return invalidInput(tr("No case is in the round's scope."));

        // The cue-card version for each area in the population: the one asked for, else the newest.
        QHash<QString, qint64> templates;
        TemplateRepository &templateRepository = m_db.templates();
        for (const PopulationRow &row : inScope.value()) {
            if (templates.contains(row.area))
                continue;
            if (spec.templates.contains(row.area)) {
                auto card = templateRepository.load(spec.templates.value(row.area));
                if (!card)
                    return card.error();
                if (card->area != row.area)
                    return invalidInput(tr("The cue card %1 version %2 is not for the area %3.")
                                            .arg(card->key)
                                            .arg(card->version)
                                            .arg(row.area));
                templates.insert(row.area, card->id);
            } else {
                auto card = templateRepository.latestForArea(row.area);
                if (!card)
                    return card.error();
                templates.insert(row.area, card->id);
            }
        }

        auto inserted = repository.insert(round, templates);
        if (!inserted)
            return inserted.error();
        roundId = inserted.value();

        QSet<qint64> recentlyReviewed;
        if (round.excludeReviewedMonths > 0) {
            auto reviewed = repository.reviewedSince(
                m_session.today().addMonths(-round.excludeReviewedMonths).toString(Qt::ISODate));
            if (!reviewed)
                return reviewed.error();
            recentlyReviewed = reviewed.value();
        }
        QSet<qint64> remediated;
        if (round.includeRemediated) {
            auto previous = repository.previousRoundStart(roundId);
            if (!previous)
                return previous.error();
            auto fixed = repository.remediatedSince(previous.value());
            if (!fixed)
                return fixed.error();
            remediated = fixed.value();
        }

        QList<PopulationRow> population;
        for (const sampling::Candidate &candidate : std::as_const(order)) {
            PopulationRow row = byId.value(candidate.caseId);
            row.eligible = !recentlyReviewed.contains(row.caseId);
            population << row;
        }
        if (auto stored = repository.insertPopulation(roundId, population); !stored)
            return stored;

        QList<SampleRow> sample;
        QList<SkippedStratum> skipped;
        QList<qint64> forced;
        for (const PopulationRow &row : std::as_const(population))
            if (remediated.contains(row.caseId))
                forced << row.caseId;
        if (round.kind == RoundKind::Walkthrough || round.kind == RoundKind::SelfCheck) {
            for (const PopulationRow &row : std::as_const(population))
                if (row.eligible && !forced.contains(row.caseId))
                    sample.append({row.caseId, QStringLiteral("all"), {}});
        } else {
            QList<sampling::Candidate> candidates;
            QStringList expected;
            for (const PopulationRow &row : std::as_const(population)) {
                const QString stratum = stratumOf(row, round.stratify);
                if (round.kind == RoundKind::Supervision && stratum.trimmed().isEmpty())
                    continue; // a case without a caseworker has no one to supervise
                if (round.stratify != Stratum::None && !expected.contains(stratum))
                    expected << stratum;
                if (row.eligible && !forced.contains(row.caseId))
                    candidates.append({row.caseId, row.caseNumber, stratum});
            }
            const sampling::Draw draw = round.stratify == Stratum::None
                                            ? sampling::simple(round.seed, candidates, round.sampleSize)
                                            : sampling::stratified(round.seed, candidates, round.perStratum, expected);
            for (const sampling::Drawn &drawn : draw.cases)
                sample.append({drawn.candidate.caseId, QStringLiteral("drawn"), drawn.stratum});
            for (const sampling::Shortfall &shortfall : draw.shortfalls)
                skipped.append({shortfall.stratum,
                                shortfall.available == 0
                                    ? QStringLiteral("none")
                                    : QStringLiteral("short %1/%2").arg(shortfall.available).arg(shortfall.wanted)});
        }
        for (qint64 id : std::as_const(forced))
            sample.append({id, QStringLiteral("remediated-defect"), {}});
        if (auto stored = repository.insertSample(roundId, sample); !stored)
            return stored;
        if (auto stored = repository.insertSkipped(roundId, skipped); !stored)
            return stored;

        QJsonArray sampleNumbers;
        for (const SampleRow &row : std::as_const(sample))
            sampleNumbers.append(byId.value(row.caseId).caseNumber);
        QJsonObject after{{QStringLiteral("name"), round.name},
                          {QStringLiteral("kind"), roundKindKey(round.kind)},
                          {QStringLiteral("seed"), QString::number(round.seed)},
                          {QStringLiteral("population"), int(population.size())},
                          {QStringLiteral("sample"), sampleNumbers}};
        return m_db.audit().record({user(),
                                    QStringLiteral("round.create"),
                                    QStringLiteral("round"),
                                    QString::number(roundId),
                                    0,
                                    {},
                                    after,
                                    {}});
    });
    if (!status)
        return status.error();
    emit roundsChanged();
    return load(roundId);
}

Status RoundService::close(qint64 roundId)
{
    return setRoundStatus(roundId, RoundStatus::Closed);
}

Status RoundService::reopen(qint64 roundId)
{
    return setRoundStatus(roundId, RoundStatus::Active);
}

Status RoundService::setRoundStatus(qint64 roundId, RoundStatus target)
{
    if (auto allowed = checkManage(); !allowed)
        return allowed;
    auto round = load(roundId);
    if (!round)
        return round.error();
    if (round->status == target)
        return Ok{};
    auto status = m_db.transaction([&]() -> Status {
        if (auto changed = m_db.rounds().setStatus(roundId, target); !changed)
            return changed;
        return m_db.audit().record(
            {user(),
             target == RoundStatus::Closed ? QStringLiteral("round.close") : QStringLiteral("round.reopen"),
             QStringLiteral("round"),
             QString::number(roundId),
             0,
             {{QStringLiteral("status"), roundStatusKey(round->status)}},
             {{QStringLiteral("status"), roundStatusKey(target)}},
             {}});
    });
    if (status) {
        emit roundChanged(roundId);
        emit roundsChanged();
    }
    return status;
}

Status RoundService::setArchived(qint64 roundId, bool archived)
{
    if (auto allowed = checkManage(); !allowed)
        return allowed;
    auto round = load(roundId);
    if (!round)
        return round.error();
    if (round->archived() == archived)
        return Ok{};
    auto status = m_db.transaction([&]() -> Status {
        if (auto changed = m_db.rounds().setArchived(roundId, archived); !changed)
            return changed;
        return m_db.audit().record({user(),
                                    archived ? QStringLiteral("round.archive") : QStringLiteral("round.unarchive"),
                                    QStringLiteral("round"),
                                    QString::number(roundId),
                                    0,
                                    {{QStringLiteral("archived"), round->archived()}},
                                    {{QStringLiteral("archived"), archived}},
                                    {}});
    });
    if (status) {
        emit roundChanged(roundId);
        emit roundsChanged();
    }
    return status;
}

Result<int> RoundService::countInScope(const RoundScope &scope)
{
    return m_db.rounds().countInScope(scope);
}

Result<QList<User>> RoundService::reviewerCandidates()
{
    auto users = m_db.users().list();
    if (!users)
        return users.error();
    QList<User> candidates;
    for (const User &u : users.value())
        if (u.active && roleMay(u.role, Permission::ReadCaseData))
            candidates << u;
    std::sort(candidates.begin(), candidates.end(), [](const User &a, const User &b) {
        return QString::localeAwareCompare(a.caseworkerName(), b.caseworkerName()) < 0;
    });
    return candidates;
}

Result<QString> RoundService::resolveReviewer(const QString &name)
{
    const QString wanted = name.trimmed();
    auto count = m_db.users().count();
    if (!count)
        return count.error();
    if (count.value() == 0)
        return wanted; // no user list yet: names are free
    auto candidates = reviewerCandidates();
    if (!candidates)
        return candidates.error();
    for (const User &u : candidates.value())
        if (people::samePerson(u.name, wanted) || people::samePerson(u.displayName, wanted))
            return u.name;
    return invalidInput(tr("There is no active user called \"%1\" who may review cases; choose the reviewer from "
                           "the user list.")
                            .arg(wanted));
}

Result<Round> RoundService::find(const QString &name)
{
    auto round = m_db.rounds().findByName(name);
    if (!round)
        return round.error();
    if (!round.value())
        return notFound(tr("There is no round called \"%1\".").arg(name));
    return *round.value();
}

Result<Round> RoundService::load(qint64 roundId)
{
    return m_db.rounds().load(roundId);
}

Result<QList<Round>> RoundService::list()
{
    return m_db.rounds().list();
}

Result<QList<RoundCase>> RoundService::cases(qint64 roundId)
{
    return cases(roundId, RoundCasePage{});
}

Result<QList<RoundCase>> RoundService::cases(qint64 roundId, const RoundCasePage &page)
{
    RoundCaseScope scope;
    if (!m_session.policy().ownCasesScope().isEmpty()) // a caseworker: their own cases and those assigned to them
        scope = {people::namesOf(m_db, user()), user()};
    return m_db.rounds().cases(roundId, scope, page);
}

Status RoundService::forEachCase(qint64 roundId, RoundCasePage page, const std::function<void(const RoundCase &)> &row)
{
    constexpr int Page = 500;
    const qint64 limit = page.limit;
    for (qint64 seen = 0;;) {
        page.limit = limit > 0 ? int(std::min<qint64>(Page, limit - seen)) : Page;
        if (page.limit <= 0)
            return Ok{};
        auto read = cases(roundId, page);
        if (!read)
            return read.error();
        for (const RoundCase &rc : read.value())
            row(rc);
        seen += read->size();
        if (read->size() < page.limit)
            return Ok{};
        page.afterDraw = read->constLast().drawOrder;
    }
}

Result<int> RoundService::populationSize(qint64 roundId)
{
    return m_db.rounds().populationCount(roundId);
}

Result<QList<SkippedStratum>> RoundService::skipped(qint64 roundId)
{
    return m_db.rounds().skipped(roundId);
}

Result<RoundProgress> RoundService::progress(qint64 roundId)
{
    // Summed from a few grouped rows (figures count every case of the round): the round list asks this of every
    // round at start, and a walkthrough may hold every case of the database.
    auto rows = m_db.rounds().progressRows(roundId);
    if (!rows)
        return rows.error();
    auto population = populationSize(roundId);
    if (!population)
        return population.error();
    RoundProgress progress;
    progress.population = population.value();
    // Keyed case-insensitively; cases count under the assigned reviewer, reviews under who did them.
    QMap<QString, ReviewerProgress> reviewers;
    auto lineOf = [&reviewers](const QString &name) -> ReviewerProgress & {
        ReviewerProgress &line = reviewers[name.trimmed().toCaseFolded()];
        if (line.reviewer.isEmpty())
            line.reviewer = name.trimmed();
        return line;
    };
    for (const RoundProgressRow &row : rows.value()) {
        progress.inScope += row.cases;
        ReviewerProgress &assigned = lineOf(row.assignedReviewer);
        assigned.inScope += row.cases;
        if (isReviewed(row.status)) {
            progress.reviewed += row.cases;
            ReviewerProgress &doer = lineOf(row.reviewedBy.isEmpty() ? row.assignedReviewer : row.reviewedBy);
            doer.reviewed += row.cases;
            if (!row.anyNotMet)
                progress.errorFree += row.cases;
            if (row.status == ReviewStatus::Approved)
                doer.approved += row.cases;
        } else {
            assigned.open += row.cases;
        }
        if (row.status == ReviewStatus::Approved)
            progress.approved += row.cases;
    }
    progress.reviewers = reviewers.values();
    return progress;
}

Result<QList<RoundCase>> RoundService::remaining(qint64 roundId, const QString &reviewer)
{
    RoundCasePage page;
    page.remainingOnly = true;
    page.assignedTo = reviewer;
    return cases(roundId, page);
}

Result<AssignmentOutcome> RoundService::assign(qint64 roundId, const QString &reviewer, const QStringList &caseNumbers)
{
    if (auto allowed = checkManage(); !allowed)
        return allowed.error();
    if (reviewer.trimmed().isEmpty())
        return invalidInput(tr("Name the reviewer to assign cases to."));
    auto resolved = resolveReviewer(reviewer);
    if (!resolved)
        return resolved.error();
    const QString who = resolved.value();
    auto round = load(roundId);
    if (!round)
        return round.error();
    if (round->status != RoundStatus::Active)
        return refused(tr("The round \"%1\" is closed; its assignments can no longer change.").arg(round->name));
    auto all = m_db.rounds().cases(roundId, {});
    if (!all)
        return all.error();
    const bool selfCheck = round->kind == RoundKind::SelfCheck;

    AssignmentOutcome outcome;
    QList<RoundCase> chosen;
    if (caseNumbers.isEmpty()) {
        for (const RoundCase &c : all.value()) {
            if (!c.reviewer.isEmpty())
                continue;
            if (!selfCheck && people::isCaseworker(m_db, who, c.caseworker))
                outcome.refused.append({c.caseNumber, tr("%1 is the caseworker on %2; a reviewer never reviews their "
                                                         "own case outside a self-check round.")
                                                          .arg(who, c.caseNumber)});
            else
                chosen << c;
        }
    } else {
        for (const QString &number : caseNumbers) {
            const auto it = std::find_if(all->cbegin(), all->cend(), [&](const RoundCase &c) {
                return QString::compare(c.caseNumber, number.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (it == all->cend())
                outcome.refused.append({number, tr("%1 is not in the round \"%2\".").arg(number, round->name)});
            else if (!selfCheck && people::isCaseworker(m_db, who, it->caseworker))
                outcome.refused.append({it->caseNumber, tr("%1 is the caseworker on %2; a reviewer never reviews "
                                                           "their own case outside a self-check round.")
                                                            .arg(who, it->caseNumber)});
            else
                chosen << *it;
        }
        if (!outcome.refused.isEmpty()) {
            QStringList reasons;
            for (const AssignmentRefusal &r : std::as_const(outcome.refused))
                reasons << r.reason;
            return refused(tr("Nothing was assigned:\n%1").arg(reasons.join(u'\n')));
        }
    }

    auto status = m_db.transaction([&]() -> Status {
        RoundRepository &repository = m_db.rounds();
        for (const RoundCase &c : std::as_const(chosen)) {
            if (people::samePerson(c.reviewer, who))
                continue;
            if (auto assigned = repository.assign(roundId, c.caseId, who, user()); !assigned)
                return assigned;
            QJsonObject before;
            if (!c.reviewer.isEmpty())
                before.insert(QStringLiteral("reviewer"), c.reviewer);
            if (auto audited = m_db.audit().record({user(),
                                                    QStringLiteral("round.assign"),
                                                    QStringLiteral("round"),
                                                    QStringLiteral("%1/%2").arg(roundId).arg(c.caseNumber),
                                                    c.caseId,
                                                    before,
                                                    {{QStringLiteral("reviewer"), who}},
                                                    {}});
                !audited)
                return audited;
            outcome.assigned << c.caseNumber;
        }
        return Ok{};
    });
    if (!status)
        return status.error();
    emit roundChanged(roundId);
    return outcome;
}

Result<AssignmentOutcome> RoundService::assignEvenly(qint64 roundId, const QStringList &reviewers)
{
    if (auto allowed = checkManage(); !allowed)
        return allowed.error();
    QStringList names;
    for (const QString &reviewer : reviewers) {
        if (reviewer.trimmed().isEmpty())
            continue;
        auto resolved = resolveReviewer(reviewer);
        if (!resolved)
            return resolved.error();
        if (!names.contains(resolved.value(), Qt::CaseInsensitive))
            names << resolved.value();
    }
    if (names.isEmpty())
        return invalidInput(tr("Name at least one reviewer to share the cases among."));
    auto round = load(roundId);
    if (!round)
        return round.error();
    if (round->status != RoundStatus::Active)
        return refused(tr("The round \"%1\" is closed; its assignments can no longer change.").arg(round->name));
    auto all = m_db.rounds().cases(roundId, {});
    if (!all)
        return all.error();
    const bool selfCheck = round->kind == RoundKind::SelfCheck;
    QHash<QString, int> load;
    for (const RoundCase &c : all.value())
        for (const QString &name : std::as_const(names))
            if (people::samePerson(c.reviewer, name))
                ++load[name];

    AssignmentOutcome outcome;
    auto status = m_db.transaction([&]() -> Status {
        RoundRepository &repository = m_db.rounds();
        for (const RoundCase &c : all.value()) {
            if (!c.reviewer.isEmpty())
                continue;
            QString best;
            for (const QString &name : std::as_const(names)) {
                if (!selfCheck && people::isCaseworker(m_db, name, c.caseworker))
                    continue;
                if (best.isEmpty() || load.value(name) < load.value(best))
                    best = name;
            }
            if (best.isEmpty()) {
                outcome.refused.append({c.caseNumber, tr("Every reviewer named is the caseworker on %1; it needs "
                                                         "another reviewer.")
                                                          .arg(c.caseNumber)});
                continue;
            }
            if (auto assigned = repository.assign(roundId, c.caseId, best, user()); !assigned)
                return assigned;
            if (auto audited = m_db.audit().record({user(),
                                                    QStringLiteral("round.assign"),
                                                    QStringLiteral("round"),
                                                    QStringLiteral("%1/%2").arg(roundId).arg(c.caseNumber),
                                                    c.caseId,
                                                    {},
                                                    {{QStringLiteral("reviewer"), best}},
                                                    {}});
                !audited)
                return audited;
            ++load[best];
            outcome.assigned << c.caseNumber;
        }
        return Ok{};
    });
    if (!status)
        return status.error();
    emit roundChanged(roundId);
    return outcome;
}

namespace rounds {

Result<bool> isAssignedInActiveRound(Database &db, qint64 caseId, const QString &user, qint64 roundId)
{
    return db.rounds().isAssignedInActiveRound(caseId, user, roundId);
}

Result<CueCard> cardForNewReview(Database &db, qint64 roundId, const CaseFile &caseFile)
{
    TemplateRepository &templates = db.templates();
    if (roundId <= 0)
        return templates.latestForArea(caseFile.area);
    RoundRepository &repository = db.rounds();
    auto round = repository.load(roundId);
    if (!round)
        return round.error();
    if (round->status != RoundStatus::Active)
        return refused(trRounds("The round \"%1\" is closed; no new review can start in it.").arg(round->name));
    auto inSample = repository.isInSample(roundId, caseFile.id);
    if (!inSample)
        return inSample.error();
    if (!inSample.value())
        return refused(trRounds("%1 is not in the round \"%2\".").arg(caseFile.caseNumber, round->name));
    auto chosen = repository.templates(roundId);
    if (!chosen)
        return chosen.error();
    if (chosen->contains(caseFile.area))
        return templates.load(chosen->value(caseFile.area));
    return templates.latestForArea(caseFile.area);
}

} // namespace rounds

} // namespace sagstjek
