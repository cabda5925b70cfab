#include "storage/sql/sqlroundrepository.h"
#include "storage/sql/globalid.h"

#include "storage/database.h"
#include "storage/sql/sql.h"
#include "storage/sql/tablecopy.h"

#include <QCoreApplication>

namespace sagstjek {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// "?, ?, ?" for `count` bound values (the text holds placeholders only, never a value).
QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant positiveOrNull(int value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

const QString roundColumns = QStringLiteral(
    "id, name, kind, status, scope_from, scope_to, period_start, period_end, target_percent, seed, "
    "sample_size, "
    "per_stratum, stratify, exclude_reviewed_months, include_remediated, created_by, created_at, archived_at");

Round roundFrom(const QSqlQuery &q)
{
    Round r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.kind = roundKindFromKey(q.value(2).toString()).value_or(RoundKind::Walkthrough);
    r.status = roundStatusFromKey(q.value(3).toString()).value_or(RoundStatus::Active);
    r.scope.from = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.scope.to = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.periodStart = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.periodEnd = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.targetPercent = q.value(8).toInt();
    r.seed = q.value(9).toString().toULongLong();
    r.sampleSize = q.value(10).toInt();
    r.perStratum = q.value(11).toInt();
    r.stratify = stratumFromKey(q.value(12).toString()).value_or(Stratum::None);
    r.excludeReviewedMonths = q.value(13).toInt();
    r.includeRemediated = q.value(14).toInt() != 0;
    r.createdBy = q.value(15).toString();
    r.createdAt = q.value(16).toString();
    r.archivedAt = q.value(17).toString();
    return r;
}

} // namespace

Result<qint64> SqlRoundRepository::insert(const Round &r, const QHash<QString, qint64> &templates)
{
    const QString now = utcNow();
    auto inserted = sql::insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO rounds (name, kind, status, scope_from, scope_to, period_start, period_end, "
                       "target_percent, seed, sample_size, per_stratum, stratify, exclude_reviewed_months, "
                       "include_remediated, created_by, created_at, updated_at, uid) "
                       "VALUES (?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.name, roundKindKey(r.kind), dateOrNull(r.scope.from), dateOrNull(r.scope.to), dateOrNull(r.periodStart),
         dateOrNull(r.periodEnd), r.targetPercent, QString::number(r.seed), positiveOrNull(r.sampleSize),
         positiveOrNull(r.perStratum), sql::nullable(stratumKey(r.stratify)), positiveOrNull(r.excludeReviewedMonths),
         r.includeRemediated ? 1 : 0, r.createdBy, now, now, sql::newGlobalId()});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    const QList<std::pair<QString, QStringList>> dimensions = {{QStringLiteral("area"), r.scope.areas},
                                                               {QStringLiteral("team"), r.scope.teams},
                                                               {QStringLiteral("caseworker"), r.scope.caseworkers}};
    for (const auto &[dimension, values] : dimensions) {
        for (const QString &value : values) {
            auto scoped = sql::run(m_db,
                                   QStringLiteral("INSERT INTO round_scope (round_id, dimension, value) "
                                                  "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                                   {id, dimension, value});
            if (!scoped)
                return scoped.error();
        }
    }
    for (auto it = templates.cbegin(); it != templates.cend(); ++it) {
        auto stored = sql::run(m_db,
                               QStringLiteral("INSERT INTO round_templates (round_id, area, template_id) "
                                              "VALUES (?, ?, ?)"),
                               {id, it.key(), it.value()});
        if (!stored)
            return stored.error();
    }
    return id;
}

Result<std::optional<Round>> SqlRoundRepository::findByName(const QString &name)
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM rounds WHERE name = ?"), {name.trimmed()});
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<Round>();
    auto round = load(id->toLongLong());
    if (!round)
        return round.error();
    return std::optional<Round>(std::move(round).value());
}

Result<Round> SqlRoundRepository::load(qint64 roundId)
{
    auto query = sql::run(m_db, QStringLiteral("SELECT ") + roundColumns + QStringLiteral(" FROM rounds WHERE id = ?"),
                          {roundId});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(tr("The round no longer exists."));
    Round round = roundFrom(query.value());
    query->finish();
    auto scope = sql::run(m_db,
                          QStringLiteral("SELECT dimension, value FROM round_scope WHERE round_id = ? "
                                         "ORDER BY dimension, value"),
                          {roundId});
    if (!scope)
        return scope.error();
    while (scope->next()) {
        const QString dimension = scope->value(0).toString();
        const QString value = scope->value(1).toString();
        if (dimension == u"area")
            round.scope.areas << value;
        else if (dimension == u"team")
            round.scope.teams << value;
        else
            round.scope.caseworkers << value;
    }
    if (auto done = sql::finished(scope.value()); !done)
        return done.error();
    return round;
}

Result<QList<Round>> SqlRoundRepository::list()
{
    auto query = sql::run(m_db, QStringLiteral("SELECT id FROM rounds ORDER BY created_at DESC, id DESC"));
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    QList<Round> rounds;
    for (qint64 id : ids) {
        auto round = load(id);
        if (!round)
            return round.error();
        rounds << std::move(round).value();
    }
    return rounds;
}

Status SqlRoundRepository::setStatus(qint64 roundId, RoundStatus status)
{
    const QString now = utcNow();
    auto updated =
        sql::run(m_db, QStringLiteral("UPDATE rounds SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?"),
                 {roundStatusKey(status), status == RoundStatus::Closed ? QVariant(now) : QVariant(), now, roundId});
    if (!updated)
        return updated.error();
    return Ok{};
}

Status SqlRoundRepository::setArchived(qint64 roundId, bool archived)
{
    const QString now = utcNow();
    auto updated = sql::run(m_db, QStringLiteral("UPDATE rounds SET archived_at = ?, updated_at = ? WHERE id = ?"),
                            {archived ? QVariant(now) : QVariant(), now, roundId});
    if (!updated)
        return updated.error();
    return Ok{};
}

namespace {

// The WHERE clause of a scope over `cases c` (placeholders only; the values go to `values`).
QString scopeWhere(const RoundScope &scope, QVariantList &values)
{
    QStringList conditions;
    const QList<std::pair<QString, QStringList>> dimensions = {{QStringLiteral("c.area"), scope.areas},
                                                               {QStringLiteral("c.team"), scope.teams},
                                                               {QStringLiteral("c.caseworker"), scope.caseworkers}};
    for (const auto &[column, list] : dimensions) {
        if (list.isEmpty())
            continue;
        conditions << column + QStringLiteral(" IN (") + placeholders(list.size()) + QStringLiteral(")");
        for (const QString &value : list)
            values << value;
    }
    // A case's date is its first recorded date (the takeover, the first day of absence, …).
    const QString firstDate = QStringLiteral("(SELECT MIN(d.value) FROM case_dates d WHERE d.case_id = c.id)");
    if (scope.from.isValid()) {
        conditions << firstDate + QStringLiteral(" >= ?");
        values << scope.from.toString(Qt::ISODate);
    }
    if (scope.to.isValid()) {
        conditions << firstDate + QStringLiteral(" <= ?");
        values << scope.to.toString(Qt::ISODate);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<int> SqlRoundRepository::countInScope(const RoundScope &scope)
{
    QVariantList values;
    const QString where = scopeWhere(scope, values);
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cases c") + where, values);
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QList<PopulationRow>> SqlRoundRepository::casesInScope(const RoundScope &scope)
{
    QVariantList values;
    const QString where = scopeWhere(scope, values);
    auto query = sql::run(
        m_db, QStringLiteral("SELECT c.id, c.case_number, c.area, c.caseworker, c.team FROM cases c") + where, values);
    if (!query)
        return query.error();
    QList<PopulationRow> rows;
    while (query->next())
        rows.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString(), query->value(4).toString(), true});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return rows;
}

Result<QSet<qint64>> SqlRoundRepository::reviewedSince(const QString &since)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT DISTINCT case_id FROM reviews WHERE completed_at IS NOT NULL "
                                         "AND completed_at >= ?"),
                          {since});
    if (!query)
        return query.error();
    QSet<qint64> ids;
    while (query->next())
        ids.insert(query->value(0).toLongLong());
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return ids;
}

