package org.kyosei.generate;

import java.util.List;
import java.util.SplittableRandom;

import org.kyosei.domain.RelationType;

/**
 * The ordinary life of an organization member who lives in a residential community, in worlds that
 * have it ({@link WorldParameters#memberFriends()}, {@link WorldParameters#memberRelativesShare()}):
 * friends and neighbours in ordinary CONTACT (some of them running a business), and relatives whose
 * household address the member shares. Each such person, and each business a friend runs, is a
 * benign look-alike: FRIEND_OF_MEMBER, BUSINESS_OF_MEMBER_FRIEND, RELATIVE_OF_MEMBER.
 */
final class MemberNeighbourhood {
    static final String FRIEND = "FRIEND_OF_MEMBER";
    static final String FRIENDS_BUSINESS = "BUSINESS_OF_MEMBER_FRIEND";
    static final String RELATIVE = "RELATIVE_OF_MEMBER";

    private MemberNeighbourhood() {
    }

    /**
     * In some worlds the member moves in with relatives: returns a resident of the community whose
     * household address the member will use (the household becomes RELATIVE_OF_MEMBER look-alikes), or -1.
     */
    static int relative(World world, SplittableRandom random, int org, int member, int community) {
        double share = world.settings.world().memberRelativesShare();
        if (share <= 0 || random.nextDouble() >= share) {
            return -1;
        }
        Population people = world.population;
        Places places = world.places;
        if (places.blockSize(community) == 0) {
            return -1;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            int i = places.blockStart[community] + random.nextInt(places.blockSize(community));
            if (people.hasAny(i, Population.PLANTED | Population.CLAIM_ADDRESS)) {
                continue;
            }
            int address = people.addressOf[i];
            for (int j = places.blockStart[community]; j < places.blockEnd[community]; j++) {
                if (people.addressOf[j] == address) {
                    people.mark(j, Population.PLANTED);
                    world.lookalikes.add(new CaseRecord(world.individual(j), RELATIVE, Timeline.NONE, List.of(
                            "shares household address ", PlantKit.node(NodeKind.ADDRESS.ref(address)), " with member ",
                            PlantKit.node(world.individual(member)), " of ", PlantKit.node(world.organization(org)),
                            " (relatives); no other tie")));
                }
            }
            return i;
        }
        return -1;
    }

    /** Ordinary friends and neighbours of the member in the community (none in the default world). */
    static void friends(World world, SplittableRandom random, int org, int member, int community) {
        double mean = world.settings.world().memberFriends();
        Places places = world.places;
        if (mean <= 0 || places.blockSize(community) == 0) {
            return;
        }
        Population people = world.population;
        int wanted = (int) Math.round(random.nextDouble() * 2 * mean);
        IntList operators = new IntList();
        for (int i = places.blockStart[community]; i < places.blockEnd[community]; i++) {
            if (people.businessOf[i] >= 0 && !people.has(i, Population.PLANTED)) {
                operators.add(i);
            }
        }
        int made = 0;
        for (int attempt = 0; attempt < 4 * wanted && made < wanted; attempt++) {
            boolean runsBusiness = !operators.isEmpty()
                    && random.nextDouble() < world.settings.world().friendOperatorShare();
            int friend = runsBusiness ? operators.get(random.nextInt(operators.size()))
                    : places.blockStart[community] + random.nextInt(places.blockSize(community));
            if (people.has(friend, Population.PLANTED)) {
                continue;
            }
            people.mark(friend, Population.PLANTED);
            made++;
            int rows = random.nextDouble() < WorldParameters.SECOND_CONTACT_RECORD ? 2 : 1;
            for (int k = 0; k < rows; k++) {
                boolean flip = random.nextBoolean();
                world.row(random.nextInt(people.residents), world.individual(flip ? friend : member), RelationType.CONTACT,
                        world.individual(flip ? member : friend), LabourModel.backgroundDay(world, random), Timeline.NONE,
                        Draw.count(random, 5, 200), random.nextDouble() < 0.7 ? "phone-records" : "informant",
                        Draw.confidence(random, 60, 0.08));
            }
            world.lookalikes.add(new CaseRecord(world.individual(friend), FRIEND, Timeline.NONE, List.of(
                    "friend or neighbour of member ", PlantKit.node(world.individual(member)), " of ",
                    PlantKit.node(world.organization(org)), " in ", PlantKit.node(world.community(community)),
                    "; ordinary contact, no other tie")));
            int business = people.businessOf[friend];
            if (business >= 0) {
                world.lookalikes.add(new CaseRecord(business, FRIENDS_BUSINESS, Timeline.NONE, List.of(
                        "run by ", PlantKit.node(world.individual(friend)), ", an ordinary friend of member ",
                        PlantKit.node(world.individual(member)), " of ", PlantKit.node(world.organization(org)))));
            }
        }
    }
}
