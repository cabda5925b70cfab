#pragma once

#include "domain/review.h"
#include "services/caseimporter.h"
#include "services/importmapping.h"

#include <QCoreApplication>

#include <optional>

namespace sagstjek {

class AccessPolicy;
class Database;
class Session;
class TableFile;

// An old review sheet ("styringsark"): one row per case, one column per check, maybe a note column. Columns
// map to cue-card items by key or Danish/English text; values ja/nej/ikke relevant, yes/no/n/a, x, OK/Fejl,
// 1/0. Every case becomes a review with answers (through ReviewService, so computed verdicts, audit and
// defects behave exactly as when a reviewer answers), "not met" opens a defect described by the row's note,
// and the review is completed when every applicable item is answered. One transaction: all or nothing.
class ReviewSheetImporter {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::ReviewSheetImporter)
public:
    struct Options {
        QString templateKey;
        QString roundName; // empty: the review outside rounds
        QDate reviewDate;  // when the old review was made; default: today
        bool dryRun = false;
    };
    // Answers as the session's user, under their access rules for each case.
    explicit ReviewSheetImporter(Session &session);

    // created = reviews written, unchanged = cases already reviewed (left as they are).
    Result<ImportSummary> importFile(TableFile &file, const ImportMapping &mapping, const Options &options);

    // ja/nej/ikke relevant, yes/no/n/a, x, OK/Fejl, 1/0, met/not-met/na; empty → unanswered (nullopt). *ok is
    // false when the text is not an answer.
    static std::optional<AnswerValue> parseAnswer(const QString &text, bool *ok);

private:
    Session &m_session;
    Database &m_db;
};

} // namespace sagstjek
