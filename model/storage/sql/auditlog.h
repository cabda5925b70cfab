#pragma once

#include "storage/audittrail.h"
#include "storage/sql/sql.h"

#include <QSqlDatabase>
#include <QVariant>

namespace sagstjek::auditlog {

// The audit trail's statements (sqlaudittrail.cpp and auditchain.cpp). Scheme 2 (schema 6 on):
//   content_hash = SHA-256(before, after, reason, state)
//   hash         = SHA-256("2", prev_hash, id, at, user, action, entity, entity_id, case_id, key_id, content_hash)
//   mac          = HMAC-SHA-256(this computer's key, hash); on a team server (schema 14) the server computes all
//                  three with its own key (pgschema.cpp), and only it can check that seal
// every field length-prefixed. Scheme 1 (records written before schema 6): hash = SHA-256(prev_hash, at, user,
// action, entity, entity_id, case_id, before, after, reason), kept as written and fingerprinted by the
// "audit.scheme" record.
// The statements that write a record, prepared once for a connection's trail (a round trip each on a server,
// where a statement prepared for one call costs three).
struct Statements {
    Statements();
    sql::Prepared insert;           // schema 13 on: with the record's global id
    sql::Prepared insertWithoutIds; // a file being migrated from before schema 13
    sql::Prepared answers;          // the state rows (stateRowQuery)
    sql::Prepared defects;
    sql::Prepared reviews;
    sql::Prepared serverInsert;  // a team server's: what the app says; the server chains and seals (schema 14)
    sql::Prepared serverRecords; // a unit of work's records, at its commit: sagstjek_write_records
};
Status record(QSqlDatabase &db, const AuditEntry &entry, Statements *kept = nullptr);
// On a server, a record made inside a unit of work (inTransaction, beginWork) waits, its content fixed, to be written
// when the unit of work commits: the unit of work calls chainPending before COMMIT, and drops what a step rolled back
// (dropPending, down to pendingCount as it was when the step began). Elsewhere a record is chained at once.
Status chainPending(QSqlDatabase &db);
qsizetype pendingCount(const QSqlDatabase &db);
void dropPending(const QSqlDatabase &db, qsizetype keep);
// The scheme-1 hash of a record's content and its predecessor's hash (SHA-256, hex).
QString hashOf(const QString &prevHash, const QString &at, const QString &user, const QString &action,
               const QString &entity, const QString &entityId, const QVariant &caseId, const QString &before,
               const QString &after, const QString &reason);
// A record's before, after or state as stored: compact JSON, empty for an empty object.
QString compactJson(const QJsonObject &object);
QString contentHashOf(const QVariant &before, const QVariant &after, const QVariant &reason, const QVariant &state);
QString hashOf2(const QString &prevHash, qint64 id, const QString &at, const QString &user, const QString &action,
                const QString &entity, const QString &entityId, const QVariant &caseId, const QString &keyId,
                const QString &contentHash);
// The digest of a row of answers, defects or reviews as the trail's `state` keeps it; `values` in the order of
// stateColumns(table).
QString rowDigest(const QVariantList &values);
QStringList stateColumns(const QString &table);
// SELECT stateColumns(table) (and `extraColumn`) FROM the table; answers as `a`, joined to their items as `i`.
QString stateSelect(const QString &table, const QString &extraColumn = {});
// The statement that reads one row's stateColumns(table), bound to the row's key: an answer's review id and item key
// (joined through `items`), the id of a defect or review.
QString stateRowQuery(const QString &table);
// The state keys: "answers/REVIEW/ITEM", "defects/ID", "reviews/ID"; "cases" holds the number of cases.
QString stateKey(const QString &table, const QVariant &first, const QVariant &second = {});

// Creates the connection's TEMP triggers that note which answers, defects and reviews rows (and whether cases)
// a unit of work changed; the next audit record takes their after-states. Not stored in the file.
Status installStateCapture(QSqlDatabase &db);
// Notes that the unit of work adds or deletes cases, so the next audit record keeps the number of cases. Called by
// the two writers of cases (the bulk case writer and the case repository's remove), not by a trigger per row.
void noteCasesChanged(QSqlDatabase &db);
// Step 6's own record: the scheme change, the database id and the fingerprint of the scheme-1 records.
Status writeSchemeRecord(QSqlDatabase &db);
// The answers the trail takes as older than its row states (answers_before_audit, schema 10): how many, and the
// SHA-256 of their review ids and item keys in order. Step 10 chains both in an "audit.items" record where there are
// any, so that no row can be added to them later without `audit verify` seeing it.
struct AnswersBeforeAudit {
    qint64 count = 0;
    QString fingerprint;
};
Result<AnswersBeforeAudit> answersBeforeAudit(QSqlDatabase &db);
Status writeAnswersBeforeAuditRecord(QSqlDatabase &db);

Result<AuditVerification> verify(QSqlDatabase &db, const QString &path);
Result<AuditCheckpoint> checkpoint(QSqlDatabase &db, const QString &path, const QString &reason,
                                   AuditTrail::CheckpointMode mode);
Result<QList<AuditRecord>> history(QSqlDatabase &db, qint64 caseId, const QString &itemKey = {},
                                   const AuditHistoryPage &page = {});
Result<QList<qint64>> redactCase(QSqlDatabase &db, qint64 caseId);

} // namespace sagstjek::auditlog

namespace sagstjek {

class SqlAuditTrail final : public AuditTrail {
public:
    SqlAuditTrail(QSqlDatabase &db, const QString &path)
        : m_db(db)
        , m_path(path)
    {
    }
    Status record(const AuditEntry &entry) override { return auditlog::record(m_db, forTrail(entry), &m_statements); }
    // What reads the trail first chains the records its unit of work made, so it reads them too.
    Result<AuditVerification> verify() override
    {
        return readAfterChaining([&] { return auditlog::verify(m_db, m_path); });
    }
    Result<QList<AuditRecord>> history(qint64 caseId, const QString &itemKey, const AuditHistoryPage &page) override
    {
        return readAfterChaining([&] { return auditlog::history(m_db, caseId, itemKey, page); });
    }
    Result<QList<qint64>> redactCase(qint64 caseId) override
    {
        return readAfterChaining([&] { return auditlog::redactCase(m_db, caseId); });
    }
    Result<int> workRecordCount() override;
    Result<AuditCheckpoint> checkpoint(const QString &reason, CheckpointMode mode) override
    {
        return readAfterChaining([&] { return auditlog::checkpoint(m_db, m_path, reason, mode); });
    }

private:
    template <typename Read> auto readAfterChaining(Read read) -> decltype(read())
    {
        if (auto chained = auditlog::chainPending(m_db); !chained)
            return chained.error();
        return read();
    }

    QSqlDatabase &m_db;
    QString m_path;
    auditlog::Statements m_statements;
};

} // namespace sagstjek
