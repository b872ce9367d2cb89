package org.recourse.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * TIFF, WebP and other containers made byte by byte for the decoder's limits and its refused formats: a TIFF of
 * thousands of pages, one whose directory declares 65,535 entries or a value count of two billion, a Deflate bomb,
 * WebP headers declaring 16,384 pixels a side, and the first bytes of HEIF, AVIF, JPEG XL and the like. Pixels are
 * flat or ramps: generated, never real imagery.
 */
public final class CraftedFormats {

    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int ENTRY = 12;

    private CraftedFormats() {
    }

    /** A little-endian TIFF of one strip, 8-bit RGB, uncompressed: a ramp. */
    public static byte[] tiffRgb(int width, int height) {
        byte[] samples = new byte[3 * width * height];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) (i / 3 % width * 255 / Math.max(1, width - 1));
        }
        return tiff(width, height, 1, samples, 1, 0);
    }

    /** A TIFF whose one strip is {@code width x height} RGB zeros, Deflate-compressed: a few KB for many MB. */
    public static byte[] tiffDeflateBomb(int width, int height) {
        return tiffDeflated(width, height, new byte[3 * width], Deflater.BEST_COMPRESSION);
    }

    /** A TIFF of {@code width x height} RGB noise (the same seed every time), Deflate-compressed: barely smaller. */
    public static byte[] tiffDeflatedNoise(int width, int height) {
        byte[] row = new byte[3 * width];
        new java.util.Random(13).nextBytes(row);
        return tiffDeflated(width, height, row, Deflater.BEST_SPEED);
    }

    private static byte[] tiffDeflated(int width, int height, byte[] seed, int level) {
        Deflater deflater = new Deflater(level);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] row = seed.clone();
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < height; y++) {
            // Each row shifted by one: noise stays noise, and no row repeats the one before it.
            System.arraycopy(seed, y % seed.length, row, 0, seed.length - y % seed.length);
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return tiff(width, height, 8, out.toByteArray(), 1, 0);
    }

    /** A TIFF whose header declares {@code width x height} over a strip of a few bytes. */
    public static byte[] tiffHeader(int width, int height) {
        return tiff(width, height, 1, new byte[16], 1, 0);
    }

    /** A TIFF of {@code pages} pages, each directory a copy of the first pointing at the same strip. */
    public static byte[] tiffPages(int pages) {
        return tiff(8, 8, 1, new byte[3 * 64], pages, 0);
    }

    /** A TIFF whose directory says it has {@code entries} entries (it holds the usual nine). */
    public static byte[] tiffDeclaringEntries(int entries) {
        byte[] tiff = tiffRgb(8, 8);
        ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN).putShort(8, (short) entries);
        return tiff;
    }

    /** A TIFF whose StripByteCounts entry declares {@code count} values (the file holds one). */
    public static byte[] tiffDeclaringValues(long count) {
        return tiff(8, 8, 1, new byte[3 * 64], 1, count);
    }

    /** A TIFF with the given Compression tag over a strip of zeros (an unsupported code is what it is for). */
    public static byte[] tiffCompressed(int compression) {
        return tiff(8, 8, compression, new byte[3 * 64], 1, 0);
    }

    private static byte[] tiff(int width, int height, int compression, byte[] strip, int pages, long countOverride) {
        int entries = 9;
        int directory = 2 + ENTRY * entries + 4;
        int bitsAt = 8 + directory * pages;
        int stripAt = bitsAt + 6;
        ByteBuffer out = ByteBuffer.allocate(stripAt + strip.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        for (int page = 0; page < pages; page++) {
            int at = 8 + directory * page;
            out.position(at);
            out.putShort((short) entries);
            entry(out, 256, LONG, 1, width);
            entry(out, 257, LONG, 1, height);
            entry(out, 258, SHORT, 3, bitsAt);
            entry(out, 259, SHORT, 1, compression);
            entry(out, 262, SHORT, 1, 2);
            entry(out, 273, LONG, 1, stripAt);
            entry(out, 277, SHORT, 1, 3);
            entry(out, 278, LONG, 1, height);
            entry(out, 279, LONG, countOverride > 0 ? countOverride : 1, strip.length);
            out.putInt(page + 1 < pages ? at + directory : 0);
        }
        out.position(bitsAt);
        out.putShort((short) 8).putShort((short) 8).putShort((short) 8);
        out.put(strip);
        return out.array();
    }

    private static void entry(ByteBuffer out, int tag, int type, long count, long value) {
        out.putShort((short) tag).putShort((short) type).putInt((int) count);
        if (type == SHORT && count == 1) {
            out.putShort((short) value).putShort((short) 0);
        } else {
            out.putInt((int) value);
        }
    }

    /** A lossless WebP (VP8L) header declaring {@code width x height} (at most 16,384 a side), and nothing else. */
    public static byte[] webpLosslessHeader(int width, int height) {
        // Padded to 16 bytes: TwelveMonkeys reads the bit stream 8 bytes at a time.
        ByteBuffer chunk = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put((byte) 0x2f).putInt((width - 1) | (height - 1) << 14);
        return riff("VP8L", chunk.array());
    }

    /** A lossy WebP (VP8 key frame) header declaring {@code width x height} (at most 16,383 a side). */
    public static byte[] webpLossyHeader(int width, int height) {
        ByteBuffer chunk = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put((byte) 0x10).put((byte) 0x02).put((byte) 0x00); // key frame, shown, first partition of 16 bytes
        chunk.put((byte) 0x9d).put((byte) 0x01).put((byte) 0x2a);
        chunk.putShort((short) width).putShort((short) height);
        return riff("VP8 ", chunk.array());
    }

    /** An extended WebP (VP8X) whose canvas is {@code width x height} (up to 2^24 a side), over a 1x1 lossless image. */
    public static byte[] webpExtendedCanvas(int width, int height) {
        ByteBuffer vp8x = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        byte[] lossless = webpLosslessHeader(1, 1);
        byte[] image = java.util.Arrays.copyOfRange(lossless, 12, lossless.length);
        byte[] chunks = new byte[vp8x.capacity() + image.length];
        System.arraycopy(vp8x.array(), 0, chunks, 0, vp8x.capacity());
        System.arraycopy(image, 0, chunks, vp8x.capacity(), image.length);
        return riffOf(chunks);
    }

    private static byte[] riff(String fourCc, byte[] payload) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + payload.length + (payload.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return riffOf(chunk.array());
    }

    private static byte[] riffOf(byte[] chunks) {
        ByteBuffer out = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + chunks.length);
        out.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunks);
        return out.array();
    }

    /** The first bytes of an ISO BMFF file of the given major brand: "heic" and "avif" are pictures, "isom" a video. */
    public static byte[] isoBmff(String brand) {
        ByteBuffer out = ByteBuffer.allocate(64);
        out.putInt(24).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put(brand.getBytes(StandardCharsets.US_ASCII));
        out.putInt(0).put("mif1".getBytes(StandardCharsets.US_ASCII)).put(brand.getBytes(StandardCharsets.US_ASCII));
        out.putInt(40).put("meta".getBytes(StandardCharsets.US_ASCII));
        return out.array();
    }

    /** The first bytes of a picture in a format that is recognised and refused, by the format's name. */
    public static byte[] refused(String name) {
        return switch (name) {
            case "HEIF/HEIC" -> isoBmff("heic");
            case "AVIF" -> isoBmff("avif");
            case "JPEG XL" -> bytes(0xFF, 0x0A, 0xFA, 0x7F, 0x01, 0x90, 0x08);
            case "JPEG 2000" -> bytes(0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A, 0, 0, 0, 0x14);
            case "PSD" -> bytes('8', 'B', 'P', 'S', 0, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 8, 0, 0, 0, 8, 0, 8, 0, 3);
            case "BigTIFF" -> bytes('I', 'I', 43, 0, 8, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0);
            case "BMP+JPEG/PNG" -> CraftedPictures.bmpWrappingPng();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A small SVG document: markup, not pixels. */
    public static byte[] svg() {
        return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">"
                + "<rect width=\"8\" height=\"8\"/></svg>").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
