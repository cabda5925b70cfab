#include "actionplanview.h"

#include "domain/words.h"
#include "services/actionplanservice.h"
#include "services/session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

const QColor LateColour(0xB0, 0x3A, 0x2E);
const QColor DoneColour(0x2E, 0x6B, 0x30);

} // namespace

ActionPlanView::ActionPlanView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_language(session.language())
    , m_service(std::make_unique<ActionPlanService>(session))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_planName(new QLineEdit(this))
    , m_evaluation(new QDateEdit(session.today().addMonths(6), this))
    , m_themeTitle(new QLineEdit(this))
    , m_what(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_hasDeadline(new QCheckBox(tr("&Deadline:"), this))
    , m_deadline(new QDateEdit(session.today().addMonths(3), this))
    , m_linkKind(new QComboBox(this))
    , m_link(new QLineEdit(this))
    , m_selectedAction(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_setStatus(new QPushButton(tr("Set &status"), this))
    , m_history(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_planName->setObjectName(QStringLiteral("planName"));
    m_evaluation->setObjectName(QStringLiteral("evaluation"));
    m_themeTitle->setObjectName(QStringLiteral("themeTitle"));
    m_what->setObjectName(QStringLiteral("what"));
    m_owner->setObjectName(QStringLiteral("owner"));
    m_hasDeadline->setObjectName(QStringLiteral("hasDeadline"));
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_linkKind->setObjectName(QStringLiteral("linkKind"));
    m_link->setObjectName(QStringLiteral("link"));
    m_selectedAction->setObjectName(QStringLiteral("selectedAction"));
    m_status->setObjectName(QStringLiteral("status"));
    m_note->setObjectName(QStringLiteral("note"));
    m_setStatus->setObjectName(QStringLiteral("setStatus"));
    m_history->setObjectName(QStringLiteral("history"));
    m_message->setObjectName(QStringLiteral("message"));

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Plan, theme or action"), tr("Owner"), tr("Deadline"), tr("Status")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    for (int column : {Owner, Deadline, Status})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Action plan"));

    const QString dateFormat = m_language == u"da" ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("yyyy-MM-dd");
    for (QDateEdit *edit : {m_evaluation, m_deadline}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
    }
    m_hasDeadline->setChecked(true);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    m_planName->setPlaceholderText(tr("e.g. Handleplan for integrationsområdet 2020"));
    m_themeTitle->setPlaceholderText(tr("e.g. Ledelse og organisering"));
    m_what->setPlaceholderText(tr("What is to be done"));
    m_owner->setPlaceholderText(tr("Who sees to it"));
    m_linkKind->addItem(tr("No link"), QString());
    m_linkKind->addItem(tr("Check item"), planLinkKindKey(PlanLinkKind::Item));
    m_linkKind->addItem(tr("Management action rule"), planLinkKindKey(PlanLinkKind::ActionRule));
    m_linkKind->addItem(tr("Round"), planLinkKindKey(PlanLinkKind::Round));
    m_link->setPlaceholderText(tr("Item key, rule number or round name"));
    m_link->setEnabled(false);
    connect(m_linkKind, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_link->setEnabled(index > 0 && m_service->mayEdit()); });
    for (PlanStatus status : allPlanStatuses())
        m_status->addItem(statusText(status), planStatusKey(status));
    m_note->setPlaceholderText(tr("Note: what happened (written with your name and the date)"));
    m_history->setColumnCount(4);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Status"), tr("Note")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_history->setAccessibleName(tr("Note history"));
    m_message->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_selectedAction->setWordWrap(true);

    auto button = [this](const QString &text, const char *name, void (ActionPlanView::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        m_editors << b;
        return b;
    };
    auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };

    auto *planBox = new QGroupBox(tr("New plan"), this);
    auto *planForm = new QFormLayout(planBox);
    planForm->addRow(labelFor(tr("&Name:"), m_planName), m_planName);
    planForm->addRow(labelFor(tr("E&valuation:"), m_evaluation), m_evaluation);
    planForm->addRow(QString(), button(tr("Create &plan"), "createPlan", &ActionPlanView::createPlan));

    auto *themeBox = new QGroupBox(tr("New theme in the selected plan"), this);
    auto *themeRow = new QHBoxLayout(themeBox);
    themeRow->addWidget(labelFor(tr("&Theme:"), m_themeTitle));
    themeRow->addWidget(m_themeTitle, 1);
    themeRow->addWidget(button(tr("Add t&heme"), "addTheme", &ActionPlanView::addTheme));

    auto *actionBox = new QGroupBox(tr("New action in the selected theme"), this);
    auto *actionForm = new QFormLayout(actionBox);
    actionForm->addRow(labelFor(tr("&What:"), m_what), m_what);
    actionForm->addRow(labelFor(tr("&Owner:"), m_owner), m_owner);
    actionForm->addRow(m_hasDeadline, m_deadline);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkKind);
    linkRow->addWidget(m_link, 1);
    actionForm->addRow(labelFor(tr("&Finding:"), m_linkKind), linkRow);
    actionForm->addRow(QString(), button(tr("&Add action"), "addAction", &ActionPlanView::addAction));

    auto *statusBox = new QGroupBox(tr("Status of the selected action"), this);
    auto *statusForm = new QFormLayout(statusBox);
    statusForm->addRow(m_selectedAction);
    statusForm->addRow(labelFor(tr("Ne&w status:"), m_status), m_status);
    statusForm->addRow(labelFor(tr("N&ote:"), m_note), m_note);
    statusForm->addRow(QString(), m_setStatus);
    statusForm->addRow(m_history);
    connect(m_setStatus, &QPushButton::clicked, this, &ActionPlanView::setStatus);
    connect(m_note, &QLineEdit::returnPressed, this, &ActionPlanView::setStatus);
    m_editors << m_setStatus;

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(statusBox, 1);
    sideLayout->addWidget(actionBox);
    sideLayout->addWidget(themeBox);
    sideLayout->addWidget(planBox);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 540});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_editors << m_planName << m_evaluation << m_themeTitle << m_what << m_owner << m_hasDeadline << m_deadline
              << m_linkKind << m_status << m_note;
    if (!m_service->mayEdit()) {
        for (QWidget *editor : std::as_const(m_editors))
            editor->setEnabled(false);
        m_link->setEnabled(false);
        showMessage(tr("You can read the action plan. Coordinators and leaders edit it."));
    }

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ActionPlanView::showSelection);
    connect(m_service.get(), &ActionPlanService::planChanged, this, &ActionPlanView::refresh);
    setTabOrder(m_tree, m_status);
    setTabOrder(m_status, m_note);
    setTabOrder(m_note, m_setStatus);
    refresh();
}

