package org.recourse.screening;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.matching.hash.DecodeBudget;
import org.recourse.matching.hash.ImageDecoder;
import org.recourse.matching.hash.ImageLimits;

/**
 * The node's one picture decoder for outside bytes (uploads screened, content registered), as a bean: its limits and
 * its decoding memory come from the settings, and every request that decodes shares that one budget.
 */
@ApplicationScoped
public class PictureDecoding {

    @Inject
    @ConfigProperty(name = "recourse.images.max-pixels", defaultValue = "50000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "recourse.images.max-bytes", defaultValue = "16777216")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "recourse.images.decode-memory")
    Optional<Long> decodeMemory;

    @Inject
    @ConfigProperty(name = "recourse.images.decode-wait", defaultValue = "PT2S")
    String decodeWait;

    private ImageDecoder decoder;
    private DecodeBudget budget;

    @PostConstruct
    void configure() {
        budget = decodeMemory.map(DecodeBudget::new).orElseGet(DecodeBudget::halfOfHeap);
        decoder = new ImageDecoder(new ImageLimits(maxPixels, maxBytes), budget, Duration.parse(decodeWait));
    }

    /** The decoder every request shares, and so its one budget. */
    @Produces
    ImageDecoder decoder() {
        return decoder;
    }

    /** The node's one decoding memory, which videos share with pictures ({@link VideoDecoding}). */
    DecodeBudget budget() {
        return budget;
    }
}
