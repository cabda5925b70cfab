#include "services/reviewsheetimporter.h"

#include "services/accesspolicy.h"
#include "services/reviewservice.h"
#include "services/session.h"
#include "services/tablefile.h"
#include "services/verdicts.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/roundrepository.h"
#include "storage/templaterepository.h"

namespace sagstjek {

ReviewSheetImporter::ReviewSheetImporter(Session &session)
    : m_session(session)
    , m_db(session.database())
{
}

std::optional<AnswerValue> ReviewSheetImporter::parseAnswer(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t == u"-" || t == u"÷")
        return AnswerValue::NotApplicable;
    static const QHash<QString, AnswerValue> values = {
        {QStringLiteral("ja"), AnswerValue::Met},
        {QStringLiteral("j"), AnswerValue::Met},
        {QStringLiteral("yes"), AnswerValue::Met},
        {QStringLiteral("y"), AnswerValue::Met},
        {QStringLiteral("x"), AnswerValue::Met},
        {QStringLiteral("ok"), AnswerValue::Met},
        {QStringLiteral("1"), AnswerValue::Met},
        {QStringLiteral("met"), AnswerValue::Met},
        {QStringLiteral("opfyldt"), AnswerValue::Met},
        {QStringLiteral("true"), AnswerValue::Met},
        {QStringLiteral("nej"), AnswerValue::NotMet},
        {QStringLiteral("n"), AnswerValue::NotMet},
        {QStringLiteral("no"), AnswerValue::NotMet},
        {QStringLiteral("fejl"), AnswerValue::NotMet},
        {QStringLiteral("0"), AnswerValue::NotMet},
        {QStringLiteral("notmet"), AnswerValue::NotMet},
        {QStringLiteral("ikkeopfyldt"), AnswerValue::NotMet},
        {QStringLiteral("mangel"), AnswerValue::NotMet},
        {QStringLiteral("false"), AnswerValue::NotMet},
        {QStringLiteral("ikkerelevant"), AnswerValue::NotApplicable},
        {QStringLiteral("ir"), AnswerValue::NotApplicable},
        {QStringLiteral("na"), AnswerValue::NotApplicable},
        {QStringLiteral("notapplicable"), AnswerValue::NotApplicable},
        {QStringLiteral("irrelevant"), AnswerValue::NotApplicable},
    };
    const auto it = values.constFind(importmapping::normalise(t));
    if (it == values.cend()) {
        *ok = false;
        return std::nullopt;
    }
    return *it;
}

