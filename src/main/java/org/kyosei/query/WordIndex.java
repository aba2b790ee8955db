package org.kyosei.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The search index of the in-memory graph: every word of every entity's id and name (runs of letters and digits,
 * lower case), sorted, with the number of the entity that owns it. An entity matches a query when every query word
 * is a prefix of one of its words. Immutable once built; safe to share between request threads.
 *
 * <p>The binary searches compare each word's first eight UTF-16 units packed into two {@code long} keys, side by side
 * in one array, and read a word object only for a longer query word; a sampled copy of every
 * {@value #SAMPLE_STRIDE}-th word's keys leads them to one stretch of words. Memory: about 16 bytes of keys and 4 of
 * owner per word, plus the words themselves.
 */
final class WordIndex {
    /** UTF-16 units in one {@link #sortKey}. */
    static final int KEY_UNITS = 4;
    /** Words between two of {@link #sampleKeys}' samples. */
    static final int SAMPLE_STRIDE = 64;

    private final String[] words;
    /**
     * Word {@code i}'s first eight UTF-16 units as two {@link #sortKey}s, units 0-3 at {@code 2i} and 4-7 at
     * {@code 2i + 1}, so that one memory fetch brings both: the search's binary searches read these, and a word
     * itself only for a query word longer than eight units.
     */
    private final long[] wordKeys;
    /**
     * The keys of every {@link #SAMPLE_STRIDE}-th word (sample {@code b} is word {@code b * SAMPLE_STRIDE}), laid out
     * as {@link #wordKeys}: small enough to stay in the processor's cache, they take a binary search to the one stretch
     * of words that holds its answer, so that only the last few steps fetch memory (and map pages) of their own.
     */
    private final long[] sampleKeys;
    private final int[] wordEntity;
    private final int entityCount;

    /** Indexes the words of {@code ids[k] + " " + names[k]} for every entity number {@code k}. */
    WordIndex(String[] ids, String[] names) {
        int n = ids.length;
        entityCount = n;
        List<String> wordList = new ArrayList<>();
        List<Integer> wordOwner = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (String w : words(ids[k] + " " + (names[k] == null ? "" : names[k]))) {
                wordList.add(w);
                wordOwner.add(k);
            }
        }
        Integer[] wordOrder = new Integer[wordList.size()];
        for (int i = 0; i < wordOrder.length; i++) {
            wordOrder[i] = i;
        }
        Arrays.sort(wordOrder, (x, y) -> {
            int c = wordList.get(x).compareTo(wordList.get(y));
            return c != 0 ? c : Integer.compare(wordOwner.get(x), wordOwner.get(y));
        });
        words = new String[wordOrder.length];
        wordKeys = new long[2 * wordOrder.length];
        wordEntity = new int[wordOrder.length];
        for (int i = 0; i < wordOrder.length; i++) {
            words[i] = wordList.get(wordOrder[i]);
            wordKeys[2 * i] = sortKey(words[i], 0);
            wordKeys[2 * i + 1] = sortKey(words[i], KEY_UNITS);
            wordEntity[i] = wordOwner.get(wordOrder[i]);
        }
        sampleKeys = new long[2 * ((words.length + SAMPLE_STRIDE - 1) / SAMPLE_STRIDE)];
        for (int sample = 0; 2 * sample < sampleKeys.length; sample++) {
            sampleKeys[2 * sample] = wordKeys[2 * sample * SAMPLE_STRIDE];
            sampleKeys[2 * sample + 1] = wordKeys[2 * sample * SAMPLE_STRIDE + 1];
        }
    }

    /** The lower-case runs of letters and digits of a text. */
    static List<String> words(String text) {
        List<String> found = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                found.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            found.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    /**
     * The {@code limit} smallest entity numbers, ascending, each of whose words is prefixed by every query word,
     * {@code skipped} left out (an exact id already found). The query word with the fewest words in the index
     * drives; the others only filter its entities.
     */
    int[] search(List<String> query, int limit, int skipped) {
        List<WordRange> ranges = new ArrayList<>(query.size());
        for (String word : query) {
            ranges.add(wordsStartingWith(word));
        }
        ranges.sort(Comparator.comparingInt(WordRange::size));
        if (ranges.getFirst().size() == 0) {
            return new int[0];
        }
        List<BitSet> others = new ArrayList<>(ranges.size() - 1);
        for (WordRange range : ranges.subList(1, ranges.size())) {
            others.add(entitiesOf(range));
        }
        IntPredicate accepted = k -> {
            for (BitSet withWord : others) {
                if (!withWord.get(k)) {
                    return false;
                }
            }
            return k != skipped;
        };
        return smallestEntities(ranges.getFirst(), limit, accepted);
    }

    /** The words {@code from} (inclusive) to {@code to} (exclusive) in the index, those starting with one query word. */
    private record WordRange(int from, int to) {
        int size() {
            return to - from;
        }
    }

    private WordRange wordsStartingWith(String prefix) {
        int first = firstWordNotBefore(prefix);
        int end;
        if (prefix.length() <= 2 * KEY_UNITS) {
            // the words starting with prefix are those whose two keys lie between prefix's padded with zero units and
            // prefix's padded with U+FFFF units: the keys alone find both ends, and the end lies near the first
            end = firstKeyAbove(prefixEndKey(prefix, 0), prefixEndKey(prefix, KEY_UNITS), first);
        } else {
            end = firstWordNotBefore(prefix + Character.MAX_VALUE);
            while (end < words.length && words[end].startsWith(prefix)) { // words going on with U+FFFF itself
                end++;
            }
        }
        return new WordRange(first, end);
    }

    private BitSet entitiesOf(WordRange range) {
        BitSet found = new BitSet(entityCount);
        for (int i = range.from(); i < range.to(); i++) {
            found.set(wordEntity[i]);
        }
        return found;
    }

    /**
     * The {@code count} smallest entity numbers that own a word of {@code range} and pass {@code accept}, ascending,
     * each once, in one pass over the range and without a set over all entities: a sorted buffer of the smallest so
     * far. The owners of one word lie in ascending order, so a word's owners stop entering the buffer once it is full.
     */
    private int[] smallestEntities(WordRange range, int count, IntPredicate accept) {
        if (count >= range.size()) { // all of them: sorted once
            int[] owners = Arrays.copyOfRange(wordEntity, range.from(), range.to());
            Arrays.sort(owners);
            return IntStream.range(0, owners.length)
                    .filter(i -> (i == 0 || owners[i] != owners[i - 1]) && accept.test(owners[i]))
                    .map(i -> owners[i]).toArray();
        }
        int[] smallest = new int[count];
        int size = 0;
        for (int i = range.from(); i < range.to(); i++) {
            int k = wordEntity[i];
            if (size == count && k >= smallest[count - 1]) {
                continue;
            }
            int at = Arrays.binarySearch(smallest, 0, size, k);
            if (at >= 0 || !accept.test(k)) {
                continue;
            }
            at = -at - 1;
            int kept = Math.min(size, count - 1);
            System.arraycopy(smallest, at, smallest, at + 1, kept - at);
            smallest[at] = k;
            size = kept + 1;
        }
        return Arrays.copyOf(smallest, size);
    }

    /**
     * The index of the first word at or after {@code start} whose keys are above {@code (high, low)}: steps of 1, 2,
     * 4... from {@code start} until one is above, then a binary search in the last step. A prefix's words are few
     * and lie next to its first, so these reads stay near memory the search just read.
     */
    private int firstKeyAbove(long high, long low, int start) {
        int from = start;
        int to = start;
        int step = 1;
        while (to < words.length && compareKeys(wordKeys, to, high, low) <= 0) {
            from = to + 1;
            to = from + step;
            step <<= 1;
        }
        to = Math.min(to, words.length);
        while (from < to) {
            int mid = (from + to) >>> 1;
            if (compareKeys(wordKeys, mid, high, low) <= 0) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        return from;
    }

    /** Compares the pair of keys at {@code 2 * index} of {@code keys} with {@code (high, low)}, unsigned. */
    private static int compareKeys(long[] keys, int index, long high, long low) {
        int order = Long.compareUnsigned(keys[2 * index], high);
        return order != 0 ? order : Long.compareUnsigned(keys[2 * index + 1], low);
    }

    /**
     * The index of the first word that is not less than {@code key} (words may repeat): a binary search of the samples,
     * then one of the stretch of {@link #SAMPLE_STRIDE} words they leave. Steps compare sort keys, which lie side by
     * side in one array, while each word is an object of its own somewhere in a heap of gigabytes.
     */
    private int firstWordNotBefore(String key) {
        long high = sortKey(key, 0);
        long low = sortKey(key, KEY_UNITS);
        // the first sample not before key: every word up to the sample before it is less than key, and the sample's
        // own word is not, so the answer lies in the stretch between the two
        int samples = sampleKeys.length / 2;
        int sample = firstNotBefore(sampleKeys, 0, samples, SAMPLE_STRIDE, key, high, low);
        int from = sample == 0 ? 0 : (sample - 1) * SAMPLE_STRIDE + 1;
        int to = sample == samples ? words.length : sample * SAMPLE_STRIDE;
        return firstNotBefore(wordKeys, from, to, 1, key, high, low);
    }

    /**
     * The first index in {@code [from, to)} whose pair of keys in {@code keys} (word {@code index * stride}'s) is not
     * less than {@code key}'s {@code (high, low)}, or {@code to}. It reads that word only when the keys are equal and
     * {@code key} is longer than eight units: for a shorter one, equal keys mean the word starts with it.
     */
    private int firstNotBefore(long[] keys, int from, int to, int stride, String key, long high, long low) {
        while (from < to) {
            int mid = (from + to) >>> 1;
            int order = compareKeys(keys, mid, high, low);
            if (order == 0 && key.length() > 2 * KEY_UNITS) {
                order = words[mid * stride].compareTo(key);
            }
            if (order < 0) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        return from;
    }

    /**
     * Units {@code from} to {@code from + 3} of a word, 16 bits each from the top, zero where the word is shorter.
     * Words have no zero units (letters and digits only), so words whose keys differ order as their keys (units 0-3
     * first, then 4-7, unsigned), as {@link String#compareTo} orders them, and words with equal keys share their first
     * eight units.
     */
    static long sortKey(String word, int from) {
        return packed(word, from, (char) 0);
    }

    /** As {@link #sortKey} but with U+FFFF where the prefix is shorter: the largest key of a word it starts. */
    static long prefixEndKey(String prefix, int from) {
        return packed(prefix, from, Character.MAX_VALUE);
    }

    /** Units {@code from} to {@code from + 3} of {@code text}, 16 bits each from the top, {@code pad} past its end. */
    private static long packed(String text, int from, char pad) {
        long key = 0;
        for (int i = from; i < from + KEY_UNITS; i++) {
            key = key << 16 | (i < text.length() ? text.charAt(i) : pad);
        }
        return key;
    }
}
