// The shipped cue cards: every one parses, every rule is valid, every area has one and opens on a demo case.
#include "domain/areas.h"
#include "services/reviewservice.h"
#include "services/templatecatalog.h"
#include "services/templateservice.h"
#include "storage/caserepository.h"
#include "storage/settingsstore.h"
#include "storage/sql/sql.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

using namespace sagstjek;

class TestTemplates : public QObject {
    Q_OBJECT

private slots:
    void everyBuiltInTemplateParsesAndItsRulesAreValid()
    {
        auto cards = templatecatalog::builtIn();
        QVERIFY2(cards.ok(), qPrintable(cards.error().message));
        QSet<QString> areas;
        QSet<QString> itemKeys;
        for (const CueCard &card : cards.value()) {
            areas.insert(card.area);
            const QStringList problems = TemplateService::problems(card);
            QVERIFY2(problems.isEmpty(), qPrintable(card.key + QStringLiteral(": ") + problems.join(u'\n')));
            for (const CueCardItem *item : card.items()) {
                QVERIFY2(!itemKeys.contains(item->key), qPrintable(item->key));
                itemKeys.insert(item->key);
                QVERIFY2(item->key.startsWith(card.key + u'.'), qPrintable(item->key));
                for (const LocalizedText *text : {&item->text, &item->law, &item->guidance, &item->remediation}) {
                    QVERIFY2(!text->da.isEmpty() && !text->en.isEmpty(), qPrintable(item->key));
                }
            }
        }
        QCOMPARE(areas, QSet<QString>(Areas::keys().cbegin(), Areas::keys().cend()));
    }

