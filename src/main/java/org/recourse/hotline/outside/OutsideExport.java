package org.recourse.hotline.outside;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Writes outside addresses for a hotline's bulk submission: plain text (one URL per line, each once) or CSV (url,
 * host, first reported, case number, category). Nothing about reporters is in either. Every byte of a URL came from a
 * reporter: a URL holding a control character, a line or paragraph separator or any whitespace is left out of the
 * plain list (a receiver would read it as two lines) and written quoted, with those characters as %XX, in the CSV; a
 * CSV cell that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
public final class OutsideExport {

    public static final String CSV_HEADER = "url,host,first_reported,case_number,category";
    private static final Pattern BREAKING = Pattern.compile("[\\p{Cc}\\p{Z}\\u2028\\u2029\\u200B-\\u200F\\u202A-\\u202E"
            + "\\u2066-\\u2069\\uFEFF]");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private OutsideExport() {
    }

    /** One URL a line, each once, in the order given; URLs that cannot be written safely on one line are left out. */
    public static void plain(List<OutsideAddress> addresses, Consumer<String> lines) {
        Set<String> written = new LinkedHashSet<>();
        addresses.stream().map(OutsideAddress::url).filter(OutsideExport::safeOnOneLine).filter(written::add)
                .forEach(lines);
    }

    /** The CSV lines, header first (RFC 4180, CRLF line ends are the caller's). */
    public static void csv(List<OutsideAddress> addresses, Consumer<String> lines) {
        lines.accept(CSV_HEADER);
        for (OutsideAddress address : addresses) {
            lines.accept(String.join(",", cell(escaped(address.url())), cell(escaped(address.host())),
                    cell(address.firstReported() == null ? "" : DAY.format(address.firstReported())),
                    cell(address.caseNumber()), cell(address.category().code())));
        }
    }

    static boolean safeOnOneLine(String url) {
        return !url.isEmpty() && !BREAKING.matcher(url).find();
    }

    /** Characters that would break a line or hide in it, written as their UTF-8 percent-encoding. */
    static String escaped(String text) {
        return BREAKING.matcher(text).replaceAll(m -> {
            StringBuilder encoded = new StringBuilder();
            for (byte b : m.group().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                encoded.append(String.format("%%%02X", b & 0xff));
            }
            return java.util.regex.Matcher.quoteReplacement(encoded.toString());
        });
    }

    /** A quoted CSV cell; a leading =, +, -, @ (a formula to a spreadsheet) is neutralised with an apostrophe. */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
