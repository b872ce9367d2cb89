package org.recourse.hotline.referral;

import java.util.Arrays;
import java.util.Optional;
import org.recourse.evidence.RecordReported;

/**
 * Whom a referral package goes to, each with the kind of report it is: a police notification starts the Canadian
 * retention clock (Mandatory Reporting Act, s. 4), a hotline report the United States one.
 */
public enum Recipient {
    /** Canada's designated organisation under the Mandatory Reporting Act (s. 2). */
    CYBERTIP_CA("cybertip-ca", RecordReported.Kind.HOTLINE_REPORT),
    /** Canadian police, notified under s. 3 of the Act. */
    POLICE_CA("police-ca", RecordReported.Kind.POLICE_NOTIFICATION),
    /** NCMEC by hand (its own web form), when the API is not set up. */
    NCMEC("ncmec", RecordReported.Kind.HOTLINE_REPORT),
    /** The Internet Watch Foundation (United Kingdom). */
    IWF("iwf", RecordReported.Kind.HOTLINE_REPORT),
    /** Another hotline (an INHOPE member). */
    OTHER_HOTLINE("hotline", RecordReported.Kind.HOTLINE_REPORT),
    /** Police elsewhere. */
    OTHER_POLICE("police", RecordReported.Kind.POLICE_NOTIFICATION);

    private final String code;
    private final RecordReported.Kind kind;

    Recipient(String code, RecordReported.Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public RecordReported.Kind kind() {
        return kind;
    }

    public String messageKey() {
        return "hotline.recipient." + code;
    }

    public static Optional<Recipient> ofCode(String code) {
        return Arrays.stream(values()).filter(recipient -> recipient.code.equals(code)).findFirst();
    }
}
