#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sagstjek {

// The status of an action in the action plan (handleplan). The text keys are what the database stores and JSON
// carries; the Danish words are what a Danish user reads and may type.
enum class PlanStatus { Planned, InProgress, Done, Abandoned };
QString planStatusKey(PlanStatus status);                           // "planned", "in-progress", "done", "abandoned"
QString planStatusDanish(PlanStatus status);                        // "planlagt", "i gang", "udført", "opgivet"
QString planStatusEnglish(PlanStatus status);                       // "planned", "in progress", "done", "abandoned"
QString planStatusText(PlanStatus status, const QString &language); // Danish for "da", English otherwise
// An English key or a Danish word, case-insensitively ("in-progress", "in progress", "i gang", "udført",
// "udfoert"); nullopt for anything else.
std::optional<PlanStatus> planStatusFromText(const QString &text);
QList<PlanStatus> allPlanStatuses();
// Done and abandoned actions are closed: they are never late.
bool isClosed(PlanStatus status);

// What an action may name as the finding that caused it.
enum class PlanLinkKind { Item, ActionRule, Round };
QString planLinkKindKey(PlanLinkKind kind); // "item", "action-rule", "round"
std::optional<PlanLinkKind> planLinkKindFromKey(const QString &key);

// The stored link: an item key, a management action rule's id or a round's id (as text).
struct PlanLink {
    PlanLinkKind kind = PlanLinkKind::Item;
    QString value;
    QString label; // for reading: the item key, the rule's name, the round's name (filled by the repository)
};

// One dated status note: every status change writes one, with who and when.
struct PlanNote {
    qint64 id = 0;
    qint64 actionId = 0;
    PlanStatus status = PlanStatus::Planned;
    QString note;
    QString writtenBy;
    QString writtenAt; // UTC ISO 8601
};

struct PlanAction {
    qint64 id = 0;
    qint64 themeId = 0;
    int position = 0;
    QString what;
    QString owner;
    QDate deadline; // invalid: no deadline
    PlanStatus status = PlanStatus::Planned;
    std::optional<PlanLink> link;
    QString createdBy;
    QString createdAt;
    QString updatedAt;
    QList<PlanNote> notes; // oldest first

    // The deadline has passed (the day after it, not on the day) and the action is neither done nor abandoned.
    bool isLate(const QDate &today) const;
};

struct PlanTheme {
    qint64 id = 0;
    qint64 planId = 0;
    int position = 0;
    QString title;
    QList<PlanAction> actions; // in order
};

struct ActionPlan {
    qint64 id = 0;
    QString name;
    QDate evaluationDate; // invalid: none set
    QString createdBy;
    QString createdAt;
    QList<PlanTheme> themes; // in order

    // The evaluation date has come (on the day itself or later).
    bool evaluationDue(const QDate &today) const;
};

} // namespace sagstjek
