package org.kyosei.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The character scans of {@link FieldParser} accept exactly what the DATA.md patterns accept, and dates get the
 * calendar rules of {@link LocalDate#parse}: checked against the regular expressions and the JDK on random text
 * made of the characters that matter.
 */
class FieldParserSyntaxTest {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.strings().withChars("aZ09_.:-+ /é٣\u0000").ofMinLength(0).ofMaxLength(70)
                .injectDuplicates(0.05).edgeCases(edges -> edges.add("x".repeat(64)).add("x".repeat(65)));
    }

    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.strings().withChars("0123456789.+-eE x٣").ofMinLength(0).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> dateLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789-/ ٣").ofMinLength(8).ofMaxLength(11),
                Arbitraries.integers().between(0, 9999).flatMap(year -> Arbitraries.integers().between(0, 13)
                        .flatMap(month -> Arbitraries.integers().between(0, 32)
                                .map(day -> String.format("%04d-%02d-%02d", year, month, day)))));
    }

    @Property(tries = 3000)
    void idScanAgreesWithThePattern(@ForAll("idLike") String value) {
        assertThat(FieldParser.isId(value)).isEqualTo(ID.matcher(value).matches());
    }

    @Property(tries = 3000)
    void decimalScanAgreesWithThePattern(@ForAll("numberLike") String value) {
        assertThat(FieldParser.isDecimal(value)).as(value).isEqualTo(DECIMAL.matcher(value).matches());
    }

    @Property(tries = 3000)
    void datesFollowTheJdkCalendar(@ForAll("dateLike") String value) {
        assertThat(FieldParser.isIsoDate(value)).as(value).isEqualTo(ISO_DATE.matcher(value).matches());
        LocalDate expected = null;
        if (ISO_DATE.matcher(value).matches()) {
            try {
                expected = LocalDate.parse(value);
            } catch (DateTimeParseException notACalendarDate) {
                expected = null;
            }
        }
        if (expected != null) {
            assertThat(parseDate(value)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> FieldParser.optionalDate("since", value))
                    .isInstanceOf(FieldParser.RowException.class)
                    .satisfies(e -> assertThat(((FieldParser.RowException) e).rejection().reason()).isEqualTo(RejectReason.MALFORMED_DATE));
        }
    }

    @Test
    void edgeCasesOfTheCalendar() throws Exception {
        assertThat(FieldParser.optionalDate("since", "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(FieldParser.optionalDate("since", "0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(FieldParser.optionalDate("since", "9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(FieldParser.optionalDate("since", "")).isNull();
        assertThatThrownBy(() -> FieldParser.optionalDate("since", "2023-02-29")).hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> FieldParser.optionalDate("since", "2023-2-28")).hasMessageContaining("not a date YYYY-MM-DD");
        assertThat(FieldParser.optionalNumber("weight", "1e3", 1.0)).isEqualTo(1000.0);
        assertThat(FieldParser.optionalNumber("weight", ".5", 1.0)).isEqualTo(0.5);
        assertThatThrownBy(() -> FieldParser.optionalNumber("weight", "1.e", 1.0)).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> FieldParser.optionalNumber("weight", "1e999", 1.0)).hasMessageContaining("not a finite number");
    }

    private static LocalDate parseDate(String value) {
        try {
            return FieldParser.optionalDate("since", value);
        } catch (FieldParser.RowException e) {
            throw new AssertionError(value + ": " + e.rejection().detail(), e);
        }
    }
}
