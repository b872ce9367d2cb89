-- Issue 13, part 2: video goes everywhere a picture goes. A video's fingerprint is its vPDQ: one PDQ hash (with its
-- quality, frame number and time) a second of video. It is stored as the reference's own text
-- (frame_number,quality,pdq_hex,timestamp lines), one row per video, not one row per frame: a video is always read
-- whole (the matcher compares every frame of one video with every frame of another, and the nodes' frame indexes
-- load whole videos), so a frame table would only multiply rows (an hour of video is 3,600 frames) and indexes.

-- A registered video's frames (content_item holds its SHA-256 and MD5 as for any file).
create table content_video (
    content_item_id  bigint      not null primary key references content_item (id),
    frame_count      integer     not null,
    vpdq             text        not null
);

-- A banked video's frames. Its bank_entry row has hash_type VPDQ and, as hash_value, the SHA-256 of this text, so a
-- video banked twice is one entry (bank_entry_once) and the entry is found by value like any other.
create table bank_entry_video (
    bank_entry_id    bigint      not null primary key references bank_entry (id),
    frame_count      integer     not null,
    vpdq             text        not null
);
