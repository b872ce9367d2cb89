package org.recourse.content;

import java.time.Instant;
import java.util.List;

/**
 * What the platform supplied about the account that uploaded an item, when registering or screening it: kept apart
 * from the item (personal data of the uploader, needed only if the item is reported to a hotline).
 *
 * @param uploaderId the platform's account id (as on the item), or null
 * @param screenName the account's public name, or null
 * @param email the account's email address, when the platform gave one, or null
 * @param uploadedAt when the platform says the item was uploaded, or null
 * @param ipEvents the IP capture events the platform supplied, oldest first
 */
public record UploaderContext(String uploaderId, String screenName, String email, Instant uploadedAt,
        List<IpCaptureEvent> ipEvents) {

    public UploaderContext {
        ipEvents = ipEvents == null ? List.of() : List.copyOf(ipEvents);
    }

    /** Nothing supplied. */
    public static UploaderContext none(String uploaderId) {
        return new UploaderContext(uploaderId, null, null, null, List.of());
    }

    /**
     * One IP capture event, as NCMEC's {@code ipCaptureEvent}: the address, what happened then, when, and the port when
     * the platform knows it (behind carrier-grade NAT the address alone names many subscribers).
     */
    public record IpCaptureEvent(String ipAddress, EventType type, Instant at, Integer port) {
    }

    /** The events NCMEC names. */
    public enum EventType {
        LOGIN, REGISTRATION, PURCHASE, UPLOAD, OTHER, UNKNOWN
    }
}
