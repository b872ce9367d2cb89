package org.recourse.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Pictures made byte by byte for the decoder's limits: "bombs" whose headers declare far more than their bytes
 * carry (a PNG or JPEG of 20,000 x 20,000 pixels, a GIF with a huge logical screen, a progressive JPEG with thousands
 * of scans, text chunks that inflate to a gigabyte), and ordinary small pictures to derive them from. Every picture
 * here is a gradient, a disc or flat black: generated, never real imagery.
 */
public final class CraftedPictures {

    /** PNG colour types. */
    public static final int GREY = 0;
    public static final int RGB = 2;
    public static final int PALETTE = 3;
    public static final int RGBA = 6;
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

    private CraftedPictures() {
    }

    /** A gradient with a white disc, as an ImageIO writer of {@code format} writes it. */
    public static byte[] drawing(String format, int width, int height) {
        int type = format.equals("wbmp") ? BufferedImage.TYPE_BYTE_BINARY : BufferedImage.TYPE_3BYTE_BGR;
        return write(format, picture(width, height, type), null);
    }

    /** A progressive JPEG of the drawing, as the JDK's encoder writes it (10 scans). */
    public static byte[] progressiveJpeg(int width, int height) {
        return write("jpeg", picture(width, height, BufferedImage.TYPE_3BYTE_BGR), ImageWriteParam.MODE_DEFAULT);
    }