Result<QSet<qint64>> SqlRoundRepository::remediatedSince(const QString &since)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT DISTINCT case_id FROM defects WHERE remediated_at IS NOT NULL "
                                         "AND remediated_at >= ? AND status IN ('remediated', 'verified')"),
                          {since.isEmpty() ? QStringLiteral("0000") : since});
    if (!query)
        return query.error();
    QSet<qint64> ids;
    while (query->next())
        ids.insert(query->value(0).toLongLong());
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return ids;
}

Result<QString> SqlRoundRepository::previousRoundStart(qint64 roundId)
{
    auto value = sql::scalar(m_db, QStringLiteral("SELECT MAX(created_at) FROM rounds WHERE id <> ?"), {roundId});
    if (!value)
        return value.error();
    return value->isNull() ? QString() : value->toString();
}

Status SqlRoundRepository::insertPopulation(qint64 roundId, const QList<PopulationRow> &rows)
{
    // Many rows to a statement: a round takes in every case, and a statement a row took 10 s for 20,000 cases on a
    // server (issue 11).
    tablecopy::BatchInsert population(
        m_db, {QStringLiteral("round_population"),
               {QStringLiteral("round_id"), QStringLiteral("position"), QStringLiteral("case_id"),
                QStringLiteral("case_number"), QStringLiteral("area"), QStringLiteral("caseworker"),
                QStringLiteral("team"), QStringLiteral("eligible")},
               false});
    int position = 0;
    for (const PopulationRow &row : rows)
        if (auto added = population.add({roundId, ++position, row.caseId, row.caseNumber, row.area, row.caseworker,
                                         row.team, row.eligible ? 1 : 0});
            !added)
            return added;
    return population.flush();
}

