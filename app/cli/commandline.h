#pragma once

#include "cli.h"

namespace sagstjek::cli {

// The usage texts, all printed from the declarations.
// "card CASE_NUMBER [--as-of DATE] [--json]"; `path` is the command's words ("users", "add").
QString usageLine(const QStringList &path, const Command &command);
// `sagstjek-cli` without a command, or with --help.
void printGlobalUsage(QTextStream &stream);
// `sagstjek-cli COMMAND --help`: usage, description, arguments and options with their types; for a group, its
// subcommands.
void printHelp(QTextStream &stream, const QStringList &path, const Command &command);

// Checks `words` (the command's arguments, global options already taken out) against the declaration and
// fills `args` with them. Returns what is wrong, or an empty string.
QString parseArguments(const Command &command, const QStringList &words, Args &args);

// Finds the command named by the first words of `words` (descending into groups) and runs it: validates its
// arguments, opens the database and checks the permission it declared, then calls its handler. `help` prints
// that command's help instead. Returns the exit code.
int dispatch(Context &context, QStringList words, bool help);

} // namespace sagstjek::cli
