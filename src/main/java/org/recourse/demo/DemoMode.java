package org.recourse.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the demo platform is part of this portal ({@code recourse.demo.enabled}, on by default; production turns it
 * off with RECOURSE_DEMO_ENABLED=false). Off, none of its pages, media or webhook receiver exists.
 */
@Named("demo")
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "recourse.demo.enabled", defaultValue = "true")
    boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }
}
