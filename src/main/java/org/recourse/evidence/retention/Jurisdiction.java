package org.recourse.evidence.retention;

import java.time.Period;
import java.util.Locale;
import org.recourse.evidence.RecordReported;

/**
 * A law that says how long a reported record must be preserved, and from which event its clock runs. The statutory
 * minimum is the floor a setting may not go under without an explicit, logged override.
 */
public enum Jurisdiction {

    /**
     * United States: a provider that reports to NCMEC's CyberTipline preserves what it reported for one year from the
     * report (18 U.S.C. 2258A(h), extended from 90 days to one year by the REPORT Act of 2024).
     */
    US(RecordReported.Kind.HOTLINE_REPORT, Period.ofYears(1), "18 U.S.C. 2258A(h) (REPORT Act 2024)"),

    /**
     * Canada: a provider that notifies police preserves the computer data for 21 days from the notification (An Act
     * respecting the mandatory reporting of Internet child pornography by persons who provide an Internet service,
     * s. 4), longer when a judicial order says so (then a legal hold).
     */
    CA(RecordReported.Kind.POLICE_NOTIFICATION, Period.ofDays(21), "Mandatory Reporting Act, S.C. 2011, c. 4, s. 4");

    private final RecordReported.Kind startedBy;
    private final Period statutoryMinimum;
    private final String statute;

    Jurisdiction(RecordReported.Kind startedBy, Period statutoryMinimum, String statute) {
        this.startedBy = startedBy;
        this.statutoryMinimum = statutoryMinimum;
        this.statute = statute;
    }

    /** The event that starts this jurisdiction's clock. */
    public RecordReported.Kind startedBy() {
        return startedBy;
    }

    /** What the law asks at least. */
    public Period statutoryMinimum() {
        return statutoryMinimum;
    }

    /** The statute, named as a lawyer would look it up. */
    public String statute() {
        return statute;
    }

    /** The setting that holds this jurisdiction's period: {@code recourse.retention.us}. */
    public String setting() {
        return "recourse.retention." + name().toLowerCase(Locale.ROOT);
    }
}
