#include "domain/strictjson.h"

#include <QList>
#include <QSet>

namespace sagstjek::strictjson {

namespace {

// Reads the string starting at json[pos] == '"'; leaves pos after the closing quote.
QString readString(const QByteArray &json, qsizetype &pos)
{
    QByteArray raw;
    ++pos;
    while (pos < json.size() && json.at(pos) != '"') {
        if (json.at(pos) == '\\' && pos + 1 < json.size()) {
            const char c = json.at(pos + 1);
            pos += 2;
            switch (c) {
            case 'b':
                raw += '\b';
                break;
            case 'f':
                raw += '\f';
                break;
            case 'n':
                raw += '\n';
                break;
            case 'r':
                raw += '\r';
                break;
            case 't':
                raw += '\t';
                break;
            case 'u': {
                bool ok = false;
                const char16_t unit = char16_t(json.mid(pos, 4).toUShort(&ok, 16));
                pos += 4;
                raw += QString(QChar(unit)).toUtf8(); // a surrogate half stays one unit: still a distinct key
                if (!ok)
                    raw += '?';
                break;
            }
            default:
                raw += c; // " \ /
            }
            continue;
        }
        raw += json.at(pos++);
    }
    ++pos;
    return QString::fromUtf8(raw);
}

struct Level {
    bool object = false;
    bool expectKey = false;
    QSet<QString> keys;
};

} // namespace

QString duplicateKey(const QByteArray &json)
{
    QList<Level> stack;
    qsizetype pos = 0;
    while (pos < json.size()) {
        const char c = json.at(pos);
        switch (c) {
        case '{':
            stack.append(Level{true, true, {}});
            ++pos;
            break;
        case '[':
            stack.append(Level{false, false, {}});
            ++pos;
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            ++pos;
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            ++pos;
            break;
        case ':':
            if (!stack.isEmpty())
                stack.last().expectKey = false;
            ++pos;
            break;
        case '"': {
            const QString text = readString(json, pos);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                if (stack.last().keys.contains(text))
                    return text;
                stack.last().keys.insert(text);
            }
            break;
        }
        default:
            ++pos;
        }
    }
    return {};
}

} // namespace sagstjek::strictjson
