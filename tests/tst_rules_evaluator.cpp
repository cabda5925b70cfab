// Rule evaluation: every check type and verdict, rule-version boundaries, subgroups, missing dates,
// malformed rules and the exact explanations in Danish and English (docs/TEMPLATE_FORMAT.md).

#include "rules/clock.h"
#include "rules/ruleevaluator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sagstjek::rules;

namespace {

const QString kContractP1M = uR"j([{"version": "INL § 19 (2013-)", "valid_from": null, "valid_to": null,
           "check": {"type": "deadline", "start": "takeover", "actual": "contract_signed", "period": "P1M",
                     "roll": "none"}}])j"_s;
const QString kContractRolled = uR"j([{"version": "INL § 19 rolled", "check": {"type": "deadline", "start": "takeover",
           "actual": "contract_signed", "period": "P1M", "roll": "next-working-day"}}])j"_s;
const QString kFirstConversationEow8 =
    uR"j([{"version": "SDL § 13 b", "check": {"type": "deadline", "start": "first_absence",
           "actual_event": "conversation", "period": "EOW8"}}])j"_s;
// I6: 3 months before the change (assumed 1 July 2016), 6 months from it.
const QString kHealthAssessment = uR"j([{"version": "INL § 15 d (-2016)", "valid_from": null, "valid_to": "2016-06-30",
           "check": {"type": "deadline", "start": "takeover", "actual": "health_offer", "period": "P3M"}},
          {"version": "INL § 15 d (2016-)", "valid_from": "2016-07-01", "valid_to": null,
           "check": {"type": "deadline", "start": "takeover", "actual": "health_offer", "period": "P6M"}}])j"_s;
// I7: the integrationsplan, repealed in 2016.
const QString kIntegrationPlan =
    uR"j([{"version": "INL § 15 a (2013-2016)", "valid_from": "2013-01-01", "valid_to": "2016-06-30",
           "check": {"type": "deadline", "start": "takeover", "actual": "plan_made", "period": "P3M"}}])j"_s;
const QString kDeclarationRecorded =
    uR"j([{"version": "INL § 19 declaration (2019-)", "valid_from": "2019-03-01", "valid_to": null,
           "check": {"type": "date_recorded", "field": "declaration_signed"}}])j"_s;
const QString kDeclarationOpen =
    uR"j([{"version": "always", "check": {"type": "date_recorded", "field": "declaration_signed"}}])j"_s;
const QString kFourConversations =
    uR"j([{"version": "INL § 20 (2019-)", "check": {"type": "event_count", "event": "conversation",
           "start": "takeover", "period": "P6M", "min": 4}}])j"_s;
const QString kNotesWithin3Days =
    uR"j([{"version": "Notatpligt", "check": {"type": "event_note_lag", "event": "conversation", "max": "P3D"}}])j"_s;
const QString kFormReason =
    uR"j([{"version": "Databek. § 20", "check": {"type": "event_form_reason", "event": "conversation"}}])j"_s;

QHash<QString, QDate> parseDates(const QString &text)
{
    QHash<QString, QDate> dates;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = pair.trimmed().split(u'=');
        dates.insert(parts.at(0), QDate::fromString(parts.value(1), Qt::ISODate));
    }
    return dates;
}

// "kind date form reason note; …" with "-" for an empty field.
QList<EventFact> parseEvents(const QString &text)
{
    QList<EventFact> events;
    for (const QString &item : text.split(u';', Qt::SkipEmptyParts)) {
        QStringList f = item.trimmed().split(u' ');
        for (QString &field : f) {
            if (field == u"-")
                field.clear();
        }
        events.append(EventFact{f.value(0), QDate::fromString(f.value(1), Qt::ISODate), f.value(2),
                                f.value(3).replace(u'_', u' '), QDate::fromString(f.value(4), Qt::ISODate)});
    }
    return events;
}

EvaluationContext context(const QString &language, QDate today, const QString &reference = u"takeover"_s)
{
    EvaluationContext c;
    c.referenceDate = reference;
    c.today = today;
    c.language = language;
    const bool da = language == u"da";
    c.dateLabels = {
        {u"takeover"_s, da ? u"Overtagelse"_s : u"Takeover"_s},
        {u"contract_signed"_s, da ? u"Kontrakt underskrevet"_s : u"Contract signed"_s},
        {u"first_absence"_s, da ? u"Første fraværsdag"_s : u"First day of absence"_s},
        {u"health_offer"_s, da ? u"Tilbud om helbredsvurdering"_s : u"Health assessment offered"_s},
        {u"plan_made"_s, da ? u"Integrationsplan udarbejdet"_s : u"Integration plan made"_s},
        {u"declaration_signed"_s, da ? u"Erklæring underskrevet"_s : u"Declaration signed"_s},
    };
    c.eventLabels = {{u"conversation"_s, da ? u"Opfølgningssamtale"_s : u"Follow-up conversation"_s}};
    c.subgroupLabels = {
        {u"refugee"_s, da ? u"Flygtning"_s : u"Refugee"_s},
        {u"family-reunified"_s, da ? u"Familiesammenført"_s : u"Family-reunified"_s},
        {u"self-supporting"_s, da ? u"Selvforsørgende"_s : u"Self-supporting"_s},
    };
    return c;
}

QJsonArray jsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test data: %s", qPrintable(error.errorString()));
    return doc.array();
}

QJsonObject jsonObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class tst_rules_evaluator : public QObject {
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void deadline_data();
    void deadline() { runRow(); }
    void ruleVersions_data();
    void ruleVersions() { runRow(); }
    void subgroups_data();
    void subgroups() { runRow(); }
    void dateRecorded_data();
    void dateRecorded() { runRow(); }
    void eventCount_data();
    void eventCount() { runRow(); }
    void eventNoteLag_data();
    void eventNoteLag() { runRow(); }
    void eventFormReason_data();
    void eventFormReason() { runRow(); }
    void malformedRules_data();
    void malformedRules() { runRow(); }

    void unlabelledKeysFallBackToTheKey();
    void clockDecidesPending();
    void verdictKeys();

    void validateRule_data();
    void validateRule();
    void validateRuleInDanish();
    void validateRuleAgainstTheTemplate();
    void validateRulesFindsOverlaps();

private:
    static void addColumns();
    static void runRow();
};

void tst_rules_evaluator::addColumns()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("applies");
    QTest::addColumn<QString>("subgroup");
    QTest::addColumn<QString>("dates");
    QTest::addColumn<QString>("events");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("actual");
    QTest::addColumn<int>("daysLate");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("explanation"); // exact; "~text" = contains text
}

