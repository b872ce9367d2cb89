package org.recourse.appeals;

import org.recourse.intake.Reference;

/** Fired in the transaction of a supervisor's answer to a reporter's request, for the reporter's mail. */
public record ReviewAnswered(Reference reference, ReviewRequest.Answer answer) {
}
