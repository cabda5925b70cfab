#pragma once

#include "cli.h"

namespace sagstjek::cli::roundscli {

// For `answer … --round NAME` and `complete … --round NAME`: the id of the named round, whose review the command
// works on (0 without --round: the review outside any round). Returns -1 when done, else the exit code.
int roundFromArgs(Context &c, qint64 &roundId);

} // namespace sagstjek::cli::roundscli
