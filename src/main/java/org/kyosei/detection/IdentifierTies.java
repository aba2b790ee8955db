package org.kyosei.detection;

import java.util.Arrays;
import java.util.Locale;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntLinkedOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;

/**
 * Ties of businesses to an organization through identifiers, the same way for brokers and
 * employers: a phone, address or account a member uses that the business uses too, or that one of
 * its operators (owner, officer, manager, straw owner) uses. The identifier's own crowding is the
 * discount: its evidence is split among the identifier's users other than members, businesses
 * and people alike (a registered-office address shared by 40 firms gives each a fortieth; two
 * officers of two firms using a member's phone give each a half), and the tie is as common as the
 * share of businesses the identifier links to members. A home is the household's: a
 * member's address is no tie for the people who live there (whose only address it is), as living
 * with a member is association, not evidence; it is a tie for someone who has an address of their
 * own and uses the member's as well (an officer registered at a member's home), split only among such
 * people. Transfers from a member's account to a business's account are a tie too.
 */
final class IdentifierTies {
    private final DetectionGraph graph;
    private final OrganizationTies ties;
    private final int day;
    private final TieBuilders builders;
    private final int businesses;

    IdentifierTies(DetectionGraph graph, OrganizationTies ties, int day, TieBuilders builders, int businesses) {
        this.graph = graph;
        this.ties = ties;
        this.day = day;
        this.builders = builders;
        this.businesses = Math.max(1, businesses);
    }

    /** Adds the identifier ties of one member. */
    void add(int member) {
        int org = ties.organizationOf(member);
        double a = ties.affiliation(member);
        graph.out(member, RelationType.USES, day, use -> {
            int identifier = graph.dst(use);
            boolean address = "ADDRESS".equals(graph.kind(identifier));
            double memberSide = a * TieStrength.row(graph, use, day);
            IntArrayList direct = new IntArrayList();
            IntArrayList officers = new IntArrayList();
            int people = 0;
            IntLinkedOpenHashSet linked = new IntLinkedOpenHashSet();
            IntOpenHashSet users = new IntOpenHashSet();
            IntArrayList uses = new IntArrayList();
            graph.in(identifier, RelationType.USES, day, uses::add);
            for (int k = 0; k < uses.size(); k++) {
                int u = uses.getInt(k);
                int user = graph.src(u);
                if (isBusiness(user)) {
                    direct.add(u);
                    linked.add(user);
                    users.add(user);
                } else if (graph.label(user) == NodeLabel.INDIVIDUAL && !ties.isMember(user)
                        && !(address && livesOnlyAt(user, identifier))) {
                    people++;
                    int before = linked.size();
                    graph.out(user, RelationType.OPERATES, day, op -> {
                        if (isBusiness(graph.dst(op))) {
                            linked.add(graph.dst(op));
                        }
                    });
                    if (linked.size() > before) {
                        officers.add(u);
                    }
                }
            }
            if (linked.isEmpty()) {
                if ("ACCOUNT".equals(graph.kind(identifier))) {
                    transfers(member, org, memberSide, identifier);
                }
                return;
            }
            double split = 1.0 / (users.size() + people);
            double rarity = TieRarity.shared(linked.size() - 1, businesses);
            LeadMessage kind = LeadMessage.of("lead.identifier." + graph.kind(identifier).toLowerCase(Locale.ROOT));
            for (int k = 0; k < direct.size(); k++) {
                int u = direct.getInt(k);
                int business = graph.src(u);
                builders.add(business, org, memberSide * TieStrength.row(graph, u, day) * split, rarity,
                        graph.id(org) + ">" + graph.id(member) + ">" + graph.id(identifier) + ">" + graph.id(business),
                        LeadMessage.of("lead.tie.sharesIdentifier", kind, graph.id(identifier), graph.id(member),
                                graph.id(org)), member);
            }
            for (int k = 0; k < officers.size(); k++) {
                int u = officers.getInt(k);
                int officer = graph.src(u);
                double officerSide = memberSide * TieStrength.row(graph, u, day) * split;
                graph.out(officer, RelationType.OPERATES, day, op -> {
                    int business = graph.dst(op);
                    if (isBusiness(business)) {
                        builders.add(business, org, officerSide * TieStrength.row(graph, op, day), rarity,
                                graph.id(org) + ">" + graph.id(member) + ">" + graph.id(identifier) + ">" + graph.id(officer)
                                        + ">" + graph.id(business),
                                LeadMessage.of("lead.tie.officerSharesIdentifier", graph.id(officer), kind,
                                        graph.id(identifier), graph.id(member), graph.id(org)), member);
                    }
                });
            }
            if ("ACCOUNT".equals(graph.kind(identifier))) {
                transfers(member, org, memberSide, identifier);
            }
        });
    }

    private void transfers(int member, int org, double memberSide, int account) {
        Int2DoubleOpenHashMap evidence = new Int2DoubleOpenHashMap();
        Int2IntOpenHashMap rows = new Int2IntOpenHashMap();
        graph.out(account, RelationType.TRANSFER, day, t -> {
            int target = graph.dst(t);
            evidence.put(target, TieStrength.noisyOr(evidence.get(target), 0.5 * TieStrength.row(graph, t, day)));
            rows.addTo(target, 1);
        });
        int[] targets = evidence.keySet().toIntArray();
        Arrays.sort(targets);
        for (int target : targets) {
            double e = evidence.get(target);
            graph.in(target, RelationType.USES, day, use -> {
                int business = graph.src(use);
                if (isBusiness(business)) {
                    builders.add(business, org, memberSide * e * TieStrength.row(graph, use, day), 0,
                            graph.id(org) + ">" + graph.id(member) + ">" + graph.id(account) + ">" + graph.id(target)
                                    + ">" + graph.id(business),
                            LeadMessage.of("lead.tie.transfers", rows.get(target), graph.id(member), graph.id(org)), member);
                }
            });
        }
    }

    /** Whether the address is the only one the person uses on the day: their home, shared with the member. */
    private boolean livesOnlyAt(int person, int address) {
        boolean[] other = {false};
        graph.out(person, RelationType.USES, day, use -> {
            int identifier = graph.dst(use);
            if (identifier != address && "ADDRESS".equals(graph.kind(identifier))) {
                other[0] = true;
            }
        });
        return !other[0];
    }

    private boolean isBusiness(int node) {
        NodeLabel label = graph.label(node);
        return label == NodeLabel.BROKER || label == NodeLabel.EMPLOYER;
    }
}
