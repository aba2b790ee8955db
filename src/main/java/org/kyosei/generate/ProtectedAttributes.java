package org.kyosei.generate;

import java.util.SplittableRandom;

/**
 * Nationality, language, residence status and the personal name of every individual.
 *
 * <p>These are drawn from their own random stream ({@link Seeds#PROTECTED}), after and apart from
 * every structural decision: nothing in the network depends on them, and a different
 * {@code streamSalt} re-draws them all while leaving every relationship byte-identical. Each
 * residential community gets a nationality mix of its own (drawn in this stream too), so people
 * of one origin cluster in some neighbourhoods as they do in reality; the mix is assigned to the
 * community after its structure exists, so it is a consequence of nothing and a cause of nothing.
 */
final class ProtectedAttributes {
    /** One attribute set; {@code residenceStatus} is empty for nationals. */
    record Attributes(String name, String nationality, String language, String residenceStatus) {
    }

    private record Origin(String nationality, String language, String secondLanguage, boolean familyFirst,
                          String[] family, String[] given) {
    }

    private static final Origin[] ORIGINS = {
        new Origin("Vietnam", "Vietnamese", "English", true,
            new String[]{"Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo"},
            new String[]{"Van Minh", "Thi Lan", "Duc Anh", "Thi Hoa", "Quang Huy", "Thu Trang", "Van Nam", "Ngoc Mai"}),
        new Origin("China", "Chinese", "Japanese", true,
            new String[]{"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"},
            new String[]{"Wei", "Fang", "Jing", "Lei", "Min", "Xiu", "Hao", "Yan", "Jun", "Ting"}),
        new Origin("Korea", "Korean", "Japanese", true,
            new String[]{"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"},
            new String[]{"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Jae-won", "Ye-jin"}),
        new Origin("Philippines", "Tagalog", "English", false,
            new String[]{"Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Ramos", "Villanueva"},
            new String[]{"Maria", "Jose", "Angelica", "Mark", "Kristine", "John Paul", "Rowena", "Jerome"}),
        new Origin("Brazil", "Portuguese", "Japanese", false,
            new String[]{"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho", "Ferreira"},
            new String[]{"Lucas", "Ana", "Mateus", "Juliana", "Rafael", "Camila", "Thiago", "Larissa"}),
        new Origin("Nepal", "Nepali", "English", false,
            new String[]{"Shrestha", "Gurung", "Tamang", "Rai", "Magar", "Thapa", "Adhikari", "Karki"},
            new String[]{"Bikash", "Sita", "Ramesh", "Anita", "Suman", "Gita", "Prakash", "Sunita"}),
        new Origin("Indonesia", "Indonesian", "English", false,
            new String[]{"Saputra", "Wijaya", "Pratama", "Hidayat", "Kurniawan", "Lestari", "Sari", "Putri"},
            new String[]{"Agus", "Dewi", "Budi", "Rina", "Eko", "Wulan", "Andi", "Siti"}),
        new Origin("Myanmar", "Burmese", "English", false,
            new String[]{"Aung", "Zaw", "Htet", "Kyaw", "Thandar", "Hnin", "Su", "May"},
            new String[]{"Ko", "Min", "Wai", "Zin", "Myat", "Thu", "Naing", "Phyo"}),
        new Origin("Peru", "Spanish", "Japanese", false,
            new String[]{"Quispe", "Flores", "Huaman", "Rojas", "Vargas", "Castillo", "Mamani", "Torres"},
            new String[]{"Luis", "Rosa", "Carlos", "Milagros", "Jorge", "Carmen", "Diego", "Lucia"}),
        new Origin("Sri Lanka", "Sinhala", "English", false,
            new String[]{"Perera", "Fernando", "Jayasinghe", "Bandara", "Wickramasinghe", "Dissanayake", "Herath"},
            new String[]{"Nimal", "Kumari", "Chaminda", "Dilani", "Ruwan", "Sanduni", "Kasun", "Tharushi"}),
        new Origin("Thailand", "Thai", "English", false,
            new String[]{"Saetang", "Srisuk", "Wongsakul", "Kaewmanee", "Boonmee", "Suksawat", "Thongdee"},
            new String[]{"Somchai", "Malee", "Anan", "Pim", "Niran", "Ratana", "Kittisak", "Dao"}),
        new Origin("Japan", "Japanese", "English", true,
            new String[]{"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"},
            new String[]{"Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Mio"})};

    private static final int[] ORIGIN_WEIGHTS = {18, 20, 10, 10, 7, 6, 5, 3, 2, 2, 2, 8};
    private static final int NATIONAL = ORIGINS.length - 1;

    private static final String[] STATUSES = {
        "PERMANENT_RESIDENT", "SPECIAL_PERMANENT_RESIDENT", "TECHNICAL_INTERN_TRAINING", "SPECIFIED_SKILLED_WORKER",
        "STUDENT", "ENGINEER_HUMANITIES_INTERNATIONAL", "LONG_TERM_RESIDENT", "SPOUSE_OF_JAPANESE_NATIONAL",
        "DEPENDENT"};
    private static final int[] STATUS_WEIGHTS = {28, 5, 15, 10, 10, 12, 7, 5, 8};

    private final long stream;
    private final int[] dominantOrigin;

    /**
     * @param seed        the dataset seed
     * @param streamSalt  0 for the normal dataset; another value re-draws every attribute (tests)
     * @param communities number of communities
     */
    ProtectedAttributes(long seed, long streamSalt, int communities) {
        this.stream = Seeds.derive(seed ^ Seeds.mix(streamSalt), Seeds.PROTECTED);
        SplittableRandom random = new SplittableRandom(Seeds.mix(stream + 1));
        dominantOrigin = new int[communities];
        for (int c = 0; c < communities; c++) {
            dominantOrigin[c] = random.nextDouble() < 0.7 ? Draw.weighted(random, ORIGIN_WEIGHTS) : -1;
        }
    }

    /** The attributes of individual {@code index}, who lives in {@code community} (or -1). */
    Attributes of(int index, int community) {
        SplittableRandom random = Seeds.forIndex(stream, index);
        int dominant = community >= 0 ? dominantOrigin[community] : -1;
        int originIndex = dominant >= 0 && random.nextDouble() < 0.55 ? dominant : Draw.weighted(random, ORIGIN_WEIGHTS);
        Origin origin = ORIGINS[originIndex];
        double l = random.nextDouble();
        String language = l < 0.85 ? origin.language() : l < 0.95 ? origin.secondLanguage() : "Japanese";
        String status = originIndex == NATIONAL ? "" : STATUSES[Draw.weighted(random, STATUS_WEIGHTS)];
        String family = Draw.pick(random, origin.family());
        String given = Draw.pick(random, origin.given());
        String name = origin.familyFirst() ? family + " " + given : given + " " + family;
        return new Attributes(name, origin.nationality(), language, status);
    }
}
