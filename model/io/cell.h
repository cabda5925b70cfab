#pragma once

// A typed cell for the writers: text is always written as text (and neutralised against formula
// injection in CSV), numbers and dates as numbers and dates.

#include <QDate>
#include <QString>

namespace sagstjek::io {

struct Cell {
    enum class Kind { Empty, Text, Number, Date };

    Kind kind = Kind::Empty;
    QString text;
    double number = 0.0;
    QDate date;

    Cell() = default;
    // Implicit on purpose: a QString is a text cell, so `writer.writeRow({u"x"_s, Cell::fromNumber(2)})`
    // reads well.
    Cell(const QString &value) // NOLINT(google-explicit-constructor)
        : kind(Kind::Text)
        , text(value)
    {
    }
    static Cell fromText(const QString &value) { return Cell(value); }
    static Cell fromNumber(double value)
    {
        Cell c;
        c.kind = Kind::Number;
        c.number = value;
        return c;
    }
    // An invalid date is an empty cell.
    static Cell fromDate(QDate value)
    {
        Cell c;
        c.kind = value.isValid() ? Kind::Date : Kind::Empty;
        c.date = value;
        return c;
    }
};

} // namespace sagstjek::io
