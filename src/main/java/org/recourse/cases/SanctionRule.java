package org.recourse.cases;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a removal in one category does to the account that uploaded the content: {@link Kind#NONE nothing}, a
 * {@link Kind#BAN ban at once}, or a {@link Kind#STRIKE strike}, the account being banned at its
 * {@code strikesToBan}-th strike within {@code windowDays} days. Written in settings as {@code none}, {@code ban} or
 * {@code 3 strikes in 365 days}.
 */
public record SanctionRule(Kind kind, int strikesToBan, int windowDays) implements Serializable {

    public enum Kind { NONE, STRIKE, BAN }

    public static final SanctionRule NONE = new SanctionRule(Kind.NONE, 0, 0);
    public static final SanctionRule BAN = new SanctionRule(Kind.BAN, 0, 0);

    /** Bounds that keep a setting sane: a strike forgotten after ten years at most, a ban by the 20th at the latest. */
    static final int MAX_STRIKES = 20;
    static final int MAX_WINDOW_DAYS = 3650;

    private static final Pattern STRIKES = Pattern.compile("(\\d{1,3}) strikes? in (\\d{1,5}) days?");

    public SanctionRule {
        Objects.requireNonNull(kind, "A kind of sanction is required.");
        if (kind == Kind.STRIKE && (strikesToBan < 1 || strikesToBan > MAX_STRIKES || windowDays < 1
                || windowDays > MAX_WINDOW_DAYS)) {
            throw new IllegalArgumentException("A strike rule bans at 1 to " + MAX_STRIKES + " strikes within 1 to "
                    + MAX_WINDOW_DAYS + " days, not " + strikesToBan + " in " + windowDays + ".");
        }
        if (kind != Kind.STRIKE && (strikesToBan != 0 || windowDays != 0)) {
            throw new IllegalArgumentException("Only a strike rule counts strikes.");
        }
    }

    public static SanctionRule strikes(int strikesToBan, int windowDays) {
        return new SanctionRule(Kind.STRIKE, strikesToBan, windowDays);
    }

    /**
     * Reads a setting: {@code none}, {@code ban} or {@code <n> strikes in <d> days}.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    public static SanctionRule parse(String text) {
        String setting = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (setting.equals("none")) {
            return NONE;
        }
        if (setting.equals("ban")) {
            return BAN;
        }
        Matcher strikes = STRIKES.matcher(setting);
        if (strikes.matches()) {
            return strikes(Integer.parseInt(strikes.group(1)), Integer.parseInt(strikes.group(2)));
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a sanction: write none, ban, or "
                + "\"3 strikes in 365 days\".");
    }

    /** The rule as a setting would write it, and as the webhooks name it. */
    public String code() {
        return switch (kind) {
            case NONE -> "none";
            case BAN -> "ban";
            case STRIKE -> strikesToBan + (strikesToBan == 1 ? " strike" : " strikes") + " in " + windowDays
                    + (windowDays == 1 ? " day" : " days");
        };
    }

    /** The key of this rule's sentence under a prefix that ends in a dot: {@code none}, {@code ban} or {@code strikes}. */
    public String messageKey(String prefix) {
        return prefix + switch (kind) {
            case NONE -> "none";
            case BAN -> "ban";
            case STRIKE -> "strikes";
        };
    }

    /** The arguments of that sentence: the strikes to a ban and the window in days (none for the other kinds). */
    public Object[] messageArguments() {
        return kind == Kind.STRIKE ? new Object[] {strikesToBan, windowDays} : new Object[0];
    }

    /** Whether a removal under this rule does anything to the uploader. */
    public boolean sanctions() {
        return kind != Kind.NONE;
    }
}
