package org.recourse.evidence.legal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.recourse.evidence.EvidenceFile;
import org.recourse.evidence.OpenedEvidence;

/** A small record, its package, and ways to take a package apart and put it back together with one byte changed. */
final class PackageFixtures {

    static final Instant SEALED = Instant.parse("2026-12-01T10:15:30Z");
    static final Instant EXPORTED = Instant.parse("2026-12-06T09:00:00Z");

    private PackageFixtures() {
    }

    static OpenedEvidence record(EvidenceFile... files) {
        byte[] metadata = "{\"content\":{\"platformContentId\":\"demo-01\"}}".getBytes(StandardCharsets.UTF_8);
        return new OpenedEvidence(42, 7, 9, SEALED, null, metadata, List.of(files),
                "ab".repeat(32));
    }

    static EvidenceFile file(String name, byte[] bytes) {
        return new EvidenceFile(name, "image/png", bytes, EvidencePackage.sha256(bytes), null, null);
    }

    static EvidencePackage.Contents contents(OpenedEvidence record) {
        return new EvidencePackage.Contents(record, "C-000007", List.of(
                new CustodyLine(SEALED, "system", "sealed", "removal"),
                new CustodyLine(EXPORTED, "lena", "exported", "evidence package")), "lena", EXPORTED);
    }

    static byte[] pack(EvidencePackage.Contents contents, InstallationKey key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidencePackage.write(contents, key, out);
        return out.toByteArray();
    }

    /** Every entry of a zip, in order. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The same package with one bit of one byte of this entry flipped. */
    static byte[] withOneByteChanged(byte[] zip, String name) throws IOException {
        Map<String, byte[]> entries = unzip(zip);
        byte[] changed = entries.get(name).clone();
        changed[changed.length / 2] ^= 0x01;
        entries.put(name, changed);
        return zip(entries);
    }
}
