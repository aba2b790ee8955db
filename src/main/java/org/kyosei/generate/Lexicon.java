package org.kyosei.generate;

import java.util.SplittableRandom;

/**
 * Invented words for the names of places, businesses and organizations. Every name is a pure
 * function of a hash, so naming never consumes the structure's random streams. Community names
 * never mention a nationality, so a community's name says nothing about who lives there.
 */
final class Lexicon {
    static final String[] REGIONS = {
        "Kawabe Ward", "Minamidai Ward", "Higashiyama Ward", "Nishihara Ward", "Kitamachi Ward",
        "Asahigaoka Ward", "Hamanoura Ward", "Midorino Ward", "Sakaemachi Ward", "Takanodai Ward",
        "Oyamada Town", "Shiraiwa Town", "Kogane City", "Tsurumine City"};

    private static final String[] PLACE_STEMS = {
        "Kawabe", "Minamidai", "Higashiyama", "Nishihara", "Kitamachi", "Asahigaoka", "Hamanoura",
        "Midorino", "Sakaemachi", "Takanodai", "Oyamada", "Shiraiwa", "Kogane", "Tsurumine",
        "Matsukaze", "Hoshizora", "Ekimae", "Kaigan", "Aobadai", "Yumegaoka"};

    private static final String[] MORPHEMES = {
        "Aoba", "Hikari", "Tsubasa", "Kizuna", "Sakuraya", "Midori", "Hinode", "Asahiya", "Kaede",
        "Nagomi", "Shinsei", "Daiichi", "Kyowa", "Marukawa", "Tokaiya", "Seiwa", "Heiwa", "Kibou",
        "Hoshino", "Umikaze", "Yamabiko", "Hanamizuki", "Sorairo", "Minori", "Takumi", "Wakaba"};

    private static final String[][] COMMUNITY_FORMS = {
        {"Danchi", "Heights", "Estate", "Apartments", "Housing Complex", "Garden Town"},
        {"Industrial Park", "Logistics Zone", "Factory District", "Food Processing Estate", "Harbour Works"},
        {"Japanese Language Institute", "Vocational College", "Evening High School", "International School"},
        {"Station Entertainment Street", "Night Market", "Bar District", "Karaoke Row"},
        {"Shopping Arcade", "Food Market", "Wholesale Street", "Station Mall"},
        {"International Exchange Association", "Mutual Aid Society", "Residents' Council", "Faith Community",
            "Sports Club", "Parents' Association"}};

    static final String[][] INDUSTRIES = {
        {"manufacturing", "food processing", "logistics", "construction", "agriculture", "fishery", "demolition"},
        {"retail", "restaurant", "hospitality", "cleaning", "nursing care"},
        {"nightlife", "restaurant", "hospitality"}};

    private static final String[] LEGAL_FORMS = {"Co., Ltd.", "K.K.", "Inc.", "Y.K."};

    private static final String[] AGENCY_FORMS = {
        "Staffing", "Human Resources", "Global Careers", "Manpower Service", "Work Support", "Dispatch Center"};

    private static final String[] FIXER_GIVEN = {"Ken", "Tony", "Lan", "Mika", "Rico", "Sam", "Joy", "Dan", "Ana", "Leo"};
    private static final String[] FIXER_FAMILY = {
        "Kanemura", "Oshiro", "Tamaki", "Arakaki", "Shimabuku", "Nakandakari", "Chinen", "Higa", "Kyan", "Yara"};

    private static final String[] GROUP_STEMS = {
        "Kuroishi", "Tsukikage", "Akagane", "Shiranami", "Kurogane", "Yamikaze", "Aragumo", "Onibi",
        "Sazanami", "Kurenai", "Hagane", "Raijin"};
    private static final String[] COLOURS = {"Jade", "Crimson", "Ash", "Cobalt", "Ivory", "Obsidian", "Amber", "Silver"};
    private static final String[] CREATURES = {"Serpent", "Heron", "Jackal", "Mantis", "Lynx", "Kite", "Viper", "Moth"};

    private Lexicon() {
    }

    static String region(int index) {
        return REGIONS[Math.floorMod(index, REGIONS.length)];
    }