void tst_rules_evaluator::runRow()
{
    QFETCH(QString, rules);
    QFETCH(QString, applies);
    QFETCH(QString, subgroup);
    QFETCH(QString, dates);
    QFETCH(QString, events);
    QFETCH(QDate, today);
    QFETCH(QString, language);
    QFETCH(QString, kind);
    QFETCH(QDate, due);
    QFETCH(QDate, actual);
    QFETCH(int, daysLate);
    QFETCH(QString, version);
    QFETCH(QString, explanation);

    const CaseFacts facts{u"integration"_s, subgroup, parseDates(dates), parseEvents(events)};
    const FixedClock clock(today);
    const Verdict verdict = evaluate(facts, jsonObject(applies), jsonArray(rules), context(language, clock.today()));

    QCOMPARE(verdictKey(verdict.kind), kind);
    if (explanation.startsWith(u'~'))
        QVERIFY2(verdict.explanation.contains(explanation.sliced(1)), qPrintable(verdict.explanation));
    else
        QCOMPARE(verdict.explanation, explanation);
    QVERIFY(!verdict.explanation.contains(u'\n'));
    QCOMPARE(verdict.due, due);
    QCOMPARE(verdict.actual, actual);
    QCOMPARE(verdict.daysLate, daysLate);
    QCOMPARE(verdict.ruleVersion, version);
}

