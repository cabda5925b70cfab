#pragma once

#include "storage/bulkcasewriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <map>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sagstjek {

// A statement prepared with SQLite's own API on the connection Qt opened (same handle, same transaction). The
// import's hot path binds through it: QSqlQuery::addBindValue formats a placeholder name with QString::arg for
// every value, about 2,100 instructions a value, 15 % of a million-row import (issue 13).
class RawStatement {
public:
    RawStatement() = default;
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    // SQLite's result code; the text of the statement is ASCII SQL with ? placeholders.
    int prepare(sqlite3 *db, const char *sql);
    bool isPrepared() const { return m_statement != nullptr; }
    // Text must stay alive until step(): it is bound without a copy. Empty text binds as '', never NULL.
    void bind(int position, const QString &text);
    void bind(int position, const char *latin1, int size); // copied
    void bind(int position, qint64 value);
    void bindNull(int position);
    // Runs the statement, then resets it and clears its bindings; SQLITE_DONE when it worked.
    int step();
    // SQLite's message for the last step() that failed.
    const QString &lastError() const { return m_lastError; }

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_lastError;
};

// The SQLite writer of cases: its statements are prepared once and reused for every row. Deferred indexes keep
// their exact SQL from sqlite_master; the drops are ordinary DDL inside the unit of work, so a rollback (an
// error, Cancel, a dry run) brings every one back.
class SqliteBulkCaseWriter final : public BulkCaseWriter {
public:
    explicit SqliteBulkCaseWriter(QSqlDatabase &db);
    ~SqliteBulkCaseWriter() override;
    SqliteBulkCaseWriter(const SqliteBulkCaseWriter &) = delete;
    SqliteBulkCaseWriter &operator=(const SqliteBulkCaseWriter &) = delete;

    // Call inside a transaction.
    Status begin(bool deferIndexes) override;
    Result<qint64> caseCount() override;
    qint64 maxCaseId() const override { return m_maxIdBefore; }

    // 0 when there is no case with this number (case-insensitive, as the column is).
    Result<qint64> idForNumber(const QString &caseNumber) override;
    // The case's fields and dates (no events).
    Result<CaseFile> loadFields(qint64 id) override;
    // Inserts a case with its dates, events and list status. An existing case number gives an InvalidInput error.
    Result<qint64> insert(const CaseFile &caseFile) override;
    // Inserts several new cases, as insert() does, with a few multi-row statements (the per-statement cost
    // dominates single-row inserts). Returns each case's id, or 0 for a case whose number already exists (then the
    // others are still inserted, one by one).
    Result<QList<qint64>> insertMany(const QList<CaseFile> &cases) override;
    // Replaces fields and dates.
    Status update(qint64 id, const CaseFile &caseFile) override;
    // Re-creates what begin() dropped. Call before committing.
    Status finish() override;
    // The same in steps, so a GUI can repaint between them: each call re-creates one index (the trigram index
    // last) and returns true while there was something to do.
    Result<bool> finishStep() override;

    bool deferred() const override { return m_deferred; }

private:
    Status exec(QSqlQuery &query);
    // The error of the last raw statement, described as every other database error is (sql::describe).
    Error rawError(int code, const QString &message) const;
    Status prepareRaw();
    void bindCase(RawStatement &statement, int base, const CaseFile &caseFile);
    Result<RawStatement *> casesStatement(int rows);
    Result<RawStatement *> datesStatement(int rows);
    Result<QList<qint64>> insertBatch(const QList<CaseFile> &cases);
    Status writeDates(qint64 id, const QHash<QString, QDate> &dates);
    Status writeEvents(qint64 id, const QList<CaseEvent> &events);

    QSqlDatabase &m_db;
    QSqlQuery m_deleteDates;
    QSqlQuery m_update;
    QSqlQuery m_lookup;
    QSqlQuery m_loadCase;
    QSqlQuery m_loadDates;
    sqlite3 *m_handle = nullptr;
    RawStatement m_rawCase;
    std::map<int, std::unique_ptr<RawStatement>> m_rawCases; // multi-row, by the number of cases
    std::map<int, std::unique_ptr<RawStatement>> m_rawDates; // multi-row, by the number of dates
    RawStatement m_rawDate;
    RawStatement m_rawEvent;
    QStringList m_dropped; // CREATE statements to run again in finish()
    bool m_deferred = false;
    qint64 m_maxIdBefore = 0;
    QString m_now;
    QVariant m_cacheSizeBefore; // restored when the writer is done
};

} // namespace sagstjek
