package org.recourse.screening.staydown;

import java.util.OptionalInt;

/**
 * An upload was just screened, in the screening transaction, whatever the outcome: for features that watch an
 * uploader's behaviour (issue 17's context signals count holds, blocks and near misses).
 *
 * @param uploaderId the uploader the platform named, or null
 * @param contentId the platform's content id, or null for an upload screened before it had one
 * @param nearestMiss for an allowed upload, the PDQ distance of the nearest banked or pending hash that fell just
 *     outside the threshold (within {@code recourse.screening.near-miss-band}); empty otherwise
 */
public record UploadScreened(String uploaderId, String contentId, UploadScreening.Outcome outcome,
        OptionalInt nearestMiss) {
}