Status SqlRoundRepository::insertSample(qint64 roundId, const QList<SampleRow> &rows)
{
    int order = 0;
    for (const SampleRow &row : rows) {
        auto inserted =
            sql::run(m_db,
                     QStringLiteral("INSERT INTO round_sample (round_id, draw_order, case_id, reason, stratum) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {roundId, ++order, row.caseId, row.reason, row.stratum});
        if (!inserted)
            return inserted.error();
    }
    return Ok{};
}

Status SqlRoundRepository::insertSkipped(qint64 roundId, const QList<SkippedStratum> &skipped)
{
    for (const SkippedStratum &s : skipped) {
        auto inserted =
            sql::run(m_db,
                     QStringLiteral("INSERT INTO round_skipped (round_id, stratum, reason) VALUES (?, ?, ?) "
                                    "ON CONFLICT (round_id, stratum) DO UPDATE SET reason = excluded.reason"),
                     {roundId, s.stratum, s.reason});
        if (!inserted)
            return inserted.error();
    }
    return Ok{};
}

Result<QList<PopulationRow>> SqlRoundRepository::population(qint64 roundId)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT case_id, case_number, area, caseworker, team, eligible "
                                         "FROM round_population WHERE round_id = ? ORDER BY position"),
                          {roundId});
    if (!query)
        return query.error();
    QList<PopulationRow> rows;
    while (query->next())
        rows.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString(), query->value(4).toString(), query->value(5).toInt() != 0});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return rows;
}

