#pragma once

#include "core/result.h"
#include "services/session.h"
#include "storage/actionrulerepository.h"

#include <QObject>

namespace sagstjek {

namespace actionrules {
// Whether `itemKey` matches `pattern`, where '*' stands for any text and everything else is literal.
bool matches(const QString &pattern, const QString &itemKey);
// The actions `rules` call for, given a round's answers (pure: no database). Rules are evaluated in order;
// caseworker-count rules yield one action per caseworker at or above the threshold, item-share rules one
// round-wide action when the share of "not met" is above the threshold percentage.
QList<TriggeredAction> evaluate(const QList<ActionRule> &rules, const QList<RuleAnswer> &answers);
} // namespace actionrules

// The leader's management action rules: which pattern of defects calls for which action, evaluated per round.
// Setting rules and marking their actions done takes ManageActionRules; evaluating a round, ManageRounds.
class ActionRuleService : public QObject {
    Q_OBJECT
public:
    explicit ActionRuleService(Session &session, QObject *parent = nullptr);

    Result<qint64> addRule(const ActionRule &rule);
    Result<QList<ActionRule>> rules();
    Status setActive(qint64 ruleId, bool active);
    // Evaluates the active rules on the round and stores what triggered (open actions that no longer trigger
    // go; done ones stay on record). Returns the round's actions.
    Result<QList<TriggeredAction>> evaluate(qint64 roundId);
    Result<QList<TriggeredAction>> actions(qint64 roundId);
    Status markDone(qint64 actionId, const QString &note = {});

signals:
    void actionsChanged(qint64 roundId);

private:
    const QString &user() const { return m_session.userName(); }

    Session &m_session;
    Database &m_db;
};

} // namespace sagstjek
