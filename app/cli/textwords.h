#pragma once

// The words of the CLI's text output (issue 12). With --lang da (or a Danish environment) a human reads areas,
// statuses, severities, round kinds and dates in Danish (domain/words.h: "Afsluttet", "Væsentlig", 05-03-2026).
// In English the text output keeps the keys and ISO dates it has always shown, which scripts already read; --json
// always has the stable English keys and ISO dates.

#include "cli.h"

#include "domain/review.h"
#include "domain/round.h"
#include "domain/statuses.h"

namespace sagstjek::cli::shown {

bool inWords(const Context &c);
// The Danish or the English text, by the run's language.
QString say(const Context &c, const QString &danish, const QString &english);
QString area(const Context &c, const QString &key);
QString caseStatus(const Context &c, ReviewStatus status);
QString reviewStatus(const Context &c, ReviewStatus status);
QString roundReviewStatus(const Context &c, ReviewStatus status);
QString roundKind(const Context &c, RoundKind kind);
QString roundStatus(const Context &c, RoundStatus status);
QString actionStatus(const Context &c, ActionStatus status);
QString defectStatus(const Context &c, DefectStatus status);
QString severity(const Context &c, Severity severity);
QString date(const Context &c, const QDate &date);

} // namespace sagstjek::cli::shown
