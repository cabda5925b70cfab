#pragma once

#include "storage/defecttracker.h"

#include <QSqlDatabase>

namespace sagstjek {

// DefectTracker on either backend (SQLite or PostgreSQL): bound statements on the database's connection.
class SqlDefectTracker final : public DefectTracker {
public:
    explicit SqlDefectTracker(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<QList<TrackedDefect>> list(const TrackerFilter &filter) override;
    Result<QList<OwnerDefectCounts>> countByOwner(const TrackerFilter &filter) override;
    Result<TrackedDefect> load(qint64 defectId, const QDate &today) override;
    Status setRemediated(qint64 defectId, const QString &note, const QDate &on, const QString &by) override;
    Status setVerified(qint64 defectId, const QString &note, const QString &by) override;
    Status setReopened(qint64 defectId) override;
    Status setOwner(qint64 defectId, const QString &owner) override;
    Status setDue(qint64 defectId, const QDate &due) override;
    Status addEvent(qint64 defectId, const QString &action, const QString &user, const QString &note) override;
    Result<QList<DefectEvent>> events(qint64 defectId) override;

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
