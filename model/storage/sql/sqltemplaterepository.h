#pragma once

#include "storage/sql/sql.h"
#include "storage/templaterepository.h"

#include <QHash>
#include <QSqlDatabase>

namespace sagstjek {

// TemplateRepository on either backend (SQLite or PostgreSQL): bound statements on the database's connection.
class SqlTemplateRepository final : public TemplateRepository {
public:
    explicit SqlTemplateRepository(QSqlDatabase &db)
        : m_db(db)
        , m_body(QStringLiteral("SELECT body FROM templates WHERE id = ?"))
        , m_latest(QStringLiteral("SELECT id FROM templates WHERE area = ? ORDER BY version DESC, id DESC LIMIT 1"))
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
    // Cards parsed before, by id: every answer reads its card, and parsing (strict JSON, the rules) cost more than
    // the rest of the answer (a third of tst_reports' time). A stored template is fixed (schema 14), so a card read
    // once stays true for the connection.
    QHash<qint64, CueCard> m_parsed;
    sql::Prepared m_body;   // every answer's card: prepared once
    sql::Prepared m_latest; // every review's start
};

} // namespace sagstjek