void tst_rules_evaluator::deadline_data()
{
    addColumns();
    const QDate today(2024, 1, 1);
    const QString v = u"INL § 19 (2013-)"_s;

    QTest::newRow("the issue's example in Danish: signed 4 days after the 1-month deadline")
        << kContractP1M << QString() << u"refugee"_s << u"takeover=2019-02-01,contract_signed=2019-03-05"_s << QString()
        << today << u"da"_s << u"missed"_s << QDate(2019, 3, 1) << QDate(2019, 3, 5) << 4 << v
        << u"Kontrakt underskrevet 05-03-2019; frist 01-03-2019 (1 måned efter overtagelse 01-02-2019): 4 dage for sent"_s;
    QTest::newRow("the issue's example in English")
        << kContractP1M << QString() << u"refugee"_s << u"takeover=2019-02-01,contract_signed=2019-03-05"_s << QString()
        << today << u"en"_s << u"missed"_s << QDate(2019, 3, 1) << QDate(2019, 3, 5) << 4 << v
        << u"Contract signed 05-03-2019; due 01-03-2019 (1 month after takeover 01-02-2019): 4 days late"_s;
    QTest::newRow("one day late is singular in Danish")
        << kContractP1M << QString() << QString() << u"takeover=2019-02-01,contract_signed=2019-03-02"_s << QString()
        << today << u"da"_s << u"missed"_s << QDate(2019, 3, 1) << QDate(2019, 3, 2) << 1 << v
        << u"Kontrakt underskrevet 02-03-2019; frist 01-03-2019 (1 måned efter overtagelse 01-02-2019): 1 dag for sent"_s;
    QTest::newRow("one day late is singular in English")
        << kContractP1M << QString() << QString() << u"takeover=2019-02-01,contract_signed=2019-03-02"_s << QString()
        << today << u"en"_s << u"missed"_s << QDate(2019, 3, 1) << QDate(2019, 3, 2) << 1 << v
        << u"Contract signed 02-03-2019; due 01-03-2019 (1 month after takeover 01-02-2019): 1 day late"_s;
    QTest::newRow("signed on the last day is met")
        << kContractP1M << QString() << QString() << u"takeover=2019-02-01,contract_signed=2019-03-01"_s << QString()
        << today << u"da"_s << u"met"_s << QDate(2019, 3, 1) << QDate(2019, 3, 1) << 0 << v
        << u"Kontrakt underskrevet 01-03-2019; frist 01-03-2019 (1 måned efter overtagelse 01-02-2019): rettidigt"_s;
    QTest::newRow("signed the same day as the takeover is met, in English")
        << kContractP1M << QString() << QString() << u"takeover=2019-02-01,contract_signed=2019-02-01"_s << QString()
        << today << u"en"_s << u"met"_s << QDate(2019, 3, 1) << QDate(2019, 2, 1) << 0 << v
        << u"Contract signed 01-02-2019; due 01-03-2019 (1 month after takeover 01-02-2019): on time"_s;
    QTest::newRow("takeover 31 January 2024: the deadline clamps to 29 February")
        << kContractP1M << QString() << QString() << u"takeover=2024-01-31,contract_signed=2024-03-01"_s << QString()
        << QDate(2024, 6, 1) << u"en"_s << u"missed"_s << QDate(2024, 2, 29) << QDate(2024, 3, 1) << 1 << v
        << u"Contract signed 01-03-2024; due 29-02-2024 (1 month after takeover 31-01-2024): 1 day late"_s;
    QTest::newRow("a P0D deadline reads as the same day")
        << uR"j([{"version": "v0", "check": {"type": "deadline", "start": "contract_signed",
               "actual": "declaration_signed", "period": "P0D"}}])j"_s
        << QString() << QString() << u"contract_signed=2019-03-05,declaration_signed=2019-03-06"_s << QString() << today
        << u"da"_s << u"missed"_s << QDate(2019, 3, 5) << QDate(2019, 3, 6) << 1 << u"v0"_s
        << u"Erklæring underskrevet 06-03-2019; frist 05-03-2019 (samme dag som kontrakt underskrevet 05-03-2019): 1 dag for sent"_s;
    QTest::newRow("not signed yet and not yet due is pending")
        << kContractP1M << QString() << QString() << u"takeover=2019-02-01"_s << QString() << QDate(2019, 2, 20)
        << u"da"_s << u"pending"_s << QDate(2019, 3, 1) << QDate() << 0 << v
        << u"Kontrakt underskrevet er ikke registreret; frist 01-03-2019 (1 måned efter overtagelse 01-02-2019): fristen er ikke udløbet"_s;
    QTest::newRow("not signed on the last day is still pending")
        << kContractP1M << QString() << QString() << u"takeover=2019-02-01"_s << QString() << QDate(2019, 3, 1)
        << u"en"_s << u"pending"_s << QDate(2019, 3, 1) << QDate() << 0 << v
        << u"Contract signed not recorded; due 01-03-2019 (1 month after takeover 01-02-2019): not yet due"_s;
    QTest::newRow("not signed the day after the deadline is missing data")
        << kContractP1M << QString() << QString() << u"takeover=2019-02-01"_s << QString() << QDate(2019, 3, 2)
        << u"en"_s << u"missing-data"_s << QDate(2019, 3, 1) << QDate() << 0 << v
        << u"Contract signed not recorded; due 01-03-2019 (1 month after takeover 01-02-2019): the deadline has passed and the date is not recorded"_s;
    QTest::newRow("the deadline passed without a date, in Danish")
        << kContractP1M << QString() << QString() << u"takeover=2019-02-01"_s << QString() << today << u"da"_s
        << u"missing-data"_s << QDate(2019, 3, 1) << QDate() << 0 << v
        << u"Kontrakt underskrevet er ikke registreret; frist 01-03-2019 (1 måned efter overtagelse 01-02-2019): fristen er udløbet, og datoen er ikke registreret"_s;
    QTest::newRow("without a takeover date the deadline cannot be computed (Danish)")
        << kContractP1M << QString() << QString() << u"contract_signed=2019-03-05"_s << QString() << today << u"da"_s
        << u"missing-data"_s << QDate() << QDate() << 0 << v << u"Kan ikke beregnes: overtagelse mangler"_s;
    QTest::newRow("without a takeover date the deadline cannot be computed (English)")
        << kContractP1M << QString() << QString() << QString() << QString() << today << u"en"_s << u"missing-data"_s
        << QDate() << QDate() << 0 << v << u"Cannot be computed: takeover missing"_s;
    QTest::newRow("a rolled deadline on Saturday 9 March moves to Monday 11 March, so signing then is met")
        << kContractRolled << QString() << QString() << u"takeover=2019-02-09,contract_signed=2019-03-11"_s << QString()
        << today << u"da"_s << u"met"_s << QDate(2019, 3, 11) << QDate(2019, 3, 11) << 0 << u"INL § 19 rolled"_s
        << u"Kontrakt underskrevet 11-03-2019; frist 11-03-2019 (1 måned efter overtagelse 09-02-2019, rykket til næste arbejdsdag): rettidigt"_s;
    QTest::newRow("the same signing under a strict deadline is 2 days late")
        << kContractP1M << QString() << QString() << u"takeover=2019-02-09,contract_signed=2019-03-11"_s << QString()
        << today << u"en"_s << u"missed"_s << QDate(2019, 3, 9) << QDate(2019, 3, 11) << 2 << v
        << u"Contract signed 11-03-2019; due 09-03-2019 (1 month after takeover 09-02-2019): 2 days late"_s;
    QTest::newRow("a rolled deadline that falls on a working day does not move (and says nothing)")
        << kContractRolled << QString() << QString() << u"takeover=2019-02-06,contract_signed=2019-03-07"_s << QString()
        << today << u"en"_s << u"missed"_s << QDate(2019, 3, 6) << QDate(2019, 3, 7) << 1 << u"INL § 19 rolled"_s
        << u"Contract signed 07-03-2019; due 06-03-2019 (1 month after takeover 06-02-2019): 1 day late"_s;
    QTest::newRow("the first conversation after week 8 is late; earlier events of the kind do not count")
        << kFirstConversationEow8 << QString() << QString() << u"first_absence=2019-03-04"_s
        << u"conversation 2019-02-20 in-person - -; conversation 2019-04-30 in-person - -"_s << today << u"da"_s
        << u"missed"_s << QDate(2019, 4, 28) << QDate(2019, 4, 30) << 2 << u"SDL § 13 b"_s
        << u"Opfølgningssamtale 30-04-2019; frist 28-04-2019 (inden udgangen af uge 8 regnet fra første fraværsdag 04-03-2019): 2 dage for sent"_s;
    QTest::newRow("the first conversation within week 8 is met, whatever order the events come in")
        << kFirstConversationEow8 << QString() << QString() << u"first_absence=2019-03-04"_s
        << u"conversation 2019-05-30 phone - -; conversation 2019-04-28 in-person - -"_s << today << u"en"_s << u"met"_s
        << QDate(2019, 4, 28) << QDate(2019, 4, 28) << 0 << u"SDL § 13 b"_s
        << u"Follow-up conversation 28-04-2019; due 28-04-2019 (before the end of week 8 counted from first day of absence 04-03-2019): on time"_s;
    QTest::newRow("no conversation after the start and the deadline passed is missing data")
        << kFirstConversationEow8 << QString() << QString() << u"first_absence=2019-03-04"_s
        << u"conversation 2019-02-20 in-person - -"_s << today << u"en"_s << u"missing-data"_s << QDate(2019, 4, 28)
        << QDate() << 0 << u"SDL § 13 b"_s
        << u"Follow-up conversation: none recorded on or after 04-03-2019; due 28-04-2019 (before the end of week 8 counted from first day of absence 04-03-2019): the deadline has passed and the date is not recorded"_s;
    QTest::newRow("no conversation yet within week 8 is pending")
        << kFirstConversationEow8 << QString() << QString() << u"first_absence=2019-03-04"_s << QString()
        << QDate(2019, 4, 1) << u"da"_s << u"pending"_s << QDate(2019, 4, 28) << QDate() << 0 << u"SDL § 13 b"_s
        << u"Opfølgningssamtale: ingen registreret fra 04-03-2019; frist 28-04-2019 (inden udgangen af uge 8 regnet fra første fraværsdag 04-03-2019): fristen er ikke udløbet"_s;
}

