#include "defectswidget.h"

#include "appcontroller.h"
#include "domain/areas.h"
#include "itemmodels/defectlistmodel.h"
#include "itemmodels/filteroptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

// Adds only colour: an overdue due date is red and bold. Filtering stays in SQL.
class OverdueHighlightProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == DefectListModel::Due && (role == Qt::ForegroundRole || role == Qt::FontRole) &&
            QIdentityProxyModel::data(index, DefectListModel::OverdueRole).toBool()) {
            if (role == Qt::ForegroundRole)
                return QColor(0xc6, 0x28, 0x28);
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

DefectsWidget::DefectsWidget(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_status(new QComboBox)
    , m_owner(new QComboBox)
    , m_area(new QComboBox)
    , m_severity(new QComboBox)
    , m_overdue(new QCheckBox(tr("&Overdue only")))
    , m_table(new QTableView)
    , m_count(new QLabel)
{
    m_status->setObjectName(QStringLiteral("defectStatusFilter"));
    m_status->setAccessibleName(tr("Defect status"));
    m_status->addItem(tr("Any status"), QString());
    for (const DefectStatus s :
         {DefectStatus::Open, DefectStatus::Remediated, DefectStatus::Verified, DefectStatus::Reopened})
        m_status->addItem(defectStatusLabel(s), defectStatusKey(s));

    m_owner->setObjectName(QStringLiteral("defectOwnerFilter"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->addItem(tr("All owners"), QString());
    if (auto names = filteroptions::caseworkers(m_controller.database()))
        for (const QString &name : names.value())
            m_owner->addItem(name, name);

    m_area->setObjectName(QStringLiteral("defectAreaFilter"));
    m_area->setAccessibleName(tr("Area"));
    m_area->addItem(tr("All areas"), QString());
    for (const QString &key : Areas::keys())
        m_area->addItem(Areas::label(key), key);

    m_severity->setObjectName(QStringLiteral("defectSeverityFilter"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("Any severity"), QString());
    for (const Severity s : {Severity::Critical, Severity::Major, Severity::Minor})
        m_severity->addItem(severityLabel(s), severityKey(s));

    m_overdue->setObjectName(QStringLiteral("overdueOnly"));

    auto *proxy = new OverdueHighlightProxy(this);
    proxy->setSourceModel(&m_controller.defectModel());
    m_table->setObjectName(QStringLiteral("defectTable"));
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(DefectListModel::Description, QHeaderView::Stretch);
    m_table->setColumnWidth(DefectListModel::CaseNumber, 110);
    m_table->setColumnWidth(DefectListModel::Item, 230);
    m_table->setColumnWidth(DefectListModel::Severity, 90);
    m_table->setColumnWidth(DefectListModel::Owner, 130);
    m_table->setColumnWidth(DefectListModel::Due, 95);
    m_table->setColumnWidth(DefectListModel::Status, 100);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Defect &defect = m_controller.defectModel().defectAt(index.row());
        emit defectActivated(defect.reviewId, defect.itemKey);
    });

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_status);
    filters->addWidget(m_owner);
    filters->addWidget(m_area);
    filters->addWidget(m_severity);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    filters->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    for (QComboBox *combo : {m_status, m_owner, m_area, m_severity})
        connect(combo, &QComboBox::currentIndexChanged, this, &DefectsWidget::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &DefectsWidget::applyFilter);
    connect(&m_controller.defectModel(), &QAbstractItemModel::modelReset, this, &DefectsWidget::updateCount);
    connect(&m_controller.defectModel(), &QAbstractItemModel::rowsInserted, this, &DefectsWidget::updateCount);
    updateCount();
}

void DefectsWidget::applyFilter()
{
    TrackerFilter filter = m_controller.defectModel().filter();
    filter.status = m_status->currentData().toString();
    filter.owner = m_owner->currentData().toString();
    filter.area = m_area->currentData().toString();
    filter.severity = m_severity->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    m_controller.defectModel().setFilter(filter);
}

void DefectsWidget::updateCount()
{
    // The list is read a page at a time as it scrolls: until the last page, say how many are shown so far.
    const DefectListModel &model = m_controller.defectModel();
    m_count->setText(model.canFetchMore() ? tr("%n defect(s) shown; more as you scroll", nullptr, model.rowCount())
                                          : tr("%n defect(s)", nullptr, model.rowCount()));
}

} // namespace sagstjek
