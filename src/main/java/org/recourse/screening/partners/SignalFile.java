package org.recourse.screening.partners;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.recourse.platform.rest.JsonSupport;

/**
 * The partner signal file, version 1 (docs/integration.md): UTF-8 JSON lines, each ending in a line feed. The first
 * line is the header, then one line per signal, then the signature line, {@code {"signature":"<base64>"}}: Ed25519
 * by the sender's key over every byte before that line. A reader checks the signature with the partner's key before
 * it reads a signal, and refuses the whole file at its first fault ({@link FileRefusedException}).
 */
public final class SignalFile {

    public static final String FORMAT = "recourse.partner-signals";
    public static final int VERSION = 1;
    public static final String HMAC = "HMAC-SHA256";
    public static final String MEDIA_TYPE = "application/x-ndjson";

    /** The clock difference allowed between partners (a file generated later than now plus this is refused). */
    static final Duration SKEW = Duration.ofMinutes(5);
    private static final int MAX_HEADER = 2000;
    private static final int MAX_SIGNAL_LINE = 400;
    private static final int MAX_SIGNATURE_LINE = 200;
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern SOURCE = Pattern.compile("[^\\p{Cntrl}]{1,100}");
    private static final Set<String> HEADER_FIELDS = Set.of("format", "version", "fileId", "generatedAt", "source",
            "hmac", "hmacKeyId", "signer", "signals");
    private static final Set<String> SIGNAL_FIELDS = Set.of("kind", "hash", "reason", "bannedOn");

    /** What the header says. */
    public record Header(String fileId, Instant generatedAt, String source, String hmacKeyId, String signer,
            int signals) {
    }

    /** A file that passed every check. */
    public record Accepted(Header header, List<SharedSignal> signals) {
    }

    /**
     * What the reader holds the file against: the partner's key, this partnership's HMAC key id, the generation time
     * of the newest file imported from this partner (null: none yet), now, and the size limits.
     */
    public record Expected(ExchangeKey partnerKey, String hmacKeyId, Instant newestImported, Instant now,
            long maxBytes, int maxSignals) {

        public Expected {
            Objects.requireNonNull(partnerKey, "The partner's key is required.");
            Objects.requireNonNull(hmacKeyId, "The key id is required.");
            Objects.requireNonNull(now, "Now is required.");
        }
    }

    private SignalFile() {
    }

    /** The file of these signals, signed by this portal's key. */
    public static String write(String fileId, Instant generatedAt, String source, SignalHasher hasher,
            List<SharedSignal> signals, ExchangeKey signer) {
        StringBuilder file = new StringBuilder();
        file.append(JsonSupport.object().add("format", FORMAT).add("version", VERSION).add("fileId", fileId)
                .add("generatedAt", generatedAt.toString()).add("source", source).add("hmac", HMAC)
                .add("hmacKeyId", hasher.keyId()).add("signer", signer.fingerprint()).add("signals", signals.size())
                .build()).append('\n');
        for (SharedSignal s : signals) {
            file.append(JsonSupport.object().add("kind", s.kind().code()).add("hash", s.hash())
                    .add("reason", s.reason()).add("bannedOn", s.bannedOn().toString()).build()).append('\n');
        }
        byte[] signature = signer.sign(file.toString().getBytes(StandardCharsets.UTF_8));
        file.append(JsonSupport.object().add("signature", Base64.getEncoder().encodeToString(signature)).build())
                .append('\n');
        return file.toString();
    }

