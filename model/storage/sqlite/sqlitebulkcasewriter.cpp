#include "storage/sqlite/sqlitebulkcasewriter.h"

#include "storage/database.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/globalid.h"
#include "storage/sql/sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace sagstjek {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// Empty text binds as '' (the columns are NOT NULL), never as NULL.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// yyyy-MM-dd in `text` (10 characters), for binding without a QString; false for a year outside 1000-9999.
bool isoDate(QDate date, char (&text)[10])
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1000 || y > 9999)
        return false;
    const char digits[10] = {char('0' + y / 1000),
                             char('0' + y / 100 % 10),
                             char('0' + y / 10 % 10),
                             char('0' + y % 10),
                             '-',
                             char('0' + m / 10),
                             char('0' + m % 10),
                             '-',
                             char('0' + d / 10),
                             char('0' + d % 10)};
    std::copy(std::begin(digits), std::end(digits), std::begin(text));
    return true;
}

// Cases in one multi-row INSERT (10 values each, well under SQLite's 32,766 bound values), and dates.
constexpr int MaxCasesPerStatement = 500;
constexpr size_t MaxDateRowsPerStatement = 256;

const char *listStatusKey(ReviewStatus status)
{
    switch (caseListStatus(status)) {
    case ReviewStatus::InProgress:
        return "in-progress";
    case ReviewStatus::Completed:
        return "completed";
    default:
        return "not-started";
    }
}

} // namespace

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

int RawStatement::prepare(sqlite3 *db, const char *sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
}

void RawStatement::bind(int position, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_text(m_statement, position, "", 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(m_statement, position, text.constData(), int(text.size() * sizeof(QChar)), SQLITE_STATIC);
}

void RawStatement::bind(int position, const char *latin1, int size)
{
    sqlite3_bind_text(m_statement, position, latin1, size, SQLITE_TRANSIENT);
}

void RawStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void RawStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position);
}

int RawStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        m_lastError = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return code;
}

SqliteBulkCaseWriter::SqliteBulkCaseWriter(QSqlDatabase &db)
    : m_db(db)
    , m_deleteDates(db)
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

Error SqliteBulkCaseWriter::rawError(int code, const QString &message) const
{
    const QSqlError error(QStringLiteral("SQLite"), message, QSqlError::StatementError, QString::number(code));
    return databaseError(sql::describe(error, m_db.driver()));
}

Status SqliteBulkCaseWriter::prepareRaw()
{
    // The connection Qt opened: Debian's QSQLITE plugin and this library use the same shared libsqlite3.
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return databaseError(tr("Database error: %1").arg(QStringLiteral("no SQLite handle")));
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    const std::pair<RawStatement *, const char *> statements[] = {
        {&m_rawCase, "INSERT INTO cases (case_number, cpr, name, area, subgroup, caseworker, team, review_status, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_rawDate, "INSERT INTO case_dates (case_id, field, value) VALUES (?, ?, ?)"},
        {&m_rawEvent, "INSERT INTO case_events (case_id, kind, event_date, form, reason, note_written, description, "
                      "uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
    };
    for (const auto &[statement, text] : statements)
        if (const int code = statement->prepare(m_handle, text); code != SQLITE_OK)
            return rawError(sqlite3_extended_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle)));
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
        {&m_deleteDates, QStringLiteral("DELETE FROM case_dates WHERE case_id = ?")},
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
    if (auto raw = prepareRaw(); !raw)
        return raw;

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
    for (auto it = dates.cbegin(); it != dates.cend(); ++it) {
        if (!it.value().isValid())
            continue;
        char date[10];
        m_rawDate.bind(1, id);
        m_rawDate.bind(2, it.key());
        const QString text = isoDate(it.value(), date) ? QString() : it.value().toString(Qt::ISODate);
        if (text.isNull())
            m_rawDate.bind(3, date, 10);
        else
            m_rawDate.bind(3, text);
        if (const int code = m_rawDate.step(); code != SQLITE_DONE)
            return rawError(code, m_rawDate.lastError());
    }
    return Ok{};
}

