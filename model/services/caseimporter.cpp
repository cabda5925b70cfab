#include "services/caseimporter.h"

#include "domain/areas.h"
#include "domain/cpr.h"
#include "domain/words.h"
#include "io/csvwriter.h"
#include "services/accesspolicy.h"
#include "services/session.h"
#include "services/tablefile.h"
#include "services/verdicts.h"
#include "storage/audittrail.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include "storage/filesystem.h"
#include <QElapsedTimer>
#include <QHash>
#include <QSaveFile>
#include <QScopeGuard>

namespace sagstjek {

namespace {

constexpr int MaxTextLength = 500;
constexpr int MaxListedErrors = 10'000;
constexpr int MaxListedWarnings = 1'000;

bool hasControl(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar ch) { return ch.category() == QChar::Other_Control; });
}

} // namespace

const CueCard *newestCardFor(const QList<CueCard> &cards, const QString &area)
{
    const CueCard *best = nullptr;
    for (const CueCard &card : cards)
        if (card.area == area && (!best || card.version > best->version))
            best = &card;
    return best;
}

// ---------------------------------------------------------------------------------------------------------
// CaseRowConverter

CaseRowConverter::CaseRowConverter(const QStringList &headers, const QList<CueCard> &cards,
                                   const ImportMapping &mapping)
    : m_headers(headers)
    , m_targetList(importmapping::caseTargets(cards))
    , m_forcedOrder(mapping.dateOrder)
    , m_headerRow(mapping.headerRow)
{
    m_targets = importmapping::resolve(headers, m_targetList, mapping);
    for (int i = 0; i < headers.size(); ++i) {
        const QString header = headers.at(i).trimmed();
        if (m_targets.at(i).isEmpty() && !header.isEmpty() && !mapping.columns.contains(headers.at(i)))
            m_headerProblems << ImportProblem{m_headerRow, header, header,
                                              tr("No case field has this name; the column is ignored. Map it in a "
                                                 "mapping file to import it."),
                                              true};
    }
    for (const ImportTarget &target : std::as_const(m_targetList))
        if (target.required && !m_targets.contains(target.key))
            m_headerProblems << ImportProblem{
                m_headerRow, target.key, QString(),
                tr("The required column \"%1\" is missing.").arg(target.label(words::uiLanguage())), false};
    for (const QString &key : Areas::keys()) {
        m_areas.insert(key, key);
        m_areas.insert(importmapping::normalise(key), key);
    }
    for (const QString &key : Areas::keys())
        for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")})
            m_areas.insert(importmapping::normalise(words::area(key, language)), key);
    for (const CueCard &card : cards) {
        // The card's title in either language, whole or without its parenthesis ("Integrationsprogrammet").
        for (const QString &language : {QStringLiteral("da"), QStringLiteral("en")}) {
            const QString title = card.title.in(language);
            m_areas.insert(importmapping::normalise(title), card.area);
            m_areas.insert(importmapping::normalise(title.section(QStringLiteral(" ("), 0, 0)), card.area);
        }
        for (const NamedField &sub : card.subgroups) {
            m_subgroups[card.area].insert(importmapping::normalise(sub.key), sub.key);
            m_subgroups[card.area].insert(importmapping::normalise(sub.label.in(QStringLiteral("da"))), sub.key);
            m_subgroups[card.area].insert(importmapping::normalise(sub.label.in(QStringLiteral("en"))), sub.key);
            m_subgroupNames.insert(card.area + u'/' + sub.key, sub.label.in(words::uiLanguage()));
        }
    }
    plan();
}

