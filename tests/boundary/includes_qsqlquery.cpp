// Must not build: a file outside model/storage/sqlite that includes Qt SQL (tests/CMakeLists.txt, sql_boundary_*).
#include <QSqlQuery>

int sqlBoundaryProbe()
{
    return 0;
}
