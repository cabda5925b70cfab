#include "exportdialog.h"

#include "domain/areas.h"
#include "services/accesspolicy.h"
#include "services/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sagstjek {

ExportDialog::ExportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Export"));
    m_what = new QComboBox(this);
    m_what->addItem(tr("Cases"), int(Exporter::What::Cases));
    m_what->addItem(tr("Answers, one row per answer"), int(Exporter::What::AnswersLong));
    m_what->addItem(tr("Answers, one row per case (like a review sheet)"), int(Exporter::What::AnswersWide));
    m_what->addItem(tr("Defects"), int(Exporter::What::Defects));
    m_format = new QComboBox(this);
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV for Danish Excel (UTF-8, semicolon)"), QStringLiteral("csv"));
    m_format->addItem(tr("CSV for other programs (comma, RFC 4180)"), QStringLiteral("rfc4180"));
    m_round = new QLineEdit(this);
    m_round->setPlaceholderText(tr("All rounds"));
    m_area = new QComboBox(this);
    m_area->addItem(tr("All areas"), QString());
    for (const QString &key : Areas::keys())
        m_area->addItem(Areas::label(key), key);
    m_caseworker = new QLineEdit(this);
    m_caseworker->setPlaceholderText(tr("All caseworkers"));
    if (const QString own = m_session.policy().ownCasesScope(); !own.isEmpty()) {
        m_caseworker->setText(own); // a caseworker exports only their own cases
        m_caseworker->setEnabled(false);
    }
    m_status = new QComboBox(this);
    m_status->setEditable(true);
    m_status->addItem(QString());
    m_status->addItems({QStringLiteral("not-started"), QStringLiteral("in-progress"), QStringLiteral("completed"),
                        QStringLiteral("open"), QStringLiteral("remediated"), QStringLiteral("verified")});
    m_personal = new QCheckBox(tr("Include personal data (CPR numbers and names)"), this);
    m_personal->setChecked(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), m_what);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Round:"), m_round);
    form->addRow(tr("Area:"), m_area);
    form->addRow(tr("Caseworker:"), m_caseworker);
    form->addRow(tr("Status:"), m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_personal);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

Exporter::Options ExportDialog::options() const
{
    Exporter::Options o;
    o.what = Exporter::What(m_what->currentData().toInt());
    const QString format = m_format->currentData().toString();
    o.format = format == u"xlsx" ? Exporter::Format::Xlsx : Exporter::Format::Csv;
    if (format == u"rfc4180")
        o.dialect = io::CsvDialect::rfc4180();
    o.includePersonalData = m_personal->isChecked();
    o.filter.round = m_round->text().trimmed();
    o.filter.area = m_area->currentData().toString();
    o.filter.caseworker = m_caseworker->text().trimmed();
    o.filter.status = m_status->currentText().trimmed();
    o.language = m_session.language();
    return o;
}

bool ExportDialog::exportTo(const QString &path)
{
    Exporter exporter(m_session);
    auto rows = exporter.exportTo(path, options());
    if (!rows) {
        m_message->setText(rows.error().message);
        return false;
    }
    m_message->setText(tr("Exported %n row(s).", nullptr, int(rows.value())));
    return true;
}

void ExportDialog::chooseAndExport()
{
    const bool xlsx = m_format->currentData().toString() == u"xlsx";
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), QString(),
                                                      xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (exportTo(path))
        accept();
}

} // namespace sagstjek
