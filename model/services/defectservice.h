#pragma once

#include "core/result.h"
#include "rules/clock.h"
#include "storage/defecttracker.h"

#include <QObject>

namespace sagstjek {

class Database;
class RoleLookup;

// Defects followed to closure: open → remediated (the owner says what was done and when) → verified by
// someone other than the remediator, or reopened. Bulk reassignment and due dates for the remediation
// tracker. Every change is one transaction with its audit record and a line in the defect's own history.
class DefectService : public QObject {
    Q_OBJECT
public:
    DefectService(Database &db, QString user, const RoleLookup &roles, QObject *parent = nullptr);
    void setUser(const QString &user) { m_user = user; }
    const QString &user() const { return m_user; }
    void setClock(const rules::Clock *clock) { m_clock = clock; }
    QDate today() const;

    Result<QList<TrackedDefect>> list(TrackerFilter filter);
    Result<TrackedDefect> load(qint64 defectId);
    Result<QList<DefectEvent>> history(qint64 defectId);

    // `doneOn` is when the fix was made (today when invalid); it cannot lie in the future.
    Status remediate(qint64 defectId, const QString &note, const QDate &doneOn = {});
    Status verify(qint64 defectId, const QString &note = {});
    Status reopen(qint64 defectId, const QString &note);
    // Bulk edits for the tracker: all or nothing.
    Status reassign(const QList<qint64> &defectIds, const QString &owner);
    Status setDue(const QList<qint64> &defectIds, const QDate &due);

signals:
    void defectsChanged();

private:
    Status change(qint64 defectId, const QString &action, const QString &note,
                  const std::function<Status(const TrackedDefect &)> &apply);

    Database &m_db;
    QString m_user;
    const RoleLookup &m_roles;
    const rules::Clock *m_clock = nullptr;
};

} // namespace sagstjek
