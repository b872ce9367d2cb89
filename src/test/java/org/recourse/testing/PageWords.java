package org.recourse.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a reader of a served page sees, checked for the two mistakes a bilingual portal makes: English words of the
 * bundle on a French page, and raw enum names ({@code PENDING_REVIEW}) on any page.
 *
 * <p>The visible text is the body's text plus the attributes a reader meets (placeholder, title, aria-label, alt, the
 * label of a button), without scripts and styles, and without elements that say they hold machine values: {@code
 * <code>}, {@code <pre>}, {@code <kbd>}, {@code <samp>}, and anything marked {@code translate="no"} (the HTML
 * attribute for "do not translate": identifiers, hashes, addresses) or {@code lang="en"} on a French page (the
 * "English" language link).
 *
 * <p>An English fragment is a run of words of an English message between its placeholders and tags, at least two
 * words and ten letters long, whose French message differs, and which no French message contains (so names such as
 * "Payara Micro" that both languages use are not counted).
 */
public final class PageWords {

    private static final String BUNDLE = "/org/recourse/i18n/messages";
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
    /** Words of English that are not words of French (nor parts of names a French page shows). */
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![\\p{L}'-])(?:the|The|and|with|your|you|You|this|"
            + "This|that|ago|left|of|for|from|will|not|is|are|was|has|have|been|which|what|when|where|who|how|under|over|"
            + "picture|pictures|please|Please|here|there|their|they)"
            + "(?![\\p{L}'-])");
    /** A constant-like word standing alone: not part of a longer word, an identifier or a dotted name. */
    private static final Pattern STANDING_CONSTANT =
            Pattern.compile("(?<![\\p{L}\\p{N}_.])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\p{L}\\p{N}_])");
    /** Enum constants that are also ordinary words or acronyms a page may show as they are. */
    private static final Set<String> ACRONYMS = Set.of("PDQ", "VPDQ", "MD5", "SHA1", "SHA256", "NCMEC", "JSON", "CSV",
            "API", "URL", "HTTP", "HTTPS", "UTC", "PNG", "JPEG", "GIF", "WEBP", "TIFF", "BMP", "HEVC", "MP4", "DSA", "RCMP",
            "TOTP", "SMTP", "EU", "US", "CA", "FR", "EN", "ID", "OK", "SVG", "PDF", "ZIP", "GCM", "AES", "IP", "VP8", "VP9",
            "AV1", "H264", "IWF", "LEGAL", "ADMIN");

    private final List<String> englishFragments;
    private final Set<String> enumNames;

    private PageWords(List<String> englishFragments, Set<String> enumNames) {
        this.englishFragments = englishFragments;
        this.enumNames = enumNames;
    }

    /** From the portal's own bundles (English and Canadian French) and the enums of its main classes. */
    public static PageWords ofThePortal() {
        return new PageWords(englishFragments(load(BUNDLE + ".properties"), load(BUNDLE + "_fr_CA.properties")),
                enumNames("org.recourse"));
    }

    /** For tests of this class: given messages and enum names. */
    static PageWords of(Properties english, Properties french, Collection<String> enumNames) {
        return new PageWords(englishFragments(english, french), new TreeSet<>(enumNames));
    }

    /** The English fragments (see the class comment) found in a page, in the order of the bundle. */
    public List<String> englishIn(String html) {
        String text = visibleText(html, true);
        List<String> found = new ArrayList<>();
        for (String fragment : englishFragments) {
            if (text.contains(fragment)) {
                found.add(fragment);
            }
        }
        return found;
    }

