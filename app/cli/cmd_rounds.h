#pragma once

#include "cli.h"

namespace sagstjek {
class ReviewService;
}

namespace sagstjek::cli::roundscli {

// For `answer … --round NAME` and `complete … --round NAME`: points `service` at the named round's review and
// lets the access policy know which cases are assigned to whom. Returns -1 when done, else the exit code.
int applyRound(Context &c, Database &db, ReviewService &service);

} // namespace sagstjek::cli::roundscli
