#include "services/reviewservice.h"

#include "services/roundservice.h"
#include "services/verdicts.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/templaterepository.h"

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

ReviewService::ReviewService(Database &db, QString user, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_user(std::move(user))
{
}

QDate ReviewService::today() const
{
    return m_clock ? m_clock->today() : QDate::currentDate();
}

ReviewPolicy::~ReviewPolicy() = default;

Status ReviewPolicy::check(Action, const CaseFile &, const QString &) const
{
    return Ok{};
}

Status ReviewPolicy::recordOpened(const CaseFile &, const QString &)
{
    return Ok{};
}

Status ReviewService::checkPolicy(ReviewPolicy::Action action, qint64 caseId)
{
    if (!m_policy)
        return Ok{};
    auto caseFile = m_db.cases().load(caseId);
    if (!caseFile)
        return caseFile.error();
    return m_policy->check(action, caseFile.value(), m_user);
}

Result<ReviewState> ReviewService::open(qint64 caseId)
{
    auto state = load(caseId);
    if (!state)
        return state;
    if (m_policy) {
        if (auto allowed = m_policy->check(ReviewPolicy::Action::Open, state->caseFile, m_user); !allowed)
            return allowed.error();
        if (auto logged = m_policy->recordOpened(state->caseFile, m_user); !logged)
            return logged.error();
    }
    return state;
}

Result<ReviewState> ReviewService::load(qint64 caseId)
{
    CaseRepository &cases = m_db.cases();
    auto caseFile = cases.load(caseId);
    if (!caseFile)
        return caseFile.error();
    ReviewRepository &reviews = m_db.reviews();
    auto review = reviews.findForCase(caseId, m_roundId);
    if (!review)
        return review.error();
    TemplateRepository &templates = m_db.templates();
    auto card = review.value() ? templates.load(review.value()->templateId)
                               : rounds::cardForNewReview(m_db, m_roundId, caseFile.value());
    if (!card)
        return card.error();
    ReviewState state{std::move(caseFile).value(), std::move(card).value(), std::move(review).value(), {}};
    state.verdicts = verdicts::compute(state.caseFile, state.card, today(), m_language);
    return state;
}

Result<ItemState> ReviewService::itemState(qint64 caseId, const QString &itemKey)
{
    auto review = m_db.reviews().findForCase(caseId, m_roundId);
    if (!review)
        return review.error();
    ItemState state;
    if (review.value()) {
        const Review &r = *review.value();
        if (r.answers.contains(itemKey))
            state.answer = r.answers.value(itemKey);
        if (r.defects.contains(itemKey))
            state.defect = r.defects.value(itemKey);
    }
    return state;
}

Result<qint64> ReviewService::ensureReview(qint64 caseId, const QString &reason)
{
    ReviewRepository &reviews = m_db.reviews();
    auto existing = reviews.findForCase(caseId, m_roundId);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        const Review &review = *existing.value();
        if (review.status == u"completed") {
            // Changing a completed review takes it back to in progress; it must be completed again.
            if (auto reopened = reviews.setStatus(review.id, QStringLiteral("in-progress")); !reopened)
                return reopened.error();
            if (auto status = m_db.cases().setReviewStatus(caseId, ReviewStatus::InProgress); !status)
                return status.error();
            AuditEntry entry{m_user,
                             QStringLiteral("review.reopen"),
                             QStringLiteral("review"),
                             QString::number(review.id),
                             caseId,
                             {{QStringLiteral("status"), review.status}},
                             {{QStringLiteral("status"), QStringLiteral("in-progress")}},
                             reason};
            if (auto audited = m_db.audit().record(entry); !audited)
                return audited.error();
        } else if (review.status != u"in-progress" && review.status != u"sent-back" && review.status != u"reopened") {
            return refused(tr("This review is %1 and can no longer be changed here.").arg(review.status));
        }
        return review.id;
    }
    auto caseFile = m_db.cases().load(caseId);
    if (!caseFile)
        return caseFile.error();
    auto card = rounds::cardForNewReview(m_db, m_roundId, caseFile.value());
    if (!card)
        return card.error();
    auto created = reviews.create(caseId, card->id, m_user, m_roundId);
    if (!created)
        return created.error();
    if (auto status = m_db.cases().setReviewStatus(caseId, ReviewStatus::InProgress); !status)
        return status.error();
    AuditEntry entry{m_user,
                     QStringLiteral("review.start"),
                     QStringLiteral("review"),
                     QString::number(created.value()),
                     caseId,
                     {},
                     {{QStringLiteral("template"), QStringLiteral("%1@%2").arg(card->key).arg(card->version)}},
                     {}};
    if (auto audited = m_db.audit().record(entry); !audited)
        return audited.error();
    return created.value();
}