    /** The name of a community of the given kind (index into {@code Places.KINDS}). */
    static String community(int hash, int kind, int region) {
        String stem = Math.floorMod(hash, 3) == 0 ? PLACE_STEMS[Math.floorMod(hash / 3, PLACE_STEMS.length)]
                : REGIONS[region].substring(0, REGIONS[region].indexOf(' '));
        String[] forms = COMMUNITY_FORMS[kind];
        String form = forms[Math.floorMod(hash / 61, forms.length)];
        int number = Math.floorMod(hash / 977, 9) + 1;
        return stem + " " + form + (kind == Places.RESIDENTIAL || number > 4 ? " " + number : "");
    }

    static String employer(int hash, String industry) {
        String morpheme = MORPHEMES[Math.floorMod(hash, MORPHEMES.length)];
        String form = LEGAL_FORMS[Math.floorMod(hash / 31, LEGAL_FORMS.length)];
        String word = switch (industry) {
            case "manufacturing" -> pickWord(hash, "Seiki", "Kogyo", "Precision", "Parts");
            case "food processing" -> pickWord(hash, "Foods", "Bento Factory", "Seafood Processing", "Delica");
            case "logistics" -> pickWord(hash, "Logistics", "Transport", "Warehouse", "Express");
            case "construction" -> pickWord(hash, "Construction", "Kensetsu", "Scaffolding", "Civil Works");
            case "agriculture" -> pickWord(hash, "Farm", "Agri", "Greenhouse", "Nouen");
            case "fishery" -> pickWord(hash, "Suisan", "Fisheries", "Marine Products", "Oyster Farm");
            case "demolition" -> pickWord(hash, "Demolition", "Kaitai", "Recycling", "Scrap Metal");
            case "retail" -> pickWord(hash, "Mart", "Store", "Shoten", "Trading");
            case "restaurant" -> pickWord(hash, "Dining", "Shokudo", "Kitchen", "Ramen");
            case "hospitality" -> pickWord(hash, "Hotel Service", "Inn", "Resort", "Ryokan");
            case "cleaning" -> pickWord(hash, "Cleaning Service", "Building Maintenance", "Linen Supply", "Clean");
            case "nursing care" -> pickWord(hash, "Care Service", "Kaigo", "Welfare", "Home Care");
            case "nightlife" -> pickWord(hash, "Lounge", "Club", "Entertainment", "Bar");
            default -> "Enterprise";
        };
        return morpheme + " " + word + " " + form;
    }

    /** Broker kind index: 0 AGENCY, 1 SUPERVISING_ORG, 2 INDIVIDUAL. */
    static String broker(int hash, int kind) {
        return switch (kind) {
            case 0 -> MORPHEMES[Math.floorMod(hash, MORPHEMES.length)] + " "
                    + AGENCY_FORMS[Math.floorMod(hash / 29, AGENCY_FORMS.length)] + " "
                    + LEGAL_FORMS[Math.floorMod(hash / 7, 2)];
            case 1 -> PLACE_STEMS[Math.floorMod(hash, PLACE_STEMS.length)] + " "
                    + pickWord(hash / 13, "Business Cooperative", "Industrial Cooperative",
                    "Technical Training Cooperative", "Small Business Association");
            default -> FIXER_GIVEN[Math.floorMod(hash, FIXER_GIVEN.length)] + " "
                    + FIXER_FAMILY[Math.floorMod(hash / 11, FIXER_FAMILY.length)];
        };
    }

    /** Organization kind index: 0 BORYOKUDAN, 1 FOREIGN_GROUP, 2 FRAUD_RING, 3 OTHER. */
    static String organization(SplittableRandom random, int kind) {
        String stem = Draw.pick(random, GROUP_STEMS);
        return switch (kind) {
            case 0 -> stem + (random.nextBoolean() ? "-kai" : "-gumi");
            case 1 -> Draw.pick(random, COLOURS) + " " + Draw.pick(random, CREATURES) + " Crew";
            case 2 -> Draw.pick(random, COLOURS) + " " + Draw.pick(random, CREATURES) + " Call Ring";
            default -> stem + " Motor Club";
        };
    }

    private static String pickWord(int hash, String... words) {
        return words[Math.floorMod(hash / 5, words.length)];
    }
}
