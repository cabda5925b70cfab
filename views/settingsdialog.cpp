#include "settingsdialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sagstjek {

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox)
    , m_guidance(new QCheckBox(tr("Show &guidance (\"what to look for\") under each item")))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageSetting"));
    m_language->addItem(tr("As the system (Danish when the system is Danish)"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_guidance->setChecked(m_settings.showGuidance());

    auto *note = new QLabel(tr("A new language takes effect when Sagstjek is started again."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(QString(), m_guidance);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setValue(AppSettings::Key::Language, m_language->currentData());
    m_settings.setValue(AppSettings::Key::ShowGuidance, m_guidance->isChecked());
    QDialog::accept();
}

} // namespace sagstjek
