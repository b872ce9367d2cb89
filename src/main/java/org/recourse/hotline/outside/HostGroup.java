package org.recourse.hotline.outside;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outside addresses of one host: how many, on how many cases, first and last reported, and how many are referred.
 * {@link #group} makes them from a list of addresses, most recently reported host first.
 */
public record HostGroup(String host, List<OutsideAddress> addresses) {

    /** How far a host's addresses are referred. */
    public enum Referred {
        NONE, SOME, ALL
    }

    public HostGroup {
        addresses = List.copyOf(addresses);
    }

    /** The addresses grouped by host; hosts ordered by their last report, newest first, then by name. */
    public static List<HostGroup> group(List<OutsideAddress> addresses) {
        Map<String, List<OutsideAddress>> byHost = new LinkedHashMap<>();
        addresses.forEach(a -> byHost.computeIfAbsent(a.host(), h -> new ArrayList<>()).add(a));
        return byHost.entrySet().stream()
                .map(e -> new HostGroup(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparing(OutsideAddress::lastReported, Comparator.nullsLast(
                                Comparator.reverseOrder())).thenComparing(OutsideAddress::url)).toList()))
                .sorted(Comparator.comparing(HostGroup::lastReported, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(HostGroup::host))
                .toList();
    }

    /** How many distinct addresses (the same URL on two cases counts once). */
    public long addressCount() {
        return addresses.stream().map(OutsideAddress::url).distinct().count();
    }

    public long caseCount() {
        return addresses.stream().map(OutsideAddress::caseId).distinct().count();
    }

    public Instant firstReported() {
        return addresses.stream().map(OutsideAddress::firstReported).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    public Instant lastReported() {
        return addresses.stream().map(OutsideAddress::lastReported).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    public Referred referred() {
        long referred = addresses.stream().filter(OutsideAddress::referred).count();
        return referred == 0 ? Referred.NONE : referred == addresses.size() ? Referred.ALL : Referred.SOME;
    }
}
