#include "services/sampling.h"

#include <QMap>
#include <QRandomGenerator>

#include <algorithm>

namespace sagstjek::sampling {

quint64 SplitMix64::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 SplitMix64::bounded(quint64 bound)
{
    if (bound <= 1)
        return 0;
    // 2^64 mod bound, computed in 64 bits: values below it would make the low residues more likely.
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 value = next();
        if (value >= threshold)
            return value % bound;
    }
}

quint64 fnv1a(const QString &text)
{
    quint64 hash = 0xCBF29CE484222325ULL;
    for (const char byte : text.toUtf8()) {
        hash ^= quint64(quint8(byte));
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

quint64 streamSeed(quint64 seed, const QString &stratum)
{
    SplitMix64 mixer(seed ^ fnv1a(stratum));
    return mixer.next();
}

quint64 newSeed()
{
    return 100000000ULL + QRandomGenerator::system()->bounded(quint64(900000000ULL));
}

void sortCanonically(QList<Candidate> &candidates)
{
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        const int folded = QString::compare(a.caseNumber, b.caseNumber, Qt::CaseInsensitive);
        if (folded != 0)
            return folded < 0;
        if (a.caseNumber != b.caseNumber)
            return a.caseNumber < b.caseNumber;
        return a.caseId < b.caseId;
    });
}

QList<int> drawPositions(SplitMix64 &random, int size, int n)
{
    QList<int> positions(size);
    for (int i = 0; i < size; ++i)
        positions[i] = i;
    n = std::clamp(n, 0, size);
    for (int i = 0; i < n; ++i) {
        const int j = i + int(random.bounded(quint64(size - i)));
        std::swap(positions[i], positions[j]);
    }
    positions.resize(n);
    return positions;
}

Draw simple(quint64 seed, QList<Candidate> candidates, int n)
{
    sortCanonically(candidates);
    SplitMix64 random(seed);
    Draw draw;
    for (int position : drawPositions(random, int(candidates.size()), n))
        draw.cases.append({candidates.at(position), QString()});
    if (n > candidates.size())
        draw.shortfalls.append({QString(), int(candidates.size()), n});
    return draw;
}

Draw stratified(quint64 seed, QList<Candidate> candidates, int perStratum, const QStringList &expectedStrata)
{
    sortCanonically(candidates);
    // QMap orders strata by QString's operator<, which compares UTF-16 code units: the same everywhere.
    QMap<QString, QList<Candidate>> strata;
    for (const QString &stratum : expectedStrata)
        strata[stratum];
    for (const Candidate &candidate : std::as_const(candidates))
        strata[candidate.stratum].append(candidate);
    Draw draw;
    for (auto it = strata.cbegin(); it != strata.cend(); ++it) {
        const QList<Candidate> &members = it.value();
        SplitMix64 random(streamSeed(seed, it.key()));
        for (int position : drawPositions(random, int(members.size()), perStratum))
            draw.cases.append({members.at(position), it.key()});
        if (members.size() < perStratum)
            draw.shortfalls.append({it.key(), int(members.size()), perStratum});
    }
    return draw;
}

} // namespace sagstjek::sampling
