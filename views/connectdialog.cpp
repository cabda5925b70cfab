#include "connectdialog.h"

#include "services/workspace.h"
#include "storage/databaselocation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sagstjek {

namespace {

bool isSocketFolder(const QString &host)
{
    return host.startsWith(u'/');
}

DatabaseLocation locationOf(const QString &host, int port, const QString &database, const QString &user, bool encrypt)
{
    DatabaseLocation where;
    where.kind = DatabaseLocation::Kind::Server;
    where.host = host.trimmed();
    where.port = port;
    where.database = database.trimmed();
    where.user = user.trimmed();
    // Over a network the connection is encrypted unless the user says otherwise; a socket never leaves the computer.
    if (!isSocketFolder(where.host))
        where.sslMode = encrypt ? QStringLiteral("require") : QStringLiteral("disable");
    return where;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit(QStringLiteral("sagstjek")))
    , m_user(new QLineEdit(workspace::osUserName()))
    , m_password(new QLineEdit)
    , m_encrypt(new QCheckBox(tr("&Encrypt the connection (TLS)")))
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Connect to team server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_host->setPlaceholderText(tr("e.g. sagstjek.kommune.local"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_encrypt->setChecked(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_encrypt);
    auto *note = new QLabel(tr("You work as this user: the server decides what you may see and do. The password is "
                               "not saved; Sagstjek remembers the server in File ▸ Open recent."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::updateEncryption);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ConnectDialog::setLocation(const DatabaseLocation &where)
{
    m_host->setText(where.host);
    m_port->setValue(where.port);
    m_database->setText(where.database);
    m_user->setText(where.user);
    m_encrypt->setChecked(where.sslMode != u"disable");
    m_password->clear();
    m_password->setFocus();
}

QString ConnectDialog::location() const
{
    return locationOf(m_host->text(), m_port->value(), m_database->text(), m_user->text(), m_encrypt->isChecked())
        .text();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ConnectDialog::accept()
{
    // The same checks as a location typed after --db (DatabaseLocation::parse), said here beside the fields.
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
        m_user->text().trimmed().isEmpty()) {
        setProblem(tr("Fill in the server, the database and the user."));
        (m_host->text().trimmed().isEmpty()       ? m_host
         : m_database->text().trimmed().isEmpty() ? m_database
                                                  : m_user)
            ->setFocus();
        return;
    }
    if (auto parsed = DatabaseLocation::parse(location()); !parsed) {
        setProblem(parsed.error().message);
        return;
    }
    QDialog::accept();
}

void ConnectDialog::updateEncryption()
{
    m_encrypt->setEnabled(!isSocketFolder(m_host->text().trimmed()));
}

} // namespace sagstjek
