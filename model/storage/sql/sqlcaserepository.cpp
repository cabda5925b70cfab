#include "storage/sql/sqlcaserepository.h"
#include "storage/sql/globalid.h"

#include "domain/cpr.h"
#include "storage/database.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>

namespace sagstjek {

namespace {

struct WhereClause {
    QString text;
    QVariantList values;
};

// Outside any round the list reads cases.review_status (indexed for a million cases). In a round's context it
// reads each case's review in that round: a join on the review's (case, round), one row per case at most.
// The SQL form of caseListStatus() (domain/statuses.h); the status filters below follow it too.
const QString roundStatus =
    QStringLiteral("CASE WHEN r.id IS NULL THEN 'not-started' WHEN r.status IN ('completed', 'approved') "
                   "THEN 'completed' ELSE 'in-progress' END");

QString statusColumn(const CaseFilter &filter)
{
    return filter.roundId == 0 ? QStringLiteral("c.review_status") : roundStatus;
}

// The FROM clause and its bound values; the round's reviews are joined only when the query reads them. Filtering
// on a started review's status joins them inner, so SQLite finds the round's reviews through reviews_round_status
// (it does not turn the left join into an inner one by itself); "not started" is the left join's missing row.
WhereClause fromFor(const CaseFilter &filter, bool readsStatus)
{
    if (filter.roundId == 0 || !readsStatus)
        return {QStringLiteral(" FROM cases c"), {}};
    const bool started = filter.status == u"completed" || filter.status == u"in-progress";
    return {QStringLiteral(" FROM cases c ") + (started ? QStringLiteral("JOIN") : QStringLiteral("LEFT JOIN")) +
                QStringLiteral(" reviews r ON r.case_id = c.id AND r.round_id = ?"),
            {filter.roundId}};
}

// Nobody types more than this into a search field; a megabyte pasted in would make LIKE crawl.
constexpr int MaxSearchLength = 200;

// How SQLite is to use the trigram index of names in a search: look the matching cases up and sort them, or walk
// the cases in the list's order (the sort column's index) and test each against the matching set. Sorting 50,000
// "Jensen"s to show the first 200 took 180 ms at a million cases; walking to the 200th 45 ms. For a rare name the
// walk would read the whole index, the look-up a handful of rows.
enum class NameSearch { LookUp, WalkInOrder };

// At least this many matching names and the walk is the cheaper: it reads about 200 × cases / matches index entries.
constexpr int WalkFromMatches = 10000;

QString trigramSearchOf(const CaseFilter &filter);

WhereClause whereFor(const QSqlDatabase &db, const CaseFilter &filter, NameSearch nameSearch = NameSearch::LookUp)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.area.isEmpty()) {
        conditions << QStringLiteral("c.area = ?");
        values << filter.area;
    }
    if (!filter.caseworker.isEmpty()) {
        conditions << QStringLiteral("c.caseworker = ?");
        values << filter.caseworker;
    }
    if (!filter.team.isEmpty()) {
        conditions << QStringLiteral("c.team = ?");
        values << filter.team;
    }
    if (!filter.status.isEmpty()) {
        if (filter.roundId == 0) {
            conditions << QStringLiteral("c.review_status = ?");
            values << filter.status;
        } else if (filter.status == u"not-started") {
            if (sql::dialect(db) == sql::Dialect::Postgres) {
                // PostgreSQL takes the left join's missing row for one case in a million and sorts them all (400 ms
                // at a million cases); as NOT EXISTS it walks the sort's index, testing each case (1 ms).
                conditions << QStringLiteral("NOT EXISTS (SELECT 1 FROM reviews n WHERE n.case_id = c.id AND "
                                             "n.round_id = ?)");
                values << filter.roundId;
            } else {
                conditions << QStringLiteral("r.id IS NULL");
            }
        } else if (filter.status == u"completed") {
            // Written on the review's own column so the round's reviews are found through reviews_round_status.
            conditions << QStringLiteral("r.status IN ('completed', 'approved')");
        } else if (filter.status == u"in-progress") {
            conditions << QStringLiteral("r.status IN ('in-progress', 'sent-back', 'reopened')");
        } else {
            conditions << roundStatus + QStringLiteral(" = ?");
            values << filter.status;
        }
    }
    const QString search = filter.search.trimmed().left(MaxSearchLength);
    if (!search.isEmpty()) {
        if (const QString digits = cpr::searchDigits(search); !digits.isEmpty()) {
            conditions << QStringLiteral("c.cpr = ?");
            values << digits;
        } else {
            // Case numbers match from the start, names anywhere; both through an index (the case-number index,
            // and the trigram index for three characters or more, which also folds æøå case).
            const QString escaped = sql::escapeLike(search);
            if (sql::dialect(db) == sql::Dialect::Postgres) {
                // PostgreSQL: names anywhere from three characters, through the pg_trgm index on the name.
                conditions << u'(' + sql::likeIgnoringCase(db, QStringLiteral("c.case_number")) +
                                  QStringLiteral(" OR ") + sql::likeIgnoringCase(db, QStringLiteral("c.name")) + u')';
                values << escaped + u'%' << (search.size() >= 3 ? u'%' + escaped + u'%' : escaped + u'%');
            } else if (const QString phrase = trigramSearchOf(filter); !phrase.isEmpty()) {
                // The unary + keeps SQLite from looking the matches up by id: it walks the list's order instead.
                conditions << QStringLiteral("(c.case_number LIKE ? ESCAPE '\\' OR %1c.id IN (SELECT rowid FROM "
                                             "cases_name_search WHERE cases_name_search MATCH ?))")
                                  .arg(nameSearch == NameSearch::WalkInOrder ? QStringLiteral("+") : QString());
                values << escaped + u'%' << phrase;
            } else {
                conditions << QStringLiteral("(c.case_number LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')");
                values << escaped + u'%' << escaped + u'%';
            }
        }
    }
    return {conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
            values};
}