Result<ImportSummary> ReviewSheetImporter::importFile(TableFile &file, const ImportMapping &mapping,
                                                      const Options &options)
{
    ImportSummary summary;
    // The template: the newest version with this key.
    TemplateRepository &templates = m_db.templates();
    auto list = templates.list();
    if (!list)
        return list.error();
    QString area;
    for (const auto &t : list.value())
        if (t.key == options.templateKey)
            area = t.area;
    if (area.isEmpty())
        return notFound(tr("There is no cue card %1.").arg(options.templateKey));
    auto card = templates.latestForArea(area);
    if (!card)
        return card.error();
    qint64 roundId = 0;
    if (!options.roundName.isEmpty()) {
        RoundRepository &rounds = m_db.rounds();
        auto round = rounds.findByName(options.roundName);
        if (!round)
            return round.error();
        if (!round->has_value())
            return notFound(tr("There is no round \"%1\".").arg(options.roundName));
        roundId = round->value().id;
    }

    const QStringList headers = file.headers();
    const QList<ImportTarget> targetList = importmapping::answerTargets(card.value());
    const QStringList targets = importmapping::resolve(headers, targetList, mapping);
    if (!targets.contains(QStringLiteral("case_number")))
        summary.errors << ImportProblem{1, QStringLiteral("case_number"), QString(),
                                        tr("The required column \"case_number\" (Sagsnummer) is missing."), false};
    QList<int> itemColumns;
    for (int i = 0; i < targets.size(); ++i) {
        if (card->item(targets.at(i)))
            itemColumns << i;
        else if (targets.at(i).isEmpty() && !headers.at(i).trimmed().isEmpty())
            summary.warnings << ImportProblem{
                1, headers.at(i), headers.at(i),
                tr("No item of %1 has this key or text; the column is ignored.").arg(card->key), true};
    }
    if (itemColumns.isEmpty())
        summary.errors << ImportProblem{
            1, QString(), QString(),
            tr("No column matches an item of %1 by key, Danish or English text.").arg(card->key), false};
    if (!summary.errors.isEmpty())
        return summary;
    const int numberColumn = int(targets.indexOf(QStringLiteral("case_number")));
    const int noteColumn = int(targets.indexOf(QStringLiteral("note")));
    const QDate reviewDate = options.reviewDate.isValid() ? options.reviewDate : QDate::currentDate();

    ReviewService service(m_session);
    auto written = m_db.transaction([&]() -> Status {
        CaseRepository &cases = m_db.cases();
        QStringList row;
        while (file.reader().readRow(row)) {
            const int rowNumber = int(file.reader().rowNumber());
            QList<ImportProblem> errors;
            const auto fail = [&](int col, const QString &value, const QString &message) {
                errors << ImportProblem{rowNumber, col >= 0 ? headers.at(col) : QString(), value.left(200), message,
                                        false};
            };
            const QString number = row.value(numberColumn).trimmed();
            qint64 caseId = 0;
            if (number.isEmpty()) {
                fail(numberColumn, number, tr("The case number is missing."));
            } else {
                auto id = cases.idForNumber(number);
                if (!id && id.error().kind != Error::Kind::NotFound)
                    return id.error();
                if (!id)
                    fail(numberColumn, number, tr("There is no case with this number; import the cases first."));
                else
                    caseId = id.value();
            }
            QList<std::pair<QString, AnswerValue>> answers;
            for (int col : std::as_const(itemColumns)) {
                bool ok = false;
                const std::optional<AnswerValue> value = parseAnswer(row.value(col), &ok);
                if (!ok)
                    fail(col, row.value(col),
                         tr("Not an answer. Use ja/nej/ikke relevant, yes/no/n/a, x, OK/Fejl or 1/0."));
                else if (value)
                    answers << std::pair{targets.at(col), *value};
            }
            const ReviewRef ref{caseId, roundId};
            std::optional<ReviewState> state;
            if (caseId) {
                auto loaded = service.load(ref);
                if (!loaded)
                    fail(numberColumn, number, loaded.error().message);
                else if (loaded->caseFile.area != card->area)
                    fail(numberColumn, number,
                         tr("The case is in %1; the sheet is for %2.").arg(loaded->caseFile.area, card->area));
                else
                    state = loaded.value();
            }
            if (!errors.isEmpty()) {
                summary.errors << errors;
                ++summary.skipped;
                continue;
            }
            if (state->review && state->review->status != ReviewStatus::InProgress) {
                ++summary.unchanged; // already reviewed: an old sheet never overwrites a review
                continue;
            }
            const QString note = noteColumn >= 0 ? row.value(noteColumn).trimmed() : QString();
            bool noteUsed = false;
            for (const auto &[itemKey, value] : std::as_const(answers)) {
                if (!state->card.item(itemKey))
                    continue; // the review's own card version lacks the item
                QString overrideReason;
                const auto verdict = state->verdicts.constFind(itemKey);
                if (verdict != state->verdicts.cend()) {
                    const auto suggested = verdicts::suggestedAnswer(*verdict);
                    if (suggested && *suggested != value)
                        overrideReason = tr("Imported from an earlier review sheet.");
                }
                auto answered = service.answer(ref, itemKey, value, overrideReason);
                if (!answered)
                    return answered.error();
                if (value == AnswerValue::NotMet && !note.isEmpty()) {
                    if (auto noted = service.setNote(ref, itemKey, note); !noted)
                        return noted.error();
                    noteUsed = true;
                    if (answered->after.defect) {
                        Defect defect = *answered->after.defect;
                        defect.description = note;
                        if (auto saved = service.saveDefect(ref, defect); !saved)
                            return saved.error();
                    }
                }
            }
            if (!note.isEmpty() && !noteUsed && !answers.isEmpty())
                if (auto noted = service.setNote(ref, answers.first().first, note); !noted)
                    return noted.error();
            auto problems = service.completionProblems(ref);
            if (!problems)
                return problems.error();
            if (problems->isEmpty()) {
                if (auto completed = service.complete(ref); !completed)
                    return completed;
            } else {
                summary.warnings << ImportProblem{
                    rowNumber, headers.at(numberColumn), number,
                    tr("The review stays in progress: %1").arg(problems->join(QStringLiteral("; "))), true};
            }
            // The old review's date, not the day of the import.
            const QString at = QDateTime(reviewDate, QTime(12, 0), Qt::UTC).toString(Qt::ISODate);
            if (auto dated = m_db.reviews().backdate(caseId, roundId, at); !dated)
                return dated;
            ++summary.created;
        }
        if (file.reader().hasError())
            return invalidInput(tr("%1. Nothing was imported.").arg(file.reader().error().toString()));
        if (!summary.errors.isEmpty())
            return invalidInput(QStringLiteral("errors"));
        AuditEntry entry{m_session.userName(),
                         QStringLiteral("review.import"),
                         QStringLiteral("review"),
                         QStringLiteral("*"),
                         0,
                         {},
                         QJsonObject{{QStringLiteral("reviews"), summary.created},
                                     {QStringLiteral("already_reviewed"), summary.unchanged},
                                     {QStringLiteral("template"), card->key},
                                     {QStringLiteral("round"), options.roundName},
                                     {QStringLiteral("review_date"), reviewDate.toString(Qt::ISODate)},
                                     {QStringLiteral("file"), file.path()}},
                         {}};
        if (auto audited = m_db.audit().record(entry); !audited)
            return audited;
        if (options.dryRun)
            return invalidInput(QStringLiteral("dry run"));
        return Ok{};
    });
    m_session.policy().flushRefusals(); // a case refused inside the unit of work is logged after its rollback
    // "errors" and "dry run" are this function's own rollbacks; anything else is a real failure.
    if (!written && (written.error().kind != Error::Kind::InvalidInput ||
                     (written.error().message != u"errors" && written.error().message != u"dry run")))
        return written.error();
    summary.applied = written.ok();
    return summary;
}

} // namespace sagstjek
