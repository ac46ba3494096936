#pragma once

#include <QtGlobal>

#include <cmath>

// The generator's own pseudo-random numbers: xoshiro256** seeded through splitmix64, so the same
// seed gives the same data on every platform and Qt version (never QRandomGenerator::global or
// the clock).
namespace renkei::demo::gen {

inline quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Rng {
public:
    explicit Rng(quint64 seed)
    {
        quint64 state = seed;
        for (quint64 &word : m_s)
            word = splitmix64(state);
    }

    // A new generator for a named sub-stream (a patient, a table), independent of how much of
    // this one has been used.
    Rng fork(quint64 salt) const { return Rng(m_s[0] ^ (salt * 0xD1B54A32D192ED03ULL) ^ m_s[3]); }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Uniform integer in [low, high] (inclusive).
    int between(int low, int high)
    {
        const quint64 span = quint64(qint64(high) - qint64(low) + 1);
        return int(qint64(low) + qint64(next() % span));
    }
    bool chance(double probability) { return uniform() < probability; }
    // Normal(mean, sd) by Box-Muller (one value per call; determinism matters, not speed).
    double normal(double mean, double sd)
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    template <typename Container>
    const auto &pick(const Container &items)
    {
        return items[qsizetype(next() % quint64(items.size()))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace renkei::demo::gen
