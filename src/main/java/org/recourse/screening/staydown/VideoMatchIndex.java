package org.recourse.screening.staydown;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.matching.video.VideoIndex;
import org.recourse.matching.video.VpdqText;
import org.recourse.matching.video.VpdqVideo;
import org.recourse.screening.VideoMatching;
import org.recourse.screening.banks.BankRepository;
import org.recourse.screening.banks.HashBanks;

/**
 * This node's index of the banked videos that can match, and of the registered videos hidden pending review, for
 * screening uploads: loaded from the database on first
 * use, then following {@link VideoChanges} before each look-up, as {@link MatchIndex} does for PDQ. A look-up finds
 * candidate videos by their frames and confirms each with the vPDQ matcher (the C++ reference's rule: frames of
 * quality 50 or more, distance under 31, at least 80 % of the upload's frames matched).
 */
@ApplicationScoped
public class VideoMatchIndex {

    private static final Logger LOG = Logger.getLogger(VideoMatchIndex.class.getName());
    private static final int PAGE = 1_000;

    @Inject
    VideoMatching matching;

    @Inject
    VideoChanges changes;

    @Inject
    HashBanks banks;

    /** A video the upload matches: a bank entry's ({@code pending} false) or an item's pending review. */
    public record Hit(boolean pending, long sourceId, org.recourse.matching.video.VpdqMatch match) {
    }

    @Inject
    org.recourse.content.ContentRepository content;

    private VideoIndex index;
    private long lastApplied = -1;

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }

    /** The banked and pending videos this video matches, the best share of its frames first. */
    public List<Hit> matches(VpdqVideo upload) {
        catchUp();
        return index.matches(upload).stream()
                .map(hit -> new Hit((hit.videoId() & 1) == 1, hit.videoId() >>> 1, hit.match())).toList();
    }

    /** One index for both kinds: a bank entry's id times two, an item's times two plus one. */
    private static long key(VideoChanges.Source source, long id) {
        return id * 2 + (source == VideoChanges.Source.PENDING ? 1 : 0);
    }

    /** How many videos this node holds; for tests. */
    public int size() {
        catchUp();
        return index.size();
    }

    synchronized void catchUp() {
        if (index == null) {
            load();
        }
        List<VideoChanges.Change> batch;
        do {
            batch = changes.after(List.of(VideoChanges.Source.BANK, VideoChanges.Source.PENDING), lastApplied,
                    PAGE);
            batch.forEach(this::apply);
        } while (batch.size() == PAGE);
    }

    private void load() {
        // The log's end first: a change committed while the videos are read is applied again after them (harmless).
        long upTo = changes.lastId();
        index = new VideoIndex(matching.matcher());
        long after = 0;
        List<BankRepository.MatchingVideo> page;
        do {
            page = banks.matchingVideos(after, PAGE);
            page.forEach(video -> index.add(key(VideoChanges.Source.BANK, video.entryId()),
                    VpdqText.read(video.frames())));
            after = page.isEmpty() ? after : page.get(page.size() - 1).entryId();
        } while (page.size() == PAGE);
        long afterItem = 0;
        List<org.recourse.content.ContentVideo> pending;
        do {
            pending = content.videosHiddenPendingReview(afterItem, PAGE);
            pending.forEach(video -> index.add(key(VideoChanges.Source.PENDING, video.contentItemId()),
                    video.video()));
            afterItem = pending.isEmpty() ? afterItem : pending.get(pending.size() - 1).contentItemId();
        } while (pending.size() == PAGE);
        lastApplied = upTo;
        LOG.info(() -> "Stay-down video index loaded: " + index.size() + " videos.");
    }

    private void apply(VideoChanges.Change change) {
        long key = key(change.source(), change.sourceId());
        if (!change.add()) {
            index.remove(key);
        } else if (change.source() == VideoChanges.Source.PENDING) {
            content.video(change.sourceId()).ifPresent(video -> index.add(key, video.video()));
        } else {
            banks.video(change.sourceId()).ifPresent(video -> index.add(key, video.video()));
        }
        lastApplied = change.id();
    }
}
