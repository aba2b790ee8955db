package org.kyosei.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Leads on a person for mere association: listed rows whose subject is an Individual (not itself an
 * organization member) and whose evidence reaches organization members through exactly one tie to
 * one member. Read from the evidence paths of anomalies.csv ({@code a>b>c}, paths joined by
 * {@code |}): the members named anywhere in the evidence are counted, and the ties into them are the
 * distinct pairs of adjacent ids on a path with a member on one side and neither a member nor an
 * organization on the other (a member's step to their organization is not a tie). One member and at most
 * one such tie (evidence that names a member without a path into it counts as one tie) make the row
 * association-only, however much else the evidence shows about the person's other contacts.
 */
public final class AssociationOnlyLeads {
    private AssociationOnlyLeads() {
    }

    /** Whether the row is a lead on a person whose evidence reaches members through one tie to one member. */
    public static boolean isAssociationOnly(EvaluationInput.Anomaly row, EvaluationInput.Affiliations on) {
        Set<String> members = on.members();
        if (!"Individual".equals(row.subjectLabel()) || members.contains(row.subject()) || row.evidence().isBlank()) {
            return false;
        }
        Set<String> named = new LinkedHashSet<>();
        Set<String> ties = new LinkedHashSet<>();
        for (String path : row.evidence().split("\\|")) {
            String[] ids = path.split(">");
            for (int k = 0; k < ids.length; k++) {
                String id = ids[k].trim();
                if (members.contains(id) && !id.equals(row.subject())) {
                    named.add(id);
                }
                if (k > 0) {
                    String previous = ids[k - 1].trim();
                    boolean into = members.contains(id) != members.contains(previous)
                            && !on.organizations().contains(id) && !on.organizations().contains(previous);
                    if (into) {
                        ties.add(previous.compareTo(id) < 0 ? previous + ">" + id : id + ">" + previous);
                    }
                }
            }
        }
        return named.size() == 1 && ties.size() <= 1;
    }

    /** The listed (not RESOLVED) rows of the indicator that are association-only. */
    public static int count(List<EvaluationInput.Anomaly> rows, String indicator, EvaluationInput.Affiliations on) {
        int count = 0;
        for (EvaluationInput.Anomaly row : rows) {
            if (row.indicator().equals(indicator) && !"RESOLVED".equals(row.status()) && isAssociationOnly(row, on)) {
                count++;
            }
        }
        return count;
    }
}
