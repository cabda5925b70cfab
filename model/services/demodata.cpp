#include "services/demodata.h"

#include "domain/areas.h"
#include "services/accesspolicy.h"
#include "services/actionplanservice.h"
#include "services/defectservice.h"
#include "services/policysetup.h"
#include "services/reviewservice.h"
#include "services/roundservice.h"
#include "services/session.h"
#include "services/templatecatalog.h"
#include "services/verdicts.h"
#include "storage/audittrail.h"
#include "storage/bulkcasewriter.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/settingsstore.h"
#include "storage/templaterepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

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

// What makeCase needs of a card, worked out once: the dated rules' deadlines in card order (the period parsed
// once, not per case: it showed at a million generated cases).
struct CardPlan {
    const CueCard *card = nullptr;
    QString reference;
    struct Deadline {
        QString from;
        QString actual;
        int days = 0;
    };
    QList<Deadline> deadlines;
};

CardPlan planFor(const CueCard &card)
{
    CardPlan plan;
    plan.card = &card;
    plan.reference = !card.referenceDate.isEmpty() ? card.referenceDate
                     : !card.dateFields.isEmpty()  ? card.dateFields.first().key
                                                   : QString();
    for (const CueCardItem *item : card.items()) {
        if (item->rules.isEmpty())
            continue;
        const QJsonObject check = item->rules.last().toObject().value(u"check").toObject();
        if (check.value(u"type").toString() != u"deadline")
            continue;
        plan.deadlines << CardPlan::Deadline{check.value(u"start").toString(), check.value(u"actual").toString(),
                                             approximateDays(check.value(u"period").toString())};
    }
    return plan;
}

