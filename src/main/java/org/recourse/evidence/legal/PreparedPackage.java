package org.recourse.evidence.legal;

import java.io.IOException;
import java.io.OutputStream;

/** An export ready to stream: its contents (the record opened, the custody with this export) and the key to sign. */
public record PreparedPackage(EvidencePackage.Contents contents, InstallationKey key) {

    public String fileName() {
        return EvidencePackage.fileName(contents);
    }

    public void writeTo(OutputStream out) throws IOException {
        EvidencePackage.write(contents, key, out);
    }
}
