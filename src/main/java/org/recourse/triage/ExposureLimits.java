package org.recourse.triage;

import java.time.Instant;

/**
 * Asked by "take next" whether a reviewer may be given imagery now. Implemented by the workforce feature (above
 * triage, which must not import it); with no implementation deployed, nothing limits anyone.
 */
public interface ExposureLimits {

    ImageryLimit limitFor(String username, Instant now);
}
