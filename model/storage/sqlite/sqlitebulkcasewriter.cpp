#include "storage/sqlite/sqlitebulkcasewriter.h"

#include "storage/database.h"
#include "storage/sqlite/auditlog.h"
#include "storage/sqlite/sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sagstjek {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// SQLite's primary result code of a failed statement.
int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

// yyyy-MM-dd without QDate::toString's printf machinery (it showed in profiles of million-row imports).
QString isoDate(QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1000 || y > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + d / 10),
                               char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

// Empty text binds as '' (the columns are NOT NULL), never as NULL.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// What cases.review_status holds: the case list's three statuses.
QString listStatus(ReviewStatus status)
{
    return reviewStatusKey(caseListStatus(status));
}

constexpr int MaxDateRowsPerStatement = 256;

} // namespace

SqliteBulkCaseWriter::SqliteBulkCaseWriter(QSqlDatabase &db)
    : m_db(db)
    , m_insert(db)
    , m_deleteDates(db)
    , m_insertEvent(db)
    , m_update(db)
    , m_lookup(db)
    , m_loadCase(db)
    , m_loadDates(db)
{
}

SqliteBulkCaseWriter::~SqliteBulkCaseWriter()
{
    if (m_cacheSizeBefore.isValid()) {
        QSqlQuery restore(m_db);
        restore.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSizeBefore.toLongLong()));
    }
}

Status SqliteBulkCaseWriter::exec(QSqlQuery &query)
{
    if (!query.exec())
        return databaseError(sql::describe(query.lastError()));
    return Ok{};
}

Status SqliteBulkCaseWriter::begin(bool deferIndexes)
{
    m_now = utcNow();
    auditlog::noteCasesChanged(m_db);
    auto maxId = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM cases"));
    if (!maxId)
        return maxId.error();
    m_maxIdBefore = maxId->toLongLong();

    const auto prepare = [this](QSqlQuery &query, const QString &text) -> Status {
        query.setForwardOnly(true);
        if (!query.prepare(text))
            return databaseError(tr("Database error: %1").arg(query.lastError().text()));
        return Ok{};
    };
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_insert, QStringLiteral("INSERT INTO cases (case_number, cpr, name, area, subgroup, caseworker, team, "
                                   "review_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_deleteDates, QStringLiteral("DELETE FROM case_dates WHERE case_id = ?")},
        {&m_insertEvent, QStringLiteral("INSERT INTO case_events (case_id, kind, event_date, form, reason, "
                                        "note_written, description) VALUES (?, ?, ?, ?, ?, ?, ?)")},
        {&m_update, QStringLiteral("UPDATE cases SET cpr = ?, name = ?, area = ?, subgroup = ?, caseworker = ?, "
                                   "team = ?, updated_at = ? WHERE id = ?")},
        {&m_lookup, QStringLiteral("SELECT id FROM cases WHERE case_number = ?")},
        {&m_loadCase, QStringLiteral("SELECT case_number, cpr, name, area, subgroup, caseworker, team, review_status "
                                     "FROM cases WHERE id = ?")},
        {&m_loadDates, QStringLiteral("SELECT field, value FROM case_dates WHERE case_id = ?")},
    };
    for (const auto &[query, text] : statements)
        if (auto prepared = prepare(*query, text); !prepared)
            return prepared;

    // A larger page cache while the import runs (128 MiB instead of SQLite's 2 MiB default), so the unique
    // case-number index and the dates' primary key are not spilled to the WAL mid-transaction.
    if (auto cacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")); cacheSize) {
        m_cacheSizeBefore = cacheSize.value();
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -131072"));
    }
    if (!deferIndexes)
        return Ok{};
    // Secondary indexes (not the UNIQUE constraint's automatic index: it has no SQL and stays, so duplicate
    // case numbers are still refused row by row) and the trigram index's insert trigger.
    auto objects = sql::run(m_db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'cases' "
                                                 "AND sql IS NOT NULL AND ((type = 'index') OR (type = 'trigger' AND "
                                                 "name = 'cases_name_search_insert')) ORDER BY type, name"));
    if (!objects)
        return objects.error();
    QList<std::pair<QString, QString>> drops;
    QStringList creates;
    while (objects->next()) {
        drops << std::pair{objects->value(0).toString(), objects->value(1).toString()};
        creates << objects->value(2).toString();
    }
    if (auto done = sql::finished(objects.value()); !done)
        return done.error();
    objects->finish();
    for (const auto &[type, name] : drops) {
        // Names come from sqlite_master, not from the user; quoted as identifiers all the same.
        QString quoted = name;
        quoted.replace(u'"', QStringLiteral("\"\""));
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP %1 \"%2\"")
                           .arg(type == u"trigger" ? QStringLiteral("TRIGGER") : QStringLiteral("INDEX"), quoted)))
            return databaseError(sql::describe(drop.lastError()));
    }
    m_dropped = creates;
    m_deferred = true;
    return Ok{};
}

