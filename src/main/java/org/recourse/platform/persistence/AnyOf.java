package org.recourse.platform.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * "Equals any of these values", written as {@code (x = :id0 or x = :id1 ...)} with single-valued parameters and padded
 * to a power of two by repeating the last value. Hibernate 6 caches a query's translation only when no parameter may
 * take a list, and any parameter inside {@code in (...)} may, so {@code in :ids} and even {@code in (:id0, :id1)} are
 * translated from scratch on every call. Hot queries use this instead: a handful of query strings, each translated
 * once.
 */
public final class AnyOf<T> {

    private final String name;
    private final List<T> values;

    private AnyOf(String name, List<T> values) {
        this.name = name;
        this.values = values;
    }

    /** A list for these values (at least one) under the parameter name prefix {@code name}. */
    public static <T> AnyOf<T> of(String name, Collection<T> values) {
        Objects.requireNonNull(name, "A parameter name is required.");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("At least one value is required.");
        }
        List<T> padded = new ArrayList<>(values);
        // The smallest power of two not below the count: 1, 2, 4, 8...
        int size = Integer.highestOneBit(((padded.size() - 1) << 1) | 1);
        T last = padded.get(padded.size() - 1);
        while (padded.size() < size) {
            padded.add(last);
        }
        return new AnyOf<>(name, List.copyOf(padded));
    }

    /** The condition on this path as query text, in parentheses: {@code (path = :name0 or path = :name1)}. */
    public String test(String path) {
        StringJoiner text = new StringJoiner(" or ", "(", ")");
        for (int i = 0; i < values.size(); i++) {
            text.add(path + " = :" + name + i);
        }
        return text.toString();
    }

    /** Binds every parameter of the condition on the query. */
    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(name + i, values.get(i));
        }
        return query;
    }

    int size() {
        return values.size();
    }
}
