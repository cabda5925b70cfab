#pragma once

#include "domain/cuecard.h"
#include "services/templateservice.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace sagstjek {

class Session;

// The coordinator's cue-card template editor (issue 3 §4): pick a template, edit its items' texts, severity,
// subgroups and rules, add, reorder and retire items, preview the card, and save the result as a new template
// version. Reviews keep the version they were made with; answers a save would orphan are shown first.
// Without the EditTemplates permission the dialog is read-only.
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
