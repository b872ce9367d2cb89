package org.recourse.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.recourse.content.UploaderContext.EventType;
import org.recourse.content.UploaderContext.IpCaptureEvent;

/** One IP capture event of an item's uploader, as the platform gave it ({@code uploader_ip_event}). */
@Entity
@Table(name = "uploader_ip_event")
public class StoredIpEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_item_id", nullable = false)
    private Long contentItemId;

    @Column(name = "ip_address", nullable = false, length = 45)
    private String ipAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 16)
    private EventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column
    private Integer port;

    protected StoredIpEvent() {
        // for JPA
    }

    StoredIpEvent(long contentItemId, IpCaptureEvent event) {
        this.contentItemId = contentItemId;
        this.ipAddress = Objects.requireNonNull(event.ipAddress(), "An address is required.");
        this.type = Objects.requireNonNull(event.type(), "A type is required.");
        this.occurredAt = Objects.requireNonNull(event.at(), "A time is required.");
        this.port = event.port();
    }

    public IpCaptureEvent event() {
        return new IpCaptureEvent(ipAddress, type, occurredAt, port);
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