Result<QList<RoundCase>> SqlRoundRepository::cases(qint64 roundId, const RoundCaseScope &scope,
                                                   const RoundCasePage &page)
{
    QVariantList values{roundId};
    QString scoped;
    if (!scope.everyCase()) {
        // NOCASE folds ASCII letters only, as the user list's names and the case list's caseworker filter do.
        scoped = QStringLiteral(" AND (a.reviewer = ? COLLATE NOCASE");
        values << scope.reviewer;
        if (!scope.caseworkerNames.isEmpty()) {
            scoped += QStringLiteral(" OR p.caseworker COLLATE NOCASE IN (") +
                      placeholders(scope.caseworkerNames.size()) + u')';
            for (const QString &name : scope.caseworkerNames)
                values << name;
        }
        scoped += u')';
    }
    if (page.remainingOnly) {
        scoped += QStringLiteral(" AND (r.status IS NULL OR r.status NOT IN (?, ?))");
        values << reviewStatusKey(ReviewStatus::Completed) << reviewStatusKey(ReviewStatus::Approved);
    }
    if (!page.assignedTo.trimmed().isEmpty()) {
        scoped += QStringLiteral(" AND a.reviewer = ? COLLATE NOCASE");
        values << page.assignedTo.trimmed();
    }
    if (page.afterDraw) {
        scoped += QStringLiteral(" AND s.draw_order > ?"); // keyset: UNIQUE (round_id, draw_order)
        values << *page.afterDraw;
    }
    if (page.upToDraw) {
        scoped += QStringLiteral(" AND s.draw_order <= ?");
        values << *page.upToDraw;
    }
    QString limit;
    if (page.limit > 0) {
        limit = QStringLiteral(" LIMIT ?");
        values << page.limit;
    }
    auto query =
        sql::run(m_db,
                 QStringLiteral("SELECT s.case_id, p.case_number, p.area, p.caseworker, p.team, s.draw_order, "
                                "s.reason, s.stratum, "
                                "a.reviewer, r.status, r.id, r.reviewer, "
                                "(SELECT count(*) FROM answers x WHERE x.review_id = r.id AND x.answer = 'not-met'), "
                                "c.name, c.cpr, "
                                "(SELECT ap.comment FROM review_approvals ap WHERE ap.review_id = r.id "
                                "AND ap.action = 'sent-back' ORDER BY ap.id DESC LIMIT 1) "
                                "FROM round_sample s "
                                "JOIN round_population p ON p.round_id = s.round_id AND p.case_id = s.case_id "
                                "LEFT JOIN round_assignments a ON a.round_id = s.round_id AND a.case_id = s.case_id "
                                "LEFT JOIN reviews r ON r.round_id = s.round_id AND r.case_id = s.case_id "
                                "LEFT JOIN cases c ON c.id = s.case_id "
                                "WHERE s.round_id = ?") +
                     scoped + QStringLiteral(" ORDER BY s.draw_order") + limit,
                 values);
    if (!query)
        return query.error();
    QList<RoundCase> list;
    while (query->next()) {
        RoundCase c;
        c.caseId = query->value(0).toLongLong();
        c.caseNumber = query->value(1).toString();
        c.area = query->value(2).toString();
        c.caseworker = query->value(3).toString();
        c.team = query->value(4).toString();
        c.drawOrder = query->value(5).toInt();
        c.reason = query->value(6).toString();
        c.stratum = query->value(7).toString();
        c.reviewer = query->value(8).toString();
        c.reviewStatus = reviewStatusFromKey(query->value(9).toString()); // NULL: not started
        c.reviewId = query->value(10).toLongLong();
        c.reviewedBy = query->value(11).toString();
        c.notMet = query->value(12).toInt();
        c.citizenName = query->value(13).toString();
        c.cpr = query->value(14).toString();
        if (c.reviewStatus == ReviewStatus::SentBack)
            c.sentBackComment = query->value(15).toString();
        list << c;
    }
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

Result<int> SqlRoundRepository::populationCount(qint64 roundId)
{
    auto query = sql::run(m_db, QStringLiteral("SELECT count(*) FROM round_population WHERE round_id = ?"), {roundId});
    if (!query)
        return query.error();
    const int count = query->next() ? query->value(0).toInt() : 0;
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return count;
}

Result<QList<RoundProgressRow>> SqlRoundRepository::progressRows(qint64 roundId)
{
    // The same joins as cases(); "not met" from the review's tally (kept by the answers' triggers) instead of
    // counting its answers.
    auto query =
        sql::run(m_db,
                 QStringLiteral("SELECT a.reviewer, r.reviewer, r.status, coalesce(t.not_met, 0) > 0, count(*) "
                                "FROM round_sample s "
                                "JOIN round_population p ON p.round_id = s.round_id AND p.case_id = s.case_id "
                                "LEFT JOIN round_assignments a ON a.round_id = s.round_id "
                                "AND a.case_id = s.case_id "
                                "LEFT JOIN reviews r ON r.round_id = s.round_id AND r.case_id = s.case_id "
                                "LEFT JOIN review_tallies t ON t.review_id = r.id "
                                "WHERE s.round_id = ? GROUP BY 1, 2, 3, 4"),
                 {roundId});
    if (!query)
        return query.error();
    QList<RoundProgressRow> rows;
    while (query->next())
        rows.append({query->value(0).toString(), query->value(1).toString(),
                     reviewStatusFromKey(query->value(2).toString()), query->value(3).toBool(),
                     query->value(4).toInt()});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return rows;
}

Result<QList<SkippedStratum>> SqlRoundRepository::skipped(qint64 roundId)
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT stratum, reason FROM round_skipped WHERE round_id = ? ORDER BY stratum"),
                 {roundId});
    if (!query)
        return query.error();
    QList<SkippedStratum> list;
    while (query->next())
        list.append({query->value(0).toString(), query->value(1).toString()});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