    /**
     * {@code image} as the JDK's JPEG writer writes it at {@code quality} (JFIF, YCbCr 4:2:0 for colour), baseline or
     * progressive (its 10-scan script), its native metadata tree ({@code javax_imageio_jpeg_image_1.0}) first given to
     * {@code edit} when there is one (sampling factors, a restart interval...).
     */
    public static byte[] jpeg(BufferedImage image, float quality, boolean progressive, Consumer<IIOMetadataNode> edit) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            IIOMetadata metadata = null;
            if (edit != null) {
                metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(JPEG_METADATA);
                edit.accept(root);
                metadata.setFromTree(JPEG_METADATA, root);
            }
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(200, 40, 30), width, height, new Color(20, 60, 210)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] write(String format, BufferedImage image, Integer progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive != null) {
                param.setProgressiveMode(progressive);
            }
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    // --- PNG ---

    /**
     * A PNG of {@code width x height} whose every row is there, all zero (black), compressed about a thousand to one:
     * 20,000 x 20,000 RGB is 1.2 GB of samples in about 1.2 MB.
     */
    public static byte[] pngBomb(int width, int height, int colourType, int bitDepth) {
        long rowBytes = 1 + ((long) width * channels(colourType) * bitDepth + 7) / 8;
        return png(width, height, colourType, bitDepth, zlibOfZeros(rowBytes * height, rowBytes));
    }

    /** A PNG with only its IHDR telling the size, and a few bytes of image data. */
    public static byte[] pngHeader(int width, int height, int colourType, int bitDepth) {
        return png(width, height, colourType, bitDepth, zlibOfZeros(64, 64));
    }

    /** A 1x1 palette PNG with a text chunk ({@code zTXt} or {@code iTXt}) that inflates to {@code inflated} bytes. */
    public static byte[] pngTextBomb(String chunkType, long inflated) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes("Comment".getBytes(StandardCharsets.ISO_8859_1));
        text.write(0);
        if (chunkType.equals("iTXt")) {
            text.write(1); // compressed
            text.write(0); // deflate
            text.write(0); // no language tag
            text.write(0); // no translated keyword
        } else {
            text.write(0); // deflate
        }
        text.writeBytes(zlibOfZeros(inflated, 1 << 20));
        return png(1, 1, PALETTE, 8, zlibOfZeros(2, 2), chunk("PLTE", new byte[] {0, 0, 0, -1, -1, -1}),
                chunk(chunkType, text.toByteArray()));
    }

    private static byte[] png(int width, int height, int colourType, int bitDepth, byte[] idat, byte[]... before) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        try {
            fields.writeInt(width);
            fields.writeInt(height);
            fields.write(new byte[] {(byte) bitDepth, (byte) colourType, 0, 0, 0});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.writeBytes(chunk("IHDR", header.toByteArray()));
        if (colourType == PALETTE && before.length == 0) {
            out.writeBytes(chunk("PLTE", new byte[] {0, 0, 0, -1, -1, -1}));
        }
        Arrays.stream(before).forEach(out::writeBytes);
        out.writeBytes(chunk("IDAT", idat));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    public static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(out);
        try {
            fields.writeInt(data.length);
            fields.write(name);
            fields.write(data);
            fields.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int channels(int colourType) {
        return switch (colourType) {
            case RGB -> 3;
            case RGBA -> 4;
            case 4 -> 2;
            default -> 1;
        };
    }

    /**
     * A zlib stream of {@code total} zero bytes, made quickly: one segment of zeros is deflated once and ends with a
     * full flush, which forgets the history, so the same compressed bytes stand for every further segment.
     */
    static byte[] zlibOfZeros(long total, long segment) {
        long chunk = Math.min(Math.max(1, segment), 1 << 24);
        byte[] repeated = deflatedZeros((int) chunk);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78);
        out.write(0x9c);
        long left = total;
        while (left >= chunk) {
            out.writeBytes(repeated);
            left -= chunk;
        }
        if (left > 0) {
            out.writeBytes(deflatedZeros((int) left));
        }
        out.write(0x03); // an empty final block with fixed codes
        out.write(0x00);
        long adler = (total % 65521) << 16 | 1; // Adler-32 of zeros: a stays 1, b adds 1 per byte
        out.write((int) (adler >>> 24));
        out.write((int) (adler >>> 16));
        out.write((int) (adler >>> 8));
        out.write((int) adler);
        return out.toByteArray();
    }

    private static byte[] deflatedZeros(int length) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[length]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
        deflater.end();
        return out.toByteArray();
    }

    // --- JPEG ---

    /** A small baseline JPEG whose frame header says {@code width x height} (a few hundred bytes). */
    public static byte[] jpegFrameBomb(int width, int height) {
        byte[] jpeg = drawing("jpeg", 8, 8);
        for (int[] segment : jpegSegments(jpeg)) {
            if (segment[2] == 0xc0) {
                int at = segment[0] + 5;
                jpeg[at] = (byte) (height >> 8);
                jpeg[at + 1] = (byte) height;
                jpeg[at + 2] = (byte) (width >> 8);
                jpeg[at + 3] = (byte) width;
            }
        }
        return jpeg;
    }

    /**
     * A progressive JPEG with {@code extra} more scans: copies of one of its small refinement scans. The JDK's decoder
     * renders the whole picture after every scan, so each copy of a few hundred bytes costs a full decode.
     */
    public static byte[] jpegScanBomb(int side, int extra) {
        byte[] jpeg = progressiveJpeg(side, side);
        int[] smallest = null;
        for (int[] segment : jpegSegments(jpeg)) {
            if (segment[2] == 0xda && (smallest == null || segment[1] - segment[0] < smallest[1] - smallest[0])) {
                smallest = segment;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, jpeg.length - 2);
        for (int i = 0; i < extra; i++) {
            out.write(jpeg, smallest[0], smallest[1] - smallest[0]);
        }
        out.write(0xff);
        out.write(0xd9);
        return out.toByteArray();
    }

    /** A JPEG with {@code count} comment segments before its frame. */
    public static byte[] jpegWithComments(int count) {
        byte[] jpeg = drawing("jpeg", 16, 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (int i = 0; i < count; i++) {
            out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 3, 'x'});
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * A JPEG carrying in its EXIF segment a thumbnail that is itself a frame bomb: readers that ignore metadata never
     * look inside.
     */
    public static byte[] jpegWithNestedBomb() {
        byte[] jpeg = drawing("jpeg", 16, 16);
        byte[] inner = jpegFrameBomb(20_000, 20_000);
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        app1.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        app1.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0}); // an empty IFD0, no next
        app1.writeBytes(inner);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = app1.size() + 2;
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length});
        out.writeBytes(app1.toByteArray());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Marker segments of a JPEG: {start, end, marker}, a scan's entropy-coded data counted in its segment. */
    static List<int[]> jpegSegments(byte[] jpeg) {
        List<int[]> segments = new ArrayList<>();
        int at = 2;
        while (at + 3 < jpeg.length) {
            int marker = jpeg[at + 1] & 0xff;
            int start = at;
            if (marker == 0xd9) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xff) << 8 | (jpeg[at + 3] & 0xff));
            if (marker == 0xda) {
                while (at + 1 < jpeg.length && !((jpeg[at] & 0xff) == 0xff && (jpeg[at + 1] & 0xff) != 0
                        && ((jpeg[at + 1] & 0xff) < 0xd0 || (jpeg[at + 1] & 0xff) > 0xd7))) {
                    at++;
                }
            }
            segments.add(new int[] {start, at, marker});
        }
        return segments;
    }

    // --- GIF ---

    /**
     * A GIF87a with a logical screen of {@code screenWidth x screenHeight} and {@code frames} frames of
     * {@code frameWidth x frameHeight}, each coded as a clear and an end code (the decoder fills the rest).
     */
    public static byte[] gif(int screenWidth, int screenHeight, int frameWidth, int frameHeight, int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF87a".getBytes(StandardCharsets.ISO_8859_1));
        u16(out, screenWidth);
        u16(out, screenHeight);
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0}); // a global table of 2 colours
        out.writeBytes(new byte[] {0, 0, 0, -1, -1, -1});
        for (int i = 0; i < frames; i++) {
            out.write(0x2c);
            u16(out, 0);
            u16(out, 0);
            u16(out, frameWidth);
            u16(out, frameHeight);
            out.write(0);
            out.write(2); // LZW minimum code size
            out.writeBytes(new byte[] {1, 0x2c, 0}); // clear (4) then end (5), 3 bits each; end of data
        }
        out.write(0x3b);
        return out.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xff);
        out.write(value >> 8 & 0xff);
    }

    // --- BMP ---

    /** A BMP whose compression field says the pixels are a whole PNG, and that PNG a 20,000 x 20,000 header bomb. */
    public static byte[] bmpWrappingPng() {
        byte[] inner = pngHeader(20_000, 20_000, RGB, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'B', 'M'});
        u32(out, 14 + 40 + inner.length);
        u32(out, 0);
        u32(out, 14 + 40);
        u32(out, 40);
        u32(out, 20_000);
        u32(out, 20_000);
        u16(out, 1);
        u16(out, 0);
        u32(out, 5); // BI_PNG
        u32(out, inner.length);
        u32(out, 2835);
        u32(out, 2835);
        u32(out, 0);
        u32(out, 0);
        out.writeBytes(inner);
        return out.toByteArray();
    }

    private static void u32(ByteArrayOutputStream out, int value) {
        u16(out, value & 0xffff);
        u16(out, value >>> 16);
    }

    /** The first {@code length} bytes. */
    public static byte[] truncated(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, Math.min(length, bytes.length));
    }
}
