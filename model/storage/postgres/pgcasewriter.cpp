#include "storage/postgres/pgcasewriter.h"

#include "domain/statuses.h"
#include "storage/database.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/globalid.h"
#include "storage/sql/sqlcaserepository.h"
#include "storage/sql/tablecopy.h"

#include <QCoreApplication>

namespace sagstjek {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// A missing required field binds as NULL, so its NOT NULL column refuses the row; optional text binds ''.
QVariant required(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QVariant dateText(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

const tablecopy::Table &casesTable()
{
    static const tablecopy::Table table{
        QStringLiteral("cases"),
        {QStringLiteral("case_number"), QStringLiteral("cpr"), QStringLiteral("name"), QStringLiteral("area"),
         QStringLiteral("subgroup"), QStringLiteral("caseworker"), QStringLiteral("team"),
         QStringLiteral("review_status"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
        true};
    return table;
}

const tablecopy::Table &datesTable()
{
    static const tablecopy::Table table{QStringLiteral("case_dates"),
                                        {QStringLiteral("case_id"), QStringLiteral("field"), QStringLiteral("value")},
                                        false};
    return table;
}

const tablecopy::Table &eventsTable()
{
    static const tablecopy::Table table{QStringLiteral("case_events"),
                                        {QStringLiteral("case_id"), QStringLiteral("kind"),
                                         QStringLiteral("event_date"), QStringLiteral("form"), QStringLiteral("reason"),
                                         QStringLiteral("note_written"), QStringLiteral("description"),
                                         QStringLiteral("uid")},
                                        false};
    return table;
}

// Adds the case's valid dates to `dates`.
Status addDates(tablecopy::BatchInsert &dates, qint64 id, const QHash<QString, QDate> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (it.value().isValid())
            if (auto added = dates.add({id, it.key(), it.value().toString(Qt::ISODate)}); !added)
                return added;
    return Ok{};
}

} // namespace

PgCaseWriter::PgCaseWriter(QSqlDatabase &db)
    : m_db(db)
    , m_update(QStringLiteral("UPDATE cases SET cpr = ?, name = ?, area = ?, subgroup = ?, caseworker = ?, team = ?, "
                              "updated_at = ? WHERE id = ?"))
    , m_deleteDates(QStringLiteral("DELETE FROM case_dates WHERE case_id = ?"))
{
}

Status PgCaseWriter::begin(bool)
{
    m_now = utcNow();
    auditlog::noteCasesChanged(m_db);
    auto maxId = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM cases"));
    if (!maxId)
        return maxId.error();
    m_maxIdBefore = maxId->toLongLong();
    return Ok{};
}

Result<qint64> PgCaseWriter::caseCount()
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cases"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<qint64> PgCaseWriter::idForNumber(const QString &caseNumber)
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM cases WHERE case_number = ?"), {caseNumber});
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : qint64(0);
}

Result<CaseFile> PgCaseWriter::loadFields(qint64 id)
{
    return SqlCaseRepository::loadFields(m_db, id);
}

Result<qint64> PgCaseWriter::insert(const CaseFile &caseFile)
{
    auto ids = insertMany({caseFile});
    if (!ids)
        return ids.error();
    if (ids->first() == 0)
        return invalidInput(tr("The case number %1 already exists.").arg(caseFile.caseNumber));
    return ids->first();
}

Result<QList<qint64>> PgCaseWriter::insertMany(const QList<CaseFile> &cases)
{
    // Many cases, dates and events per statement: a statement a case and one an event made `generate` onto a server
    // 303 cases/s (issue 11).
    QList<qint64> ids;
    ids.reserve(cases.size());
    tablecopy::BatchInsert dates(m_db, datesTable());
    tablecopy::BatchInsert events(m_db, eventsTable());
    const int perInsert = tablecopy::rowsPerInsert(casesTable());
    for (qsizetype start = 0; start < cases.size(); start += perInsert) {
        const QList<CaseFile> part = cases.mid(start, perInsert);
        QVariantList values;
        for (const CaseFile &c : part)
            values << required(c.caseNumber) << c.cpr << required(c.name) << required(c.area) << c.subgroup
                   << c.caseworker << c.team << reviewStatusKey(caseListStatus(c.reviewStatus)) << m_now << m_now;
        // An existing case number (compared without case, as the column's collation does; also one earlier in the
        // batch) inserts nothing and returns no id: on PostgreSQL a refused row would spoil the whole transaction.
        auto inserted = sql::run(m_db,
                                 tablecopy::insertStatement(m_db, casesTable(), int(part.size())) +
                                     QStringLiteral(" ON CONFLICT (case_number) DO NOTHING RETURNING id, case_number"),
                                 values);
        if (!inserted)
            return inserted.error();
        QHash<QString, qint64> made; // by the number as given
        while (inserted->next())
            made.insert(inserted->value(1).toString(), inserted->value(0).toLongLong());
        if (auto done = sql::finished(inserted.value()); !done)
            return done.error();
        for (const CaseFile &c : part) {
            const qint64 id = made.take(c.caseNumber); // 0 for the number's second time in the batch
            ids << id;
            if (id == 0)
                continue;
            if (auto written = addDates(dates, id, c.dates); !written)
                return written.error();
            for (const CaseEvent &e : c.events)
                if (auto added = events.add({id, e.kind, dateText(e.date), e.form, e.reason, dateText(e.noteWritten),
                                             e.description, sql::newGlobalId()});
                    !added)
                    return added.error();
        }
    }
    if (auto written = dates.flush(); !written)
        return written.error();
    if (auto written = events.flush(); !written)
        return written.error();
    return ids;
}

Status PgCaseWriter::update(qint64 id, const CaseFile &c)
{
    if (auto ran = m_update.run(m_db, {c.cpr, c.name, c.area, c.subgroup, c.caseworker, c.team, utcNow(), id}); !ran)
        return ran.error();
    if (auto ran = m_deleteDates.run(m_db, {id}); !ran)
        return ran.error();
    tablecopy::BatchInsert dates(m_db, datesTable());
    if (auto added = addDates(dates, id, c.dates); !added)
        return added;
    return dates.flush();
}

} // namespace sagstjek
