package org.kyosei.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kyosei.query.SavedQueryCatalog;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the {@code .cypher} files that ship in the jar under {@code cypher/} (copied there from the
 * project's top-level {@code cypher/} folder).
 */
public final class CypherResources {
    private CypherResources() {
    }

    /** A named {@code .cypher} file and its text. */
    public record CypherFile(String name, String text) {
    }

    /** All files of one folder, e.g. {@code schema} or {@code queries}, sorted by name. */
    public static List<CypherFile> list(String folder) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(CypherResources.class.getClassLoader())
                    .getResources("classpath*:cypher/" + folder + "/*.cypher");
            List<CypherFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                String fileName = resource.getFilename();
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                if (text.isBlank()) {
                    throw new IllegalStateException("cypher/" + folder + "/" + fileName + " is empty");
                }
                files.add(new CypherFile(fileName.substring(0, fileName.length() - ".cypher".length()), text));
            }
            files.sort(Comparator.comparing(CypherFile::name));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cypher/" + folder, e);
        }
    }

    /** The saved queries shipped with the application ({@code cypher/queries/*.cypher}). */
    public static SavedQueryCatalog savedQueries() {
        Map<String, String> files = new LinkedHashMap<>();
        list("queries").forEach(file -> files.put(file.name(), file.text()));
        return SavedQueryCatalog.of(files);
    }

    /** The statements of a file: split on a {@code ;} that ends a line, comment lines dropped. */
    public static List<String> statements(String text) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("//")) {
                withoutComments.append(line).append('\n');
            }
        }
        return Arrays.stream(withoutComments.toString().split(";\\s*\n"))
                .map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