void tst_rules_evaluator::ruleVersions_data()
{
    addColumns();
    const QDate today(2024, 1, 1);
    const QString old = u"INL § 15 d (-2016)"_s;
    const QString now = u"INL § 15 d (2016-)"_s;

    // An offer 4 months after the takeover: late under the 3-month rule, in time under the 6-month rule.
    QTest::newRow("takeover the day before valid_to uses the 3-month version")
        << kHealthAssessment << QString() << QString() << u"takeover=2016-06-29,health_offer=2016-10-29"_s << QString()
        << today << u"en"_s << u"missed"_s << QDate(2016, 9, 29) << QDate(2016, 10, 29) << 30 << old
        << u"Health assessment offered 29-10-2016; due 29-09-2016 (3 months after takeover 29-06-2016): 30 days late"_s;
    QTest::newRow("takeover exactly on valid_to still uses the 3-month version")
        << kHealthAssessment << QString() << QString() << u"takeover=2016-06-30,health_offer=2016-10-30"_s << QString()
        << today << u"da"_s << u"missed"_s << QDate(2016, 9, 30) << QDate(2016, 10, 30) << 30 << old
        << u"Tilbud om helbredsvurdering 30-10-2016; frist 30-09-2016 (3 måneder efter overtagelse 30-06-2016): 30 dage for sent"_s;
    QTest::newRow("takeover exactly on valid_from uses the 6-month version")
        << kHealthAssessment << QString() << QString() << u"takeover=2016-07-01,health_offer=2016-11-01"_s << QString()
        << today << u"da"_s << u"met"_s << QDate(2017, 1, 1) << QDate(2016, 11, 1) << 0 << now
        << u"Tilbud om helbredsvurdering 01-11-2016; frist 01-01-2017 (6 måneder efter overtagelse 01-07-2016): rettidigt"_s;
    QTest::newRow("takeover the day after valid_from uses the 6-month version")
        << kHealthAssessment << QString() << QString() << u"takeover=2016-07-02,health_offer=2016-11-02"_s << QString()
        << today << u"en"_s << u"met"_s << QDate(2017, 1, 2) << QDate(2016, 11, 2) << 0 << now
        << u"Health assessment offered 02-11-2016; due 02-01-2017 (6 months after takeover 02-07-2016): on time"_s;
    QTest::newRow("the repealed integrationsplan applies to a takeover on its last day")
        << kIntegrationPlan << QString() << QString() << u"takeover=2016-06-30,plan_made=2016-09-30"_s << QString()
        << today << u"en"_s << u"met"_s << QDate(2016, 9, 30) << QDate(2016, 9, 30) << 0 << u"INL § 15 a (2013-2016)"_s
        << u"Integration plan made 30-09-2016; due 30-09-2016 (3 months after takeover 30-06-2016): on time"_s;
    QTest::newRow("the repealed integrationsplan does not apply the day after")
        << kIntegrationPlan << QString() << QString() << u"takeover=2016-07-01"_s << QString() << today << u"da"_s
        << u"not-applicable"_s << QDate() << QDate() << 0 << QString()
        << u"Ingen regelversion i kraft 01-07-2016 (overtagelse)"_s;
    QTest::newRow("the integrationsplan does not apply the day before valid_from, in English")
        << kIntegrationPlan << QString() << QString() << u"takeover=2012-12-31"_s << QString() << today << u"en"_s
        << u"not-applicable"_s << QDate() << QDate() << 0 << QString()
        << u"No rule version in force on 31-12-2012 (takeover)"_s;
    QTest::newRow("a dated version without its start date cannot be placed")
        << kIntegrationPlan << QString() << QString() << QString() << QString() << today << u"en"_s << u"missing-data"_s
        << QDate() << QDate() << 0 << QString() << u"Cannot be computed: takeover missing"_s;
    QTest::newRow("a check without a start uses the reference date: on valid_from it applies")
        << kDeclarationRecorded << QString() << QString() << u"takeover=2019-03-01,declaration_signed=2019-03-20"_s
        << QString() << today << u"en"_s << u"met"_s << QDate() << QDate(2019, 3, 20) << 0
        << u"INL § 19 declaration (2019-)"_s << u"Declaration signed recorded 20-03-2019"_s;
    QTest::newRow("a check without a start uses the reference date: the day before it does not apply")
        << kDeclarationRecorded << QString() << QString() << u"takeover=2019-02-28,declaration_signed=2019-03-20"_s
        << QString() << today << u"da"_s << u"not-applicable"_s << QDate() << QDate() << 0 << QString()
        << u"Ingen regelversion i kraft 28-02-2019 (overtagelse)"_s;
    QTest::newRow("a check without a start and no reference date recorded is missing data")
        << kDeclarationRecorded << QString() << QString() << u"declaration_signed=2019-03-20"_s << QString() << today
        << u"da"_s << u"missing-data"_s << QDate() << QDate() << 0 << QString()
        << u"Kan ikke beregnes: overtagelse mangler"_s;
    QTest::newRow("an open-ended version needs no reference date")
        << kDeclarationOpen << QString() << QString() << u"declaration_signed=2019-03-20"_s << QString() << today
        << u"da"_s << u"met"_s << QDate() << QDate(2019, 3, 20) << 0 << u"always"_s
        << u"Erklæring underskrevet registreret 20-03-2019"_s;
}

void tst_rules_evaluator::subgroups_data()
{
    addColumns();
    const QDate today(2024, 1, 1);
    const QString applies = uR"j({"subgroups": ["refugee", "family-reunified"]})j"_s;
    const QString dates = u"takeover=2019-02-01,contract_signed=2019-02-20"_s;
    const QString v = u"INL § 19 (2013-)"_s;
    const QString met = u"~rettidigt"_s;

    QTest::newRow("a refugee is covered")
        << kContractP1M << applies << u"refugee"_s << dates << QString() << today << u"da"_s << u"met"_s
        << QDate(2019, 3, 1) << QDate(2019, 2, 20) << 0 << v << met;
    QTest::newRow("a family-reunified person is covered")
        << kContractP1M << applies << u"family-reunified"_s << dates << QString() << today << u"da"_s << u"met"_s
        << QDate(2019, 3, 1) << QDate(2019, 2, 20) << 0 << v << met;
    QTest::newRow("a self-supporting person is excluded, in Danish")
        << kContractP1M << applies << u"self-supporting"_s << dates << QString() << today << u"da"_s
        << u"not-applicable"_s << QDate() << QDate() << 0 << QString()
        << u"Gælder ikke for undergruppen selvforsørgende"_s;
    QTest::newRow("a self-supporting person is excluded, in English")
        << kContractP1M << applies << u"self-supporting"_s << dates << QString() << today << u"en"_s
        << u"not-applicable"_s << QDate() << QDate() << 0 << QString()
        << u"Does not apply to the subgroup self-supporting"_s;
    QTest::newRow("a case without a subgroup cannot be placed")
        << kContractP1M << applies << QString() << dates << QString() << today << u"en"_s << u"missing-data"_s
        << QDate() << QDate() << 0 << QString()
        << u"Cannot be computed: subgroup missing (the item applies only to refugee, family-reunified)"_s;
    QTest::newRow("no applies object covers every case")
        << kContractP1M << QString() << u"self-supporting"_s << dates << QString() << today << u"da"_s << u"met"_s
        << QDate(2019, 3, 1) << QDate(2019, 2, 20) << 0 << v << met;
    QTest::newRow("an empty subgroup list covers every case")
        << kContractP1M << uR"j({"subgroups": []})j"_s << u"self-supporting"_s << dates << QString() << today << u"da"_s
        << u"met"_s << QDate(2019, 3, 1) << QDate(2019, 2, 20) << 0 << v << met;
    QTest::newRow("a subgroup list that is not a list is a broken rule")
        << kContractP1M << uR"j({"subgroups": "refugee"})j"_s << u"refugee"_s << dates << QString() << today << u"en"_s
        << u"missing-data"_s << QDate() << QDate() << 0 << QString()
        << u"The rule cannot be evaluated: \"applies.subgroups\" must be a list of strings"_s;
}

