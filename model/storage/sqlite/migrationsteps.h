#pragma once

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

} // namespace sagstjek::migrations
