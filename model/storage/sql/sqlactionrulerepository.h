#pragma once

#include "storage/actionrulerepository.h"

#include <QSqlDatabase>

namespace sagstjek {

// ActionRuleRepository on either backend (SQLite or PostgreSQL): bound statements on the database's connection.
class SqlActionRuleRepository final : public ActionRuleRepository {
public:
    explicit SqlActionRuleRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<qint64> insert(const ActionRule &rule, const QString &user) override;
    Result<QList<ActionRule>> rules(bool activeOnly) override;
    Status setActive(qint64 ruleId, bool active) override;
    Result<QList<RuleAnswer>> answers(qint64 roundId) override;
    Result<QList<TriggeredAction>> actions(qint64 roundId) override;
    Result<TriggeredAction> action(qint64 actionId) override;
    Status upsertAction(const TriggeredAction &action) override;
    Status removeOpenExcept(qint64 roundId, const QList<std::pair<qint64, QString>> &keep) override;
    Status markDone(qint64 actionId, const QString &user, const QString &note) override;

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
