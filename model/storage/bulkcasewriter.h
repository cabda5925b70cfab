#pragma once

#include "domain/casefile.h"
#include "storage/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <map>
#include <memory>

namespace sagstjek {

// The write path of large case imports: the statements are prepared once and reused for every row, inside the
// caller's transaction. CaseRepository prepares per call, which is fine for one case and slow for a million.
//
// Deferred indexes (PERF_RELIABILITY.md §A: "build indexes after a bulk load"): when asked, begin() drops the
// secondary indexes of `cases` and the trigger that feeds the FTS5 trigram name index, keeping their exact
// SQL from sqlite_master, and finish() re-creates them and rebuilds the trigram index. The drops are ordinary
// DDL inside the import's transaction, so a rollback (an error, Cancel, a dry run) brings every one back.
class BulkCaseWriter {
public:
    explicit BulkCaseWriter(QSqlDatabase &db);
    ~BulkCaseWriter();
    BulkCaseWriter(const BulkCaseWriter &) = delete;
    BulkCaseWriter &operator=(const BulkCaseWriter &) = delete;

    // Call inside a transaction.
    Status begin(bool deferIndexes);
    Result<qint64> caseCount();
    qint64 maxCaseId() const { return m_maxIdBefore; }

    // 0 when there is no case with this number (case-insensitive, as the column is).
    Result<qint64> idForNumber(const QString &caseNumber);
    // The case's fields and dates (no events).
    Result<CaseFile> loadFields(qint64 id);
    // Inserts a case with its dates. An existing case number gives an InvalidInput error.
    Result<qint64> insert(const CaseFile &caseFile);
    // Inserts several new cases with a few multi-row statements (the per-statement cost dominates single-row
    // inserts). Returns each case's id, or 0 for a case whose number already exists (then the others are still
    // inserted, one by one).
    Result<QList<qint64>> insertMany(const QList<CaseFile> &cases);
    // Replaces fields and dates.
    Status update(qint64 id, const CaseFile &caseFile);
    // Re-creates what begin() dropped. Call before committing.
    Status finish();
    // The same in steps, so a GUI can repaint between them: each call re-creates one index (the trigram index
    // last) and returns true while there was something to do.
    Result<bool> finishStep();

    bool deferred() const { return m_deferred; }

private:
    Status exec(QSqlQuery &query);
    Status writeDates(qint64 id, const QHash<QString, QDate> &dates);

    QSqlDatabase &m_db;
    QSqlQuery m_insert;
    std::map<int, std::unique_ptr<QSqlQuery>> m_insertDates; // by the number of dates: one statement per case
    std::map<int, std::unique_ptr<QSqlQuery>> m_insertCases; // by the number of cases in a batch
    Result<QSqlQuery *> datesStatement(int rows);
    QSqlQuery m_deleteDates;
    QSqlQuery m_update;
    QSqlQuery m_lookup;
    QSqlQuery m_loadCase;
    QSqlQuery m_loadDates;
    QStringList m_dropped; // CREATE statements to run again in finish()
    bool m_deferred = false;
    qint64 m_maxIdBefore = 0;
    QString m_now;
    QVariant m_cacheSizeBefore; // restored when the writer is done
};

} // namespace sagstjek
