package org.kyosei.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a generated dataset the way an analyst would and checks that every planted subject shows
 * the signals of its pattern, and that the look-alikes show the surface but not the signal.
 */
class PlantedSignalsTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 29);

    @TempDir
    static Path dir;
    private static LoadedDataset data;
    private static GenerationSummary summary;
    private static Map<String, String> members;
    private static Map<String, Set<String>> usersOf;
    private static Map<String, Set<String>> communitiesOf;

    @BeforeAll
    static void generate() throws IOException {
        summary = new SyntheticNetworkGenerator(new GeneratorSettings(8_000, 16, 11L, END)).generate(dir, d -> { });
        data = LoadedDataset.load(dir);
        members = data.members();
        usersOf = new HashMap<>();
        communitiesOf = new HashMap<>();
        for (LoadedDataset.Rel r : data.relations()) {
            if (r.type().equals("USES")) {
                usersOf.computeIfAbsent(r.dst(), k -> new HashSet<>()).add(r.src());
            }
            if (r.type().equals("MEMBER_OF")) {
                communitiesOf.computeIfAbsent(r.src(), k -> new HashSet<>()).add(r.dst());
            }
        }
    }

    private static List<Map<String, String>> cases(String file, String pattern) {
        List<Map<String, String>> rows = data.rows(file).stream().filter(r -> r.get("pattern").equals(pattern)).toList();
        assertThat(rows).as(pattern).hasSizeGreaterThanOrEqualTo(2);
        return rows;
    }

    private static boolean isMember(String id) {
        return members.containsKey(id);
    }

    private static boolean isMemberOf(String id, Set<String> orgs) {
        return orgs.contains(members.get(id));
    }

    /** The organizations' members and everyone and everything with a CONTACT or OPERATES row from one. */
    private static Set<String> firstRing(Set<String> orgs) {
        Set<String> ring = new HashSet<>();
        members.forEach((m, o) -> {
            if (orgs.contains(o)) {
                ring.add(m);
            }
        });
        for (LoadedDataset.Rel r : data.relations()) {
            if (r.type().equals("CONTACT") && (isMemberOf(r.src(), orgs) || isMemberOf(r.dst(), orgs))) {
                ring.add(r.src());
                ring.add(r.dst());
            }
            if (r.type().equals("OPERATES") && isMemberOf(r.src(), orgs)) {
                ring.add(r.dst());
            }
        }
        return ring;
    }

    /** The organization ids a note names. */
    private static Set<String> organizationsIn(String note) {
        return java.util.regex.Pattern.compile("\\bO\\d+\\b").matcher(note).results().map(m -> m.group())
                .collect(Collectors.toSet());
    }

    private static boolean tiedToOrganization(String business, String account) {
        Predicate<String> memberOperated = b -> data.to(b, "OPERATES").stream().anyMatch(r -> isMember(r.src()));
        boolean operated = memberOperated.test(business);
        boolean controlled = !data.to(business, "CONTROLS").isEmpty();
        boolean sharesIdentifier = data.from(business, "USES").stream()
                .anyMatch(u -> usersOf.get(u.dst()).stream().anyMatch(PlantedSignalsTest::isMember));
        boolean funded = account != null && data.to(account, "TRANSFER").stream()
                .anyMatch(t -> usersOf.getOrDefault(t.src(), Set.of()).stream().anyMatch(PlantedSignalsTest::isMember));
        boolean operatedByContact = data.to(business, "OPERATES").stream().anyMatch(op -> data.contacts(op.src()).stream()
                .filter(c -> isMember(LoadedDataset.other(c, op.src()))).count() >= 2);
        return operated || controlled || sharesIdentifier || funded || operatedByContact;
    }

    private static String accountOf(String business) {
        return data.from(business, "USES").stream().map(LoadedDataset.Rel::dst)
                .filter(id -> data.kindOfIdentifier(id).equals("ACCOUNT")).findFirst().orElse(null);
    }

    @Test
    void frontBusinessesAreTiedToAnOrganizationAndRecruitResidents() {
        for (Map<String, String> c : cases("truth.csv", "FRONT_BROKER")) {
            String broker = c.get("subject_id");
            assertThat(tiedToOrganization(broker, accountOf(broker))).as(c.toString()).isTrue();
            assertThat(data.from(broker, "PLACED")).as(c.toString()).hasSizeGreaterThanOrEqualTo(2);
        }
        for (Map<String, String> c : cases("truth.csv", "FRONT_EMPLOYER")) {
            String employer = c.get("subject_id");
            assertThat(tiedToOrganization(employer, accountOf(employer))).as(c.toString()).isTrue();
            assertThat(data.to(employer, "EMPLOYED_BY")).as(c.toString()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void gatekeepersBridgeMembersAndTheirCommunity() {
        for (Map<String, String> c : cases("truth.csv", "GATEKEEPER")) {
            String g = c.get("subject_id");
            List<LoadedDataset.Rel> contacts = data.contacts(g);
            Map<String, Long> perMember = contacts.stream().map(r -> LoadedDataset.other(r, g)).filter(PlantedSignalsTest::isMember)
                    .collect(Collectors.groupingBy(m -> m, Collectors.counting()));
            assertThat(perMember).as(c.toString()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(perMember.values()).as("repeated contact").anyMatch(n -> n >= 2);
            Set<String> home = communitiesOf.get(g);
            long neighbours = contacts.stream().map(r -> LoadedDataset.other(r, g)).filter(p -> !isMember(p))
                    .filter(p -> communitiesOf.getOrDefault(p, Set.of()).stream().anyMatch(home::contains)).distinct().count();
            assertThat(neighbours).as(c.toString()).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void exploitationHubsCrowdTheirWorkersAndChargeOrPayAbnormally() {
        for (Map<String, String> c : cases("truth.csv", "EXPLOITATION_HUB")) {
            String hub = c.get("subject_id");
            boolean broker = data.labels().get(hub) == org.kyosei.domain.NodeLabel.BROKER;
            List<LoadedDataset.Rel> ties = broker ? data.from(hub, "PLACED") : data.to(hub, "EMPLOYED_BY");
            Set<String> workers = ties.stream().map(r -> broker ? r.dst() : r.src()).collect(Collectors.toSet());
            assertThat(workers).as(c.toString()).hasSizeGreaterThanOrEqualTo(6);
            Map<String, Long> housed = workers.stream().flatMap(w -> data.from(w, "USES").stream())
                    .filter(u -> data.kindOfIdentifier(u.dst()).equals("ADDRESS") && u.until().isEmpty())
                    .collect(Collectors.groupingBy(LoadedDataset.Rel::dst, Collectors.counting()));
            long crowded = housed.values().stream().filter(n -> n >= 3).mapToLong(Long::longValue).sum();
            assertThat(crowded).as("workers on shared addresses " + c).isGreaterThanOrEqualTo(workers.size() - 1);
            if (broker) {
                assertThat(ties).allMatch(r -> r.weightValue() >= 400_000);
            } else {
                assertThat(ties).allMatch(r -> r.weightValue() <= 120_000);
            }
        }
    }

    @Test
    void skimmingAccountsCollectRegularlyAndLeadToAMember() {
        for (Map<String, String> c : cases("truth.csv", "FEE_SKIMMING")) {
            String account = c.get("subject_id");
            List<LoadedDataset.Rel> incoming = data.to(account, "TRANSFER");
            long senders = incoming.stream().map(LoadedDataset.Rel::src).distinct().count();
            assertThat(senders).as(c.toString()).isGreaterThanOrEqualTo(3);
            assertThat(incoming.size()).as("several dated rows " + c).isGreaterThanOrEqualTo((int) senders + 2);
            boolean usedByMember = usersOf.getOrDefault(account, Set.of()).stream().anyMatch(PlantedSignalsTest::isMember);
            boolean forwardsToMember = data.from(account, "TRANSFER").stream()
                    .anyMatch(t -> usersOf.getOrDefault(t.dst(), Set.of()).stream().anyMatch(PlantedSignalsTest::isMember));
            assertThat(usedByMember || forwardsToMember).as(c.toString()).isTrue();
        }
    }

    /**
     * The day each node entered the organizations' first ring (members: always; their contacts
     * and businesses: from the first such row), so ties can be dated as an as-of analysis would.
     */
    private static Map<String, LocalDate> firstRingSince(Set<String> orgs) {
        Map<String, LocalDate> since = new HashMap<>();
        members.forEach((m, o) -> {
            if (orgs.contains(o)) {
                since.put(m, LocalDate.MIN);
            }
        });
        for (LoadedDataset.Rel r : data.relations()) {
            LocalDate day = r.sinceDate() == null ? LocalDate.MIN : r.sinceDate();
            if (r.type().equals("CONTACT") && (isMemberOf(r.src(), orgs) || isMemberOf(r.dst(), orgs))) {
                since.merge(isMemberOf(r.src(), orgs) ? r.dst() : r.src(), day, PlantedSignalsTest::earlier);
            }
            if (r.type().equals("OPERATES") && isMemberOf(r.src(), orgs)) {
                since.merge(r.dst(), day, PlantedSignalsTest::earlier);
            }
        }
        return since;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @Test
    void infiltratedCommunitiesGainTiesWeekByWeek() {
        for (Map<String, String> c : cases("truth.csv", "INFILTRATION_GROWTH")) {
            Map<String, LocalDate> ring = firstRingSince(organizationsIn(c.get("note")));
            String community = c.get("subject_id");
            LocalDate start = LocalDate.parse(c.get("since"));
            Set<String> residents = data.to(community, "MEMBER_OF").stream().map(LoadedDataset.Rel::src)
                    .collect(Collectors.toSet());
            Map<String, LocalDate> firstTie = new HashMap<>();
            for (LoadedDataset.Rel r : data.relations()) {
                if (!Set.of("CONTACT", "EMPLOYED_BY", "PLACED").contains(r.type())) {
                    continue;
                }
                for (String[] pair : new String[][]{{r.src(), r.dst()}, {r.dst(), r.src()}}) {
                    String resident = pair[0];
                    String other = pair[1];
                    if (residents.contains(resident) && !isMember(resident) && ring.containsKey(other)) {
                        LocalDate edge = r.sinceDate() == null ? LocalDate.MIN : r.sinceDate();
                        LocalDate tie = edge.isAfter(ring.get(other)) ? edge : ring.get(other);
                        firstTie.merge(resident, tie, PlantedSignalsTest::earlier);
                    }
                }
            }
            long before = firstTie.values().stream().filter(d -> d.isBefore(start)).count();
            long after = firstTie.values().stream().filter(d -> !d.isBefore(start)).count();
            long weeks = ChronoUnit.DAYS.between(start, summary.end()) / 7 + 1;
            LocalDate middle = start.plusWeeks(weeks / 2);
            long early = firstTie.values().stream().filter(d -> !d.isBefore(start) && d.isBefore(middle)).count();
            long late = firstTie.values().stream().filter(d -> !d.isBefore(middle)).count();
            assertThat(after).as(c.toString()).isGreaterThanOrEqualTo(weeks);
            assertThat(before).as("quiet before the start " + c).isZero();
            assertThat(late).as("growth " + c).isGreaterThan(early);
        }
    }

    @Test
    void newBridgesAreNewAndTheOnlyShortLink() {
        for (Map<String, String> c : cases("truth.csv", "NEW_BRIDGE")) {
            Set<String> ring = firstRing(organizationsIn(c.get("note")));
            String bridge = c.get("subject_id");
            List<LoadedDataset.Rel> rows = data.touching(bridge);
            assertThat(rows).allSatisfy(r -> assertThat(r.sinceDate()).isAfter(summary.end().minusDays(14)));
            String community = communitiesOf.get(bridge).iterator().next();
            List<String> contacts = data.contacts(bridge).stream().map(r -> LoadedDataset.other(r, bridge)).toList();
            assertThat(contacts).anyMatch(PlantedSignalsTest::isMember);
            Set<String> residents = data.to(community, "MEMBER_OF").stream().map(LoadedDataset.Rel::src)
                    .filter(p -> !p.equals(bridge)).collect(Collectors.toSet());
            assertThat(contacts).anyMatch(residents::contains);
            for (String resident : residents) {
                assertThat(ring).as("resident " + resident + " of " + community + " is not itself near " + c)
                        .doesNotContain(resident);
                assertThat(data.contacts(resident).stream().map(r -> LoadedDataset.other(r, resident))
                        .filter(o -> !o.equals(bridge)).filter(ring::contains).toList())
                        .as("only link " + c).isEmpty();
            }
        }
    }

    @Test
    void lookalikesShowTheSurfaceButNotTheSignal() {
        for (Map<String, String> c : cases("lookalikes.csv", "LARGE_LICENSED_AGENCY")) {
            String agency = c.get("subject_id");
            assertThat(data.nodes().get(agency).get("license_status")).isEqualTo("LICENSED");
            assertThat(data.from(agency, "PLACED")).hasSizeGreaterThanOrEqualTo(Math.min(100, data.rows("individuals.csv").size() / 120))
                    .allMatch(r -> r.weightValue() <= 150_000);
            assertThat(tiedToOrganization(agency, accountOf(agency))).isFalse();
        }
        for (Map<String, String> c : cases("lookalikes.csv", "COMMUNITY_ORGANISER")) {
            String organiser = c.get("subject_id");
            List<String> contacts = data.contacts(organiser).stream().map(r -> LoadedDataset.other(r, organiser)).toList();
            long communities = contacts.stream().flatMap(p -> communitiesOf.getOrDefault(p, Set.of()).stream())
                    .filter(cm -> data.nodes().get(cm).get("kind").equals("RESIDENTIAL")).distinct().count();
            assertThat(communities).isGreaterThanOrEqualTo(4);
            assertThat(contacts).noneMatch(PlantedSignalsTest::isMember);
        }
        for (Map<String, String> c : cases("lookalikes.csv", "NEIGHBOUR_OF_MEMBER")) {
            String neighbour = c.get("subject_id");
            boolean sharesWithMember = data.from(neighbour, "USES").stream()
                    .anyMatch(u -> usersOf.get(u.dst()).stream().anyMatch(PlantedSignalsTest::isMember));
            assertThat(sharesWithMember).as(c.toString()).isTrue();
            assertThat(data.contacts(neighbour)).noneMatch(r -> isMember(LoadedDataset.other(r, neighbour)));
        }
        for (Map<String, String> c : cases("lookalikes.csv", "CASUAL_CONTACT")) {
            String person = c.get("subject_id");
            List<LoadedDataset.Rel> withMembers = data.contacts(person).stream()
                    .filter(r -> isMember(LoadedDataset.other(r, person))).toList();
            assertThat(withMembers).hasSize(1);
            assertThat(withMembers.getFirst().confidenceValue()).isLessThan(0.5);
            assertThat(withMembers.getFirst().weightValue()).isEqualTo(1.0);
        }
    }
}
