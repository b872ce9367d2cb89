package org.recourse.evidence.legal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a record's chain of custody as a package carries it: when, who, what (sealed, opened, exported, held,
 * reported...) and the entry's own words (the purpose of an opening, the reason of a hold).
 */
public record CustodyLine(Instant at, String actor, String action, String detail) {

    public CustodyLine {
        Objects.requireNonNull(at, "A custody entry has a time.");
        Objects.requireNonNull(actor, "A custody entry has an actor.");
        Objects.requireNonNull(action, "A custody entry has an action.");
    }

    /** The whole chain as {@code custody.json}: an array, oldest first, one entry a line. */
    static String toJson(long recordId, List<CustodyLine> lines) {
        StringBuilder json = new StringBuilder("{\n  \"recordId\": ").append(recordId).append(",\n  \"entries\": [");
        for (int i = 0; i < lines.size(); i++) {
            CustodyLine line = lines.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"at\": ").append(JsonText.quote(line.at().toString()))
                    .append(", \"actor\": ").append(JsonText.quote(line.actor()))
                    .append(", \"action\": ").append(JsonText.quote(line.action()))
                    .append(", \"detail\": ").append(JsonText.quote(line.detail())).append('}');
        }
        return json.append(lines.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }
}
