#pragma once

#include "core/result.h"
#include "domain/casefile.h"
#include "domain/grant.h"
#include "services/caseimporter.h"
#include "services/importmapping.h"
#include "services/session.h"
#include "storage/grantrepository.h"

#include <QObject>

namespace sagstjek {

class TableFile;

// What a grant report covers: a round's cases, a year, one case (each optional).
struct GrantReportFilter {
    qint64 roundId = 0;
    int year = 0;
    QString caseNumber;
    bool perCase = true; // false: the totals only (no case numbers, nothing written to the access log)
};

// Grants to correct at the year's accounts (berigtigelse af grundtilskud).
struct GrantReport {
    GrantReportFilter filter;
    QString roundName;
    // Per case: only the cases the user may open (a caseworker's own and assigned cases; none for an
    // administrator). casesLimited says that cases were left out of this list; the totals are not limited.
    QList<GrantCaseSum> cases;
    bool casesLimited = false;
    QList<GrantYearSum> years;
    GrantSum total;
    QList<GrantUnpriced> unpriced; // months with a difference and no rate: named, never priced at 0 kr.
};

// Grant lines per case and month, the dated rate table and the differences to repay or claim.
//
// Permissions: entering, removing and importing lines and setting rates take ManageGrants (consultant,
// coordinator, leader), on cases the user may open. Anyone with a user reads the rates and the totals (they
// name no citizen). Per-case lines follow the case access policy: a case's lines are read by those who may open
// the case (an "open" entry in the access log), and a report's per-case list holds only such cases. A report
// limited to one case is a read of that case and needs the right to open it. See SECURITY.md.
class GrantService : public QObject {
    Q_OBJECT
public:
    explicit GrantService(Session &session, QObject *parent = nullptr);

    // Sets (inserts or replaces) the case's line for line.month; returns the stored line.
    Result<GrantLine> setLine(const QString &caseNumber, const GrantLine &line);
    Status removeLine(const QString &caseNumber, const QString &month);
    // The case's lines by month. Reading them opens the case: an "open" entry in the access log, unless
    // alreadyOpened says the caller opened the case and logged it (the grants tab following the cue card).
    Result<QList<GrantLine>> lines(const QString &caseNumber, bool alreadyOpened = false);
    // The number of case `caseId`, when the user may open it (for a view that follows the case opened elsewhere).
    Result<QString> caseNumber(qint64 caseId);

    Result<QList<GrantRate>> rates();
    Status setRate(int year, qint64 rateOre, const QString &targetGroup = grants::Basic, const QString &source = {});

    Result<GrantReport> report(const GrantReportFilter &filter);
    // A round's totals for the round report and the dashboard (no per-case data, so for every user).
    Result<GrantSum> roundTotals(qint64 roundId);

    // Imports `case_number, month, received, entitled[, reason][, target_group]` (Danish headers Sagsnummer, Måned,
    // Modtaget, Berettiget, Årsag, Målgruppe map too). All or nothing unless skipInvalid; a line equal to the stored
    // one is "unchanged", so importing the same file again changes nothing.
    struct ImportOptions {
        bool skipInvalid = false;
        bool dryRun = false;
    };
    Result<ImportSummary> importFile(TableFile &file, const ImportMapping &mapping, const ImportOptions &options);

signals:
    void linesChanged(qint64 caseId);
    void ratesChanged();

private:
    const QString &user() const { return m_session.userName(); }
    // The case by number, when the user may open it (a refusal is logged by the policy).
    Result<CaseFile> openableCase(const QString &caseNumber);
    Status validate(GrantLine &line) const;

    Session &m_session;
    Database &m_db;
};

} // namespace sagstjek