// The trigram index's query for the filter's search (a quoted phrase), or empty when the search does not use it: a
// CPR number, or fewer than three characters.
QString trigramSearchOf(const CaseFilter &filter)
{
    const QString search = filter.search.trimmed().left(MaxSearchLength);
    if (search.size() < 3 || !cpr::searchDigits(search).isEmpty())
        return {};
    QString phrase = search;
    phrase.replace(u'"', QStringLiteral("\"\""));
    return u'"' + phrase + u'"';
}

QString sortColumnOf(const CaseFilter &filter)
{
    QString column;
    switch (filter.sortColumn) {
    case CaseFilter::SortColumn::CaseNumber:
        column = QStringLiteral("c.case_number");
        break;
    case CaseFilter::SortColumn::Name:
        column = QStringLiteral("c.name");
        break;
    case CaseFilter::SortColumn::Area:
        column = QStringLiteral("c.area");
        break;
    case CaseFilter::SortColumn::Caseworker:
        column = QStringLiteral("c.caseworker");
        break;
    case CaseFilter::SortColumn::Team:
        column = QStringLiteral("c.team");
        break;
    case CaseFilter::SortColumn::Progress:
        column = statusColumn(filter);
        break;
    }
    return column;
}

QString orderFor(const CaseFilter &filter)
{
    const QString column = sortColumnOf(filter);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (column == u"c.case_number")
        return QStringLiteral(" ORDER BY c.case_number") + direction;
    return QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", c.case_number") + direction;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<qint64> SqlCaseRepository::idForNumber(const QString &caseNumber)
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM cases WHERE case_number = ?"), {caseNumber});
    if (!id)
        return id.error();
    if (id->isNull())
        return notFound(QCoreApplication::translate("sagstjek::Database", "There is no case %1.").arg(caseNumber));
    return id->toLongLong();
}

