#pragma once

#include <QString>

namespace sagstjek::plaintext {

// Text from users and files, made safe to print on a terminal or write into a log line (issue 14): every control
// character (C0, DEL, C1, and the bidirectional overrides that reorder what a reader sees) becomes a visible
// escape ("\n", "\t", "\x1b", "\u202e"), and a backslash becomes "\\", so an escaped text cannot be mistaken for
// another. Printable text, Danish letters included, is kept as written.
QString escaped(const QString &text);

// True when `text` holds a character escaped() would change (other than the backslash).
bool hasControlCharacters(const QString &text);

// What a log keeps of text in a user's or a file's words: CPR numbers masked (cpr::maskInText), control
// characters escaped, and at most `maxLength` characters (cut with "…").
QString forLog(const QString &text, int maxLength);

} // namespace sagstjek::plaintext
