package org.recourse.clients;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a key lets a platform service do. Filing and following a report need no key at all. */
public enum Scope {
    /** Register content the platform hosts. */
    REGISTER_CONTENT("content:register"),
    /** Ask whether content may be shown. */
    READ_VISIBILITY("content:read"),
    /** Screen uploads and accounts against the hash banks and bans. */
    SCREEN_UPLOADS("screen"),
    /** Read where reports stand (without the slowing that anonymous look-ups get). */
    READ_REPORT_STATUS("reports:read"),
    /** File uploaders' appeals against decisions and read their outcome. */
    SUBMIT_APPEALS("appeals:submit"),
    /** Send classifiers' signals about registered content (held for review at a threshold, never removed). */
    SUBMIT_SIGNALS("signals:submit"),
    /** Register adult content's performer records (age, identity and consent checks) and withdraw consent. */
    WRITE_PERFORMERS("performers:write");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Scope> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** Scopes as stored: their codes separated by spaces, in declaration order. */
    public static String encode(Set<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::code).collect(Collectors.joining(" "));
    }

    public static Set<Scope> decode(String stored) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (stored != null) {
            Arrays.stream(stored.trim().split("\\s+")).map(Scope::fromCode).flatMap(Optional::stream)
                    .forEach(scopes::add);
        }
        return scopes;
    }
}