void tst_rules_evaluator::dateRecorded_data()
{
    addColumns();
    const QDate today(2024, 1, 1);
    QTest::newRow("a recorded declaration is met")
        << kDeclarationOpen << QString() << QString() << u"declaration_signed=2019-03-20"_s << QString() << today
        << u"en"_s << u"met"_s << QDate() << QDate(2019, 3, 20) << 0 << u"always"_s
        << u"Declaration signed recorded 20-03-2019"_s;
    QTest::newRow("a missing declaration is missed, in Danish")
        << kDeclarationOpen << QString() << QString() << u"takeover=2019-02-01"_s << QString() << today << u"da"_s
        << u"missed"_s << QDate() << QDate() << 0 << u"always"_s << u"Erklæring underskrevet er ikke registreret"_s;
    QTest::newRow("a missing declaration is missed, in English")
        << kDeclarationOpen << QString() << QString() << QString() << QString() << today << u"en"_s << u"missed"_s
        << QDate() << QDate() << 0 << u"always"_s << u"Declaration signed not recorded"_s;
}

void tst_rules_evaluator::eventCount_data()
{
    addColumns();
    const QString v = u"INL § 20 (2019-)"_s;
    const QString fourInWindow = u"conversation 2019-02-01 in-person - -; conversation 2019-03-15 phone - -;"
                                 u"conversation 2019-05-01 in-person - -; conversation 2019-08-01 digital - -"_s;
    QTest::newRow("four conversations in the first 6 months, the last on the window's last day, are met")
        << kFourConversations << QString() << QString() << u"takeover=2019-02-01"_s << fourInWindow << QDate(2024, 1, 1)
        << u"da"_s << u"met"_s << QDate(2019, 8, 1) << QDate(2019, 8, 1) << 0 << v
        << u"Opfølgningssamtale: 4 af mindst 4 i perioden 01-02-2019–01-08-2019 (6 måneder efter overtagelse 01-02-2019): kravet er opfyldt"_s;
    QTest::newRow("two conversations after the window closed are missed, with the days until the fourth")
        << kFourConversations << QString() << QString() << u"takeover=2019-02-01"_s
        << u"conversation 2019-01-15 in-person - -; conversation 2019-03-01 in-person - -;"
           u"conversation 2019-04-01 in-person - -; conversation 2019-08-02 in-person - -;"
           u"conversation 2019-08-11 in-person - -"_s
        << QDate(2024, 1, 1) << u"en"_s << u"missed"_s << QDate(2019, 8, 1) << QDate(2019, 8, 11) << 10 << v
        << u"Follow-up conversation: 2 of at least 4 between 01-02-2019 and 01-08-2019 (6 months after takeover 01-02-2019): 2 missing"_s;
    QTest::newRow("one conversation and never more is missed without days late")
        << kFourConversations << QString() << QString() << u"takeover=2019-02-01"_s
        << u"conversation 2019-03-01 in-person - -"_s << QDate(2024, 1, 1) << u"da"_s << u"missed"_s
        << QDate(2019, 8, 1) << QDate() << 0 << v
        << u"Opfølgningssamtale: 1 af mindst 4 i perioden 01-02-2019–01-08-2019 (6 måneder efter overtagelse 01-02-2019): 3 mangler"_s;
    QTest::newRow("two conversations while the window is still open are pending")
        << kFourConversations << QString() << QString() << u"takeover=2019-02-01"_s
        << u"conversation 2019-03-01 in-person - -; conversation 2019-04-01 in-person - -"_s << QDate(2019, 8, 1)
        << u"en"_s << u"pending"_s << QDate(2019, 8, 1) << QDate() << 0 << v
        << u"Follow-up conversation: 2 of at least 4 between 01-02-2019 and 01-08-2019 (6 months after takeover 01-02-2019): 2 missing, and the period has not ended"_s;
    QTest::newRow("without a takeover the window cannot be placed")
        << kFourConversations << QString() << QString() << QString() << fourInWindow << QDate(2024, 1, 1) << u"da"_s
        << u"missing-data"_s << QDate() << QDate() << 0 << v << u"Kan ikke beregnes: overtagelse mangler"_s;
}

void tst_rules_evaluator::eventNoteLag_data()
{
    addColumns();
    const QDate today(2024, 1, 1);
    const QString v = u"Notatpligt"_s;
    QTest::newRow("every note within 3 days is met, reporting the longest lag")
        << kNotesWithin3Days << QString() << QString() << QString()
        << u"conversation 2019-03-01 in-person - 2019-03-01; conversation 2019-04-01 phone x 2019-04-04"_s << today
        << u"da"_s << u"met"_s << QDate() << QDate() << 0 << v
        << u"Opfølgningssamtale: alle 2 notater er skrevet inden for 3 dage (længst 3 dage)"_s;
    QTest::newRow("a single note the same day is met, in the singular")
        << kNotesWithin3Days << QString() << QString() << QString()
        << u"conversation 2019-03-01 in-person - 2019-03-01"_s << today << u"en"_s << u"met"_s << QDate() << QDate()
        << 0 << v << u"Follow-up conversation: the note was written within 3 days (after 0 days)"_s;
    QTest::newRow("a note a month late is missed by its excess over the limit")
        << kNotesWithin3Days << QString() << QString() << QString()
        << u"conversation 2019-03-01 in-person - 2019-03-02; conversation 2019-04-01 phone x 2019-05-01;"
           u"conversation 2019-05-01 phone x 2019-05-06"_s
        << today << u"da"_s << u"missed"_s << QDate(2019, 4, 4) << QDate(2019, 5, 1) << 27 << v
        << u"Opfølgningssamtale: 2 af 3 notater skrevet senere end 3 dage; værst 01-04-2019 (notat 01-05-2019): 27 dage for sent"_s;
    QTest::newRow("a late note is missed even when another note date is missing")
        << kNotesWithin3Days << QString() << QString() << QString()
        << u"conversation 2019-03-01 in-person - -; conversation 2019-04-01 phone x 2019-04-08"_s << today << u"en"_s
        << u"missed"_s << QDate(2019, 4, 4) << QDate(2019, 4, 8) << 4 << v
        << u"Follow-up conversation: 1 of 2 notes written later than 3 days; worst 01-04-2019 (note 08-04-2019): 4 days late; 1 of 2 has no note date"_s;
    QTest::newRow("a note without a date is missing data")
        << kNotesWithin3Days << QString() << QString() << QString()
        << u"conversation 2019-03-01 in-person - -; conversation 2019-04-01 phone x 2019-04-02"_s << today << u"da"_s
        << u"missing-data"_s << QDate() << QDate() << 0 << v << u"Opfølgningssamtale: 1 af 2 mangler dato for notat"_s;
    QTest::newRow("no conversations leaves nothing to check")
        << kNotesWithin3Days << QString() << QString() << QString() << QString() << today << u"en"_s
        << u"not-applicable"_s << QDate() << QDate() << 0 << v
        << u"Follow-up conversation: none recorded; nothing to check"_s;
}

