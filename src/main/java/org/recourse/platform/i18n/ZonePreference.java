package org.recourse.platform.i18n;

import java.util.Optional;

/**
 * A signed-in person's own time zone, if they chose one: implemented by the feature that keeps accounts, so that the
 * platform asks without importing it.
 */
public interface ZonePreference {

    /** The zone id the person chose, or empty. */
    Optional<String> of(String username);
}
