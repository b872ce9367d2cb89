package org.recourse.matching.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text format of rule lists, one rule a line:
 *
 * <pre>
 * # A comment. Blank lines are ignored.
 * term threat: i (will|'ll) kill (you|u)
 * pattern doxxing: \b(?:her|his) address is \d+
 * </pre>
 *
 * The kind ({@code term} or {@code pattern}), one label (letters, digits and dashes), a colon, then the term or pattern
 * to the end of the line (surrounding spaces trimmed). Each rule's id is the list's name, a colon and its line number
 * ({@code starter-en:12}), so a moderator can find the line a verdict names.
 */
public final class RuleListFormat {

    private static final Pattern LINE = Pattern.compile("(term|pattern)\\s+([\\p{L}\\p{N}-]+)\\s*:\\s*(.*?)\\s*");

    private RuleListFormat() {
    }

    /**
     * The rules of a list.
     *
     * @throws RuleListFormatException naming every bad line at once, with its number and what is wrong
     */
    public static List<Rule> parse(String list, Language language, String content) {
        List<Rule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(rule(list + ":" + n, list, language, line));
            } catch (InvalidRuleException e) {
                problems.add("line " + n + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleListFormatException(list, problems);
        }
        return List.copyOf(rules);
    }

    private static Rule rule(String id, String list, Language language, String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            throw new InvalidRuleException("expected \"term <label>: <phrase>\" or \"pattern <label>: <regex>\", not \""
                    + line + "\".");
        }
        if (matcher.group(3).isEmpty()) {
            throw new InvalidRuleException("the " + matcher.group(1) + " after \"" + matcher.group(2) + ":\" is missing.");
        }
        return matcher.group(1).equals("term")
                ? Rule.term(id, list, language, matcher.group(2), matcher.group(3))
                : Rule.pattern(id, list, language, matcher.group(2), matcher.group(3));
    }
}