void tst_rules_evaluator::eventFormReason_data()
{
    addColumns();
    const QDate today(2024, 1, 1);
    const QString v = u"Databek. § 20"_s;
    QTest::newRow("conversations all held in person are met")
        << kFormReason << QString() << QString() << QString()
        << u"conversation 2019-03-01 in-person - -; conversation 2019-04-01 in-person - -"_s << today << u"da"_s
        << u"met"_s << QDate() << QDate() << 0 << v << u"Opfølgningssamtale: alle 2 holdt ved personligt fremmøde"_s;
    QTest::newRow("a phone conversation with a reason is met")
        << kFormReason << QString() << QString() << QString()
        << u"conversation 2019-03-01 in-person - -; conversation 2019-04-01 phone sick_child -"_s << today << u"en"_s
        << u"met"_s << QDate() << QDate() << 0 << v
        << u"Follow-up conversation: all 1 not held in person have a reason"_s;
    QTest::newRow("one digital conversation without a reason is missed (singular)")
        << kFormReason << QString() << QString() << QString()
        << u"conversation 2019-03-01 digital - -; conversation 2019-04-01 phone sick_child -"_s << today << u"en"_s
        << u"missed"_s << QDate() << QDate() << 0 << v
        << u"Follow-up conversation: 1 of 2 not held in person lacks a reason"_s;
    QTest::newRow("two without a reason are missed (plural), in Danish")
        << kFormReason << QString() << QString() << QString()
        << u"conversation 2019-03-01 digital - -; conversation 2019-04-01 letter - -;"
           u"conversation 2019-05-01 in-person - -"_s
        << today << u"da"_s << u"missed"_s << QDate() << QDate() << 0 << v
        << u"Opfølgningssamtale: 2 af 2 uden personligt fremmøde mangler begrundelse"_s;
    QTest::newRow("a conversation without a recorded form is missing data")
        << kFormReason << QString() << QString() << QString()
        << u"conversation 2019-03-01 - - -; conversation 2019-04-01 in-person - -"_s << today << u"en"_s
        << u"missing-data"_s << QDate() << QDate() << 0 << v
        << u"Follow-up conversation: 1 of 2 has no recorded form (in person, phone, digital, letter)"_s;
    QTest::newRow("no conversations leaves nothing to check, in Danish")
        << kFormReason << QString() << QString() << QString() << u"note 2019-03-01 phone - -"_s << today << u"da"_s
        << u"not-applicable"_s << QDate() << QDate() << 0 << v
        << u"Opfølgningssamtale: ingen registreret; intet at kontrollere"_s;
}