namespace {

// A case in one statement (a round trip on a server, and the answer path reads the case at every key press): its
// row, its dates and its events as three kinds of row, told apart by the leading part. Each part finds its rows by
// the case's id (cases' key, case_dates' key, case_events_case). The columns agree in type across the parts
// (PostgreSQL resolves a UNION's column types; the NULLs are cast), and the ordering column t2 is the cpr, the
// date's value and the event's date, all of the default collation: the events come by date and then id, as before.
enum class CasePart { Fields = 0, Date = 1, Event = 2 }; // the statements' leading column

const QString CaseRowPart =
    QStringLiteral("SELECT 0 AS part, id, case_number AS t1, cpr AS t2, name AS t3, area AS t4, subgroup AS t5, "
                   "caseworker AS t6, team AS t7, review_status AS t8 FROM cases WHERE id = ?");
const QString CaseDatesPart = QStringLiteral(
    " UNION ALL SELECT 1, CAST(NULL AS bigint), field, value, CAST(NULL AS text), CAST(NULL AS text), CAST(NULL AS "
    "text), CAST(NULL AS text), CAST(NULL AS text), CAST(NULL AS text) FROM case_dates WHERE case_id = ?");
const QString CaseEventsPart =
    QStringLiteral(" UNION ALL SELECT 2, id, kind, event_date, form, reason, note_written, description, CAST(NULL "
                   "AS text), CAST(NULL AS text) FROM case_events WHERE case_id = ?");
const QString CasePartsOrder = QStringLiteral(" ORDER BY part, t2, id");

// The case with its dates and events, and (the case writer's) without its events.
const QString CaseStatement = CaseRowPart + CaseDatesPart + CaseEventsPart + CasePartsOrder;
const QString CaseFieldsStatement = CaseRowPart + CaseDatesPart + CasePartsOrder;

// The case `id` from the rows of one of the statements above, read to the end (and let go: a held SQLite statement
// keeps its snapshot). No case row: the case no longer exists.
Result<CaseFile> caseFrom(qint64 id, QSqlQuery &rows)
{
    CaseFile c;
    bool found = false;
    while (rows.next()) {
        switch (CasePart(rows.value(0).toInt())) {
        case CasePart::Fields:
            found = true;
            c.caseNumber = rows.value(2).toString();
            c.cpr = rows.value(3).toString();
            c.name = rows.value(4).toString();
            c.area = rows.value(5).toString();
            c.subgroup = rows.value(6).toString();
            c.caseworker = rows.value(7).toString();
            c.team = rows.value(8).toString();
            c.reviewStatus = reviewStatusFromKey(rows.value(9).toString());
            break;
        case CasePart::Date:
            c.dates.insert(rows.value(2).toString(), QDate::fromString(rows.value(3).toString(), Qt::ISODate));
            break;
        case CasePart::Event: {
            CaseEvent e;
            e.id = rows.value(1).toLongLong();
            e.kind = rows.value(2).toString();
            e.date = QDate::fromString(rows.value(3).toString(), Qt::ISODate);
            e.form = rows.value(4).toString();
            e.reason = rows.value(5).toString();
            e.noteWritten = QDate::fromString(rows.value(6).toString(), Qt::ISODate);
            e.description = rows.value(7).toString();
            c.events << e;
            break;
        }
        }
    }
    if (auto done = sql::finished(rows); !done)
        return done.error();
    rows.finish();
    if (!found)
        return notFound(QCoreApplication::translate("sagstjek::Database", "The case no longer exists."));
    c.id = id;
    return c;
}

} // namespace

SqlCaseRepository::SqlCaseRepository(QSqlDatabase &db)
    : m_db(db)
    , m_case(CaseStatement)
    , m_setReviewStatus(QStringLiteral("UPDATE cases SET review_status = ? WHERE id = ?"))
{
}

Result<CaseFile> SqlCaseRepository::loadFields(QSqlDatabase &db, qint64 id)
{
    auto rows = sql::run(db, CaseFieldsStatement, {id, id});
    if (!rows)
        return rows.error();
    return caseFrom(id, rows.value());
}

Result<CaseFile> SqlCaseRepository::load(qint64 id)
{
    auto rows = m_case.run(m_db, {id, id, id});
    if (!rows)
        return rows.error();
    return caseFrom(id, *rows.value());
}

Status SqlCaseRepository::addEvent(qint64 caseId, const CaseEvent &e)
{
    auto inserted = sql::run(m_db,
                             QStringLiteral("INSERT INTO case_events (case_id, kind, event_date, form, reason, "
                                            "note_written, description, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {caseId, e.kind, e.date.toString(Qt::ISODate), e.form, e.reason, dateValue(e.noteWritten),
                              e.description, sql::newGlobalId()});
    if (!inserted)
        return inserted.error();
    return Ok{};
}

Status SqlCaseRepository::setReviewStatus(qint64 caseId, ReviewStatus status)
{
    auto updated = m_setReviewStatus.run(m_db, {reviewStatusKey(status), caseId});
    if (!updated)
        return updated.error();
    return Ok{};
}

Result<QString> SqlCaseRepository::reviewStatus(qint64 caseId, qint64 roundId)
{
    CaseFilter filter;
    filter.roundId = roundId;
    const WhereClause from = fromFor(filter, true);
    QVariantList values = from.values;
    values << caseId;
    auto status = sql::scalar(
        m_db, QStringLiteral("SELECT ") + statusColumn(filter) + from.text + QStringLiteral(" WHERE c.id = ?"), values);
    if (!status)
        return status.error();
    if (status->isNull())
        return notFound(QCoreApplication::translate("sagstjek::Database", "The case no longer exists."));
    return status->toString();
}

