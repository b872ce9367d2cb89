package org.recourse.hotline;

import java.util.EnumSet;
import java.util.Set;

/** How far a report through a hotline's API got at the hotline. Each stage names the stages it may move to. */
public enum ReportStage {
    /** Not opened at the hotline yet. */
    QUEUED,
    /** Opened: the hotline gave its report id; files may be on their way. */
    OPENED,
    /** Filed: the hotline has it, for good (a finished CyberTip cannot be retracted). */
    FINISHED,
    /** Cancelled by a person before it was filed (retracted at the hotline if it was opened there). */
    RETRACTED;

    public Set<ReportStage> allowedNext() {
        return switch (this) {
            case QUEUED -> EnumSet.of(OPENED, RETRACTED);
            // Back to QUEUED when the hotline deleted the unfinished report (NCMEC does after a day): start over.
            case OPENED -> EnumSet.of(FINISHED, RETRACTED, QUEUED);
            case FINISHED, RETRACTED -> EnumSet.noneOf(ReportStage.class);
        };
    }

    public boolean canMoveTo(ReportStage target) {
        return allowedNext().contains(target);
    }

    /** Whether a person may still retract it. */
    public boolean isRetractable() {
        return canMoveTo(RETRACTED);
    }
}
