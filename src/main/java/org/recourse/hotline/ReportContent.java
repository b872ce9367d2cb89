package org.recourse.hotline;

import java.time.Instant;
import java.util.List;
import org.recourse.content.UploaderContext.IpCaptureEvent;

/**
 * What a hotline report says, in neutral terms: one definition that the CyberTipline XML and a referral package's
 * report.json both render, so the two never tell different stories. Built from an opened evidence record by
 * {@link ReportContents}.
 *
 * @param incidentAt when the incident happened: the upload, or the first report; never after the report was made
 * @param escalation the reviewer's reason for escalating (imminent danger to a child), or null when not escalated
 * @param url where the content was on the platform, or null when the platform gave none
 * @param thirdPartyHosted whether the content was hosted by someone else, or null when unknown (then not sent)
 * @param reporter who reports: the platform's reporting person
 * @param contact whom the hotline contacts about the report, or null
 * @param reported the account that uploaded the content, or null when the platform told nothing about it
 * @param files the files, in the record's order
 */
public record ReportContent(Instant incidentAt, String escalation, String url, Boolean thirdPartyHosted,
        Person reporter, Person contact, ReportedUser reported, List<FileContent> files) {

    public ReportContent {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The same report with no file classified (for a company that did not execute NCMEC's industry MOU). */
    public ReportContent unclassified() {
        return new ReportContent(incidentAt, escalation, url, thirdPartyHosted, reporter, contact, reported,
                files.stream().map(file -> new FileContent(file.position(), file.name(), file.originalFileName(),
                        file.mediaType(), file.md5(), file.sha256(), file.viewedByStaff(), file.publiclyAvailable(),
                        null, file.uploadedAt(), file.uploadEvent())).toList());
    }

    /** A person of the reporting organisation; fields are null when not set. */
    public record Person(String firstName, String lastName, String email, String phone) {

        public boolean isEmpty() {
            return firstName == null && lastName == null && email == null && phone == null;
        }
    }

    /**
     * The account reported: its email (only when the platform gave one), its id on the platform, its screen name, and
     * the IP capture events the platform supplied.
     */
    public record ReportedUser(String email, String platformUserId, String screenName, List<IpCaptureEvent> ipEvents) {

        public ReportedUser {
            ipEvents = ipEvents == null ? List.of() : List.copyOf(ipEvents);
        }
    }

    /**
     * One file.
     *
     * @param position its place in the record (from 0): how the outbox remembers which files went out
     * @param name its name in the record ({@code 1.jpg}): what Recourse calls it, for uploads and packages
     * @param originalFileName its name on the platform, when the content's URL ends in one; null otherwise (never made
     *                         up: a hotline report states it as a fact)
     * @param viewedByStaff a reviewer revealed it (the case's audit entries say so)
     * @param publiclyAvailable it was up for anyone to see before it was hidden
     * @param classification the industry classification the reviewer chose (A1, A2, B1, B2), or null
     * @param uploadedAt when it was uploaded to the platform, or null
     * @param uploadEvent the IP capture event of its upload, or null
     */
    public record FileContent(int position, String name, String originalFileName, String mediaType, String md5, String sha256,
            boolean viewedByStaff, boolean publiclyAvailable, String classification, Instant uploadedAt,
            IpCaptureEvent uploadEvent) {
    }
}
