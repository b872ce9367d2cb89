package org.recourse.intake;

/**
 * A report was just filed, in the transaction that is filing it: observers act in that same transaction (the
 * reporter's confirmation mail is queued exactly when the report is stored).
 */
public record ReportFiled(Report report, Receipt receipt) {
}
