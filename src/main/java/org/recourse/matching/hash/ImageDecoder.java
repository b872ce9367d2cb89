package org.recourse.matching.hash;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes image files with the JDK's ImageIO into {@link Pixels} the way the reference's decoder (ImageMagick) hands
 * them to PDQ, so hashes agree as far as the decoders do: EXIF orientation is ignored, alpha is dropped without
 * compositing (the RGB underneath is kept), and grey stays one channel. Grey and CMYK samples are read from the
 * raster as they are, because converting them to RGB through Java's colour management changes their values.
 *
 * <p>Outside bytes are read defensively: only JPEG, PNG, GIF, BMP and WebP are decoded (an installed reader for any
 * other format is not used); the size is read from the headers first and a picture over its {@link ImageLimits} is
 * refused before a pixel is decoded; the decode then holds a {@link DecodeBudget} reservation of the memory its
 * headers say it needs until its pixels have been used. Whatever a reader throws on malformed bytes comes out as an
 * {@link IOException}; running out of memory all the same as a {@link DecoderBusyException}.
 */
public final class ImageDecoder {

    /** The formats decoded; the JDK also reads TIFF and WBMP, and their containers are a larger surface for no gain. */
    static final Set<String> FORMATS = Set.of("jpeg", "png", "gif", "bmp", "webp");
    /** What converting a decoded picture to {@link Pixels} allocates per pixel: packed RGB ints, then grey bytes. */
    private static final int CONVERSION_BYTES_PER_PIXEL = 5;
    /** What libjpeg keeps per pixel for a multi-scan JPEG: 16-bit coefficients of three components, off the heap. */
    private static final int COEFFICIENT_BYTES_PER_PIXEL = 6;
    private static final ImageDecoder STANDARD = new ImageDecoder(ImageLimits.DEFAULT, DecodeBudget.halfOfHeap(),
            Duration.ofSeconds(2));

    static {
        // Decode from memory only: with the cache on, ImageIO copies every stream it reads to a temporary file.
        ImageIO.setUseCache(false);
    }

    /** What a decoded picture is used for, while its memory is still reserved. */
    @FunctionalInterface
    public interface PixelsUse<T> {
        T apply(Pixels pixels);
    }

    private final ImageLimits limits;
    private final DecodeBudget budget;
    private final Duration wait;

    /**
     * @param wait how long a decode waits for the budget to have room before it gives up with
     *        {@link DecoderBusyException}
     */
    public ImageDecoder(ImageLimits limits, DecodeBudget budget, Duration wait) {
        this.limits = Objects.requireNonNull(limits, "Limits are required.");
        this.budget = Objects.requireNonNull(budget, "A budget is required.");
        this.wait = Objects.requireNonNull(wait, "A wait is required.");
    }

    /** The default limits, within half of the heap: for pictures of our own and for tools. */
    public static ImageDecoder standard() {
        return STANDARD;
    }

    public ImageLimits limits() {
        return limits;
    }

    /** Reads and decodes a file with the {@linkplain #standard() standard} decoder. */
    public static Pixels decode(Path file) throws IOException {
        return decode(Files.readAllBytes(Objects.requireNonNull(file, "A file is required.")));
    }

    /** Decodes with the {@linkplain #standard() standard} decoder. */
    public static Pixels decode(byte[] encoded) throws IOException {
        return STANDARD.decode(encoded, pixels -> pixels);
    }