void tst_rules_evaluator::malformedRules_data()
{
    addColumns();
    const QDate today(2024, 1, 1);
    const QString dates = u"takeover=2019-02-01,contract_signed=2019-03-05"_s;
    const auto row = [&](const char *name, const QString &rules, const QString &language, const QString &kind,
                         const QString &version, const QString &explanation) {
        QTest::newRow(name) << rules << QString() << QString() << dates << QString() << today << language << kind
                            << QDate() << QDate() << 0 << version << explanation;
    };
    row("an unknown check type is named",
        uR"j([{"version": "v1", "check": {"type": "deadlin", "start": "takeover"}}])j"_s, u"en"_s, u"missing-data"_s,
        u"v1"_s,
        u"The rule cannot be evaluated: unknown check type \"deadlin\" (known: deadline, date_recorded, "
        u"event_count, event_note_lag, event_form_reason)"_s);
    row("a period that is not a period is named, in Danish",
        uR"j([{"version": "v1", "check": {"type": "deadline", "start": "takeover", "actual": "contract_signed",
              "period": "P1Y"}}])j"_s,
        u"da"_s, u"missing-data"_s, u"v1"_s,
        u"Reglen kan ikke evalueres: »period« er ikke en gyldig periode: »P1Y« (fx P14D, P8W, P1M, 10WD, EOW8)"_s);
    row("a period given as a number is named",
        uR"j([{"version": "v1", "check": {"type": "deadline", "start": "takeover", "actual": "contract_signed",
              "period": 30}}])j"_s,
        u"en"_s, u"missing-data"_s, u"v1"_s, u"~\"period\" is not a valid period: \"30\""_s);
    row("a missing start is named",
        uR"j([{"version": "v1", "check": {"type": "deadline", "actual": "contract_signed", "period": "P1M"}}])j"_s,
        u"en"_s, u"missing-data"_s, u"v1"_s, u"The rule cannot be evaluated: \"start\" is missing"_s);
    row("a missing period is named",
        uR"j([{"version": "v1", "check": {"type": "deadline", "start": "takeover", "actual": "contract_signed"}}])j"_s,
        u"en"_s, u"missing-data"_s, u"v1"_s, u"The rule cannot be evaluated: \"period\" is missing"_s);
    row("an unknown roll is named",
        uR"j([{"version": "v1", "check": {"type": "deadline", "start": "takeover", "actual": "contract_signed",
              "period": "P1M", "roll": "yes"}}])j"_s,
        u"en"_s, u"missing-data"_s, u"v1"_s,
        u"The rule cannot be evaluated: \"roll\" must be \"none\" or \"next-working-day\", not \"yes\""_s);
    row("both actual and actual_event are named",
        uR"j([{"version": "v1", "check": {"type": "deadline", "start": "takeover", "actual": "contract_signed",
              "actual_event": "conversation", "period": "P1M"}}])j"_s,
        u"en"_s, u"missing-data"_s, u"v1"_s,
        u"The rule cannot be evaluated: give either \"actual\" or \"actual_event\", not both"_s);
    row("a misspelt field is named",
        uR"j([{"version": "v1", "check": {"type": "deadline", "start": "takeover", "actual": "contract_signed",
              "period": "P1M", "rol": "none"}}])j"_s,
        u"en"_s, u"missing-data"_s, u"v1"_s, u"The rule cannot be evaluated: unknown field \"rol\""_s);
    row("a check that is not an object is named", uR"j([{"version": "v1", "check": "deadline"}])j"_s, u"en"_s,
        u"missing-data"_s, u"v1"_s, u"The rule cannot be evaluated: \"check\" must be a JSON object"_s);
    row("a missing check is named", uR"j([{"version": "v1"}])j"_s, u"da"_s, u"missing-data"_s, u"v1"_s,
        u"Reglen kan ikke evalueres: »check« mangler"_s);
    row("a negative min is named",
        uR"j([{"version": "v1", "check": {"type": "event_count", "event": "conversation", "start": "takeover",
              "period": "P6M", "min": -1}}])j"_s,
        u"en"_s, u"missing-data"_s, u"v1"_s,
        u"The rule cannot be evaluated: \"min\" must be a whole number from 0 to 1000"_s);
    row("a fractional min is named",
        uR"j([{"version": "v1", "check": {"type": "event_count", "event": "conversation", "start": "takeover",
              "period": "P6M", "min": 2.5}}])j"_s,
        u"en"_s, u"missing-data"_s, u"v1"_s, u"~\"min\" must be a whole number"_s);
    row("an impossible valid_from is named", uR"j([{"version": "v1", "valid_from": "2016-13-01",
              "check": {"type": "date_recorded", "field": "contract_signed"}}])j"_s,
        u"en"_s, u"missing-data"_s, QString(),
        u"The rule cannot be evaluated: version \"v1\": \"valid_from\" must be a date YYYY-MM-DD or null, "
        u"not "
        u"2016-13-01"_s);
    row("valid_to before valid_from is named",
        uR"j([{"version": "v1", "valid_from": "2017-01-01", "valid_to": "2016-01-01",
              "check": {"type": "date_recorded", "field": "contract_signed"}}])j"_s,
        u"en"_s, u"missing-data"_s, QString(),
        u"The rule cannot be evaluated: version \"v1\": \"valid_from\" 2017-01-01 is after \"valid_to\" 2016-01-01"_s);
    row("a version that is not an object is named", u"[42]"_s, u"en"_s, u"missing-data"_s, QString(),
        u"The rule cannot be evaluated: rule no. 1: the rule version is not a JSON object"_s);
    QTest::newRow("a broken version is skipped when a good one is in force")
        << uR"j([42, {"version": "v2", "check": {"type": "date_recorded", "field": "contract_signed"}}])j"_s
        << QString() << QString() << dates << QString() << today << u"en"_s << u"met"_s << QDate() << QDate(2019, 3, 5)
        << 0 << u"v2"_s << u"Contract signed recorded 05-03-2019"_s;
    row("a date the template does not have is named, not reported as missing",
        uR"j([{"version": "v1", "check": {"type": "deadline", "start": "takeovr", "actual": "contract_signed",
              "period": "P1M"}}])j"_s,
        u"en"_s, u"missing-data"_s, u"v1"_s,
        u"Cannot be computed: the rule refers to the date \"takeovr\", which the template does not have"_s);
    row("an actual date the template does not have is named, in Danish",
        uR"j([{"version": "v1", "check": {"type": "deadline", "start": "takeover", "actual": "contract",
              "period": "P1M"}}])j"_s,
        u"da"_s, u"missing-data"_s, u"v1"_s,
        u"Kan ikke beregnes: reglen henviser til datoen »contract«, som skabelonen ikke har"_s);
    row("no rules at all is not applicable", u"[]"_s, u"en"_s, u"not-applicable"_s, QString(),
        u"The item has no computable rule"_s);
    row("wrong JSON types everywhere do not crash",
        uR"j([{"version": 7, "valid_from": 2016, "valid_to": [], "check": {"type": 3, "start": {}}}])j"_s, u"en"_s,
        u"missing-data"_s, QString(), u"~The rule cannot be evaluated: rule no. 1: "_s);
}

void tst_rules_evaluator::unlabelledKeysFallBackToTheKey()
{
    EvaluationContext c;
    c.referenceDate = u"takeover"_s;
    c.today = QDate(2024, 1, 1);
    c.language = u"en"_s;
    const CaseFacts facts{u"integration"_s,
                          QString(),
                          {{u"takeover"_s, QDate(2019, 2, 1)}, {u"contract_signed"_s, QDate(2019, 3, 5)}},
                          {}};
    const Verdict verdict = evaluate(facts, {}, jsonArray(kContractP1M), c);
    QCOMPARE(verdict.kind, Verdict::Missed);
    QCOMPARE(verdict.explanation,
             u"Contract_signed 05-03-2019; due 01-03-2019 (1 month after takeover 01-02-2019): 4 days late"_s);

    // Without labels there is no list of known dates, so an unknown key is simply missing.
    const Verdict missing = evaluate(CaseFacts{}, {}, jsonArray(kContractP1M), c);
    QCOMPARE(missing.kind, Verdict::MissingData);
    QCOMPARE(missing.explanation, u"Cannot be computed: takeover missing"_s);

    // An abbreviation keeps its capitals mid-sentence.
    c.dateLabels = {{u"takeover"_s, u"CPR registration"_s}, {u"contract_signed"_s, u"contract signed"_s}};
    QCOMPARE(evaluate(facts, {}, jsonArray(kContractP1M), c).explanation,
             u"Contract signed 05-03-2019; due 01-03-2019 (1 month after CPR registration 01-02-2019): 4 days late"_s);
}

void tst_rules_evaluator::clockDecidesPending()
{
    FixedClock clock(QDate(2019, 3, 1));
    const CaseFacts facts{u"integration"_s, QString(), {{u"takeover"_s, QDate(2019, 2, 1)}}, {}};
    const QJsonArray rules = jsonArray(kContractP1M);
    QCOMPARE(evaluate(facts, {}, rules, context(u"en"_s, clock.today())).kind, Verdict::Pending);
    clock.setToday(QDate(2019, 3, 2));
    QCOMPARE(evaluate(facts, {}, rules, context(u"en"_s, clock.today())).kind, Verdict::MissingData);

    const SystemClock system;
    QCOMPARE(system.today(), QDate::currentDate());
    const Clock &asBase = clock;
    QCOMPARE(asBase.today(), QDate(2019, 3, 2));
}