CaseFile makeCase(QRandomGenerator &random, const CardPlan &plan, qint64 serial, const QDate &today)
{
    const CueCard &card = *plan.card;
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
    const QString &reference = plan.reference;
    QDate start(year, 1 + int(random.bounded(12)), 1 + int(random.bounded(28)));
    if (start > today.addDays(-30))
        start = today.addDays(-200 - random.bounded(300));
    if (!reference.isEmpty())
        c.dates.insert(reference, start);
    for (const CardPlan::Deadline &deadline : plan.deadlines) {
        const QString &from = deadline.from;
        const QString &actual = deadline.actual;
        if (actual.isEmpty() || c.dates.contains(actual) || !c.dates.contains(from))
            continue;
        const int days = deadline.days;
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

// fill()'s work, in its unit of work.
static Status fillWithin(Database &db, const QString &user, const Options &options)
{
    auto reviewer = policyFor(db, user);
    if (!reviewer)
        return reviewer.error();
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

    QList<CardPlan> plans;
    for (const CueCard &card : cards)
        plans << planFor(card);
    QRandomGenerator random(20191205); // Solrød's answer to the ministry, 5 December 2019
    QList<CaseFile> cases;
    for (int i = 0; i < options.caseCount; ++i) {
        // Half the cases are integration cases, as in the municipalities' walkthroughs.
        const qsizetype others = plans.size() - 1;
        const CardPlan &plan = (i % 2 == 0 || others == 0) ? plans.first() : plans.at(1 + (i / 2) % others);
        cases << makeCase(random, plan, 101 + i, options.today);
    }
    auto inserted = addCases(db, cases);
    if (!inserted)
        return inserted.error();
    const QList<qint64> ids = inserted.value();

    // A third of the cases already reviewed (some completed, some half-way) so the defects view has content.
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

namespace {

// Where the generated cases come from: the areas weighted roughly as a national review would meet them (cash
// benefit and sickness benefit the largest), in per mille; every area gets at least its first case.
int areaWeight(const QString &area)
{
    static const QHash<QString, int> weights = {
        {QStringLiteral("cash-benefit"), 260},   {QStringLiteral("sickness-benefit"), 220},
        {QStringLiteral("integration"), 150},    {QStringLiteral("job-clarification"), 90},
        {QStringLiteral("resource-course"), 80}, {QStringLiteral("adult-disability"), 90},
        {QStringLiteral("self-supporting"), 60}, {QStringLiteral("igu"), 50},
    };
    return weights.value(area, 50);
}

// Municipalities the generated teams belong to, so a national review's teams are many and not all alike.
const char16_t *const municipalities[] = {
    u"København",     u"Aarhus",    u"Odense",   u"Aalborg",    u"Esbjerg",   u"Randers",  u"Kolding",
    u"Horsens",       u"Vejle",     u"Roskilde", u"Herning",    u"Hørsholm",  u"Solrød",   u"Næstved",
    u"Frederikshavn", u"Silkeborg", u"Holbæk",   u"Sønderborg", u"Svendborg", u"Hjørring", u"Ærø"};

// What the generator decided for a case when it wrote it, kept small (a million of these).
struct CaseSketch {
    quint8 plan = 0;     // index into the card plans
    quint8 subgroup = 0; // index into the card's subgroups + 1; 0 for none
    quint8 review = 0;   // 0 none, 1 in progress, 2 completed (the review outside any round)
    quint8 worker = 0;   // index into the area's caseworkers: the defects' owner
};

QString timestamp(const QDate &day, int minuteOfDay)
{
    return QStringLiteral("%1T%2:%3:00.000Z")
        .arg(day.toString(Qt::ISODate))
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

struct ReviewWriter {
    Database &db;
    const QString &user;
    const QList<CardPlan> &plans;
    const QDate today;
    QRandomGenerator &random;
    QHash<quint16, QList<const CueCardItem *>> itemsByCardAndSubgroup{};
    GenerateSummary &summary;

    const QList<const CueCardItem *> &itemsFor(int plan, int subgroup)
    {
        const quint16 key = quint16(plan << 8 | subgroup);
        auto it = itemsByCardAndSubgroup.find(key);
        if (it == itemsByCardAndSubgroup.end()) {
            const CueCard &card = *plans.at(plan).card;
            it = itemsByCardAndSubgroup.insert(
                key, card.itemsFor(subgroup > 0 ? card.subgroups.at(subgroup - 1).key : QString()));
        }
        return *it;
    }

    // One review with its answers (all of them when completed, else about half) and a defect per "not met".
    Status write(qint64 caseId, const CaseSketch &sketch, qint64 roundId, bool completed, const QString &owner)
    {
        ReviewRepository &reviews = db.reviews();
        const CueCard &card = *plans.at(sketch.plan).card;
        auto id = reviews.create(caseId, card.id, user, roundId);
        if (!id)
            return id.error();
        const QDate day = today.addDays(-1 - int(random.bounded(365)));
        const QList<const CueCardItem *> &items = itemsFor(sketch.plan, sketch.subgroup);
        const qsizetype answered = completed ? items.size() : items.size() / 2;
        int minute = 8 * 60 + int(random.bounded(6 * 60));
        for (qsizetype k = 0; k < answered; ++k) {
            const CueCardItem *item = items.at(k);
            const int roll = int(random.bounded(100));
            Answer answer;
            answer.itemKey = item->key;
            answer.value = roll < 74 ? AnswerValue::Met : roll < 90 ? AnswerValue::NotMet : AnswerValue::NotApplicable;
            answer.answeredBy = user;
            answer.answeredAt = timestamp(day, std::min(minute++, 23 * 60 + 59));
            if (auto upserted = reviews.upsertAnswer(id.value(), answer); !upserted)
                return upserted.error();
            ++summary.answers;
            if (answer.value != AnswerValue::NotMet)
                continue;
            Defect defect;
            defect.reviewId = id.value();
            defect.caseId = caseId;
            defect.itemKey = item->key;
            defect.description = item->remediation.in(QStringLiteral("da"));
            if (defect.description.isEmpty())
                defect.description = item->text.in(QStringLiteral("da"));
            defect.severity = item->severity;
            defect.owner = owner;
            defect.due = day.addDays(14 + int(random.bounded(60)));
            defect.createdBy = user;
            defect.createdAt = answer.answeredAt;
            if (auto saved = reviews.upsertDefect(defect); !saved)
                return saved.error();
            ++summary.defects;
        }
        if (completed)
            if (auto done = reviews.setStatus(id.value(), ReviewStatus::Completed); !done)
                return done;
        if (auto dated = reviews.backdate(caseId, roundId, timestamp(day, 8 * 60)); !dated)
            return dated;
        ++summary.reviews;
        return Ok{};
    }
};

} // namespace

Status fill(Database &db, const QString &user, Options options)
{
    // All or nothing: a refusal half-way (an administrator does not review cases; a database whose user list lacks
    // the demo reviewers) leaves no demo cases behind. Whoever fills it reviews a third of the cases, so an
    // administrator is refused before anything is written.
    auto reviewer = policyFor(db, user);
    if (!reviewer)
        return reviewer.error();
    if (auto allowed = reviewer.value()->requireCaseData(); !allowed)
        return allowed;
    return db.transaction([&] { return fillWithin(db, user, options); });
}

Result<GenerateSummary> generate(Session &session, const GenerateOptions &options)
{
    if (auto allowed = session.policy().require(AccessPolicy::Permission::ImportCases); !allowed)
        return allowed.error();
    if (options.caseCount < 1)
        return invalidInput(QStringLiteral("Generate at least one case."));
    if (options.reviewedShare < 0 || options.reviewedShare > 1)
        return invalidInput(QStringLiteral("The reviewed share is a fraction from 0 to 1."));
    Database &db = session.database();
    const QString user = session.userName();
    auto existing = db.cases().count({});
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return invalidInput(QStringLiteral("The database already has %1 cases; generated cases go only into an "
                                           "empty database so they never mix with real ones.")
                                .arg(existing.value()));
    if (auto installed = templatecatalog::installBuiltIn(db, user); !installed)
        return installed.error();
    QList<CueCard> cards;
    for (const QString &area : Areas::keys()) {
        auto card = db.templates().latestForArea(area);
        if (card)
            cards << std::move(card).value();
    }
    if (cards.isEmpty() || cards.size() > 255)
        return databaseError(QStringLiteral("There are no cue-card templates to generate cases for."));
    QList<CardPlan> plans;
    int weightTotal = 0;
    QList<int> weights;
    for (const CueCard &card : cards) {
        plans << planFor(card);
        weights << areaWeight(card.area);
        weightTotal += weights.last();
    }
    const auto stopped = [&](const QString &stage, qint64 done, qint64 total) {
        return options.progress && !options.progress(stage, done, total);
    };

    GenerateSummary summary;
    const quint32 seedWords[2] = {quint32(options.seed), quint32(options.seed >> 32)};
    QRandomGenerator random(seedWords, 2);
    auto work = db.beginWork();
    if (!work)
        return work.error();
    const auto endPart = [&](int part, const QJsonObject &extra) -> Status {
        QJsonObject after{{QStringLiteral("seed"), QString::number(options.seed)},
                          {QStringLiteral("cases"), options.caseCount},
                          {QStringLiteral("reviewed_share"), options.reviewedShare},
                          {QStringLiteral("as_of"), options.today.toString(Qt::ISODate)},
                          {QStringLiteral("part"), part}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            after.insert(it.key(), it.value());
        if (auto audited = db.audit().record(AuditEntry{
                user, QStringLiteral("generate"), QStringLiteral("case"), QStringLiteral("*"), 0, {}, after, {}});
            !audited)
            return audited;
        ++summary.auditRecords;
        return work.value()->commit();
    };

    // The cases, in batches of multi-row inserts; indexes re-created once at the end for a large run.
    std::vector<CaseSketch> sketches;
    sketches.reserve(size_t(options.caseCount));
    qint64 firstId = 0;
    {
        std::unique_ptr<BulkCaseWriter> writer = db.caseWriter();
        if (auto begun = writer->begin(options.caseCount >= 50'000); !begun)
            return begun.error();
        constexpr int Batch = 500;
        QList<CaseFile> batch;
        batch.reserve(Batch);
        for (qint64 i = 0; i < options.caseCount; ++i) {
            int plan = 0;
            if (i < plans.size()) {
                plan = int(i); // every area from the first cases on
            } else {
                int pick = int(random.bounded(weightTotal));
                while (pick >= weights.at(plan))
                    pick -= weights.at(plan++);
            }
            CaseFile c = makeCase(random, plans.at(plan), i + 1, options.today);
            c.team += u' ' + QString::fromUtf16(municipalities[random.bounded(int(std::size(municipalities)))]);
            CaseSketch sketch;
            sketch.plan = quint8(plan);
            const QList<NamedField> &subgroups = plans.at(plan).card->subgroups;
            for (int g = 0; g < subgroups.size(); ++g)
                if (subgroups.at(g).key == c.subgroup)
                    sketch.subgroup = quint8(g + 1);
            const auto &workers = caseworkers().value(c.area);
            for (int w = 0; w < workers.size(); ++w)
                if (c.caseworker == QString::fromUtf16(workers.at(w).name))
                    sketch.worker = quint8(w);
            if (random.generateDouble() < options.reviewedShare)
                sketch.review = random.bounded(100) < 70 ? 2 : 1;
            c.reviewStatus = sketch.review == 2   ? ReviewStatus::Completed
                             : sketch.review == 1 ? ReviewStatus::InProgress
                                                  : ReviewStatus::NotStarted;
            sketches.push_back(sketch);
            batch << std::move(c);
            if (batch.size() == Batch || i + 1 == options.caseCount) {
                auto ids = writer->insertMany(batch);
                if (!ids)
                    return ids.error();
                if (ids->contains(0))
                    return databaseError(QStringLiteral("A generated case number was not unique."));
                if (firstId == 0)
                    firstId = ids->first();
                // The reviews below find a case by its position: the ids of an empty table are consecutive.
                if (ids->first() != firstId + summary.cases || ids->last() != ids->first() + ids->size() - 1)
                    return databaseError(QStringLiteral("The generated cases did not get consecutive ids."));
                summary.cases += batch.size();
                batch.clear();
                if (stopped(QStringLiteral("cases"), summary.cases, options.caseCount))
                    return invalidInput(QStringLiteral("Stopped: nothing was generated."));
            }
        }
        if (auto finished = writer->finish(); !finished)
            return finished.error();
    }

    // A sample round over every area; part of its sample reviewed in the round.
    RoundService rounds(session);
    RoundSpec spec;
    spec.name = QStringLiteral("Stikprøve %1 (genereret)").arg(options.today.year());
    spec.kind = RoundKind::Sample;
    spec.periodStart = QDate(options.today.year(), 1, 1);
    spec.periodEnd = QDate(options.today.year(), 12, 31);
    spec.sampleSize = int(std::clamp<qint64>(options.caseCount / 100, 1, 200));
    spec.seed = options.seed;
    auto round = rounds.create(spec);
    if (!round)
        return round.error();
    auto sample = rounds.cases(round->id);
    if (!sample)
        return sample.error();
    summary.roundCases = sample->size();

    // The reviews draw from a stream of their own, so the cases do not depend on how many answers a card has.
    const quint32 reviewSeedWords[3] = {quint32(options.seed), quint32(options.seed >> 32), 0x5EED};
    QRandomGenerator reviewRandom(reviewSeedWords, 3);
    ReviewWriter reviews{db, user, plans, options.today, reviewRandom, {}, summary};
    const auto ownerOf = [&](const CaseSketch &sketch) {
        return QString::fromUtf16(caseworkers().value(plans.at(sketch.plan).card->area).at(sketch.worker).name);
    };
    qint64 inPart = 0;
    int part = 1;
    const qint64 expectedReviews =
        std::count_if(sketches.cbegin(), sketches.cend(), [](const CaseSketch &k) { return k.review > 0; });
    for (size_t i = 0; i < sketches.size(); ++i) {
        const CaseSketch &sketch = sketches.at(i);
        if (sketch.review == 0)
            continue;
        const qint64 caseId = firstId + qint64(i);
        if (auto written = reviews.write(caseId, sketch, 0, sketch.review == 2, ownerOf(sketch)); !written)
            return written.error();
        if (++inPart == ReviewsPerRecord) {
            if (auto ended = endPart(part++, {{QStringLiteral("reviews"), inPart}}); !ended)
                return ended.error();
            inPart = 0;
            if (stopped(QStringLiteral("reviews"), summary.reviews, expectedReviews))
                return invalidInput(QStringLiteral("Stopped after %1 reviews.").arg(summary.reviews));
            work = db.beginWork();
            if (!work)
                return work.error();
        }
    }
    for (qsizetype k = 0; k < sample->size(); ++k) {
        if (reviewRandom.bounded(100) >= 60)
            continue;
        const RoundCase &rc = sample->at(k);
        const qint64 index = rc.caseId - firstId;
        if (index < 0 || index >= qint64(sketches.size()))
            continue;
        if (auto written = reviews.write(rc.caseId, sketches.at(size_t(index)), round->id,
                                         reviewRandom.bounded(100) < 70, rc.caseworker);
            !written)
            return written.error();
        ++inPart;
    }
    if (auto ended = endPart(part, {{QStringLiteral("reviews"), inPart},
                                    {QStringLiteral("total_reviews"), summary.reviews},
                                    {QStringLiteral("total_answers"), summary.answers},
                                    {QStringLiteral("total_defects"), summary.defects}});
        !ended)
        return ended.error();
    return summary;
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
