#pragma once

#include "storage/settingsstore.h"

#include <QSqlDatabase>

namespace sagstjek {

class SqlSettingsStore final : public SettingsStore {
public:
    explicit SqlSettingsStore(QSqlDatabase &db)
        : m_db(db)
    {
    }
    Result<std::optional<QString>> value(const QString &key) override;
    Status set(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;
    Result<QList<std::pair<QString, QString>>> withPrefix(const QString &prefix) override;

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