    /**
     * English words no French sentence uses ("the", "with", "left", "ago"...), each with the words around it: the
     * English that does not come from the bundle (settings, demo data, text made in code) on a French page.
     */
    public List<String> englishWordsIn(String html) {
        String text = visibleText(html, true);
        Set<String> found = new LinkedHashSet<>();
        Matcher word = ENGLISH_WORD.matcher(text);
        while (word.find()) {
            int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, word.start() - 25)));
            int to = text.indexOf(' ', Math.min(text.length(), word.end() + 25));
            found.add(text.substring(from, to < 0 ? text.length() : to).trim());
        }
        return List.copyOf(found);
    }

    /** The raw enum names a reader of this page sees. */
    public Set<String> enumNamesIn(String html) {
        Set<String> found = new TreeSet<>();
        Matcher words = STANDING_CONSTANT.matcher(visibleText(html, false));
        while (words.find()) {
            if (enumNames.contains(words.group())) {
                found.add(words.group());
            }
        }
        return found;
    }

    /** The text a reader meets, whitespace collapsed, typographic apostrophes made plain. */
    public static String visibleText(String html, boolean frenchPage) {
        Document page = Jsoup.parse(html);
        page.select("script, style, template, code, pre, kbd, samp, [translate=no]").remove();
        if (frenchPage) {
            page.select("[lang^=en]").remove();
        }
        StringBuilder text = new StringBuilder(page.body().text());
        for (Element element : page.select("[placeholder], [title], [aria-label], [alt], input[type=submit], "
                + "input[type=button], input[type=reset]")) {
            for (String attribute : List.of("placeholder", "title", "aria-label", "alt")) {
                if (element.hasAttr(attribute)) {
                    text.append(" \u2029 ").append(element.attr(attribute));
                }
            }
            if (element.tagName().equals("input") && element.hasAttr("value")) {
                text.append(" \u2029 ").append(element.attr("value"));
            }
        }
        String title = page.title();
        if (!title.isBlank()) {
            text.append(" \u2029 ").append(title);
        }
        return normalise(text.toString());
    }

    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
    }

    static List<String> englishFragments(Properties english, Properties french) {
        List<String> frenchValues = new ArrayList<>();
        for (String key : french.stringPropertyNames()) {
            frenchValues.add(normalise(plain(french.getProperty(key))));
        }
        Set<String> fragments = new LinkedHashSet<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String en = english.getProperty(key);
            String fr = french.getProperty(key);
            if (fr == null || fr.equals(en)) {
                continue;
            }
            for (String piece : withoutPlaceholders(plain(en))) {
                String fragment = normalise(piece).replaceAll("^[\\p{Punct}\\s]+|[\\s,;:(]+$", "");
                if (fragment.split(" ").length >= 2 && letters(fragment) >= 10
                        && frenchValues.stream().noneMatch(value -> value.contains(fragment))) {
                    fragments.add(fragment);
                }
            }
        }
        return List.copyOf(fragments);
    }

    /** A message as text: MessageFormat's doubled apostrophes undone, tags removed, entities decoded. */
    private static String plain(String message) {
        return Parser.unescapeEntities(TAG.matcher(message.replace("''", "'")).replaceAll(" \u2029 "), false);
    }

    /** The runs of text between placeholders (a choice placeholder is removed whole, its inner texts with it). */
    static List<String> withoutPlaceholders(String message) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        for (char c : message.toCharArray()) {
            if (c == '{') {
                if (depth == 0) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                if (c == '\u2029') {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                } else {
                    piece.append(c);
                }
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private static int letters(String text) {
        int count = 0;
        Matcher letter = LETTER.matcher(text);
        while (letter.find()) {
            count++;
        }
        return count;
    }

    static Set<String> enumNames(String rootPackage) {
        // Only the portal's compiled classes (the folder that holds its root package), read by name without running
        // any of them: an enum's constants are its fields marked as such.
        java.net.URL root = PageWords.class.getClassLoader().getResource(rootPackage.replace('.', '/') + "/package-info.class");
        if (root == null || !"file".equals(root.getProtocol())) {
            throw new IllegalStateException("No compiled package folder " + rootPackage + " on the class path: " + root);
        }
        Set<String> names = new TreeSet<>();
        try {
            String resource = rootPackage.replace('.', '/') + "/package-info.class";
            String folder = java.nio.file.Path.of(root.toURI()).toString();
            java.nio.file.Path base = java.nio.file.Path.of(folder.substring(0, folder.length() - resource.length()));
            java.util.List<java.nio.file.Path> all;
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                    base.resolve(rootPackage.replace('.', '/')))) {
                all = files.toList();
            }
            for (java.nio.file.Path file : all) {
                String name = base.relativize(file).toString();
                if (!name.endsWith(".class") || name.endsWith("package-info.class")) {
                    continue;
                }
                Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace(java.io.File.separatorChar, '.'),
                        false, PageWords.class.getClassLoader());
                if (!type.isEnum()) {
                    continue;
                }
                for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                    String constant = field.getName();
                    if (field.isEnumConstant() && constant.length() >= 3 && CONSTANT.matcher(constant).matches()
                            && !ACRONYMS.contains(constant)) {
                        names.add(constant);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static Properties load(String resource) {
        try (InputStream in = PageWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No bundle " + resource + " on the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many English fragments the check looks for (for the test's own message). */
    public int fragmentCount() {
        return englishFragments.size();
    }
}
