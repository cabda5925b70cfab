#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sagstjek {

// The case areas Sagstjek has cue cards for. Keys are stable identifiers used in files and the CLI.
class Areas {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::Areas)
public:
    static const QStringList &keys();
    static bool isKnown(const QString &key) { return keys().contains(key); }
    // The area's name in the UI language (words::area).
    static QString label(const QString &key);
};

} // namespace sagstjek
