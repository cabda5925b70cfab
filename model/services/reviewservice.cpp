#include "services/reviewservice.h"

#include "services/roundservice.h"
#include "services/verdicts.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/roundrepository.h"
#include "storage/templaterepository.h"
#include "storage/userrepository.h"

#include <QDateTime>
#include <QJsonObject>

namespace sagstjek {

namespace {

// A new defect is due a month after it is found unless the reviewer says otherwise.
constexpr int DefaultDefectDays = 30;

QJsonObject toJson(const ItemState &state)
{
    QJsonObject object;
    if (state.answer) {
        const Answer &a = *state.answer;
        object.insert(QStringLiteral("answer"), a.value ? answerKey(*a.value) : QString());
        object.insert(QStringLiteral("note"), a.note);
        if (!a.computedVerdict.isEmpty())
            object.insert(QStringLiteral("computed"), a.computedVerdict);
        if (!a.overrideReason.isEmpty())
            object.insert(QStringLiteral("override_reason"), a.overrideReason);
    }
    if (state.defect) {
        const Defect &d = *state.defect;
        object.insert(QStringLiteral("defect"), QJsonObject{{QStringLiteral("description"), d.description},
                                                            {QStringLiteral("severity"), severityKey(d.severity)},
                                                            {QStringLiteral("owner"), d.owner},
                                                            {QStringLiteral("due"), d.due.toString(Qt::ISODate)},
                                                            {QStringLiteral("status"), defectStatusKey(d.status)}});
    }
    return object;
}

// Whether `next` would change `current` in more than who changed it and when: such a change is not written.
bool sameApartFromStamps(const ItemState &current, ItemState next)
{
    if (current.answer && next.answer) {
        next.answer->answeredBy = current.answer->answeredBy;
        next.answer->answeredAt = current.answer->answeredAt;
        next.answer->version = current.answer->version;
    }
    if (current.defect && next.defect) {
        next.defect->id = current.defect->id;
        next.defect->reviewId = current.defect->reviewId;
        next.defect->caseId = current.defect->caseId;
        next.defect->caseNumber = current.defect->caseNumber;
        next.defect->createdBy = current.defect->createdBy;
        next.defect->createdAt = current.defect->createdAt;
        next.defect->version = current.defect->version;
    }
    return current == next;
}

// The item's answer and defect in `review` (nothing before the review was started).
ItemState stateOf(const std::optional<Review> &review, const QString &itemKey)
{
    ItemState state;
    if (review) {
        if (const auto answer = review->answers.constFind(itemKey); answer != review->answers.cend())
            state.answer = *answer;
        if (const auto defect = review->defects.constFind(itemKey); defect != review->defects.cend())
            state.defect = *defect;
    }
    return state;
}

} // namespace

int ReviewState::answeredCount() const
{
    if (!review)
        return 0;
    int answered = 0;
    for (const CueCardItem *item : applicableItems()) {
        const auto it = review->answers.constFind(item->key);
        if (it != review->answers.cend() && it->value)
            ++answered;
    }
    return answered;
}

ReviewService::ReviewService(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_db(session.database())
{
}

Status ReviewService::checkPolicy(AccessPolicy::CaseAction action, qint64 caseId, qint64 roundId)
{
    auto caseFile = m_db.cases().load(caseId);
    if (!caseFile)
        return caseFile.error();
    return m_session.policy().check(action, caseFile.value(), roundId);
}

Result<ReviewState> ReviewService::open(const ReviewRef &ref)
{
    auto state = load(ref);
    if (!state)
        return state;
    if (auto allowed = m_session.policy().check(AccessPolicy::CaseAction::Open, state->caseFile); !allowed)
        return allowed.error();
    if (auto logged = m_session.policy().recordOpened(state->caseFile); !logged)
        return logged.error();
    return state;
}

Result<ReviewState> ReviewService::load(const ReviewRef &ref)
{
    CaseRepository &cases = m_db.cases();
    auto caseFile = cases.load(ref.caseId);
    if (!caseFile)
        return caseFile.error();
    QString roundName;
    if (ref.roundId != 0) {
        auto round = m_db.rounds().load(ref.roundId);
        if (!round)
            return round.error();
        roundName = round->name;
    }
    ReviewRepository &reviews = m_db.reviews();
    auto review = reviews.findForCase(ref.caseId, ref.roundId);
    if (!review)
        return review.error();
    auto card = cardOf(ref, review.value(), caseFile.value());
    if (!card)
        return card.error();
    if (review.value())
        knowReview(ref, review.value()->id, review.value()->templateId);
    ReviewState state{ref, roundName, std::move(caseFile).value(), std::move(card).value(), std::move(review).value(),
                      {}};
    state.verdicts = verdicts::compute(state.caseFile, state.card, today(), m_session.language());
    return state;
}

Result<CueCard> ReviewService::cardOf(const ReviewRef &ref, const std::optional<Review> &review,
                                      const CaseFile &caseFile)
{
    return review ? m_db.templates().load(review->templateId) : rounds::cardForNewReview(m_db, ref.roundId, caseFile);
}

Result<ItemState> ReviewService::itemState(const ReviewRef &ref, const QString &itemKey)
{
    auto review = m_db.reviews().findItem(ref.caseId, ref.roundId, itemKey);
    if (!review)
        return review.error();
    return stateOf(review.value(), itemKey);
}

Result<QHash<QString, ItemState>> ReviewService::itemStates(const ReviewRef &ref)
{
    auto review = m_db.reviews().findForCase(ref.caseId, ref.roundId);
    if (!review)
        return review.error();
    QHash<QString, ItemState> states;
    if (review.value()) {
        for (const Answer &answer : std::as_const(review.value()->answers))
            states[answer.itemKey].answer = answer;
        for (const Defect &defect : std::as_const(review.value()->defects))
            states[defect.itemKey].defect = defect;
    }
    return states;
}

Result<ReviewRef> ReviewService::refForReview(qint64 reviewId)
{
    return m_db.reviews().refFor(reviewId);
}

Status ReviewService::setCaseListStatus(const ReviewRef &ref, ReviewStatus status)
{
    // cases.review_status is the status of the review outside any round: the case list filters and sorts a
    // million cases on it through an index. A round's statuses are read from its reviews, so they never
    // overwrite it.
    if (ref.roundId != 0)
        return Ok{};
    return m_db.cases().setReviewStatus(ref.caseId, status);
}

Result<qint64> ReviewService::editableReview(const ReviewRef &ref, const std::optional<Review> &existing,
                                             const CaseFile &caseFile)
{
    ReviewRepository &reviews = m_db.reviews();
    if (existing) {
        const Review &review = *existing;
        if (review.status == ReviewStatus::Completed) {
            // Changing a completed review takes it back to in progress; it must be completed again.
            if (auto reopened = reviews.setStatus(review.id, ReviewStatus::InProgress); !reopened)
                return reopened.error();
            if (auto status = setCaseListStatus(ref, ReviewStatus::InProgress); !status)
                return status.error();
            AuditEntry entry{user(),
                             QStringLiteral("review.reopen"),
                             QStringLiteral("review"),
                             QString::number(review.id),
                             ref.caseId,
                             {{QStringLiteral("status"), reviewStatusKey(review.status)}},
                             {{QStringLiteral("status"), reviewStatusKey(ReviewStatus::InProgress)}},
                             {}};
            if (auto audited = m_db.audit().record(entry); !audited)
                return audited.error();
        } else if (!isOpenForAnswers(review.status)) {
            return refused(
                tr("This review is %1 and can no longer be changed here.").arg(reviewStatusKey(review.status)));
        }
        return review.id;
    }
    auto card = rounds::cardForNewReview(m_db, ref.roundId, caseFile);
    if (!card)
        return card.error();
    auto created = reviews.create(ref.caseId, card->id, user(), ref.roundId);
    if (!created)
        return created.error();
    knowReview(ref, created.value(), card->id);
    if (auto status = setCaseListStatus(ref, ReviewStatus::InProgress); !status)
        return status.error();
    if (auto audited = m_db.audit().record(startRecord(ref, created.value(), card.value())); !audited)
        return audited.error();
    return created.value();
}

AuditEntry ReviewService::startRecord(const ReviewRef &ref, qint64 reviewId, const CueCard &card) const
{
    return AuditEntry{user(),
                      QStringLiteral("review.start"),
                      QStringLiteral("review"),
                      reviewId > 0 ? QString::number(reviewId) : QString(),
                      ref.caseId,
                      {},
                      {{QStringLiteral("template"), QStringLiteral("%1@%2").arg(card.key).arg(card.version)}},
                      {}};
}

Status ReviewService::writeItem(qint64 reviewId, qint64 caseId, const QString &itemKey, const ItemState &before,
                                ItemState &after)
{
    // Only the row that changes is written (and counts its version up): a defect saved leaves the answer as it was.
    if (after.answer && after.answer != before.answer)
        after.answer->itemKey = itemKey;
    auto written = m_db.reviews().writeItem(
        ItemWrite{reviewId, ReviewRef{caseId}, itemKey, before.answer, before.defect, after.answer, after.defect, {}});
    if (!written)
        return written.error();
    if (after.answer)
        after.answer->version = written->answerVersion;
    return m_db.audit().record(itemChangeRecord(reviewId, caseId, itemKey, before, after));
}

AuditEntry ReviewService::itemChangeRecord(qint64 reviewId, qint64 caseId, const QString &itemKey,
                                           const ItemState &before, const ItemState &after) const
{
    return AuditEntry{user(),
                      QStringLiteral("item.change"),
                      QStringLiteral("answer"),
                      QStringLiteral("%1/%2").arg(reviewId).arg(itemKey),
                      caseId,
                      toJson(before),
                      toJson(after),
                      {}};
}

ItemState ReviewService::stamped(ItemState state) const
{
    if (state.answer && (state.answer->answeredBy.isEmpty() || state.answer->answeredAt.isEmpty())) {
        state.answer->answeredBy = user();
        state.answer->answeredAt = utcNow();
    }
    if (state.defect && state.defect->createdBy.isEmpty())
        state.defect->createdBy = user();
    return state;
}

void ReviewService::knowReview(const ReviewRef &ref, qint64 reviewId, qint64 templateId)
{
    constexpr qsizetype MaxKnown = 4096; // a day's walk through a municipality's cases; the bound keeps it small
    if (m_knownReviews.size() >= MaxKnown)
        m_knownReviews.clear();
    m_knownReviews.insert({ref.caseId, ref.roundId}, KnownReview{reviewId, templateId});
}

Result<std::optional<ItemChange>> ReviewService::changeAtOnce(const ReviewRef &ref, const QString &itemKey,
                                                              MissingReview missing, const ItemState &seen,
                                                              const CaseFile &caseFile, const NextState &next)
{
    Review review;
    review.caseId = ref.caseId;
    review.status = ReviewStatus::InProgress; // (writeItemIfUnchanged writes only while it is)
    std::optional<CueCard> newCard;           // the card of a review this change starts
    if (const auto known = m_knownReviews.constFind({ref.caseId, ref.roundId}); known != m_knownReviews.cend()) {
        review.id = known->id;
        review.templateId = known->templateId;
    } else if (missing == MissingReview::Start && seen == ItemState{} && m_db.reviews().startsAtOnce()) {
        // An empty item of a review this service has not met: as a rule, the first key press on a fresh card. It
        // starts the review in one statement, which finds out whether a colleague started it first.
        auto card = rounds::cardForNewReview(m_db, ref.roundId, caseFile);
        if (!card)
            return std::optional<ItemChange>(); // the full path says why
        review.templateId = card->id;
        newCard = std::move(card).value();
    } else {
        return std::optional<ItemChange>();
    }
    const std::optional<Review> context(review);
    auto wanted = next(seen, ChangeContext{caseFile, context});
    // A refusal, or a change that changes nothing, is judged by the full path against the stored item (a refused
    // first change starts no review).
    if (!wanted || sameApartFromStamps(seen, wanted.value()))
        return std::optional<ItemChange>();
    if (newCard) {
        auto started = m_db.reviews().startAtOnce(ref, newCard->id, user(), startRecord(ref, 0, *newCard));
        if (!started)
            return started.error();
        if (!started.value())
            return std::optional<ItemChange>();
        review.id = *started.value();
        knowReview(ref, review.id, review.templateId);
    }
    ItemState after = stamped(std::move(wanted).value());
    if (after.answer)
        after.answer->itemKey = itemKey;
    if (after.defect) {
        // As the database gives it back: its review, case and item, and the time a new one was made.
        Defect &defect = *after.defect;
        defect.reviewId = review.id;
        defect.caseId = ref.caseId;
        defect.caseNumber = caseFile.caseNumber;
        defect.itemKey = itemKey;
        if (defect.createdAt.isEmpty())
            defect.createdAt = utcNow();
    }
    ItemWrite write{
        review.id,   ref,          itemKey,      seen.answer,
        seen.defect, after.answer, after.defect, itemChangeRecord(review.id, ref.caseId, itemKey, seen, after)};
    auto written = m_db.reviews().writeItemIfUnchanged(write);
    if (!written)
        return written.error();
    if (!written.value())
        return std::optional<ItemChange>();
    if (after.answer)
        after.answer->version = written.value()->answerVersion;
    if (after.defect) {
        after.defect->id = written.value()->defectId;
        after.defect->version = written.value()->defectVersion;
    }
    return std::optional<ItemChange>(ItemChange{ref, itemKey, seen, after});
}

ItemChange ReviewService::announced(const ItemChange &change)
{
    if (!change.changed())
        return change;
    emit itemChanged(change.ref, change.itemKey);
    emit reviewStatusChanged(change.ref);
    if (change.before.defect.has_value() || change.after.defect.has_value())
        emit defectsChanged();
    return change;
}

Error ReviewService::staleItem(const ReviewRef &ref, const QString &itemKey, const ItemState &seen,
                               const ItemState &current)
{
    // The item as the card words it (a rare path: reading the card is fine here).
    QString item = itemKey;
    if (auto state = load(ref))
        if (const CueCardItem *cardItem = state->card.item(itemKey))
            item = u'"' + cardItem->text.in(m_session.language()) + u'"';
    if (current.answer && seen.answer != current.answer) {
        const Answer &a = *current.answer;
        QString who = a.answeredBy;
        if (auto user = m_db.users().find(a.answeredBy); user && user.value() && !user.value()->displayName.isEmpty())
            who = user.value()->displayName;
        const QString when =
            QDateTime::fromString(a.answeredAt, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString value = !a.value                          ? tr("no answer")
                              : *a.value == AnswerValue::Met    ? tr("met")
                              : *a.value == AnswerValue::NotMet ? tr("not met")
                                                                : tr("not applicable");
        const QString note = a.note.isEmpty() ? QString() : tr(", note \"%1\"").arg(a.note);
        return conflict(tr("%1 changed %2 at %3, after you read it: it now says %4%5. Your change was not saved.")
                            .arg(who, item, when, value, note));
    }
    if (seen.answer != current.answer)
        return conflict(tr("The answer to %1 was removed after you read it. Your change was not saved.").arg(item));
    return conflict(tr("The defect of %1 was changed after you read it. Your change was not saved.").arg(item));
}

Result<ItemChange> ReviewService::change(const ReviewRef &ref, const QString &itemKey, MissingReview missing,
                                         const ItemState *seen, const NextState &next)
{
    // The case is read once, for the policy and for the next state (an answer's computed verdict). The policy is
    // checked outside the transaction: a refusal is logged, and must not be rolled back with the change.
    auto caseFile = m_db.cases().load(ref.caseId);
    if (!caseFile)
        return caseFile.error();
    if (auto allowed = m_session.policy().check(AccessPolicy::CaseAction::Edit, caseFile.value(), ref.roundId);
        !allowed)
        return allowed.error();
    if (seen) {
        auto atOnce = changeAtOnce(ref, itemKey, missing, *seen, caseFile.value(), next);
        if (!atOnce)
            return atOnce.error();
        if (atOnce.value())
            return announced(*atOnce.value());
    }
    ItemChange change{ref, itemKey, {}, {}};
    // Before, the change and after are read and written in one transaction: the caller's undo step holds
    // exactly what this call replaced, whatever else happened between the user's actions.
    auto status = m_db.transaction([&]() -> Status {
        ReviewRepository &reviews = m_db.reviews();
        // What is read here stays what is changed: a colleague's change to this review waits for this one.
        auto review = reviews.findItemForChange(ref.caseId, ref.roundId, itemKey);
        if (!review)
            return review.error();
        if (!review.value() && missing == MissingReview::Fail)
            return notFound(tr("The review this step belongs to no longer exists; nothing was changed."));
        change.before = stateOf(review.value(), itemKey);
        if (seen && *seen != change.before)
            return staleItem(ref, itemKey, *seen, change.before);
        auto wanted = next(change.before, ChangeContext{caseFile.value(), review.value()});
        if (!wanted)
            return wanted.error();
        if (sameApartFromStamps(change.before, wanted.value())) {
            change.after = change.before;
            return Ok{};
        }
        if (review.value())
            knowReview(ref, review.value()->id, review.value()->templateId);
        auto reviewId = editableReview(ref, review.value(), caseFile.value());
        if (!reviewId)
            return reviewId.error();
        ItemState after = stamped(wanted.value());
        if (auto written = writeItem(reviewId.value(), ref.caseId, itemKey, change.before, after); !written)
            return written;
        if (after.defect == change.before.defect) {
            // Only the answer was written: stored as stamped, at the version the write returned (a defect is read
            // back for what the database gives it, its id and case number).
            change.after = after;
            return Ok{};
        }
        auto stored = reviews.findItem(ref.caseId, ref.roundId, itemKey);
        if (!stored)
            return stored.error();
        change.after = stateOf(stored.value(), itemKey);
        return Ok{};
    });
    if (!status)
        return status.error();
    return announced(change);
}

Result<ItemChange> ReviewService::restoreItemState(const ReviewRef &ref, const QString &itemKey, const ItemState &state,
                                                   const ItemState *seen)
{
    return change(ref, itemKey, MissingReview::Fail, seen,
                  [&](const ItemState &, const ChangeContext &) -> Result<ItemState> { return state; });
}

Result<ItemChange> ReviewService::answer(const ReviewRef &ref, const QString &itemKey, std::optional<AnswerValue> value,
                                         const QString &overrideReason, const ItemState *seen)
{
    return change(ref, itemKey, MissingReview::Start, seen,
                  [&](const ItemState &current, const ChangeContext &context) -> Result<ItemState> {
                      auto card = cardOf(ref, context.review, context.caseFile);
                      if (!card)
                          return card.error();
                      const CueCardItem *item = card->item(itemKey);
                      if (!item)
                          return notFound(tr("The cue card %1 has no item %2.").arg(card->key, itemKey));
                      ItemState next = current;
                      Answer answer = next.answer.value_or(Answer{});
                      answer.itemKey = itemKey;
                      answer.value = value;
                      answer.answeredBy = user();
                      answer.answeredAt = utcNow();
                      // Record what the rules computed when the reviewer answered: confirmation or override, both on
                      // file.
                      const auto verdict =
                          verdicts::computeItem(context.caseFile, card.value(), *item, today(), m_session.language());
                      if (verdict) {
                          answer.computedVerdict = rules::verdictKey(verdict->kind);
                          answer.computedExplanation = verdict->explanation;
                          if (!overrideReason.trimmed().isEmpty())
                              answer.overrideReason = overrideReason.trimmed();
                          else if (!needsOverrideReason(value, *verdict))
                              answer.overrideReason.clear();
                      }
                      next.answer = answer;
                      if (value == AnswerValue::NotMet && !next.defect) {
                          Defect defect;
                          defect.itemKey = itemKey;
                          defect.description = item->remediation.in(m_session.language());
                          defect.severity = item->severity;
                          defect.owner = context.caseFile.caseworker;
                          defect.due = QDate::currentDate().addDays(DefaultDefectDays);
                          defect.createdBy = user();
                          next.defect = defect;
                      } else if (value != AnswerValue::NotMet && next.defect &&
                                 next.defect->status == DefectStatus::Open) {
                          next.defect.reset();
                      }
                      return next;
                  });
}

Result<ItemChange> ReviewService::setNote(const ReviewRef &ref, const QString &itemKey, const QString &note,
                                          const ItemState *seen)
{
    return change(ref, itemKey, MissingReview::Start, seen,
                  [&](const ItemState &current, const ChangeContext &) -> Result<ItemState> {
                      ItemState next = current;
                      Answer answer = next.answer.value_or(Answer{});
                      answer.itemKey = itemKey;
                      answer.note = note;
                      answer.answeredBy = user();
                      answer.answeredAt = utcNow();
                      next.answer = answer;
                      return next;
                  });
}

Result<ItemChange> ReviewService::setOverrideReason(const ReviewRef &ref, const QString &itemKey, const QString &reason,
                                                    const ItemState *seen)
{
    return change(ref, itemKey, MissingReview::Start, seen,
                  [&](const ItemState &current, const ChangeContext &) -> Result<ItemState> {
                      if (!current.answer || !current.answer->value)
                          return invalidInput(
                              tr("Answer the item before giving a reason for overriding the computed verdict."));
                      ItemState next = current;
                      next.answer->overrideReason = reason.trimmed();
                      next.answer->answeredBy = user();
                      next.answer->answeredAt = utcNow();
                      return next;
                  });
}

Result<ItemChange> ReviewService::saveDefect(const ReviewRef &ref, const Defect &defect, const ItemState *seen)
{
    return change(ref, defect.itemKey, MissingReview::Start, seen,
                  [&](const ItemState &current, const ChangeContext &) -> Result<ItemState> {
                      if (!current.answer || current.answer->value != AnswerValue::NotMet)
                          return invalidInput(tr("A defect can only be recorded for an item answered \"not met\"."));
                      ItemState next = current;
                      Defect updated = defect;
                      if (next.defect) {
                          updated.id = next.defect->id;
                          updated.createdBy = next.defect->createdBy;
                          updated.createdAt = next.defect->createdAt;
                      }
                      next.defect = updated;
                      return next;
                  });
}

Result<QStringList> ReviewService::completionProblems(const ReviewRef &ref)
{
    auto state = load(ref);
    if (!state)
        return state.error();
    QStringList problems;
    for (const CueCardItem *item : state->applicableItems()) {
        const Answer *answer = nullptr;
        if (state->review && state->review->answers.contains(item->key))
            answer = &state->review->answers[item->key];
        const QString question = item->text.in(m_session.language());
        if (!answer || !answer->value) {
            problems << tr("Not answered: %1").arg(question);
            continue;
        }
        const auto verdict = state->verdicts.constFind(item->key);
        if (verdict != state->verdicts.cend()) {
            if (needsOverrideReason(answer->value, *verdict) && answer->overrideReason.trimmed().isEmpty())
                problems << tr("Differs from the computed verdict without a reason: %1").arg(question);
        }
        if (*answer->value == AnswerValue::NotMet) {
            const auto defect = state->review->defects.constFind(item->key);
            if (defect == state->review->defects.cend() || defect->description.trimmed().isEmpty())
                problems << tr("\"Not met\" without a defect description: %1").arg(question);
        }
    }
    return problems;
}

Status ReviewService::complete(const ReviewRef &ref)
{
    if (auto allowed = checkPolicy(AccessPolicy::CaseAction::Complete, ref.caseId, ref.roundId); !allowed)
        return allowed;
    auto problems = completionProblems(ref);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return invalidInput(tr("The review cannot be completed yet:\n%1").arg(problems->join(u'\n')));
    auto status = m_db.transaction([&]() -> Status {
        auto review = m_db.reviews().findForCase(ref.caseId, ref.roundId);
        if (!review)
            return review.error();
        if (!review.value())
            return invalidInput(tr("The review has not been started."));
        const Review &r = *review.value();
        if (r.status == ReviewStatus::Completed)
            return Ok{};
        if (r.status == ReviewStatus::Approved)
            return refused(tr("This review is approved and frozen; reopen it with a reason to change it."));
        if (auto updated = m_db.reviews().setStatus(r.id, ReviewStatus::Completed); !updated)
            return updated;
        if (auto updated = setCaseListStatus(ref, ReviewStatus::Completed); !updated)
            return updated;
        AuditEntry entry{user(),
                         QStringLiteral("review.complete"),
                         QStringLiteral("review"),
                         QString::number(r.id),
                         ref.caseId,
                         {{QStringLiteral("status"), reviewStatusKey(r.status)}},
                         {{QStringLiteral("status"), reviewStatusKey(ReviewStatus::Completed)}},
                         {}};
        return m_db.audit().record(entry);
    });
    if (status)
        emit reviewStatusChanged(ref);
    return status;
}

} // namespace sagstjek