Result<int> SqlCaseRepository::count(const CaseFilter &filter)
{
    const WhereClause from = fromFor(filter, !filter.status.isEmpty());
    const WhereClause where = whereFor(m_db, filter);
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*)") + from.text + where.text, from.values + where.values);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<CaseRow>> SqlCaseRepository::page(const CaseFilter &filter, int offset, int limit)
{
    const WhereClause from = fromFor(filter, true);
    NameSearch nameSearch = NameSearch::LookUp;
    // Every sort column but the progress has an index ending in the case number to walk.
    if (const QString phrase = trigramSearchOf(filter); sql::dialect(m_db) == sql::Dialect::Sqlite &&
                                                        !phrase.isEmpty() &&
                                                        filter.sortColumn != CaseFilter::SortColumn::Progress) {
        auto matches = sql::scalar(m_db,
                                   QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases_name_search WHERE "
                                                  "cases_name_search MATCH ? LIMIT ?)"),
                                   {phrase, WalkFromMatches});
        if (!matches)
            return matches.error();
        if (matches->toInt() >= WalkFromMatches)
            nameSearch = NameSearch::WalkInOrder;
    }
    WhereClause where = whereFor(m_db, filter, nameSearch);
    if (filter.after) {
        // Keyset: the rows after the key in the list's order, found through the sort column's index (each ends in
        // the case number) instead of counting past `offset` rows.
        const QString column = sortColumnOf(filter);
        const QString after = filter.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
        where.text += where.text.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        if (column == u"c.case_number") {
            where.text += QStringLiteral("c.case_number") + after + u'?';
        } else {
            where.text += u'(' + column + QStringLiteral(", c.case_number)") + after + QStringLiteral("(?, ?)");
            where.values << filter.after->sortValue;
        }
        where.values << filter.after->caseNumber;
    }
    QVariantList values = from.values + where.values;
    values << limit;
    // The GUI's list pages by keyset and never asks for an offset: its statements have none for SQLite to count
    // past (tst_queryplans).
    QString paging = QStringLiteral(" LIMIT ?");
    if (offset > 0) {
        paging += QStringLiteral(" OFFSET ?");
        values << offset;
    }
    const QString statement =
        QStringLiteral("SELECT c.id, c.case_number, c.cpr, c.name, c.area, c.subgroup, c.caseworker, c.team, ") +
        statusColumn(filter) + from.text + where.text + orderFor(filter) + paging;
    auto kept = m_pages.find(statement);
    if (kept == m_pages.end()) {
        if (m_pages.size() >= 32) // each filter, sort and round context has its own: start again when many
            m_pages.clear();
        kept = m_pages.emplace(statement, std::make_unique<sql::Prepared>(statement)).first;
    }
    auto ran = kept->second->run(m_db, values);
    if (!ran)
        return ran.error();
    QSqlQuery &query = *ran.value();
    QList<CaseRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        rows << CaseRow{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(),   query.value(7).toString(), reviewStatusFromKey(query.value(8).toString())};
    }
    if (auto done = sql::finished(query); !done)
        return done.error();
    query.finish();
    return rows;
}

Result<QStringList> SqlCaseRepository::distinctValues(const QString &column)
{
    // Identifiers cannot be bound: accept only the two columns the filters offer.
    if (column != u"caseworker" && column != u"team")
        return invalidInput(QStringLiteral("unknown column"));
    // One index seek a value (the next one after the last) instead of DISTINCT's walk through every case's entry:
    // the filter lists at a million cases took 3 ms instead of 200 when the window opens.
    auto query = sql::run(m_db, QStringLiteral("WITH RECURSIVE v(value) AS (SELECT min(%1) FROM cases WHERE %1 <> '' "
                                               "UNION ALL SELECT (SELECT min(%1) FROM cases WHERE %1 > v.value) "
                                               "FROM v WHERE v.value IS NOT NULL) "
                                               "SELECT value FROM v WHERE value IS NOT NULL")
                                    .arg(column));
    if (!query)
        return query.error();
    QStringList values;
    while (query->next())
        values << query->value(0).toString();
    if (auto done = sql::finished(query.value()); !done)
        return done.error();
    return values;
}

Result<QString> SqlCaseRepository::caseNumber(qint64 id)
{
    auto number = sql::scalar(m_db, QStringLiteral("SELECT case_number FROM cases WHERE id = ?"), {id});
    if (!number)
        return number.error();
    if (number->isNull())
        return notFound(
            QCoreApplication::translate("sagstjek::CaseRepository", "There is no case with id %1.").arg(id));
    return number->toString();
}

Result<QList<std::pair<qint64, QString>>> SqlCaseRepository::withCpr(const QString &cprDigits)
{
    auto q = sql::run(m_db, QStringLiteral("SELECT id, case_number FROM cases WHERE cpr = ? ORDER BY id"), {cprDigits});
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> found;
    while (q->next())
        found.append({q->value(0).toLongLong(), q->value(1).toString()});
    if (auto done = sql::finished(q.value()); !done)
        return done.error();
    return found;
}

Status SqlCaseRepository::remove(qint64 id)
{
    // Dates, events, reviews, answers and defects go with the case (ON DELETE CASCADE).
    auto removed = sql::run(m_db, QStringLiteral("DELETE FROM cases WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    auditlog::noteCasesChanged(m_db);
    return Ok{};
}

} // namespace sagstjek
