#pragma once

#include "storage/templaterepository.h"

#include <QSqlDatabase>

namespace sagstjek {

// TemplateRepository on either backend (SQLite or PostgreSQL): bound statements on the database's connection.
class SqlTemplateRepository final : public TemplateRepository {
public:
    explicit SqlTemplateRepository(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Result<qint64> store(const CueCard &card, const QString &user) override;
    Result<CueCard> load(qint64 id) override;
    Result<CueCard> latestForArea(const QString &area) override;
    Result<qint64> find(const QString &key, int version) override;
    Result<int> latestVersion(const QString &key) override;
    Result<QStringList> answeredItemKeys(const QString &key) override;
    Result<QList<TemplateSummary>> list() override;

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
