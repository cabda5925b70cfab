# The storage seam, enforced by the build: only sagstjek_storage links Qt SQL. Every other target gets a folder
# of stand-in Qt SQL headers ahead of Qt's own, each an #error, so `#include <QSqlQuery>` and
# `#include <QtSql/QSqlQuery>` outside the storage implementation stop the build with the reason.
set(SAGSTJEK_SQL_POISON_DIR ${CMAKE_BINARY_DIR}/sql-boundary)
file(GLOB SAGSTJEK_QTSQL_HEADERS LIST_DIRECTORIES false "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_HEADERS}/QtSql/*")
if(NOT SAGSTJEK_QTSQL_HEADERS)
  message(FATAL_ERROR "Qt SQL headers not found under ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_HEADERS}/QtSql")
endif()
foreach(header ${SAGSTJEK_QTSQL_HEADERS})
  get_filename_component(name ${header} NAME)
  set(text "#error \"Only the storage implementation (model/storage/sql, sqlite, postgres) may use Qt SQL (${name}); use the storage interfaces in model/storage, see ARCHITECTURE.md\"\n")
  file(CONFIGURE OUTPUT ${SAGSTJEK_SQL_POISON_DIR}/QtSql/${name} CONTENT "${text}")
  file(CONFIGURE OUTPUT ${SAGSTJEK_SQL_POISON_DIR}/${name} CONTENT "${text}")
endforeach()

function(sagstjek_forbid_sql target)
  target_include_directories(${target} BEFORE PRIVATE ${SAGSTJEK_SQL_POISON_DIR})
endfunction()
