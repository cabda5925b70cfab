#pragma once

#include "core/result.h"
#include "services/session.h"
#include "storage/actionplanrepository.h"

#include <QMap>
#include <QObject>

#include <optional>

namespace sagstjek {

// What a person enters for an action. The link is given as the user names it: an item key, a management action
// rule's id, a round's name; the service checks that it exists and stores the rule's or round's id.
struct PlanActionInput {
    QString what;
    QString owner;
    QDate deadline; // invalid: no deadline
    std::optional<PlanLinkKind> linkKind;
    QString linkText;
};

// A plan's state at a glance, for the dashboard and the council report.
struct PlanSummary {
    qint64 planId = 0;
    QString name;
    QDate evaluationDate;
    bool evaluationDue = false;
    int actions = 0;
    QMap<PlanStatus, int> byStatus; // every status present, zero when none
    int late = 0;
};

// The action plan (handleplan): plans, ordered themes, actions with owner, deadline and status, and the dated
// note that every status change writes. Writing takes ManageActionPlan; reading is for every user (an action
// plan names staff as owners, not citizens). Every change writes an audit record in the same unit of work.
class ActionPlanService : public QObject {
    Q_OBJECT
public:
    explicit ActionPlanService(Session &session, QObject *parent = nullptr);

    Result<qint64> createPlan(const QString &name, const QDate &evaluationDate = {});
    Result<qint64> addTheme(qint64 planId, const QString &title);
    Status renameTheme(qint64 themeId, const QString &title);
    // Moves a theme to `index` (0-based, clamped) among its plan's themes.
    Status moveTheme(qint64 themeId, int index);
    // Adds an action (status planned, with its first note) at the end of the theme.
    Result<qint64> addAction(qint64 themeId, const PlanActionInput &input);
    // Changes what, owner, deadline and link; the status is changed only with setStatus().
    Status editAction(qint64 actionId, const PlanActionInput &input);
    // Sets the status and writes a dated note with who and when (also when the status stays, to add a note).
    Status setStatus(qint64 actionId, PlanStatus status, const QString &note = {});

    Result<QList<ActionPlan>> plans();
    Result<std::optional<ActionPlan>> findPlan(const QString &name);
    Result<std::optional<PlanAction>> action(qint64 actionId);
    // Actions past their deadline (from the day after it) that are neither done nor abandoned, by deadline.
    Result<QList<LateAction>> lateActions(const QDate &today);
    Result<QList<PlanSummary>> summaries(const QDate &today);

    // The session's day, for callers that have no date of their own.
    QDate today() const { return m_session.today(); }
    bool mayEdit() const;

    // Parses "item:KEY", "rule:ID" or "round:NAME" (the CLI's --link); nullopt kind when the text has no prefix.
    static std::optional<std::pair<PlanLinkKind, QString>> parseLink(const QString &text);

signals:
    void planChanged();

private:
    const QString &user() const { return m_session.userName(); }
    // Checks and cleans an input; resolves the link to what is stored.
    Result<PlanAction> validated(const PlanActionInput &input);
    Result<std::optional<PlanLink>> resolveLink(const PlanActionInput &input);

    Session &m_session;
    Database &m_db;
};

} // namespace sagstjek
