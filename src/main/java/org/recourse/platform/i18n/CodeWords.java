package org.recourse.platform.i18n;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes in words for a reader: a status, decision or reason written as a constant ({@code REMOVE},
 * {@code SURVIVOR_IMAGE}) inside a text kept for machines, such as an audit row's detail, is shown with the words the
 * bundle has for it under one of the given key prefixes ("review.decision.", "review.reason."…). A code without words
 * stays as it is; the stored text is never changed.
 */
public final class CodeWords {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");

    private final Messages messages;
    private final List<String> prefixes;

    public CodeWords(Messages messages, List<String> prefixes) {
        this.messages = messages;
        this.prefixes = List.copyOf(prefixes);
    }

    /** The words of one code, or the code itself when no prefix has words for it. */
    public String of(String code) {
        return prefixes.stream().map(prefix -> messages.find(prefix + code)).flatMap(java.util.Optional::stream)
                .findFirst().orElse(code);
    }

    /** The text with every code that has words replaced by them. */
    public String in(String text) {
        if (text == null) {
            return null;
        }
        Matcher codes = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (codes.find()) {
            codes.appendReplacement(out, Matcher.quoteReplacement(of(codes.group())));
        }
        codes.appendTail(out);
        return out.toString();
    }
}
