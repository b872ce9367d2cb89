package org.recourse.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.platform.settings.PortalSettings;

/**
 * Finds which registered item a reported location means: by content id, by the exact registered URL, or by the
 * platform's URL pattern (which carries the content id). Anything else is outside the platform.
 */
@ApplicationScoped
public class LocationResolver {

    @Inject
    ContentRepository content;

    @Inject
    PortalSettings settings;

    /** A location after resolution: a registered item, an unknown content id, or an address elsewhere. */
    public record Resolved(LocationInput input, ContentItem hosted, String externalUrl) {

        public boolean isHosted() {
            return hosted != null;
        }

        public boolean isUnknownContentId() {
            return hosted == null && externalUrl == null;
        }
    }

    public Resolved resolve(LocationInput input) {
        if (!input.looksLikeUrl()) {
            return new Resolved(input, content.findByPlatformId(input.text()).orElse(null), null);
        }
        String url = normalise(input.text());
        Optional<ContentItem> item = content.findByUrl(url);
        if (item.isEmpty()) {
            Matcher matcher = settings.contentUrlPattern().matcher(url);
            if (matcher.matches()) {
                item = content.findByPlatformId(matcher.group("id"));
            }
        }
        return item.map(found -> new Resolved(input, found, null)).orElseGet(() -> new Resolved(input, null, url));
    }

    /** Lower-case scheme and host, no default port, no fragment: the same address written two ways matches. */
    static String normalise(String url) {
        URI uri = URI.create(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 || uri.getRawAuthority() == null ? uri.getPort()
                : uri.getRawAuthority().matches(".*:\\d{1,5}$")
                        ? Integer.parseInt(uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf(':') + 1)) : -1;
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                + WebAddresses.host(uri).orElseThrow() + (defaultPort ? "" : ":" + port)
                + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
