#include "services/eventimporter.h"

#include "io/dateparser.h"
#include "services/accesspolicy.h"
#include "services/session.h"
#include "services/tablefile.h"
#include "storage/audittrail.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QHash>

namespace sagstjek {

EventImporter::EventImporter(Session &session, QList<CueCard> cards)
    : m_session(session)
    , m_db(session.database())
    , m_user(session.policy().user().name)
    , m_cards(std::move(cards))
{
}

QString EventImporter::formFromText(const QString &text)
{
    static const QHash<QString, QString> forms = {
        {QStringLiteral("inperson"), QStringLiteral("in-person")},
        {QStringLiteral("personlig"), QStringLiteral("in-person")},
        {QStringLiteral("personligt"), QStringLiteral("in-person")},
        {QStringLiteral("fremmøde"), QStringLiteral("in-person")},
        {QStringLiteral("vedfremmøde"), QStringLiteral("in-person")},
        {QStringLiteral("fysisk"), QStringLiteral("in-person")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("telefon"), QStringLiteral("phone")},
        {QStringLiteral("telefonisk"), QStringLiteral("phone")},
        {QStringLiteral("digital"), QStringLiteral("digital")},
        {QStringLiteral("digitalt"), QStringLiteral("digital")},
        {QStringLiteral("video"), QStringLiteral("digital")},
        {QStringLiteral("videomøde"), QStringLiteral("digital")},
        {QStringLiteral("letter"), QStringLiteral("letter")},
        {QStringLiteral("brev"), QStringLiteral("letter")},
        {QStringLiteral("skriftlig"), QStringLiteral("letter")},
    };
    return forms.value(importmapping::normalise(text));
}

Result<ImportSummary> EventImporter::importFile(TableFile &file, const ImportMapping &mapping, const Options &options)
{
    if (auto allowed = m_session.policy().require(AccessPolicy::Permission::ImportCases); !allowed)
        return allowed.error();
    ImportSummary summary;
    const QStringList headers = file.headers();
    const QList<ImportTarget> targetList = importmapping::eventTargets();
    const QStringList targets = importmapping::resolve(headers, targetList, mapping);
    for (const ImportTarget &t : targetList)
        if (t.required && !targets.contains(t.key))
            summary.errors << ImportProblem{file.headerRow(), t.key, QString(),
                                            tr("The required column \"%1\" (%2) is missing.").arg(t.key, t.labelDa),
                                            false};
    if (!summary.errors.isEmpty())
        return summary;
    const auto column = [&](const QString &key) { return int(targets.indexOf(key)); };
    const int numberColumn = column(QStringLiteral("case_number"));
    const int kindColumn = column(QStringLiteral("kind"));
    const int dateColumn = column(QStringLiteral("date"));
    const int formColumn = column(QStringLiteral("form"));
    const int reasonColumn = column(QStringLiteral("reason"));
    const int noteColumn = column(QStringLiteral("note_written"));
    const int descriptionColumn = column(QStringLiteral("description"));

    // Read everything first (event files are small next to case lists) to decide the date order per column.
    QList<std::pair<QStringList, int>> rows;
    QStringList row;
    while (file.reader().readRow(row))
        rows << std::pair{row, int(file.reader().rowNumber())};
    if (file.reader().hasError())
        return invalidInput(tr("%1. Nothing was imported.").arg(file.reader().error().toString()));
    const auto orderOf = [&](int col) {
        if (mapping.dateOrder != io::DateOrder::Ambiguous || col < 0)
            return mapping.dateOrder == io::DateOrder::Ambiguous ? io::DateOrder::DayMonthYear : mapping.dateOrder;
        QStringList values;
        for (const auto &r : std::as_const(rows))
            values << r.first.value(col);
        return io::detectDateOrder(values).order;
    };
    const io::DateOrder dateOrder = orderOf(dateColumn);
    const io::DateOrder noteOrder = orderOf(noteColumn);

    auto written = m_db.transaction([&]() -> Status {
        CaseRepository &repository = m_db.cases();
        QHash<QString, CaseFile> cases; // by lower-case number, with their events
        for (const auto &numberedRow : std::as_const(rows)) {
            // Named copies, not structured bindings: clang 14 (the fuzz build) cannot capture bindings in lambdas.
            const auto &values = numberedRow.first;
            const auto rowNumber = numberedRow.second;
            const auto cell = [&](int col) { return col >= 0 ? values.value(col).trimmed() : QString(); };
            QList<ImportProblem> errors;
            const auto fail = [&](int col, const QString &value, const QString &message) {
                errors << ImportProblem{rowNumber, col >= 0 ? headers.at(col) : QString(), value.left(200), message,
                                        false};
            };
            const QString number = cell(numberColumn);
            CaseFile *caseFile = nullptr;
            if (number.isEmpty()) {
                fail(numberColumn, number, tr("The case number is missing."));
            } else {
                auto it = cases.find(number.toLower());
                if (it == cases.end()) {
                    auto id = repository.idForNumber(number);
                    if (!id && id.error().kind != Error::Kind::NotFound)
                        return id.error();
                    if (id) {
                        auto loaded = repository.load(id.value());
                        if (!loaded)
                            return loaded.error();
                        it = cases.insert(number.toLower(), loaded.value());
                    }
                }
                if (it == cases.end())
                    fail(numberColumn, number, tr("There is no case with this number; import the case first."));
                else
                    caseFile = &it.value();
            }
            CaseEvent event;
            const QString kindText = cell(kindColumn);
            const QString kindNorm = importmapping::normalise(kindText);
            QStringList knownKinds;
            for (const CueCard &card : std::as_const(m_cards)) {
                if (caseFile && card.area != caseFile->area)
                    continue;
                for (const NamedField &kind : card.eventKinds) {
                    knownKinds << kind.key;
                    if (importmapping::normalise(kind.key) == kindNorm ||
                        importmapping::normalise(kind.label.in(QStringLiteral("da"))) == kindNorm ||
                        importmapping::normalise(kind.label.in(QStringLiteral("en"))) == kindNorm)
                        event.kind = kind.key;
                }
            }
            if (event.kind.isEmpty()) {
                knownKinds.removeDuplicates();
                fail(kindColumn, kindText,
                     tr("Unknown event kind. Use one of: %1.").arg(knownKinds.join(QStringLiteral(", "))));
            }
            const auto parseDate = [&](int col, io::DateOrder order, QDate *out, bool required) {
                const QString text = cell(col);
                if (text.isEmpty()) {
                    if (required)
                        fail(col, text, tr("The date is missing."));
                    return;
                }
                io::DateParseOptions o;
                o.order = order == io::DateOrder::Ambiguous ? io::DateOrder::DayMonthYear : order;
                const io::DateParseResult parsed = io::parseDate(text, o);
                if (!parsed.ok())
                    fail(col, text, tr("Not a valid date (%1).").arg(parsed.error));
                else if (order == io::DateOrder::Ambiguous && parsed.ambiguous)
                    fail(col, text, tr("The date could be day-month or month-day; choose the order in the mapping."));
                else
                    *out = parsed.date;
            };
            parseDate(dateColumn, dateOrder, &event.date, true);
            parseDate(noteColumn, noteOrder, &event.noteWritten, false);
            const QString formText = cell(formColumn);
            if (!formText.isEmpty()) {
                event.form = formFromText(formText);
                if (event.form.isEmpty())
                    fail(formColumn, formText, tr("Unknown form. Use in-person, phone, digital or letter."));
            }
            event.reason = cell(reasonColumn);
            event.description = cell(descriptionColumn);
            if (!errors.isEmpty()) {
                summary.errors << errors;
                ++summary.skipped;
                continue;
            }
            const bool known = std::any_of(caseFile->events.cbegin(), caseFile->events.cend(), [&](const CaseEvent &e) {
                return e.kind == event.kind && e.date == event.date && e.form == event.form &&
                       e.reason == event.reason && e.noteWritten == event.noteWritten &&
                       e.description == event.description;
            });
            if (known) {
                ++summary.unchanged;
                continue;
            }
            if (auto added = repository.addEvent(caseFile->id, event); !added)
                return added;
            caseFile->events << event;
            ++summary.created;
        }
        if (!summary.errors.isEmpty() && !options.skipInvalid)
            return invalidInput(QStringLiteral("errors"));
        AuditEntry entry{m_user,
                         QStringLiteral("event.import"),
                         QStringLiteral("case"),
                         QStringLiteral("*"),
                         0,
                         {},
                         QJsonObject{{QStringLiteral("created"), summary.created},
                                     {QStringLiteral("unchanged"), summary.unchanged},
                                     {QStringLiteral("skipped"), summary.skipped},
                                     {QStringLiteral("file"), file.path()}},
                         {}};
        if (auto audited = m_db.audit().record(entry); !audited)
            return audited;
        if (options.dryRun)
            return invalidInput(QStringLiteral("dry run"));
        return Ok{};
    });
    if (!written && written.error().kind != Error::Kind::InvalidInput)
        return written.error();
    summary.applied = written.ok();
    return summary;
}

} // namespace sagstjek
