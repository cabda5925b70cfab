#include "textcodec.h"

#include <array>
#include <cstdint>
#include <cstring>

using namespace Qt::StringLiterals;

namespace sagstjek::io {

namespace {

// 0x80..0x9F; the other bytes are ISO-8859-1.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return u"auto"_s;
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case TextEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return QString();
}

QString decodeWindows1252(const char *data, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto b = static_cast<std::uint8_t>(data[i]);
        dst[i] = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

QByteArray encodeWindows1252(QStringView text, bool *lossless)
{
    QByteArray out;
    out.reserve(text.size());
    bool allMapped = true;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(static_cast<char>(u));
            continue;
        }
        bool found = false;
        for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
            if (kCp1252High[i] == u) {
                out.append(static_cast<char>(0x80 + i));
                found = true;
                break;
            }
        }
        if (!found) {
            out.append('?');
            allMapped = false;
        }
    }
    if (lossless)
        *lossless = allMapped;
    return out;
}

Utf8Evidence utf8Evidence(const char *data, qsizetype size, bool allowTruncatedTail)
{
    Utf8Evidence evidence;
    const auto leads = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) // in well-formed UTF-8 every byte from 0xC0 up starts a sequence
            if (static_cast<std::uint8_t>(data[i]) >= 0xC0)
                ++evidence.multiByte;
    };
    qsizetype pos = 0;
    while (pos < size) {
        const qsizetype bad = findInvalidUtf8(data + pos, size - pos, allowTruncatedTail);
        if (bad < 0) {
            leads(pos, size);
            break;
        }
        leads(pos, pos + bad);
        ++evidence.invalid;
        pos += bad + 1;
    }
    return evidence;
}

qsizetype findInvalidUtf8(const char *data, qsizetype size, bool allowTruncatedTail)
{
    const auto *s = reinterpret_cast<const std::uint8_t *>(data);
    qsizetype i = 0;
    while (i < size) {
        // ASCII fast path, eight bytes at a time.
        while (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const std::uint8_t b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int need;
        std::uint32_t cp;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
        } else {
            return i; // continuation byte without lead, C0/C1 overlong lead, or F5..FF
        }
        for (int k = 1; k <= need; ++k) {
            if (i + k >= size)
                return allowTruncatedTail ? -1 : i;
            const std::uint8_t c = s[i + k];
            if ((c & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3F);
            // Reject overlong, surrogate and out-of-range forms as early as the second byte allows.
            if (k == 1) {
                if (need == 2 && ((b == 0xE0 && c < 0xA0) || (b == 0xED && c > 0x9F)))
                    return i;
                if (need == 3 && ((b == 0xF0 && c < 0x90) || (b == 0xF4 && c > 0x8F)))
                    return i;
            }
        }
        i += need + 1;
    }
    return -1;
}

} // namespace sagstjek::io