Result<qint64> SqliteBulkCaseWriter::caseCount()
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cases"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<qint64> SqliteBulkCaseWriter::idForNumber(const QString &caseNumber)
{
    m_lookup.addBindValue(caseNumber);
    if (auto ran = exec(m_lookup); !ran)
        return ran.error();
    const qint64 id = m_lookup.next() ? m_lookup.value(0).toLongLong() : 0;
    m_lookup.finish();
    return id;
}

Result<CaseFile> SqliteBulkCaseWriter::loadFields(qint64 id)
{
    m_loadCase.addBindValue(id);
    if (auto ran = exec(m_loadCase); !ran)
        return ran.error();
    if (!m_loadCase.next())
        return notFound(tr("The case no longer exists."));
    CaseFile c;
    c.id = id;
    c.caseNumber = m_loadCase.value(0).toString();
    c.cpr = m_loadCase.value(1).toString();
    c.name = m_loadCase.value(2).toString();
    c.area = m_loadCase.value(3).toString();
    c.subgroup = m_loadCase.value(4).toString();
    c.caseworker = m_loadCase.value(5).toString();
    c.team = m_loadCase.value(6).toString();
    c.reviewStatus = reviewStatusFromKey(m_loadCase.value(7).toString());
    m_loadCase.finish();
    m_loadDates.addBindValue(id);
    if (auto ran = exec(m_loadDates); !ran)
        return ran.error();
    while (m_loadDates.next())
        c.dates.insert(m_loadDates.value(0).toString(),
                       QDate::fromString(m_loadDates.value(1).toString(), Qt::ISODate));
    if (auto done = sql::finished(m_loadDates); !done)
        return done.error();
    m_loadDates.finish();
    return c;
}

Status SqliteBulkCaseWriter::writeDates(qint64 id, const QHash<QString, QDate> &dates)
{
    int n = 0;
    for (auto it = dates.cbegin(); it != dates.cend(); ++it)
        n += it.value().isValid() ? 1 : 0;
    if (n == 0)
        return Ok{};
    // One multi-row INSERT per case instead of one statement per date.
    auto statement = datesStatement(n);
    if (!statement)
        return statement.error();
    QSqlQuery *query = statement.value();
    for (auto it = dates.cbegin(); it != dates.cend(); ++it) {
        if (!it.value().isValid())
            continue;
        query->addBindValue(id);
        query->addBindValue(it.key());
        query->addBindValue(isoDate(it.value()));
    }
    return exec(*query);
}

Status SqliteBulkCaseWriter::writeEvents(qint64 id, const QList<CaseEvent> &events)
{
    for (const CaseEvent &e : events) {
        m_insertEvent.addBindValue(id);
        m_insertEvent.addBindValue(e.kind);
        m_insertEvent.addBindValue(e.date.toString(Qt::ISODate));
        m_insertEvent.addBindValue(notNull(e.form));
        m_insertEvent.addBindValue(notNull(e.reason));
        m_insertEvent.addBindValue(e.noteWritten.isValid() ? QVariant(e.noteWritten.toString(Qt::ISODate))
                                                           : QVariant());
        m_insertEvent.addBindValue(notNull(e.description));
        if (auto ran = exec(m_insertEvent); !ran)
            return ran;
    }
    return Ok{};
}

Result<qint64> SqliteBulkCaseWriter::insert(const CaseFile &c)
{
    m_insert.addBindValue(c.caseNumber);
    m_insert.addBindValue(notNull(c.cpr));
    m_insert.addBindValue(c.name);
    m_insert.addBindValue(c.area);
    m_insert.addBindValue(notNull(c.subgroup));
    m_insert.addBindValue(notNull(c.caseworker));
    m_insert.addBindValue(notNull(c.team));
    m_insert.addBindValue(listStatus(c.reviewStatus));
    m_insert.addBindValue(m_now);
    m_insert.addBindValue(m_now);
    if (!m_insert.exec()) {
        const QSqlError error = m_insert.lastError();
        // SQLITE_CONSTRAINT: the case number exists, or a required field (case number, name, area) is missing.
        if (primaryCode(error) == 19) {
            auto existing = idForNumber(c.caseNumber);
            if (existing && existing.value() != 0)
                return invalidInput(tr("The case number %1 already exists.").arg(c.caseNumber));
        }
        return databaseError(sql::describe(error));
    }
    const qint64 id = m_insert.lastInsertId().toLongLong();
    if (auto dates = writeDates(id, c.dates); !dates)
        return dates.error();
    if (auto events = writeEvents(id, c.events); !events)
        return events.error();
    return id;
}

Result<QSqlQuery *> SqliteBulkCaseWriter::datesStatement(int rows)
{
    std::unique_ptr<QSqlQuery> &query = m_insertDates[rows];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values << QStringLiteral("(?, ?, ?)");
        if (!query->prepare(QStringLiteral("INSERT INTO case_dates (case_id, field, value) VALUES ") +
                            values.join(QStringLiteral(", ")))) {
            const QString why = query->lastError().text();
            query.reset();
            return databaseError(tr("Database error: %1").arg(why));
        }
    }
    return query.get();
}

