// The words a user reads instead of keys (domain/words.h), the one date format per language, the question that
// follows the rule version in force, and the CLI's text output in Danish with --lang da (issue 12).
#include "domain/areas.h"
#include "domain/words.h"
#include "rules/ruleevaluator.h"
#include "services/templatecatalog.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sagstjek;
using namespace Qt::StringLiterals;

class TestWords : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void everyKeyHasAWordInBothLanguages_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("danish");
        QTest::addColumn<QString>("english");
        for (const QString &key : Areas::keys())
            QTest::addRow("area %s", qPrintable(key)) << key << words::area(key, u"da"_s) << words::area(key, u"en"_s);
        for (ReviewStatus s : {ReviewStatus::NotStarted, ReviewStatus::InProgress, ReviewStatus::Completed,
                               ReviewStatus::SentBack, ReviewStatus::Reopened, ReviewStatus::Approved})
            QTest::addRow("review status %s", qPrintable(reviewStatusKey(s)))
                << reviewStatusKey(s) << words::reviewStatus(s, u"da"_s) << words::reviewStatus(s, u"en"_s);
        for (Severity s : {Severity::Critical, Severity::Major, Severity::Minor})
            QTest::addRow("severity %s", qPrintable(severityKey(s)))
                << severityKey(s) << words::severity(s, u"da"_s) << words::severity(s, u"en"_s);
        for (DefectStatus s :
             {DefectStatus::Open, DefectStatus::Remediated, DefectStatus::Verified, DefectStatus::Reopened})
            QTest::addRow("defect status %s", qPrintable(defectStatusKey(s)))
                << defectStatusKey(s) << words::defectStatus(s, u"da"_s) << words::defectStatus(s, u"en"_s);
        for (RoundKind k : {RoundKind::Walkthrough, RoundKind::Sample, RoundKind::Supervision, RoundKind::SelfCheck})
            QTest::addRow("round kind %s", qPrintable(roundKindKey(k)))
                << roundKindKey(k) << words::roundKind(k, u"da"_s) << words::roundKind(k, u"en"_s);
        for (RoundStatus s : {RoundStatus::Active, RoundStatus::Closed})
            QTest::addRow("round status %s", qPrintable(roundStatusKey(s)))
                << roundStatusKey(s) << words::roundStatus(s, u"da"_s) << words::roundStatus(s, u"en"_s);
        for (ActionStatus s : {ActionStatus::Open, ActionStatus::Done})
            QTest::addRow("action status %s", qPrintable(actionStatusKey(s)))
                << actionStatusKey(s) << words::actionStatus(s, u"da"_s) << words::actionStatus(s, u"en"_s);
        // "Administrator" is the same word in both languages, so it is checked by name below.
        for (Role r : {Role::Caseworker, Role::Consultant, Role::Coordinator, Role::Leader})
            QTest::addRow("role %s", qPrintable(roleKey(r)))
                << roleKey(r) << words::role(r, u"da"_s) << words::role(r, u"en"_s);
        for (const char *key : {"case_number",
                                "cpr",
                                "name",
                                "area",
                                "subgroup",
                                "caseworker",
                                "review_status",
                                "round",
                                "reviewer",
                                "completed",
                                "item",
                                "answer",
                                "computed_verdict",
                                "override_reason",
                                "answered_by",
                                "answered_at",
                                "description",
                                "severity",
                                "owner",
                                "due",
                                "created_by",
                                "created_at"})
            QTest::addRow("field %s", key)
                << QString::fromLatin1(key) << words::field(QString::fromLatin1(key), u"da"_s)
                << words::field(QString::fromLatin1(key), u"en"_s);
    }

    void everyKeyHasAWordInBothLanguages()
    {
        QFETCH(QString, key);
        QFETCH(QString, danish);
        QFETCH(QString, english);
        QVERIFY(!danish.isEmpty());
        QVERIFY(!english.isEmpty());
        QVERIFY2(danish != key, qPrintable(danish)); // never the key itself
        QVERIFY2(danish.toLower() != key.toLower() || key == u"igu", qPrintable(danish));
    }

    void theWordsADanishUserKnows()
    {
        QCOMPARE(words::area(u"cash-benefit"_s, u"da"_s), u"Kontanthjælp"_s);
        QCOMPARE(words::reviewStatus(ReviewStatus::Completed, u"da"_s), u"Afsluttet"_s);
        QCOMPARE(words::caseStatus(ReviewStatus::Approved, u"da"_s), u"Afsluttet"_s);
        QCOMPARE(words::roundReviewStatus(ReviewStatus::Completed, u"da"_s), u"Afventer godkendelse"_s);
        QCOMPARE(words::reviewStatusOfKey(u"sent-back"_s, u"da"_s), u"Sendt tilbage"_s);
        QCOMPARE(words::severityOfKey(u"major"_s, u"da"_s), u"Væsentlig"_s);
        QCOMPARE(words::defectStatusOfKey(u"verified"_s, u"da"_s), u"Kontrolleret"_s);
        QCOMPARE(words::verdictOfKey(u"missing-data"_s, u"da"_s), u"Mangler data"_s);
        QCOMPARE(words::answerOfKey(u"not-met"_s, u"da"_s), u"nej"_s);
        QCOMPARE(words::field(u"case_number"_s, u"da"_s), u"Sagsnummer"_s);
        QCOMPARE(words::role(Role::Coordinator, u"da"_s), u"Faglig koordinator"_s);
        QCOMPARE(words::role(Role::Administrator, u"da"_s), u"Administrator"_s);
        QCOMPARE(words::field(u"area"_s, u"da"_s), u"Område"_s);
        // What is not a key stays as it is: a user's own text is never "translated".
        QCOMPARE(words::area(u"Noget andet"_s, u"da"_s), u"Noget andet"_s);
        QCOMPARE(words::reviewStatusOfKey(u"whatever"_s, u"da"_s), u"whatever"_s);
        QCOMPARE(words::field(u"takeover"_s, u"da"_s), QString()); // named by its template
        // The UI language is what the translator was installed with: English until set.
        QCOMPARE(words::uiLanguage(), u"en"_s);
        words::setUiLanguage(u"da"_s);
        QCOMPARE(words::area(u"igu"_s), u"IGU"_s);
        QCOMPARE(words::area(u"sickness-benefit"_s), u"Sygedagpenge"_s);
        QCOMPARE(Areas::label(u"sickness-benefit"_s), u"Sygedagpenge"_s);
        words::setUiLanguage(u"en"_s);
        QCOMPARE(Areas::label(u"sickness-benefit"_s), u"Sickness benefit"_s);
    }

    void subgroupsAndItemsByTheirTemplate()
    {
        auto cards = templatecatalog::builtIn();
        QVERIFY(cards.ok());
        const CueCard *integration = nullptr;
        for (const CueCard &card : cards.value())
            if (card.area == u"integration")
                integration = &card;
        QVERIFY(integration && !integration->subgroups.isEmpty());
        const NamedField &sub = integration->subgroups.first();
        QCOMPARE(words::subgroup(cards.value(), u"integration"_s, sub.key, u"da"_s), sub.label.da);
        QCOMPARE(words::subgroup(cards.value(), u"integration"_s, u"no-such"_s, u"da"_s), u"no-such"_s);
        const CueCardItem *item = integration->items().first();
        QCOMPARE(words::itemQuestion(cards.value(), item->key, u"da"_s), item->text.da);
        QCOMPARE(words::itemQuestion(cards.value(), item->key, u"en"_s), item->text.en);
    }

    void oneDateFormatPerLanguage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("shown");
        QTest::newRow("Danish day") << u"2026-03-05"_s << u"da"_s << u"05-03-2026"_s;
        QTest::newRow("English day") << u"2026-03-05"_s << u"en"_s << u"2026-03-05"_s;
        QTest::newRow("not a date") << u"soon"_s << u"da"_s << u"soon"_s;
        QTest::newRow("empty") << QString() << u"da"_s << QString();
    }

    void oneDateFormatPerLanguage()
    {
        QFETCH(QString, input);
        QFETCH(QString, language);
        QFETCH(QString, shown);
        QCOMPARE(words::dateText(input, language), shown);
        const QDate day = QDate::fromString(input, Qt::ISODate);
        QCOMPARE(words::date(day, language), day.isValid() ? shown : QString());
    }

    // Item 10 of the integration card: the older law counts 2 follow-ups in 6 months, the law from 2020 counts 4.
    // The question a reviewer reads is the one of the rule version that computed the verdict.
    void theQuestionFollowsTheRuleVersionInForce_data()
    {
        QTest::addColumn<QDate>("takeover");
        QTest::addColumn<QDate>("visitation");
        QTest::addColumn<QString>("asks");
        QTest::newRow("taken over in 2019: the older law") << QDate(2019, 3, 1) << QDate(2019, 3, 20) << u"mindst 2"_s;
        QTest::newRow("visited in 2021: the law from 2020") << QDate(2021, 3, 1) << QDate(2021, 3, 20) << u"mindst 4"_s;
    }

    void theQuestionFollowsTheRuleVersionInForce()
    {
        QFETCH(QDate, takeover);
        QFETCH(QDate, visitation);
        QFETCH(QString, asks);
        auto cards = templatecatalog::builtIn();
        QVERIFY(cards.ok());
        const CueCardItem *item = nullptr;
        for (const CueCard &card : cards.value())
            if (!item)
                item = card.item(u"integration.followup.count"_s);
        QVERIFY(item);
        rules::CaseFacts facts;
        facts.area = u"integration"_s;
        facts.subgroup = u"refugee"_s;
        facts.dates.insert(u"takeover"_s, takeover);
        facts.dates.insert(u"visitation"_s, visitation);
        rules::EvaluationContext context;
        context.referenceDate = u"takeover"_s;
        context.today = QDate(2026, 1, 1);
        const rules::Verdict verdict = rules::evaluate(facts, item->applies, item->rules, context);
        QVERIFY2(!verdict.ruleVersion.isEmpty(), qPrintable(verdict.explanation));
        const QString question = item->question(verdict.ruleVersion).da;
        QVERIFY2(question.contains(asks), qPrintable(question));
        // The count the rule checks is the count the question asks for.
        for (const QJsonValue &version : item->rules)
            if (version[u"version"].toString() == verdict.ruleVersion)
                QVERIFY(question.contains(u"mindst %1"_s.arg(version[u"check"][u"min"].toInt())));
        QVERIFY(!item->question(verdict.ruleVersion).en.isEmpty());
        // Without a verdict (no rule version known) the item's own question.
        QCOMPARE(item->question(QString()).da, item->text.da);
    }

    // Sickness benefit before the 2014 reform: reassessed after 52 weeks within 18 months, not 22 within 9.
    void theOlderSicknessBenefitRuleAsksForItsOwnLimit()
    {
        auto cards = templatecatalog::builtIn();
        QVERIFY(cards.ok());
        const CueCardItem *item = nullptr;
        for (const CueCard &card : cards.value())
            if (!item)
                item = card.item(u"sickness-benefit.reassessment.in_time"_s);
        QVERIFY(item && item->rules.size() == 2);
        const QString older = item->rules.at(0)[u"version"].toString();
        const QString newer = item->rules.at(1)[u"version"].toString();
        QVERIFY2(item->question(older).da.contains(u"52 uger inden for 18"_s), qPrintable(item->question(older).da));
        QVERIFY(item->question(older).en.contains(u"52 weeks within 18"_s));
        QVERIFY2(item->question(newer).da.contains(u"22 uger inden for 9"_s), qPrintable(item->question(newer).da));
    }

    // The card the CLI shows (the same review service as the app's cue card) asks what the rule in force counts.
    void theCardAsksWhatTheRuleInForceCounts()
    {
        const QString db = m_dir.filePath(u"card.db"_s);
        {
            auto created = testsupport::fileDatabase(m_dir, u"card.db"_s);
        }
        const QString file = testsupport::writeFile(m_dir, u"card.csv"_s,
                                                    "case_number;name;area;subgroup;takeover;visitation\n"
                                                    "OLD-1;Åse;integration;refugee;2019-03-01;2019-03-20\n"
                                                    "NEW-1;Bo;integration;refugee;2021-03-01;2021-03-20\n");
        QCOMPARE(testsupport::runCli({u"--db"_s, db, u"import-cases"_s, file}).exitCode, 0);
        for (const auto &[caseNumber, asks] : {std::pair{u"OLD-1"_s, u"mindst 2"_s}, {u"NEW-1"_s, u"mindst 4"_s}}) {
            const auto card = testsupport::runCli({u"--db"_s, db, u"--lang"_s, u"da"_s, u"card"_s, caseNumber,
                                                   u"--as-of"_s, u"2022-01-01"_s, u"--json"_s});
            QCOMPARE(card.exitCode, 0);
            QString question;
            for (const QJsonValue &item : QJsonDocument::fromJson(card.out).object().value(u"items").toArray())
                if (item[u"key"].toString() == u"integration.followup.count")
                    question = item[u"text"].toString();
            QVERIFY2(question.contains(asks), qPrintable(caseNumber + u": "_s + question));
        }
    }

    // sagstjek-cli --lang da: areas, statuses and dates in Danish; --json keeps its keys; English keeps the keys.
    void theCliSpeaksDanishWithLangDa()
    {
        const QString db = m_dir.filePath(u"cli.db"_s);
        {
            auto created = testsupport::fileDatabase(m_dir, u"cli.db"_s);
        }
        const QString file = testsupport::writeFile(m_dir, u"cases.csv"_s,
                                                    "case_number;name;area;takeover\n"
                                                    "W-1;Åse;cash-benefit;2019-03-05\n");
        QCOMPARE(testsupport::runCli({u"--db"_s, db, u"import-cases"_s, file}).exitCode, 0);
        const auto danish = testsupport::runCli({u"--db"_s, db, u"--lang"_s, u"da"_s, u"cases"_s});
        QCOMPARE(danish.exitCode, 0);
        const QString text = QString::fromUtf8(danish.out);
        QVERIFY2(text.contains(u"\tKontanthjælp\t"_s) && text.contains(u"\tIkke startet"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"cash-benefit"_s) && !text.contains(u"not-started"_s), qPrintable(text));
        const auto english = testsupport::runCli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"cases"_s});
        QVERIFY2(english.out.contains("\tcash-benefit\t") && english.out.contains("\tnot-started"),
                 english.out.constData());
        const auto json = testsupport::runCli({u"--db"_s, db, u"--lang"_s, u"da"_s, u"cases"_s, u"--json"_s});
        const QJsonObject row = QJsonDocument::fromJson(json.out).array().first().toObject();
        QCOMPARE(row.value(u"area").toString(), u"cash-benefit"_s);
        QCOMPARE(row.value(u"status").toString(), u"not-started"_s);
    }
};

QTEST_MAIN(TestWords)
#include "tst_words.moc"