    /**
     * Reads a partner's file, all of it or nothing.
     *
     * @throws FileRefusedException at the first fault, naming it (and its line)
     */
    public static Accepted read(byte[] bytes, Expected expected) {
        if (bytes.length > expected.maxBytes()) {
            throw new FileRefusedException(Refusal.OVERSIZED, "The file is larger than " + expected.maxBytes()
                    + " bytes");
        }
        String text = utf8(bytes);
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        int lastBreak = body.lastIndexOf('\n');
        if (lastBreak < 0) {
            throw new FileRefusedException(Refusal.UNSIGNED, "The file has no signature line");
        }
        String signed = body.substring(0, lastBreak + 1);
        byte[] signature = signature(body.substring(lastBreak + 1));
        List<String> lines = List.of(signed.split("\n", -1)).subList(0, (int) signed.chars().filter(c -> c == '\n')
                .count());
        JsonObject header = object(lines.get(0), 1, MAX_HEADER);
        String signer = text(header, "signer", 1);
        if (!signer.equals(expected.partnerKey().fingerprint())) {
            throw new FileRefusedException(Refusal.WRONG_PARTNER, 1, "Signed by key " + shortly(signer)
                    + ", not this partner's " + shortly(expected.partnerKey().fingerprint()));
        }
        if (!expected.partnerKey().verifies(signed.getBytes(StandardCharsets.UTF_8), signature)) {
            throw new FileRefusedException(Refusal.BAD_SIGNATURE, "The signature does not verify with the partner's "
                    + "key: the file was changed after it was signed, or signed wrongly");
        }
        Header read = header(header, expected);
        if (lines.size() - 1 > expected.maxSignals() || read.signals() > expected.maxSignals()) {
            throw new FileRefusedException(Refusal.OVERSIZED, "More than " + expected.maxSignals() + " signals");
        }
        List<SharedSignal> signals = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            signals.add(signal(lines.get(i), i + 1, read.generatedAt()));
        }
        if (signals.size() != read.signals()) {
            throw new FileRefusedException(Refusal.MALFORMED, 1, "The header says " + read.signals()
                    + " signals; the file holds " + signals.size());
        }
        return new Accepted(read, List.copyOf(signals));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FileRefusedException(Refusal.MALFORMED, "The file is not UTF-8 text");
        }
    }

    /** The signature on the last line; a last line that is not a signature line means the file is unsigned. */
    private static byte[] signature(String line) {
        JsonObject object;
        try {
            object = line.length() > MAX_SIGNATURE_LINE ? null : JsonSupport.reader(new StringReader(line))
                    .readObject();
        } catch (JsonException | IllegalStateException notJson) {
            object = null;
        }
        if (object == null || object.size() != 1 || !(object.get("signature") instanceof jakarta.json.JsonString s)) {
            throw new FileRefusedException(Refusal.UNSIGNED, "The last line is not a signature line");
        }
        try {
            byte[] signature = Base64.getDecoder().decode(s.getString());
            if (signature.length == 64) {
                return signature;
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below
        }
        throw new FileRefusedException(Refusal.BAD_SIGNATURE, "The signature is not 64 bytes in base64");
    }

    private static Header header(JsonObject header, Expected expected) {
        if (!FORMAT.equals(optionalText(header, "format")) || !(header.get("version") instanceof jakarta.json.JsonNumber v)
                || !v.isIntegral() || v.intValue() != VERSION || !HMAC.equals(optionalText(header, "hmac"))) {
            throw new FileRefusedException(Refusal.UNSUPPORTED_VERSION, 1, "Not a " + FORMAT + " file of version "
                    + VERSION + " hashed with " + HMAC);
        }
        if (!HEADER_FIELDS.containsAll(header.keySet())) {
            throw new FileRefusedException(Refusal.MALFORMED, 1, "Unknown header fields");
        }
        String keyId = text(header, "hmacKeyId", 1);
        if (!KEY_ID.matcher(keyId).matches() || !keyId.equals(expected.hmacKeyId())) {
            throw new FileRefusedException(Refusal.WRONG_PARTNER, 1, "The signals are hashed under another key than "
                    + "this partnership's");
        }
        String fileId = text(header, "fileId", 1);
        String source = text(header, "source", 1);
        if (!FILE_ID.matcher(fileId).matches() || !SOURCE.matcher(source).matches()) {
            throw new FileRefusedException(Refusal.MALFORMED, 1, "fileId or source is not what the format says");
        }
        Instant generatedAt = instant(text(header, "generatedAt", 1));
        if (generatedAt.isAfter(expected.now().plus(SKEW))) {
            throw new FileRefusedException(Refusal.MALFORMED, 1, "The file says it was made in the future");
        }
        if (expected.newestImported() != null && !generatedAt.isAfter(expected.newestImported())) {
            throw new FileRefusedException(Refusal.REPLAYED, 1, "The file is not newer than the last one imported "
                    + "from this partner (" + expected.newestImported() + ")");
        }
        if (!(header.get("signals") instanceof jakarta.json.JsonNumber count) || !count.isIntegral()
                || count.longValue() < 0 || count.longValue() > Integer.MAX_VALUE) {
            throw new FileRefusedException(Refusal.MALFORMED, 1, "signals is not a count");
        }
        return new Header(fileId, generatedAt, source, keyId, text(header, "signer", 1), count.intValue());
    }

    private static SharedSignal signal(String line, int number, Instant generatedAt) {
        JsonObject object = object(line, number, MAX_SIGNAL_LINE);
        if (!object.keySet().equals(SIGNAL_FIELDS)) {
            throw new FileRefusedException(Refusal.MALFORMED, number, "A signal has kind, hash, reason and bannedOn, "
                    + "nothing else");
        }
        IdentifierKind kind = IdentifierKind.fromCode(text(object, "kind", number)).orElseThrow(() ->
                new FileRefusedException(Refusal.MALFORMED, number, "Unknown kind"));
        LocalDate bannedOn;
        try {
            bannedOn = LocalDate.parse(text(object, "bannedOn", number));
        } catch (DateTimeParseException e) {
            throw new FileRefusedException(Refusal.MALFORMED, number, "bannedOn is not a date (YYYY-MM-DD)");
        }
        if (bannedOn.isAfter(generatedAt.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1))) {
            throw new FileRefusedException(Refusal.MALFORMED, number, "bannedOn is after the file was made");
        }
        try {
            return new SharedSignal(kind, text(object, "hash", number), text(object, "reason", number), bannedOn);
        } catch (IllegalArgumentException e) {
            throw new FileRefusedException(Refusal.MALFORMED, number, e.getMessage());
        }
    }

    private static JsonObject object(String line, int number, int max) {
        if (line.length() > max) {
            throw new FileRefusedException(Refusal.MALFORMED, number, "The line is longer than " + max
                    + " characters");
        }
        try {
            return JsonSupport.reader(new StringReader(line)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new FileRefusedException(Refusal.MALFORMED, number, "The line is not a JSON object");
        }
    }

    private static String text(JsonObject object, String field, int line) {
        String value = optionalText(object, field);
        if (value == null) {
            throw new FileRefusedException(Refusal.MALFORMED, line, field + " is missing or not a string");
        }
        return value;
    }

    private static String optionalText(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new FileRefusedException(Refusal.MALFORMED, 1, "generatedAt is not a UTC time (ISO 8601)");
        }
    }

    private static String shortly(String fingerprint) {
        return fingerprint.length() > 16 ? fingerprint.substring(0, 16) + "…" : fingerprint;
    }
}