Status SqliteBulkCaseWriter::writeEvents(qint64 id, const QList<CaseEvent> &events)
{
    for (const CaseEvent &e : events) {
        char date[10];
        char noteWritten[10];
        m_rawEvent.bind(1, id);
        m_rawEvent.bind(2, e.kind);
        const QString dateText = isoDate(e.date, date) ? QString() : e.date.toString(Qt::ISODate);
        if (dateText.isNull())
            m_rawEvent.bind(3, date, 10);
        else
            m_rawEvent.bind(3, dateText);
        m_rawEvent.bind(4, e.form);
        m_rawEvent.bind(5, e.reason);
        const QString noteText = e.noteWritten.isValid() && !isoDate(e.noteWritten, noteWritten)
                                     ? e.noteWritten.toString(Qt::ISODate)
                                     : QString();
        if (!e.noteWritten.isValid())
            m_rawEvent.bindNull(6);
        else if (noteText.isNull())
            m_rawEvent.bind(6, noteWritten, 10);
        else
            m_rawEvent.bind(6, noteText);
        m_rawEvent.bind(7, e.description);
        m_rawEvent.bind(8, sql::newGlobalId());
        if (const int code = m_rawEvent.step(); code != SQLITE_DONE)
            return rawError(code, m_rawEvent.lastError());
    }
    return Ok{};
}

Result<qint64> SqliteBulkCaseWriter::insert(const CaseFile &c)
{
    auto ids = insertMany({c});
    if (!ids)
        return ids.error();
    if (ids->first() == 0)
        return invalidInput(tr("The case number %1 already exists.").arg(c.caseNumber));
    return ids->first();
}

void SqliteBulkCaseWriter::bindCase(RawStatement &statement, int base, const CaseFile &c)
{
    // A missing required field binds as NULL, so its NOT NULL column refuses the row; optional text binds ''.
    const auto required = [&](int position, const QString &text) {
        if (text.isNull())
            statement.bindNull(base + position);
        else
            statement.bind(base + position, text);
    };
    required(1, c.caseNumber);
    statement.bind(base + 2, c.cpr);
    required(3, c.name);
    required(4, c.area);
    statement.bind(base + 5, c.subgroup);
    statement.bind(base + 6, c.caseworker);
    statement.bind(base + 7, c.team);
    const char *status = listStatusKey(c.reviewStatus);
    statement.bind(base + 8, status, int(qstrlen(status)));
    statement.bind(base + 9, m_now);
    statement.bind(base + 10, m_now);
}

Result<RawStatement *> SqliteBulkCaseWriter::casesStatement(int rows)
{
    std::unique_ptr<RawStatement> &statement = m_rawCases[rows];
    if (!statement) {
        QByteArray text("INSERT INTO cases (case_number, cpr, name, area, subgroup, caseworker, team, review_status, "
                        "created_at, updated_at) VALUES ");
        for (int i = 0; i < rows; ++i)
            text += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        statement = std::make_unique<RawStatement>();
        if (statement->prepare(m_handle, text.constData()) != SQLITE_OK) {
            const Error error =
                rawError(sqlite3_extended_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle)));
            statement.reset();
            return error;
        }
    }
    return statement.get();
}

Result<RawStatement *> SqliteBulkCaseWriter::datesStatement(int rows)
{
    std::unique_ptr<RawStatement> &statement = m_rawDates[rows];
    if (!statement) {
        QByteArray text("INSERT INTO case_dates (case_id, field, value) VALUES ");
        for (int i = 0; i < rows; ++i)
            text += i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)";
        statement = std::make_unique<RawStatement>();
        if (statement->prepare(m_handle, text.constData()) != SQLITE_OK) {
            const Error error =
                rawError(sqlite3_extended_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle)));
            statement.reset();
            return error;
        }
    }
    return statement.get();
}

Result<QList<qint64>> SqliteBulkCaseWriter::insertMany(const QList<CaseFile> &cases)
{
    QList<qint64> ids;
    ids.reserve(cases.size());
    for (qsizetype start = 0; start < cases.size(); start += MaxCasesPerStatement) {
        const int n = int(std::min<qsizetype>(MaxCasesPerStatement, cases.size() - start));
        auto written = insertBatch(cases.mid(start, n));
        if (!written)
            return written.error();
        ids += written.value();
    }
    return ids;
}