    /**
     * Decodes JPEG, PNG, GIF, BMP or WebP (where a WebP reader is installed; the JDK has none) and hands the pixels to
     * {@code use} while the memory they take is still reserved.
     *
     * @throws UnsupportedImageException when no reader of those formats recognises the bytes
     * @throws IOException when a reader recognises them but cannot decode them
     * @throws ImageRefusedException when the headers declare more than the limits allow
     * @throws DecoderBusyException when the node's decoding memory stays taken, or runs out
     */
    public <T> T decode(byte[] encoded, PixelsUse<T> use) throws IOException {
        Objects.requireNonNull(encoded, "Bytes are required.");
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(encoded))) {
            ImageReader reader = readerOf(input, encoded.length);
            try {
                return decode(reader, input, encoded, use);
            } finally {
                reader.dispose();
            }
        } catch (OutOfMemoryError e) {
            // The estimate was short or the rest of the node holds more than it should: this picture's arrays are
            // garbage now, and the request can be answered.
            throw new DecoderBusyException("Decoding ran out of memory.", Duration.ofSeconds(30), e);
        } catch (RuntimeException | StackOverflowError | InternalError e) {
            if (e instanceof ImageRefusedException || e instanceof DecoderBusyException) {
                throw (RuntimeException) e;
            }
            // Readers throw whatever malformed bytes lead them to (index, argument and state exceptions included).
            throw new IIOException("The picture could not be decoded: " + e, e);
        }
    }

    private static ImageReader readerOf(ImageInputStream input, int length) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                return reader;
            }
            reader.dispose();
        }
        throw new UnsupportedImageException("No image reader recognises these " + length
                + " bytes as JPEG, PNG, GIF, BMP or WebP.");
    }

    private <T> T decode(ImageReader reader, ImageInputStream input, byte[] encoded, PixelsUse<T> use)
            throws IOException {
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        if (encoded.length > limits.maxBytes()) {
            throw new ImageRefusedException(ImageRefusedException.Limit.BYTES, "The picture has " + encoded.length
                    + " bytes.", ImageRefusedException.megabytes(encoded.length),
                    ImageRefusedException.megabytes(limits.maxBytes()));
        }
        ImageStructure structure = ImageStructure.of(format, encoded);
        if (structure.wrapped()) {
            throw new UnsupportedImageException("A " + format + " that wraps another format is not decoded.");
        }
        if (structure.screenPixels() > limits.maxPixels()) {
            throw new ImageRefusedException(ImageRefusedException.Limit.SCREEN, "The logical screen has "
                    + structure.screenPixels() + " pixels.", structure.screenWidth(), structure.screenHeight(),
                    ImageRefusedException.megapixels(limits.maxPixels()));
        }
        // As ImageIO.read does: forward only, metadata ignored (the PNG reader then skips text chunks unread).
        reader.setInput(input, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        long pixels = width * height;
        if (pixels > limits.maxPixels()) {
            throw new ImageRefusedException(ImageRefusedException.Limit.PIXELS, "The picture has " + pixels
                    + " pixels.", width, height, ImageRefusedException.megapixels(limits.maxPixels()));
        }
        if (structure.scans() > ImageLimits.maxScans(pixels)) {
            throw new ImageRefusedException(ImageRefusedException.Limit.SCANS, "The JPEG has " + structure.scans()
                    + " scans.", structure.scans(), ImageLimits.maxScans(pixels));
        }
        long perPixel = rasterBytesPerPixel(reader) + CONVERSION_BYTES_PER_PIXEL
                + (structure.scans() > 1 ? COEFFICIENT_BYTES_PER_PIXEL : 0);
        // Two rows of raw samples besides (the PNG reader's current and previous rows).
        long needed = pixels * perPixel + 4 * width * rasterBytesPerPixel(reader);
        if (needed > budget.capacity()) {
            throw new ImageRefusedException(ImageRefusedException.Limit.MEMORY, "The picture needs " + needed
                    + " bytes to decode.", ImageRefusedException.megapixels(
                            Math.min(limits.maxPixels(), budget.capacity() / (perPixel + 1))));
        }
        try (DecodeBudget.Reservation reserved = budget.reserve(needed, wait)) {
            BufferedImage image = reader.read(0, reader.getDefaultReadParam());
            return use.apply(toPixels(image));
        }
    }

    /** Bytes per pixel of the raster the reader will fill; 8 (16-bit RGBA) when it cannot say. */
    private static int rasterBytesPerPixel(ImageReader reader) {
        try {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            if (types != null && types.hasNext()) {
                SampleModel model = types.next().getSampleModel(1, 1);
                return Math.max(1, DataBuffer.getDataTypeSize(model.getDataType()) / 8 * model.getNumDataElements());
            }
        } catch (IOException | RuntimeException cannotSay) {
            // The read will fail or succeed on its own; the estimate only has to be on the safe side.
        }
        return 8;
    }

    /** The pixels of an already decoded image, by the same rules. */
    public static Pixels toPixels(BufferedImage image) {
        ColorModel model = image.getColorModel();
        int space = model.getColorSpace().getType();
        if (!(model instanceof IndexColorModel) && space == ColorSpace.TYPE_GRAY) {
            return greyBand(image);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = space == ColorSpace.TYPE_CMYK && image.getRaster().getNumBands() == 4
                ? naiveRgbOfCmyk(image.getRaster())
                : image.getRGB(0, 0, width, height, null, 0, width);
        // ImageMagick writes a picture whose every pixel is grey as one channel (a grey palette, or a colour JPEG of
        // a black-and-white photo); PDQ then takes the grey value as luma instead of weighting three equal channels.
        return allGrey(argb) ? Pixels.grey(width, height, blueBytes(argb)) : Pixels.packedRgb(width, height, argb);
    }

    /**
     * ImageMagick turns CMYK into RGB without a colour profile, as (1 - C)(1 - K) per channel; Java's colour management
     * would apply a CMYK profile instead, and the hashes would differ by some 14 bits.
     */
    private static int[] naiveRgbOfCmyk(Raster raster) {
        int[] cmyk = raster.getPixels(0, 0, raster.getWidth(), raster.getHeight(), (int[]) null);
        int[] argb = new int[cmyk.length / 4];
        for (int i = 0; i < argb.length; i++) {
            int white = 255 - cmyk[4 * i + 3];
            argb[i] = ink(cmyk[4 * i], white) << 16 | ink(cmyk[4 * i + 1], white) << 8 | ink(cmyk[4 * i + 2], white);
        }
        return argb;
    }

    private static int ink(int colorant, int white) {
        return ((255 - colorant) * white + 127) / 255;
    }

    /** Row by row, so that no int per pixel is held besides the raster. */
    private static Pixels greyBand(BufferedImage image) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        int bits = raster.getSampleModel().getSampleSize(0);
        byte[] grey = new byte[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            raster.getSamples(0, y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                grey[y * width + x] = (byte) to8Bits(row[x], bits);
            }
        }
        return Pixels.grey(width, height, grey);
    }

    /** 16-bit samples scaled as ImageMagick scales them to 8 bits; 8-bit ones as they are. */
    private static int to8Bits(int sample, int bits) {
        if (bits == 16) {
            return ((sample + 128) - ((sample + 128) >> 8)) >> 8;
        }
        return bits == 8 ? sample : sample * 255 / ((1 << bits) - 1);
    }

    private static boolean allGrey(int[] argb) {
        for (int p : argb) {
            int blue = p & 0xff;
            if ((p >> 16 & 0xff) != blue || (p >> 8 & 0xff) != blue) {
                return false;
            }
        }
        return true;
    }

    private static byte[] blueBytes(int[] argb) {
        byte[] grey = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            grey[i] = (byte) argb[i];
        }
        return grey;
    }
}
