#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sagstjek::sampling {

// A small, fully specified pseudo-random generator (SplitMix64, Steele/Lea/Flood 2014), so a seed draws the
// same sample on every machine, compiler and standard library. std::uniform_int_distribution and std::shuffle
// are implementation-defined and must not be used for anything a user may need to redraw.
class SplitMix64 {
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next();
    // Uniform in [0, bound) without modulo bias: values below 2^64 mod bound are rejected and drawn again.
    quint64 bounded(quint64 bound);

private:
    quint64 m_state;
};

// A stable 64-bit hash of text (FNV-1a over UTF-8), for deriving one independent stream per stratum.
quint64 fnv1a(const QString &text);
// The seed of a stratum's own stream: adding a case to one stratum never changes another stratum's draw.
quint64 streamSeed(quint64 seed, const QString &stratum);

// A seed for a new round when the user gives none: nine digits, easy to read out and type again.
quint64 newSeed();

struct Candidate {
    qint64 caseId = 0;
    QString caseNumber;
    QString stratum; // the value stratified on (area, caseworker or team); empty when not stratified
};

// The canonical order every draw starts from: by case number (case-insensitively, then exactly), so the
// order cases were imported in never matters.
void sortCanonically(QList<Candidate> &candidates);

// The first `n` positions of a Fisher–Yates shuffle of 0..size-1 driven by `random`: a uniform sample without
// replacement, in drawing order.
QList<int> drawPositions(SplitMix64 &random, int size, int n);

struct Drawn {
    Candidate candidate;
    QString stratum;
};

struct Shortfall {
    QString stratum;
    int available = 0;
    int wanted = 0;
};

struct Draw {
    QList<Drawn> cases;          // in drawing order
    QList<Shortfall> shortfalls; // strata with fewer eligible cases than asked for (0: skipped)
};

// A simple random sample of `n` from `candidates` (sorted canonically first). n ≥ size takes every case.
Draw simple(quint64 seed, QList<Candidate> candidates, int n);

// `perStratum` cases from each stratum, strata in sorted order, each from its own stream. `expectedStrata`
// names strata that must be reported when they have no candidate at all (a supervised caseworker whose every
// case was excluded).
Draw stratified(quint64 seed, QList<Candidate> candidates, int perStratum, const QStringList &expectedStrata = {});

} // namespace sagstjek::sampling
