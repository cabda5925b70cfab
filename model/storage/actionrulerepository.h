#pragma once

#include "core/result.h"
#include "domain/statuses.h"

#include <QString>

namespace sagstjek {

// A management action rule: when a pattern of "not met" answers shows in a round, an action is called for.
struct ActionRule {
    qint64 id = 0;
    QString name;
    QString kind;         // caseworker-count, item-share
    QString itemPattern;  // item key, '*' matches any text: integration.followup.*
    double threshold = 0; // a count (caseworker-count) or a percentage (item-share)
    QString action;       // what to do: "sparring with the faglig koordinator"
    bool active = true;
};

struct TriggeredAction {
    qint64 id = 0;
    qint64 roundId = 0;
    qint64 ruleId = 0;
    QString ruleName;
    QString action;
    QString subject; // the caseworker, or empty for a round-wide rule
    double observed = 0;
    QString detail;
    ActionStatus status = ActionStatus::Open;
    QString doneBy;
    QString doneAt;
    QString note;
};

// One answer as the rules see it.
struct RuleAnswer {
    QString caseworker;
    QString itemKey;
    bool notMet = false;
};

class ActionRuleRepository {
public:
    virtual ~ActionRuleRepository();

    virtual Result<qint64> insert(const ActionRule &rule, const QString &user) = 0;
    virtual Result<QList<ActionRule>> rules(bool activeOnly = false) = 0;
    virtual Status setActive(qint64 ruleId, bool active) = 0;
    // Met and not-met answers of the round's completed and approved reviews, with the case's caseworker as
    // frozen.
    virtual Result<QList<RuleAnswer>> answers(qint64 roundId) = 0;
    virtual Result<QList<TriggeredAction>> actions(qint64 roundId) = 0;
    virtual Result<TriggeredAction> action(qint64 actionId) = 0;
    virtual Status upsertAction(const TriggeredAction &action) = 0;
    // Removes the round's open actions whose (rule, subject) no longer triggers; done ones stay on record.
    virtual Status removeOpenExcept(qint64 roundId, const QList<std::pair<qint64, QString>> &keep) = 0;
    virtual Status markDone(qint64 actionId, const QString &user, const QString &note) = 0;
};

} // namespace sagstjek
