package org.recourse.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of the request being served, by one rule: on a page, the language of its view (which a language
 * switch in this very request changes, see {@link LanguageSwitch#switchTo}); elsewhere (a servlet), the one
 * {@link LanguageFilter} chose for the request. API resources ask {@link Messages#of(jakarta.ws.rs.core.HttpHeaders)}
 * instead: API clients keep no language cookie, only Accept-Language counts for them.
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    HttpServletRequest request;

    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return of(faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale(), request);
    }

    /** The rule: the page's language if the request renders a page ({@code page} not null), else the request's. */
    static Locale of(Locale page, HttpServletRequest request) {
        return page != null ? page : Messages.of(request);
    }

    /** The portal's messages in this request's language. */
    public Messages messages() {
        return Messages.in(locale());
    }
}
