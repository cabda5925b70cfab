#pragma once

#include <QString>

#include <optional>

namespace sagstjek {

// A review's status. The text keys are what the database stores, the CLI prints and exports carry; convert only
// through reviewStatusKey/reviewStatusFromKey. NotStarted is never stored on a review (there is no review yet);
// cases.review_status stores only NotStarted, InProgress and Completed (see caseListStatus).
enum class ReviewStatus { NotStarted, InProgress, Completed, SentBack, Reopened, Approved };
QString reviewStatusKey(ReviewStatus status); // "not-started", "in-progress", "completed", "sent-back", …
// An empty or unknown key reads as NotStarted: a case without a review.
ReviewStatus reviewStatusFromKey(const QString &key);

// Completed and waiting for approval, or approved: the review counts as reviewed in a round's progress.
bool isReviewed(ReviewStatus status);
// The reviewer may still change the answers (a completed review is taken back to in progress when changed).
bool isOpenForAnswers(ReviewStatus status);
// The case list shows three statuses: a review sent back or reopened is in progress again, an approved one is
// completed. Mirrored by the CASE expression in storage/sql/sqlcaserepository.cpp.
ReviewStatus caseListStatus(ReviewStatus status);

enum class RoundStatus { Active, Closed };
QString roundStatusKey(RoundStatus status); // "active", "closed"
std::optional<RoundStatus> roundStatusFromKey(const QString &key);

// A triggered action's status: open until someone marks it done.
enum class ActionStatus { Open, Done };
QString actionStatusKey(ActionStatus status); // "open", "done"
std::optional<ActionStatus> actionStatusFromKey(const QString &key);

} // namespace sagstjek
