#include "storage/sql/defectrows.h"

#include <QVariant>

namespace sagstjek::sql {

QString defectColumns()
{
    return QStringLiteral("d.id, d.review_id, d.case_id, c.case_number, d.item_key, d.description, d.severity, "
                          "d.owner, d.due, d.status, d.created_by, d.created_at, d.version");
}

Defect defectFrom(const QSqlQuery &q)
{
    Defect d;
    d.id = q.value(0).toLongLong();
    d.reviewId = q.value(1).toLongLong();
    d.caseId = q.value(2).toLongLong();
    d.caseNumber = q.value(3).toString();
    d.itemKey = q.value(4).toString();
    d.description = q.value(5).toString();
    d.severity = severityFromKey(q.value(6).toString()).value_or(Severity::Major);
    d.owner = q.value(7).toString();
    d.due = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    d.status = defectStatusFromKey(q.value(9).toString()).value_or(DefectStatus::Open);
    d.createdBy = q.value(10).toString();
    d.createdAt = q.value(11).toString();
    d.version = q.value(12).toInt();
    return d;
}

} // namespace sagstjek::sql