Status ReviewService::writeItem(qint64 reviewId, qint64 caseId, const QString &itemKey, const ItemState &before,
                                const ItemState &after)
{
    ReviewRepository &reviews = m_db.reviews();
    if (after.answer) {
        Answer answer = *after.answer;
        answer.itemKey = itemKey;
        if (auto written = reviews.upsertAnswer(reviewId, answer); !written)
            return written;
    } else if (before.answer) {
        if (auto deleted = reviews.deleteAnswer(reviewId, itemKey); !deleted)
            return deleted;
    }
    if (after.defect) {
        Defect defect = *after.defect;
        defect.reviewId = reviewId;
        defect.caseId = caseId;
        defect.itemKey = itemKey;
        if (auto written = reviews.upsertDefect(defect); !written)
            return written.error();
    } else if (before.defect) {
        if (auto deleted = reviews.deleteDefect(reviewId, itemKey); !deleted)
            return deleted;
    }
    AuditEntry entry{m_user,
                     QStringLiteral("item.change"),
                     QStringLiteral("answer"),
                     QStringLiteral("%1/%2").arg(reviewId).arg(itemKey),
                     caseId,
                     toJson(before),
                     toJson(after),
                     {}};
    return m_db.audit().record(entry);
}

Status ReviewService::setItemState(qint64 caseId, const QString &itemKey, const ItemState &state)
{
    ItemState before;
    if (auto allowed = checkPolicy(ReviewPolicy::Action::Edit, caseId); !allowed)
        return allowed;
    auto status = m_db.transaction([&]() -> Status {
        auto reviewId = ensureReview(caseId, {});
        if (!reviewId)
            return reviewId.error();
        auto current = itemState(caseId, itemKey);
        if (!current)
            return current.error();
        before = current.value();
        if (before == state)
            return Ok{};
        ItemState stamped = state;
        if (stamped.answer && (stamped.answer->answeredBy.isEmpty() || stamped.answer->answeredAt.isEmpty())) {
            stamped.answer->answeredBy = m_user;
            stamped.answer->answeredAt = utcNow();
        }
        if (stamped.defect && stamped.defect->createdBy.isEmpty())
            stamped.defect->createdBy = m_user;
        return writeItem(reviewId.value(), caseId, itemKey, before, stamped);
    });
    if (!status)
        return status;
    emit itemChanged(caseId, itemKey);
    emit reviewStatusChanged(caseId);
    if (before.defect.has_value() || state.defect.has_value())
        emit defectsChanged();
    return status;
}

Result<ItemState> ReviewService::answer(qint64 caseId, const QString &itemKey, std::optional<AnswerValue> value,
                                        const QString &overrideReason)
{
    auto review = load(caseId);
    if (!review)
        return review.error();
    const CueCardItem *item = review->card.item(itemKey);
    if (!item)
        return notFound(tr("The cue card %1 has no item %2.").arg(review->card.key, itemKey));
    auto current = itemState(caseId, itemKey);
    if (!current)
        return current.error();
    ItemState next = current.value();
    Answer answer = next.answer.value_or(Answer{});
    answer.itemKey = itemKey;
    answer.value = value;
    answer.answeredBy = m_user;
    answer.answeredAt = utcNow();
    // Record what the rules computed when the reviewer answered: confirmation or override, both on file.
    const auto verdict = review->verdicts.constFind(itemKey);
    if (verdict != review->verdicts.cend()) {
        answer.computedVerdict = rules::verdictKey(verdict->kind);
        answer.computedExplanation = verdict->explanation;
        const auto suggested = verdicts::suggestedAnswer(*verdict);
        if (!overrideReason.trimmed().isEmpty())
            answer.overrideReason = overrideReason.trimmed();
        else if (!suggested || suggested == value)
            answer.overrideReason.clear();
    }
    next.answer = answer;
    if (value == AnswerValue::NotMet && !next.defect) {
        Defect defect;
        defect.itemKey = itemKey;
        defect.description = item->remediation.in(m_language);
        defect.severity = item->severity;
        defect.owner = review->caseFile.caseworker;
        defect.due = QDate::currentDate().addDays(DefaultDefectDays);
        defect.createdBy = m_user;
        next.defect = defect;
    } else if (value != AnswerValue::NotMet && next.defect && next.defect->status == DefectStatus::Open) {
        next.defect.reset();
    }
    if (auto written = setItemState(caseId, itemKey, next); !written)
        return written.error();
    return itemState(caseId, itemKey);
}