ActionPlanView::~ActionPlanView() = default;

QString ActionPlanView::message() const
{
    return m_message->text();
}

QString ActionPlanView::statusText(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Planned:
        return tr("Planned");
    case PlanStatus::InProgress:
        return tr("In progress");
    case PlanStatus::Done:
        return tr("Done");
    case PlanStatus::Abandoned:
        return tr("Abandoned");
    }
    return {};
}

QString ActionPlanView::dateText(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return words::date(date, m_language);
}

void ActionPlanView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QString());
}

void ActionPlanView::refresh()
{
    // Keep the selection across the rebuild.
    Kind kind = Kind::Plan;
    qint64 id = 0;
    if (QTreeWidgetItem *current = m_tree->currentItem()) {
        kind = Kind(current->data(What, KindRole).toInt());
        id = current->data(What, IdRole).toLongLong();
    }
    auto plans = m_service->plans();
    if (!plans) {
        showMessage(plans.error().message, true);
        return;
    }
    const QDate today = m_service->today(); // asked on every refresh: the app may stay open past midnight
    auto summaries = m_service->summaries(today);
    m_tree->clear();
    const QIcon lateIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int late = 0;
    int actions = 0;
    for (const ActionPlan &plan : plans.value()) {
        auto *planItem = new QTreeWidgetItem(m_tree);
        planItem->setText(What, plan.name);
        planItem->setData(What, KindRole, int(Kind::Plan));
        planItem->setData(What, IdRole, plan.id);
        QFont bold = planItem->font(What);
        bold.setBold(true);
        planItem->setFont(What, bold);
        if (plan.evaluationDate.isValid()) {
            planItem->setText(Deadline, dateText(plan.evaluationDate));
            planItem->setText(Status, plan.evaluationDue(today) ? tr("Evaluate now") : tr("Evaluation"));
            planItem->setToolTip(Deadline, tr("The plan is to be evaluated on this day."));
        }
        for (const PlanTheme &theme : plan.themes) {
            auto *themeItem = new QTreeWidgetItem(planItem);
            themeItem->setText(What, theme.title);
            themeItem->setData(What, KindRole, int(Kind::Theme));
            themeItem->setData(What, IdRole, theme.id);
            for (const PlanAction &action : theme.actions) {
                ++actions;
                auto *item = new QTreeWidgetItem(themeItem);
                item->setText(What, action.what);
                item->setToolTip(What, action.what);
                item->setText(Owner, action.owner);
                item->setText(Deadline, dateText(action.deadline));
                item->setData(What, KindRole, int(Kind::Action));
                item->setData(What, IdRole, action.id);
                const bool isLate = action.isLate(today);
                item->setData(What, LateRole, isLate);
                if (isLate) {
                    ++late;
                    // Not colour alone: an icon and the word, too.
                    item->setText(Status, tr("%1 — late").arg(statusText(action.status)));
                    item->setIcon(Status, lateIcon);
                    for (int column : {Deadline, Status})
                        item->setForeground(column, LateColour);
                    item->setToolTip(Status, tr("The deadline has passed and the action is not done."));
                } else {
                    item->setText(Status, statusText(action.status));
                    if (action.status == PlanStatus::Done)
                        item->setForeground(Status, DoneColour);
                }
            }
        }
    }
    m_tree->expandAll();
    if (plans->isEmpty())
        m_summary->setText(tr("No action plan yet. Create one with the form on the right."));
    else if (summaries && summaries->size() == 1) {
        const PlanSummary &s = summaries->first();
        m_summary->setText(tr("Actions: %1 (%2 planned, %3 in progress, %4 done, %5 abandoned). Late: %6.")
                               .arg(s.actions)
                               .arg(s.byStatus.value(PlanStatus::Planned))
                               .arg(s.byStatus.value(PlanStatus::InProgress))
                               .arg(s.byStatus.value(PlanStatus::Done))
                               .arg(s.byStatus.value(PlanStatus::Abandoned))
                               .arg(s.late));
    } else {
        m_summary->setText(tr("Plans: %1, actions: %2. Late: %3.").arg(plans->size()).arg(actions).arg(late));
    }
    if (id == 0 || !select(kind, id)) {
        if (m_tree->topLevelItemCount() > 0)
            m_tree->setCurrentItem(m_tree->topLevelItem(0));
        else
            showSelection();
    }
}

