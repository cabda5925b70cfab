#include "services/exporter.h"

#include "domain/areas.h"
#include "domain/cpr.h"
#include "domain/words.h"
#include "io/xlsxtablewriter.h"
#include "services/accesspolicy.h"
#include "services/importmapping.h"
#include "services/session.h"
#include "storage/database.h"
#include "storage/exportrows.h"
#include "storage/roundrepository.h"

#include "storage/filesystem.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sagstjek {

namespace {

// Where rows go: a CSV through QSaveFile, or an XLSX through the io writer (temporary file + rename).
class Sink {
public:
    virtual ~Sink() = default;
    virtual bool start(const QString &sheet, const QStringList &headers) = 0;
    virtual bool write(const QList<io::Cell> &cells) = 0;
    virtual bool finish() = 0;
    virtual QString error() const = 0;
};

class CsvSink final : public Sink {
public:
    CsvSink(const QString &path, const io::CsvDialect &dialect)
        : m_file(path)
        , m_dialect(dialect)
    {
    }
    bool start(const QString &, const QStringList &headers) override
    {
        // An export may hold CPR numbers and health data: only its owner may read it (0600), also while written.
        if (!m_file.open(QIODevice::WriteOnly) || !m_file.setPermissions(filesystem::OwnerOnlyFile))
            return false;
        m_writer = std::make_unique<io::CsvWriter>(&m_file, m_dialect);
        return m_writer->writeTextRow(headers);
    }
    bool write(const QList<io::Cell> &cells) override { return m_writer->writeRow(cells); }
    bool finish() override { return m_writer->finish() && m_file.commit(); }
    QString error() const override
    {
        return m_writer && m_writer->error().isError() ? m_writer->error().message : m_file.errorString();
    }

private:
    QSaveFile m_file;
    io::CsvDialect m_dialect;
    std::unique_ptr<io::CsvWriter> m_writer;
};

class XlsxSink final : public Sink {
public:
    explicit XlsxSink(const QString &path)
        : m_writer(path)
    {
    }
    bool start(const QString &sheet, const QStringList &headers) override
    {
        return m_writer.addSheet(io::XlsxTableWriter::safeSheetName(sheet), headers);
    }
    bool write(const QList<io::Cell> &cells) override { return m_writer.writeRow(cells); }
    bool finish() override { return m_writer.finish(); }
    QString error() const override { return m_writer.error().message; }

private:
    io::XlsxTableWriter m_writer;
};

io::Cell dateCell(const QString &text)
{
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    return date.isValid() ? io::Cell::fromDate(date) : io::Cell(text);
}

QString answerText(const QString &key, const QString &language)
{
    return words::answerOfKey(key, language);
}

// The words of an export: its headers and values in the options' language, or the keys as stored.
class Wording {
public:
    Wording(const Exporter::Options &options, const QList<CueCard> &cards)
        : m_keys(options.keys)
        , m_language(words::normalisedLanguage(options.language))
        , m_cards(cards)
    {
    }
    bool keys() const { return m_keys; }
    QStringList headers(const QStringList &fieldKeys) const
    {
        if (m_keys)
            return fieldKeys;
        QStringList named;
        for (const QString &key : fieldKeys) {
            QString name = words::field(key, m_language);
            if (name.isEmpty()) // a template's date field
                for (const CueCard &card : m_cards)
                    if (std::any_of(card.dateFields.cbegin(), card.dateFields.cend(),
                                    [&](const NamedField &n) { return n.key == key; })) {
                        name = card.dateLabel(key, m_language);
                        break;
                    }
            named << (name.isEmpty() ? key : name);
        }
        return named;
    }
    QString area(const QString &key) const { return m_keys ? key : words::area(key, m_language); }
    QString subgroup(const QString &areaKey, const QString &key) const
    {
        return m_keys || key.isEmpty() ? key : words::subgroup(m_cards, areaKey, key, m_language);
    }
    QString reviewStatus(const QString &key) const { return m_keys ? key : words::reviewStatusOfKey(key, m_language); }
    QString severity(const QString &key) const { return m_keys ? key : words::severityOfKey(key, m_language); }
    QString defectStatus(const QString &key) const { return m_keys ? key : words::defectStatusOfKey(key, m_language); }
    QString verdict(const QString &key) const { return m_keys ? key : words::verdictOfKey(key, m_language); }
    QString item(const QString &key) const { return m_keys ? key : words::itemQuestion(m_cards, key, m_language); }
    QString timestamp(const QString &iso) const { return m_keys ? iso : words::dateText(iso, m_language); }
    QString sheet(const QString &danish, const QString &keyed) const
    {
        return m_keys ? keyed : m_language == u"da" ? danish : keyed;
    }

private:
    bool m_keys;
    QString m_language;
    const QList<CueCard> &m_cards;
};

} // namespace

