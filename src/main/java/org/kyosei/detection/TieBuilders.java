package org.kyosei.detection;

import java.util.ArrayList;
import java.util.List;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * Collects evidence per (subject, organization), then keeps for each subject the organization
 * with the strongest noisy-or of its evidence. Each piece also carries its rarity: the share of
 * comparable entities that have the same kind of evidence (see {@link TieRarity}); a tie is as rare
 * as its rarest piece.
 */
final class TieBuilders {
    private final DetectionGraph graph;
    private final Int2ObjectOpenHashMap<Int2ObjectOpenHashMap<Partial>> bySubject = new Int2ObjectOpenHashMap<>();

    TieBuilders(DetectionGraph graph) {
        this.graph = graph;
    }

    /** Adds one piece; {@code member} is the member it goes through (-1 for none), {@code phrase} may be null. */
    void add(int subject, int org, double strength, double rarity, String path, LeadMessage phrase, int member) {
        if (strength <= 0) {
            return;
        }
        Partial p = bySubject.computeIfAbsent(subject, k -> new Int2ObjectOpenHashMap<>()).computeIfAbsent(org, k -> new Partial());
        p.strength = TieStrength.noisyOr(p.strength, strength);
        p.rarity = Math.min(p.rarity, rarity);
        p.evidence.add(new Piece(strength, path, phrase));
        if (member >= 0 && !p.members.contains(member)) {
            p.members.add(member);
        }
    }

    /**
     * Writes each subject's strongest tie into {@code into}, skipping ties weaker than {@code minimum};
     * {@code personPhrase} (a message key taking the number of members and the organization) ends the
     * phrases of a person's tie, or null.
     */
    void finish(OrganizationTies.Tie[] into, double minimum, String personPhrase) {
        for (var subject : bySubject.int2ObjectEntrySet()) {
            int bestOrg = -1;
            Partial best = null;
            for (var org : subject.getValue().int2ObjectEntrySet()) {
                Partial p = org.getValue();
                if (best == null || p.strength > best.strength || p.strength == best.strength && org.getIntKey() < bestOrg) {
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
            List<LeadMessage> phrases = new ArrayList<>();
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
                phrases.add(LeadMessage.of(personPhrase, count, graph.id(bestOrg)));
            }
            into[subject.getIntKey()] = new OrganizationTies.Tie(bestOrg, best.strength, List.copyOf(paths),
                    List.copyOf(phrases), best.members.size(), best.rarity);
        }
    }

    private static final class Partial {
        double strength;
        double rarity = 1;
        final List<Piece> evidence = new ArrayList<>();
        final IntArrayList members = new IntArrayList();
    }

    private record Piece(double strength, String path, LeadMessage phrase) {
    }
}
