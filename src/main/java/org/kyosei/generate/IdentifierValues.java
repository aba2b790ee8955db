package org.kyosei.generate;

/**
 * The {@code value} column of identifiers: a street address, a phone number or a bank account,
 * each a bijective scramble of the identifier's index (cycle-walking in a power-of-two domain),
 * so two identifiers never share a value and the value does not reveal the creation order.
 */
final class IdentifierValues {
    private static final String[] TOWNS = {
        "Minamidai", "Higashiyama", "Nishihara", "Kitamachi", "Asahigaoka", "Hamanoura", "Midorino",
        "Sakaemachi", "Takanodai", "Oyamada", "Shiraiwa", "Kogane", "Tsurumine", "Matsukaze",
        "Hoshizora", "Kaigan", "Aobadai", "Yumegaoka", "Kawabe", "Ekimae", "Honcho", "Shinmachi",
        "Sakuragi", "Wakamatsu", "Tennocho", "Ichiba", "Minatomachi", "Tamagawa", "Fujimidai", "Hibarigaoka",
        "Nakamachi", "Sumiyoshi"};
    private static final String[] WARDS = {
        "Kawabe-ku", "Minamidai-ku", "Higashiyama-ku", "Nishihara-ku", "Kitamachi-ku", "Asahigaoka-ku",
        "Hamanoura-ku", "Midorino-ku", "Sakaemachi-ku", "Takanodai-ku", "Oyamada-cho", "Shiraiwa-cho",
        "Kogane-shi", "Tsurumine-shi", "Matsukaze-cho", "Hoshizora-shi"};
    private static final String[] BANKS = {
        "SKRB", "AOBA", "KAWA", "MNTO", "HKRI", "TSBS", "YMBK", "JPBK", "SHNK", "KYWA", "MDRI", "NISH"};
    private static final String[] MOBILE_PREFIX = {"70", "80", "90"};

    // address fields: room(48) x go(20) x banchi(40) x chome(6) x town(32) x ward(16)
    private static final long ADDRESS_SPACE = 48L * 20 * 40 * 6 * 32 * 16;
    private static final long PHONE_SPACE = 3L * 100_000_000L;
    private static final long ACCOUNT_SPACE = 100_000_000L;

    private final long key;

    IdentifierValues(long seed) {
        this.key = Seeds.derive(seed, Seeds.VALUES);
    }

    String value(NodeKind kind, int index) {
        return switch (kind) {
            case ADDRESS -> address(index);
            case PHONE -> phone(index);
            case ACCOUNT -> account(index);
            default -> throw new IllegalArgumentException(kind + " is not an identifier");
        };
    }

    String address(int index) {
        long x = scramble(index, ADDRESS_SPACE, 27, 0);
        int room = (int) (x % 48);
        x /= 48;
        int go = (int) (x % 20) + 1;
        x /= 20;
        int banchi = (int) (x % 40) + 1;
        x /= 40;
        int chome = (int) (x % 6) + 1;
        x /= 6;
        int town = (int) (x % 32);
        x /= 32;
        int ward = (int) (x % 16);
        String roomText = room == 0 ? "" : "-" + (room / 6 + 1) + "0" + (room % 6 + 1);
        return chome + "-" + banchi + "-" + go + roomText + " " + TOWNS[town] + ", " + WARDS[ward];
    }

    String phone(int index) {
        long x = scramble(index, PHONE_SPACE, 29, 1);
        String prefix = MOBILE_PREFIX[(int) (x / 100_000_000L)];
        long number = x % 100_000_000L;
        String digits = String.format("%08d", number);
        return "+81-" + prefix + "-" + digits.substring(0, 4) + "-" + digits.substring(4);
    }

    String account(int index) {
        long x = scramble(index, ACCOUNT_SPACE, 27, 2);
        int h = Seeds.hash(key, index);
        String bank = BANKS[Math.floorMod(h, BANKS.length)];
        int branch = Math.floorMod(h / BANKS.length, 900) + 100;
        return bank + "-" + branch + "-" + String.format("%08d", x);
    }

    /** A bijection of {@code [0, space)} (for index < space) by cycle walking a bijection of {@code [0, 2^bits)}. */
    private long scramble(long index, long space, int bits, int salt) {
        if (index >= space) {
            throw new IllegalArgumentException("identifier index beyond value space: " + index);
        }
        long mask = (1L << bits) - 1;
        long k = Seeds.mix(key + salt) & mask;
        long x = index;
        do {
            x = permute(x, mask, k);
        } while (x >= space);
        return x;
    }

    private static long permute(long x, long mask, long k) {
        int half = 13;
        x = (x ^ k) & mask;
        x = (x * 0x9E3779B1L + 0x7F4A7C15L) & mask;
        x ^= x >>> half;
        x = (x * 0x85EBCA6BL) & mask;
        x ^= x >>> (half - 2);
        x = (x * 0xC2B2AE35L) & mask;
        return x;
    }
}
