#include "services/approvalservice.h"

#include "services/people.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"

namespace sagstjek {

ApprovalService::ApprovalService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_db(session.database())
{
}

Status ApprovalService::approve(qint64 roundId, qint64 caseId, const QString &comment)
{
    return decide(roundId, caseId, ReviewStatus::Approved, comment.trimmed());
}

Status ApprovalService::sendBack(qint64 roundId, qint64 caseId, const QString &comment)
{
    if (comment.trimmed().isEmpty())
        return invalidInput(tr("Say what needs another look: sending a review back needs a comment."));
    return decide(roundId, caseId, ReviewStatus::SentBack, comment.trimmed());
}

Status ApprovalService::decide(qint64 roundId, qint64 caseId, ReviewStatus decision, const QString &comment)
{
    AccessPolicy &policy = m_session.policy();
    if (auto allowed = policy.require(Permission::Approve); !allowed)
        return allowed;
    ReviewRepository &reviews = m_db.reviews();
    auto found = reviews.findForCase(caseId, roundId);
    if (!found)
        return found.error();
    if (!found.value())
        return invalidInput(tr("The case has no review in this round yet."));
    const Review review = *found.value();
    if (review.status != ReviewStatus::Completed)
        return invalidInput(review.status == ReviewStatus::Approved
                                ? tr("The review is already approved.")
                                : tr("Only a completed review can be approved or sent back; this one is %1.")
                                      .arg(reviewStatusKey(review.status)));
    RoundRepository &rounds = m_db.rounds();
    auto contributors = rounds.contributors(review.id);
    if (!contributors)
        return contributors.error();
    for (const QString &contributor : contributors.value())
        if (people::samePerson(contributor, user()))
            return policy.deny(tr("%1 worked on this review and cannot approve or send back their own review; "
                                  "another coordinator or leader must do it (four eyes).")
                                   .arg(user()),
                               caseId);
    auto status = m_db.transaction([&]() -> Status {
        if (auto set = rounds.setReviewStatus(review.id, decision); !set)
            return set;
        // The case list's stored status is the review outside any round's; a round's is read from its reviews.
        if (decision == ReviewStatus::SentBack && roundId == 0)
            if (auto cased = m_db.cases().setReviewStatus(caseId, ReviewStatus::InProgress); !cased)
                return cased;
        // An approval record's action is the status the decision set.
        if (auto added = rounds.addApproval(review.id, reviewStatusKey(decision), user(), comment); !added)
            return added;
        return m_db.audit().record(
            {user(),
             decision == ReviewStatus::Approved ? QStringLiteral("review.approve") : QStringLiteral("review.send-back"),
             QStringLiteral("review"),
             QString::number(review.id),
             caseId,
             {{QStringLiteral("status"), reviewStatusKey(review.status)}},
             {{QStringLiteral("status"), reviewStatusKey(decision)}},
             comment});
    });
    if (status)
        emit reviewChanged(roundId, caseId);
    return status;
}

Status ApprovalService::reopen(qint64 roundId, qint64 caseId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return invalidInput(tr("Reopening an approved review needs a reason."));
    ReviewRepository &reviews = m_db.reviews();
    auto found = reviews.findForCase(caseId, roundId);
    if (!found)
        return found.error();
    if (!found.value())
        return invalidInput(tr("The case has no review in this round yet."));
    const Review review = *found.value();
    if (review.status != ReviewStatus::Approved)
        return invalidInput(tr("Only an approved review is reopened; this one is %1 and can be changed as it is.")
                                .arg(reviewStatusKey(review.status)));
    AccessPolicy &policy = m_session.policy();
    if (!people::samePerson(review.reviewer, user()) && !policy.may(Permission::Approve))
        return policy.deny(tr("Only the reviewer, a faglig koordinator or a leader may reopen an approved review."),
                           caseId);
    auto status = m_db.transaction([&]() -> Status {
        if (auto set = m_db.rounds().setReviewStatus(review.id, ReviewStatus::Reopened); !set)
            return set;
        if (roundId == 0)
            if (auto cased = m_db.cases().setReviewStatus(caseId, ReviewStatus::InProgress); !cased)
                return cased;
        if (auto added =
                m_db.rounds().addApproval(review.id, reviewStatusKey(ReviewStatus::Reopened), user(), reason.trimmed());
            !added)
            return added;
        return m_db.audit().record({user(),
                                    QStringLiteral("review.reopen"),
                                    QStringLiteral("review"),
                                    QString::number(review.id),
                                    caseId,
                                    {{QStringLiteral("status"), reviewStatusKey(review.status)}},
                                    {{QStringLiteral("status"), reviewStatusKey(ReviewStatus::Reopened)}},
                                    reason.trimmed()});
    });
    if (status)
        emit reviewChanged(roundId, caseId);
    return status;
}

Result<QList<ApprovalRecord>> ApprovalService::history(qint64 roundId, qint64 caseId)
{
    auto found = m_db.reviews().findForCase(caseId, roundId);
    if (!found)
        return found.error();
    if (!found.value())
        return QList<ApprovalRecord>();
    return m_db.rounds().approvals(found.value()->id);
}

} // namespace sagstjek
