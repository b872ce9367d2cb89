package org.recourse.matching.video;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only demuxers and decoders FFmpeg may use, given to it as allow-lists: every other part of FFmpeg (hundreds of
 * formats and codecs, playlists, network protocols, image sequences) stays closed to an uploaded file.
 */
final class VideoFormats {

    /**
     * MP4/MOV/3GP ({@code mov}) and Matroska/WebM ({@code matroska}): what phones, browsers and platforms write. Not
     * {@code hls}, {@code concat} or {@code image2}, which open other files or URLs, nor any other demuxer.
     */
    static final String DEMUXERS = "mov,matroska";

    /** Files only, named by us: no network protocol, no {@code concat:} or {@code subfile:} URL. */
    static final String PROTOCOLS = "file";

    /**
     * The video codecs decoded, by FFmpeg's codec name, with the decoder used for each: FFmpeg's own decoders
     * (H.264, HEVC, VP8 and VP9 decode bit-exactly by specification) and libaom for AV1, which FFmpeg 7.1 decodes in
     * software only through a library.
     */
    static final Map<String, String> VIDEO_DECODERS = Map.of(
            "h264", "h264",
            "hevc", "hevc",
            "vp8", "vp8",
            "vp9", "vp9",
            "av1", "libaom-av1");

    /**
     * Decoders that FFmpeg's stream analysis (in {@code ffprobe}) may open for a few packets of the other streams of
     * a file: the audio and subtitles that come with videos. ffprobe stops on a stream whose decoder is not allowed,
     * so a file with another audio codec is refused; no frame of these streams is ever used.
     */
    private static final List<String> COMPANION_DECODERS = List.of("aac", "mp3float", "mp2float", "opus", "vorbis",
            "flac", "alac", "ac3", "eac3", "pcm_s16le", "pcm_s16be", "pcm_s24le", "pcm_s24be", "pcm_f32le",
            "mov_text", "subrip", "ass", "webvtt");

    private VideoFormats() {
    }

    /** The decoder for a stream of this codec, if it is one we decode. */
    static Optional<String> decoderFor(String codecName) {
        return Optional.ofNullable(VIDEO_DECODERS.get(codecName));
    }

    /** The codec allow-list of the decoding process: the video decoders only. */
    static String videoDecoders() {
        return String.join(",", VIDEO_DECODERS.values().stream().sorted().toList());
    }

    /** The codec allow-list of the probe: the video decoders and the companions. */
    static String probeDecoders() {
        return videoDecoders() + "," + String.join(",", COMPANION_DECODERS);
    }

    /** The codecs decoded, for a refusal's message. */
    static String videoCodecs() {
        return String.join(", ", VIDEO_DECODERS.keySet().stream().sorted().toList());
    }
}
