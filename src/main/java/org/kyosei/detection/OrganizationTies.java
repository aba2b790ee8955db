package org.kyosei.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * Who is tied to a criminal organization on record as of a day, and how strongly.
 * <ul>
 *   <li>members: AFFILIATED_WITH an organization (strength = the record's confidence);</li>
 *   <li>people in contact with members: the contact rows between them, by confidence, recency,
 *       count and repetition ({@link TieStrength}), times the member's strength;</li>
 *   <li>brokers and employers: operated by a member, controlled by the organization, sharing a
 *       phone, address or account with a member, receiving transfers from a member's account, or
 *       operated by someone in contact with a member.</li>
 * </ul>
 * Every tie keeps the strongest organization, the paths that support it, and a phrase for the
 * lead's sentence.
 */
public final class OrganizationTies {
    /** Contact rows weaker than this in total are not a tie at all (a single sighting). */
    static final double MIN_PERSON_TIE = 0.02;

    private final DetectionGraph graph;
    private final int day;
    private final double[] affiliation;
    private final int[] affiliationOrg;
    private final Tie[] personTies;
    private final Tie[] businessTies;

    /** A tie of a subject to one organization: strength in [0, 1], supporting paths and phrases. */
    public record Tie(int organization, double strength, List<String> paths, List<String> phrases, int members) {
    }

    private OrganizationTies(DetectionGraph graph, int day) {
        this.graph = graph;
        this.day = day;
        int n = graph.nodeCount();
        affiliation = new double[n];
        affiliationOrg = new int[n];
        personTies = new Tie[n];
        businessTies = new Tie[n];
        java.util.Arrays.fill(affiliationOrg, -1);
    }

    static OrganizationTies compute(DetectionGraph graph, int day) {
        OrganizationTies ties = new OrganizationTies(graph, day);
        ties.findMembers();
        ties.findPersonTies();
        ties.findBusinessTies();
        return ties;
    }

    // ---- queries

    public boolean isMember(int node) {
        return affiliation[node] > 0;
    }

    /** The member's affiliation strength (0 for non-members). */
    public double affiliation(int node) {
        return affiliation[node];
    }

    public int organizationOf(int member) {
        return affiliationOrg[member];
    }

    /** The tie of a non-member person through contacts with members, or null. */
    public Tie person(int node) {
        return personTies[node];
    }

    public double personStrength(int node) {
        Tie tie = personTies[node];
        return tie == null ? 0 : tie.strength();
    }

    /** The tie of a broker or employer, or null. */
    public Tie business(int node) {
        return businessTies[node];
    }

    public double businessStrength(int node) {
        Tie tie = businessTies[node];
        return tie == null ? 0 : tie.strength();
    }

    /** The strength of the contact between two people: a noisy-or over their contact rows. */
    public static double contactStrength(DetectionGraph graph, int a, int b, int day) {
        double[] s = {0};
        graph.both(a, RelationType.CONTACT, day, e -> {
            if (graph.other(e, a) == b) {
                s[0] = TieStrength.noisyOr(s[0], TieStrength.contactRow(graph, e, day));
            }
        });
        return s[0];
    }

    /** Every contact partner of {@code a} with the pair's strength. */
    public static Int2DoubleOpenHashMap contacts(DetectionGraph graph, int a, int day) {
        Int2DoubleOpenHashMap partners = new Int2DoubleOpenHashMap();
        graph.both(a, RelationType.CONTACT, day, e -> {
            int b = graph.other(e, a);
            if (b != a) {
                partners.put(b, TieStrength.noisyOr(partners.get(b), TieStrength.contactRow(graph, e, day)));
            }
        });
        return partners;
    }

    // ---- computation

    private void findMembers() {
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (graph.is(e, RelationType.AFFILIATED_WITH) && graph.active(e, day)) {
                int person = graph.src(e);
                double c = graph.confidence(e);
                if (c > affiliation[person] || c == affiliation[person] && graph.dst(e) < affiliationOrg[person]) {
                    affiliation[person] = c;
                    affiliationOrg[person] = graph.dst(e);
                }
            }
        }
    }

    private boolean isOrganization(int node) {
        return graph.label(node) == NodeLabel.ORGANIZATION;
    }

    /** Contacts of members, grouped per person and organization. */
    private void findPersonTies() {
        Builders builders = new Builders();
        for (int m = 0; m < graph.nodeCount(); m++) {
            if (!isMember(m)) {
                continue;
            }
            int member = m;
            Int2DoubleOpenHashMap partners = contacts(graph, member, day);
            for (var entry : partners.int2DoubleEntrySet()) {
                int person = entry.getIntKey();
                if (isMember(person) || graph.label(person) != NodeLabel.INDIVIDUAL) {
                    continue;
                }
                double s = entry.getDoubleValue() * affiliation[member];
                int org = affiliationOrg[member];
                builders.add(person, org, s, graph.id(org) + ">" + graph.id(member) + ">" + graph.id(person), null, member);
            }
        }
        builders.finish(personTies, MIN_PERSON_TIE, "in contact with %d member%s of %s");
    }

    private void findBusinessTies() {
        Builders builders = new Builders();
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (!graph.active(e, day)) {
                continue;
            }
            if (graph.is(e, RelationType.CONTROLS) && isOrganization(graph.src(e))) {
                int org = graph.src(e);
                int business = graph.dst(e);
                builders.add(business, org, TieStrength.row(graph, e, day), graph.id(org) + ">" + graph.id(business),
                        "controlled by " + graph.id(org) + " on record", -1);
            } else if (graph.is(e, RelationType.OPERATES)) {
                int operator = graph.src(e);
                int business = graph.dst(e);
                if (isMember(operator)) {
                    int org = affiliationOrg[operator];
                    builders.add(business, org, TieStrength.row(graph, e, day) * affiliation[operator],
                            graph.id(org) + ">" + graph.id(operator) + ">" + graph.id(business),
                            "operated by member " + graph.id(operator) + " of " + graph.id(org), operator);
                } else if (personTies[operator] != null) {
                    Tie tie = personTies[operator];
                    builders.add(business, tie.organization(), TieStrength.row(graph, e, day) * tie.strength(),
                            tie.paths().get(0) + ">" + graph.id(business),
                            "operated by " + graph.id(operator) + ", who is in contact with members of "
                                    + graph.id(tie.organization()), operator);
                }
            }
        }
        for (int m = 0; m < graph.nodeCount(); m++) {
            if (isMember(m)) {
                sharedIdentifiers(m, builders);
            }
        }
        builders.finish(businessTies, 0, null);
    }

    /** Identifiers a member uses that a business uses too, and transfers from a member's account to a business's. */
    private void sharedIdentifiers(int member, Builders builders) {
        int org = affiliationOrg[member];
        double a = affiliation[member];
        graph.out(member, RelationType.USES, day, use -> {
            int identifier = graph.dst(use);
            double memberSide = a * TieStrength.row(graph, use, day);
            IntArrayList users = new IntArrayList();
            graph.in(identifier, RelationType.USES, day, other -> users.add(other));
            int sharing = sharers(identifier, users);
            for (int k = 0; k < users.size(); k++) {
                int other = users.getInt(k);
                int business = graph.src(other);
                if (!isBusiness(business)) {
                    continue;
                }
                double dilution = Math.min(1, 3.0 / sharing);
                double s = memberSide * TieStrength.row(graph, other, day) * identifierWeight(identifier) * dilution;
                builders.add(business, org, s,
                        graph.id(org) + ">" + graph.id(member) + ">" + graph.id(identifier) + ">" + graph.id(business),
                        "shares " + graph.kind(identifier).toLowerCase(Locale.ROOT) + " " + graph.id(identifier)
                                + " with member " + graph.id(member) + " of " + graph.id(org), member);
            }
            if ("ACCOUNT".equals(graph.kind(identifier))) {
                transfersToBusinesses(member, org, memberSide, identifier, builders);
            }
        });
    }

    private void transfersToBusinesses(int member, int org, double memberSide, int account, Builders builders) {
        Int2DoubleOpenHashMap evidence = new Int2DoubleOpenHashMap();
        it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap rows = new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap();
        graph.out(account, RelationType.TRANSFER, day, t -> {
            int target = graph.dst(t);
            evidence.put(target, TieStrength.noisyOr(evidence.get(target), 0.5 * TieStrength.row(graph, t, day)));
            rows.addTo(target, 1);
        });
        for (var entry : evidence.int2DoubleEntrySet()) {
            int target = entry.getIntKey();
            graph.in(target, RelationType.USES, day, use -> {
                int business = graph.src(use);
                if (isBusiness(business)) {
                    builders.add(business, org, memberSide * entry.getDoubleValue() * TieStrength.row(graph, use, day),
                            graph.id(org) + ">" + graph.id(member) + ">" + graph.id(account) + ">" + graph.id(target)
                                    + ">" + graph.id(business),
                            "received " + rows.get(target) + " transfer" + (rows.get(target) == 1 ? "" : "s")
                                    + " from member " + graph.id(member) + " of " + graph.id(org), member);
                }
            });
        }
    }

    /**
     * How many users an identifier's evidence is shared among. A phone or account used by many is a
     * shop line or a pooled account: every user counts. An address counts only the businesses
     * registered there: the people living in a member's building are ordinary tenants and say nothing
     * about a business registered into it, whereas an address with many businesses on record is a
     * registered-office service.
     */
    private int sharers(int identifier, IntArrayList uses) {
        if (!"ADDRESS".equals(graph.kind(identifier))) {
            return uses.size();
        }
        int businesses = 0;
        for (int k = 0; k < uses.size(); k++) {
            if (isBusiness(graph.src(uses.getInt(k)))) {
                businesses++;
            }
        }
        return businesses;
    }

    private boolean isBusiness(int node) {
        NodeLabel label = graph.label(node);
        return label == NodeLabel.BROKER || label == NodeLabel.EMPLOYER;
    }

    /** A shared account or phone says more than a shared address (a building has many tenants). */
    private double identifierWeight(int identifier) {
        return switch (graph.kind(identifier)) {
            case "ACCOUNT" -> 1.0;
            case "PHONE" -> 0.9;
            default -> 0.6;
        };
    }

    /**
     * Collects evidence per (subject, organization), then keeps for each subject the organization
     * with the strongest noisy-or of its evidence.
     */
    private final class Builders {
        private final it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<Partial>>
                bySubject = new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>();

        void add(int subject, int org, double strength, String path, String phrase, int member) {
            if (strength <= 0) {
                return;
            }
            Partial p = bySubject.computeIfAbsent(subject, k -> new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>())
                    .computeIfAbsent(org, k -> new Partial());
            p.strength = TieStrength.noisyOr(p.strength, strength);
            p.evidence.add(new Piece(strength, path, phrase));
            if (member >= 0 && !p.members.contains(member)) {
                p.members.add(member);
            }
        }

        void finish(Tie[] into, double minimum, String personPhrase) {
            for (var subject : bySubject.int2ObjectEntrySet()) {
                int bestOrg = -1;
                Partial best = null;
                for (var org : subject.getValue().int2ObjectEntrySet()) {
                    Partial p = org.getValue();
                    if (best == null || p.strength > best.strength
                            || p.strength == best.strength && org.getIntKey() < bestOrg) {
                        best = p;
                        bestOrg = org.getIntKey();
                    }
                }
                if (best == null || best.strength < minimum) {
                    continue;
                }
                best.evidence.sort((x, y) -> x.strength != y.strength ? Double.compare(y.strength, x.strength)
                        : x.path.compareTo(y.path));
                List<String> paths = new ArrayList<>();
                List<String> phrases = new ArrayList<>();
                for (Piece piece : best.evidence) {
                    if (!paths.contains(piece.path)) {
                        paths.add(piece.path);
                    }
                    if (piece.phrase != null && !phrases.contains(piece.phrase)) {
                        phrases.add(piece.phrase);
                    }
                }
                if (personPhrase != null) {
                    int count = best.members.size();
                    phrases.add(String.format(Locale.ROOT, personPhrase, count, count == 1 ? "" : "s", graph.id(bestOrg)));
                }
                into[subject.getIntKey()] = new Tie(bestOrg, best.strength, List.copyOf(paths), List.copyOf(phrases),
                        best.members.size());
            }
        }
    }

    private static final class Partial {
        double strength;
        final List<Piece> evidence = new ArrayList<>();
        final IntArrayList members = new IntArrayList();
    }

    private record Piece(double strength, String path, String phrase) {
    }
}
