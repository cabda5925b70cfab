#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

namespace sagstjek {

// Typed settings keys with their defaults in one table (settings.cpp); widgets never spell a QSettings key.
class AppSettings : public QObject {
    Q_OBJECT
public:
    enum class Key {
        Language,       // "system", "da" or "en"
        RecentFiles,    // QStringList, newest first
        ImportFolder,   // QString: the folder of the last file imported
        ShowGuidance,   // bool: the "what to look for" text under each item
        WindowGeometry, // QByteArray
        WindowState,    // QByteArray
        SplitterState,  // QByteArray
    };
    Q_ENUM(Key)

    static constexpr int MaxRecentFiles = 8;

    explicit AppSettings(QObject *parent = nullptr);

    QVariant value(Key key) const;
    // Whether the key was ever written (its value is not just the default).
    bool contains(Key key) const;
    void setValue(Key key, const QVariant &value);

    QString language() const { return value(Key::Language).toString(); }
    bool showGuidance() const { return value(Key::ShowGuidance).toBool(); }
    // The recent files that still exist, newest first.
    // Files and team servers (their locations, never a password), newest first; files that are gone are left out.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    static bool isServerLocation(const QString &location);

signals:
    void changed(sagstjek::AppSettings::Key key);

private:
    mutable QSettings m_settings;
};

} // namespace sagstjek
