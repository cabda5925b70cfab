#pragma once

#include "core/result.h"
#include "domain/actionplan.h"

#include <QList>
#include <QString>

#include <optional>

namespace sagstjek {

// A late action with where it stands in the plan, for the dashboard and the council report.
struct LateAction {
    QString planName;
    QString themeTitle;
    PlanAction action;
};

// The action plan (handleplan): plans, their ordered themes, the themes' actions and each action's dated status
// notes. Writes must run inside the caller's unit of work (the service writes the audit record in the same one).
class ActionPlanRepository {
public:
    virtual ~ActionPlanRepository();

    virtual Result<qint64> insertPlan(const QString &name, const QDate &evaluationDate, const QString &user) = 0;
    // Every plan with its themes, actions and notes, in order (plans by name).
    virtual Result<QList<ActionPlan>> plans() = 0;
    // One plan (with its themes, actions and notes); nullopt when there is no plan of that name (any case).
    virtual Result<std::optional<ActionPlan>> findPlan(const QString &name) = 0;
    virtual Result<std::optional<ActionPlan>> plan(qint64 planId) = 0;

    // Appends a theme at the end of the plan.
    virtual Result<qint64> insertTheme(qint64 planId, const QString &title) = 0;
    virtual Result<std::optional<PlanTheme>> theme(qint64 themeId) = 0; // without its actions
    virtual Status renameTheme(qint64 themeId, const QString &title) = 0;
    // Gives the plan's themes the order of `themeIds` (which must be all of them).
    virtual Status orderThemes(qint64 planId, const QList<qint64> &themeIds) = 0;

    // Appends an action at the end of its theme, with status planned.
    virtual Result<qint64> insertAction(const PlanAction &action, const QString &user) = 0;
    virtual Result<std::optional<PlanAction>> action(qint64 actionId) = 0; // with its notes
    // What, owner, deadline and link.
    virtual Status updateAction(const PlanAction &action) = 0;
    virtual Status setStatus(qint64 actionId, PlanStatus status) = 0;
    virtual Result<qint64> insertNote(qint64 actionId, PlanStatus status, const QString &note, const QString &user) = 0;

    // Actions whose deadline is before `today` and that are neither done nor abandoned, by deadline.
    virtual Result<QList<LateAction>> lateActions(const QDate &today) = 0;
};

} // namespace sagstjek
