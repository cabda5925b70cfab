// The zip container of a workbook: one entry at a time, inflated in chunks, with the limits on uncompressed
// bytes (per entry and in total) and on the compression ratio counted on the bytes actually inflated.
#include "xlsxreader_p.h"

#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <algorithm>

namespace sagstjek::io {

namespace {

constexpr qint64 kChunk = 64 * 1024;

} // namespace

bool XlsxReader::Private::openEntry(const QString &name)
{
    entry.reset();
    if (!zip->setCurrentFile(name, QuaZip::csInsensitive))
        return fail(u"The workbook has no part %1"_s.arg(name));
    QuaZipFileInfo64 info;
    if (!zip->getCurrentFileInfo(&info))
        return fail(u"Cannot read the zip entry of %1 (error %2)"_s.arg(name).arg(zip->getZipError()));
    const XlsxLimits &lim = options.limits;
    const auto declared = static_cast<qint64>(info.uncompressedSize);
    if (declared > lim.maxEntryUncompressedBytes) {
        return fail(u"The part %1 would expand to %2 bytes, more than the limit of %3 (a zip bomb?)"_s.arg(name)
                        .arg(declared)
                        .arg(lim.maxEntryUncompressedBytes));
    }
    if (totalRead + declared > lim.maxTotalUncompressedBytes) {
        return fail(u"The workbook would expand to more than %1 bytes, the limit (a zip bomb?)"_s.arg(
            lim.maxTotalUncompressedBytes));
    }
    entry = std::make_unique<QuaZipFile>(zip.get());
    if (!entry->open(QIODevice::ReadOnly)) {
        const int code = entry->getZipError();
        entry.reset();
        return fail(u"Cannot open the part %1 in the zip (error %2; damaged or encrypted?)"_s.arg(name).arg(code));
    }
    entryName = name;
    entryRead = 0;
    entryStreamStart = static_cast<qint64>(unzGetCurrentFileZStreamPos64(zip->getUnzFile()));
    entryCompressed = std::max<qint64>(1, static_cast<qint64>(info.compressedSize));
    entryDone = false;
    return true;
}

bool XlsxReader::Private::readEntryChunk(QByteArray &out)
{
    out.resize(kChunk);
    const qint64 got = entry->read(out.data(), kChunk);
    if (got < 0) {
        out.clear();
        return fail(u"The part %1 is damaged or truncated (zip error %2)"_s.arg(entryName).arg(entry->getZipError()));
    }
    out.resize(got);
    if (got == 0) {
        entryDone = true;
        return closeEntry();
    }
    entryRead += got;
    totalRead += got;
    const XlsxLimits &lim = options.limits;
    if (entryRead > lim.maxEntryUncompressedBytes) {
        return fail(u"The part %1 expands to more than %2 bytes, the limit (a zip bomb?)"_s.arg(entryName).arg(
            lim.maxEntryUncompressedBytes));
    }
    if (totalRead > lim.maxTotalUncompressedBytes) {
        return fail(u"The workbook expands to more than %1 bytes, the limit (a zip bomb?)"_s.arg(
            lim.maxTotalUncompressedBytes));
    }
    if (entryRead > lim.ratioGraceBytes) {
        // Compressed bytes consumed so far (minizip reads ahead in 16 KiB blocks): a bomb shows its
        // ratio within the first few MiB, whatever the entry's total size.
        const qint64 consumed =
            static_cast<qint64>(unzGetCurrentFileZStreamPos64(zip->getUnzFile())) - entryStreamStart;
        const qint64 compressed = consumed > 0 ? std::min(consumed, entryCompressed) : entryCompressed;
        if (entryRead / compressed > lim.maxCompressionRatio) {
            return fail(u"The part %1 expands more than %2 times, the limit (a zip bomb?)"_s.arg(entryName).arg(
                lim.maxCompressionRatio));
        }
    }
    return true;
}

bool XlsxReader::Private::closeEntry()
{
    if (!entry)
        return true;
    entry->close();
    const int code = entry->getZipError();
    entry.reset();
    if (code != UNZ_OK)
        return fail(u"The part %1 is damaged (zip error %2, e.g. a CRC mismatch)"_s.arg(entryName).arg(code));
    return true;
}

bool XlsxReader::Private::readWholeEntry(const QString &name, QByteArray &out, bool *missing)
{
    out.clear();
    if (missing) {
        *missing = !zip->setCurrentFile(name, QuaZip::csInsensitive);
        if (*missing)
            return true;
    }
    if (!openEntry(name))
        return false;
    QByteArray chunk;
    for (;;) {
        if (!readEntryChunk(chunk))
            return false;
        if (chunk.isEmpty())
            return true;
        out.append(chunk);
    }
}

} // namespace sagstjek::io
