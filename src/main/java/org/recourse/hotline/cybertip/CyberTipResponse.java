package org.recourse.hotline.cybertip;

import java.util.List;

/**
 * What the service answered: {@code <reportResponse>} (or {@code <reportDoneResponse>} for {@code /finish}). A
 * response code of 0 is success; anything else is a refusal, sent with HTTP 200 (only authentication gives 401).
 *
 * @param code the responseCode
 * @param description the responseDescription, or null ({@code /finish} has none)
 * @param reportId the report's id, or null
 * @param fileId an uploaded file's id, or null
 * @param hash the MD5 the service computed of an uploaded file, or null
 * @param files the file ids a finished report holds ({@code /finish} only)
 * @param requestId the service's {@code Request-ID} header (what its support asks for), or null
 */
public record CyberTipResponse(int code, String description, Long reportId, String fileId, String hash,
        List<String> files, String requestId) {

    public static final int SUCCESS = 0;
    /** The report is unknown (never opened, or deleted by NCMEC after it expired unfinished). */
    public static final int REPORT_DOES_NOT_EXIST = 5001;
    public static final int ALREADY_RETRACTED = 5101;
    public static final int ALREADY_FINISHED = 5102;

    public CyberTipResponse {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public boolean succeeded() {
        return code == SUCCESS;
    }
}
