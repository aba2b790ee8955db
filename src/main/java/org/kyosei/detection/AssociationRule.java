package org.kyosei.detection;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/**
 * The one rule against listing a person for mere association. Knowing an organization member is
 * not a sign: where members live among residents, their neighbours, friends and workmates all know
 * one. A lead on an individual is therefore listed only with evidence beyond association, one of:
 * <ul>
 *   <li><b>independent ties</b>: ties to at least {@value #INDEPENDENT_TIES} distinct members;</li>
 *   <li><b>money</b>: an account the person uses exchanges money mostly with members: they are at
 *       least half of its counterparts (an accountant or landlord paid by a member among many
 *       clients is not);</li>
 * </ul>
 * A structural role (a gatekeeper's reach, a newcomer being a community's only link) is what the
 * indicators then score; it never stands in for these. A person with one tie to one member is
 * never listed, however strong the tie or central the position. Businesses run by
 * such a person are weighed by how common that person's tie is in their community
 * ({@link TieRarity}), so they are not listed for it either where such ties are common.
 * {@link Detector} applies the rule to every indicator's leads.
 */
public final class AssociationRule {
    /** Distinct members a person must be tied to for the ties to count as evidence on their own. */
    public static final int INDEPENDENT_TIES = 2;

    private AssociationRule() {
    }

    /** Whether a lead on the node may be listed: always for a non-person, for a person only as above. */
    static boolean admits(DetectionContext context, int person) {
        if (context.graph().label(person) != NodeLabel.INDIVIDUAL) {
            return true;
        }
        OrganizationTies.Tie tie = context.ties().person(person);
        return tie != null && tie.members() >= INDEPENDENT_TIES || money(context, person);
    }

    /** Whether an account the person uses exchanges money mostly with accounts members use. */
    static boolean money(DetectionContext context, int person) {
        DetectionGraph graph = context.graph();
        OrganizationTies ties = context.ties();
        int day = context.day();
        boolean[] found = {false};
        graph.out(person, RelationType.USES, day, use -> {
            int account = graph.dst(use);
            if (found[0] || !"ACCOUNT".equals(graph.kind(account))) {
                return;
            }
            it.unimi.dsi.fastutil.ints.IntOpenHashSet counterparts = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
            it.unimi.dsi.fastutil.ints.IntOpenHashSet members = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
            DetectionGraph.EdgeVisitor counterpart = t -> {
                int other = graph.other(t, account);
                counterparts.add(other);
                graph.in(other, RelationType.USES, day, u -> {
                    if (ties.isMember(graph.src(u))) {
                        members.add(other);
                    }
                });
            };
            graph.out(account, RelationType.TRANSFER, day, counterpart);
            graph.in(account, RelationType.TRANSFER, day, counterpart);
            found[0] = !members.isEmpty() && 2 * members.size() >= counterparts.size();
        });
        return found[0];
    }
}
