package org.recourse.screening;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.matching.video.MatchRule;
import org.recourse.matching.video.VpdqMatcher;
import org.recourse.matching.video.VpdqThresholds;

/**
 * How two videos are said to match, for every video index of the node (stay-down's and the sweep's): the rule of
 * Meta's C++ matcher by default (every kept frame counts, distance below 31), or python-threatexchange's (frames
 * de-duplicated, distance up to 31) for a platform that shares verdicts with partners who use it.
 */
@ApplicationScoped
public class VideoMatching {

    @Inject
    @ConfigProperty(name = "recourse.video.match-rule", defaultValue = "reference")
    String rule;

    private VpdqMatcher matcher;

    @PostConstruct
    void configure() {
        matcher = new VpdqMatcher(thresholds(rule));
    }

    /** The thresholds a setting names; any other word stops the portal at start, naming the setting. */
    static VpdqThresholds thresholds(String setting) {
        return switch (setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT)) {
            case "reference" -> VpdqThresholds.REFERENCE;
            case "python-threatexchange" -> VpdqThresholds.PYTHON_THREATEXCHANGE;
            default -> throw new IllegalStateException("recourse.video.match-rule is \"reference\" (Meta's C++ "
                    + "matcher, the default) or \"python-threatexchange\", not \"" + setting + "\"");
        };
    }

    public VpdqMatcher matcher() {
        return matcher;
    }

    public MatchRule rule() {
        return matcher.thresholds().rule();
    }
}
