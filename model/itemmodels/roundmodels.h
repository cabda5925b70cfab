#pragma once

#include "domain/round.h"
#include "storage/defecttracker.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sagstjek {

class DefectService;
class RoundService;

// The rounds, newest first, with their progress.
class RoundListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Status, Reviewed, Remaining, Seed, ColumnCount };
    enum Role { RoundIdRole = Qt::UserRole + 1 };

    // Empty until refresh(): reading every round's progress is the caller's choice of moment.
    explicit RoundListModel(RoundService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void refresh();
    const Round &roundAt(int row) const { return m_rounds.at(row); }
    int rowOf(qint64 roundId) const;
    // Archived rounds are left out unless shown ("Show archived").
    void setShowArchived(bool show);
    bool showsArchived() const { return m_showArchived; }

signals:
    void errorOccurred(const QString &message);

private:
    RoundService &m_service;
    bool m_showArchived = false;
    QList<Round> m_rounds;
    QList<RoundProgress> m_progress;
};

// One round's cases in drawing order: who reviews each and how far it got. "Remaining only" and a reviewer
// filter give the list for tomorrow. The first page is read when the round is set; the next ones (keyset on the
// draw order) as the view scrolls, so a walkthrough of every case in the database opens as fast as a sample.
class RoundCaseModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Citizen: the name and the masked CPR, as the case list shows them. ReviewedBy: who did the review (credited
    // in the figures), beside the assigned Reviewer. Comment: the approver's comment while a review is sent back.
    enum Column {
        Order,
        CaseNumber,
        Citizen,
        Area,
        Caseworker,
        Reviewer,
        ReviewedBy,
        Status,
        NotMet,
        Comment,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, StatusKeyRole };
    static constexpr int PageSize = 200;

    explicit RoundCaseModel(RoundService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    void setRound(qint64 roundId);
    qint64 round() const { return m_roundId; }
    void setRemainingOnly(bool remainingOnly);
    void setReviewer(const QString &reviewer);
    // Reads the list again, as far down as it was read (so a selection further down can be restored).
    void refresh();
    const RoundCase &caseAt(int row) const { return m_cases.at(row); }
    static QString statusLabel(ReviewStatus status);
    // A user's display name (the login name when the user list has none).
    QString personName(const QString &user) const;

signals:
    void errorOccurred(const QString &message);

private:
    // Reads the first page, and on until `depth` rows are read.
    void reload(qsizetype depth);
    // The page after the rows held.
    Result<QList<RoundCase>> nextPage() const;
    // Appends the next page; false (and errorOccurred) when it could not be read.
    bool readPage();

    RoundService &m_service;
    qint64 m_roundId = 0;
    bool m_remainingOnly = false;
    QString m_reviewer;
    QList<RoundCase> m_cases;
    bool m_atEnd = true;
    bool m_reading = false;
    QHash<QString, QString> m_displayNames; // login name (case-folded) → display name
};

// The remediation tracker ("genopretning"): defects with their follow-up, filtered by round, owner, status,
// area and overdue. Overdue defects stand out. Read only when a view asks (fetchMore), a keyset page at a time.
class DefectTrackerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, CaseNumber, Round, Item, Owner, Due, Status, RemediatedBy, VerifiedBy, ColumnCount };
    enum Role { DefectIdRole = Qt::UserRole + 1, OverdueRole };
    static constexpr int PageSize = 200;

    explicit DefectTrackerModel(DefectService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    const TrackerFilter &filter() const { return m_filter; }
    void setFilter(const TrackerFilter &filter);
    // Drops the rows held; once a view has asked for rows, the first page is read again at once.
    void refresh();
    const TrackedDefect &defectAt(int row) const { return m_defects.at(row); }

signals:
    void errorOccurred(const QString &message);

private:
    DefectService &m_service;
    TrackerFilter m_filter;
    QList<TrackedDefect> m_defects;
    QHash<QString, QString> m_questions;     // item key → question, shown instead of the key
    Result<QList<TrackedDefect>> nextPage(); // the page after the rows held
    bool m_started = false;                  // a view asked for rows
    bool m_more = true;
    bool m_fetching = false;
};

} // namespace sagstjek
