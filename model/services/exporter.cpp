#include "services/exporter.h"

#include "domain/areas.h"
#include "io/xlsxtablewriter.h"
#include "services/accesspolicy.h"
#include "services/importmapping.h"
#include "storage/database.h"
#include "storage/roundrepository.h"
#include "storage/sql.h"

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
        if (!m_file.open(QIODevice::WriteOnly))
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

io::Cell dateCell(const QVariant &value)
{
    const QString text = value.toString();
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    return date.isValid() ? io::Cell::fromDate(date) : io::Cell(text);
}

QString answerText(const QString &key, const QString &language)
{
    const bool da = language == u"da";
    if (key == u"met")
        return da ? QStringLiteral("ja") : QStringLiteral("yes");
    if (key == u"not-met")
        return da ? QStringLiteral("nej") : QStringLiteral("no");
    if (key == u"na")
        return da ? QStringLiteral("ikke relevant") : QStringLiteral("n/a");
    return QString();
}

struct Where {
    QStringList conditions;
    QVariantList values;
    QString text() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

} // namespace

Exporter::Exporter(Database &db)
    : m_db(db)
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
    QSqlDatabase &db = m_db.connection();
    const ExportFilter &f = options.filter;
    const bool personal = options.includePersonalData;
    qint64 roundId = 0;
    if (!f.round.isEmpty()) {
        RoundRepository rounds(db);
        auto round = rounds.findByName(f.round);
        if (!round)
            return round.error();
        if (!round->has_value())
            return notFound(tr("There is no round \"%1\".").arg(f.round));
        roundId = round->value().id;
    }
    if (!f.area.isEmpty() && !Areas::isKnown(f.area))
        return invalidInput(
            tr("Unknown area \"%1\". Use one of: %2.").arg(f.area, Areas::keys().join(QStringLiteral(", "))));
    auto cards = importmapping::currentCards(m_db);
    if (!cards)
        return cards.error();

    std::unique_ptr<Sink> sink;
    if (options.format == Format::Csv)
        sink = std::make_unique<CsvSink>(path, options.dialect);
    else
        sink = std::make_unique<XlsxSink>(path);
    const auto failed = [&]() { return databaseError(tr("Cannot write %1: %2").arg(path, sink->error())); };
    qint64 rows = 0;

    // Filters shared by every kind; c = cases, r = reviews.
    Where where;
    if (!f.area.isEmpty()) {
        where.conditions << QStringLiteral("c.area = ?");
        where.values << f.area;
    }
    if (!f.caseworker.isEmpty()) {
        where.conditions << QStringLiteral("c.caseworker = ?");
        where.values << f.caseworker;
    }

    if (options.what == What::Cases) {
        if (roundId) {
            where.conditions << QStringLiteral("c.id IN (SELECT case_id FROM round_sample WHERE round_id = ?)");
            where.values << roundId;
        }
        if (!f.status.isEmpty()) {
            where.conditions << QStringLiteral("c.review_status = ?");
            where.values << f.status;
        }
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
        if (!sink->start(tr("Cases"), headers))
            return failed();
        auto query = sql::run(db,
                              QStringLiteral("SELECT c.id, c.case_number, c.cpr, c.name, c.area, c.subgroup, "
                                             "c.caseworker, c.team, c.review_status FROM cases c") +
                                  where.text() + QStringLiteral(" ORDER BY c.id"),
                              where.values);
        if (!query)
            return query.error();
        // Dates through a second cursor in the same id order: a merge join instead of a query per case.
        auto dates = sql::run(db, QStringLiteral("SELECT case_id, field, value FROM case_dates ORDER BY case_id"));
        if (!dates)
            return dates.error();
        bool moreDates = dates->next();
        while (query->next()) {
            const qint64 id = query->value(0).toLongLong();
            QHash<QString, QDate> caseDates;
            while (moreDates && dates->value(0).toLongLong() < id)
                moreDates = dates->next();
            while (moreDates && dates->value(0).toLongLong() == id) {
                caseDates.insert(dates->value(1).toString(),
                                 QDate::fromString(dates->value(2).toString(), Qt::ISODate));
                moreDates = dates->next();
            }
            QList<io::Cell> cells = {query->value(1).toString()};
            if (personal)
                cells << query->value(2).toString() << query->value(3).toString();
            for (int i = 4; i <= 8; ++i)
                cells << query->value(i).toString();
            for (const QString &key : std::as_const(dateKeys))
                cells << io::Cell::fromDate(caseDates.value(key));
            if (!sink->write(cells))
                return failed();
            ++rows;
        }
    } else if (options.what == What::AnswersLong || options.what == What::AnswersWide) {
        if (roundId) {
            where.conditions << QStringLiteral("r.round_id = ?");
            where.values << roundId;
        }
        if (!f.status.isEmpty()) {
            where.conditions << QStringLiteral("r.status = ?");
            where.values << f.status;
        }
        auto query = sql::run(db,
                              QStringLiteral("SELECT r.id, c.case_number, c.cpr, c.name, c.area, c.caseworker, "
                                             "r.reviewer, r.status, r.completed_at, a.item_key, a.answer, a.note, "
                                             "a.computed_verdict, a.override_reason, a.answered_by, a.answered_at, "
                                             "coalesce((SELECT name FROM rounds WHERE id = r.round_id), '') "
                                             "FROM answers a JOIN reviews r ON r.id = a.review_id "
                                             "JOIN cases c ON c.id = r.case_id") +
                                  where.text() + QStringLiteral(" ORDER BY c.case_number, r.id, a.item_key"),
                              where.values);
        if (!query)
            return query.error();
        QStringList head = {QStringLiteral("case_number")};
        if (personal)
            head << QStringLiteral("cpr") << QStringLiteral("name");
        head << QStringLiteral("area") << QStringLiteral("caseworker") << QStringLiteral("round")
             << QStringLiteral("reviewer") << QStringLiteral("review_status") << QStringLiteral("completed");
        if (options.what == What::AnswersLong) {
            QStringList headers = head;
            headers << QStringLiteral("item_key") << QStringLiteral("item") << QStringLiteral("answer")
                    << QStringLiteral("note") << QStringLiteral("computed_verdict") << QStringLiteral("override_reason")
                    << QStringLiteral("answered_by") << QStringLiteral("answered_at");
            if (!sink->start(tr("Answers"), headers))
                return failed();
            QHash<QString, QString> itemText;
            for (const CueCard &card : cards.value())
                for (const CueCardItem *item : card.items())
                    itemText.insert(item->key, item->text.in(options.language));
            while (query->next()) {
                QList<io::Cell> cells = {query->value(1).toString()};
                if (personal)
                    cells << query->value(2).toString() << query->value(3).toString();
                cells << query->value(4).toString() << query->value(5).toString() << query->value(16).toString()
                      << query->value(6).toString() << query->value(7).toString() << dateCell(query->value(8));
                const QString key = query->value(9).toString();
                cells << key << itemText.value(key) << answerText(query->value(10).toString(), options.language)
                      << query->value(11).toString() << query->value(12).toString() << query->value(13).toString()
                      << query->value(14).toString() << query->value(15).toString();
                if (!sink->write(cells))
                    return failed();
                ++rows;
            }
        } else {
            // One column per item of the cards in scope (card order), one row per review.
            QStringList itemKeys;
            for (const CueCard &card : cards.value())
                if (f.area.isEmpty() || card.area == f.area)
                    for (const CueCardItem *item : card.items())
                        itemKeys << item->key;
            QStringList headers = head;
            headers << itemKeys << QStringLiteral("note");
            if (!sink->start(tr("Answers"), headers))
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
                ++rows;
                return sink->write(cells);
            };
            while (query->next()) {
                const qint64 review = query->value(0).toLongLong();
                if (review != current) {
                    if (!flush())
                        return failed();
                    current = review;
                    cells = {query->value(1).toString()};
                    if (personal)
                        cells << query->value(2).toString() << query->value(3).toString();
                    cells << query->value(4).toString() << query->value(5).toString() << query->value(16).toString()
                          << query->value(6).toString() << query->value(7).toString() << dateCell(query->value(8));
                    answers.clear();
                    notes.clear();
                }
                answers.insert(query->value(9).toString(), answerText(query->value(10).toString(), options.language));
                if (!query->value(11).toString().isEmpty())
                    notes << query->value(11).toString();
            }
            if (!flush())
                return failed();
        }
    } else {
        if (roundId) {
            where.conditions << QStringLiteral("r.round_id = ?");
            where.values << roundId;
        }
        if (!f.status.isEmpty()) {
            where.conditions << QStringLiteral("d.status = ?");
            where.values << f.status;
        }
        QStringList headers = {QStringLiteral("case_number")};
        if (personal)
            headers << QStringLiteral("cpr") << QStringLiteral("name");
        headers << QStringLiteral("area") << QStringLiteral("caseworker") << QStringLiteral("item_key")
                << QStringLiteral("description") << QStringLiteral("severity") << QStringLiteral("owner")
                << QStringLiteral("due") << QStringLiteral("status") << QStringLiteral("created_by")
                << QStringLiteral("created_at");
        if (!sink->start(tr("Defects"), headers))
            return failed();
        auto query = sql::run(db,
                              QStringLiteral("SELECT c.case_number, c.cpr, c.name, c.area, c.caseworker, d.item_key, "
                                             "d.description, d.severity, d.owner, d.due, d.status, d.created_by, "
                                             "d.created_at FROM defects d JOIN reviews r ON r.id = d.review_id "
                                             "JOIN cases c ON c.id = d.case_id") +
                                  where.text() + QStringLiteral(" ORDER BY c.case_number, d.item_key"),
                              where.values);
        if (!query)
            return query.error();
        while (query->next()) {
            QList<io::Cell> cells = {query->value(0).toString()};
            if (personal)
                cells << query->value(1).toString() << query->value(2).toString();
            cells << query->value(3).toString() << query->value(4).toString() << query->value(5).toString()
                  << query->value(6).toString() << query->value(7).toString() << query->value(8).toString()
                  << dateCell(query->value(9)) << query->value(10).toString() << query->value(11).toString()
                  << dateCell(query->value(12));
            if (!sink->write(cells))
                return failed();
            ++rows;
        }
    }
    if (!sink->finish())
        return failed();
    if (m_policy) {
        QStringList criterion = {whatKey(options.what)};
        if (!f.round.isEmpty())
            criterion << QStringLiteral("round=") + f.round;
        if (!f.area.isEmpty())
            criterion << QStringLiteral("area=") + f.area;
        if (!f.caseworker.isEmpty())
            criterion << QStringLiteral("caseworker=") + f.caseworker;
        if (!f.status.isEmpty())
            criterion << QStringLiteral("status=") + f.status;
        criterion << (personal ? QStringLiteral("with personal data") : QStringLiteral("without personal data"));
        if (auto logged = m_policy->recordAccess(QStringLiteral("export"), 0, QString(),
                                                 criterion.join(QStringLiteral(", ")), QFileInfo(path).fileName());
            !logged)
            return logged.error();
    }
    return rows;
}

} // namespace sagstjek
