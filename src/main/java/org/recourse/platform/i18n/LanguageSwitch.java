package org.recourse.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The "Français" / "English" link on every page: the same address in the other language, as a plain link that works
 * without JavaScript (the choice lasts the browser session; just after switching, a small "remember" link keeps it
 * for a year, see {@link LanguageFilter}). Pages that show the result of a form (the confirmation, a status) offer a small form instead,
 * which sends the same request again in the other language.
 */
@Named("language")
@RequestScoped
public class LanguageSwitch {

    /** One language the reader may switch to: its tag, its own name for itself, and the address in it. */
    public record Choice(String tag, String name, String href) {
    }

    @Inject
    RequestLanguage language;

    public List<Choice> getChoices() {
        Locale current = language.locale();
        HttpServletRequest request = request();
        return Messages.SUPPORTED.stream()
                .filter(other -> !other.getLanguage().equals(current.getLanguage()))
                .map(other -> new Choice(other.toLanguageTag(), Messages.in(other).get("language.name"),
                        href(request, other)))
                .toList();
    }

    /**
     * Whether to offer "remember my language on this device": just after the reader switched with a link (this
     * request names the language), unless they have just asked for exactly that.
     */
    public boolean isRememberOffered() {
        String query = request().getQueryString();
        return LanguageFilter.queryParameter(query, LanguageFilter.PARAMETER) != null && !isRemembered();
    }

    /** Whether this request asked to remember the language (the page then says it was). */
    public boolean isRemembered() {
        String query = request().getQueryString();
        return LanguageFilter.queryParameter(query, LanguageFilter.PARAMETER) != null
                && LanguageFilter.REMEMBER_YES.equals(LanguageFilter.queryParameter(query, LanguageFilter.REMEMBER));
    }

    /** This page in its current language, remembered for a year: a plain link, so it works without JavaScript. */
    public String getRememberHref() {
        return href(request(), language.locale()) + "&" + LanguageFilter.REMEMBER + "=" + LanguageFilter.REMEMBER_YES;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /**
     * Switches the rest of this request (and later visits) to a language: for pages that show the result of a form,
     * whose switch sends the form again rather than following a link.
     */
    public void switchTo(String tag) {
        Locale chosen = Messages.fromTag(tag);
        if (chosen == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen);
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.setAttribute(Messages.REQUEST_ATTRIBUTE, chosen);
        LanguageFilter.keep(chosen, false, request,
                (jakarta.servlet.http.HttpServletResponse) faces.getExternalContext().getResponse());
    }

    /** This page's address (as the reader sees it, also after a forward) with {@code lang} set to the language. */
    static String href(HttpServletRequest request, Locale language) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        // One leading slash only: "//host/..." would make the link leave the site.
        String path = (forwarded != null ? (String) forwarded : request.getRequestURI()).replaceFirst("^/+", "/");
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        return path + "?" + withLanguage(query, language);
    }

    static String withLanguage(String query, Locale language) {
        StringJoiner out = new StringJoiner("&");
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !isParameter(pair, LanguageFilter.PARAMETER)
                        && !isParameter(pair, LanguageFilter.REMEMBER)) {
                    out.add(pair);
                }
            }
        }
        out.add(LanguageFilter.PARAMETER + "=" + URLEncoder.encode(language.getLanguage(), StandardCharsets.UTF_8));
        return out.toString();
    }

    private static boolean isParameter(String pair, String name) {
        return pair.equals(name) || pair.startsWith(name + "=");
    }
}
