package org.recourse.dsa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.cases.Category;
import org.recourse.dsa.StatementFacts.Automation;
import org.recourse.dsa.StatementFacts.Detection;
import org.recourse.dsa.StatementFacts.Restriction;

/** Test data: statements as the submission sees them, and the mapping with a fixed test key. */
final class Statements {

    static final byte[] KEY = "tests-only-puid-key-32-bytes!!!!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    static final String POLICY = "Terms of service, section 4.2: sexual content involving minors is prohibited.";
    static final String LAW = "Directive 2011/93/EU, article 5; Regulation (EU) 2022/2065, article 16.";
    static final Instant UPLOADED = Instant.parse("2026-11-30T08:15:00Z");
    static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");

    private Statements() {
    }

    static DsaMapping mapping() {
        return new DsaMapping(new Puid(KEY), DsaVocabulary.EEA, Optional.of("https://platform.example/terms"));
    }

    /** A report of child sexual imagery, hidden at once pending review, illegal as such. */
    static StatementFacts hiddenOnReport() {
        return new StatementFacts(41, 1, Restriction.HIDDEN_PENDING_REVIEW, Category.CHILD_SEXUAL_IMAGERY,
                Detection.REPORT, POLICY, Optional.of(LAW), false, Automation.FULLY, Optional.of("image/jpeg"),
                UPLOADED, ISSUED);
    }

    static StatementFacts with(Restriction restriction, Category category, Detection detection,
            Optional<String> legalGround, Optional<String> mediaType) {
        return new StatementFacts(42, 2, restriction, category, detection, POLICY, legalGround,
                detection.automated(), Automation.PARTIALLY, mediaType, UPLOADED, ISSUED);
    }

    /** The check as the queue builds it for {@code facts}. */
    static PersonalDataCheck checkFor(StatementFacts facts) {
        List<String> own = new java.util.ArrayList<>(DsaMapping.ownSentences());
        own.add(facts.policyGround());
        facts.legalGround().ifPresent(own::add);
        return new PersonalDataCheck(own, Optional.of("https://platform.example/terms"));
    }
}
