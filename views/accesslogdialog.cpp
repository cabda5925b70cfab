#include "accesslogdialog.h"

#include "messagebar.h"

#include "domain/words.h"
#include "itemmodels/accesslogmodel.h"
#include "services/accesslogservice.h"
#include "services/session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

// The start of `day` in local time as the log stores its times (UTC, ISO with milliseconds).
QString storedStartOf(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AccessLogDialog::AccessLogDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_service(std::make_unique<AccessLogService>(session))
    , m_model(new AccessLogModel(*m_service, this))
    , m_message(new MessageBar(this))
    , m_fromEnabled(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(session.today().addMonths(-1), this))
    , m_toEnabled(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(session.today(), this))
    , m_caseNumber(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Access log"));
    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_from->setObjectName(QStringLiteral("from"));
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    m_to->setObjectName(QStringLiteral("to"));
    m_caseNumber->setObjectName(QStringLiteral("caseNumber"));
    m_table->setObjectName(QStringLiteral("entries"));
    m_status->setObjectName(QStringLiteral("status"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->hide();

    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(words::dateFormat());
        date->setEnabled(false);
        // The whole date and the popup's arrow (the size hint leaves the year cut off).
        date->setMinimumWidth(date->fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 40);
    }
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_caseNumber->setPlaceholderText(tr("All cases"));
    m_caseNumber->setClearButtonEnabled(true);
    auto *caseLabel = new QLabel(tr("&Case number:"), this);
    caseLabel->setBuddy(m_caseNumber);
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("show"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addSpacing(12);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(caseLabel);
    filters->addWidget(m_caseNumber, 1);
    filters->addWidget(show);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_table->setColumnWidth(AccessLogModel::Time, 150);
    m_table->setColumnWidth(AccessLogModel::User, 130);
    m_table->setColumnWidth(AccessLogModel::Action, 210);
    m_table->setColumnWidth(AccessLogModel::CaseNumber, 130);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    resize(1000, 600);

    connect(show, &QPushButton::clicked, this, &AccessLogDialog::applyFilters);
    connect(m_caseNumber, &QLineEdit::returnPressed, this, &AccessLogDialog::applyFilters);
    connect(m_model, &AccessLogModel::errorOccurred, this,
            [this](const QString &text) { m_message->showMessage(MessageBar::Kind::Error, text.toHtmlEscaped()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AccessLogDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccessLogDialog::updateStatus);
    // Enter in the case number applies the filters; it does not close the dialog.
    show->setAutoDefault(false);
    for (QPushButton *button : buttons->findChildren<QPushButton *>())
        button->setAutoDefault(false);
    applyFilters();
}

AccessLogDialog::~AccessLogDialog() = default;

void AccessLogDialog::applyFilters()
{
    AccessLogQuery query;
    if (m_fromEnabled->isChecked())
        query.from = storedStartOf(m_from->date());
    if (m_toEnabled->isChecked())
        query.to = storedStartOf(m_to->date().addDays(1)); // the last day included
    if (const QString number = m_caseNumber->text().trimmed(); !number.isEmpty())
        query.caseNumber = number;
    m_message->hide();
    m_model->setQuery(query);
}

void AccessLogDialog::updateStatus()
{
    const int shown = m_model->rowCount();
    if (shown == 0)
        m_status->setText(tr("No entries."));
    else if (m_model->isComplete())
        m_status->setText(tr("Entries: %1.").arg(shown));
    else
        m_status->setText(tr("Entries shown: %1, the newest first; more as you scroll.").arg(shown));
}

} // namespace sagstjek
