#include "domain/plaintext.h"

#include "domain/cpr.h"

namespace sagstjek::plaintext {

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
           c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c;
}

} // namespace

bool hasControlCharacters(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        if (isControl(c))
            return true;
    return false;
}

QString escaped(const QString &text)
{
    bool plain = true;
    for (const QChar c : text)
        if (c == u'\\' || isControl(c.unicode()) || c.isSurrogate()) {
            plain = false;
            break;
        }
    if (plain)
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case u'\\':
            out += QStringLiteral("\\\\");
            continue;
        case u'\n':
            out += QStringLiteral("\\n");
            continue;
        case u'\r':
            out += QStringLiteral("\\r");
            continue;
        case u'\t':
            out += QStringLiteral("\\t");
            continue;
        default:
            break;
        }
        if (!isControl(c)) {
            out += QString::fromUcs4(&c, 1);
        } else if (c <= 0xff) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString forLog(const QString &text, int maxLength)
{
    QString out = escaped(cpr::maskInText(text));
    if (maxLength > 0 && out.size() > maxLength)
        out = out.left(maxLength - 1) + QChar(0x2026);
    return out;
}

} // namespace sagstjek::plaintext
