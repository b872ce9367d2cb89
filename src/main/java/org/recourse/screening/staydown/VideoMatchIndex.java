package org.recourse.screening.staydown;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.matching.video.VideoIndex;
import org.recourse.matching.video.VpdqMatcher;
import org.recourse.matching.video.VpdqText;
import org.recourse.matching.video.VpdqVideo;
import org.recourse.screening.banks.BankRepository;
import org.recourse.screening.banks.HashBanks;

/**
 * This node's index of the banked videos that can match, for screening uploads: loaded from the database on first
 * use, then following {@link VideoChanges} before each look-up, as {@link MatchIndex} does for PDQ. A look-up finds
 * candidate videos by their frames and confirms each with the vPDQ matcher (the C++ reference's rule: frames of
 * quality 50 or more, distance under 31, at least 80 % of the upload's frames matched).
 */
@ApplicationScoped
public class VideoMatchIndex {

    private static final Logger LOG = Logger.getLogger(VideoMatchIndex.class.getName());
    private static final int PAGE = 1_000;

    @Inject
    VideoChanges changes;

    @Inject
    HashBanks banks;

    private VideoIndex index;
    private long lastApplied = -1;

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }

    /** The banked videos this video matches (by bank entry id), the best share of its frames first. */
    public List<VideoIndex.Hit> matches(VpdqVideo upload) {
        catchUp();
        return index.matches(upload);
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
            batch = changes.after(VideoChanges.Source.BANK, lastApplied, PAGE);
            batch.forEach(this::apply);
        } while (batch.size() == PAGE);
    }

    private void load() {
        // The log's end first: a change committed while the videos are read is applied again after them (harmless).
        long upTo = changes.lastId();
        index = new VideoIndex(VpdqMatcher.reference());
        long after = 0;
        List<BankRepository.MatchingVideo> page;
        do {
            page = banks.matchingVideos(after, PAGE);
            page.forEach(video -> index.add(video.entryId(), VpdqText.read(video.frames())));
            after = page.isEmpty() ? after : page.get(page.size() - 1).entryId();
        } while (page.size() == PAGE);
        lastApplied = upTo;
        LOG.info(() -> "Stay-down video index loaded: " + index.size() + " videos.");
    }

    private void apply(VideoChanges.Change change) {
        if (change.add()) {
            banks.video(change.sourceId()).ifPresent(video -> index.add(change.sourceId(), video.video()));
        } else {
            index.remove(change.sourceId());
        }
        lastApplied = change.id();
    }
}
