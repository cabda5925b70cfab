#pragma once

// Text encodings met in Danish CSV files, without ICU: UTF-8, UTF-16 and Windows-1252.

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace sagstjek::io {

enum class TextEncoding {
    Auto, // readers: detect (BOM, then UTF-16 NUL pattern, then valid UTF-8, else Windows-1252)
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252, // Danish Excel "CSV (semikolonsepareret)"
};

// "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252", "auto".
QString encodingName(TextEncoding encoding);

// Windows-1252 to Unicode. The five bytes Windows leaves undefined (0x81 0x8D 0x8F 0x90 0x9D)
// map to the C1 control of the same value, as Windows' own converter does.
QString decodeWindows1252(const char *data, qsizetype size);
inline QString decodeWindows1252(const QByteArray &bytes)
{
    return decodeWindows1252(bytes.constData(), bytes.size());
}
// Unicode to Windows-1252; characters without a Windows-1252 byte become '?' and clear *lossless.
QByteArray encodeWindows1252(QStringView text, bool *lossless = nullptr);

// Index of the first byte that is not part of a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or -1 when all is valid.
// With allowTruncatedTail, a sequence cut off by the end of the data counts as valid.
qsizetype findInvalidUtf8(const char *data, qsizetype size, bool allowTruncatedTail = false);

// What a stretch of bytes says about being UTF-8: how many well-formed multi-byte sequences it holds (Danish
// letters, in UTF-8, are two bytes each) and how many bytes are not part of a well-formed sequence.
struct Utf8Evidence {
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
    // UTF-8 when nothing is ill-formed, or when well-formed multi-byte sequences are at least as many as the
    // ill-formed bytes: a Windows-1252 text practically never forms a valid UTF-8 sequence ("Ã¦"), while a UTF-8
    // file may carry a stray byte pasted in from elsewhere (issue 14). The stray byte is then an error to report,
    // not a reason to decode every Danish letter wrongly.
    bool isUtf8() const { return invalid == 0 || (multiByte > 0 && multiByte >= invalid); }
};
Utf8Evidence utf8Evidence(const char *data, qsizetype size, bool allowTruncatedTail = false);

} // namespace sagstjek::io
