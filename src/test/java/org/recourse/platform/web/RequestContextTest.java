package org.recourse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.i18n.RequestLanguage;
import org.recourse.platform.ratelimit.Submitter;

@DisplayName("Request context: the language, the staff member and the client of a request, each by its one rule")
class RequestContextTest {

    private static RequestContext contextOf(StubRequest stub) {
        RequestLanguage language = new RequestLanguage() {
            @Override
            public Locale locale() {
                // RequestLanguageTest covers the rule; outside a page it is the servlet's.
                return Messages.of(stub.proxy());
            }
        };
        RequestContext context = new RequestContext();
        context.request = stub.proxy();
        context.forwarded = new ForwardedHeaders();
        context.language = language;
        return context;
    }

    @Test
    @DisplayName("its messages are in the request's language")
    void messages() {
        // Arrange
        StubRequest request = new StubRequest();
        request.attributes.put(Messages.REQUEST_ATTRIBUTE, Locale.CANADA_FRENCH);

        // Act
        RequestContext context = contextOf(request);

        // Assert
        assertThat(context.language()).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(context.messages().locale()).isEqualTo(Locale.CANADA_FRENCH);
    }

    @Test
    @DisplayName("the signed-in staff member is their username and the container's role check")
    void staffMember() {
        // Arrange
        StubRequest request = new StubRequest();
        request.user = "sam";
        request.roles = Set.of("MODERATOR", "SUPERVISOR");

        // Act
        RequestContext context = contextOf(request);

        // Assert
        assertThat(context.signedIn()).contains("sam");
        assertThat(context.staffName()).isEqualTo("sam");
        assertThat(context.hasRole("SUPERVISOR")).isTrue();
        assertThat(context.hasRole("ADMIN")).isFalse();
    }

    @Test
    @DisplayName("nobody signed in: no staff member, and a page that needs one is refused rather than served to no one")
    void nobodySignedIn() {
        // Act
        RequestContext context = contextOf(new StubRequest());

        // Assert
        assertThat(context.signedIn()).isEmpty();
        assertThatThrownBy(context::staffName).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("the client is read by the forwarded-header rule, once a request, and is the submitter counted")
    void client() {
        // Arrange
        StubRequest request = new StubRequest();
        request.headers.put("X-Forwarded-For", "203.0.113.1");
        RequestContext context = contextOf(request);

        // Act
        String first = context.clientAddress().key();
        String again = context.clientAddress().key();
        Submitter submitter = context.submitter();

        // Assert
        assertThat(first).as("no proxy is trusted, so the peer, whatever X-Forwarded-For says")
                .isEqualTo("198.51.100.7");
        assertThat(again).isEqualTo(first);
        assertThat(request.peerReads).as("read once").isEqualTo(1);
        assertThat(submitter).isEqualTo(Submitter.client(context.clientAddress()));
    }
}
