package org.kyosei.generate;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the one user seed.
 *
 * <p>Each part of the model draws from its own stream (a salt names it), so adding draws to one
 * part never shifts another. Per-entity streams ({@link #forIndex}) make a row's values depend only
 * on the seed and the entity, not on the order in which rows are produced.
 */
final class Seeds {
    static final long STRUCTURE = 1;
    static final long ROWS = 2;
    static final long ARRIVAL = 3;
    static final long BIRTH_YEAR = 4;
    static final long VALUES = 5;
    static final long NAMES = 6;
    static final long PERMUTATION = 7;
    /** The protected attributes (nationality, language, residence status) and personal names. */
    static final long PROTECTED = 8;

    private Seeds() {
    }

    /** SplitMix64 finaliser: a bijective mix of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The seed of the stream named {@code salt}. */
    static long derive(long seed, long salt) {
        return mix(mix(seed) + 0x9E3779B97F4A7C15L * (salt + 1));
    }

    static SplittableRandom stream(long seed, long salt) {
        return new SplittableRandom(derive(seed, salt));
    }

    /** A stream for one entity of a derived stream. */
    static SplittableRandom forIndex(long streamSeed, long index) {
        return new SplittableRandom(mix(streamSeed ^ mix(index + 0x632BE59BD9B4E019L)));
    }

    /** A uniform double in [0, 1) that depends only on the stream seed and the index. */
    static double unit(long streamSeed, long index) {
        return (mix(streamSeed + 0x2545F4914F6CDD1DL * (index + 1)) >>> 11) * 0x1.0p-53;
    }

    /** A non-negative int hash of the stream seed and the index. */
    static int hash(long streamSeed, long index) {
        return (int) (mix(streamSeed ^ (0x7F4A7C15L * (index + 7))) >>> 33);
    }
}
