#include "storage/postgres/pgschema.h"

#include "storage/sql/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace sagstjek::pgschema {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sagstjek::Database", text);
}

// The steps after the baseline, each a list of statements: step i brings the schema to BaselineVersion + i + 1.
// Append one whenever SQLite's migrations get one (tst_pgserver compares the two versions).
const QList<QStringList> &steps()
{
    static const QList<QStringList> all;
    return all;
}

QString baselineScript()
{
    QFile file(QStringLiteral(":/postgres/schema-10.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

int latestVersion()
{
    return BaselineVersion + int(steps().size());
}

QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!inBody && (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("--"))))
            continue;
        current += line + u'\n';
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && trimmed.endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<int> installedVersion(QSqlDatabase &db)
{
    auto table = sql::scalar(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    if (!table)
        return table.error();
    if (!table->toBool())
        return 0;
    auto version = sql::scalar(db, QStringLiteral("SELECT version FROM schema_version WHERE id = 1"));
    if (!version)
        return version.error();
    return version->isValid() ? version->toInt() : 0;
}

Result<int> migrate(QSqlDatabase &db, bool create)
{
    int before = 0;
    auto migrated = inTransaction(db, [&]() -> Status {
        // One schema change at a time: a second `server init` or `server upgrade` waits here, then finds it done.
        if (auto locked = sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(5347545301)")); !locked)
            return locked.error();
        auto installed = installedVersion(db);
        if (!installed)
            return installed.error();
        before = installed.value();
        if (before > latestVersion())
            return databaseError(tr("The team server's database was made by a newer version of Sagstjek (schema %1); "
                                    "this version knows schema %2. Update Sagstjek.")
                                     .arg(before)
                                     .arg(latestVersion()));
        QList<QStringList> pending;
        if (before == 0 && !create) {
            return databaseError(tr("The database has no Sagstjek schema to upgrade: set it up with \"server "
                                    "init\"."));
        } else if (before == 0) {
            const QStringList baseline = statementsOf(baselineScript());
            if (baseline.isEmpty())
                return databaseError(tr("The team server's schema is missing from this build."));
            pending << baseline;
        } else if (before < BaselineVersion) {
            return databaseError(tr("The team server's database has schema %1, older than any this version can "
                                    "upgrade.")
                                     .arg(before));
        }
        pending << steps().mid(qMax(before, BaselineVersion) - BaselineVersion);
        for (const QStringList &step : std::as_const(pending))
            for (const QString &statement : step)
                if (auto ran = sql::run(db, statement); !ran)
                    return databaseError(tr("Setting up the team server's schema failed: %1").arg(ran.error().message));
        if (auto stored = sql::run(db,
                                   QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, ?) "
                                                  "ON CONFLICT (id) DO UPDATE SET version = excluded.version"),
                                   {latestVersion()});
            !stored)
            return stored.error();
        return Ok{};
    });
    if (!migrated)
        return migrated.error();
    return before;
}

QMap<QString, QString> expectedTriggers()
{
    static const QRegularExpression function(
        QStringLiteral(R"(^CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+(\w+)\s*\(.*?\$\$(.*)\$\$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression trigger(
        QStringLiteral(R"(^CREATE\s+TRIGGER\s+(\w+)\s.*EXECUTE\s+(?:FUNCTION|PROCEDURE)\s+(\w+)\s*\()"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QMap<QString, QString> bodies;
    QMap<QString, QString> triggers;
    QList<QStringList> all{statementsOf(baselineScript())};
    all << steps();
    for (const QStringList &step : std::as_const(all))
        for (const QString &statement : step) {
            if (const auto f = function.match(statement); f.hasMatch())
                bodies.insert(f.captured(1).toLower(), f.captured(2).simplified());
            else if (const auto t = trigger.match(statement); t.hasMatch())
                triggers.insert(t.captured(1), t.captured(2).toLower());
        }
    for (auto it = triggers.begin(); it != triggers.end(); ++it)
        it.value() = bodies.value(it.value());
    return triggers;
}

} // namespace sagstjek::pgschema
