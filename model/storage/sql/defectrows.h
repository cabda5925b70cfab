#pragma once

#include "domain/review.h"

#include <QSqlQuery>

namespace sagstjek::sql {

// The columns of a defect as both the review repository and the defect tracker select them (d = defects,
// c = cases); the tracker appends its own after these.
QString defectColumns();
// A defect from a row that starts with defectColumns().
Defect defectFrom(const QSqlQuery &q);

} // namespace sagstjek::sql
