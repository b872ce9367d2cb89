package org.recourse.evidence.legal;

import java.time.Instant;

/** The installation's public signing key as LEGAL users see it: PEM, fingerprint, algorithm, since when. */
public record SigningKeyView(String pem, String fingerprint, String algorithm, Instant createdAt) {
}
