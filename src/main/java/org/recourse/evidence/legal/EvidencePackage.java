package org.recourse.evidence.legal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recourse.evidence.EvidenceFile;
import org.recourse.evidence.OpenedEvidence;

/**
 * Writes an evidence package: a zip streamed to its reader, holding the record's files ({@code files/...}), its
 * metadata as sealed ({@code metadata.json}), its chain of custody ({@code custody.json}), the public key and a
 * README, then {@code manifest.json} (the SHA-256 and size of each of those) and {@code manifest.sig}, a detached
 * Ed25519 signature of the manifest's exact bytes. Each entry is hashed while it is written, so memory beyond the
 * record's own bytes stays bounded; the manifest comes last because it names every hash.
 */
public final class EvidencePackage {

    public static final String FORMAT = "recourse-evidence-package/1";
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String PUBLIC_KEY = "public-key.pem";
    public static final String README = "README.txt";
    public static final String MEDIA_TYPE = "application/zip";

    /**
     * What goes into one package.
     *
     * @param evidence the record, opened for this export
     * @param caseNumber the case's number as staff know it ({@code C-000123})
     * @param custody the record's chain of custody, this export included
     * @param exportedBy the LEGAL member who asked
     * @param exportedAt when
     */
    public record Contents(OpenedEvidence evidence, String caseNumber, List<CustodyLine> custody, String exportedBy,
            Instant exportedAt) {

        public Contents {
            Objects.requireNonNull(evidence, "The opened record is required.");
            Objects.requireNonNull(exportedBy, "Who exports is required.");
            Objects.requireNonNull(exportedAt, "When is required.");
            custody = List.copyOf(custody);
        }
    }

    /** One entry as the manifest lists it. */
    public record Entry(String name, long size, String sha256) {
    }

    private EvidencePackage() {
    }

    /** The package's file name: {@code evidence-<record>-<case>.zip}. */
    public static String fileName(Contents contents) {
        return "evidence-" + contents.evidence().recordId() + "-" + safeSegment(contents.caseNumber()) + ".zip";
    }

    /** Writes the whole package; the stream is finished (not closed). Returns the manifest's entries. */
    public static List<Entry> write(Contents contents, InstallationKey key, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (EvidenceFile file : contents.evidence().files()) {
            entries.add(put(zip, uniqueName("files/" + safePath(file.name()), taken), file.bytes()));
        }
        entries.add(put(zip, "metadata.json", contents.evidence().metadataJson()));
        entries.add(put(zip, "custody.json", utf8(CustodyLine.toJson(contents.evidence().recordId(),
                contents.custody()))));
        entries.add(put(zip, PUBLIC_KEY, utf8(key.publicKeyPem())));
        entries.add(put(zip, README, utf8(readme(key))));
        byte[] manifest = utf8(manifest(contents, key, entries));
        put(zip, MANIFEST, manifest);
        put(zip, SIGNATURE, key.sign(manifest));
        zip.finish();
        return entries;
    }

    static String manifest(Contents contents, InstallationKey key, List<Entry> entries) {
        OpenedEvidence evidence = contents.evidence();
        StringBuilder json = new StringBuilder("{\n")
                .append("  \"format\": ").append(JsonText.quote(FORMAT)).append(",\n")
                .append("  \"recordId\": ").append(evidence.recordId()).append(",\n")
                .append("  \"caseId\": ").append(evidence.caseId()).append(",\n")
                .append("  \"caseNumber\": ").append(JsonText.quote(contents.caseNumber())).append(",\n")
                .append("  \"itemId\": ").append(evidence.itemId()).append(",\n")
                .append("  \"sealedAt\": ").append(JsonText.quote(String.valueOf(evidence.sealedAt()))).append(",\n")
                .append("  \"recordManifestSha256\": ").append(JsonText.quote(evidence.manifestSha256())).append(",\n")
                .append("  \"exportedBy\": ").append(JsonText.quote(contents.exportedBy())).append(",\n")
                .append("  \"exportedAt\": ").append(JsonText.quote(contents.exportedAt().toString())).append(",\n")
                .append("  \"signatureAlgorithm\": ").append(JsonText.quote(InstallationKey.ALGORITHM)).append(",\n")
                .append("  \"publicKeySha256\": ").append(JsonText.quote(key.fingerprint())).append(",\n")
                .append("  \"entries\": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            // One entry a line, always in this order: PackageVerifier reads them without a JSON library.
            json.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(JsonText.quote(entry.name()))
                    .append(", \"size\": ").append(entry.size())
                    .append(", \"sha256\": ").append(JsonText.quote(entry.sha256())).append('}');
        }
        return json.append("\n  ]\n}\n").toString();
    }

    static String readme(InstallationKey key) {
        return """
                Evidence package from Recourse (%s)

                manifest.json lists every other file of this package with its size and SHA-256, and says which record,
                case and export it is. manifest.sig is an Ed25519 signature of manifest.json's exact bytes by the
                installation's key. public-key.pem is that key; its SHA-256 fingerprint is
                %s
                Compare it with the fingerprint the platform gave you (not only the one in this package).

                To verify with OpenSSL 3:
                  openssl pkey -pubin -in public-key.pem -outform DER | sha256sum
                  openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json -sigfile manifest.sig
                then check each file's hash against manifest.json:
                  sha256sum metadata.json custody.json public-key.pem README.txt
                  find files -type f -exec sha256sum {} +

                Or with Java 17: java PackageVerifier.java this-package.zip [expected fingerprint]

                files/ holds the preserved content itself. It may be illegal material: handle it only as your law allows.
                """.formatted(FORMAT, key.fingerprint());
    }

    private static Entry put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        return new Entry(name, bytes.length, sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A file's name from the vault as a path inside {@code files/}: no parent steps, no absolute path, no oddities. */
    static String safePath(String name) {
        List<String> segments = new ArrayList<>();
        for (String segment : String.valueOf(name).split("[/\\\\]")) {
            String safe = safeSegment(segment);
            if (!safe.isEmpty() && !safe.chars().allMatch(c -> c == '.')) {
                segments.add(safe);
            }
        }
        return segments.isEmpty() ? "file" : String.join("/", segments);
    }

    private static String safeSegment(String segment) {
        return segment == null ? "" : segment.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }
}
