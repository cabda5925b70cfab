#include "jsonstream.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sagstjek::cli {

namespace {

QByteArray indent(qsizetype depth)
{
    return QByteArray(4 * depth, ' ');
}

// `value` as QJsonDocument writes it as an item at nesting `depth` (1: an item of the outermost container): its
// first line not indented (the caller indents it), its further lines indented for that depth.
QByteArray valueText(const QJsonValue &value, qsizetype depth)
{
    // As the only element of an array, the value is written at depth 1: "[\n" + "    " + lines + "\n]\n".
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented);
    const QByteArrayView inner = QByteArrayView(text).sliced(2 + 4, text.size() - 2 - 4 - 3);
    if (depth == 1 || !inner.contains('\n'))
        return inner.toByteArray();
    const QByteArray shift = indent(depth - 1);
    QByteArray shifted;
    shifted.reserve(inner.size() + inner.count('\n') * shift.size());
    qsizetype start = 0;
    while (start <= inner.size()) {
        qsizetype end = inner.indexOf('\n', start);
        if (end < 0)
            end = inner.size();
        if (start > 0) {
            shifted += '\n';
            shifted += shift;
        }
        shifted += inner.sliced(start, end - start);
        start = end + 1;
    }
    return shifted;
}

} // namespace

JsonWriter::JsonWriter(QTextStream &out)
    : m_out(out)
{
}

void JsonWriter::item(const QString &key)
{
    if (m_counts.isEmpty())
        return; // the document's outermost value
    m_out << (m_counts.last() > 0 ? ",\n" : "\n") << indent(m_counts.size());
    ++m_counts.last();
    if (!key.isEmpty()) // keys are the program's own words: nothing to escape
        m_out << '"' << key << "\": ";
}

void JsonWriter::beginObject(const QString &key)
{
    item(key);
    m_out << '{';
    m_counts.append(0);
    m_closings.append('}');
}

void JsonWriter::beginArray(const QString &key)
{
    item(key);
    m_out << '[';
    m_counts.append(0);
    m_closings.append(']');
}

void JsonWriter::value(const QJsonValue &value, const QString &key)
{
    item(key);
    m_out << QString::fromUtf8(valueText(value, m_counts.size()));
}

void JsonWriter::end()
{
    if (m_counts.isEmpty())
        return;
    m_counts.removeLast();
    const char closing = m_closings.takeLast();
    // After the last item (or the opening bracket of an empty container, as Qt writes "[\n]" too): a new line and the
    // closing bracket at the container's own indentation.
    m_out << '\n' << indent(m_counts.size()) << closing;
    if (m_counts.isEmpty()) {
        m_out << '\n';
        m_out.flush();
    }
}

JsonArrayWriter::JsonArrayWriter(QTextStream &out)
    : m_writer(out)
{
}

void JsonArrayWriter::append(const QJsonObject &object)
{
    if (m_count == 0)
        m_writer.beginArray();
    m_writer.value(object);
    ++m_count;
}

void JsonArrayWriter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_count == 0)
        m_writer.beginArray();
    m_writer.end();
}

} // namespace sagstjek::cli
