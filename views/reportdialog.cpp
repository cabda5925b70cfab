#include "reportdialog.h"

#include "services/accesspolicy.h"
#include "services/caseservice.h"
#include "services/roundservice.h"
#include "services/session.h"
#include "services/workersession.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sagstjek {

using Kind = reports::ReportRequest::Kind;
using Format = reports::ReportRequest::Format;

namespace {

// What the dialog offers: a round report and a team's ledelsestilsyn report are both round reports.
enum class Choice { Round, Team, Status };

} // namespace

ReportDialog::ReportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Write report"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Round report"), int(Choice::Round));
    m_kind->addItem(tr("Supervision report of one team"), int(Choice::Team));
    m_kind->addItem(tr("Status report to the council over a period"), int(Choice::Status));

    m_round = new QComboBox(this);
    if (auto rounds = RoundService(m_session).list(); rounds) {
        QList<Round> list = rounds.value();
        std::sort(list.begin(), list.end(), [](const Round &a, const Round &b) { return a.id > b.id; });
        for (const Round &round : list)
            m_round->addItem(round.status == RoundStatus::Active ? round.name : tr("%1 (closed)").arg(round.name),
                             round.id);
    }
    m_team = new QComboBox(this);
    if (auto teams = CaseService(m_session).teams(); teams)
        m_team->addItems(teams.value());

    const QDate today = m_session.today();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-6), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(m_session.language() == u"da" ? QStringLiteral("dd-MM-yyyy")
                                                             : QStringLiteral("yyyy-MM-dd"));
    }

    m_council = new QCheckBox(tr("For the council (no breakdown per caseworker for groups under 5 cases)"), this);
    m_caseNumbers = new QCheckBox(tr("List the defects case by case, with case numbers"), this);
    const AccessPolicy &policy = m_session.policy();
    if (policy.user().role == Role::Administrator && !policy.isBootstrap()) {
        m_caseNumbers->setEnabled(false);
        m_caseNumbers->setToolTip(tr("An administrator does not read case data."));
    }
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_session.language() == u"da" ? 0 : 1);
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF for reading and printing (.pdf)"), int(Format::Pdf));
    m_format->addItem(tr("Excel workbook with the figures (.xlsx)"), int(Format::Xlsx));
    m_format->addItem(tr("CSV with the figures (.csv)"), int(Format::Csv));

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setOpenExternalLinks(true);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("R&ound:"), m_round);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    form->addRow(QString(), m_council);
    form->addRow(QString(), m_caseNumbers);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Format:"), m_format);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = m_buttons->addButton(tr("&Write…"), QDialogButtonBox::AcceptRole);
    m_write->setDefault(true);
    m_cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &ReportDialog::chooseAndWrite);
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancel);

    auto *note = new QLabel(tr("Reports are pseudonymised: no CPR numbers or citizens' names, and case numbers only "
                               "when you choose them."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateFields);
    connect(m_council, &QCheckBox::toggled, this, &ReportDialog::updateFields);
    connect(m_caseNumbers, &QCheckBox::toggled, this, &ReportDialog::updateFields);
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, [this] {
        if (m_cancelled && m_cancelled->load())
            return; // cancelled: the dialog already says so
        done(m_watcher.result(), m_path);
    });
    updateFields();
    setWriting(false);
}

ReportDialog::~ReportDialog()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished(); // the thread reads the database this dialog's session has open
}

void ReportDialog::updateFields()
{
    const auto choice = Choice(m_kind->currentData().toInt());
    const bool round = choice != Choice::Status;
    m_round->setEnabled(round && m_round->count() > 0);
    m_team->setEnabled(choice == Choice::Team && m_team->count() > 0);
    m_from->setEnabled(!round);
    m_to->setEnabled(!round);
    m_council->setEnabled(round && !m_caseNumbers->isChecked());
    if (!round || m_council->isChecked())
        m_caseNumbers->setChecked(false);
    const AccessPolicy &policy = m_session.policy();
    const bool mayReadCases = policy.user().role != Role::Administrator || policy.isBootstrap();
    m_caseNumbers->setEnabled(round && mayReadCases && !m_council->isChecked());
    QString missing;
    if (round && m_round->count() == 0)
        missing = tr("There is no round yet.");
    else if (choice == Choice::Team && m_team->count() == 0)
        missing = tr("The cases name no team.");
    if (!m_writing)
        m_message->setText(missing.toHtmlEscaped());
    m_write->setEnabled(!m_writing && missing.isEmpty());
}