void tst_rules_evaluator::verdictKeys()
{
    QCOMPARE(verdictKey(Verdict::Met), u"met"_s);
    QCOMPARE(verdictKey(Verdict::Missed), u"missed"_s);
    QCOMPARE(verdictKey(Verdict::Pending), u"pending"_s);
    QCOMPARE(verdictKey(Verdict::MissingData), u"missing-data"_s);
    QCOMPARE(verdictKey(Verdict::NotApplicable), u"not-applicable"_s);
}

void tst_rules_evaluator::validateRule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("the template format's own example is valid") << uR"j({"version": "INL § 19 (2013-)",
        "valid_from" : null, "valid_to" : null, "note" : "why", "check" : {
        "type" : "deadline",
                 "start" : "takeover",
                           "actual" : "contract_signed",
                                      "period" : "P1M",
                                                 "roll" : "none"
    }
})j"_s << QStringList();
    QTest::newRow("a dated event_count is valid")
        << uR"j({"version": "v", "valid_from": "2016-07-01", "valid_to": "2019-12-31",
               "check": {"type": "event_count", "event": "conversation", "start": "takeover",
                         "period": "P6M", "min": 4}})j"_s
        << QStringList();
    QTest::newRow("event_note_lag, event_form_reason and date_recorded shapes are valid")
        << uR"j({"version": "v", "check": {"type": "event_note_lag", "event": "conversation", "max": "5WD"}})j"_s
        << QStringList();
    QTest::newRow("a missing version and an empty start are both reported")
        << uR"j({"check": {"type": "deadline", "start": "", "actual": "x", "period": "P1M"}})j"_s
        << QStringList{u"\"version\" is missing"_s, u"\"start\" is missing"_s};
    QTest::newRow("neither actual nor actual_event is reported")
        << uR"j({"version": "v", "check": {"type": "deadline", "start": "takeover", "period": "P1M"}})j"_s
        << QStringList{u"\"actual\" or \"actual_event\" is missing"_s};
    QTest::newRow("an unknown top-level field is reported") << uR"j({"version": "v", "valid_form": "2016-01-01",
               "check": {"type": "event_form_reason", "event": "conversation"}})j"_s
                                                            << QStringList{u"unknown field \"valid_form\""_s};
    QTest::newRow("a field of another check type is reported")
        << uR"j({"version": "v", "check": {"type": "date_recorded", "field": "x", "period": "P1M"}})j"_s
        << QStringList{u"unknown field \"period\""_s};
    QTest::newRow("a date with a time is not a date")
        << uR"j({"version": "v", "valid_to": "2016-06-30T00:00:00",
               "check": {"type": "date_recorded", "field": "x"}})j"_s
        << QStringList{u"\"valid_to\" must be a date YYYY-MM-DD or null, not 2016-06-30T00:00:00"_s};
    QTest::newRow("a missing type is reported")
        << uR"j({"version": "v", "check": {"field": "x"}})j"_s << QStringList{u"\"check.type\" is missing"_s};
}

void tst_rules_evaluator::validateRule()
{
    QFETCH(QString, rule);
    QFETCH(QStringList, problems);
    const QJsonObject json = QJsonDocument::fromJson(rule.toUtf8()).object();
    QVERIFY(!json.isEmpty());
    QCOMPARE(sagstjek::rules::validateRule(json), problems);
    QCOMPARE(sagstjek::rules::validateRule(json, u"da").size(), problems.size());
}

void tst_rules_evaluator::validateRuleInDanish()
{
    const QJsonObject json =
        QJsonDocument::fromJson(R"j({"version": "v", "check": {"type": "deadline", "start": "takeover",
                                   "actual": "x", "period": "1M"}})j")
            .object();
    QCOMPARE(sagstjek::rules::validateRule(json, u"da"),
             QStringList{u"»period« er ikke en gyldig periode: »1M« (fx P14D, P8W, P1M, 10WD, EOW8)"_s});
}

void tst_rules_evaluator::validateRuleAgainstTheTemplate()
{
    const TemplateVocabulary vocabulary{{u"takeover"_s, u"contract_signed"_s}, {u"conversation"_s}};
    const QJsonObject good = jsonArray(kContractP1M).at(0).toObject();
    QVERIFY(sagstjek::rules::validateRule(good, vocabulary).isEmpty());

    const QJsonObject bad = QJsonDocument::fromJson(R"j({"version": "v", "check": {"type": "deadline",
        "start": "overtagelse", "actual_event": "samtale", "period": "P1M"}})j")
                                .object();
    QCOMPARE(sagstjek::rules::validateRule(bad), QStringList());
    QCOMPARE(sagstjek::rules::validateRule(bad, vocabulary),
             (QStringList{u"\"start\" refers to a date the template does not have: \"overtagelse\""_s,
                          u"\"actual_event\" refers to an event kind the template does not have: \"samtale\""_s}));
}

void tst_rules_evaluator::validateRulesFindsOverlaps()
{
    const TemplateVocabulary vocabulary{{u"takeover"_s, u"health_offer"_s}, {}};
    QVERIFY(validateRules(jsonArray(kHealthAssessment), vocabulary).isEmpty());

    const QJsonArray overlapping = jsonArray(uR"j([{"version": "old", "valid_to": "2016-07-01",
              "check": {"type": "deadline", "start": "takeover", "actual": "health_offer", "period": "P3M"}},
             {"version": "new", "valid_from": "2016-07-01",
              "check": {"type": "deadline", "start": "takeover", "actual": "health_offer", "period": "P6M"}},
             {"check": {"type": "deadline", "start": "takeover", "actual": "health_offer", "period": "P6"}}])j"_s);
    QCOMPARE(validateRules(overlapping, vocabulary),
             (QStringList{u"the versions \"old\" and \"new\" are both in force on 2016-07-01"_s,
                          u"rule no. 3: \"version\" is missing"_s,
                          u"rule no. 3: \"period\" is not a valid period: \"P6\" (e.g. P14D, P8W, P1M, 10WD, EOW8)"_s,
                          u"the versions \"old\" and \"3\" are both in force on …"_s,
                          u"the versions \"new\" and \"3\" are both in force on 2016-07-01"_s}));
}

QTEST_GUILESS_MAIN(tst_rules_evaluator)
#include "tst_rules_evaluator.moc"
