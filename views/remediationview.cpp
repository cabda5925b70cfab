#include "remediationview.h"

#include "itemmodels/roundmodels.h"
#include "services/defectservice.h"
#include "services/roundservice.h"
#include "services/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

// Paints overdue defects in the warning colour (the model says which; colours belong to the view).
class OverdueDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(DefectTrackerModel::OverdueRole).toBool()) {
            option->palette.setColor(QPalette::Text, QColor(0xB0, 0x3A, 0x2E));
            option->font.setBold(index.column() == DefectTrackerModel::Due);
        }
    }
};

} // namespace

RemediationView::RemediationView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ownName(session.user().caseworkerName())
    , m_service(std::make_unique<DefectService>(session))
    , m_rounds(std::make_unique<RoundService>(session))
    , m_model(new DefectTrackerModel(*m_service, this))
    , m_table(new QTableView(this))
    , m_round(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_note(new QLineEdit(this))
    , m_newOwner(new QLineEdit(this))
    , m_due(new QDateEdit(QDate::currentDate().addDays(30), this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("defects"));
    m_note->setObjectName(QStringLiteral("note"));
    m_newOwner->setObjectName(QStringLiteral("newOwner"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_message->setObjectName(QStringLiteral("message"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new OverdueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DefectTrackerModel::Item, QHeaderView::Stretch);
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Remediated"), QStringLiteral("remediated"));
    m_status->addItem(tr("Verified"), QStringLiteral("verified"));
    m_status->addItem(tr("Reopened"), QStringLiteral("reopened"));
    m_owner->setPlaceholderText(tr("Owner"));
    m_note->setPlaceholderText(tr("What was done (remediate), or why (reopen)"));
    m_newOwner->setPlaceholderText(tr("New owner"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_message->setWordWrap(true);

    auto button = [this](const QString &text, const char *name, void (RemediationView::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Round:"), this));
    filters->addWidget(m_round);
    filters->addWidget(m_status);
    filters->addWidget(m_owner);
    filters->addWidget(m_overdue);
    filters->addWidget(button(tr("&My defects"), "mine", &RemediationView::showMine));
    filters->addStretch();
    auto *followUp = new QHBoxLayout;
    followUp->addWidget(m_note, 1);
    followUp->addWidget(button(tr("&Remediated"), "remediate", &RemediationView::remediateSelected));
    followUp->addWidget(button(tr("&Verify"), "verify", &RemediationView::verifySelected));
    followUp->addWidget(button(tr("Re&open"), "reopen", &RemediationView::reopenSelected));
    auto *bulk = new QHBoxLayout;
    bulk->addWidget(m_newOwner);
    bulk->addWidget(button(tr("Re&assign selected"), "reassign", &RemediationView::reassignSelected));
    bulk->addWidget(m_due);
    bulk->addWidget(button(tr("Set &due date of selected"), "setDue", &RemediationView::setDueOfSelected));
    bulk->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(followUp);
    layout->addLayout(bulk);
    layout->addWidget(m_message);

    connect(m_round, &QComboBox::currentIndexChanged, this, &RemediationView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RemediationView::applyFilter);
    connect(m_owner, &QLineEdit::editingFinished, this, &RemediationView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &RemediationView::applyFilter);
    connect(m_model, &DefectTrackerModel::errorOccurred, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_service.get(), &DefectService::defectsChanged, m_model, &DefectTrackerModel::refresh);
    refresh();
}

RemediationView::~RemediationView() = default;

QString RemediationView::message() const
{
    return m_message->text();
}

void RemediationView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QString());
}

void RemediationView::refresh()
{
    const qint64 current = m_round->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_round);
        m_round->clear();
        m_round->addItem(tr("All rounds"), qint64(0));
        if (auto rounds = m_rounds->list())
            for (const Round &round : rounds.value())
                m_round->addItem(round.name, round.id);
        m_round->setCurrentIndex(std::max(0, m_round->findData(current)));
    }
    applyFilter();
}

void RemediationView::applyFilter()
{
    TrackerFilter filter;
    filter.roundId = m_round->currentData().toLongLong();
    filter.status = m_status->currentData().toString();
    filter.owner = m_owner->text().trimmed();
    filter.overdueOnly = m_overdue->isChecked();
    m_model->setFilter(filter);
}

void RemediationView::showMine()
{
    m_owner->setText(m_ownName);
    applyFilter();
}

QList<qint64> RemediationView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->data(index, DefectTrackerModel::DefectIdRole).toLongLong();
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_model->data(m_table->currentIndex(), DefectTrackerModel::DefectIdRole).toLongLong();
    return ids;
}

void RemediationView::remediateSelected()
{
    for (qint64 id : selectedIds())
        if (auto done = m_service->remediate(id, m_note->text()); !done)
            return showMessage(done.error().message, true);
    m_note->clear();
    showMessage(tr("Remediation recorded; someone else verifies it."));
}

void RemediationView::verifySelected()
{
    for (qint64 id : selectedIds())
        if (auto done = m_service->verify(id, m_note->text()); !done)
            return showMessage(done.error().message, true);
    m_note->clear();
    showMessage(tr("Verified."));
}

void RemediationView::reopenSelected()
{
    for (qint64 id : selectedIds())
        if (auto done = m_service->reopen(id, m_note->text()); !done)
            return showMessage(done.error().message, true);
    m_note->clear();
    showMessage(tr("Reopened."));
}

void RemediationView::reassignSelected()
{
    const QList<qint64> ids = selectedIds();
    if (auto done = m_service->reassign(ids, m_newOwner->text()); !done)
        return showMessage(done.error().message, true);
    showMessage(tr("%n defect(s) reassigned.", nullptr, int(ids.size())));
}

void RemediationView::setDueOfSelected()
{
    const QList<qint64> ids = selectedIds();
    if (auto done = m_service->setDue(ids, m_due->date()); !done)
        return showMessage(done.error().message, true);
    showMessage(tr("%n due date(s) changed.", nullptr, int(ids.size())));
}

} // namespace sagstjek
