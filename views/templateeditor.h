#pragma once

#include "domain/cuecard.h"
#include "services/templateservice.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace sagstjek {

class Session;

// The coordinator's cue-card template editor (issue 3 §4): pick a template, edit its items' texts, severity,
// subgroups and rules, add, reorder and retire items, preview the card, and save the result as a new template
// version. The item list shows the questions (the key is a detail of the selected item). A computed rule is edited
// with fields (rule version, validity, kind of check, dates, event, period, roll) beside a plain-language
// explanation that follows every change; the rules as JSON stay below them for experts. The item's fields scroll, so
// the dialog fits a 1366×768 screen. Reviews keep the version they were made with; answers a save would orphan are
// shown first. Without the EditTemplates permission the dialog is read-only.
class TemplateEditor : public QDialog {
    Q_OBJECT
public:
    explicit TemplateEditor(Session &session, QWidget *parent = nullptr);

    // Loads the template at `index` of the template combo.
    void loadTemplate(int index);
    // Selects the item with `itemKey` in the tree; false when there is none.
    bool selectItem(const QString &itemKey);
    // Adds an item named `name` to the section at `sectionIndex`; the message says why it was refused.
    bool addItem(int sectionIndex, const QString &name, QString *message = nullptr);
    void moveSelectedItem(int delta);
    void removeSelectedItem();
    // Saves the edited card as a new version (asks first when answers would be orphaned); the new version or 0.
    int saveAsNewVersion();

    // The edited card as JSON, and the problems that stop it from being saved (empty = can be saved).
    QJsonObject editedJson() const;
    QStringList currentProblems() const;
    bool isReadOnly() const { return m_readOnly; }

    QComboBox *templateCombo() const { return m_templates; }
    QTreeWidget *itemTree() const { return m_tree; }
    QLineEdit *questionDaEdit() const { return m_textDa; }
    QPlainTextEdit *rulesEdit() const { return m_rules; }
    QComboBox *ruleVersionBox() const { return m_ruleVersion; }
    QComboBox *checkTypeBox() const { return m_checkType; }
    QComboBox *startFieldBox() const { return m_startField; }
    QSpinBox *periodCountBox() const { return m_periodCount; }
    QComboBox *periodUnitBox() const { return m_periodUnit; }
    QComboBox *rollBox() const { return m_roll; }
    QLabel *ruleExplanation() const { return m_explanation; }
    QLabel *itemKeyLabel() const { return m_itemKey; }
    // The plain-language explanation of one rule version (an element of an item's "rules"), in the editor's
    // language, with the card's own names for dates and events.
    QString explainRule(const QJsonObject &version) const;
    QPlainTextEdit *problemsView() const { return m_problems; }
    QTextBrowser *previewView() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void saved(int version);

private:
    struct Section {
        QJsonObject json; // the section without its items
        QList<QJsonObject> items;
    };

    void reloadTemplateList(qint64 selectId = 0);
    void rebuildTree(const QString &selectKey = {});
    void showItem();
    void storeField(const QString &field, const QString &da, const QString &en);
    void storeSeverity();
    void storeSubgroups();
    void storeRules();
    void showRules(int selectVersion = 0);
    void showVersion();
    void storeVersion();
    void addRuleVersion();
    void removeRuleVersion();
    void setRules(const QJsonArray &rules, int selectVersion);
    QString dateLabel(const QString &fieldKey) const;
    QString eventLabel(const QString &eventKey) const;
    void refreshProblems();
    void refreshPreview();
    void updateButtons();
    QJsonObject *currentItem();
    std::pair<int, int> currentPosition() const; // section, item (-1 when a section is selected)
    QString itemLabel(const QJsonObject &item) const;

    TemplateService m_service;
    QString m_language;
    bool m_readOnly = false;
    bool m_loading = false;

    QList<qint64> m_templateIds;
    CueCard m_card; // as loaded
    QList<Section> m_sections;
    QHash<QString, QString> m_rulesErrors; // item key → JSON error in its rules text

    QComboBox *m_templates = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_itemEditor = nullptr;
    QLabel *m_itemKey = nullptr;
    QLineEdit *m_textDa = nullptr;
    QLineEdit *m_textEn = nullptr;
    QLineEdit *m_lawDa = nullptr;
    QLineEdit *m_lawEn = nullptr;
    QPlainTextEdit *m_guidanceDa = nullptr;
    QPlainTextEdit *m_guidanceEn = nullptr;
    QPlainTextEdit *m_remediationDa = nullptr;
    QPlainTextEdit *m_remediationEn = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_subgroups = nullptr;
    QPlainTextEdit *m_rules = nullptr;
    QWidget *m_ruleBox = nullptr;
    QFormLayout *m_ruleForm = nullptr;
    QComboBox *m_ruleVersion = nullptr;
    QPushButton *m_addVersion = nullptr;
    QPushButton *m_removeVersion = nullptr;
    QLineEdit *m_versionName = nullptr;
    QLineEdit *m_validFrom = nullptr;
    QLineEdit *m_validTo = nullptr;
    QComboBox *m_checkType = nullptr;
    QComboBox *m_startField = nullptr;
    QComboBox *m_actual = nullptr; // a date field, or the first event of a kind
    QComboBox *m_field = nullptr;
    QComboBox *m_event = nullptr;
    QSpinBox *m_periodCount = nullptr;
    QComboBox *m_periodUnit = nullptr;
    QComboBox *m_roll = nullptr;
    QSpinBox *m_min = nullptr;
    QLabel *m_explanation = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sagstjek
