#pragma once

#include "storage/caserepository.h"
#include "storage/sql/sql.h"

#include <QSqlDatabase>

#include <memory>
#include <unordered_map>

namespace sagstjek {

// CaseRepository on either backend (SQLite or PostgreSQL): bound statements on the database's connection.
class SqlCaseRepository final : public CaseRepository {
public:
    explicit SqlCaseRepository(QSqlDatabase &db);

    Result<qint64> idForNumber(const QString &caseNumber) override;
    Result<QString> caseNumber(qint64 id) override;
    Result<QList<std::pair<qint64, QString>>> withCpr(const QString &cprDigits) override;
    Status remove(qint64 id) override;
    Result<CaseFile> load(qint64 id) override;
    // A case's fields and dates, without its events (also the team server's case writer's).
    static Result<CaseFile> loadFields(QSqlDatabase &db, qint64 id);
    Status addEvent(qint64 caseId, const CaseEvent &event) override;
    Status setReviewStatus(qint64 caseId, ReviewStatus status) override;
    Result<QString> reviewStatus(qint64 caseId, qint64 roundId) override;
    Result<int> count(const CaseFilter &filter) override;
    Result<QList<CaseRow>> page(const CaseFilter &filter, int offset, int limit) override;
    Result<QStringList> distinctValues(const QString &column) override;

private:
    QSqlDatabase &m_db;
    // What every answer reads (a case with its dates and events): one statement, prepared once, one round trip on a
    // server.
    sql::Prepared m_case;
    sql::Prepared m_setReviewStatus; // every review's start
    // The list's page statements by their text, prepared once: scrolling repeats one statement with the next key,
    // and on a server a statement prepared for one call costs three round trips. Emptied when many.
    std::unordered_map<QString, std::unique_ptr<sql::Prepared>> m_pages;
};

} // namespace sagstjek
