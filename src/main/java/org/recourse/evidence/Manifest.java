package org.recourse.evidence;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.recourse.cases.CaseNumbers;
import org.recourse.platform.rest.JsonSupport;

/**
 * A record's manifest: which record, case and item, when sealed, and each other part's name, media type, size and
 * SHA-256 of its plain bytes, with each file's hashes. It is a part of its own ({@value #PART}); the SHA-256 of its
 * bytes is kept on the record and written in the audit chain at sealing, so opening a record proves, part by part,
 * that it holds what was sealed.
 *
 * @param parts every part but the manifest, in order
 * @param files the files among them, with their hashes
 */
public record Manifest(long recordId, long caseId, long itemId, Instant sealedAt, List<Part> parts, List<File> files) {

    /** The manifest's own part name. */
    public static final String PART = "manifest.json";
    /** The document's format, first in it. */
    public static final String FORMAT = "recourse-evidence-manifest/1";

    /** A part as sealed. */
    public record Part(String name, String mediaType, long size, String sha256) {
    }

    /** A file's hashes as sealed (PDQ: null unless a picture was hashed at registration). */
    public record File(String name, String sha256, String md5, String pdq) {
    }

    public Manifest {
        parts = List.copyOf(parts);
        files = List.copyOf(files);
    }

    /** The document, UTF-8, fields in a fixed order. */
    public byte[] toJson() {
        JsonArrayBuilder partList = JsonSupport.array();
        parts.forEach(p -> partList.add(JsonSupport.object().add("name", p.name()).add("mediaType", p.mediaType())
                .add("size", p.size()).add("sha256", p.sha256())));
        JsonArrayBuilder fileList = JsonSupport.array();
        files.forEach(f -> fileList.add(JsonSupport.object().add("name", f.name()).add("sha256", f.sha256())
                .add("md5", f.md5()).add("pdq", f.pdq() == null ? JsonValue.NULL : JsonSupport.string(f.pdq()))));
        return JsonSupport.object().add("format", FORMAT).add("record", recordId)
                .add("case", CaseNumbers.format(caseId)).add("caseId", caseId).add("item", itemId)
                .add("sealedAt", sealedAt.toString()).add("parts", partList).add("files", fileList).build()
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The manifest in a document {@link #toJson()} wrote. */
    public static Manifest read(byte[] json) {
        JsonObject document;
        try (var reader = JsonSupport.reader(new InputStreamReader(new ByteArrayInputStream(json),
                StandardCharsets.UTF_8))) {
            document = reader.readObject();
        }
        if (!FORMAT.equals(document.getString("format", null))) {
            throw new IllegalStateException("Not an evidence manifest of format " + FORMAT + ".");
        }
        List<Part> parts = document.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
                .map(p -> new Part(p.getString("name"), p.getString("mediaType"), p.getJsonNumber("size").longValue(),
                        p.getString("sha256"))).toList();
        List<File> files = document.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(f -> new File(f.getString("name"), f.getString("sha256"), f.getString("md5"),
                        f.isNull("pdq") ? null : f.getString("pdq"))).toList();
        return new Manifest(document.getJsonNumber("record").longValue(), document.getJsonNumber("caseId").longValue(),
                document.getJsonNumber("item").longValue(), Instant.parse(document.getString("sealedAt")), parts,
                files);
    }

    /** Lower-case hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        return hex("SHA-256", bytes);
    }

    /** Lower-case hex MD5 of bytes (what NCMEC checks an upload by; not a security hash here). */
    public static String md5(byte[] bytes) {
        return hex("MD5", bytes);
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has " + algorithm, e);
        }
    }
}
