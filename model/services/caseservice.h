#pragma once

#include "core/result.h"
#include "storage/caserepository.h"

#include <QCoreApplication>

namespace sagstjek {

class Session;

// What a background thread needs to count a search as the acting user sees it (the case list's "N cases").
struct CaseCountRequest {
    QString location; // the database file; ":memory:" cannot be read by a second connection
    QString user;
    QString language;
    CaseFilter filter;
};

// Finding cases: the case list in the GUI and `sagstjek-cli cases` both go through here. A caseworker sees only
// their own cases (the scope is applied inside every query, whatever the caller asked for), and every search
// or listing is a use of personal data written to the access log with its criterion (a CPR number masked,
// plus one entry per case a CPR look-up found).
class CaseService {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::CaseService)
public:
    explicit CaseService(Session &session);

    // The filter as the acting user may use it.
    CaseFilter scoped(CaseFilter filter) const;
    // Writes the access-log entry for a search or listing with `filter`. Call once per search the user makes,
    // not per page fetched.
    Status recordSearch(const CaseFilter &filter);
    // The criterion as the access log shows it ("cpr=DDMMYY-XXXX area=integration"; "all cases").
    static QString criterionText(const CaseFilter &filter);

    Result<int> count(const CaseFilter &filter);
    // The request that counts `filter` for this service's user in another thread (countInBackground).
    CaseCountRequest countRequest(const CaseFilter &filter) const;
    // Counts on a read-only connection of its own (Database::openReader), with the same user's policy and scope,
    // in the thread that calls it (a connection belongs to the thread that opened it). Writes nothing.
    static Result<int> countInBackground(const CaseCountRequest &request);
    Result<QList<CaseRow>> page(const CaseFilter &filter, int offset, int limit);
    Result<QString> reviewStatus(qint64 caseId, qint64 roundId);
    // The id of the case with `caseNumber` (a front end names cases by number); a NotFound error when none.
    Result<qint64> idForNumber(const QString &caseNumber);
    // The teams the cases name, sorted (for choosing a team; team names are not case data).
    Result<QStringList> teams();

private:
    Session &m_session;
};

} // namespace sagstjek
