package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly lists read back from the reports folder as typed rows: the week's list by date or ISO week, the columns
 * in the file's order, the evidence's ids; files edited by hand or missing columns are shown as they are.
 */
class AnomalyListsTest {
    private static final String HEADER = "rank,subject_id,subject_label,indicator,score,status,first_seen,explanation,evidence\n";

    @TempDir
    Path root;

    private void write(String folder, String text) throws IOException {
        Files.createDirectories(root.resolve(folder));
        Files.writeString(root.resolve(folder).resolve("anomalies.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void rowsAreTypedAndShownWithTheFilesColumnsInOrder() throws IOException {
        write("2026-11-29", HEADER + "1,B1,Broker,front_broker,0.91,NEW,2026-11-23,\"Places workers, via E1; see \"\"B1\"\".\",B1>E1>O1|B1>ADDR1\n");
        AnomalyLists.WeeklyList list = new AnomalyLists(root).forWeekOf(Optional.empty()).orElseThrow();
        assertThat(list.asOf()).isEqualTo(LocalDate.of(2026, 11, 29));
        ListedLead lead = list.rows().getFirst();
        assertThat(lead.subjectId()).isEqualTo("B1");
        assertThat(lead.explanation()).isEqualTo("Places workers, via E1; see \"B1\".");
        assertThat(lead.evidenceIds()).containsExactly("B1", "E1", "O1", "B1", "ADDR1");
        assertThat(lead.columns()).containsExactly(
                java.util.Map.entry("rank", "1"), java.util.Map.entry("subject_id", "B1"),
                java.util.Map.entry("subject_label", "Broker"), java.util.Map.entry("indicator", "front_broker"),
                java.util.Map.entry("score", "0.91"), java.util.Map.entry("status", "NEW"),
                java.util.Map.entry("first_seen", "2026-11-23"),
                java.util.Map.entry("explanation", "Places workers, via E1; see \"B1\"."),
                java.util.Map.entry("evidence", "B1>E1>O1|B1>ADDR1"));
    }

    @Test
    void missingColumnsReadAsEmptyAndExtraOnesAreLeftOut() throws IOException {
        write("2026-W48", "subject_id,indicator,extra\nP3,gatekeeper,ignored\n");
        ListedLead lead = new AnomalyLists(root).forWeekOf(Optional.of(LocalDate.of(2026, 11, 25))).orElseThrow().rows().getFirst();
        assertThat(lead.subjectId()).isEqualTo("P3");
        assertThat(lead.rank()).isEmpty();
        assertThat(lead.evidence()).isEmpty();
        assertThat(lead.evidenceIds()).isEmpty();
        assertThat(lead.columns()).doesNotContainKey("extra").hasSize(ListedLead.COLUMNS.size());
    }

    @Test
    void evidenceSeparatorsAndBlanksAreNotIds() {
        ListedLead lead = new ListedLead("1", "P1", "", "", "", "", "", "", ">P1>>  |P2|  >P3>");
        assertThat(lead.evidenceIds()).containsExactly("P1", "P2", "P3");
    }

    @Test
    void theWeeksListIsTheOneDatedInTheSameIsoWeekAndOtherFoldersAreNotLists() throws IOException {
        write("2026-11-22", HEADER + "1,P1,Individual,gatekeeper,0.5,NEW,2026-11-22,x,P1\n");
        write("2026-W48", HEADER + "1,P2,Individual,gatekeeper,0.5,NEW,2026-11-29,x,P2\n");
        write("notes", HEADER + "1,P9,Individual,gatekeeper,0.5,NEW,2026-11-29,x,P9\n");
        write("2026-13-40", HEADER + "1,P8,Individual,gatekeeper,0.5,NEW,2026-11-29,x,P8\n");
        Files.createDirectories(root.resolve("2026-12-06"));   // a folder without a list
        AnomalyLists lists = new AnomalyLists(root);
        assertThat(lists.forWeekOf(Optional.of(LocalDate.of(2026, 11, 17))).orElseThrow().rows().getFirst().subjectId()).isEqualTo("P1");
        assertThat(lists.forWeekOf(Optional.of(LocalDate.of(2026, 11, 29))).orElseThrow().rows().getFirst().subjectId()).isEqualTo("P2");
        assertThat(lists.forWeekOf(Optional.empty()).orElseThrow().asOf()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(lists.forWeekOf(Optional.of(LocalDate.of(2026, 12, 6)))).isEmpty();
    }

    @Test
    void noReportsFolderMeansNoList() {
        assertThat(new AnomalyLists(root.resolve("absent")).forWeekOf(Optional.empty())).isEmpty();
    }
}
