#pragma once

#include "core/result.h"
#include "services/session.h"
#include "storage/defecttracker.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace sagstjek {

// Defects followed to closure: open → remediated (the owner says what was done and when) → verified by
// someone other than the remediator, or reopened. Bulk reassignment and due dates for the remediation
// tracker. Every change is one transaction with its audit record and a line in the defect's own history. A
// caseworker sees and works on the defects they own; verifying takes VerifyRemediation, bulk edits ManageRounds.
class DefectService : public QObject {
    Q_OBJECT
public:
    explicit DefectService(Session &session, QObject *parent = nullptr);
    const QString &user() const { return m_session.userName(); }
    QDate today() const { return m_session.today(); }

    // The defects `filter` selects that the user may see (a caseworker: their own), soonest due first.
    // The defects matching `filter` (a caseworker's own only). Refused for an administrator
    // (Permission::ReadCaseData); the refusal is written to the access log unless `logRefusal` is false (a
    // view refreshing its list, which is no attempt by the user).
    Result<QList<TrackedDefect>> list(TrackerFilter filter, bool logRefusal = true);
    // How many defects list() gives for `filter` without `after` and `limit`, counted in SQL (same refusal).
    Result<int> count(TrackerFilter filter, bool logRefusal = true);
    // The same defects handed to `row` one by one, read a keyset page at a time (constant memory at any size):
    // from after `filter.after`, at most `limit` of them (0: all).
    Status forEach(TrackerFilter filter, qint64 limit, const std::function<void(const TrackedDefect &)> &row);
    Result<TrackedDefect> load(qint64 defectId);
    Result<QList<DefectEvent>> history(qint64 defectId);
    // Item key → the item's question in `language`, from the current templates: what a list shows instead of the
    // key. Empty when the templates cannot be read.
    QHash<QString, QString> itemQuestions(const QString &language);

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
    // Ok when the user may record a remediation of the defect or reopen it: a consultant, coordinator or leader,
    // or the caseworker who owns it (administrators do not work on cases).
    Status mayWorkOn(const TrackedDefect &tracked);

    Session &m_session;
    Database &m_db;
};

} // namespace sagstjek