reports::ReportRequest ReportDialog::request(const QString &path) const
{
    reports::ReportRequest request;
    const auto choice = Choice(m_kind->currentData().toInt());
    request.kind = choice == Choice::Status ? Kind::Status : Kind::Round;
    request.roundId = m_round->currentData().toLongLong();
    request.from = m_from->date();
    request.to = m_to->date();
    request.options.language = m_language->currentData().toString();
    request.options.council = choice != Choice::Status && m_council->isChecked();
    request.options.withCaseNumbers = choice == Choice::Round && m_caseNumbers->isChecked();
    request.options.team = choice == Choice::Team ? m_team->currentText() : QString();
    request.format = Format(m_format->currentData().toInt());
    request.path = path;
    return request;
}

void ReportDialog::chooseAndWrite()
{
    const auto choice = Choice(m_kind->currentData().toInt());
    const Format format = Format(m_format->currentData().toInt());
    const QString suffix = format == Format::Pdf    ? QStringLiteral("pdf")
                           : format == Format::Xlsx ? QStringLiteral("xlsx")
                                                    : QStringLiteral("csv");
    QString name = choice == Choice::Status ? tr("Status report %1 to %2").arg(m_from->text(), m_to->text())
                                            : tr("Report %1").arg(m_round->currentText());
    if (choice == Choice::Team)
        name += u' ' + m_team->currentText();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString filter = format == Format::Pdf    ? tr("PDF (*.pdf)")
                           : format == Format::Xlsx ? tr("Excel workbook (*.xlsx)")
                                                    : tr("CSV (*.csv)");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Write report"), QDir::home().filePath(name + u'.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    writeTo(path);
}

void ReportDialog::writeTo(const QString &path)
{
    if (m_writing)
        return;
    const reports::ReportRequest request = this->request(path);
    m_path = path;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const QString location = m_session.database().path();
    if (request.options.withCaseNumbers || location == QStringLiteral(":memory:")) {
        // The case-by-case list is an access-log entry, which only the window's own connection may write; a private
        // in-memory database has no second connection. Both are written here.
        setWriting(true);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // show the busy bar first
        done(reports::writeReport(m_session, request), path);
        return;
    }
    setWriting(true);
    m_message->setText(tr("Writing the report…"));
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [location, user = m_session.userName(),
                                                         today = m_session.today(), request, cancelled = m_cancelled] {
        return reports::writeReportOnReader(location, user, today, request, [cancelled] { return cancelled->load(); });
    }));
}

void ReportDialog::cancel()
{
    if (!m_writing)
        return;
    m_cancelled->store(true);
    setWriting(false);
    m_message->setText(tr("Cancelled: no report was written."));
    emit finished(false);
}

void ReportDialog::done(const Status &status, const QString &path)
{
    setWriting(false);
    if (!status) {
        m_message->setText(tr("The report could not be written: %1").arg(status.error().message).toHtmlEscaped());
        emit finished(false);
        return;
    }
    m_message->setText(tr("The report is written: %1")
                           .arg(u"<a href=\"%1\">%2</a>"_qs.arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped(),
                                                                QDir::toNativeSeparators(path).toHtmlEscaped())));
    emit finished(true);
}

void ReportDialog::setWriting(bool writing)
{
    m_writing = writing;
    m_busy->setVisible(writing);
    m_cancel->setVisible(writing);
    updateFields();
}

bool ReportDialog::isWriting() const
{
    return m_writing;
}

QString ReportDialog::message() const
{
    return m_message->text();
}

} // namespace sagstjek
