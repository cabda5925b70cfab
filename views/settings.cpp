#include "settings.h"

#include "storage/databaselocation.h"

#include <QFileInfo>

namespace sagstjek {

namespace {

struct KeyInfo {
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

const KeyInfo &info(AppSettings::Key key)
{
    static const KeyInfo table[] = {
        {AppSettings::Key::Language, "ui/language", QStringLiteral("system")},
        {AppSettings::Key::RecentFiles, "files/recent", QStringList()},
        {AppSettings::Key::ImportFolder, "files/importFolder", QString()},
        {AppSettings::Key::ShowGuidance, "cuecard/showGuidance", true},
        {AppSettings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {AppSettings::Key::WindowState, "window/state", QByteArray()},
        {AppSettings::Key::SplitterState, "window/splitter", QByteArray()},
    };
    for (const KeyInfo &entry : table)
        if (entry.key == key)
            return entry;
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

QVariant AppSettings::value(Key key) const
{
    const KeyInfo &i = info(key);
    return m_settings.value(QLatin1String(i.name), i.defaultValue);
}

bool AppSettings::contains(Key key) const
{
    return m_settings.contains(QLatin1String(info(key).name));
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const KeyInfo &i = info(key);
    if (m_settings.value(QLatin1String(i.name), i.defaultValue) == value)
        return;
    m_settings.setValue(QLatin1String(i.name), value);
    emit changed(key);
}

bool AppSettings::isServerLocation(const QString &location)
{
    auto where = DatabaseLocation::parse(location);
    return where && where->isServer();
}

QStringList AppSettings::recentFiles() const
{
    QStringList existing;
    const QStringList all = value(Key::RecentFiles).toStringList();
    for (const QString &path : all)
        if ((isServerLocation(path) || QFileInfo::exists(path)) && !existing.contains(path))
            existing << path;
    return existing.mid(0, MaxRecentFiles);
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList files = value(Key::RecentFiles).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    setValue(Key::RecentFiles, QStringList(files.mid(0, MaxRecentFiles)));
}

} // namespace sagstjek
