// Opening, refusing and migrating database files.
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql/auditlog.h"
#include "storage/sql/auditseal.h"
#include "storage/sql/globalid.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlitedatabase.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace sagstjek;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    static QStringList schemaOf(QSqlDatabase &db)
    {
        QStringList schema;
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            schema << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
        return schema;
    }

    // Every answer with its item's key, whatever the schema stores: "review|key|answer|note|by|at", in order.
    static QStringList answersOf(QSqlDatabase &db)
    {
        const bool byId = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('answers') WHERE "
                                                         "name = 'item_id'"))
                              ->toInt() > 0;
        auto q = sql::run(db, byId ? QStringLiteral("SELECT a.review_id, i.key, a.answer, a.note, a.answered_by, "
                                                    "a.answered_at FROM answers a JOIN items i ON i.id = a.item_id "
                                                    "ORDER BY 1, 2")
                                   : QStringLiteral("SELECT review_id, item_key, answer, note, answered_by, "
                                                    "answered_at FROM answers ORDER BY 1, 2"));
        QStringList rows;
        while (q && q->next()) {
            QStringList fields;
            for (int i = 0; i < 6; ++i)
                fields << q->value(i).toString();
            rows << fields.join(u'|');
        }
        return rows;
    }

    // An answer written at schema 9 and its audit record as that version wrote them: the record's state keeps the
    // digest of the answer's row, item key and all (auditlog::record with the capture of schema 6 to 9).
    static void answerAtSchema9(QSqlDatabase &db, qint64 reviewId, const QString &key, const QString &answer)
    {
        QVERIFY(sql::run(db,
                         QStringLiteral("INSERT INTO answers (review_id, item_key, answer, answered_by, answered_at) "
                                        "VALUES (?, ?, ?, 'tester', '2026-01-02T10:00:00.000Z') ON CONFLICT "
                                        "(review_id, item_key) DO UPDATE SET answer = excluded.answer"),
                         {reviewId, key, answer})
                    .ok());
        auto row = sql::run(db,
                            QStringLiteral("SELECT review_id, item_key, answer, note, computed_verdict, "
                                           "computed_explanation, override_reason, answered_by, answered_at FROM "
                                           "answers WHERE review_id = ? AND item_key = ?"),
                            {reviewId, key});
        QVERIFY(row && row->next());
        QVariantList values;
        for (int i = 0; i < 9; ++i)
            values << row->value(i);
        const QString state =
            QString::fromUtf8(QJsonDocument(QJsonObject{{auditlog::stateKey(QStringLiteral("answers"), reviewId, key),
                                                         auditlog::rowDigest(values)}})
                                  .toJson(QJsonDocument::Compact));
        auto head = sql::run(db, QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
        QVERIFY(head && head->next());
        const qint64 id = head->value(0).toLongLong() + 1;
        const QString prev = head->value(1).toString();
        head->finish();
        const QString at = QStringLiteral("2026-01-02T10:00:%1.000Z").arg(id % 60, 2, 10, QLatin1Char('0'));
        const QString entityId = QStringLiteral("%1/%2").arg(reviewId).arg(key);
        const QString keyId = auditseal::keyId();
        const QString content = auditlog::contentHashOf({}, {}, {}, state);
        const QString hash = auditlog::hashOf2(prev, id, at, QStringLiteral("tester"), QStringLiteral("answer.set"),
                                               QStringLiteral("answer"), entityId, 1, keyId, content);
        QVERIFY(sql::run(db,
                         QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, entity, entity_id, case_id, "
                                        "prev_hash, hash, scheme, content_hash, state, key_id, mac) VALUES (?, ?, "
                                        "'tester', 'answer.set', 'answer', ?, 1, ?, ?, 2, ?, ?, ?, ?)"),
                         {id, at, entityId, prev, hash, content, state, keyId, auditseal::mac(hash.toLatin1())})
                    .ok());
    }

    static QString pragma(Database &db, const char *name)
    {
        auto value = sql::scalar(sqlOf(db), QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
        return value ? value->toString() : QString();
    }

private slots:
    void newDatabaseIsMigratedAndConfigured()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("new.db")), Database::OpenMode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), migrations::latestVersion());
        QCOMPARE(pragma(*db.value(), "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(*db.value(), "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*db.value(), "synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(*db.value(), "secure_delete"), QStringLiteral("1"));
        QCOMPARE(pragma(*db.value(), "application_id").toInt(), SqliteDatabase::ApplicationId);
    }

    void missingFileIsRefusedWhenOpeningExisting()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("absent.db")), Database::OpenMode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent.db"))));
    }

    void refusedFilesAreLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a text file is not a database")
            << QByteArray("case_number;name\nA;B\n") << QStringLiteral("not a Sagstjek database");
        QByteArray corrupt("SQLite format 3\0", 16);
        corrupt.append(QByteArray(4096, '\x7f'));
        QTest::newRow("a damaged SQLite file") << corrupt << QStringLiteral("damaged");
    }

    void refusedFilesAreLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = testsupport::fileHash(path);
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        QCOMPARE(testsupport::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void foreignSqliteDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = testsupport::fileHash(path);
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("not a Sagstjek database")),
                 qPrintable(db.error().message));
        QCOMPARE(testsupport::fileHash(path), before);
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db.ok());
            QSqlQuery(sqlOf(*db.value()))
                .exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1));
        }
        const QByteArray before = testsupport::fileHash(path);
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("newer version")), qPrintable(db.error().message));
        QCOMPARE(testsupport::fileHash(path), before);
    }

    void secondOpenOfTheSameFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one.db"));
        auto first = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(first.ok());
        auto second = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QStringLiteral("already open")), qPrintable(second.error().message));
        first = Result<std::unique_ptr<Database>>(Error{});
        auto third = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(third.ok(), "the lock must be released when the first database is closed");
    }

    // A large import writes from a worker thread on the writer the window lends it; the two connections never
    // both write (the WAL-reset bug of Debian 12's SQLite, PERF_RELIABILITY.md).
    void aLentWriterIsTheOnlyConnectionThatWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lend.db"));
        auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        QVERIFY2(!Database::openBorrowedWriter(path).ok(), "nothing is lent yet");
        auto memory = Database::openInMemory();
        QVERIFY2(!memory.value()->lendWriter().ok(), "an in-memory database has no second connection");

        auto loan = db.lendWriter();
        QVERIFY(loan.ok());
        QVERIFY2(!db.lendWriter().ok(), "one loan at a time");
        const Status refused = db.settings().set(QStringLiteral("probe"), QStringLiteral("lender"));
        QVERIFY2(!refused.ok(), "the lender must not write while its writer is lent");
        QVERIFY2(refused.error().message.contains(QStringLiteral("import is being written")),
                 qPrintable(refused.error().message));

        // The borrower opens, writes and closes in a thread of its own, as the import dialog's worker does.
        QString borrowerError;
        std::thread worker([&] {
            auto writer = Database::openBorrowedWriter(path);
            if (!writer.ok()) {
                borrowerError = writer.error().message;
                return;
            }
            if (Database::openBorrowedWriter(path).ok())
                borrowerError = QStringLiteral("a second borrower was let in");
            else if (auto set = writer.value()->settings().set(QStringLiteral("probe"), QStringLiteral("borrower"));
                     !set.ok())
                borrowerError = set.error().message;
        });
        worker.join();
        QVERIFY2(borrowerError.isEmpty(), qPrintable(borrowerError));
        QCOMPARE(db.settings().value(QStringLiteral("probe")).value().value_or(QString()), QStringLiteral("borrower"));

        loan = Result<std::unique_ptr<Database::WriterLoan>>(Error{});
        QVERIFY(db.settings().set(QStringLiteral("probe"), QStringLiteral("lender again")).ok());
        QVERIFY2(!Database::openBorrowedWriter(path).ok(), "the loan has ended");
        QCOMPARE(pragma(db, "quick_check"), QStringLiteral("ok"));
    }

    void everyEarlierVersionMigratesToTheSameSchema_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < migrations::latestVersion(); ++version)
            QTest::addRow("from schema %d", version) << version;
    }

    void everyEarlierVersionMigratesToTheSameSchema()
    {
        QFETCH(int, from);
        auto fresh = Database::openInMemory();
        QVERIFY(fresh.ok());
        const QStringList expected = schemaOf(sqlOf(*fresh.value()));

        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(old.open());
        QVERIFY(migrations::migrate(old, from).ok());
        QVERIFY(migrations::migrate(old).ok());
        QCOMPARE(schemaOf(old), expected);
        old.close();
        old = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
    }

    // Schema 10 (issue 13): answers name their item by id. A file of schema 9 with answers from before the audit
    // trail kept row states (schema 6) and answers recorded after it keeps every answer, and its trail verifies:
    // the records written before the migration against the rows as they are after it.
    void itemsByIdKeepEveryAnswerAndTheTrailVerifies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema9.db"));
        QStringList before;
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema9"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QVERIFY(migrations::migrate(old, 5).ok());
            QVERIFY(
                sql::run(old, QStringLiteral("PRAGMA application_id = %1").arg(SqliteDatabase::ApplicationId)).ok());
            for (const QString &statement :
                 {QStringLiteral("INSERT INTO templates (id, template_key, version, area, title_da, title_en, body, "
                                 "created_at, created_by) VALUES (1, 't', 1, 'integration', 't', 't', '{}', "
                                 "'2020-01-01', 'test')"),
                  QStringLiteral("INSERT INTO cases (id, case_number, name, area, created_at, updated_at) VALUES (1, "
                                 "'S1', 'Borger', 'integration', '2020-01-01', '2020-01-01'), (2, 'S2', 'Borger', "
                                 "'integration', '2020-01-01', '2020-01-01')"),
                  QStringLiteral("INSERT INTO reviews (id, case_id, template_id, reviewer, started_at, updated_at) "
                                 "VALUES (1, 1, 1, 'tester', '2020-01-01', '2020-01-01'), (2, 2, 1, 'tester', "
                                 "'2020-01-01', '2020-01-01')"),
                  // Before the trail kept row states: in no record's state.
                  QStringLiteral("INSERT INTO answers (review_id, item_key, answer, answered_by, answered_at) VALUES "
                                 "(1, 'integration.contract.signed', 'met', 'tester', '2020-01-01'), "
                                 "(1, 'integration.takeover.correct', NULL, 'tester', '2020-01-01')")})
                QVERIFY2(sql::run(old, statement).ok(), qPrintable(statement));
            QVERIFY(migrations::migrate(old, 9).ok());
            answerAtSchema9(old, 1, QStringLiteral("integration.contract.goal"), QStringLiteral("not-met"));
            answerAtSchema9(old, 2, QStringLiteral("integration.contract.signed"), QStringLiteral("na"));
            answerAtSchema9(old, 2, QStringLiteral("integration.takeover.correct"), QStringLiteral("met"));
            answerAtSchema9(old, 2, QStringLiteral("integration.contract.signed"), QStringLiteral("not-met"));
            before = answersOf(old);
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema9"));
        QCOMPARE(before.size(), 5);

        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QSqlDatabase &c = sqlOf(*db.value());
        QCOMPARE(db.value()->schemaVersion(), migrations::latestVersion());
        QCOMPARE(answersOf(c), before);
        // Schema 13: the rows written before get global ids (random: version 4), each its own, and giving a row its
        // id is no change a colleague's save could trip on (its version stays).
        static const QRegularExpression version4(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (const QString &table :
             {QStringLiteral("reviews"), QStringLiteral("answers"), QStringLiteral("audit_log")}) {
            auto uids = sql::run(c, QStringLiteral("SELECT uid FROM %1").arg(table));
            QSet<QString> seen;
            while (uids && uids->next()) {
                QVERIFY2(version4.match(uids->value(0).toString()).hasMatch(),
                         qPrintable(table + u' ' + uids->value(0).toString()));
                seen.insert(uids->value(0).toString());
            }
            QCOMPARE(seen.size(), sql::scalar(c, QStringLiteral("SELECT count(*) FROM %1").arg(table))->toInt());
        }
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM answers WHERE version <> 1"))->toInt(), 0);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT group_concat(key, ' ') FROM (SELECT key FROM items ORDER BY "
                                               "id)"))
                     ->toString(),
                 QStringLiteral("integration.contract.goal integration.contract.signed integration.takeover.correct"));
        // The two answers older than the trail's states are listed apart, and a record fixes the list.
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM answers_before_audit"))->toInt(), 2);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.items'"))->toInt(),
                 1);
        // The tallies the triggers kept still match a recount.
        auto integrity = db.value()->checkIntegrity(true);
        QVERIFY2(integrity.ok(), qPrintable(integrity.error().message));
        QVERIFY2(integrity->problems.isEmpty(), qPrintable(integrity->problems.join(u'\n')));

        auto verified = db.value()->audit().verify();
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        QCOMPARE(verified->rowsChecked, 3 + 1); // three answers recorded at schema 9, and the number of cases

        // A recorded answer changed behind the trail's back is still caught, by the record written at schema 9.
        const qint64 setter = sql::scalar(c, QStringLiteral("SELECT max(id) FROM audit_log WHERE state LIKE "
                                                            "'%answers/1/integration.contract.goal%'"))
                                  ->toLongLong();
        QVERIFY(sql::run(c, QStringLiteral("UPDATE answers SET note = 'edited' WHERE review_id = 1 AND item_id = "
                                           "(SELECT id FROM items WHERE key = 'integration.contract.goal')"))
                    .ok());
        verified = db.value()->audit().verify();
        QVERIFY(verified.ok());
        QVERIFY(!verified->intact);
        QCOMPARE(verified->brokenId, setter);
        QVERIFY2(verified->problem.contains(QStringLiteral("integration.contract.goal")),
                 qPrintable(verified->problem));
        QVERIFY(sql::run(c, QStringLiteral("UPDATE answers SET note = '' WHERE review_id = 1")).ok());
        verified = db.value()->audit().verify();
        QVERIFY2(verified.ok() && verified->intact, qPrintable(verified->problem));

        // An answer added without a record is not taken for one of those older than the trail.
        QVERIFY(sql::run(c, QStringLiteral("INSERT INTO items (key) VALUES ('forged.item')")).ok());
        QVERIFY(sql::run(c, QStringLiteral("INSERT INTO answers (review_id, item_id, answer, answered_by, "
                                           "answered_at) SELECT 1, id, 'met', 'mallory', 'x' FROM items WHERE key = "
                                           "'forged.item'"))
                    .ok());
        verified = db.value()->audit().verify();
        QVERIFY(verified.ok());
        QVERIFY(!verified->intact);
        QVERIFY2(verified->problem.contains(QStringLiteral("forged.item")), qPrintable(verified->problem));
    }

    // Ids written one after the other sort in the order they were made (the unique index grows at its end), also
    // many within one millisecond, and none repeats.
    void globalIdsFollowEachOtherInOrder()
    {
        QString previous;
        for (int i = 0; i < 20000; ++i) {
            const QString id = sql::newGlobalId();
            QCOMPARE(id.size(), 36);
            QVERIFY2(id > previous, qPrintable(previous + u' ' + id));
            previous = id;
        }
    }

    // The migration to schema 10 is one transaction: when it cannot finish, the file stays at schema 9 with every
    // answer where it was.
    void aFailedItemsMigrationLeavesSchema9()
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("half"));
        old.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(old.open());
        QVERIFY(migrations::migrate(old, 9).ok());
        for (const QString &statement :
             {QStringLiteral("INSERT INTO templates (id, template_key, version, area, title_da, title_en, body, "
                             "created_at, created_by) VALUES (1, 't', 1, 'integration', 't', 't', '{}', "
                             "'2020-01-01', 'test')"),
              QStringLiteral("INSERT INTO cases (id, case_number, name, area, created_at, updated_at) VALUES (1, "
                             "'S1', 'Borger', 'integration', '2020-01-01', '2020-01-01')"),
              QStringLiteral("INSERT INTO reviews (id, case_id, template_id, reviewer, started_at, updated_at) "
                             "VALUES (1, 1, 1, 'tester', '2020-01-01', '2020-01-01')"),
              QStringLiteral("INSERT INTO answers (review_id, item_key, answer, answered_by, answered_at) VALUES "
                             "(1, 'a', 'met', 'tester', '2020-01-01'), (1, 'b', NULL, 'tester', '2020-01-01')"),
              // A name the step needs is taken: it fails after it has moved every answer to the new table.
              QStringLiteral("CREATE VIEW answers_before_audit AS SELECT 1")})
            QVERIFY2(sql::run(old, statement).ok(), qPrintable(statement));
        const QStringList before = answersOf(old);
        QVERIFY(!migrations::migrate(old).ok());
        QCOMPARE(sql::scalar(old, QStringLiteral("PRAGMA user_version"))->toInt(), 9);
        QCOMPARE(answersOf(old), before);
        QCOMPARE(sql::scalar(old, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('items', "
                                                 "'answers_keyed')"))
                     ->toInt(),
                 0);
        QCOMPARE(sql::scalar(old, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                                 "name LIKE '%tally%'"))
                     ->toInt(),
                 4);
        old.close();
        old = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("half"));
    }

    void nestedTransactionsRollBackAlone()
    {
        auto db = testsupport::memoryDatabase();
        QSqlDatabase &c = sqlOf(*db);
        auto outer = inTransaction(c, [&]() -> Status {
            sql::run(c, QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
            auto inner = inTransaction(c, [&]() -> Status {
                sql::run(c, QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')"));
                return invalidInput(QStringLiteral("no"));
            });
            return inner ? Status(invalidInput(QStringLiteral("inner should fail"))) : Status(Ok{});
        });
        QVERIFY(outer.ok());
        // (audit.database_id is the schema's own row.)
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('a', 'b')"))->toInt(), 1);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT min(key) FROM settings WHERE key IN ('a', 'b')"))->toString(),
                 QStringLiteral("a"));
    }

    // Issue 13: PRAGMA optimize at close re-ran a full ANALYZE of reviews on every exit (an empty partial index
    // never gets statistics), 94 % of a one-answer CLI call at a million reviews. The close still leaves
    // statistics, but sampled (analysis_limit): the row count in sqlite_stat1 is an estimate, not a full count.
    void closingSamplesStatisticsInsteadOfAnalysingEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stats.db"));
        constexpr int Reviews = 20000;
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            QSqlDatabase &c = sqlOf(*db.value());
            auto filled = inTransaction(c, [&]() -> Status {
                for (const QString &statement :
                     {QStringLiteral(
                          "INSERT INTO templates (id, template_key, version, area, title_da, title_en, body, "
                          "created_at, created_by) VALUES (1, 't', 1, 'integration', 't', 't', '{}', "
                          "'2020-01-01', 'test')"),
                      QStringLiteral(
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                          "INSERT INTO cases (id, case_number, name, area, created_at, updated_at) SELECT i, "
                          "'S' || i, 'Borger ' || i, 'integration', '2020-01-01', '2020-01-01' FROM n")
                          .arg(Reviews),
                      // Every review in a round: the partial index reviews_case_no_round stays empty.
                      QStringLiteral("INSERT INTO reviews (case_id, template_id, round_id, reviewer, started_at, "
                                     "updated_at) SELECT id, 1, 1, 'r', '2020-01-01', '2020-01-01' FROM cases")}) {
                    if (auto ran = sql::run(c, statement); !ran)
                        return ran.error();
                }
                return Ok{};
            });
            QVERIFY2(filled.ok(), qPrintable(filled.error().message));
            // A query that plans with the reviews' indexes, as `card` and `answer` do.
            QVERIFY(sql::scalar(c, QStringLiteral("SELECT count(*) FROM reviews WHERE case_id = 7")).ok());
        }
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        auto stat = sql::scalar(sqlOf(*db.value()),
                                QStringLiteral("SELECT stat FROM sqlite_stat1 WHERE tbl = 'reviews' AND idx = "
                                               "'reviews_case'"));
        QVERIFY2(stat.ok(), qPrintable(stat.error().message));
        const QString rows = stat->toString().section(u' ', 0, 0);
        QVERIFY2(!rows.isEmpty(), "the close left no statistics for reviews");
        QVERIFY2(rows.toInt() != Reviews, qPrintable(QStringLiteral("a full ANALYZE ran at close: %1").arg(rows)));
    }

    void likeSearchEscapesWildcards()
    {
        QCOMPARE(sql::escapeLike(QStringLiteral("50%_a\\b")), QStringLiteral("50\\%\\_a\\\\b"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