bool ActionPlanView::select(Kind kind, qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (Kind((*it)->data(What, KindRole).toInt()) == kind && (*it)->data(What, IdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return true;
        }
    }
    return false;
}

qint64 ActionPlanView::selectedId(Kind kind) const
{
    for (QTreeWidgetItem *item = m_tree->currentItem(); item; item = item->parent())
        if (Kind(item->data(What, KindRole).toInt()) == kind)
            return item->data(What, IdRole).toLongLong();
    return 0;
}

void ActionPlanView::showSelection()
{
    m_history->clear();
    const qint64 actionId =
        m_tree->currentItem() && Kind(m_tree->currentItem()->data(What, KindRole).toInt()) == Kind::Action
            ? m_tree->currentItem()->data(What, IdRole).toLongLong()
            : 0;
    const bool editable = m_service->mayEdit();
    m_setStatus->setEnabled(editable && actionId != 0);
    m_status->setEnabled(editable && actionId != 0);
    m_note->setEnabled(editable && actionId != 0);
    if (actionId == 0) {
        m_selectedAction->setText(tr("Select an action in the tree to change its status and read its notes."));
        return;
    }
    auto action = m_service->action(actionId);
    if (!action || !action.value()) {
        showMessage(action ? tr("The action is gone.") : action.error().message, true);
        return;
    }
    const PlanAction &a = *action.value();
    QString text = QStringLiteral("<b>%1</b><br>%2").arg(a.what.toHtmlEscaped(), a.owner.toHtmlEscaped());
    if (a.deadline.isValid())
        text += tr(", deadline %1").arg(dateText(a.deadline));
    if (a.link)
        text += QStringLiteral("<br>") + tr("Finding: %1").arg(a.link->label.toHtmlEscaped());
    m_selectedAction->setText(text);
    m_status->setCurrentIndex(m_status->findData(planStatusKey(a.status)));
    for (qsizetype i = a.notes.size() - 1; i >= 0; --i) { // newest first
        const PlanNote &note = a.notes.at(i);
        auto *row = new QTreeWidgetItem(m_history);
        const QDateTime at = QDateTime::fromString(note.writtenAt, Qt::ISODateWithMs).toLocalTime();
        row->setText(0, dateText(at.date()) + at.toString(QStringLiteral(" HH:mm")));
        row->setText(1, note.writtenBy);
        row->setText(2, statusText(note.status));
        row->setText(3, note.note);
        row->setToolTip(3, note.note);
    }
}

