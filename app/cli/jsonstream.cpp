#include "jsonstream.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sagstjek::cli {

namespace {

QByteArray indent(qsizetype depth)
{
    return QByteArray(4 * depth, ' ');
}

// `text` as a JSON string's content, escaped as QJsonDocument escapes it; false for what this does not handle
// (control characters, a lone surrogate): the caller lets QJsonDocument write it.
bool appendEscaped(const QString &text, QByteArray &out)
{
    if (!QStringView(text).isValidUtf16())
        return false;
    const QByteArray utf8 = text.toUtf8();
    const auto special = [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '"' || c == '\\';
    };
    if (std::none_of(utf8.cbegin(), utf8.cend(), special)) {
        out += utf8; // most text: nothing to escape
        return true;
    }
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return false;
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return true;
}

// The members of a flat object of strings, as flatObjectText writes it; false for text QJsonDocument must escape.
bool textObjectText(std::initializer_list<TextMember> members, qsizetype depth, QByteArray &out)
{
    const QByteArray memberIndent = indent(depth + 1);
    out += "{\n";
    bool first = true;
    for (const TextMember &member : members) {
        if (!first)
            out += ",\n";
        first = false;
        out += memberIndent;
        out += '"';
        out += QByteArrayView(member.key.data(), member.key.size());
        out += "\": \"";
        if (!appendEscaped(member.text, out))
            return false;
        out += '"';
    }
    out += '\n';
    out += indent(depth);
    out += '}';
    return true;
}

// A listing's row the quick way: a flat object of strings, whole numbers, booleans and nulls, written byte for byte
// as QJsonDocument writes it (keys in order, four spaces an indentation). A row as one QJsonDocument cost about
// 59,000 instructions (`cases --json`, callgrind); false for anything else, which goes through QJsonDocument.
bool flatObjectText(const QJsonValue &value, qsizetype depth, QByteArray &out)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (object.isEmpty())
        return false;
    const QByteArray memberIndent = indent(depth + 1);
    out += "{\n";
    for (auto member = object.constBegin(); member != object.constEnd(); ++member) {
        if (member != object.constBegin())
            out += ",\n";
        out += memberIndent;
        out += '"';
        if (!appendEscaped(member.key(), out))
            return false;
        out += "\": ";
        const QJsonValue field = member.value();
        switch (field.type()) {
        case QJsonValue::String:
            out += '"';
            if (!appendEscaped(field.toString(), out))
                return false;
            out += '"';
            break;
        case QJsonValue::Bool:
            out += field.toBool() ? "true" : "false";
            break;
        case QJsonValue::Null:
            out += "null";
            break;
        case QJsonValue::Double: {
            // Whole numbers within a double's exact range; Qt writes any other number in its shortest form.
            constexpr qint64 exact = qint64(1) << 53;
            const qint64 whole = field.toInteger(exact + 1);
            if (whole > exact || whole < -exact || double(whole) != field.toDouble())
                return false;
            out += QByteArray::number(whole);
            break;
        }
        default:
            return false;
        }
    }
    out += '\n';
    out += indent(depth);
    out += '}';
    return true;
}

// `value` as QJsonDocument writes it as an item at nesting `depth` (1: an item of the outermost container): its
// first line not indented (the caller indents it), its further lines indented for that depth.
QByteArray valueText(const QJsonValue &value, qsizetype depth)
{
    if (QByteArray flat; flatObjectText(value, depth, flat))
        return flat;
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

JsonWriter::~JsonWriter()
{
    // A listing that failed part-way: the rows written so far still reach the output.
    emitPending();
}

void JsonWriter::emitPending()
{
    if (m_pending.isEmpty())
        return;
    if (QIODevice *device = m_out.device()) {
        m_out.flush();
        device->write(m_pending);
    } else {
        m_out << QString::fromUtf8(m_pending);
    }
    m_pending.clear();
}

void JsonWriter::item(const QString &key)
{
    if (m_counts.isEmpty())
        return; // the document's outermost value
    m_pending += m_counts.last() > 0 ? ",\n" : "\n";
    m_pending += indent(m_counts.size());
    ++m_counts.last();
    if (!key.isEmpty()) { // keys are the program's own words: nothing to escape
        m_pending += '"';
        m_pending += key.toUtf8();
        m_pending += "\": ";
    }
}

void JsonWriter::beginObject(const QString &key)
{
    item(key);
    m_pending += '{';
    m_counts.append(0);
    m_closings.append('}');
}

void JsonWriter::beginArray(const QString &key)
{
    item(key);
    m_pending += '[';
    m_counts.append(0);
    m_closings.append(']');
}

void JsonWriter::value(const QJsonValue &value, const QString &key)
{
    item(key);
    appendItemText(valueText(value, m_counts.size()));
}

void JsonWriter::textObject(std::initializer_list<TextMember> members)
{
    Q_ASSERT(std::is_sorted(members.begin(), members.end(),
                            [](const TextMember &a, const TextMember &b) { return a.key < b.key; }));
    QByteArray text;
    text.reserve(512); // a row of a listing, in one allocation
    if (!textObjectText(members, m_counts.size(), text)) {
        QJsonObject object;
        for (const TextMember &member : members)
            object.insert(member.key, member.text);
        value(object);
        return;
    }
    item({});
    appendItemText(text);
}

void JsonWriter::appendItemText(const QByteArray &text)
{
    m_pending += text;
    if (m_pending.size() >= 64 * 1024)
        emitPending();
}

void JsonWriter::end()
{
    if (m_counts.isEmpty())
        return;
    m_counts.removeLast();
    const char closing = m_closings.takeLast();
    // After the last item (or the opening bracket of an empty container, as Qt writes "[\n]" too): a new line and the
    // closing bracket at the container's own indentation.
    m_pending += '\n';
    m_pending += indent(m_counts.size());
    m_pending += closing;
    if (m_counts.isEmpty()) {
        m_pending += '\n';
        emitPending();
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

void JsonArrayWriter::append(std::initializer_list<TextMember> members)
{
    if (m_count == 0)
        m_writer.beginArray();
    m_writer.textObject(members);
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
