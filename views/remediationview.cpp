#include "remediationview.h"

#include "domain/areas.h"
#include "domain/words.h"
#include "itemmodels/defectlistmodel.h"
#include "itemmodels/roundmodels.h"
#include "rules/ruletext.h"
#include "services/defectservice.h"
#include "services/roundservice.h"
#include "services/session.h"
#include "services/workersession.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    , m_session(session)
    , m_ownName(session.user().caseworkerName())
    , m_service(std::make_unique<DefectService>(session))
    , m_rounds(std::make_unique<RoundService>(session))
    , m_model(new DefectTrackerModel(*m_service, this))
    , m_table(new QTableView(this))
    , m_round(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_area(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_note(new QLineEdit(this))
    , m_newOwner(new QLineEdit(this))
    , m_due(new QDateEdit(QDate::currentDate().addDays(30), this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
    , m_detail(new QLabel(this))
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
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Defect status"));
    m_status->addItem(tr("Any status"), QString());
    for (const DefectStatus status :
         {DefectStatus::Open, DefectStatus::Remediated, DefectStatus::Verified, DefectStatus::Reopened})
        m_status->addItem(defectStatusLabel(status), defectStatusKey(status));
    m_owner->setPlaceholderText(tr("Owner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->setAccessibleName(tr("Area"));
    m_area->addItem(tr("All areas"), QString());
    for (const QString &key : Areas::keys())
        m_area->addItem(Areas::label(key), key);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("Any severity"), QString());
    for (const Severity severity : {Severity::Critical, Severity::Major, Severity::Minor})
        m_severity->addItem(severityLabel(severity), severityKey(severity));
    m_count->setObjectName(QStringLiteral("count"));
    m_detail->setObjectName(QStringLiteral("defectDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMargin(6);
    m_detail->setMinimumWidth(260);
    m_note->setPlaceholderText(tr("What was done (remediate), or why (reopen)"));
    m_newOwner->setPlaceholderText(tr("New owner"));
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(words::dateFormat()); // the one date format of the language
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
    filters->addWidget(m_area);
    filters->addWidget(m_severity);
    filters->addWidget(m_overdue);
    filters->addWidget(button(tr("&My defects"), "mine", &RemediationView::showMine));
    filters->addStretch();
    filters->addWidget(m_count);
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
    // The table beside the chosen defect's description and remediation note.
    auto *detailFrame = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailFrame);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addStretch();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("defectSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(detailFrame);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(followUp);
    layout->addLayout(bulk);
    layout->addWidget(m_message);

    connect(m_round, &QComboBox::currentIndexChanged, this, &RemediationView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RemediationView::applyFilter);
    connect(m_area, &QComboBox::currentIndexChanged, this, &RemediationView::applyFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &RemediationView::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Defect &defect = m_model->defectAt(index.row()).defect;
        emit defectActivated(defect.reviewId, defect.itemKey);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RemediationView::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_total = -1;        // another filter, or the defects changed
        ++m_countGeneration; // a count still running is of the rows before
        m_countPending = false;
        updateCount();
        showDetail();
    });
    // The first page arrives after the reset, when the table asks for rows (the model is lazy).
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RemediationView::updateCount);
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
    filter.area = m_area->currentData().toString();
    filter.severity = m_severity->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    m_model->setFilter(filter);
}

void RemediationView::updateCount()
{
    // The model holds the rows read so far. All of them read: that is the count. Otherwise the defects the filter
    // selects are counted in SQL, once per filter, after the first page has been painted and off the UI thread;
    // "Counting…" until then, never a number that is wrong.
    if (!m_model->canFetchMore()) {
        m_total = m_model->rowCount();
        ++m_countGeneration; // a count still running is not needed
        m_countPending = false;
    }
    if (m_total >= 0) {
        m_count->setText(tr("%n defect(s)", nullptr, m_total));
        return;
    }
    m_count->setText(tr("Counting…"));
    // Nothing is counted before the table asks for rows and the tab is shown (at a million cases the count groups
    // half a million defects: a second of a core at start, for a tab out of sight), nor twice.
    if (m_model->rowCount() == 0 || m_countPending || !isVisible())
        return;
    m_countPending = true;
    QTimer::singleShot(0, this, &RemediationView::startCount);
}

void RemediationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateCount();
}

void RemediationView::startCount()
{
    if (m_total >= 0) {
        m_countPending = false;
        return;
    }
    const int generation = ++m_countGeneration;
    const TrackerFilter filter = m_model->filter();
    const auto show = [this, generation](int total) {
        if (generation != m_countGeneration || m_total >= 0)
            return; // the filter changed meanwhile, or every row has been read
        m_countPending = false;
        if (total < 0) {
            m_count->clear();
            return;
        }
        m_total = total;
        m_count->setText(tr("%n defect(s)", nullptr, m_total));
    };
    const QString location = m_session.database().path();
    if (location == QStringLiteral(":memory:")) {
        // A private in-memory database has no second connection: count it here (tests, dry runs).
        auto total = m_service->count(filter, false);
        show(total ? total.value() : -1);
        return;
    }
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [watcher, show] {
        watcher->deleteLater();
        show(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        workerPool(),
        [spec = WorkerSessionSpec{location, m_session.userName(), m_session.language(), m_session.today()}, filter] {
            int total = -1;
            withReaderSession(spec, [&](Session &session) -> Status {
                auto counted = DefectService(session).count(filter, false);
                if (!counted)
                    return counted.error();
                total = counted.value();
                return Ok{};
            });
            return total;
        }));
}

void RemediationView::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_detail->setText(tr("<i>Choose a defect to see its description and remediation.</i>"));
        return;
    }
    const TrackedDefect &t = m_model->defectAt(current.row());
    const Defect &d = t.defect;
    const auto escaped = [](const QString &text) {
        return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    };
    QString html =
        tr("<b>%1</b> · %2").arg(escaped(d.caseNumber), escaped(t.area.isEmpty() ? QString() : Areas::label(t.area)));
    html += QStringLiteral("<p>") + (d.description.isEmpty() ? tr("<i>No description.</i>") : escaped(d.description)) +
            QStringLiteral("</p>");
    html += tr("<p>Severity: %1<br>Owner: %2<br>Due: %3<br>Status: %4</p>")
                .arg(severityLabel(d.severity), escaped(d.owner),
                     d.due.isValid() ? rules::text::date(d.due) : tr("none"), defectStatusLabel(d.status));
    if (!t.remediationNote.isEmpty() || t.remediatedOn.isValid())
        html +=
            tr("<p><b>Remediation</b> (%1, %2):<br>%3</p>")
                .arg(t.remediatedOn.isValid() ? rules::text::date(t.remediatedOn) : QString(), escaped(t.remediatedBy),
                     t.remediationNote.isEmpty() ? tr("<i>no note</i>") : escaped(t.remediationNote));
    else
        html += tr("<p><b>Remediation:</b> not yet.</p>");
    if (!t.verifiedBy.isEmpty())
        html += tr("<p><b>Verified</b> by %1%2</p>")
                    .arg(escaped(t.verifiedBy),
                         t.verificationNote.isEmpty() ? QString() : QStringLiteral(": ") + escaped(t.verificationNote));
    m_detail->setText(html);
}

QString RemediationView::detailText() const
{
    QTextDocument document;
    document.setHtml(m_detail->text());
    return document.toPlainText();
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
