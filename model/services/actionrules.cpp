#include "services/actionrules.h"

#include "storage/audittrail.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace sagstjek {

namespace actionrules {

bool matches(const QString &pattern, const QString &itemKey)
{
    QStringList parts = pattern.trimmed().split(u'*');
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    const QRegularExpression expression(QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".*"))));
    return expression.match(itemKey).hasMatch();
}

QList<TriggeredAction> evaluate(const QList<ActionRule> &rules, const QList<RuleAnswer> &answers)
{
    QList<TriggeredAction> triggered;
    for (const ActionRule &rule : rules) {
        if (!rule.active)
            continue;
        if (rule.kind == u"caseworker-count") {
            QMap<QString, int> counts; // sorted by caseworker, so the list reads the same every time
            for (const RuleAnswer &answer : answers)
                if (answer.notMet && matches(rule.itemPattern, answer.itemKey))
                    ++counts[answer.caseworker];
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (it.value() < rule.threshold)
                    continue;
                TriggeredAction action;
                action.ruleId = rule.id;
                action.ruleName = rule.name;
                action.action = rule.action;
                action.subject = it.key();
                action.observed = it.value();
                action.detail = QStringLiteral("%1 × not met on %2").arg(it.value()).arg(rule.itemPattern);
                action.status = ActionStatus::Open;
                triggered << action;
            }
        } else if (rule.kind == u"item-share") {
            int answered = 0;
            int notMet = 0;
            for (const RuleAnswer &answer : answers) {
                if (!matches(rule.itemPattern, answer.itemKey))
                    continue;
                ++answered;
                if (answer.notMet)
                    ++notMet;
            }
            if (answered == 0)
                continue;
            const double share = 100.0 * notMet / answered;
            if (share <= rule.threshold)
                continue;
            TriggeredAction action;
            action.ruleId = rule.id;
            action.ruleName = rule.name;
            action.action = rule.action;
            action.observed = share;
            action.detail = QStringLiteral("%1 of %2 not met on %3 (%4 %)")
                                .arg(notMet)
                                .arg(answered)
                                .arg(rule.itemPattern)
                                .arg(share, 0, 'f', 1);
            action.status = ActionStatus::Open;
            triggered << action;
        }
    }
    return triggered;
}

} // namespace actionrules

ActionRuleService::ActionRuleService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_db(session.database())
{
}

Result<qint64> ActionRuleService::addRule(const ActionRule &rule)
{
    if (auto allowed = m_session.policy().require(Permission::ManageActionRules); !allowed)
        return allowed.error();
    if (rule.name.trimmed().isEmpty() || rule.action.trimmed().isEmpty() || rule.itemPattern.trimmed().isEmpty())
        return invalidInput(tr("A rule needs a name, an item pattern and the action it calls for."));
    if (rule.kind != u"caseworker-count" && rule.kind != u"item-share")
        return invalidInput(tr("A rule counts per caseworker (caseworker-count) or looks at a share (item-share)."));
    if (rule.threshold < 0 || (rule.kind == u"item-share" && rule.threshold > 100))
        return invalidInput(tr("The threshold must be a count, or a percentage from 0 to 100."));
    qint64 id = 0;
    auto status = m_db.transaction([&]() -> Status {
        ActionRule clean = rule;
        clean.name = rule.name.trimmed();
        clean.itemPattern = rule.itemPattern.trimmed();
        clean.action = rule.action.trimmed();
        auto inserted = m_db.actionRules().insert(clean, user());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return m_db.audit().record({user(),
                                    QStringLiteral("action-rule.add"),
                                    QStringLiteral("action_rule"),
                                    QString::number(id),
                                    0,
                                    {},
                                    {{QStringLiteral("name"), clean.name},
                                     {QStringLiteral("kind"), clean.kind},
                                     {QStringLiteral("items"), clean.itemPattern},
                                     {QStringLiteral("threshold"), clean.threshold},
                                     {QStringLiteral("action"), clean.action}},
                                    {}});
    });
    if (!status)
        return status.error();
    return id;
}

Result<QList<ActionRule>> ActionRuleService::rules()
{
    return m_db.actionRules().rules();
}

Status ActionRuleService::setActive(qint64 ruleId, bool active)
{
    if (auto allowed = m_session.policy().require(Permission::ManageActionRules); !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        if (auto set = m_db.actionRules().setActive(ruleId, active); !set)
            return set;
        return m_db.audit().record({user(),
                                    QStringLiteral("action-rule.active"),
                                    QStringLiteral("action_rule"),
                                    QString::number(ruleId),
                                    0,
                                    {},
                                    {{QStringLiteral("active"), active}},
                                    {}});
    });
}

Result<QList<TriggeredAction>> ActionRuleService::evaluate(qint64 roundId)
{
    if (auto allowed = m_session.policy().require(Permission::ManageRounds); !allowed)
        return allowed.error();
    ActionRuleRepository &repository = m_db.actionRules();
    auto status = m_db.transaction([&]() -> Status {
        auto rules = repository.rules(true);
        if (!rules)
            return rules.error();
        auto answers = repository.answers(roundId);
        if (!answers)
            return answers.error();
        const QList<TriggeredAction> triggered = actionrules::evaluate(rules.value(), answers.value());
        QList<std::pair<qint64, QString>> keep;
        for (TriggeredAction action : triggered) {
            action.roundId = roundId;
            if (auto stored = repository.upsertAction(action); !stored)
                return stored;
            keep.append({action.ruleId, action.subject});
        }
        if (auto removed = repository.removeOpenExcept(roundId, keep); !removed)
            return removed;
        return m_db.audit().record({user(),
                                    QStringLiteral("round.actions.evaluate"),
                                    QStringLiteral("round"),
                                    QString::number(roundId),
                                    0,
                                    {},
                                    {{QStringLiteral("triggered"), int(triggered.size())}},
                                    {}});
    });
    if (!status)
        return status.error();
    emit actionsChanged(roundId);
    return repository.actions(roundId);
}

Result<QList<TriggeredAction>> ActionRuleService::actions(qint64 roundId)
{
    return m_db.actionRules().actions(roundId);
}

Status ActionRuleService::markDone(qint64 actionId, const QString &note)
{
    if (auto allowed = m_session.policy().require(Permission::ManageActionRules); !allowed)
        return allowed;
    ActionRuleRepository &repository = m_db.actionRules();
    auto action = repository.action(actionId);
    if (!action)
        return action.error();
    if (action->status == ActionStatus::Done)
        return Ok{};
    auto status = m_db.transaction([&]() -> Status {
        if (auto done = repository.markDone(actionId, user(), note.trimmed()); !done)
            return done;
        return m_db.audit().record({user(),
                                    QStringLiteral("round.action.done"),
                                    QStringLiteral("round_action"),
                                    QString::number(actionId),
                                    0,
                                    {{QStringLiteral("status"), actionStatusKey(action->status)}},
                                    {{QStringLiteral("status"), actionStatusKey(ActionStatus::Done)}},
                                    note.trimmed()});
    });
    if (status)
        emit actionsChanged(action->roundId);
    return status;
}

} // namespace sagstjek
