package org.recourse.review.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a revealed item stays in full before it is blurred again by itself ({@code recourse.review.reveal-for},
 * two minutes): long enough to look, short enough that a picture is not left open on a screen.
 */
@ApplicationScoped
public class RevealSettings {

    @Inject
    @ConfigProperty(name = "recourse.review.reveal-for", defaultValue = "PT2M")
    String revealFor;

    public Duration revealFor() {
        return Duration.parse(revealFor);
    }
}
