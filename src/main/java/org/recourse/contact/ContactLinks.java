package org.recourse.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.recourse.intake.Report;

/** Issues and redeems the secrets of "stop these emails" links: 256 random bits each, stored only as a hash. */
@ApplicationScoped
public class ContactLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer than any token we issue; anything longer is refused without hashing. */
    static final int MAX_TOKEN = 64;

    @Inject
    ContactLinkRepository repository;

    /** A new link secret for this report, to put in one mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Report report, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        repository.add(new ContactLink(hash(token), report, now));
        return token;
    }

    /** The report a link secret was issued for, while the link is still valid. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Report> reportFor(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        return repository.find(hash(token)).map(ContactLink::report);
    }

    /** Deletes every link of this report: after a withdrawal none of them does anything any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteFor(Report report) {
        repository.deleteFor(report);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
