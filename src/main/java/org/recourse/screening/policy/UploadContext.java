package org.recourse.screening.policy;

import java.net.InetAddress;
import java.util.List;

/**
 * What the platform says of an upload's context; each part may be unknown (null). The client address is held only
 * while the upload is screened, to look it up in the Tor exit list: it is never stored, and {@link #toString()} leaves
 * it out so no log line can carry it.
 *
 * @param performers the performer record ids the platform names (empty when none)
 */
public record UploadContext(Integer accountAgeDays, Verification verification, Boolean anonymisingNetwork,
        InetAddress clientAddress, ContentClass contentClass, List<String> performers) {

    /** Nothing said: only the tier's default outcome (or, on an adult-content service, the performer rule) applies. */
    public static final UploadContext NONE = new UploadContext(null, null, null, null, null, List.of());

    public UploadContext {
        performers = performers == null ? List.of() : List.copyOf(performers);
    }

    @Override
    public String toString() {
        return "UploadContext[accountAgeDays=" + accountAgeDays + ", verification=" + verification
                + ", anonymisingNetwork=" + anonymisingNetwork + ", clientAddress=" + (clientAddress == null ? "none"
                : "(withheld)") + ", contentClass=" + contentClass + ", performers=" + performers.size() + "]";
    }
}
