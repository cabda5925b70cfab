#pragma once

#include "domain/actionplan.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sagstjek {

class ActionPlanService;
class Session;

// The action plan (handleplan) tab: a tree of plans ▸ themes ▸ actions with what, owner, deadline and status, late
// actions marked with an icon, a word and a colour; forms to add a plan, a theme and an action and to change an
// action's status with a note; the selected action's note history. Read-only for roles without ManageActionPlan.
class ActionPlanView : public QWidget {
    Q_OBJECT
public:
    enum Column { What, Owner, Deadline, Status, ColumnCount };
    enum class Kind { Plan = 1, Theme, Action };
    // Item data roles on column 0.
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int LateRole = Qt::UserRole + 3;

    // The session's user acts in the view; its day decides what is late.
    explicit ActionPlanView(Session &session, QWidget *parent = nullptr);
    ~ActionPlanView() override;

    ActionPlanService &service() { return *m_service; }
    QTreeWidget *tree() const { return m_tree; }
    QString message() const;
    // Selects the tree item of a plan, theme or action; false when it is not shown.
    bool select(Kind kind, qint64 id);

public slots:
    void refresh();
    void createPlan();
    void addTheme();
    void addAction();
    void setStatus();

private:
    void showSelection();
    void showMessage(const QString &text, bool error = false);
    QString dateText(const QDate &date) const;
    static QString statusText(PlanStatus status);
    // The selected item's plan, theme or action id (0 when the selection has none).
    qint64 selectedId(Kind kind) const;

    QString m_language;
    std::unique_ptr<ActionPlanService> m_service;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QLineEdit *m_planName;
    QDateEdit *m_evaluation;
    QLineEdit *m_themeTitle;
    QLineEdit *m_what;
    QLineEdit *m_owner;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    QComboBox *m_linkKind;
    QLineEdit *m_link;
    QLabel *m_selectedAction;
    QComboBox *m_status;
    QLineEdit *m_note;
    QPushButton *m_setStatus;
    QTreeWidget *m_history;
    QLabel *m_message;
    QList<QWidget *> m_editors; // disabled for readers
};

} // namespace sagstjek
