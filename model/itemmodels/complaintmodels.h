#pragma once

#include "services/complaintservice.h"

#include <QAbstractTableModel>

namespace sagstjek {

// The complaint register, newest first, with Ankestyrelsen's Danish outcome words, as the service shows it to the
// user (a caseworker: their own cases; an administrator: no case numbers).
class ComplaintListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Decided, Paragraph, Outcome, CaseNumber, Note, ColumnCount };
    enum Role { DecisionIdRole = Qt::UserRole + 1, OutcomeKeyRole };

    explicit ComplaintListModel(ComplaintService &service, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const ComplaintFilter &filter);
    void refresh();
    const ComplaintDecision &decisionAt(int row) const { return m_rows.at(row); }

signals:
    void errorOccurred(const QString &message);

private:
    ComplaintService &m_service;
    ComplaintFilter m_filter;
    QList<ComplaintDecision> m_rows;
};

// The reversal rate per paragraph for a period, and the total as the last row: decided on the merits, reversed,
// rejected and referred, the rate with its exact 95 % interval, and the "too few to judge" flag.
class ComplaintRateModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Paragraph, Decided, Reversed, NotConsidered, Rate, Interval, Judgement, ColumnCount };
    enum Role { TooFewRole = Qt::UserRole + 1, IsTotalRole };

    // `language` is the report's ("da" or "en"), for the numbers and the sentence in the tool tip.
    ComplaintRateModel(ComplaintService &service, QString language, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPeriod(const QDate &from, const QDate &to);
    void refresh();
    const ComplaintReport &report() const { return m_report; }

signals:
    void errorOccurred(const QString &message);

private:
    const ComplaintFigures &figuresAt(int row) const;

    ComplaintService &m_service;
    QString m_language;
    QDate m_from;
    QDate m_to;
    ComplaintReport m_report;
};

} // namespace sagstjek
