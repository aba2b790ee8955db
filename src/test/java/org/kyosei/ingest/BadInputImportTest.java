package org.kyosei.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kyosei.store.Neo4jEntityStore;
import org.kyosei.support.DatasetFiles;
import org.kyosei.support.SharedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Every bad-input rule of DATA.md, each with its own case: the bad row is set aside, the good rows kept. */
class BadInputImportTest {
    private static final String NODES = """
            id,name,birth_year,language,nationality,residence_status
            P1,Good One,1990,,,
            P2,Good Two,,,,
            """;
    private static final String RELATIONS_HEADER = "src,type,dst,since,until,weight,source,confidence\n";
    private static final String GOOD_RELATION = "P1,CONTACT,P2,2026-01-01,,3,phone,0.9\n";

    @TempDir
    Path tmp;

    private Driver driver;

    @BeforeEach
    void emptyGraph() {
        driver = SharedNeo4j.emptied().driver();
    }

    static Stream<Arguments> badRelationRows() {
        return Stream.of(
                Arguments.of("unknown type", "P1,KNOWS,P2,,,,,", RejectReason.UNKNOWN_TYPE, "KNOWS"),
                Arguments.of("label pair not in the table", "P1,MEMBER_OF,P2,,,,,", RejectReason.LABEL_PAIR, "MEMBER_OF cannot join"),
                Arguments.of("unknown src id", "P9,CONTACT,P2,,,,,", RejectReason.UNKNOWN_ID, "src 'P9'"),
                Arguments.of("unknown dst id", "P1,CONTACT,P404,,,,,", RejectReason.UNKNOWN_ID, "dst 'P404'"),
                Arguments.of("malformed id", "P 1,CONTACT,P2,,,,,", RejectReason.MALFORMED_ID, "'P 1'"),
                Arguments.of("id too long", "P" + "x".repeat(64) + ",CONTACT,P2,,,,,", RejectReason.MALFORMED_ID, "column 'src'"),
                Arguments.of("malformed since", "P1,CONTACT,P2,2026-13-01,,,,", RejectReason.MALFORMED_DATE, "since"),
                Arguments.of("non-ISO until", "P1,CONTACT,P2,,01/02/2026,,,", RejectReason.MALFORMED_DATE, "until"),
                Arguments.of("impossible date", "P1,CONTACT,P2,2026-02-30,,,,", RejectReason.MALFORMED_DATE, "calendar"),
                Arguments.of("malformed weight", "P1,CONTACT,P2,,,ten,,", RejectReason.MALFORMED_NUMBER, "weight"),
                Arguments.of("negative weight", "P1,CONTACT,P2,,,-5,,", RejectReason.OUT_OF_RANGE, "weight"),
                Arguments.of("malformed confidence", "P1,CONTACT,P2,,,,,high", RejectReason.MALFORMED_NUMBER, "confidence"),
                Arguments.of("confidence above 1", "P1,CONTACT,P2,,,,,1.5", RejectReason.OUT_OF_RANGE, "confidence"),
                Arguments.of("missing src", ",CONTACT,P2,,,,,", RejectReason.MISSING_VALUE, "'src'"),
                Arguments.of("missing type", "P1,,P2,,,,,", RejectReason.MISSING_VALUE, "'type'"),
                Arguments.of("too few fields", "P1,CONTACT,P2", RejectReason.FIELD_COUNT, "has 3 fields, the header has 8"),
                Arguments.of("too many fields", "P1,CONTACT,P2,,,,,,extra", RejectReason.FIELD_COUNT, "has 9 fields"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRelationRows")
    void badRelationRowIsSetAsideAndTheGoodRowsStay(String rule, String badRow, RejectReason reason, String detail) throws Exception {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d"))
                .file("individuals.csv", NODES)
                .file("relations.csv", RELATIONS_HEADER + GOOD_RELATION + badRow + "\n" + "P2,CONTACT,P1,,,1,,\n");

        ImportReport report = run(dataset);

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(count("MATCH ()-[r:CONTACT]->() RETURN count(r)")).as("both good rows imported").isEqualTo(2);
        CSVRecord rejected = onlyReject();
        assertThat(rejected.get("file")).isEqualTo("relations.csv");
        assertThat(rejected.get("line")).isEqualTo("3");
        assertThat(rejected.get("code")).isEqualTo(reason.name());
        assertThat(rejected.get("reason")).contains(detail);
        assertThat(fields(rejected.get("row"))).as("the raw fields, unchanged").isEqualTo(fields(badRow));
    }

    static Stream<Arguments> badNodeRows() {
        return Stream.of(
                Arguments.of("communities.csv", "id,name,kind\nC1,Good,SCHOOL\nC2,Bad,PRISON\n", RejectReason.UNKNOWN_VALUE, "'PRISON'"),
                Arguments.of("communities.csv", "id,name,kind\nC1,Good,SCHOOL\nC2,,SCHOOL\n", RejectReason.MISSING_VALUE, "'name'"),
                Arguments.of("brokers.csv", "id,name,kind,license_status\nB1,Good,AGENCY,LICENSED\nB2,Bad,AGENCY,EXPIRED\n", RejectReason.UNKNOWN_VALUE, "license_status"),
                Arguments.of("organizations.csv", "id,name,kind\nO1,Good,FRAUD_RING\nO2,Bad,GANG\n", RejectReason.UNKNOWN_VALUE, "'GANG'"),
                Arguments.of("identifiers.csv", "id,kind,value\nI1,PHONE,090\nI2,EMAIL,a@b\n", RejectReason.UNKNOWN_VALUE, "'EMAIL'"),
                Arguments.of("identifiers.csv", "id,kind,value\nI1,PHONE,090\nI2,PHONE,\n", RejectReason.MISSING_VALUE, "'value'"),
                Arguments.of("incidents.csv", "id,kind,date,region\nX1,THEFT,2026-01-01,\nX2,THEFT,yesterday,\n", RejectReason.MALFORMED_DATE, "'yesterday'"),
                Arguments.of("incidents.csv", "id,kind,date,region\nX1,THEFT,2026-01-01,\nX2,THEFT,,\n", RejectReason.MISSING_VALUE, "'date'"),
                Arguments.of("individuals.csv", "id,birth_year\nQ1,1990\nQ2,1850\n", RejectReason.OUT_OF_RANGE, "1850"),
                Arguments.of("individuals.csv", "id,birth_year\nQ1,1990\nQ2,19x0\n", RejectReason.MALFORMED_NUMBER, "19x0"),
                Arguments.of("individuals.csv", "id,birth_year\nQ1,1990\nQ/2,1990\n", RejectReason.MALFORMED_ID, "Q/2"),
                Arguments.of("employers.csv", "id,name,industry,region\nE1,Good,,\nE2,Bad\n", RejectReason.FIELD_COUNT, "has 2 fields"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badNodeRows")
    void badNodeRowIsSetAsideAndTheGoodRowStays(String file, String content, RejectReason reason, String detail) throws Exception {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d")).file(file, content).file("relations.csv", RELATIONS_HEADER);

        ImportReport report = run(dataset);

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(count("MATCH (n:Entity) RETURN count(n)")).isEqualTo(1);
        CSVRecord rejected = onlyReject();
        assertThat(rejected.get("file")).isEqualTo(file);
        assertThat(rejected.get("line")).isEqualTo("3");
        assertThat(rejected.get("code")).isEqualTo(reason.name());
        assertThat(rejected.get("reason")).contains(detail);
    }

    @Test
    void duplicateIdWithADifferentLabelIsSetAside() throws Exception {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d"))
                .file("communities.csv", "id,name,kind\nX1,Kita,RESIDENTIAL\n")
                .file("employers.csv", "id,name\nX1,Same id\nE2,Fine\n")
                .file("relations.csv", RELATIONS_HEADER);

        ImportReport report = run(dataset);

        assertThat(report.rejected()).isEqualTo(1);
        CSVRecord rejected = onlyReject();
        assertThat(rejected.get("file")).isEqualTo("employers.csv");
        assertThat(rejected.get("line")).isEqualTo("2");
        assertThat(rejected.get("code")).isEqualTo("DUPLICATE_ID");
        assertThat(rejected.get("reason")).contains("already a Community");
        assertThat(count("MATCH (n:Employer) RETURN count(n)")).isEqualTo(1);
        assertThat(count("MATCH (n:Community {id:'X1'}) WHERE NOT n:Employer RETURN count(n)")).isEqualTo(1);
    }

    @Test
    void transferBetweenNonAccountIdentifiersIsSetAside() throws Exception {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d"))
                .file("identifiers.csv", "id,kind,value\nA1,ACCOUNT,1\nA2,ACCOUNT,2\nPH,PHONE,090\n")
                .file("relations.csv", RELATIONS_HEADER + "A1,TRANSFER,A2,,,100,,\nA1,TRANSFER,PH,,,100,,\n");

        ImportReport report = run(dataset);

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(onlyReject().get("reason")).contains("ACCOUNT identifiers only").contains("'PH'");
        assertThat(count("MATCH ()-[r:TRANSFER]->() RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void quotedFieldsWithCommasAndNewlinesKeepTheirLineNumbers() throws Exception {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d"))
                .file("individuals.csv", "id,name\r\nP1,\"Multi\r\nline, name\"\r\nP2,Two\r\nP 3,Bad\r\n")
                .file("relations.csv", RELATIONS_HEADER);

        run(dataset);

        assertThat(onlyReject().get("line")).isEqualTo("5");
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (p:Individual {id:'P1'}) RETURN p.name AS n").single().get("n").asString())
                    .isEqualTo("Multi\r\nline, name");
        }
    }

    @Test
    void missingRequiredColumnStopsTheImportBeforeAnythingIsWritten() {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d"))
                .file("individuals.csv", NODES)
                .file("communities.csv", "id,name,region\nC1,Kita,Kita\n")
                .file("relations.csv", RELATIONS_HEADER);

        assertThatThrownBy(() -> run(dataset)).isInstanceOf(DatasetException.class)
                .hasMessage("communities.csv: missing required column 'kind' (header: [id, name, region])");
        assertThat(count("MATCH (n:Entity) RETURN count(n)")).isZero();
    }

    @Test
    void aColumnNamedTwiceOnceWithTrailingSpaceStopsTheImportAndIsNamed() {
        // found by ImporterFuzzTest: "name" and "name " are two columns to the CSV parser but one column to us, so the
        // field count check compared rows with the wrong width and a short row read past its end
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d"))
                .file("individuals.csv", NODES)
                .file("communities.csv", "id,name,kind,region,name \nC1,Kita,RESIDENTIAL,Kita,Kita2\nC2,Minato,WORKPLACE,Minato\n")
                .file("relations.csv", RELATIONS_HEADER);

        assertThatThrownBy(() -> run(dataset)).isInstanceOf(DatasetException.class)
                .hasMessage("communities.csv: column 'name' appears twice in the header");
        assertThat(count("MATCH (n:Entity) RETURN count(n)")).isZero();
    }

    @Test
    void relationsFileIsRequired() {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d")).file("individuals.csv", NODES);
        assertThatThrownBy(() -> run(dataset)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("relations.csv: missing");
    }

    @Test
    void relationsWithoutTheTypeColumnNamesTheColumn() {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d")).file("relations.csv", "src,dst\nA,B\n");
        assertThatThrownBy(() -> run(dataset)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("relations.csv: missing required column 'type'");
    }

    @Test
    void fileThatIsNotCsvNamesTheFileAndLine() {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d"))
                .file("individuals.csv", "id,name\nP1,One\nP2,\"never closed\nP3,x\n")
                .file("relations.csv", RELATIONS_HEADER);
        assertThatThrownBy(() -> run(dataset)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("individuals.csv line 3: cannot be read as CSV");
    }

    @Test
    void fileThatIsNotUtf8IsAnError() throws Exception {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d")).file("relations.csv", RELATIONS_HEADER);
        Files.write(dataset.dir().resolve("individuals.csv"), new byte[] {'i', 'd', '\n', 'P', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> run(dataset)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("individuals.csv").hasMessageContaining("UTF-8");
    }

    @Test
    void extraFilesAndColumnsAreIgnoredWithAWarning() {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d"))
                .file("individuals.csv", "id,name,shoe_size\nP1,One,42\n")
                .file("notes.txt", "hello")
                .file("relations.csv", RELATIONS_HEADER);

        ImportReport report = run(dataset);

        assertThat(report.warnings()).containsExactly("notes.txt: not a dataset file, ignored",
                "individuals.csv: extra column 'shoe_size' ignored");
        assertThat(report.rejected()).isZero();
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() {
        DatasetFiles dataset = new DatasetFiles(tmp.resolve("d"))
                .file("individuals.csv", "\uFEFFid,name\r\nP1,One\r\nP2,Two\r\n")
                .file("relations.csv", RELATIONS_HEADER.replace("\n", "\r\n") + GOOD_RELATION.replace("\n", "\r\n"));
        assertThat(run(dataset).rejected()).isZero();
        assertThat(count("MATCH ()-[r:CONTACT]->() RETURN count(r)")).isEqualTo(1);
    }

    private ImportReport run(DatasetFiles dataset) {
        return new DatasetImporter(new Neo4jEntityStore(driver), 2)
                .importDataset(dataset.dir(), tmp.resolve("rejects.csv"), ImportProgress.NONE);
    }

    private CSVRecord onlyReject() throws Exception {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(tmp.resolve("rejects.csv"), StandardCharsets.UTF_8)).getRecords();
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    private static List<String> fields(String line) throws Exception {
        return CSVFormat.RFC4180.parse(new java.io.StringReader(line)).getRecords().getFirst().toList();
    }

    private long count(String cypher) {
        try (Session session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }
}