QList<ImportProblem> CaseRowConverter::detectDateOrders(const QList<QStringList> &sample)
{
    QList<ImportProblem> warnings;
    QSet<QString> dateKeys;
    for (const ImportTarget &t : std::as_const(m_targetList))
        if (t.isDate)
            dateKeys.insert(t.key);
    for (int column = 0; column < m_targets.size(); ++column) {
        if (!dateKeys.contains(m_targets.at(column)))
            continue;
        if (m_forcedOrder != io::DateOrder::Ambiguous) {
            m_dateOrder.insert(column, m_forcedOrder);
            continue;
        }
        QStringList values;
        for (const QStringList &row : sample)
            if (column < row.size())
                values << row.at(column);
        const io::DateOrderDetection detection = io::detectDateOrder(values);
        if (detection.order == io::DateOrder::Ambiguous) {
            m_ambiguousColumns.insert(column);
            warnings << ImportProblem{m_headerRow, m_headers.at(column), QString(),
                                      tr("The column mixes day-first and month-first dates (%1). Choose the order in "
                                         "the mapping.")
                                          .arg(detection.explanation),
                                      false};
            continue;
        }
        m_dateOrder.insert(column, detection.order);
        if (!detection.proven && detection.undecided > 0)
            warnings << ImportProblem{m_headerRow, m_headers.at(column), QString(),
                                      tr("No date in the first rows tells day-first from month-first; they were read "
                                         "as day-month-year (Danish order)."),
                                      true};
        else if (detection.order == io::DateOrder::MonthDayYear)
            warnings << ImportProblem{m_headerRow, m_headers.at(column), QString(),
                                      tr("The dates were read as month-day-year: %1").arg(detection.explanation), true};
    }
    plan();
    return warnings;
}

void CaseRowConverter::plan()
{
    const auto columnOf = [&](const QString &key) { return int(m_targets.indexOf(key)); };
    m_columns.number = columnOf(QStringLiteral("case_number"));
    m_columns.name = columnOf(QStringLiteral("name"));
    m_columns.area = columnOf(QStringLiteral("area"));
    m_columns.subgroup = columnOf(QStringLiteral("subgroup"));
    m_columns.caseworker = columnOf(QStringLiteral("caseworker"));
    m_columns.team = columnOf(QStringLiteral("team"));
    m_columns.cpr = columnOf(QStringLiteral("cpr"));
    m_textColumns.clear();
    m_dateColumns.clear();
    for (int column = 0; column < m_targets.size(); ++column) {
        if (m_targets.at(column).isEmpty())
            continue;
        if (m_dateOrder.contains(column) || m_ambiguousColumns.contains(column))
            m_dateColumns << column;
        else
            m_textColumns << column;
    }
}

