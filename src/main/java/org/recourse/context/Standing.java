package org.recourse.context;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import org.recourse.platform.rest.JsonSupport;

/** Where an uploader stands now: their signals in the window, the score they make, and whether they are flagged. */
public record Standing(String uploaderId, Map<SignalKind, Long> signals, int score, int flagAt, long windowDays,
        boolean flagged, Instant flaggedAt) {

    public Standing {
        signals = Map.copyOf(signals);
    }

    public long count(SignalKind kind) {
        return signals.getOrDefault(kind, 0L);
    }

    /** The counts as the API and the webhook name them. */
    public JsonObject signalsJson() {
        return JsonSupport.object()
                .add("uploadsHeld", count(SignalKind.HELD))
                .add("uploadsBlocked", count(SignalKind.BLOCKED))
                .add("nearMisses", count(SignalKind.NEAR_MISS))
                .add("reportsReceived", count(SignalKind.REPORTED))
                .add("contextMatches", count(SignalKind.CONTEXT_MATCH))
                .build();
    }
}
