#pragma once

#include "storage/complaintrepository.h"

#include <QSqlDatabase>

namespace sagstjek {

// ComplaintRepository on either backend: bound statements on the database's connection;
// the counts per paragraph and outcome are one GROUP BY.
class SqlComplaintRepository final : public ComplaintRepository {
public:
    explicit SqlComplaintRepository(QSqlDatabase &db)
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
