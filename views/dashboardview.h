#pragma once

#include "services/dashboardservice.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sagstjek {

class Session;

// The leader's Monday view (issue 10): the open rounds' progress and error-free share, compliance per check item
// as bars against the target with the lower bound beside each bar, the cases behind a bar one click away, open
// and overdue defects per owner, and the management actions that wait. Loaded off the UI thread on a reader
// connection (loadDashboard), with a busy bar and Cancel; a private in-memory database is read in place. It loads
// when told to (refresh(): the main window does so each time the tab is shown).
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(Session &session, QWidget *parent = nullptr);
    ~DashboardView() override;

    bool isLoading() const;
    const Dashboard &dashboard() const { return m_dashboard; }
    qint64 currentRound() const;
    // The item whose bar (or row) is chosen, and the cases behind it.
    QString currentItem() const;
    QChartView *chartView() const { return m_chartView; }
    QChartView *trendView() const { return m_trendView; }
    QString message() const;

public slots:
    // Loads the dashboard again (F5); a load under way is cancelled first.
    void refresh();
    void cancel();
    void selectRound(int row);
    void selectItem(int index);

signals:
    void loaded();
    // The user wants to review a case behind a figure (the main window opens its cue card in the round).
    void openCaseRequested(qint64 roundId, qint64 caseId);

private:
    void present(Result<Dashboard> result);
    void setLoading(bool loading);
    void fillRounds();
    void fillChart();
    void fillItems();
    void fillDefects();
    void fillActions();
    void fillComplaintsAndPlan();
    void fillTrend();
    const RoundReport *round() const;
    QString percent(const std::optional<double> &value) const;

    Session &m_session;
    DashboardService m_service;
    Dashboard m_dashboard;
    int m_round = -1; // index into m_dashboard.rounds
    int m_item = -1;  // index into the round's items
    QList<CaseBehind> m_cases;

    bool m_loading = false;
    QFutureWatcher<Result<Dashboard>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;

    QLabel *m_title;
    QPushButton *m_refresh;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QLabel *m_message;
    QTableWidget *m_rounds;
    QChart *m_chart;
    QChartView *m_chartView;
    QBarSet *m_bars = nullptr;
    QTableWidget *m_items;
    QChart *m_trendChart;
    QChartView *m_trendView;
    QLabel *m_casesTitle;
    QTableWidget *m_casesTable;
    QTableWidget *m_defects;
    QTableWidget *m_actions;
    QLabel *m_complaints;
    QTableWidget *m_lateActions;
};

} // namespace sagstjek
