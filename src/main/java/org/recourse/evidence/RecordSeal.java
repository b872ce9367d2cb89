package org.recourse.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sealing and opening one record's parts, without a database: the manifest and the envelope (a fresh data key per
 * record, every part under it, the key wrapped by the vault key). Opening checks every part's tag, the manifest's hash
 * against the record, and every part and file against the manifest, and says which record failed and how.
 */
public final class RecordSeal {

    /** The metadata document's part name. */
    static final String METADATA = "metadata.json";

    /** A part before encryption, or after it was opened. */
    public record PlainPart(String name, String mediaType, byte[] bytes) {
    }

    /** What sealing gives: the key's id, the wrapped data key, the manifest's hash and the encrypted parts. */
    record Sealed(String vaultKeyId, byte[] wrappedKey, String manifestSha256, List<EvidencePart> parts) {
    }

    /** A record opened and verified. */
    public record Opened(Manifest manifest, byte[] metadataJson, List<PlainPart> files) {
    }

    private RecordSeal() {
    }

    /**
     * Seals a record's metadata and files under a fresh data key wrapped by {@code key}.
     *
     * @param files the files, named {@code content/1.png}...
     * @param pdqs the PDQ hash (hex) of each file, or null, in the same order
     */
    static Sealed seal(VaultKeys.VaultKey key, long recordId, long caseId, long itemId, Instant sealedAt,
            byte[] metadataJson, List<PlainPart> files, List<String> pdqs) {
        List<PlainPart> plain = new ArrayList<>();
        plain.add(new PlainPart(METADATA, "application/json", metadataJson));
        plain.addAll(files);
        List<Manifest.Part> listed = plain.stream().map(p -> new Manifest.Part(p.name(), p.mediaType(),
                p.bytes().length, Manifest.sha256(p.bytes()))).toList();
        List<Manifest.File> hashes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byte[] bytes = files.get(i).bytes();
            hashes.add(new Manifest.File(files.get(i).name(), listed.get(i + 1).sha256(), Manifest.md5(bytes),
                    pdqs.get(i)));
        }
        byte[] manifest = new Manifest(recordId, caseId, itemId, sealedAt, listed, hashes).toJson();
        byte[] dataKey = EnvelopeCipher.newDataKey();
        try {
            List<EvidencePart> parts = new ArrayList<>();
            parts.add(encrypt(dataKey, recordId, 0, new PlainPart(Manifest.PART, "application/json", manifest)));
            for (int i = 0; i < plain.size(); i++) {
                parts.add(encrypt(dataKey, recordId, i + 1, plain.get(i)));
            }
            return new Sealed(key.id(), EnvelopeCipher.wrap(key.key(), recordId, dataKey), Manifest.sha256(manifest),
                    parts);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private static EvidencePart encrypt(byte[] dataKey, long recordId, int index, PlainPart part) {
        EnvelopeCipher.Encrypted encrypted = EnvelopeCipher.encrypt(dataKey, recordId, part.name(), part.bytes());
        return new EvidencePart(recordId, index, part.name(), part.mediaType(), part.bytes().length,
                encrypted.nonce(), encrypted.ciphertext());
    }

    /**
     * Opens and verifies a sealed record.
     *
     * @throws IllegalStateException naming the record, when its key is missing or anything was altered
     */
    public static Opened open(VaultKeys keys, EvidenceRecord record, List<EvidencePart> parts) {
        if (!record.isSealed()) {
            throw new IllegalStateException("Evidence record " + record.id() + " was shredded: it opens no more.");
        }
        VaultKeys.VaultKey key = keys.byId(record.vaultKeyId()).orElseThrow(() -> new IllegalStateException(
                "Evidence record " + record.id() + " is wrapped under vault key " + record.vaultKeyId() + ", which "
                        + "this node does not have: add it to recourse.vault.previous-keys."));
        byte[] dataKey = unwrap(key, record);
        try {
            Map<String, PlainPart> opened = new java.util.LinkedHashMap<>();
            for (EvidencePart part : parts) {
                if (part.recordId() != record.id()) {
                    throw tampered(record, "a part of record " + part.recordId() + " was given");
                }
                try {
                    opened.put(part.name(), new PlainPart(part.name(), part.mediaType(), EnvelopeCipher.decrypt(
                            dataKey, record.id(), part.name(), part.nonce(), part.ciphertext())));
                } catch (EnvelopeCipher.TamperedException e) {
                    throw tampered(record, e.getMessage());
                }
            }
            return verify(record, opened);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The data key re-wrapped under the current vault key, for rotation; the parts are not read. */
    static byte[] rewrap(VaultKeys keys, EvidenceRecord record) {
        VaultKeys.VaultKey old = keys.byId(record.vaultKeyId()).orElseThrow(() -> new IllegalStateException(
                "Evidence record " + record.id() + " is wrapped under vault key " + record.vaultKeyId() + ", which "
                        + "this node does not have: add it to recourse.vault.previous-keys to re-wrap it."));
        byte[] dataKey = unwrap(old, record);
        try {
            return EnvelopeCipher.wrap(keys.current().key(), record.id(), dataKey);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private static byte[] unwrap(VaultKeys.VaultKey key, EvidenceRecord record) {
        try {
            return EnvelopeCipher.unwrap(key.key(), record.id(), record.wrappedKey());
        } catch (EnvelopeCipher.TamperedException e) {
            throw tampered(record, e.getMessage());
        }
    }

    private static Opened verify(EvidenceRecord record, Map<String, PlainPart> opened) {
        PlainPart manifestPart = opened.get(Manifest.PART);
        if (manifestPart == null) {
            throw tampered(record, "its manifest is missing");
        }
        if (!Manifest.sha256(manifestPart.bytes()).equals(record.manifestSha256())) {
            throw tampered(record, "its manifest does not have the hash sealed with it");
        }
        Manifest manifest = Manifest.read(manifestPart.bytes());
        if (manifest.recordId() != record.id() || manifest.caseId() != record.caseId()
                || manifest.itemId() != record.caseItemId() || !manifest.sealedAt().equals(record.sealedAt())) {
            throw tampered(record, "its manifest belongs to another record");
        }
        if (opened.size() != manifest.parts().size() + 1) {
            throw tampered(record, "it has " + (opened.size() - 1) + " parts besides its manifest, not "
                    + manifest.parts().size());
        }
        for (Manifest.Part listed : manifest.parts()) {
            PlainPart part = opened.get(listed.name());
            if (part == null || part.bytes().length != listed.size()
                    || !Manifest.sha256(part.bytes()).equals(listed.sha256())) {
                throw tampered(record, "part " + listed.name() + " is not what its manifest lists");
            }
        }
        Map<String, Manifest.File> hashes = manifest.files().stream()
                .collect(Collectors.toMap(Manifest.File::name, Function.identity()));
        List<PlainPart> files = manifest.files().stream().map(f -> opened.get(f.name())).toList();
        for (PlainPart file : files) {
            if (file == null || !Manifest.md5(file.bytes()).equals(hashes.get(file.name()).md5())) {
                throw tampered(record, "a file is not what its manifest lists");
            }
        }
        PlainPart metadata = opened.get(METADATA);
        if (metadata == null) {
            throw tampered(record, "its metadata is missing");
        }
        return new Opened(manifest, metadata.bytes(), files);
    }

    private static IllegalStateException tampered(EvidenceRecord record, String what) {
        return new IllegalStateException("Evidence record " + record.id() + " fails verification: " + what
                + ". It was altered, or its key was.");
    }
}
