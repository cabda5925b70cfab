#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace sagstjek {

// The database's own settings (key → text): retention, backups, saved import mappings. Settings that belong
// to the person (language, window layout) live in QSettings instead.
class SettingsStore {
public:
    virtual ~SettingsStore();

    // The value, or std::nullopt when the key was never set.
    virtual Result<std::optional<QString>> value(const QString &key) = 0;
    virtual Status set(const QString &key, const QString &value) = 0;
    virtual Status remove(const QString &key) = 0;
    // Every key starting with `prefix` and its value, ordered by key.
    virtual Result<QList<std::pair<QString, QString>>> withPrefix(const QString &prefix) = 0;
};

namespace backup {
// Settings keys of the automatic backups and their defaults.
inline constexpr int DefaultKeep = 10;
QString keepKey();   // "backup.keep": how many automatic backups to keep (1–1000)
QString folderKey(); // "backup.folder": where automatic backups go (default: "<db>.backups" beside the file)
QString dailyKey();  // "backup.daily": "0" turns the daily backup off
} // namespace backup

} // namespace sagstjek