Result<QList<qint64>> SqliteBulkCaseWriter::insertMany(const QList<CaseFile> &cases)
{
    QList<qint64> ids;
    if (cases.isEmpty())
        return ids;
    const int n = int(cases.size());
    std::unique_ptr<QSqlQuery> &query = m_insertCases[n];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        QStringList values;
        for (int i = 0; i < n; ++i)
            values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!query->prepare(QStringLiteral("INSERT INTO cases (case_number, cpr, name, area, subgroup, caseworker, "
                                           "team, review_status, created_at, updated_at) VALUES ") +
                            values.join(QStringLiteral(", ")))) {
            const QString why = query->lastError().text();
            query.reset();
            return databaseError(tr("Database error: %1").arg(why));
        }
    }
    for (const CaseFile &c : cases) {
        query->addBindValue(c.caseNumber);
        query->addBindValue(notNull(c.cpr));
        query->addBindValue(c.name);
        query->addBindValue(c.area);
        query->addBindValue(notNull(c.subgroup));
        query->addBindValue(notNull(c.caseworker));
        query->addBindValue(notNull(c.team));
        query->addBindValue(listStatus(c.reviewStatus));
        query->addBindValue(m_now);
        query->addBindValue(m_now);
    }
    if (!query->exec()) {
        if (primaryCode(query->lastError()) != 19)
            return databaseError(sql::describe(query->lastError()));
        // A case number that exists: the statement wrote nothing; insert one by one to find it.
        for (const CaseFile &c : cases) {
            auto id = insert(c);
            if (!id && id.error().kind != Error::Kind::InvalidInput)
                return id.error();
            ids << (id ? id.value() : 0);
        }
        return ids;
    }
    // Rowids of one INSERT are consecutive: each new row takes max(rowid) + 1 (no AUTOINCREMENT, no gaps).
    const qint64 last = query->lastInsertId().toLongLong();
    for (int i = 0; i < n; ++i)
        ids << last - n + 1 + i;
    // All the batch's dates in a few multi-row statements.
    struct DateRow {
        qint64 id;
        QString field;
        QString value;
    };
    QList<DateRow> rows;
    for (int i = 0; i < n; ++i)
        for (auto it = cases.at(i).dates.cbegin(); it != cases.at(i).dates.cend(); ++it)
            if (it.value().isValid())
                rows << DateRow{ids.at(i), it.key(), isoDate(it.value())};
    for (qsizetype start = 0; start < rows.size(); start += MaxDateRowsPerStatement) {
        const int count = int(std::min<qsizetype>(MaxDateRowsPerStatement, rows.size() - start));
        auto statement = datesStatement(count);
        if (!statement)
            return statement.error();
        QSqlQuery *dates = statement.value();
        for (qsizetype r = start; r < start + count; ++r) {
            dates->addBindValue(rows.at(r).id);
            dates->addBindValue(rows.at(r).field);
            dates->addBindValue(rows.at(r).value);
        }
        if (auto ran = exec(*dates); !ran)
            return ran.error();
    }
    for (int i = 0; i < n; ++i)
        if (auto events = writeEvents(ids.at(i), cases.at(i).events); !events)
            return events.error();
    return ids;
}

Status SqliteBulkCaseWriter::update(qint64 id, const CaseFile &c)
{
    m_update.addBindValue(notNull(c.cpr));
    m_update.addBindValue(c.name);
    m_update.addBindValue(c.area);
    m_update.addBindValue(notNull(c.subgroup));
    m_update.addBindValue(notNull(c.caseworker));
    m_update.addBindValue(notNull(c.team));
    m_update.addBindValue(utcNow());
    m_update.addBindValue(id);
    if (auto ran = exec(m_update); !ran)
        return ran;
    m_deleteDates.addBindValue(id);
    if (auto ran = exec(m_deleteDates); !ran)
        return ran;
    return writeDates(id, c.dates);
}

Result<bool> SqliteBulkCaseWriter::finishStep()
{
    if (!m_deferred)
        return false;
    QSqlQuery q(m_db);
    if (!m_dropped.isEmpty()) {
        if (!q.exec(m_dropped.first()))
            return databaseError(sql::describe(q.lastError()));
        m_dropped.removeFirst();
        return true;
    }
    // The external-content trigram index is rebuilt from the cases table in one pass.
    if (!q.exec(QStringLiteral("INSERT INTO cases_name_search (cases_name_search) VALUES ('rebuild')")))
        return databaseError(sql::describe(q.lastError()));
    m_deferred = false;
    return true;
}

Status SqliteBulkCaseWriter::finish()
{
    for (;;) {
        auto more = finishStep();
        if (!more)
            return more.error();
        if (!more.value())
            return Ok{};
    }
}

} // namespace sagstjek
