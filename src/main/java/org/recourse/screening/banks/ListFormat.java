package org.recourse.screening.banks;

/**
 * The shapes a hash list arrives in: Recourse's own, and those of Meta's ThreatExchange tools. A partner bank remembers
 * the shape its list came in, and its feedback (the entries reviewers rejected) goes back in the same shape.
 */
public enum ListFormat {
    /** {@code hash_type,hash,label,source} ({@link BankFile}). */
    RECOURSE_CSV("csv", "text/csv"),
    /** The same four fields as JSON lines ({@link BankFile}). */
    RECOURSE_JSON_LINES("jsonl", "application/x-ndjson"),
    /**
     * python-threatexchange's signal file ({@code threatexchange/exchanges/impl/file_api.py}): a line per signal,
     * {@code <signal type> <signal>}, e.g. {@code pdq f8f8…}.
     */
    TE_SIGNALS("txt", "text/plain"),
    /**
     * The CSV of {@code threatexchange query} (python-threatexchange's query command): the header
     * {@code id,indicator,type,status,tags,owner_id}, tags separated by spaces.
     */
    TE_QUERY_CSV("csv", "text/csv"),
    /** The JSON lines of {@code threatexchange query --format jsonl}: the same fields, tags as a list. */
    TE_QUERY_JSON_LINES("jsonl", "application/x-ndjson"),
    /**
     * A page of the ThreatExchange Graph API's {@code threat_descriptors} edge: {@code {"data": [{"id", "raw_indicator",
     * "type", "status", "tags": {"data": [{"text"}]}}], "paging": …}}.
     */
    TE_DESCRIPTORS("json", "application/json");

    private final String extension;
    private final String mediaType;

    ListFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether it is one of ThreatExchange's shapes (whose type names are its own: HASH_PDQ, pdq…). */
    public boolean threatExchange() {
        return name().startsWith("TE_");
    }
}
