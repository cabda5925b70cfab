#include "services/demodata.h"

#include "domain/areas.h"
#include "services/actionplanservice.h"
#include "services/defectservice.h"
#include "services/policysetup.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "services/session.h"
#include "services/templatecatalog.h"
#include "services/verdicts.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/templaterepository.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace sagstjek::demodata {

namespace {

struct Caseworker {
    const char16_t *name;
    const char16_t *team;
};

// Caseworkers per area; teams as a jobcenter and a social centre would have them.
const QHash<QString, QList<Caseworker>> &caseworkers()
{
    static const QHash<QString, QList<Caseworker>> all = {
        {QStringLiteral("integration"),
         {{u"Mette Sørensen", u"Team Integration"}, {u"Ali Hassan", u"Team Integration"}}},
        {QStringLiteral("self-supporting"), {{u"Mette Sørensen", u"Team Integration"}}},
        {QStringLiteral("igu"), {{u"Ali Hassan", u"Team Integration"}}},
        {QStringLiteral("sickness-benefit"),
         {{u"Birgitte Møller", u"Team Sygedagpenge"}, {u"Jens Østergaard", u"Team Sygedagpenge"}}},
        {QStringLiteral("cash-benefit"),
         {{u"Søren Kjær", u"Team Kontanthjælp"}, {u"Line Brønd", u"Team Kontanthjælp"}}},
        {QStringLiteral("job-clarification"), {{u"Jens Østergaard", u"Team Sygedagpenge"}}},
        {QStringLiteral("resource-course"), {{u"Line Brønd", u"Team Kontanthjælp"}}},
        {QStringLiteral("adult-disability"), {{u"Hanne Ærø", u"Team Voksenhandicap"}}},
    };
    return all;
}

const char16_t *const firstNames[] = {u"Ahmad", u"Amina",  u"Yonas", u"Fatima", u"Mohammed",  u"Saba",   u"Omar",
                                      u"Layla", u"Tesfay", u"Nour",  u"Jørgen", u"Kirsten",   u"Bjørn",  u"Åse",
                                      u"Søren", u"Mette",  u"Lærke", u"Rasmus", u"Henriette", u"Mikkel", u"Dorthe"};
const char16_t *const lastNames[] = {u"Al-Hassan", u"Warsame",   u"Tesfaye", u"Haddad",   u"Abdi",    u"Kidane",
                                     u"Rahimi",    u"Mahmoud",   u"Jensen",  u"Nielsen",  u"Hansen",  u"Pedersen",
                                     u"Kjærgaard", u"Østergård", u"Bæk",     u"Sørensen", u"Frølund", u"Åberg"};

const QHash<QString, QString> &caseNumberPrefixes()
{
    static const QHash<QString, QString> prefixes = {
        {QStringLiteral("integration"), QStringLiteral("INT")},
        {QStringLiteral("self-supporting"), QStringLiteral("SLV")},
        {QStringLiteral("igu"), QStringLiteral("IGU")},
        {QStringLiteral("sickness-benefit"), QStringLiteral("SDP")},
        {QStringLiteral("cash-benefit"), QStringLiteral("KTH")},
        {QStringLiteral("job-clarification"), QStringLiteral("JAF")},
        {QStringLiteral("resource-course"), QStringLiteral("RFL")},
        {QStringLiteral("adult-disability"), QStringLiteral("VH")},
    };
    return prefixes;
}

// Rough length of a period in days, for placing demo dates around a deadline (not for verdicts).
int approximateDays(const QString &period)
{
    static const QRegularExpression pattern(QStringLiteral("^P(\\d+)([DWM])$|^(\\d+)WD$|^EOW(\\d+)$"));
    const auto match = pattern.match(period);
    if (!match.hasMatch())
        return 30;
    if (!match.captured(3).isEmpty())
        return match.captured(3).toInt() * 7 / 5;
    if (!match.captured(4).isEmpty())
        return match.captured(4).toInt() * 7 - 1;
    const int n = match.captured(1).toInt();
    const QString unit = match.captured(2);
    return unit == u"D" ? n : unit == u"W" ? n * 7 : n * 30;
}

QString cprFor(QRandomGenerator &random, const QDate &birth)
{
    // The 7th digit 0-3 means born in the 1900s; later births use 4 (2000-2036).
    const int seventh = birth.year() >= 2000 ? 4 : int(random.bounded(4));
    return birth.toString(QStringLiteral("ddMMyy")) + QString::number(seventh) +
           QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
}

CaseFile makeCase(QRandomGenerator &random, const CueCard &card, int serial, const QDate &today)
{
    CaseFile c;
    const QString area = card.area;
    const int year = 2018 + int(random.bounded(7));
    c.caseNumber =
        QStringLiteral("%1-%2-%3").arg(caseNumberPrefixes().value(area)).arg(year).arg(serial, 4, 10, QLatin1Char('0'));
    c.name = QString::fromUtf16(firstNames[random.bounded(int(std::size(firstNames)))]) + u' ' +
             QString::fromUtf16(lastNames[random.bounded(int(std::size(lastNames)))]);
    const QDate birth = QDate(1965, 1, 1).addDays(random.bounded(365 * 38));
    c.cpr = cprFor(random, birth);
    c.area = area;
    if (!card.subgroups.isEmpty())
        c.subgroup = card.subgroups.at(random.bounded(int(card.subgroups.size()))).key;
    const auto &workers = caseworkers().value(area);
    const Caseworker worker = workers.at(random.bounded(int(workers.size())));
    c.caseworker = QString::fromUtf16(worker.name);
    c.team = QString::fromUtf16(worker.team);

    // The reference date starts the case; every dated rule then places its date on time, late or missing.
    const QString reference = !card.referenceDate.isEmpty() ? card.referenceDate
                              : !card.dateFields.isEmpty()  ? card.dateFields.first().key
                                                            : QString();
    QDate start(year, 1 + int(random.bounded(12)), 1 + int(random.bounded(28)));
    if (start > today.addDays(-30))
        start = today.addDays(-200 - random.bounded(300));
    if (!reference.isEmpty())
        c.dates.insert(reference, start);
    for (const CueCardItem *item : card.items()) {
        if (item->rules.isEmpty())
            continue;
        const QJsonObject check = item->rules.last().toObject().value(u"check").toObject();
        if (check.value(u"type").toString() != u"deadline")
            continue;
        const QString from = check.value(u"start").toString();
        const QString actual = check.value(u"actual").toString();
        if (actual.isEmpty() || c.dates.contains(actual) || !c.dates.contains(from))
            continue;
        const int days = approximateDays(check.value(u"period").toString());
        const int roll = int(random.bounded(100));
        if (roll < 65)
            c.dates.insert(actual, c.dates.value(from).addDays(random.bounded(days + 1)));
        else if (roll < 88)
            c.dates.insert(actual, c.dates.value(from).addDays(days + 1 + random.bounded(30)));
        // else: the date was never recorded
    }
    for (const NamedField &field : card.dateFields)
        if (!c.dates.contains(field.key) && random.bounded(100) < 50)
            c.dates.insert(field.key, start.addDays(random.bounded(180)));

    // Follow-up conversations: mostly in person, some by phone (with or without a reason), notes on time or late.
    if (!card.eventKinds.isEmpty()) {
        const int conversations = 2 + int(random.bounded(5));
        QDate when = start.addDays(10 + random.bounded(20));
        for (int i = 0; i < conversations && when < today; ++i) {
            CaseEvent e;
            e.kind = card.eventKinds.first().key;
            e.date = when;
            const int form = int(random.bounded(10));
            e.form = form < 7   ? QStringLiteral("in-person")
                     : form < 9 ? QStringLiteral("phone")
                                : QStringLiteral("digital");
            if (e.form != u"in-person" && random.bounded(2) == 0)
                e.reason = QStringLiteral("Borgeren var syg og ønskede telefonsamtale");
            e.noteWritten =
                when.addDays(random.bounded(100) < 80 ? int(random.bounded(4)) : 20 + int(random.bounded(20)));
            e.description = QStringLiteral("Opfølgningssamtale");
            c.events << e;
            when = when.addDays(25 + random.bounded(40));
        }
    }
    return c;
}

// A half-yearly quality follow-up on a sample of integration cases, shared by two reviewers and part done, and
// one defect remediated: so the rounds and remediation views have something to show.
// The demo's reviews are written through the same services as a person's, each as the person who did them.
Status addRound(Database &db, const QString &user, const Options &options, const rules::Clock &clock,
                QRandomGenerator &random)
{
    auto koordinator = policyFor(db, user);
    if (!koordinator)
        return koordinator.error();
    Session session(db, *koordinator.value(), QStringLiteral("da"), &clock);
    RoundService rounds(session);
    RoundSpec spec;
    spec.name = QStringLiteral("Kvalitetsopfølgning 2. halvår %1").arg(options.today.year()); // see fill()
    spec.kind = RoundKind::Sample;
    spec.scope.areas = {QStringLiteral("integration")};
    spec.periodStart = QDate(options.today.year(), 7, 1);
    spec.periodEnd = QDate(options.today.year(), 12, 31);
    spec.sampleSize = 10;
    spec.seed = 20191205;
    auto round = rounds.create(spec);
    if (!round)
        return round.error();
    const QString consultant = QStringLiteral("Karin Konsulent");
    if (auto assigned = rounds.assignEvenly(round->id, {user, consultant}); !assigned)
        return assigned.error();
    auto sample = rounds.cases(round->id);
    if (!sample)
        return sample.error();

    auto consultantPolicy = policyFor(db, consultant);
    if (!consultantPolicy)
        return consultantPolicy.error();
    Session consultantSession(db, *consultantPolicy.value(), QStringLiteral("da"), &clock);
    ReviewService reviews(consultantSession);
    for (int i = 0; i < sample->size() && i < 4; ++i) {
        const ReviewRef review{sample->at(i).caseId, round->id};
        auto state = reviews.load(review);
        if (!state)
            return state.error();
        for (const CueCardItem *item : state->applicableItems()) {
            AnswerValue value = random.bounded(100) < 80 ? AnswerValue::Met : AnswerValue::NotMet;
            const auto verdict = state->verdicts.constFind(item->key);
            if (verdict != state->verdicts.cend())
                if (const auto suggested = verdicts::suggestedAnswer(*verdict))
                    value = *suggested;
            if (auto answered = reviews.answer(review, item->key, value); !answered)
                return answered.error();
        }
        if (i < 3)
            if (auto completed = reviews.complete(review); !completed)
                return completed;
    }

    DefectService defects(session);
    auto open = defects.list({});
    if (open && !open->isEmpty())
        if (auto remediated =
                defects.remediate(open->first().defect.id, QStringLiteral("Kontrakten er nu underskrevet af "
                                                                          "begge parter og journaliseret."));
            !remediated)
            return remediated;
    return Ok{};
}

// The municipality's action plan (handleplan) after the audit, after Solrød's of December 2019: two of its themes,
// five actions with owners and deadlines around today, one done and one late, so the action plan tab, the dashboard
// and the council report have something to show.
Status addActionPlan(Database &db, const QString &user, const Options &options, const rules::Clock &clock,
                     const QString &roundName)
{
    auto leader = policyFor(db, user);
    if (!leader)
        return leader.error();
    Session session(db, *leader.value(), QStringLiteral("da"), &clock);
    ActionPlanService plans(session);
    const QDate today = options.today;
    auto plan = plans.createPlan(QStringLiteral("Handleplan for integrationsområdet"), today.addMonths(3));
    if (!plan)
        return plan.error();

    struct DemoAction {
        const char16_t *what;
        const char16_t *owner;
        int deadlineDays; // from today
        PlanStatus status;
        const char16_t *note;
        std::optional<PlanLinkKind> link;
        QString linkText;
    };
    struct DemoTheme {
        const char16_t *title;
        QList<DemoAction> actions;
    };
    const QList<DemoTheme> themes = {
        {u"Ledelse og organisering",
         {{u"Én ansvarlig leder udpeges for integrationsområdet",
           u"Job- og socialchef",
           -60,
           PlanStatus::Done,
           u"Integrationsansvaret er samlet hos én leder, to medarbejdere og en virksomhedskonsulent.",
           std::nullopt,
           {}},
          {u"Integrationssagerne samles på færre medarbejdere med højere grad af specialisering",
           u"Leder af integrationsteamet",
           30,
           PlanStatus::InProgress,
           u"Ny fordeling af sagerne drøftes på teammødet.",
           std::nullopt,
           {}},
          {u"Kvartalsvise opfølgningsmøder med økonomifunktionen",
           u"Faglig koordinator",
           75,
           PlanStatus::Planned,
           u"",
           std::nullopt,
           {}}}},
        {u"Genopretning af sager",
         {{u"Integrationskontrakter med underskrift, hvor de mangler, og opfølgning via styringsarket",
           u"Faglig koordinator", -14, PlanStatus::InProgress, u"150 sager er løst, 8 udestår.", PlanLinkKind::Round,
           roundName},
          {u"Erklæringer med underskrift, hvor de ikke foreligger", u"Karin Konsulent", 21, PlanStatus::Planned, u"",
           PlanLinkKind::Item, QStringLiteral("integration.declaration.signed")}}},
    };
    for (const DemoTheme &t : themes) {
        auto theme = plans.addTheme(plan.value(), QString::fromUtf16(t.title));
        if (!theme)
            return theme.error();
        for (const DemoAction &a : t.actions) {
            PlanActionInput input;
            input.what = QString::fromUtf16(a.what);
            input.owner = QString::fromUtf16(a.owner);
            input.deadline = today.addDays(a.deadlineDays);
            input.linkKind = a.link;
            input.linkText = a.linkText;
            auto action = plans.addAction(theme.value(), input);
            if (!action)
                return action.error();
            if (a.status != PlanStatus::Planned)
                if (auto set = plans.setStatus(action.value(), a.status, QString::fromUtf16(a.note)); !set)
                    return set;
        }
    }
    return Ok{};
}

} // namespace

