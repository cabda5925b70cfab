#pragma once

#include <QIcon>

namespace sagstjek::icons {

// Every icon the views use, from resources/icons through :/ paths only.
QIcon app();

} // namespace sagstjek::icons
