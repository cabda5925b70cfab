#pragma once

#include <QByteArray>
#include <QString>

namespace sagstjek::strictjson {

// The first key that occurs twice in one object of `json` (already known to be valid JSON), or an empty string.
// QJsonDocument keeps only one of them silently ("last wins"), so a template or a mapping could say one thing to a
// reader of the file and another to the app (issue 14); such files are refused instead.
QString duplicateKey(const QByteArray &json);

} // namespace sagstjek::strictjson
