package org.recourse.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseNumbers;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashBanks;
import org.recourse.screening.banks.HashType;
import org.recourse.screening.banks.VpdqEntries;

/**
 * Takes a restored item's hashes out of the stay-down bank its removal put them in, so re-uploads of what an appeal
 * found lawful are no longer blocked. Only entries that this very case banked: the same hash banked by another case's
 * removal stays, because that decision was not appealed. Each disabling is audited by {@link HashBanks#setActive}.
 * A video is banked by its frames ({@link HashType#VPDQ}, keyed as stay-down keyed it), and released the same way.
 */
@ApplicationScoped
public class StayDownRelease {

    @Inject
    HashBanks banks;

    @Inject
    ContentRepository contentItems;

    /** @return how many entries were disabled */
    public int release(CaseItem item, String actor) {
        ContentItem content = item.content();
        if (content == null) {
            return 0;
        }
        String caseNumber = CaseNumbers.format(item.caseFile().id());
        var bank = banks.bankFor(BankPurpose.forRemoved(item.caseFile().category()));
        int disabled = 0;
        List<Hash> hashes = hashesOf(content);
        // The key stay-down gave the video's entry: the SHA-256 of its frames in the reference's text.
        contentItems.video(content.id()).filter(video -> video.frameCount() > 0)
                .ifPresent(video -> hashes.add(new Hash(HashType.VPDQ,
                        VpdqEntries.key(VpdqEntries.frames(video.video())))));
        for (var hash : hashes) {
            var entry = hash.type().canonical(hash.value())
                    .flatMap(canonical -> banks.find(bank, hash.type(), canonical));
            if (entry.filter(e -> caseNumber.equals(e.originalCase())).map(BankEntry::id)
                    .map(id -> banks.setActive(id, false, actor)).orElse(false)) {
                disabled++;
            }
        }
        return disabled;
    }

    private record Hash(HashType type, String value) {
    }

    private static List<Hash> hashesOf(ContentItem content) {
        List<Hash> hashes = new java.util.ArrayList<>();
        if (content.sha256() != null) {
            hashes.add(new Hash(HashType.SHA256, content.sha256()));
        }
        if (content.md5() != null) {
            hashes.add(new Hash(HashType.MD5, content.md5()));
        }
        if (content.pdq() != null) {
            hashes.add(new Hash(HashType.PDQ, content.pdq().toHex()));
        }
        return hashes;
    }
}
