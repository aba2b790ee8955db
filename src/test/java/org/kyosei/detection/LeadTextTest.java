package org.kyosei.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kyosei.domain.NodeLabel;

/** Lead explanations as message keys: English as the sentences always read, Japanese from the same keys. */
class LeadTextTest {
    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LeadTextTest.class.getResourceAsStream("/i18n/leads_" + language + ".properties")) {
            assertThat(in).as("leads_%s.properties", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> leadKeys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("lead.")).forEach(keys::add);
        return keys;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    @Test
    void everyLeadKeyHasAnEnglishAndAJapaneseTemplateWithTheSameArguments() throws IOException {
        Properties en = bundle("en");
        Properties ja = bundle("ja");
        assertThat(leadKeys(ja)).isEqualTo(leadKeys(en)).hasSizeGreaterThan(20);
        for (String key : leadKeys(en)) {
            assertThat(arguments(ja.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
            assertThat(ja.getProperty(key)).as(key + " is Japanese").matches(s -> !s.matches("[\\x00-\\x7F]*"));
        }
    }

    @Test
    void englishReadsAsTheSentencesAlwaysHaveAndJapaneseAsAnOfficerWouldWriteIt() {
        LeadMessage contacts = LeadMessage.of("lead.tie.contacts", 4, "O1");
        LeadMessage rarity = LeadMessage.of("lead.rarity.community", 3, 2140, "C0068");
        LeadMessage gatekeeper = LeadMessage.of("lead.gatekeeper", "P1", 1, "O1", 18, LeadMessage.of("lead.gatekeeper.baseRate", rarity));
        assertThat(LeadText.render(contacts, Locale.ENGLISH)).isEqualTo("in contact with 4 members of O1");
        assertThat(LeadText.render(LeadMessage.of("lead.tie.contacts", 1, "O1"), Locale.ENGLISH)).isEqualTo("in contact with 1 member of O1");
        assertThat(LeadText.render(LeadMessage.of("lead.tie.contacts", 0, "O1"), Locale.ENGLISH)).isEqualTo("in contact with 0 members of O1");
        assertThat(LeadText.render(gatekeeper, Locale.ENGLISH)).isEqualTo("Person P1 is in repeated contact with 1 member of "
                + "organization O1 and in contact with 18 people who have no tie of their own to it, a bridge between the two "
                + "sides; 3 of the 2,140 residents of C0068 have any tie to organization members.");
        assertThat(LeadText.render(contacts, Locale.JAPANESE)).isEqualTo("O1の構成員4名と接触");
        assertThat(LeadText.render(gatekeeper, Locale.JAPAN)).startsWith("人物P1は組織O1の構成員1名と繰り返し接触し")
                .contains("C0068の住民2,140名のうち組織構成員と何らかのつながりがあるのは3名");
        assertThat(LeadText.render(LeadMessage.of("lead.newBridge.only"), Locale.ENGLISH))
                .isEqualTo(", its only link to that organization's circle");
        // any other language reads English
        assertThat(LeadText.render(contacts, Locale.FRENCH)).isEqualTo("in contact with 4 members of O1");
    }

    @Test
    void joinedPhrasesAndLeadsCarryTheirMessage() {
        LeadMessage front = LeadMessage.of("lead.front.employer", "E1", "O1", new LeadMessage.Joined("lead.join.semicolon",
                List.of(LeadMessage.of("lead.tie.controlled", "O1"),
                        LeadMessage.of("lead.tie.sharesIdentifier", LeadMessage.of("lead.identifier.account"), "ACC1", "P2", "O1"))),
                1500, 12);
        Lead lead = new Lead("E1", NodeLabel.EMPLOYER, "FRONT_EMPLOYER", 0.5, front, List.of("O1>E1"), 0.01);
        assertThat(lead.explanation()).isEqualTo("Employer E1 is tied to organization O1 (controlled by O1 on record; shares "
                + "account ACC1 with member P2 of O1) and employs 1500 people, 12 of them in the last 13 weeks.");
        assertThat(LeadText.render(lead, Locale.JAPANESE)).isEqualTo("雇用主E1は組織O1とのつながりがあり（記録上O1の支配下にある、"
                + "O1の構成員P2と口座ACC1を共用）、1500名を雇用しています（うち直近13週間に12名）。");
        Lead stored = new Lead("E1", NodeLabel.EMPLOYER, "FRONT_EMPLOYER", 0.5, "as stored", List.of());
        assertThat(LeadText.render(stored, Locale.JAPANESE)).isEqualTo("as stored");
    }

    @Test
    void anUnknownKeyNamesItself() {
        assertThatThrownBy(() -> LeadText.render(LeadMessage.of("lead.nonsense"), Locale.ENGLISH))
                .hasMessageContaining("lead.nonsense");
    }
}
