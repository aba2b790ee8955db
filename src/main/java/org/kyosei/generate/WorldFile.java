package org.kyosei.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * world.json: what a random world was made of, so that a run can be reproduced and discussed: the
 * settings, the drawn parameters, each planted case with the variant it was planted in, and the
 * number of look-alikes of each kind. The default world writes none.
 */
final class WorldFile {
    static final String NAME = "world.json";

    private WorldFile() {
    }

    static void write(World world, Path dir) throws IOException {
        GeneratorSettings settings = world.settings;
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"seed\": ").append(settings.seed()).append(",\n");
        out.append("  \"individuals\": ").append(settings.individuals()).append(",\n");
        out.append("  \"weeks\": ").append(settings.weeks()).append(",\n");
        out.append("  \"start\": \"").append(settings.start()).append("\",\n");
        out.append("  \"end\": \"").append(settings.end()).append("\",\n");
        out.append("  \"command\": \"kyosei generate --world ").append(settings.world().kind()).append(" --seed ")
                .append(settings.seed()).append(" --individuals ").append(settings.individuals()).append(" --weeks ")
                .append(settings.weeks()).append(" --end ").append(settings.end()).append("\",\n");
        out.append("  \"parameters\": {\n").append(settings.world().jsonMembers("    ")).append("  },\n");
        out.append("  \"cases\": [\n");
        List<CaseRecord> truth = world.truth;
        for (int k = 0; k < truth.size(); k++) {
            CaseRecord c = truth.get(k);
            out.append("    {\"subject\": \"").append(world.ids.id(c.subject())).append("\", \"pattern\": \"")
                    .append(c.pattern()).append("\", \"variant\": \"").append(c.variant()).append("\"}")
                    .append(k + 1 < truth.size() ? ",\n" : "\n");
        }
        out.append("  ],\n");
        Map<String, Integer> lookalikes = new TreeMap<>();
        world.lookalikes.forEach(l -> lookalikes.merge(l.pattern(), 1, Integer::sum));
        out.append("  \"lookalikes\": {");
        int k = 0;
        for (Map.Entry<String, Integer> e : lookalikes.entrySet()) {
            out.append(k++ == 0 ? "\n" : ",\n").append("    \"").append(e.getKey()).append("\": ").append(e.getValue());
        }
        out.append(lookalikes.isEmpty() ? "}\n" : "\n  }\n").append("}\n");
        Files.writeString(dir.resolve(NAME), out, StandardCharsets.UTF_8);
    }
}