Result<ItemState> ReviewService::setNote(qint64 caseId, const QString &itemKey, const QString &note)
{
    auto current = itemState(caseId, itemKey);
    if (!current)
        return current.error();
    ItemState next = current.value();
    Answer answer = next.answer.value_or(Answer{});
    answer.itemKey = itemKey;
    answer.note = note;
    answer.answeredBy = m_user;
    answer.answeredAt = utcNow();
    next.answer = answer;
    if (auto written = setItemState(caseId, itemKey, next); !written)
        return written.error();
    return itemState(caseId, itemKey);
}

Result<ItemState> ReviewService::setOverrideReason(qint64 caseId, const QString &itemKey, const QString &reason)
{
    auto current = itemState(caseId, itemKey);
    if (!current)
        return current.error();
    if (!current->answer || !current->answer->value)
        return invalidInput(tr("Answer the item before giving a reason for overriding the computed verdict."));
    ItemState next = current.value();
    next.answer->overrideReason = reason.trimmed();
    next.answer->answeredBy = m_user;
    next.answer->answeredAt = utcNow();
    if (auto written = setItemState(caseId, itemKey, next); !written)
        return written.error();
    return itemState(caseId, itemKey);
}

Result<ItemState> ReviewService::saveDefect(qint64 caseId, const Defect &defect)
{
    auto current = itemState(caseId, defect.itemKey);
    if (!current)
        return current.error();
    if (!current->answer || current->answer->value != AnswerValue::NotMet)
        return invalidInput(tr("A defect can only be recorded for an item answered \"not met\"."));
    ItemState next = current.value();
    Defect updated = defect;
    if (next.defect) {
        updated.id = next.defect->id;
        updated.createdBy = next.defect->createdBy;
        updated.createdAt = next.defect->createdAt;
    }
    next.defect = updated;
    if (auto written = setItemState(caseId, defect.itemKey, next); !written)
        return written.error();
    return itemState(caseId, defect.itemKey);
}

Result<QStringList> ReviewService::completionProblems(qint64 caseId)
{
    auto state = load(caseId);
    if (!state)
        return state.error();
    QStringList problems;
    for (const CueCardItem *item : state->applicableItems()) {
        const Answer *answer = nullptr;
        if (state->review && state->review->answers.contains(item->key))
            answer = &state->review->answers[item->key];
        const QString question = item->text.in(m_language);
        if (!answer || !answer->value) {
            problems << tr("Not answered: %1").arg(question);
            continue;
        }
        const auto verdict = state->verdicts.constFind(item->key);
        if (verdict != state->verdicts.cend()) {
            const auto suggested = verdicts::suggestedAnswer(*verdict);
            if (suggested && suggested != answer->value && answer->overrideReason.trimmed().isEmpty())
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

Status ReviewService::complete(qint64 caseId)
{
    if (auto allowed = checkPolicy(ReviewPolicy::Action::Complete, caseId); !allowed)
        return allowed;
    auto problems = completionProblems(caseId);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return invalidInput(tr("The review cannot be completed yet:\n%1").arg(problems->join(u'\n')));
    auto status = m_db.transaction([&]() -> Status {
        auto review = m_db.reviews().findForCase(caseId, m_roundId);
        if (!review)
            return review.error();
        if (!review.value())
            return invalidInput(tr("The review has not been started."));
        const Review &r = *review.value();
        if (r.status == u"completed")
            return Ok{};
        if (r.status == u"approved")
            return refused(tr("This review is approved and frozen; reopen it with a reason to change it."));
        if (auto updated = m_db.reviews().setStatus(r.id, QStringLiteral("completed")); !updated)
            return updated;
        if (auto updated = m_db.cases().setReviewStatus(caseId, ReviewStatus::Completed); !updated)
            return updated;
        AuditEntry entry{m_user,
                         QStringLiteral("review.complete"),
                         QStringLiteral("review"),
                         QString::number(r.id),
                         caseId,
                         {{QStringLiteral("status"), r.status}},
                         {{QStringLiteral("status"), QStringLiteral("completed")}},
                         {}};
        return m_db.audit().record(entry);
    });
    if (status)
        emit reviewStatusChanged(caseId);
    return status;
}

} // namespace sagstjek
