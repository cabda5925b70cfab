#pragma once

#include "cli.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QTextStream>

#include <initializer_list>

namespace sagstjek::cli {

// Indented JSON written as it is produced: containers are opened and closed around the values written into them,
// so an object or array of a million members holds one member in memory. The text is byte for byte what
// QJsonDocument(...).toJson(Indented) writes for the same document, provided an object's members are written in
// QJsonObject's order (sorted by key). Inside an object every value and container is given its key; inside an
// array none is.
// A member of a flat object whose value is text: a listing's row written without building a QJsonObject.
struct TextMember {
    QLatin1StringView key; // the program's own word: nothing to escape
    QString text;
};

class JsonWriter {
public:
    explicit JsonWriter(QTextStream &out);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject(const QString &key = {});
    void beginArray(const QString &key = {});
    void value(const QJsonValue &value, const QString &key = {});
    // The object {members} as value(QJsonObject{members}) writes it; the keys in QJsonObject's order (sorted).
    void textObject(std::initializer_list<TextMember> members);
    // Closes the innermost open container; closing the outermost ends the document (a newline, flushed).
    void end();
    int depth() const { return int(m_counts.size()); }

private:
    // The separator before an item of the innermost container, its indentation and its key.
    void item(const QString &key);
    // An item's text after its separator; handed on whenever 64 KB are pending.
    void appendItemText(const QByteArray &text);
    // Hands what was written to the stream: at the end of the document, and whenever 64 KB are pending.
    void emitPending();

    QTextStream &m_out;
    QByteArray m_pending;   // UTF-8 not yet handed to m_out (through its device when it has one, without re-encoding)
    QList<qint64> m_counts; // the items written so far in each open container, outermost first
    QList<char> m_closings; // '}' or ']' for each open container
};

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
    void append(std::initializer_list<TextMember> members); // see JsonWriter::textObject
    void finish();
    qint64 count() const { return m_count; }

private:
    JsonWriter m_writer;
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