Exporter::Exporter(Session &session)
    : m_session(session)
{
}

std::optional<Exporter::What> Exporter::whatFromKey(const QString &key)
{
    if (key == u"cases")
        return What::Cases;
    if (key == u"answers")
        return What::AnswersLong;
    if (key == u"answers-wide")
        return What::AnswersWide;
    if (key == u"defects")
        return What::Defects;
    return std::nullopt;
}

QString Exporter::whatKey(What what)
{
    switch (what) {
    case What::Cases:
        return QStringLiteral("cases");
    case What::AnswersLong:
        return QStringLiteral("answers");
    case What::AnswersWide:
        return QStringLiteral("answers-wide");
    case What::Defects:
        return QStringLiteral("defects");
    }
    return {};
}

Result<qint64> Exporter::exportTo(const QString &path, const Options &options)
{
    auto rows = writeFile(path, options);
    if (!rows)
        return rows;
    if (auto logged = recordExport(path, options); !logged) {
        QFile::remove(path); // no export on disk that the access log does not know of
        return logged.error();
    }
    return rows;
}

Result<qint64> Exporter::writeFile(const QString &path, const Options &requested, const KeepGoing &keepGoing)
{
    Database &db = m_session.database();
    AccessPolicy &policy = m_session.policy();
    if (auto allowed = policy.requireCaseData(); !allowed) // every export lists cases: not for an administrator
        return allowed.error();
    Options options = requested;
    if (const QString own = policy.ownCasesScope(); !own.isEmpty()) {
        if (!options.filter.caseworker.isEmpty() && options.filter.caseworker.compare(own, Qt::CaseInsensitive) != 0)
            return refused(tr("A caseworker can export only their own cases."));
        options.filter.caseworker = own;
    }
    const ExportFilter &f = options.filter;
    const bool personal = options.includePersonalData;
    // Free text (notes, reasons, descriptions) keeps what the user wrote only in an export with personal data;
    // by default a CPR number in it is masked like the cpr column is left out.
    const auto text = [personal](const QString &written) { return personal ? written : cpr::maskInText(written); };
    qint64 roundId = 0;
    if (!f.round.isEmpty()) {
        auto round = db.rounds().findByName(f.round);
        if (!round)
            return round.error();
        if (!round->has_value())
            return notFound(tr("There is no round \"%1\".").arg(f.round));
        roundId = round->value().id;
    }
    if (!f.area.isEmpty() && !Areas::isKnown(f.area))
        return invalidInput(
            tr("Unknown area \"%1\". Use one of: %2.").arg(f.area, Areas::keys().join(QStringLiteral(", "))));
    auto cards = importmapping::currentCards(db);
    if (!cards)
        return cards.error();

    const Wording wording(options, cards.value());
    std::unique_ptr<Sink> sink;
    io::CsvDialect dialect = options.dialect;
    if (!options.keys && words::normalisedLanguage(options.language) == u"da")
        dialect.dateFormat = QStringLiteral("dd-MM-yyyy"); // the one Danish date format (words::date)
    if (options.format == Format::Csv)
        sink = std::make_unique<CsvSink>(path, dialect);
    else
        sink = std::make_unique<XlsxSink>(path);
    const auto failed = [&]() { return databaseError(tr("Cannot write %1: %2").arg(path, sink->error())); };
    qint64 rows = 0;
    bool cancelled = false;
    const auto goOn = [&]() {
        cancelled = cancelled || (keepGoing && !keepGoing(rows));
        return !cancelled;
    };
    const auto cancelledError = [] { return invalidInput(tr("The export was cancelled. No file was written.")); };
    if (!goOn())
        return cancelledError();

    ExportScope scope{f.area, f.caseworker, roundId, f.status};
    bool written = true;
    const auto write = [&](const QList<io::Cell> &cells) {
        written = sink->write(cells);
        rows += written ? 1 : 0;
        return written && goOn();
    };
    // The columns every answer row starts with.
    const auto answerHead = [&](const ExportAnswerRow &row) {
        QList<io::Cell> cells = {row.caseNumber};
        if (personal)
            cells << row.cpr << row.name;
        cells << wording.area(row.area) << row.caseworker << row.roundName << row.reviewer
              << wording.reviewStatus(row.reviewStatus) << dateCell(row.completedAt);
        return cells;
    };
    Status streamed = Ok{};
    if (options.what == What::Cases) {
        QStringList dateKeys;
        for (const ImportTarget &t : importmapping::caseTargets(cards.value()))
            if (t.isDate && (f.area.isEmpty() || std::any_of(cards->cbegin(), cards->cend(), [&](const CueCard &c) {
                                 return c.area == f.area &&
                                        std::any_of(c.dateFields.cbegin(), c.dateFields.cend(),
                                                    [&](const NamedField &n) { return n.key == t.key; });
                             })))
                dateKeys << t.key;
        QStringList headers = {QStringLiteral("case_number")};
        if (personal)
            headers << QStringLiteral("cpr") << QStringLiteral("name");
        headers << QStringLiteral("area") << QStringLiteral("subgroup") << QStringLiteral("caseworker")
                << QStringLiteral("team") << QStringLiteral("review_status") << dateKeys;
        if (!sink->start(wording.sheet(QStringLiteral("Sager"), tr("Cases")), wording.headers(headers)))
            return failed();
        streamed = db.exportRows().cases(scope, [&](const ExportCaseRow &row) {
            QList<io::Cell> cells = {row.caseNumber};
            if (personal)
                cells << row.cpr << row.name;
            cells << wording.area(row.area) << wording.subgroup(row.area, row.subgroup) << row.caseworker << row.team
                  << wording.reviewStatus(row.reviewStatus);
            for (const QString &key : std::as_const(dateKeys))
                cells << io::Cell::fromDate(row.dates.value(key));
            return write(cells);
        });
    } else if (options.what == What::AnswersLong || options.what == What::AnswersWide) {
        QStringList head = {QStringLiteral("case_number")};
        if (personal)
            head << QStringLiteral("cpr") << QStringLiteral("name");
        head << QStringLiteral("area") << QStringLiteral("caseworker") << QStringLiteral("round")
             << QStringLiteral("reviewer") << QStringLiteral("review_status") << QStringLiteral("completed");
        if (options.what == What::AnswersLong) {
            QStringList headers = head;
            if (wording.keys()) // in words the item is named by its question alone
                headers << QStringLiteral("item_key");
            headers << QStringLiteral("item") << QStringLiteral("answer") << QStringLiteral("note")
                    << QStringLiteral("computed_verdict") << QStringLiteral("override_reason")
                    << QStringLiteral("answered_by") << QStringLiteral("answered_at");
            if (!sink->start(wording.sheet(QStringLiteral("Svar"), tr("Answers")), wording.headers(headers)))
                return failed();
            QHash<QString, QString> itemText;
            for (const CueCard &card : cards.value())
                for (const CueCardItem *item : card.items())
                    itemText.insert(item->key, item->text.in(options.language));
            streamed = db.exportRows().answers(scope, [&](const ExportAnswerRow &row) {
                QList<io::Cell> cells = answerHead(row);
                if (wording.keys())
                    cells << row.itemKey;
                cells << itemText.value(row.itemKey) << answerText(row.answer, options.language) << text(row.note)
                      << text(wording.verdict(row.computedVerdict)) << text(row.overrideReason) << row.answeredBy
                      << wording.timestamp(row.answeredAt);
                return write(cells);
            });
        } else {
            // One column per item of the cards in scope (card order), one row per review.
            QStringList itemKeys;
            for (const CueCard &card : cards.value())
                if (f.area.isEmpty() || card.area == f.area)
                    for (const CueCardItem *item : card.items())
                        itemKeys << item->key;
            QStringList headers = wording.headers(head);
            for (const QString &key : std::as_const(itemKeys))
                headers << wording.item(key);
            headers << wording.headers({QStringLiteral("note")});
            if (!sink->start(wording.sheet(QStringLiteral("Svar"), tr("Answers")), headers))
                return failed();
            qint64 current = -1;
            QList<io::Cell> cells;
            QHash<QString, QString> answers;
            QStringList notes;
            const auto flush = [&]() -> bool {
                if (current < 0)
                    return true;
                for (const QString &key : std::as_const(itemKeys))
                    cells << answers.value(key);
                cells << notes.join(QStringLiteral("; "));
                return write(cells);
            };
            streamed = db.exportRows().answers(scope, [&](const ExportAnswerRow &row) {
                if (row.reviewId != current) {
                    if (!flush())
                        return false;
                    current = row.reviewId;
                    cells = answerHead(row);
                    answers.clear();
                    notes.clear();
                }
                answers.insert(row.itemKey, answerText(row.answer, options.language));
                if (!row.note.isEmpty())
                    notes << text(row.note);
                return true;
            });
            if (streamed && written)
                flush();
        }
    } else {
        QStringList headers = {QStringLiteral("case_number")};
        if (personal)
            headers << QStringLiteral("cpr") << QStringLiteral("name");
        headers << QStringLiteral("area") << QStringLiteral("caseworker") << QStringLiteral("item_key")
                << QStringLiteral("description") << QStringLiteral("severity") << QStringLiteral("owner")
                << QStringLiteral("due") << QStringLiteral("status") << QStringLiteral("created_by")
                << QStringLiteral("created_at");
        if (!wording.keys())
            headers.replace(headers.indexOf(QStringLiteral("item_key")), QStringLiteral("item"));
        if (!sink->start(wording.sheet(QStringLiteral("Fejl og mangler"), tr("Defects")), wording.headers(headers)))
            return failed();
        streamed = db.exportRows().defects(scope, [&](const ExportDefectRow &row) {
            QList<io::Cell> cells = {row.caseNumber};
            if (personal)
                cells << row.cpr << row.name;
            cells << wording.area(row.area) << row.caseworker << wording.item(row.itemKey) << text(row.description)
                  << wording.severity(row.severity) << row.owner << dateCell(row.due)
                  << wording.defectStatus(row.status) << row.createdBy << dateCell(row.createdAt);
            return write(cells);
        });
    }
    if (!streamed)
        return streamed.error();
    if (!written)
        return failed();
    if (!goOn()) // the sink's destructor removes its temporary file
        return cancelledError();
    if (!sink->finish())
        return failed();
    return rows;
}

Status Exporter::recordExport(const QString &path, const Options &requested)
{
    AccessPolicy &policy = m_session.policy();
    ExportFilter f = requested.filter;
    if (const QString own = policy.ownCasesScope(); !own.isEmpty())
        f.caseworker = own; // as writeFile() exported it
    const bool personal = requested.includePersonalData;
    {
        QStringList criterion = {whatKey(requested.what)};
        if (!f.round.isEmpty())
            criterion << QStringLiteral("round=") + f.round;
        if (!f.area.isEmpty())
            criterion << QStringLiteral("area=") + f.area;
        if (!f.caseworker.isEmpty())
            criterion << QStringLiteral("caseworker=") + f.caseworker;
        if (!f.status.isEmpty())
            criterion << QStringLiteral("status=") + f.status;
        criterion << (personal ? QStringLiteral("with personal data") : QStringLiteral("without personal data"));
        if (auto logged = policy.recordAccess(QStringLiteral("export"), 0, QString(),
                                              criterion.join(QStringLiteral(", ")), QFileInfo(path).fileName());
            !logged)
            return logged.error();
    }
    return Ok{};
}

} // namespace sagstjek
