#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace sagstjek::migrations {

// Feature schema steps, each in its own file so features can grow their schema independently until they are
// released. After a release a step is frozen: later changes go into a new step appended in migrations.cpp.
QStringList trustStep();          // 2
QStringList roundsStep();         // 3
QStringList reviewsByRoundStep(); // 4
QStringList reportingStep();      // 5
QStringList auditSchemeStep();    // 6
QStringList scaleStep();          // 7
QStringList roundArchiveStep();   // 8
QStringList listPagingStep();     // 9
// 10: items by id. Its statements, then its code (marking the answers older than the audit trail's row states),
// then the statements that need the old table gone.
QStringList itemsStep();
Status itemsStepCode(QSqlDatabase &db);
QStringList itemsStepAfter();
QStringList rowVersionsStep();    // 11
QStringList globalIdsStep();      // 13
QStringList fixedTemplatesStep(); // 14

} // namespace sagstjek::migrations
