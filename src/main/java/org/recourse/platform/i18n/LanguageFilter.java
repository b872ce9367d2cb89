package org.recourse.platform.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Chooses the language of each request: the one the reader picked with a language link ({@code ?lang=fr}), then
 * the one they picked before, then their browser's Accept-Language. The choice is kept in a cookie that holds
 * nothing but the language tag ({@code fr-CA}): no identifier, nothing that tells one reader from another.
 *
 * <p>That cookie ends with the browser session: a year-long cookie would tell whoever opens the browser next (on a
 * shared or watched device) that this site was visited, and in which language. Only a reader who asks for it with
 * the "remember" link ({@code ?lang=fr&remember=yes}, offered next to the switch just after using it) gets a cookie
 * that lasts a year. Switching again puts back a session cookie, which also forgets a remembered choice.
 *
 * <p>The request is handed on with that language as its only locale, so JSF, servlets and {@link Messages#of} all
 * agree. Only the query string is read, never a body, so the filter never consumes a form or a JSON document.
 */
@WebFilter(filterName = "language", urlPatterns = "/*", asyncSupported = true)
public class LanguageFilter extends HttpFilter {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "recourse-lang";
    /** With {@code lang}, {@code remember=yes} keeps the choice on this device for a year. */
    public static final String REMEMBER = "remember";
    static final String REMEMBER_YES = "yes";
    private static final Duration REMEMBERED = Duration.ofDays(365);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Locale picked = Messages.fromTag(queryParameter(request.getQueryString(), PARAMETER));
        Locale language = picked != null ? picked : remembered(request);
        if (language == null) {
            language = Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        }
        if (picked != null) {
            keep(picked, REMEMBER_YES.equals(queryParameter(request.getQueryString(), REMEMBER)), request, response);
        }
        request.setAttribute(Messages.REQUEST_ATTRIBUTE, language);
        chain.doFilter(new InLanguage(request, language), response);
    }

    private static Locale remembered(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return Messages.fromTag(cookie.getValue());
            }
        }
        return null;
    }

    /** Keeps the language for this browser session, or for a year if the reader asked to be remembered. */
    static void keep(Locale language, boolean forAYear, HttpServletRequest request, HttpServletResponse response) {
        // Strict like every cookie here (the bundle's listener adds SameSite=Strict to all of them anyway): after a
        // link from elsewhere the browser's own language applies until the next page of the site.
        response.addHeader("Set-Cookie", COOKIE + "=" + language.toLanguageTag() + "; Path=/"
                + (forAYear ? "; Max-Age=" + REMEMBERED.toSeconds() : "") + "; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : ""));
    }

    /** The first value of a parameter in a query string, decoded; null if absent or malformed. */
    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                try {
                    return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The request as the rest of the portal sees it: in exactly one language. */
    private static final class InLanguage extends HttpServletRequestWrapper {

        private final Locale language;

        InLanguage(HttpServletRequest request, Locale language) {
            super(request);
            this.language = language;
        }

        @Override
        public Locale getLocale() {
            return language;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(java.util.List.of(language));
        }
    }
}
