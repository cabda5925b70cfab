#include "jsonstream.h"

#include <QJsonDocument>

namespace sagstjek::cli {

JsonArrayWriter::JsonArrayWriter(QTextStream &out)
    : m_out(out)
{
}

void JsonArrayWriter::append(const QJsonObject &object)
{
    // An element of an indented array is the indented object shifted right by one level (four spaces).
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    QByteArray shifted;
    shifted.reserve(text.size() + text.count('\n') * 4 + 2);
    shifted += m_count > 0 ? ",\n" : "[\n";
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (start > 0)
            shifted += '\n';
        shifted += "    ";
        shifted += QByteArrayView(text).sliced(start, end - start);
        start = end + 1;
    }
    m_out << QString::fromUtf8(shifted);
    ++m_count;
}

void JsonArrayWriter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_out << (m_count > 0 ? "\n]\n" : "[\n]\n");
    m_out.flush();
}

} // namespace sagstjek::cli