CaseRowConverter::Outcome CaseRowConverter::convert(const QStringList &row, int rowNumber) const
{
    Outcome out;
    auto fail = [&](int column, const QString &value, const QString &message) {
        out.errors << ImportProblem{rowNumber, column >= 0 ? m_headers.at(column).trimmed() : QString(),
                                    value.left(200), message, false};
        out.errorColumns << column;
    };
    auto cell = [&](int column) { return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString(); };

    CaseFile &c = out.caseFile;
    const int numberColumn = m_columns.number;
    const int nameColumn = m_columns.name;
    const int areaColumn = m_columns.area;
    const int subgroupColumn = m_columns.subgroup;
    c.caseNumber = cell(numberColumn);
    c.name = cell(nameColumn);
    c.caseworker = cell(m_columns.caseworker);
    c.team = cell(m_columns.team);
    if (c.caseNumber.isEmpty())
        fail(numberColumn, c.caseNumber, tr("The case number is missing."));
    if (c.name.isEmpty())
        fail(nameColumn, c.name, tr("The name is missing."));
    const QString areaText = cell(areaColumn);
    c.area = m_areas.value(areaText); // exact keys first: no normalising for the common case
    if (c.area.isEmpty())
        c.area = m_areas.value(importmapping::normalise(areaText));
    if (c.area.isEmpty())
        fail(areaColumn, areaText, tr("Unknown area. Use one of: %1.").arg(words::areaList()));
    const QString subgroupText = cell(subgroupColumn);
    if (!subgroupText.isEmpty()) {
        const auto known = m_subgroups.constFind(c.area);
        if (c.area.isEmpty() || known == m_subgroups.cend() || known->isEmpty()) {
            c.subgroup = subgroupText;
        } else {
            c.subgroup = known->value(importmapping::normalise(subgroupText));
            if (c.subgroup.isEmpty()) {
                QStringList keys = known->values();
                keys.removeDuplicates();
                keys.sort();
                QStringList names;
                for (const QString &key : std::as_const(keys))
                    names << m_subgroupNames.value(c.area + u'/' + key, key);
                fail(subgroupColumn, subgroupText,
                     tr("Unknown subgroup for %1. Use one of: %2.")
                         .arg(words::area(c.area), names.join(QStringLiteral(", "))));
            }
        }
    }
    for (int column : m_textColumns) {
        const QString value = cell(column);
        if (value.size() > MaxTextLength)
            fail(column, value, tr("The value is longer than %1 characters.").arg(MaxTextLength));
        else if (hasControl(value))
            fail(column, value, tr("The value contains control characters."));
    }
    const int cprColumn = m_columns.cpr;
    const QString cprText = cell(cprColumn);
    if (!cprText.isEmpty()) {
        const cpr::Check check = cpr::check(cprText);
        if (!check.valid) {
            fail(cprColumn, cpr::mask(cprText.left(6)), tr("Not a valid CPR number: %1.").arg(check.problem));
        } else {
            c.cpr = check.digits;
            if (!check.modulus11)
                out.warnings << ImportProblem{rowNumber, m_headers.at(cprColumn).trimmed(), cpr::mask(c.cpr),
                                              tr("The CPR number fails the modulus-11 check. Numbers issued since "
                                                 "2007 may do so; it was accepted."),
                                              true};
        }
    }
    for (int column : m_dateColumns) {
        const bool ambiguous = m_ambiguousColumns.contains(column);
        const QString value = cell(column);
        if (value.isEmpty())
            continue;
        // ISO dates, the common case, without the general parser.
        if (value.size() == 10 && value.at(4) == u'-' && value.at(7) == u'-') {
            const auto digits = [&](int from, int count) {
                int n = 0;
                for (int i = from; i < from + count; ++i) {
                    const char16_t ch = value.at(i).unicode();
                    if (ch < u'0' || ch > u'9')
                        return -1;
                    n = n * 10 + (ch - u'0');
                }
                return n;
            };
            const QDate iso(digits(0, 4), digits(5, 2), digits(8, 2));
            if (iso.isValid() && iso.year() >= 1900 && iso.year() <= 2100) {
                c.dates.insert(m_targets.at(column), iso);
                continue;
            }
        }
        io::DateParseOptions options;
        options.order = ambiguous ? io::DateOrder::DayMonthYear : m_dateOrder.value(column);
        const io::DateParseResult parsed = io::parseDate(value, options);
        if (!parsed.ok()) {
            fail(column, value, tr("Not a valid date (%1). Write it as YYYY-MM-DD or DD-MM-YYYY.").arg(parsed.error));
            continue;
        }
        if (ambiguous && parsed.ambiguous) {
            fail(column, value,
                 tr("The date could be day-month or month-day; choose the column's date order in the "
                    "mapping."));
            continue;
        }
        if (parsed.date.year() < 1900 || parsed.date.year() > 2100) {
            fail(column, value, tr("The date is outside 1900–2100."));
            continue;
        }
        c.dates.insert(m_targets.at(column), parsed.date);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------
// CaseImportJob

struct CaseImportJob::Private {
    Private(Session &userSession, QList<CueCard> cardList, std::unique_ptr<TableFile> table,
            ImportMapping importMapping, Options importOptions)
        : session(userSession)
        , db(userSession.database())
        , user(userSession.policy().user().name)
        , cards(std::move(cardList))
        , file(std::move(table))
        , mapping(std::move(importMapping))
        , options(std::move(importOptions))
    {
    }
    Session &session;
    Database &db;
    QString user;
    QList<CueCard> cards;
    std::unique_ptr<TableFile> file;
    ImportMapping mapping;
    Options options;
    std::unique_ptr<CaseRowConverter> converter;
    std::unique_ptr<UnitOfWork> work; // the import's one unit of work, open from start() to finish()
    std::unique_ptr<BulkCaseWriter> writer;
    QList<std::pair<QStringList, int>> sample; // read ahead, not yet processed
    qsizetype sampleNext = 0;
    bool inTransaction = false;
    bool readDone = false;   // the file is read; step() now re-creates deferred indexes
    bool lookups = true;     // false: the table was empty, so every row is new (duplicates fail the insert)
    QList<int> rowOfCreated; // file row of each case created, by id - maxIdBefore - 1
    struct Pending {
        CaseFile caseFile;
        QStringList row;
        int rowNumber = 0;
    };
    QList<Pending> pending;     // new cases waiting for the next multi-row insert
    QHash<qint64, int> touched; // existing cases updated or unchanged → file row
    std::unique_ptr<QSaveFile> skippedFile;
    std::unique_ptr<io::CsvWriter> skippedWriter;
    QStringList headers;
};

CaseImportJob::CaseImportJob(Session &session, QList<CueCard> cards, std::unique_ptr<TableFile> file,
                             ImportMapping mapping, Options options)
    : d(std::make_unique<Private>(session, std::move(cards), std::move(file), std::move(mapping), std::move(options)))
{
    if (!d->options.today.isValid())
        d->options.today = QDate::currentDate();
}

CaseImportJob::~CaseImportJob()
{
    rollback();
}

void CaseImportJob::rollback()
{
    if (d->inTransaction) {
        d->writer.reset();
        d->work.reset(); // rolls back
        d->inTransaction = false;
    }
    if (d->skippedFile)
        d->skippedFile->cancelWriting();
}

double CaseImportJob::progress() const
{
    return d->file ? d->file->progress() : -1;
}

Status CaseImportJob::start()
{
    if (auto allowed = d->session.policy().require(AccessPolicy::Permission::ImportCases); !allowed)
        return allowed;
    d->headers = d->file->headers();
    d->mapping.headerRow = d->file->headerRow(); // the file is read with it
    d->converter = std::make_unique<CaseRowConverter>(d->headers, d->cards, d->mapping);
    for (const ImportProblem &p : d->converter->headerProblems())
        (p.warning ? m_summary.warnings : m_summary.errors) << p;
    if (!m_summary.errors.isEmpty()) {
        m_done = true;
        return Ok{};
    }
    io::TableReader &reader = d->file->reader();
    QStringList row;
    QList<QStringList> values;
    qint64 sampleBytes = 0;
    // The rows read ahead are held: at most this much memory (a row padded to a far-right header, XFD, holds
    // 16,384 fields), so a sheet's width cannot multiply into gigabytes (issue 14).
    constexpr qint64 MaxSampleMemory = 32LL * 1024 * 1024;
    qint64 sampleMemory = 0;
    while (d->sample.size() < d->options.sampleRows && sampleMemory < MaxSampleMemory && reader.readRow(row)) {
        for (const QString &field : std::as_const(row)) {
            sampleBytes += field.size() + 1;
            sampleMemory += qint64(sizeof(QString)) + 2 * field.size();
        }
        d->sample << std::pair{row, int(reader.rowNumber())};
        values << row;
    }
    if (reader.hasError()) {
        m_done = true;
        return invalidInput(tr("%1. Nothing was imported.").arg(reader.error().toString()));
    }
    for (const ImportProblem &p : d->converter->detectDateOrders(values))
        (p.warning ? m_summary.warnings : m_summary.errors) << p;
    if (!d->options.skippedRowsPath.isEmpty()) {
        d->skippedFile = std::make_unique<QSaveFile>(d->options.skippedRowsPath);
        // The skipped rows are rows of the import file: CPR numbers, names. Only their owner may read them.
        if (!d->skippedFile->open(QIODevice::WriteOnly) || !d->skippedFile->setPermissions(filesystem::OwnerOnlyFile))
            return databaseError(
                tr("Cannot write %1: %2").arg(d->options.skippedRowsPath, d->skippedFile->errorString()));
        d->skippedWriter = std::make_unique<io::CsvWriter>(d->skippedFile.get());
        QStringList header = d->headers;
        header << tr("Error");
        d->skippedWriter->writeTextRow(header);
    }

    auto work = d->db.beginWork();
    if (!work)
        return work.error();
    d->work = std::move(work).value();
    d->inTransaction = true;
    d->writer = d->db.caseWriter();
    auto existing = d->writer->caseCount();
    if (!existing) {
        rollback();
        return existing.error();
    }
    const qint64 existingCount = existing.value();
    // Index upkeep is deferred when the file is large and at least as large as the table: rebuilding then
    // costs less than keeping seven indexes and the trigram index up to date row by row.
    bool defer = d->options.indexes == Indexes::Defer;
    if (d->options.indexes == Indexes::Auto &&
        (d->sample.size() >= d->options.sampleRows || sampleMemory >= MaxSampleMemory)) {
        const double perRow = double(std::max<qint64>(sampleBytes, 1)) / double(d->sample.size());
        const double estimate = d->file->sizeBytes() > 0 ? double(d->file->sizeBytes()) / perRow : 1e12;
        defer = estimate >= 50'000 && estimate >= double(existingCount);
    }
    defer = defer && d->writer->canDeferIndexes();
    if (auto begun = d->writer->begin(defer); !begun) {
        rollback();
        return begun;
    }
    m_summary.indexesDeferred = defer;
    d->lookups = existingCount > 0;
    return Ok{};
}

void CaseImportJob::recordInvalid(const QStringList &row, int rowNumber, const QList<ImportProblem> &errors)
{
    ++m_summary.skipped;
    for (const ImportProblem &p : errors) {
        if (m_summary.errors.size() < MaxListedErrors)
            m_summary.errors << p;
        else
            ++m_summary.errorsNotListed;
    }
    if (d->skippedWriter) {
        QStringList out = row;
        QStringList reasons;
        for (const ImportProblem &p : errors)
            reasons << (p.column.isEmpty() ? p.message : p.column + QStringLiteral(": ") + p.message);
        out << reasons.join(QStringLiteral("; "));
        d->skippedWriter->writeTextRow(out);
    }
    Q_UNUSED(rowNumber)
}

Status CaseImportJob::verdictChanges(qint64 id, const CaseFile &before, const CaseFile &after)
{
    const CueCard *oldCard = newestCardFor(d->cards, before.area);
    const CueCard *newCard = newestCardFor(d->cards, after.area);
    if (!oldCard || !newCard)
        return Ok{};
    CaseRepository &repository = d->db.cases();
    auto full = repository.load(id);
    if (!full)
        return full.error();
    CaseFile oldCase = before;
    CaseFile newCase = after;
    oldCase.events = full->events;
    newCase.events = full->events;
    const auto oldVerdicts = verdicts::compute(oldCase, *oldCard, d->options.today, d->options.language);
    const auto newVerdicts = verdicts::compute(newCase, *newCard, d->options.today, d->options.language);
    for (auto it = newVerdicts.cbegin(); it != newVerdicts.cend(); ++it) {
        const auto old = oldVerdicts.constFind(it.key());
        const QString was = old == oldVerdicts.cend() ? QString() : rules::verdictKey(old->kind);
        const QString now = rules::verdictKey(it->kind);
        if (was != now)
            m_summary.verdictChanges << VerdictChange{after.caseNumber, it.key(), was, now, it->explanation};
    }
    return Ok{};
}

Status CaseImportJob::processRow(const QStringList &row, int rowNumber)
{
    ++m_summary.rowsRead;
    QElapsedTimer timer;
    timer.start();
    CaseRowConverter::Outcome outcome = d->converter->convert(row, rowNumber);
    const qint64 converted = timer.nsecsElapsed();
    m_summary.timings.convert += converted;
    // Everything after the check is writing (nanoseconds here; milliseconds in finish()).
    const auto writing = qScopeGuard([&] { m_summary.timings.write += timer.nsecsElapsed() - converted; });
    for (const ImportProblem &w : std::as_const(outcome.warnings))
        if (m_summary.warnings.size() < MaxListedWarnings)
            m_summary.warnings << w;
    if (!outcome.errors.isEmpty()) {
        recordInvalid(row, rowNumber, outcome.errors);
        return Ok{};
    }
    CaseFile &c = outcome.caseFile;
    const QString numberColumn = d->headers.value(int(d->converter->targets().indexOf(QStringLiteral("case_number"))));
    const auto duplicate = [&](int firstRow) {
        recordInvalid(row, rowNumber,
                      {ImportProblem{rowNumber, numberColumn.trimmed(), c.caseNumber,
                                     tr("The case number is also on row %1.").arg(firstRow), false}});
    };
    const qint64 base = d->writer->maxCaseId();
    qint64 id = 0;
    if (d->lookups) {
        auto found = d->writer->idForNumber(c.caseNumber);
        if (!found)
            return found.error();
        id = found.value();
    }
    if (id == 0) {
        d->pending << Private::Pending{std::move(c), row, rowNumber};
        if (d->pending.size() >= 64)
            return flushPending();
        return Ok{};
    }
    if (id > base) { // created by this import: the number is twice in the file
        const qsizetype index = qsizetype(id - base - 1);
        duplicate(index < d->rowOfCreated.size() ? d->rowOfCreated.at(index) : 0);
        return Ok{};
    }
    if (const auto seen = d->touched.constFind(id); seen != d->touched.cend()) {
        duplicate(seen.value());
        return Ok{};
    }
    d->touched.insert(id, rowNumber);
    auto old = d->writer->loadFields(id);
    if (!old)
        return old.error();
    const CaseFile &o = old.value();
    const bool same = o.cpr == c.cpr && o.name == c.name && o.area == c.area && o.subgroup == c.subgroup &&
                      o.caseworker == c.caseworker && o.team == c.team && o.dates == c.dates;
    if (same) {
        ++m_summary.unchanged;
        return Ok{};
    }
    if (o.dates != c.dates || o.area != c.area || o.subgroup != c.subgroup)
        if (auto changed = verdictChanges(id, o, c); !changed)
            return changed;
    if (auto updated = d->writer->update(id, c); !updated)
        return updated;
    ++m_summary.updated;
    return Ok{};
}

Status CaseImportJob::flushPending()
{
    if (d->pending.isEmpty())
        return Ok{};
    QList<CaseFile> cases;
    cases.reserve(d->pending.size());
    for (const Private::Pending &p : std::as_const(d->pending))
        cases << p.caseFile;
    auto ids = d->writer->insertMany(cases);
    if (!ids)
        return ids.error();
    const qint64 base = d->writer->maxCaseId();
    const QString numberColumn =
        d->headers.value(int(d->converter->targets().indexOf(QStringLiteral("case_number")))).trimmed();
    for (qsizetype i = 0; i < d->pending.size(); ++i) {
        const Private::Pending &p = d->pending.at(i);
        if (ids->at(i) > 0) {
            d->rowOfCreated << p.rowNumber;
            ++m_summary.created;
            continue;
        }
        // The number is in the database already: created by this import, so it is twice in the file.
        auto found = d->writer->idForNumber(p.caseFile.caseNumber);
        if (!found)
            return found.error();
        const qsizetype index = qsizetype(found.value() - base - 1);
        const int firstRow = index >= 0 && index < d->rowOfCreated.size() ? d->rowOfCreated.at(index) : 0;
        recordInvalid(p.row, p.rowNumber,
                      {ImportProblem{p.rowNumber, numberColumn, p.caseFile.caseNumber,
                                     tr("The case number is also on row %1.").arg(firstRow), false}});
    }
    d->pending.clear();
    return Ok{};
}

bool CaseImportJob::buildingIndexes() const
{
    return d->readDone && !m_done;
}

Status CaseImportJob::step(int maxRows)
{
    if (m_done)
        return Ok{};
    if (d->readDone) {
        // Index upkeep, one statement per step; skipped when the import will be refused anyway.
        const bool refuse = !m_summary.errors.isEmpty() && !d->options.skipInvalid;
        if (!refuse && d->inTransaction && d->writer) {
            QElapsedTimer timer;
            timer.start();
            auto more = d->writer->finishStep();
            m_summary.timings.indexes += timer.elapsed();
            if (!more) {
                rollback();
                m_done = true;
                return more.error();
            }
            if (more.value())
                return Ok{};
        }
        m_done = true;
        return Ok{};
    }
    int processed = 0;
    while (processed < maxRows && d->sampleNext < d->sample.size()) {
        const auto &[row, rowNumber] = d->sample.at(d->sampleNext++);
        if (auto ok = processRow(row, rowNumber); !ok) {
            rollback();
            m_done = true;
            return ok;
        }
        ++processed;
    }
    if (d->sampleNext >= d->sample.size() && !d->sample.isEmpty()) {
        d->sample.clear();
        d->sampleNext = 0;
    }
    io::TableReader &reader = d->file->reader();
    QStringList row;
    while (processed < maxRows) {
        QElapsedTimer readTimer;
        readTimer.start();
        const bool read = reader.readRow(row);
        m_summary.timings.read += readTimer.nsecsElapsed();
        if (!read) {
            d->readDone = true;
            if (reader.hasError()) {
                m_done = true;
                rollback();
                return invalidInput(tr("%1. Nothing was imported.").arg(reader.error().toString()));
            }
            break;
        }
        if (auto ok = processRow(row, int(reader.rowNumber())); !ok) {
            rollback();
            m_done = true;
            return ok;
        }
        ++processed;
    }
    if (auto flushed = flushPending(); !flushed) {
        rollback();
        m_done = true;
        return flushed;
    }
    return Ok{};
}

void CaseImportJob::cancel()
{
    rollback();
    m_summary.cancelled = true;
    m_summary.applied = false;
    m_done = true;
}

Result<ImportSummary> CaseImportJob::finish()
{
    // Batched inserts report a duplicate number when the batch is written: put the errors back in row order.
    std::stable_sort(m_summary.errors.begin(), m_summary.errors.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    if (m_summary.cancelled)
        return m_summary;
    const bool refuse = !m_summary.errors.isEmpty() && !d->options.skipInvalid;
    const bool headerBroken = std::any_of(m_summary.errors.cbegin(), m_summary.errors.cend(),
                                          [&](const ImportProblem &p) { return p.row == d->mapping.headerRow; });
    if (!d->inTransaction || refuse || headerBroken) {
        rollback();
        if (refuse || headerBroken) {
            // Nothing is written, so nothing was skipped or created: the figures describe what would happen.
            m_summary.applied = false;
        }
        return m_summary;
    }
    QElapsedTimer indexTimer;
    indexTimer.start();
    auto finished = d->writer->finish();
    m_summary.timings.indexes += indexTimer.elapsed();
    m_summary.timings.read /= 1'000'000;
    m_summary.timings.convert /= 1'000'000;
    m_summary.timings.write /= 1'000'000;
    if (!finished) {
        rollback();
        return finished.error();
    }
    AuditEntry entry{d->user,
                     QStringLiteral("case.import"),
                     QStringLiteral("case"),
                     QStringLiteral("*"),
                     0,
                     {},
                     QJsonObject{{QStringLiteral("created"), m_summary.created},
                                 {QStringLiteral("updated"), m_summary.updated},
                                 {QStringLiteral("unchanged"), m_summary.unchanged},
                                 {QStringLiteral("skipped"), m_summary.skipped},
                                 {QStringLiteral("file"), d->file->path()}},
                     {}};
    if (auto audited = d->db.audit().record(entry); !audited) {
        rollback();
        return audited.error();
    }
    if (d->options.dryRun) {
        rollback();
        return m_summary;
    }
    d->writer.reset();
    auto committed = d->work->commit();
    d->work.reset();
    d->inTransaction = false;
    if (!committed)
        return committed.error();
    if (d->skippedWriter) {
        d->skippedWriter->finish();
        if (!d->skippedFile->commit())
            return databaseError(tr("The cases were imported, but the skipped rows could not be written to %1: %2")
                                     .arg(d->options.skippedRowsPath, d->skippedFile->errorString()));
    }
    m_summary.applied = true;
    return m_summary;
}

// ---------------------------------------------------------------------------------------------------------
// CaseImporter

CaseImporter::CaseImporter(Session &session, QList<CueCard> cards)
    : m_session(session)
    , m_cards(std::move(cards))
{
}

const QStringList &CaseImporter::caseColumns()
{
    static const QStringList columns = {
        QStringLiteral("case_number"), QStringLiteral("cpr"),        QStringLiteral("name"), QStringLiteral("area"),
        QStringLiteral("subgroup"),    QStringLiteral("caseworker"), QStringLiteral("team")};
    return columns;
}

Result<ImportSummary> CaseImporter::importFile(std::unique_ptr<TableFile> file, const ImportMapping &mapping,
                                               Options options, const StepReport &afterStep, int stepRows)
{
    CaseImportJob job(m_session, m_cards, std::move(file), mapping, std::move(options));
    if (auto started = job.start(); !started)
        return started.error();
    for (;;) {
        if (afterStep && !afterStep(job)) {
            job.cancel();
            break;
        }
        if (job.done())
            break;
        if (auto stepped = job.step(stepRows); !stepped)
            return stepped.error();
    }
    return job.finish();
}

Result<ImportSummary> CaseImporter::import(const QStringList &headers, const QList<QStringList> &rows, Options options,
                                           const ImportMapping &mapping)
{
    return importFile(TableFile::fromTable(headers, rows), mapping, std::move(options));
}

} // namespace sagstjek
