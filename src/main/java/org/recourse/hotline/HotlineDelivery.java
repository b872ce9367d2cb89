package org.recourse.hotline;

import java.util.Optional;
import org.recourse.evidence.OpenedEvidence;

/**
 * One way a record reaches a hotline: through its API (NCMEC's CyberTipline: Recourse files it), or as a referral
 * package a person downloads and sends (hotlines without an API, police). Both render the same {@link ReportContent}.
 */
public interface HotlineDelivery {

    /** The recipient, as a stable code ({@code ncmec}, {@code cybertip-ca}...). */
    String recipient();

    /**
     * Delivers a record.
     *
     * @param progress how far an earlier attempt got, and where this one writes each step as it is done (an API
     *                 delivery resumes from it; a package ignores it)
     * @throws DeliveryFailure when it did not go through, saying whether trying again may help
     */
    Outcome deliver(OpenedEvidence evidence, ReportContent content, Progress progress) throws DeliveryFailure;

    /** What came of a delivery. */
    sealed interface Outcome permits Filed, Packaged {
    }

    /** The hotline has it, under its own reference. */
    record Filed(String externalReference) implements Outcome {
    }

    /** A package for a person to send: a zip and its file name. */
    record Packaged(String fileName, byte[] zip) implements Outcome {
    }

    /** The steps of an API delivery, stored as each is done so a later attempt resumes instead of repeating them. */
    interface Progress {

        /** Nothing stored: for a delivery that has no steps. */
        Progress NONE = new Progress() {
        };

        /** The hotline's id of the report opened earlier, if any. */
        default Optional<String> reportId() {
            return Optional.empty();
        }

        /** The hotline's id of a file uploaded earlier, if any. */
        default Optional<String> fileId(int position) {
            return Optional.empty();
        }

        /** Whether a file's details went earlier. */
        default boolean described(int position) {
            return false;
        }

        default void opened(String reportId) throws DeliveryFailure {
        }

        default void uploaded(int position, String fileId, String md5) throws DeliveryFailure {
        }

        default void fileDescribed(int position) throws DeliveryFailure {
        }

        /** The hotline no longer knows the report (it deleted it unfinished): forget it, so the next try starts over. */
        default void lost() throws DeliveryFailure {
        }
    }
}
