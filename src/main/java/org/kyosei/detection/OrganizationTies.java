package org.kyosei.detection;

import java.util.List;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;

/**
 * Who is tied to a criminal organization on record as of a day, and how strongly.
 * <ul>
 *   <li>members: AFFILIATED_WITH an organization (strength = the record's confidence);</li>
 *   <li>people in contact with members: the contact rows between them, by confidence, recency,
 *       count and repetition ({@link TieStrength}), times the member's strength;</li>
 *   <li>brokers and employers: operated by a member, controlled by the organization, sharing a
 *       phone, address or account with a member, receiving transfers from a member's account, or
 *       operated by someone in contact with a member ({@link IdentifierTies}: a shared identifier of
 *       the business or of one of its operators).</li>
 * </ul>
 * Each tie also says how common such a tie is among comparable entities ({@link TieRarity}): a
 * business run by someone whose contact with members is as common as that of many neighbours keeps
 * little of that evidence.
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
    private TieRarity rarity;
    private ContactBaseRate contactBaseRate;

    /**
     * A tie of a subject to one organization: strength in [0, 1], supporting paths and phrases, the
     * distinct members it goes through, and its rarity: the share of comparable entities with such a
     * tie. For a person, the larger of the share of their community's people with as strong a tie
     * ({@link TieRarity}) and the share of all contacts of the graph as strong as their most unusual
     * contact with a member ({@link ContactBaseRate}): a tie must be unusual on both counts.
     */
    public record Tie(int organization, double strength, List<String> paths, List<LeadMessage> phrases, int members,
                      double rarity) {
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
        ties.contactBaseRate = ContactBaseRate.of(graph, day);
        ties.findPersonTies();
        ties.rarity = TieRarity.of(graph, ties, day);
        for (int x = 0; x < ties.personTies.length; x++) {
            Tie t = ties.personTies[x];
            if (t != null) {
                // as common as the more common of: such a tie in the person's community, such a contact anywhere
                ties.personTies[x] = new Tie(t.organization(), t.strength(), t.paths(), t.phrases(), t.members(),
                        Math.max(ties.rarity.rarity(x), t.rarity()));
            }
        }
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

    /** The base rate of person ties among comparable people. */
    public TieRarity rarity() {
        return rarity;
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
        TieBuilders builders = new TieBuilders(graph);
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
                builders.add(person, org, s, contactBaseRate.rarity(entry.getDoubleValue()), graph.id(org) + ">" + graph.id(member) + ">" + graph.id(person), null, member);
            }
        }
        builders.finish(personTies, MIN_PERSON_TIE, "lead.tie.contacts");
    }

    private void findBusinessTies() {
        TieBuilders builders = new TieBuilders(graph);
        int businesses = 0;
        for (int b = 0; b < graph.nodeCount(); b++) {
            if (isBusiness(b)) {
                businesses++;
            }
        }
        // a tie on record (operated by a member, controlled by the organization) is the business's own
        double onRecord = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (!graph.active(e, day)) {
                continue;
            }
            if (graph.is(e, RelationType.CONTROLS) && isOrganization(graph.src(e))) {
                int org = graph.src(e);
                int business = graph.dst(e);
                builders.add(business, org, TieStrength.row(graph, e, day), onRecord, graph.id(org) + ">" + graph.id(business),
                        LeadMessage.of("lead.tie.controlled", graph.id(org)), -1);
            } else if (graph.is(e, RelationType.OPERATES)) {
                int operator = graph.src(e);
                int business = graph.dst(e);
                if (isMember(operator)) {
                    int org = affiliationOrg[operator];
                    builders.add(business, org, TieStrength.row(graph, e, day) * affiliation[operator], onRecord,
                            graph.id(org) + ">" + graph.id(operator) + ">" + graph.id(business),
                            LeadMessage.of("lead.tie.operatedByMember", graph.id(operator), graph.id(org)), operator);
                } else if (personTies[operator] != null) {
                    // as common as the operator's own tie (in the community, and as a contact)
                    Tie tie = personTies[operator];
                    double common = tie.rarity();
                    builders.add(business, tie.organization(),
                            TieStrength.row(graph, e, day) * tie.strength() * TieRarity.factor(common), common,
                            tie.paths().get(0) + ">" + graph.id(business),
                            LeadMessage.of("lead.tie.operatedByContact", graph.id(operator), graph.id(tie.organization()),
                                    orEmpty(rarity.phrase(graph, operator))), operator);
                }
            }
        }
        IdentifierTies identifiers = new IdentifierTies(graph, this, day, builders, businesses);
        for (int m = 0; m < graph.nodeCount(); m++) {
            if (isMember(m)) {
                identifiers.add(m);
            }
        }
        builders.finish(businessTies, 0, null);
    }

    /** The message, or "" for none (an argument that renders as nothing). */
    static Object orEmpty(LeadMessage message) {
        return message == null ? "" : message;
    }

    private boolean isBusiness(int node) {
        NodeLabel label = graph.label(node);
        return label == NodeLabel.BROKER || label == NodeLabel.EMPLOYER;
    }
}
