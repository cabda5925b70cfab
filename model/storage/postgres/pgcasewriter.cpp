#include "storage/postgres/pgcasewriter.h"

#include "domain/statuses.h"
#include "storage/database.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/globalid.h"
#include "storage/sql/sqlcaserepository.h"

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

} // namespace

PgCaseWriter::PgCaseWriter(QSqlDatabase &db)
    : m_db(db)
    // An existing case number (compared without case, as the column's collation does) inserts nothing and returns
    // no id: on PostgreSQL a refused row would spoil the whole transaction.
    , m_insertCase(QStringLiteral("INSERT INTO cases (case_number, cpr, name, area, subgroup, caseworker, team, "
                                  "review_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT (case_number) DO NOTHING RETURNING id"))
    , m_insertEvent(QStringLiteral("INSERT INTO case_events (case_id, kind, event_date, form, reason, note_written, "
                                   "description, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
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
    QList<qint64> ids;
    ids.reserve(cases.size());
    for (const CaseFile &c : cases) {
        auto inserted = m_insertCase.run(m_db, {required(c.caseNumber), c.cpr, required(c.name), required(c.area),
                                                c.subgroup, c.caseworker, c.team,
                                                reviewStatusKey(caseListStatus(c.reviewStatus)), m_now, m_now});
        if (!inserted)
            return inserted.error();
        auto row = sql::next(*inserted.value());
        if (!row)
            return row.error();
        if (!row.value()) {
            ids << 0; // the case number exists (in the table or earlier in this batch)
            continue;
        }
        const qint64 id = inserted.value()->value(0).toLongLong();
        inserted.value()->finish();
        ids << id;
        if (auto written = writeDates(id, c.dates); !written)
            return written.error();
        if (auto events = writeEvents(id, c.events); !events)
            return events.error();
    }
    return ids;
}

Status PgCaseWriter::writeDates(qint64 id, const QHash<QString, QDate> &dates)
{
    // All of a case's dates in one statement: a round trip each would cost more than the rows.
    QString statement;
    QVariantList values;
    for (auto it = dates.cbegin(); it != dates.cend(); ++it) {
        if (!it.value().isValid())
            continue;
        statement += statement.isEmpty() ? QStringLiteral("INSERT INTO case_dates (case_id, field, value) VALUES "
                                                          "(?, ?, ?)")
                                         : QStringLiteral(", (?, ?, ?)");
        values << id << it.key() << it.value().toString(Qt::ISODate);
    }
    if (statement.isEmpty())
        return Ok{};
    if (auto ran = sql::run(m_db, statement, values); !ran)
        return ran.error();
    return Ok{};
}

Status PgCaseWriter::writeEvents(qint64 id, const QList<CaseEvent> &events)
{
    for (const CaseEvent &e : events)
        if (auto ran = m_insertEvent.run(m_db, {id, e.kind, dateText(e.date), e.form, e.reason, dateText(e.noteWritten),
                                                e.description, sql::newGlobalId()});
            !ran)
            return ran.error();
    return Ok{};
}

Status PgCaseWriter::update(qint64 id, const CaseFile &c)
{
    if (auto ran = m_update.run(m_db, {c.cpr, c.name, c.area, c.subgroup, c.caseworker, c.team, utcNow(), id}); !ran)
        return ran.error();
    if (auto ran = m_deleteDates.run(m_db, {id}); !ran)
        return ran.error();
    return writeDates(id, c.dates);
}

} // namespace sagstjek