Result<QHash<QString, qint64>> SqlRoundRepository::templates(qint64 roundId)
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT area, template_id FROM round_templates WHERE round_id = ?"), {roundId});
    if (!query)
        return query.error();
    QHash<QString, qint64> map;
    while (query->next())
        map.insert(query->value(0).toString(), query->value(1).toLongLong());
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return map;
}

Status SqlRoundRepository::assign(qint64 roundId, qint64 caseId, const QString &reviewer, const QString &by)
{
    auto written =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO round_assignments (round_id, case_id, reviewer, assigned_by, "
                                "assigned_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (round_id, case_id) DO "
                                "UPDATE SET reviewer = excluded.reviewer, assigned_by = excluded.assigned_by, "
                                "assigned_at = excluded.assigned_at"),
                 {roundId, caseId, reviewer, by, utcNow()});
    if (!written)
        return written.error();
    return Ok{};
}

Status SqlRoundRepository::unassign(qint64 roundId, qint64 caseId)
{
    auto deleted = sql::run(m_db, QStringLiteral("DELETE FROM round_assignments WHERE round_id = ? AND case_id = ?"),
                            {roundId, caseId});
    if (!deleted)
        return deleted.error();
    return Ok{};
}

Result<bool> SqlRoundRepository::isInSample(qint64 roundId, qint64 caseId)
{
    auto found = sql::scalar(m_db, QStringLiteral("SELECT 1 FROM round_sample WHERE round_id = ? AND case_id = ?"),
                             {roundId, caseId});
    if (!found)
        return found.error();
    return !found->isNull();
}

Result<bool> SqlRoundRepository::isAssignedInActiveRound(qint64 caseId, const QString &user, qint64 roundId)
{
    auto found = sql::scalar(m_db,
                             QStringLiteral("SELECT 1 FROM round_assignments a JOIN rounds r ON r.id = a.round_id "
                                            "WHERE a.case_id = ? AND a.reviewer = ? AND r.status = 'active' "
                                            "AND (? = 0 OR a.round_id = ?) LIMIT 1"),
                             {caseId, user.trimmed(), roundId, roundId});
    if (!found)
        return found.error();
    return !found->isNull();
}

Status SqlRoundRepository::setReviewStatus(qint64 reviewId, ReviewStatus status)
{
    auto updated = sql::run(m_db, QStringLiteral("UPDATE reviews SET status = ?, updated_at = ? WHERE id = ?"),
                            {reviewStatusKey(status), utcNow(), reviewId});
    if (!updated)
        return updated.error();
    return Ok{};
}

Status SqlRoundRepository::addApproval(qint64 reviewId, const QString &action, const QString &user,
                                       const QString &comment)
{
    auto inserted = sql::run(m_db,
                             QStringLiteral("INSERT INTO review_approvals (review_id, action, user_name, at, comment) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {reviewId, action, user, utcNow(), comment});
    if (!inserted)
        return inserted.error();
    return Ok{};
}

Result<QList<ApprovalRecord>> SqlRoundRepository::approvals(qint64 reviewId)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id, action, user_name, at, comment FROM review_approvals "
                                         "WHERE review_id = ? ORDER BY id"),
                          {reviewId});
    if (!query)
        return query.error();
    QList<ApprovalRecord> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), reviewId, query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString(), query->value(4).toString()});
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return list;
}

Result<QStringList> SqlRoundRepository::contributors(qint64 reviewId)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT reviewer FROM reviews WHERE id = ? UNION "
                                         "SELECT DISTINCT answered_by FROM answers WHERE review_id = ?"),
                          {reviewId, reviewId});
    if (!query)
        return query.error();
    QStringList users;
    while (query->next())
        users << query->value(0).toString();
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return users;
}

} // namespace sagstjek
