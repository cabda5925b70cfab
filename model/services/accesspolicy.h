#pragma once

#include "core/result.h"
#include "domain/casefile.h"
#include "domain/permission.h"
#include "domain/user.h"
#include "storage/accesslog.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace sagstjek {

class Database;

// Who may do what (issue #5), and the access log of every look-up of personal data.
//
// - consultant, coordinator, leader: open, review and complete any case;
// - caseworker: opens and self-checks their own cases (cases.caseworker is their name or display name) and
// the
//   cases assigned to them (the rounds feature plugs that in with setAssignmentLookup); sees their own
//   defects;
// - only a coordinator or a leader approves and verifies remediations;
// - only an administrator manages users and templates; administrators do not open cases;
// - a database without users: whoever opens it acts as administrator with every right (bootstrap), so the
//   first `users add NAME --role administrator` can be made; after that only known, active users get in.
//
// Every refusal is written to the access log: at once, or, when it happens inside a unit of work that may still
// roll back, by the next flushRefusals() (the services call it once their unit of work is over), so the record
// of a refused attempt survives the rollback.
class AccessPolicy {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::AccessPolicy)
public:
    using Permission = sagstjek::Permission;
    // What a user does with a case.
    enum class CaseAction { Open, Edit, Complete };
    // Tells whether `user` is assigned the case in an active review round: in round `roundId`, or in any when it
    // is 0. Without a lookup, only own cases count.
    using AssignmentLookup = std::function<bool(qint64 caseId, const User &user, qint64 roundId)>;

    // The policy for `name`: a known, active user, or the bootstrap administrator of a database with no
    // users. Unknown or deactivated users are refused (and the attempt is logged).
    static Result<std::unique_ptr<AccessPolicy>> forUser(Database &db, const QString &name);

    const User &user() const { return m_user; }
    bool isBootstrap() const { return m_bootstrap; }

    bool may(Permission permission) const;
    // Ok, or a refusal that says why (written to the access log).
    Status require(Permission permission);
    bool mayOpen(const CaseFile &caseFile) const;
    // Ok when the user may read case data in bulk (Permission::ReadCaseData: case lists and searches, defect
    // lists, exports, reports with case numbers); otherwise the refusal, written to the access log unless
    // `logRefusal` is false (a view refreshing a list it already showed refused).
    Status requireCaseData(bool logRefusal = true);
    // Ok when the user may do `action` with the case; otherwise a refusal that says why (written to the log).
    // Opening needs the case to be one's own or assigned in any active round; changing or completing a review
    // of a case one is assigned (not one's own) needs the assignment in that review's round, `roundId` (0:
    // outside any round, which an assignment never covers).
    Status check(CaseAction action, const CaseFile &caseFile, qint64 roundId = 0);
    // A refusal a service decides on (four eyes, an owner's defect): written to the access log like the
    // policy's own.
    Status deny(const QString &message, qint64 caseId = 0, const QString &caseNumber = {});
    // The case with `caseNumber`, when the user may open it; otherwise the refusal.
    Result<CaseFile> caseToOpen(const QString &caseNumber);
    // The caseworker name a caseworker's case and defect lists are limited to; empty for other roles.
    QString ownCasesScope() const;

    void setAssignmentLookup(AssignmentLookup lookup) { m_assigned = std::move(lookup); }

    // One entry each time the user opens a case (not for a service's own reads).
    Status recordOpened(const CaseFile &caseFile);

    // Access-log entries for the other kinds of use. `criterion` never holds a full CPR number (mask it).
    Status recordAccess(const QString &action, qint64 caseId, const QString &caseNumber, const QString &criterion = {},
                        const QString &purpose = {});
    // A search: one entry with the criterion, plus one per case it found when it was a CPR look-up.
    Status recordSearch(const QString &criterion, const QList<std::pair<qint64, QString>> &casesFound);

    // Writes the refusals collected inside a unit of work; nothing while one is still open.
    Status flushRefusals();

    static QString permissionText(Permission permission);

private:
    AccessPolicy(Database &db, User user, bool bootstrap);

    bool isOwnCase(const CaseFile &caseFile) const;
    // The one way into the access log: masks CPR numbers, escapes control characters and limits lengths.
    static Status log(Database &db, const AccessEntry &entry);

    Database &m_db;
    User m_user;
    bool m_bootstrap = false;
    AssignmentLookup m_assigned;
    QList<AccessEntry> m_refusals;
};

} // namespace sagstjek
