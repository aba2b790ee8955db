package org.kyosei.generate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation run wrote.
 *
 * @param rowsPerFile  file name to number of data rows (header excluded), in the order written
 * @param plantedCases rows of {@code truth.csv}
 * @param lookalikes   rows of {@code lookalikes.csv}
 * @param start        first day of the dataset
 * @param end          last day of the dataset
 */
public record GenerationSummary(Map<String, Long> rowsPerFile, int plantedCases, int lookalikes,
                                LocalDate start, LocalDate end) {
    public GenerationSummary {
        rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
    }

    /** Sum of the data rows of all files. */
    public long totalRows() {
        return rowsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
