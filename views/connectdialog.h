#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sagstjek {

struct DatabaseLocation;

// File ▸ Connect to team server…: where the team's PostgreSQL database is and who connects. The server, port,
// database and user make the location (remembered in File ▸ Open recent); the password is only handed to this
// run of Sagstjek (storage/serverpassword.h), never saved. A server given as a folder (/run/postgresql) is its
// socket on this computer.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a location (a recent server), the password left for the user to type.
    void setLocation(const DatabaseLocation &where);
    // The location the fields name (valid once accepted).
    QString location() const;
    QString password() const;
    // Shown under the fields after a failed attempt (the server's answer).
    void setProblem(const QString &text);

    void accept() override;

private:
    void updateEncryption();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_encrypt;
    QLabel *m_problem;
};

} // namespace sagstjek
