#pragma once

#include "cli.h"

#include <QJsonObject>
#include <QTextStream>

namespace sagstjek::cli {

// A JSON array written element by element as the rows are read, so a listing of a million rows holds one row in
// memory. The text is byte for byte what QJsonDocument(array).toJson(Indented) writes for the same elements.
// Nothing is written before the first element or finish(): a listing refused before its first row prints only
// the error. A listing that fails after some rows leaves the array unclosed (and exits with an error).
class JsonArrayWriter {
public:
    explicit JsonArrayWriter(QTextStream &out);
    JsonArrayWriter(const JsonArrayWriter &) = delete;
    JsonArrayWriter &operator=(const JsonArrayWriter &) = delete;

    void append(const QJsonObject &object);
    void finish();
    qint64 count() const { return m_count; }

private:
    QTextStream &m_out;
    qint64 m_count = 0;
    bool m_finished = false;
};

// The paging options of the streamed listings.
inline Option limitOption()
{
    return option(u"--limit", u"N", u"At most N rows.").integer(1);
}
inline Option afterDefectOption()
{
    return option(u"--after", u"ID",
                  u"Only the defects after this one in the list's order (the next page: give the last id listed).")
        .integer(1);
}

} // namespace sagstjek::cli