    void theIntegrationCardHasTheStableItemKeys_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key :
             {"integration.contract.signed_in_time", "integration.contract.goal", "integration.declaration.signed",
              "integration.danish.referral_in_time", "integration.health.offer_in_time", "integration.followup.count",
              "integration.repatriation.guidance", "integration.sanctions.lawful", "integration.journal.timely",
              "integration.grants.matches"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

    void theIntegrationCardHasTheStableItemKeys()
    {
        QFETCH(QString, key);
        auto cards = templatecatalog::builtIn();
        for (const CueCard &card : cards.value())
            if (card.key == u"integration") {
                QVERIFY(card.item(key));
                return;
            }
        QFAIL("no integration template");
    }

    void everyAreasCardOpensOnADemoCase()
    {
        auto db = testsupport::memoryDatabase(true);
        auto serviceActor = testsupport::actor(*db, QStringLiteral("tester"));
        ReviewService service(*serviceActor.session);
        for (const QString &area : Areas::keys()) {
            auto id = sql::scalar(sqlOf(*db), QStringLiteral("SELECT id FROM cases WHERE area = ? LIMIT 1"), {area});
            QVERIFY(id.ok());
            QVERIFY2(!id->isNull(), qPrintable(QStringLiteral("no demo case in ") + area));
            auto state = service.open(ReviewRef{id->toLongLong()});
            QVERIFY2(state.ok(), qPrintable(state.error().message));
            QCOMPARE(state->card.area, area);
            QVERIFY(!state->applicableItems().isEmpty());
        }
    }

    // A database remembers which built-in templates it was given: an open with the same ones reads nothing more, an
    // update that ships other templates stores what the database lacks and remembers the new fingerprint.
    void theBuiltInTemplatesAreStoredAgainOnlyWhenTheShippedOnesChange()
    {
        auto db = testsupport::memoryDatabase(false);
        const QString fingerprint = templatecatalog::builtInFingerprint();
        QCOMPARE(fingerprint.size(), 64);
        auto given = db->settings().value(templatecatalog::builtInFingerprintKey());
        QVERIFY(given.ok() && given->has_value());
        QCOMPARE(given->value(), fingerprint);
        const auto countIgu = [&] {
            return sql::scalar(sqlOf(*db), QStringLiteral("SELECT count(*) FROM templates WHERE area = 'igu'"))
                ->toInt();
        };
        QCOMPARE(countIgu(), 1);

        // A template missing while the fingerprint matches is not looked for: nothing is parsed or written. (Sagstjek
        // never deletes one; its trigger refuses it, so the deletion is made as outside Sagstjek.)
        QVERIFY(!sql::run(sqlOf(*db), QStringLiteral("DELETE FROM templates WHERE area = 'igu'")).ok());
        QVERIFY(sql::run(sqlOf(*db), testsupport::onServer()
                                         ? QStringLiteral("DROP TRIGGER templates_kept ON templates")
                                         : QStringLiteral("DROP TRIGGER templates_kept"))
                    .ok());
        QVERIFY(sql::run(sqlOf(*db), QStringLiteral("DELETE FROM templates WHERE area = 'igu'")).ok());
        QVERIFY(templatecatalog::installBuiltIn(*db, QStringLiteral("tester")).ok());
        QCOMPARE(countIgu(), 0);

        // Templates from an older release: the open stores the one missing and remembers these.
        QVERIFY(db->settings().set(templatecatalog::builtInFingerprintKey(), QStringLiteral("older")).ok());
        QVERIFY(templatecatalog::installBuiltIn(*db, QStringLiteral("tester")).ok());
        QCOMPARE(countIgu(), 1);
        QCOMPARE(db->settings().value(templatecatalog::builtInFingerprintKey())->value(), fingerprint);
    }

    // A stored template is fixed (schema 14), so that a card read once is kept by its id: a key press reads none.
    void aStoredTemplateIsNeitherChangedNorDeleted()
    {
        auto db = testsupport::memoryDatabase(false);
        const qint64 id = sql::scalar(sqlOf(*db), QStringLiteral("SELECT min(id) FROM templates"))->toLongLong();
        QVERIFY(id > 0);
        auto card = db->templates().load(id);
        QVERIFY(card);
        for (const QString &statement : {QStringLiteral("UPDATE templates SET title_da = 'Ændret' WHERE id = ?"),
                                         QStringLiteral("UPDATE templates SET body = '{}' WHERE id = ?"),
                                         QStringLiteral("DELETE FROM templates WHERE id = ?")}) {
            auto ran = sql::run(sqlOf(*db), statement, {id});
            QVERIFY2(!ran, qPrintable(statement));
            QVERIFY2(ran.error().message.contains(u"never changed or deleted"), qPrintable(ran.error().message));
        }
        auto again = db->templates().load(id);
        QVERIFY(again);
        QCOMPARE(again->json, card->json);
    }

    void aNewVersionKeepsOldReviewsOnTheirVersion()
    {
        auto db = testsupport::memoryDatabase(true);
        auto koordinator = testsupport::actor(*db, QStringLiteral("koordinator"));
        TemplateService templates(*koordinator.session);
        auto reviewsActor = testsupport::actor(*db, QStringLiteral("tester"));
        ReviewService reviews(*reviewsActor.session);
        auto caseId = db->cases().idForNumber(QStringLiteral("INT-2018-0103"));
        QVERIFY(reviews.answer(ReviewRef{caseId.value()}, QStringLiteral("integration.contract.goal"), AnswerValue::Met)
                    .ok());
        auto before = reviews.open(ReviewRef{caseId.value()});
        const int oldVersion = before->card.version;

        CueCard edited = before->card;
        QJsonObject json = edited.json;
        QJsonArray sections = json.value(u"sections").toArray();
        QJsonObject contract = sections.at(1).toObject();
        QJsonArray items = contract.value(u"items").toArray();
        for (int i = 0; i < items.size(); ++i)
            if (items.at(i).toObject().value(u"key").toString() == u"integration.contract.goal")
                items.removeAt(i--);
        contract.insert(QStringLiteral("items"), items);
        sections.replace(1, contract);
        json.insert(QStringLiteral("sections"), sections);
        auto reparsed = CueCard::fromJson(json);
        QVERIFY(reparsed.ok());
        auto orphaned = templates.orphanedItems(reparsed.value());
        QVERIFY(orphaned->contains(QStringLiteral("integration.contract.goal")));
        auto saved = templates.saveNewVersion(reparsed.value());
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved->version, oldVersion + 1);

        auto after = reviews.open(ReviewRef{caseId.value()});
        QCOMPARE(after->card.version, oldVersion); // the started review keeps its version
        QVERIFY(after->card.item(QStringLiteral("integration.contract.goal")));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
