// Must not build: the module-qualified spelling is refused as well (tests/CMakeLists.txt, sql_boundary_*).
#include <QtSql/QSqlDatabase>

int sqlBoundaryModuleProbe()
{
    return 0;
}
