package org.recourse.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Formats messages of the bundle {@value #BUNDLE} in one language. */
public final class Messages {

    public static final String BUNDLE = "org.recourse.i18n.messages";
    /** The languages the portal speaks, the first being the default: English and Canadian French. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CANADA_FRENCH);
    /** The request attribute where {@link LanguageFilter} leaves the language it chose for the request. */
    public static final String REQUEST_ATTRIBUTE = "org.recourse.language";
    /** Far longer than any browser sends; a longer Accept-Language header is cut at a comma before this. */
    static final int MAX_ACCEPT_LANGUAGE = 256;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages in(Locale locale) {
        return new Messages(bestSupported(locale));
    }

    /** The supported language closest to the one asked for: same language, else the default. */
    public static Locale bestSupported(Locale wanted) {
        if (wanted != null) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return SUPPORTED.get(0);
    }

    /** The best supported language of an Accept-Language header. */
    public static Locale fromAcceptLanguage(String header) {
        if (header != null && header.length() > MAX_ACCEPT_LANGUAGE) {
            // Locale.lookup takes seconds on a few kilobytes of subtags: keep only the first, most wanted ranges.
            header = header.substring(0, Math.max(0, header.lastIndexOf(',', MAX_ACCEPT_LANGUAGE)));
        }
        if (header == null || header.isBlank()) {
            return SUPPORTED.get(0);
        }
        try {
            // Ranges come sorted by weight; the first whose language we speak wins (fr-FR gets Canadian French).
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0 && !range.getRange().equals("*")) {
                    Locale wanted = Locale.forLanguageTag(range.getRange());
                    if (SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(wanted.getLanguage()))) {
                        return bestSupported(wanted);
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A malformed header is not the reporter's problem: answer in the default language.
        }
        return SUPPORTED.get(0);
    }

    /**
     * The language of a request: the one {@link LanguageFilter} chose (the reader's switch, then their browser's
     * wish), or from Accept-Language where the filter did not run.
     */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        Object chosen = request.getAttribute(REQUEST_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The language an API client asks for with Accept-Language (API clients keep no language cookie). */
    public static Messages of(jakarta.ws.rs.core.HttpHeaders headers) {
        return in(fromAcceptLanguage(headers == null ? null
                : headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** A supported language from its tag or plain language code ("fr", "fr-CA", "en"); null for anything else. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 16) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(language)).findFirst().orElse(null);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        try {
            // Bundle texts write apostrophes plainly (JSF shows them raw), so they are escaped for MessageFormat here.
            String pattern = bundle.getString(key).replace("'", "''");
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No message " + key + " for " + locale, e);
        }
    }

    /** The message of a key this language has, or empty: for words of codes that may not all have words. */
    public java.util.Optional<String> find(String key) {
        return bundle.containsKey(key) ? java.util.Optional.of(get(key)) : java.util.Optional.empty();
    }

    /** A moment as a reader in this language writes it, in UTC and saying so: "Dec 1, 2026, 3:04 PM UTC". */
    public String time(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                        java.time.format.FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(java.time.ZoneOffset.UTC)
                .format(instant) + " UTC";
    }

    public String get(String key, List<Object> arguments) {
        return get(key, arguments.toArray());
    }
}