void ActionPlanView::createPlan()
{
    auto id = m_service->createPlan(m_planName->text(), m_evaluation->date());
    if (!id) {
        showMessage(id.error().message, true);
        return;
    }
    m_planName->clear();
    select(Kind::Plan, id.value());
    showMessage(tr("The plan was created. Add its themes."));
}

void ActionPlanView::addTheme()
{
    const qint64 planId = selectedId(Kind::Plan);
    if (planId == 0) {
        showMessage(tr("Select the plan the theme belongs to."), true);
        return;
    }
    auto id = m_service->addTheme(planId, m_themeTitle->text());
    if (!id) {
        showMessage(id.error().message, true);
        return;
    }
    m_themeTitle->clear();
    select(Kind::Theme, id.value());
    showMessage(tr("The theme was added."));
}

void ActionPlanView::addAction()
{
    const qint64 themeId = selectedId(Kind::Theme);
    if (themeId == 0) {
        showMessage(tr("Select the theme the action belongs to."), true);
        return;
    }
    PlanActionInput input;
    input.what = m_what->text();
    input.owner = m_owner->text();
    if (m_hasDeadline->isChecked())
        input.deadline = m_deadline->date();
    if (const auto kind = planLinkKindFromKey(m_linkKind->currentData().toString())) {
        input.linkKind = kind;
        input.linkText = m_link->text();
    }
    auto id = m_service->addAction(themeId, input);
    if (!id) {
        showMessage(id.error().message, true);
        return;
    }
    m_what->clear();
    m_link->clear();
    m_linkKind->setCurrentIndex(0);
    select(Kind::Action, id.value());
    showMessage(tr("The action was added as planned."));
}

void ActionPlanView::setStatus()
{
    const qint64 actionId = selectedId(Kind::Action);
    if (actionId == 0) {
        showMessage(tr("Select the action whose status you change."), true);
        return;
    }
    const auto status = planStatusFromText(m_status->currentData().toString());
    if (!status)
        return;
    if (auto set = m_service->setStatus(actionId, *status, m_note->text()); !set) {
        showMessage(set.error().message, true);
        return;
    }
    m_note->clear();
    select(Kind::Action, actionId);
    showMessage(tr("The status is now %1.").arg(statusText(*status).toLower()));
}

} // namespace sagstjek
