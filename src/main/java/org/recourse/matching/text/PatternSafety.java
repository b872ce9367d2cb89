package org.recourse.matching.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Refuses the regular expressions that can take exponential time on Java's backtracking engine, before they are ever
 * run: a group repeated without bound ({@code *}, {@code +}, {@code {n,}} or more than {@value #MAX_BOUNDED_REPEAT}
 * times) that itself contains a quantifier or an alternation, as in {@code (a+)+}, {@code (\w+\s?)*} or
 * {@code (a|aa)*}; and backreferences, which no engine can match quickly in general. A small bounded repeat of such a
 * group stays allowed, because "a few words in between" ({@code (?:\w+ ){0,3}}) is what admins need most.
 *
 * <p>This is a syntactic check, so it cannot catch everything (overlapping neighbours such as {@code .*a.*a.*a} are
 * polynomial rather than exponential); the screener also gives every pattern a budget of character reads
 * ({@link BudgetedText}) as the second guard.
 */
final class PatternSafety {

    static final int MAX_BOUNDED_REPEAT = 5;

    private PatternSafety() {
    }

    /**
     * Checks {@code regex}, which is known to compile.
     *
     * @throws InvalidRuleException naming the construct that is refused
     */
    static void check(String regex) {
        Deque<Group> groups = new ArrayDeque<>();
        groups.push(new Group());
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> i = escape(regex, i);
                case '[' -> i = classEnd(regex, i);
                case '(' -> {
                    groups.push(new Group());
                    // "(?:", "(?=", "(?<name>"...: that '?' is no quantifier.
                    i += i + 1 < regex.length() && regex.charAt(i + 1) == '?' ? 2 : 1;
                }
                case ')' -> {
                    Group closed = groups.size() > 1 ? groups.pop() : new Group();
                    i = closeGroup(regex, i + 1, closed, groups.peek());
                }
                case '|' -> {
                    groups.peek().alternation = true;
                    i++;
                }
                default -> {
                    int after = quantifierEnd(regex, i);
                    if (after > i) {
                        groups.peek().quantified = true;
                    }
                    i = Math.max(i + 1, after);
                }
            }
        }
    }

    /** After a group closes: refuses an unbounded repeat of a complex group, and passes its contents to the parent. */
    private static int closeGroup(String regex, int at, Group closed, Group parent) {
        int end = quantifierEnd(regex, at);
        if (end > at && isLargeRepeat(regex.substring(at, end)) && (closed.quantified || closed.alternation)) {
            throw new InvalidRuleException("The pattern repeats a group that has a " + (closed.quantified ? "quantifier" : "choice (|)")
                    + " inside, at character " + (at + 1) + " (\"" + regex.substring(Math.max(0, at - 12), end)
                    + "\"): that can take exponential time. Repeat it at most " + MAX_BOUNDED_REPEAT
                    + " times, e.g. {0," + MAX_BOUNDED_REPEAT + "}, or take the quantifier out of the group.");
        }
        parent.quantified |= closed.quantified || end > at;
        parent.alternation |= closed.alternation;
        return end;
    }

    /** Whether a quantifier repeats without bound or more than {@link #MAX_BOUNDED_REPEAT} times. */
    private static boolean isLargeRepeat(String quantifier) {
        char first = quantifier.charAt(0);
        if (first == '*' || first == '+') {
            return true;
        }
        if (first != '{') {
            return false;
        }
        String bounds = quantifier.substring(1, quantifier.indexOf('}'));
        String upper = bounds.contains(",") ? bounds.substring(bounds.indexOf(',') + 1) : bounds;
        return upper.isEmpty() || upper.length() > 3 || Integer.parseInt(upper) > MAX_BOUNDED_REPEAT;
    }

    /** Where the quantifier at {@code at} ends (with any lazy or possessive suffix), or {@code at} if there is none. */
    private static int quantifierEnd(String regex, int at) {
        if (at >= regex.length()) {
            return at;
        }
        char c = regex.charAt(at);
        int end;
        if (c == '*' || c == '+' || c == '?') {
            end = at + 1;
        } else if (c == '{' && regex.indexOf('}', at) > at && regex.substring(at + 1, regex.indexOf('}', at)).matches("\\d+(,\\d*)?")) {
            end = regex.indexOf('}', at) + 1;
        } else {
            return at;
        }
        return end < regex.length() && (regex.charAt(end) == '?' || regex.charAt(end) == '+') ? end + 1 : end;
    }

    /** Past the escape at {@code at}; refuses backreferences. */
    private static int escape(String regex, int at) {
        if (at + 1 >= regex.length()) {
            return at + 1;
        }
        char next = regex.charAt(at + 1);
        if (next >= '1' && next <= '9' || next == 'k') {
            throw new InvalidRuleException("The pattern has a backreference (\\" + next + ") at character " + (at + 1)
                    + ": backreferences can take exponential time, so patterns cannot use them.");
        }
        if (next == 'Q') {
            int quoteEnd = regex.indexOf("\\E", at + 2);
            return quoteEnd < 0 ? regex.length() : quoteEnd + 2;
        }
        return at + 2;
    }

    /** Past the character class opening at {@code at}, nested classes and escapes included. */
    private static int classEnd(String regex, int at) {
        int depth = 0;
        int i = at;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && i > at + 1 && !(i == at + 2 && regex.charAt(at + 1) == '^')) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return regex.length();
    }

    /** What the check has seen inside one group so far. */
    private static final class Group {
        boolean quantified;
        boolean alternation;
    }
}