Result<QList<qint64>> SqliteBulkCaseWriter::insertBatch(const QList<CaseFile> &cases)
{
    QList<qint64> ids;
    ids.reserve(cases.size());
    const int n = int(cases.size());
    if (n > 1) {
        // One multi-row INSERT for the batch: a statement that writes the trigram index (through its insert
        // trigger, when it is not deferred) makes FTS5 flush its pending terms when the statement ends, so a row a
        // statement would cost a flush and a tiny index segment a row.
        auto statement = casesStatement(n);
        if (!statement)
            return statement.error();
        for (int i = 0; i < n; ++i)
            bindCase(*statement.value(), i * 10, cases.at(i));
        const int code = statement.value()->step();
        if (code == SQLITE_DONE) {
            // Rowids of one INSERT are consecutive: each new row takes max(rowid) + 1 (no AUTOINCREMENT).
            const qint64 last = sqlite3_last_insert_rowid(m_handle);
            struct DateRow {
                qint64 id;
                const QString *field;
                QDate value;
            };
            std::vector<DateRow> dates;
            for (int i = 0; i < n; ++i) {
                const qint64 id = last - n + 1 + i;
                ids << id;
                for (auto it = cases.at(i).dates.cbegin(); it != cases.at(i).dates.cend(); ++it)
                    if (it.value().isValid())
                        dates.push_back({id, &it.key(), it.value()});
            }
            // The batch's dates in a few multi-row statements: a statement per date cost 18,000 instructions a
            // date (callgrind, 50k rows), more than the case row itself.
            for (size_t start = 0; start < dates.size(); start += MaxDateRowsPerStatement) {
                const int count = int(std::min<size_t>(MaxDateRowsPerStatement, dates.size() - start));
                auto datesInsert = datesStatement(count);
                if (!datesInsert)
                    return datesInsert.error();
                QStringList odd; // dates outside the years 1000-9999, kept alive until the statement ran
                odd.reserve(count);
                for (int r = 0; r < count; ++r) {
                    const DateRow &row = dates.at(start + size_t(r));
                    datesInsert.value()->bind(r * 3 + 1, row.id);
                    datesInsert.value()->bind(r * 3 + 2, *row.field);
                    char text[10];
                    if (isoDate(row.value, text)) {
                        datesInsert.value()->bind(r * 3 + 3, text, 10);
                    } else {
                        odd << row.value.toString(Qt::ISODate);
                        datesInsert.value()->bind(r * 3 + 3, odd.last());
                    }
                }
                if (const int failed = datesInsert.value()->step(); failed != SQLITE_DONE)
                    return rawError(failed, datesInsert.value()->lastError());
            }
            for (int i = 0; i < n; ++i)
                if (auto events = writeEvents(ids.at(i), cases.at(i).events); !events)
                    return events.error();
            return ids;
        }
        if ((code & 0xff) != SQLITE_CONSTRAINT)
            return rawError(code, statement.value()->lastError());
        // A case number that exists, or a missing field: the statement wrote nothing; one by one finds which.
    }
    for (const CaseFile &c : cases) {
        bindCase(m_rawCase, 0, c);
        if (const int code = m_rawCase.step(); code != SQLITE_DONE) {
            if ((code & 0xff) != SQLITE_CONSTRAINT)
                return rawError(code, m_rawCase.lastError());
            auto existing = idForNumber(c.caseNumber);
            if (!existing)
                return existing.error();
            if (existing.value() == 0)
                return rawError(code, m_rawCase.lastError());
            ids << 0; // the case number exists (in the table or earlier in this batch)
            continue;
        }
        const qint64 id = sqlite3_last_insert_rowid(m_handle);
        ids << id;
        if (auto written = writeDates(id, c.dates); !written)
            return written.error();
        if (auto events = writeEvents(id, c.events); !events)
            return events.error();
    }
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
