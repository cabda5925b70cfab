#pragma once

#include <QString>

class QCoreApplication;

namespace sagstjek::language {

// The UI language: "da" or "en". Chosen, in order, by the SAGSTJEK_LANGUAGE environment variable, the
// command line, the setting (unless "system"), and the system locale (Danish → "da", else "en").
QString resolve(const QString &commandLine, const QString &setting);

// Installs Sagstjek's and Qt's own translations for `language` and makes its locale the default (dates,
// numbers). Safe to call more than once: the previous translators are removed.
void install(const QString &language);

// The language installed last ("en" before install()).
QString current();

} // namespace sagstjek::language
