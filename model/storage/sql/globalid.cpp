#include "storage/sql/globalid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace sagstjek::sql {

QString newGlobalId()
{
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0; // 12 bits: "rand_a", counted up within a millisecond
    std::array<quint8, 16> bytes{};
    QRandomGenerator *random = QRandomGenerator::system();
    {
        QMutexLocker locker(&mutex);
        qint64 ms = QDateTime::currentMSecsSinceEpoch();
        if (ms <= lastMs) {
            // The same millisecond (or the clock went back): count on from the last id.
            ms = lastMs;
            if (++counter > 0x0FFF) {
                ++ms;
                counter = quint16(random->bounded(0x0800));
            }
        } else {
            // A new millisecond starts its count at a random point in the lower half, leaving room to count up.
            counter = quint16(random->bounded(0x0800));
        }
        lastMs = ms;
        for (int i = 0; i < 6; ++i)
            bytes[size_t(i)] = quint8(quint64(ms) >> (8 * (5 - i)));
        bytes[6] = quint8(0x70 | (counter >> 8));
        bytes[7] = quint8(counter);
    }
    const quint64 tail = random->generate64();
    for (int i = 8; i < 16; ++i)
        bytes[size_t(i)] = quint8(tail >> (8 * (15 - i)));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F)); // the RFC's variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())))
        .toString(QUuid::WithoutBraces);
}

} // namespace sagstjek::sql
