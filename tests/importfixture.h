#pragma once

// What the import and export tests (tst_import_*.cpp) share: a temporary folder to write files into, the
// fixture files, counts and the cases table's schema read from the database itself, and importing a file of
// cases as the dialog and the CLI do.
#include "domain/casefile.h"
#include "services/caseimporter.h"
#include "services/importmapping.h"
#include "services/tablefile.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

namespace importfixture {

struct Fixture {
    QTemporaryDir m_dir;

    static QString fixture(const QString &name)
    {
        return testsupport::fixturesPath() + QStringLiteral("/import/") + name;
    }

    static qint64 count(sagstjek::Database &db, const QString &statement)
    {
        auto value = sagstjek::sql::scalar(sqlOf(db), statement);
        return value ? value->toLongLong() : -1;
    }

    // The table of cases with its indexes and triggers, as the database describes them.
    static QString schemaOfCases(sagstjek::Database &db)
    {
        auto q = sagstjek::sql::run(
            sqlOf(db), testsupport::onServer()
                           ? QStringLiteral("SELECT string_agg(indexname || ':' || indexdef, '|' ORDER BY indexname) "
                                            "FROM pg_indexes WHERE tablename = 'cases'")
                           : QStringLiteral("SELECT group_concat(name || ':' || coalesce(sql, ''), '|') FROM "
                                            "(SELECT name, sql FROM sqlite_master WHERE tbl_name = 'cases' "
                                            "ORDER BY name)"));
        return q && q->next() ? q->value(0).toString() : QString();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return testsupport::writeFile(m_dir, name, content);
    }

    static QList<sagstjek::CueCard> cards(sagstjek::Database &db)
    {
        auto list = sagstjek::importmapping::currentCards(db);
        if (!list)
            qFatal("no cards");
        return list.value();
    }

    static sagstjek::ImportSummary importPath(sagstjek::Database &db, const QString &path,
                                              sagstjek::CaseImporter::Options options = {},
                                              const sagstjek::ImportMapping &mapping = {})
    {
        auto file = sagstjek::TableFile::open(path, mapping.sheet, mapping.encoding, mapping.headerRow);
        if (!file)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(file.error().message));
        auto actor = testsupport::actor(db);
        sagstjek::CaseImporter importer(*actor.session, cards(db));
        if (!options.today.isValid())
            options.today = QDate(2024, 6, 1);
        auto summary = importer.importFile(std::move(file.value()), mapping, options);
        if (!summary)
            qFatal("import failed: %s", qPrintable(summary.error().message));
        return summary.value();
    }

    static sagstjek::CaseFile load(sagstjek::Database &db, const QString &number)
    {
        sagstjek::CaseRepository &repository = db.cases();
        auto id = repository.idForNumber(number);
        if (!id)
            return {};
        return repository.load(id.value()).value();
    }
};

} // namespace importfixture
