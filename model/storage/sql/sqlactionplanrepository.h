#pragma once

#include "storage/actionplanrepository.h"

#include <QSqlDatabase>

namespace sagstjek {

// ActionPlanRepository on either backend (SQLite or PostgreSQL): bound statements on the database's connection.
class SqlActionPlanRepository final : public ActionPlanRepository {
public:
    explicit SqlActionPlanRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<qint64> insertPlan(const QString &name, const QDate &evaluationDate, const QString &user) override;
    Result<QList<ActionPlan>> plans() override;
    Result<std::optional<ActionPlan>> findPlan(const QString &name) override;
    Result<std::optional<ActionPlan>> plan(qint64 planId) override;
    Result<qint64> insertTheme(qint64 planId, const QString &title) override;
    Result<std::optional<PlanTheme>> theme(qint64 themeId) override;
    Status renameTheme(qint64 themeId, const QString &title) override;
    Status orderThemes(qint64 planId, const QList<qint64> &themeIds) override;
    Result<qint64> insertAction(const PlanAction &action, const QString &user) override;
    Result<std::optional<PlanAction>> action(qint64 actionId) override;
    Status updateAction(const PlanAction &action) override;
    Status setStatus(qint64 actionId, PlanStatus status) override;
    Result<qint64> insertNote(qint64 actionId, PlanStatus status, const QString &note, const QString &user) override;
    Result<QList<LateAction>> lateActions(const QDate &today) override;

private:
    // Plans with id `planId`, or every plan when it is 0.
    Result<QList<ActionPlan>> load(qint64 planId);
    // Actions (with notes) matching `where`, which binds `values`.
    Result<QList<PlanAction>> loadActions(const QString &where, const QVariantList &values);

    QSqlDatabase &m_db;
};

} // namespace sagstjek
