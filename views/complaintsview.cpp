#include "complaintsview.h"

#include "itemmodels/complaintmodels.h"
#include "services/complaintservice.h"
#include "services/session.h"
#include "services/tablefile.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

// Shows the total in bold and the "too few to judge" rows greyed (the model says which; looks belong here).
class RateDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ComplaintRateModel::IsTotalRole).toBool())
            option->font.setBold(true);
        else if (index.data(ComplaintRateModel::TooFewRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};

QTableView *tableFor(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ComplaintsView::ComplaintsView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_service(std::make_unique<ComplaintService>(session))
    , m_readOnly(!session.policy().may(Permission::ManageComplaints))
    , m_register(new ComplaintListModel(*m_service, this))
    , m_rates(new ComplaintRateModel(*m_service, session.language(), this))
    , m_from(new QDateEdit(QDate(session.today().year(), 1, 1), this))
    , m_to(new QDateEdit(session.today(), this))
    , m_form(new QGroupBox(tr("Register a decision"), this))
    , m_paragraph(new QLineEdit(m_form))
    , m_decided(new QDateEdit(session.today(), m_form))
    , m_outcome(new QComboBox(m_form))
    , m_caseNumber(new QLineEdit(m_form))
    , m_note(new QLineEdit(m_form))
    , m_import(new QPushButton(tr("&Import file…"), this))
    , m_remove(new QPushButton(tr("Re&move selected"), this))
    , m_message(new QLabel(this))
{
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_paragraph->setObjectName(QStringLiteral("paragraph"));
    m_decided->setObjectName(QStringLiteral("decided"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_caseNumber->setObjectName(QStringLiteral("caseNumber"));
    m_note->setObjectName(QStringLiteral("note"));
    m_import->setObjectName(QStringLiteral("import"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    for (QDateEdit *date : {m_from, m_to, m_decided}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    m_decided->setMaximumDate(session.today());
    for (ComplaintOutcome outcome : complaints::allOutcomes())
        m_outcome->addItem(complaints::outcomeDanish(outcome), complaints::outcomeKey(outcome));
    m_paragraph->setPlaceholderText(tr("e.g. SEL § 96"));
    m_caseNumber->setPlaceholderText(tr("Optional"));
    m_paragraph->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_paragraph->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_rateTable = tableFor(m_rates, QStringLiteral("rates"), this);
    m_rateTable->setItemDelegate(new RateDelegate(m_rateTable));
    m_rateTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_registerTable = tableFor(m_register, QStringLiteral("register"), this);
    m_registerTable->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Decided from"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    auto *explanation = new QLabel(tr("Reversal rate = (changed + annulled + remitted) ÷ decisions on the merits. "
                                      "Rejected and referred complaints are counted beside it, not in it. Under 5 "
                                      "decisions on the merits is too few to judge."),
                                   this);
    explanation->setWordWrap(true);
    period->addWidget(explanation, 1);

    auto *add = new QPushButton(tr("Re&gister"), m_form);
    add->setObjectName(QStringLiteral("add"));
    auto *form = new QFormLayout(m_form);
    form->addRow(tr("&Paragraph:"), m_paragraph);
    form->addRow(tr("&Decided:"), m_decided);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Case number:"), m_caseNumber);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(QString(), add);

    auto *registerButtons = new QHBoxLayout;
    registerButtons->addWidget(m_import);
    registerButtons->addWidget(m_remove);
    registerButtons->addStretch();
    auto *registerPane = new QWidget(this);
    auto *registerLayout = new QVBoxLayout(registerPane);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    registerLayout->addWidget(m_registerTable, 1);
    registerLayout->addLayout(registerButtons);
    auto *lower = new QHBoxLayout;
    lower->addWidget(registerPane, 1);
    lower->addWidget(m_form, 0, Qt::AlignTop);
    auto *lowerPane = new QWidget(this);
    lowerPane->setLayout(lower);
    lower->setContentsMargins(0, 0, 0, 0);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_rateTable);
    splitter->addWidget(lowerPane);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    m_form->setVisible(!m_readOnly);
    m_import->setVisible(!m_readOnly);
    m_remove->setVisible(!m_readOnly);

    connect(add, &QPushButton::clicked, this, &ComplaintsView::addDecision);
    connect(m_paragraph, &QLineEdit::returnPressed, this, &ComplaintsView::addDecision);
    connect(m_caseNumber, &QLineEdit::returnPressed, this, &ComplaintsView::addDecision);
    connect(m_import, &QPushButton::clicked, this, &ComplaintsView::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &ComplaintsView::removeSelected);
    connect(m_from, &QDateEdit::dateChanged, this, &ComplaintsView::applyPeriod);
    connect(m_to, &QDateEdit::dateChanged, this, &ComplaintsView::applyPeriod);
    connect(m_register, &ComplaintListModel::errorOccurred, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_rates, &ComplaintRateModel::errorOccurred, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_service.get(), &ComplaintService::changed, this, &ComplaintsView::refresh);
    applyPeriod();
    updateCompletion();
}

ComplaintsView::~ComplaintsView() = default;

QString ComplaintsView::message() const
{
    return m_message->text();
}

void ComplaintsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QString());
}

void ComplaintsView::applyPeriod()
{
    ComplaintFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    m_register->setFilter(filter);
    m_rates->setPeriod(filter.from, filter.to);
}

void ComplaintsView::refresh()
{
    m_register->refresh();
    m_rates->refresh();
    updateCompletion();
}

void ComplaintsView::updateCompletion()
{
    if (auto paragraphs = m_service->paragraphs())
        static_cast<QStringListModel *>(m_paragraph->completer()->model())->setStringList(paragraphs.value());
}

void ComplaintsView::addDecision()
{
    ComplaintInput input;
    input.paragraph = m_paragraph->text();
    input.decided = m_decided->date();
    input.outcome = complaints::outcomeFromKey(m_outcome->currentData().toString()).value_or(ComplaintOutcome::Upheld);
    input.caseNumber = m_caseNumber->text();
    input.note = m_note->text();
    auto added = m_service->add(input);
    if (!added) {
        showMessage(added.error().message, true);
        return;
    }
    m_paragraph->clear();
    m_caseNumber->clear();
    m_note->clear();
    showMessage(added->warning.isEmpty() ? tr("The decision is registered.")
                                         : tr("The decision is registered. %1").arg(added->warning));
}

void ComplaintsView::removeSelected()
{
    const QModelIndexList rows = m_registerTable->selectionModel()->selectedRows();
    QList<qint64> ids;
    for (const QModelIndex &row : rows)
        ids << row.data(ComplaintListModel::DecisionIdRole).toLongLong();
    if (ids.isEmpty()) {
        showMessage(tr("Select the decisions to remove."), true);
        return;
    }
    for (qint64 id : ids)
        if (auto removed = m_service->remove(id); !removed) {
            showMessage(removed.error().message, true);
            return;
        }
    showMessage(tr("%n decision(s) removed.", nullptr, int(ids.size())));
}

void ComplaintsView::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Ankestyrelsen's decisions"), QString(),
                                                      tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ComplaintsView::importFile(const QString &path)
{
    auto file = TableFile::open(path);
    if (!file) {
        showMessage(file.error().message, true);
        return;
    }
    auto summary = m_service->importFile(*file.value());
    if (!summary) {
        showMessage(summary.error().message, true);
        return;
    }
    if (!summary->errors.isEmpty()) {
        QStringList lines;
        for (const ImportProblem &p : std::as_const(summary->errors).first(qMin(qsizetype(5), summary->errors.size())))
            lines << tr("Row %1, column %2: %3").arg(p.row).arg(p.column, p.message);
        showMessage(tr("Nothing was imported.") + u'\n' + lines.join(u'\n'), true);
        return;
    }
    QString text = tr("%1 decisions registered, %2 already registered.").arg(summary->created).arg(summary->unchanged);
    if (!summary->warnings.isEmpty())
        text += u'\n' + tr("%n warning(s), e.g. row %1: %2", nullptr, int(summary->warnings.size()))
                            .arg(summary->warnings.first().row)
                            .arg(summary->warnings.first().message);
    showMessage(text);
    refresh();
}

} // namespace sagstjek
