#pragma once

#include "storage/complaintrepository.h"

#include <QSqlDatabase>

namespace sagstjek {

// The SQLite implementation of ComplaintRepository: bound statements on the database's one writer connection;
// the counts per paragraph and outcome are one GROUP BY.
class SqliteComplaintRepository final : public ComplaintRepository {
public:
    explicit SqliteComplaintRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const ComplaintDecision &decision, const QString &user) override;
    Result<ComplaintDecision> decision(qint64 id) override;
    Status remove(qint64 id) override;
    Result<QList<ComplaintDecision>> list(const ComplaintFilter &filter) override;
    Result<QList<ComplaintCounts>> counts(const QDate &from, const QDate &to) override;
    Result<int> countSame(const QString &caseNumber, const QString &paragraphKey, const QDate &decided,
                          ComplaintOutcome outcome) override;
    Result<QStringList> paragraphs() override;

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
