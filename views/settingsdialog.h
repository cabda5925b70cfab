#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace sagstjek {

class AppSettings;

// Edit ▸ Settings: the UI language and the guidance under each item.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    AppSettings &m_settings;
    QComboBox *m_language;
    QCheckBox *m_guidance;
};

} // namespace sagstjek
