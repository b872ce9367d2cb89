package org.recourse.screening;

import java.util.List;

/**
 * Whether the people shown in an adult upload are covered by a record of their age and identity verification and of
 * their consent, in force now. Asked by the upload policy (an adult upload without a valid record for each person shown
 * is never allowed); implemented by the performers feature, which sits above screening (an interface here keeps the
 * import with the flow). Screening asks it through {@code Instance<PerformerRecordCheck>}: with no implementation
 * deployed, no record is in force, so adult content needs verification rather than going up unchecked.
 */
public interface PerformerRecordCheck {

    /**
     * The ids among {@code recordIds} that name no record in force now: unknown, withdrawn, or without a verified age
     * and a consent covering the upload. Empty when every person shown is covered; never null.
     */
    List<String> notInForce(List<String> recordIds);
}