Status fill(Database &db, const QString &user, Options options)
{
    if (auto installed = templatecatalog::installBuiltIn(db, user); !installed)
        return installed;
    TemplateRepository &templates = db.templates();
    QList<CueCard> cards;
    for (const QString &area : Areas::keys()) {
        auto card = templates.latestForArea(area);
        if (card)
            cards << std::move(card).value();
    }
    if (cards.isEmpty())
        return databaseError(QStringLiteral("There are no cue-card templates to make demo cases for."));

    QRandomGenerator random(20191205); // Solrød's answer to the ministry, 5 December 2019
    QList<CaseFile> cases;
    for (int i = 0; i < options.caseCount; ++i) {
        // Half the cases are integration cases, as in the municipalities' walkthroughs.
        const qsizetype others = cards.size() - 1;
        const CueCard &card = (i % 2 == 0 || others == 0) ? cards.first() : cards.at(1 + (i / 2) % others);
        cases << makeCase(random, card, 101 + i, options.today);
    }
    auto inserted = addCases(db, cases);
    if (!inserted)
        return inserted.error();
    const QList<qint64> ids = inserted.value();

    // A third of the cases already reviewed (some completed, some half-way) so the defects view has content.
    auto reviewer = policyFor(db, user);
    if (!reviewer)
        return reviewer.error();
    const rules::FixedClock clock(options.today);
    Session session(db, *reviewer.value(), QStringLiteral("da"), &clock);
    ReviewService reviews(session);
    for (int i = 0; i < ids.size(); i += 3) {
        const ReviewRef review{ids.at(i)};
        auto state = reviews.load(review);
        if (!state)
            return state.error();
        const auto items = state->applicableItems();
        const bool finish = i % 2 == 0;
        const int answered = finish ? int(items.size()) : int(items.size()) / 2;
        for (int k = 0; k < answered; ++k) {
            // Reviewers mostly agree with what the rules computed; otherwise a realistic spread of answers.
            const int roll = int(random.bounded(100));
            AnswerValue value = roll < 70   ? AnswerValue::Met
                                : roll < 90 ? AnswerValue::NotMet
                                            : AnswerValue::NotApplicable;
            const auto verdict = state->verdicts.constFind(items.at(k)->key);
            if (verdict != state->verdicts.cend())
                if (const auto suggested = verdicts::suggestedAnswer(*verdict))
                    value = *suggested;
            auto answered_ = reviews.answer(review, items.at(k)->key, value);
            if (!answered_)
                return answered_.error();
            if (value == AnswerValue::NotMet && answered_->after.defect) {
                Defect defect = *answered_->after.defect;
                defect.due = options.today.addDays(int(random.bounded(60)) - 20);
                if (auto saved = reviews.saveDefect(review, defect); !saved)
                    return saved.error();
            }
        }
        if (finish)
            if (auto completed = reviews.complete(review); !completed)
                return completed;
    }
    if (auto round = addRound(db, user, options, clock, random); !round)
        return round;
    // One unit of work for the whole plan and the marker: one sync to disk instead of one per change.
    return db.transaction([&]() -> Status {
        if (auto plan = addActionPlan(db, user, options, clock,
                                      QStringLiteral("Kvalitetsopfølgning 2. halvår %1").arg(options.today.year()));
            !plan)
            return plan;
        return db.settings().set(markerKey(), QStringLiteral("1"));
    });
}

QString markerKey()
{
    return QStringLiteral("demo.data");
}

Result<Content> content(Database &db)
{
    auto cases = db.cases().count(CaseFilter{});
    if (!cases)
        return cases.error();
    if (cases.value() == 0)
        return Content::Empty;
    auto marker = db.settings().value(markerKey());
    if (!marker)
        return marker.error();
    return marker.value() && marker.value().value() == u"1" ? Content::Demo : Content::Own;
}

} // namespace sagstjek::demodata
