package org.recourse.evidence.legal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an evidence package as its receiver would: the Ed25519 signature of {@code manifest.json} by the key in
 * {@code public-key.pem} (and, when given, that this key is the one the platform published), then the size and SHA-256
 * of every entry the manifest lists, and that the zip holds nothing else. JDK only, so it also runs on its own:
 * {@code java PackageVerifier.java package.zip [fingerprint]} (exit status 0 when intact).
 */
public final class PackageVerifier {

    private static final Pattern ENTRY = Pattern.compile(
            "\\{\"name\": \"((?:[^\"\\\\]|\\\\.)*)\", \"size\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"\\}");
    private static final long SMALL_ENTRY_LIMIT = 1 << 20;
    // Written out rather than taken from EvidencePackage, so that this one file runs on its own.
    private static final String MANIFEST = "manifest.json";
    private static final String SIGNATURE = "manifest.sig";
    private static final String PUBLIC_KEY = "public-key.pem";

    /** The outcome: intact or not, what is wrong, and the fingerprint of the key that signed. */
    public record Result(boolean intact, List<String> problems, String fingerprint) {
    }

    private record Seen(long size, String sha256, byte[] bytes) {
    }

    private PackageVerifier() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java PackageVerifier.java package.zip [expected public key SHA-256]");
            System.exit(2);
        }
        Result result;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            result = verify(in, args.length == 2 ? args[1] : null);
        }
        System.out.println("signed by key " + result.fingerprint());
        result.problems().forEach(problem -> System.out.println("FAILED: " + problem));
        System.out.println(result.intact() ? "OK: signature and every entry verified" : "NOT INTACT");
        System.exit(result.intact() ? 0 : 1);
    }

    /**
     * Verifies a package read from this stream.
     *
     * @param expectedFingerprint the published key's SHA-256 (hex, colons and case ignored), or null to trust the
     *     key in the package (which proves integrity, not origin)
     */
    public static Result verify(InputStream zipStream, String expectedFingerprint) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Seen> seen = read(zipStream, problems);
        Seen manifest = seen.remove(MANIFEST);
        Seen signature = seen.remove(SIGNATURE);
        Seen pem = seen.get(PUBLIC_KEY);
        if (manifest == null || signature == null || pem == null) {
            problems.add("manifest.json, manifest.sig and public-key.pem must all be present");
            return new Result(false, problems, null);
        }
        PublicKey key = publicKey(pem.bytes());
        if (key == null) {
            // An altered key file is a package that is not intact, not a crash of the verifier.
            problems.add("public-key.pem is not an Ed25519 public key");
            checkEntries(new String(manifest.bytes(), StandardCharsets.UTF_8), seen, problems);
            return new Result(false, List.copyOf(problems), null);
        }
        String fingerprint = hex(digest(key.getEncoded()));
        if (expectedFingerprint != null
                && !fingerprint.equals(expectedFingerprint.replace(":", "").trim().toLowerCase())) {
            problems.add("the package was signed by key " + fingerprint + ", not the expected " + expectedFingerprint);
        }
        if (!signatureHolds(key, manifest.bytes(), signature.bytes())) {
            problems.add("manifest.sig is not a valid signature of manifest.json by public-key.pem");
        }
        checkEntries(new String(manifest.bytes(), StandardCharsets.UTF_8), seen, problems);
        return new Result(problems.isEmpty(), List.copyOf(problems), fingerprint);
    }

    private static void checkEntries(String manifest, Map<String, Seen> seen, List<String> problems) {
        Matcher entry = ENTRY.matcher(manifest);
        Map<String, Seen> unlisted = new LinkedHashMap<>(seen);
        while (entry.find()) {
            String name = entry.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
            Seen actual = unlisted.remove(name);
            if (actual == null) {
                problems.add(name + " is listed in the manifest but missing from the package");
            } else if (actual.size() != Long.parseLong(entry.group(2)) || !actual.sha256().equals(entry.group(3))) {
                problems.add(name + " does not match its size and SHA-256 in the manifest");
            }
        }
        unlisted.keySet().forEach(name -> problems.add(name + " is in the package but not in the manifest"));
    }

    private static Map<String, Seen> read(InputStream zipStream, List<String> problems) throws IOException {
        Map<String, Seen> seen = new LinkedHashMap<>();
        ZipInputStream zip = new ZipInputStream(zipStream, StandardCharsets.UTF_8);
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            MessageDigest sha256 = sha256();
            ByteArrayOutputStream small = new ByteArrayOutputStream();
            long size = 0;
            for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                sha256.update(buffer, 0, n);
                size += n;
                if (size <= SMALL_ENTRY_LIMIT) {
                    small.write(buffer, 0, n); // only the manifest, signature and key are read as bytes
                }
            }
            if (seen.put(entry.getName(), new Seen(size, hex(sha256.digest()), small.toByteArray())) != null) {
                problems.add(entry.getName() + " appears twice in the package");
            }
        }
        return seen;
    }

    /** The key in the package, or null when it is not an Ed25519 public key. */
    private static PublicKey publicKey(byte[] pem) {
        String base64 = new String(pem, StandardCharsets.US_ASCII)
                .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private static boolean signatureHolds(PublicKey key, byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] digest(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
