package org.recourse.evidence.legal;

/**
 * What the records' list is narrowed to: a status (null: any) and a case number ({@code C-000123}, null: any).
 */
public record RecordFilter(LegalStatus status, String caseNumber) {

    public static final RecordFilter ANY = new RecordFilter(null, null);

    /** Words for the audit log: what was listed. */
    String describe() {
        return "status " + (status == null ? "any" : status.code()) + ", case "
                + (caseNumber == null || caseNumber.isBlank() ? "any" : caseNumber.strip());
    }
}
