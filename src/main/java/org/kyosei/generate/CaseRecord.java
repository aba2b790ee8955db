package org.kyosei.generate;

import java.util.List;

/**
 * One row of truth.csv or lookalikes.csv: the subject (a node ref), its pattern, the day it began
 * (or {@link Timeline#NONE}) and a one-line note. The note is kept as parts, where a
 * {@link NodeRef} stands for a node whose id is only known once the ids are frozen. The variant
 * names how a planted case was made (world.json lists it; the CSV files do not).
 */
record CaseRecord(int subject, String pattern, int since, List<Object> note, String variant) {
    /** A node mentioned in a note. */
    record NodeRef(int ref) {
    }

    CaseRecord {
        note = List.copyOf(note);
    }

    CaseRecord(int subject, String pattern, int since, List<Object> note) {
        this(subject, pattern, since, note, "");
    }

    String renderNote(IdBook ids) {
        StringBuilder out = new StringBuilder();
        for (Object part : note) {
            if (part instanceof NodeRef node) {
                ids.append(out, node.ref());
            } else {
                out.append(part);
            }
        }
        return out.toString();
    }
}
