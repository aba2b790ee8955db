package org.kyosei.detection;

import java.util.ArrayList;
import java.util.List;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * FEE_SKIMMING: an account collecting regular transfers from many people, held by an organization
 * member or someone in contact with members, or forwarding money to a member's account, directly or
 * through one more account (layering). Score: the
 * tie of the account to the organization, times a saturating count of payers, times the share of
 * payers who pay repeatedly (regular collection rather than a one-off fee). Rent and remittance
 * accounts collect from many people too, but have no tie.
 */
final class FeeSkimmingIndicator implements Indicator {
    /** Collecting means from more than one person. */
    private static final int MIN_PAYERS = 2;
    /** How much of a tie money forwarded to a member carries (the rows' confidence and recency aside). */
    private static final double FORWARD = 0.6;

    @Override
    public String name() {
        return "FEE_SKIMMING";
    }

    @Override
    public List<Lead> detect(DetectionContext context) {
        DetectionGraph graph = context.graph();
        OrganizationTies ties = context.ties();
        int day = context.day();
        List<Lead> leads = new ArrayList<>();
        Collecting base = collecting(context, ties);
        int[] tiedAccounts = base.tied().keySet().toIntArray();
        java.util.Arrays.sort(tiedAccounts);
        for (int a : tiedAccounts) {
            Holding holding = base.tied().get(a);
            int account = a;
            Int2IntOpenHashMap payments = new Int2IntOpenHashMap();
            graph.in(a, RelationType.TRANSFER, day, e -> {
                int sender = graph.src(e);
                if (sender != account && paidByPerson(graph, ties, sender, day)) {
                    payments.addTo(sender, 1);
                }
            });
            if (payments.size() < MIN_PAYERS) {
                continue;
            }
            int payers = payments.size();
            int repeated = 0;
            int total = 0;
            for (int count : payments.values()) {
                total += count;
                if (count >= 2) {
                    repeated++;
                }
            }
            double regularity = (double) repeated / payers;
            double score = holding.strength * TieStrength.saturate(payers, 5) * (0.2 + 0.8 * regularity);
            if (score < 0.01) {
                continue;
            }
            IntArrayList senders = new IntArrayList(payments.keySet());
            senders.sort(null);
            List<String> evidence = new ArrayList<>(holding.paths);
            for (int k = 0; k < Math.min(4, senders.size()); k++) {
                evidence.add(graph.id(senders.getInt(k)) + ">" + graph.id(a));
            }
            LeadMessage sentence = LeadMessage.of("lead.feeSkimming", graph.id(a), total, payers, repeated,
                    new LeadMessage.Joined("lead.join.and", holding.phrases));
            // as common as a tied account collecting from as many payers: both shares, as if independent
            double rarity = Math.max(holding.rarity, base.payers().rarity(payers) * base.tiedShare());
            leads.add(new Lead(graph.id(a), NodeLabel.IDENTIFIER, name(), TieStrength.clamp(score), sentence, evidence,
                    rarity));
        }
        return leads;
    }

    /** The base rate of collecting: payers per receiving account, and the share of those accounts tied to an organization. */
    private record Collecting(ContactBaseRate payers, double tiedShare,
                              it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<Holding> tied) {
    }

    /**
     * How many distinct accounts pay into each account that receives any transfer, as of the day, and
     * how many of those accounts have a tie: a tied account collecting from as many payers as this one
     * is as common as the product of the two shares.
     */
    private static Collecting collecting(DetectionContext context, OrganizationTies ties) {
        return context.cached("payers", () -> {
            DetectionGraph graph = context.graph();
            it.unimi.dsi.fastutil.doubles.DoubleArrayList counts = new it.unimi.dsi.fastutil.doubles.DoubleArrayList();
            it.unimi.dsi.fastutil.ints.IntOpenHashSet senders = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
            it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<Holding> tied = new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>();
            for (int a = 0; a < graph.nodeCount(); a++) {
                if (graph.label(a) != NodeLabel.IDENTIFIER || !"ACCOUNT".equals(graph.kind(a))) {
                    continue;
                }
                senders.clear();
                graph.in(a, RelationType.TRANSFER, context.day(), e -> senders.add(graph.src(e)));
                if (!senders.isEmpty()) {
                    counts.add(senders.size());
                    Holding holding = holding(graph, ties, a, context.day());
                    if (holding.strength > 0) {
                        tied.put(a, holding);
                    }
                }
            }
            return new Collecting(ContactBaseRate.of(counts), counts.isEmpty() ? 1 : (double) tied.size() / counts.size(), tied);
        });
    }

