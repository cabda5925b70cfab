#pragma once

// The register of Ankestyrelsen's decisions on complaints and the reversal rate (omgørelsesprocent), issue 10.
//
// Reversal rate = (changed + annulled + remitted) / (upheld + changed + annulled + remitted); rejected and
// referred decisions were not decided on the merits and are counted beside it, never in it
// (shared/domain/REFERENCE.md § 5). Per paragraph and in total for a period, with n and the exact two-sided
// 95 % interval (services/statistics.h); a paragraph with fewer than 5 decisions on the merits is too few to
// judge.
//
// Re-importing: a decision with a case number is one decision per natural key (case number, paragraph, date,
// outcome): a row whose key is already registered is counted as "already registered" and not added again, and a
// repeated row within the file is reported as a warning. Decisions without a case number cannot be told apart, so
// per (paragraph, date, outcome) the file's rows are matched against those already registered: a file with two
// such rows where the register holds one adds one. Importing the same file twice therefore never doubles a count.

#include "core/result.h"
#include "services/caseimporter.h"
#include "services/importmapping.h"
#include "services/statistics.h"
#include "storage/complaintrepository.h"

#include <QObject>

namespace sagstjek {

class Database;
class Session;
class TableFile;

// One decision as a user enters it.
struct ComplaintInput {
    QString caseNumber; // optional
    QString paragraph;
    QDate decided;
    ComplaintOutcome outcome = ComplaintOutcome::Upheld;
    QString note;
};

struct AddedComplaint {
    qint64 id = 0;
    QString warning; // e.g. the case number is not in the database (the decision still counts)
};

// One paragraph's decisions in a period (or all paragraphs together), with the reversal rate.
struct ComplaintFigures {
    QString paragraph;
    QString paragraphKey;
    int upheld = 0;
    int changed = 0;
    int annulled = 0;
    int remitted = 0;
    int rejected = 0;
    int referred = 0;

    int decided() const { return upheld + changed + annulled + remitted; } // on the merits
    int reversed() const { return changed + annulled + remitted; }
    int notConsidered() const { return rejected + referred; }
    int all() const { return decided() + notConsidered(); }
    stats::Reversal reversal() const { return {reversed(), decided()}; }
    bool tooFew() const { return reversal().tooFew(); }
};

struct ComplaintReport {
    QDate from; // invalid: open
    QDate to;
    QList<ComplaintFigures> paragraphs; // sorted by paragraph key
    ComplaintFigures total;
};

class ComplaintService : public QObject {
    Q_OBJECT
public:
    explicit ComplaintService(Session &session, QObject *parent = nullptr);

    // Registers one decision (ManageComplaints). A known case number links the case; an unknown one is kept as
    // text with a warning. A decision with a case number that is already registered is refused.
    Result<AddedComplaint> add(const ComplaintInput &input);
    // Removes a decision (ManageComplaints).
    Status remove(qint64 id);
    // The register, newest first, as the case access policy allows: a caseworker sees the decisions on their own
    // cases only; an administrator, who reads no case data, sees them without case numbers.
    Result<QList<ComplaintDecision>> list(ComplaintFilter filter = {});
    // The paragraphs already registered (for completion).
    Result<QStringList> paragraphs();
    // The figures for a period (either end may be open), for every user: they name no citizen.
    Result<ComplaintReport> report(const QDate &from = {}, const QDate &to = {});

    // Imports decisions from a CSV or XLSX file (ManageComplaints): all rows or none. Columns case_number
    // (optional), paragraph, decided, outcome; the Danish headers Sagsnummer, Paragraf, Afgørelsesdato and Udfald
    // are recognised. `applied` is false when a row had an error or on a dry run.
    Result<ImportSummary> importFile(TableFile &file, const ImportMapping &mapping = {}, bool dryRun = false);
    static QList<ImportTarget> importTargets();

signals:
    void changed();

private:
    Result<qint64> insertChecked(ComplaintDecision decision);

    Session &m_session;
    Database &m_db;
};

} // namespace sagstjek
