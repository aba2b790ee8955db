package org.kyosei.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The knobs of a generated world. {@link #defaults()} is the project's fixed world (the numbers the
 * demo and the tests rely on); {@link #draw(long)} draws a different world per seed from wide
 * ranges, so that a detector tuned on one world is measured on worlds it was not built on.
 *
 * @param kind                    "default" or "random"
 * @param individualsPerCommunity about one community per this many individuals
 * @param residentialShare        share of communities that are residential
 * @param communitySizeTail       Pareto tail index of community popularity (small: a few huge ones)
 * @param otherKindWeights        relative frequency of WORKPLACE, SCHOOL, NIGHTLIFE, COMMERCIAL, ASSOCIATION
 * @param buildingShare           chance a household shares its building's address with the previous household
 * @param contactScale            multiplies how many ordinary contacts a resident has
 * @param contactWeightScale      multiplies every CONTACT count written
 * @param moneyUnit               multiplies every amount written (wages, fees, transfers): the unit of money
 * @param feeLevel                multiplies ordinary placement fees (planted fees stay as they are)
 * @param residentMemberShare     share of organization members who live in a residential community
 * @param memberFriends           mean number of ordinary residents a member living in a community is in contact with
 * @param memberRelativesShare    share of those members who live at a relative's household address
 * @param friendOperatorShare     chance that such a friend is someone who runs a business of the community's area
 * @param largeAgencyFactor       multiplies the number of large licensed agencies
 * @param organiserFactor         multiplies the number of association organisers
 * @param sharedOfficesPer20k     registered-office addresses shared by many businesses, per 20,000 individuals
 * @param accountantsPer20k       accountants serving many businesses (one client a member), per 20,000 individuals
 * @param variedPlants            whether the planters use every variant (officer's shared identifiers, reach of
 *                                gatekeepers, layered skimming) rather than the default world's fixed rotation
 * @param variantOffset           where each planter's rotation of variants starts
 */
public record WorldParameters(String kind, double individualsPerCommunity, double residentialShare,
                              double communitySizeTail, int[] otherKindWeights, double buildingShare,
                              double contactScale, double contactWeightScale, double moneyUnit, double feeLevel,
                              double residentMemberShare, double memberFriends, double memberRelativesShare,
                              double friendOperatorShare, double largeAgencyFactor, double organiserFactor,
                              double sharedOfficesPer20k, double accountantsPer20k, boolean variedPlants,
                              int variantOffset) {
    public static final String DEFAULT = "default";
    public static final String RANDOM = "random";
    /** The seed salt of the parameter draw (apart from every stream of the model itself). */
    private static final long PARAMETERS = 9;

    public WorldParameters {
        otherKindWeights = otherKindWeights.clone();
    }

    @Override
    public int[] otherKindWeights() {
        return otherKindWeights.clone();
    }

    /** The project's fixed world. */
    public static WorldParameters defaults() {
        return new WorldParameters(DEFAULT, 250, 0.4, 1.4, new int[]{40, 12, 14, 16, 18}, 0, 1, 1, 1, 1, 0.30, 0, 0, 0,
                1, 1, 0, 0, false, 0);
    }

    /** A world drawn for this seed: every value from a wide range, the same for the same seed. */
    public static WorldParameters draw(long seed) {
        SplittableRandom r = Seeds.stream(seed, PARAMETERS);
        int[] kinds = new int[5];
        for (int k = 0; k < kinds.length; k++) {
            kinds[k] = Draw.between(r, 4, 50);
        }
        return new WorldParameters(RANDOM, logUniform(r, 80, 1200), uniform(r, 0.25, 0.6), uniform(r, 1.1, 2.5), kinds,
                uniform(r, 0, 0.5), logUniform(r, 0.5, 2.5), logUniform(r, 0.3, 3), logUniform(r, 0.01, 100),
                uniform(r, 0.6, 2.0), uniform(r, 0, 0.8), uniform(r, 0, 8), uniform(r, 0, 0.6), uniform(r, 0, 0.5),
                uniform(r, 1, 4), uniform(r, 0.5, 3), uniform(r, 0, 2), uniform(r, 0, 2), true, r.nextInt(60));
    }

    /**
     * The share of contact pairs recorded a second time (another source, another day): in a random
     * world, ordinary friendships as often as the friendships of organization members; none in the
     * default world, which keeps its shape.
     */
    public double secondContactRecord() {
        return isDefault() ? 0 : SECOND_CONTACT_RECORD;
    }

    /** See {@link #secondContactRecord()}. */
    static final double SECOND_CONTACT_RECORD = 0.3;

    public boolean isDefault() {
        return DEFAULT.equals(kind);
    }

    /** An amount in the world's unit of money (rounded; unchanged in a world of unit 1). */
    long money(long jpy) {
        return moneyUnit == 1 || jpy < 0 ? jpy : Math.round(jpy * moneyUnit);
    }

    /** A contact count in the world's scale (at least 1; unchanged at scale 1). */
    long contactCount(long count) {
        return contactWeightScale == 1 || count < 0 ? count : Math.max(1, Math.round(count * contactWeightScale));
    }

    /** How many of something, per 20,000 individuals, at least one when the density is positive. */
    static int per20k(double density, int individuals) {
        return density <= 0 ? 0 : Math.max(1, (int) Math.round(density * individuals / 20_000.0));
    }

    /** One "name = value" line per parameter, in declaration order. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        fields().forEach((name, value) -> lines.add(name + " = " + value));
        return lines;
    }

    /** The parameters as the members of a JSON object (no braces), indented by {@code indent}. */
    String jsonMembers(String indent) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>(fields().keySet());
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            String value = fields().get(name);
            boolean text = name.equals("kind");
            out.append(indent).append('"').append(name).append("\": ").append(text ? "\"" + value + "\"" : value)
                    .append(k + 1 < names.size() ? ",\n" : "\n");
        }
        return out.toString();
    }

    private java.util.LinkedHashMap<String, String> fields() {
        java.util.LinkedHashMap<String, String> f = new java.util.LinkedHashMap<>();
        f.put("kind", kind);
        f.put("individualsPerCommunity", num(individualsPerCommunity));
        f.put("residentialShare", num(residentialShare));
        f.put("communitySizeTail", num(communitySizeTail));
        f.put("otherKindWeights", Arrays.toString(otherKindWeights));
        f.put("buildingShare", num(buildingShare));
        f.put("contactScale", num(contactScale));
        f.put("contactWeightScale", num(contactWeightScale));
        f.put("moneyUnit", num(moneyUnit));
        f.put("feeLevel", num(feeLevel));
        f.put("residentMemberShare", num(residentMemberShare));
        f.put("memberFriends", num(memberFriends));
        f.put("memberRelativesShare", num(memberRelativesShare));
        f.put("friendOperatorShare", num(friendOperatorShare));
        f.put("largeAgencyFactor", num(largeAgencyFactor));
        f.put("organiserFactor", num(organiserFactor));
        f.put("sharedOfficesPer20k", num(sharedOfficesPer20k));
        f.put("accountantsPer20k", num(accountantsPer20k));
        f.put("variedPlants", Boolean.toString(variedPlants));
        f.put("variantOffset", Integer.toString(variantOffset));
        return f;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static double uniform(SplittableRandom r, double lo, double hi) {
        return round4(lo + r.nextDouble() * (hi - lo));
    }

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return round4(Math.exp(Math.log(lo) + r.nextDouble() * (Math.log(hi) - Math.log(lo))));
    }

    /** Drawn values are kept to the four decimals printed, so the printed world is the world used. */
    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorldParameters w && describe().equals(w.describe());
    }

    @Override
    public int hashCode() {
        return describe().hashCode();
    }

    @Override
    public String toString() {
        return String.join(", ", describe());
    }
}