    private static final class Holding {
        double strength;
        double rarity = 1;
        final List<String> paths = new ArrayList<>();
        final List<LeadMessage> phrases = new ArrayList<>();

        void add(double s, double shared, String path, LeadMessage phrase) {
            strength = TieStrength.noisyOr(strength, s * TieRarity.factor(shared));
            rarity = Math.min(rarity, shared);
            if (paths.size() < 3) {
                paths.add(path);
            }
            if (!phrases.contains(phrase)) {
                phrases.add(phrase);
            }
        }
    }

    /** How the account is tied: its holders, and transfers it forwards to members' accounts. */
    private static Holding holding(DetectionGraph graph, OrganizationTies ties, int account, int day) {
        Holding holding = new Holding();
        graph.in(account, RelationType.USES, day, e -> {
            int holder = graph.src(e);
            if (ties.isMember(holder)) {
                int org = ties.organizationOf(holder);
                holding.add(TieStrength.row(graph, e, day) * ties.affiliation(holder), 0,
                        graph.id(org) + ">" + graph.id(holder) + ">" + graph.id(account),
                        LeadMessage.of("lead.holding.member", graph.id(holder), graph.id(org)));
            } else if (ties.person(holder) != null) {
                OrganizationTies.Tie tie = ties.person(holder);
                holding.add(TieStrength.row(graph, e, day) * tie.strength(), tie.rarity(),
                        tie.paths().get(0) + ">" + graph.id(account),
                        LeadMessage.of("lead.holding.contact", graph.id(holder), graph.id(tie.organization())));
            }
        });
        graph.out(account, RelationType.TRANSFER, day, t -> {
            int target = graph.dst(t);
            double first = FORWARD * TieStrength.row(graph, t, day);
            if (!forwardsToMember(graph, ties, account, target, first, "", holding, day)) {
                // layered: through one more account that forwards to a member's
                graph.out(target, RelationType.TRANSFER, day, t2 -> {
                    int next = graph.dst(t2);
                    if (next != account && next != target) {
                        forwardsToMember(graph, ties, account, next, first * TieStrength.row(graph, t2, day),
                                graph.id(target), holding, day);
                    }
                });
            }
        });
        return holding;
    }

    /** Adds a tie when {@code target} is a member's account; {@code via} names a layering account ("" for none). */
    private static boolean forwardsToMember(DetectionGraph graph, OrganizationTies ties, int account, int target, double s,
                                            String via, Holding holding, int day) {
        boolean[] found = {false};
        graph.in(target, RelationType.USES, day, use -> {
            int holder = graph.src(use);
            if (ties.isMember(holder)) {
                found[0] = true;
                int org = ties.organizationOf(holder);
                holding.add(s * TieStrength.row(graph, use, day) * ties.affiliation(holder), 0,
                        graph.id(org) + ">" + graph.id(holder) + ">" + graph.id(target) + (via.isEmpty() ? "" : ">" + via)
                                + ">" + graph.id(account),
                        via.isEmpty()
                                ? LeadMessage.of("lead.holding.forwards", graph.id(target), graph.id(holder), graph.id(org))
                                : LeadMessage.of("lead.holding.forwardsVia", via, graph.id(target), graph.id(holder),
                                        graph.id(org)));
            }
        });
        return found[0];
    }

    /** Whether the sending account is used by a person who is not an organization member. */
    private static boolean paidByPerson(DetectionGraph graph, OrganizationTies ties, int sender, int day) {
        boolean[] person = {false};
        graph.in(sender, RelationType.USES, day, e -> {
            int user = graph.src(e);
            if (graph.label(user) == NodeLabel.INDIVIDUAL && !ties.isMember(user)) {
                person[0] = true;
            }
        });
        return person[0];
    }
}
