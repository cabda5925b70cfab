#pragma once

#include "storage/exportrows.h"

#include <QSqlDatabase>

namespace sagstjek {

class SqlExportRows final : public ExportRows {
public:
    explicit SqlExportRows(QSqlDatabase &db)
        : m_db(db)
    {
    }
    Status cases(const ExportScope &scope, const Visitor<ExportCaseRow> &visit) override;
    Status answers(const ExportScope &scope, const Visitor<ExportAnswerRow> &visit) override;
    Status defects(const ExportScope &scope, const Visitor<ExportDefectRow> &visit) override;

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
