package org.recourse.signals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A classifier's signal as the platform sent it, already read and bounded ({@code rest.SignalRequestReader}): the
 * platform's own id of it (null if none), the registered item, the classifier's name and version, its label and the
 * score from 0 to 1.
 */
public record SignalSubmission(String signalId, String contentId, String classifier, String classifierVersion,
        String label, double score) {

    public SignalSubmission {
        Objects.requireNonNull(contentId, "A content id is required.");
        Objects.requireNonNull(classifier, "A classifier is required.");
        Objects.requireNonNull(classifierVersion, "A classifier's version is required.");
        Objects.requireNonNull(label, "A label is required.");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("A score is from 0 to 1, not " + score);
        }
    }

    /**
     * What makes two signals the same when the platform sent no id: the item, classifier, version, label and score,
     * hashed (SHA-256, hex) to one fixed-size column. Fields are separated by a character no field may hold.
     */
    public String naturalKey(long contentItemId) {
        String joined = String.join("\n", Long.toString(contentItemId), classifier, classifierVersion, label,
                Double.toString(score));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
