package org.recourse.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.recourse.intake.Report;

/**
 * One "stop these emails" link sent to a reporter. Only the SHA-256 of the link's secret is stored, so a copy of
 * the database cannot be used to withdraw anyone's consent.
 */
@Entity
@Table(name = "contact_link")
public class ContactLink {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactLink() {
        // for JPA
    }

    ContactLink(String tokenHash, Report report, Instant createdAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "A token hash is required.");
        this.report = Objects.requireNonNull(report, "A link belongs to a report.");
        this.createdAt = Objects.requireNonNull(createdAt, "A time is required.");
    }

    public Report report() {
        return report;
    }
}
