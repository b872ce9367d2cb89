package org.recourse.matching.hash;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;

/**
 * Decodes picture files into {@link Pixels} the way the reference's decoder (ImageMagick, then CImg) hands them to
 * PDQ, so that hashes agree (see {@link RasterPixels} for the rules, and the per-format vectors in
 * ../shared/pdq-vectors/formats).
 *
 * <p>Outside bytes are read defensively. The format is told from the first bytes: JPEG, PNG, GIF, BMP, WebP and TIFF
 * are decoded, each by the one reader {@link PictureFormat} names; {@link RefusedFormat}s (HEIF, AVIF, JPEG XL...) are
 * refused; anything else is not a picture. The size is read from the headers first and a picture over its
 * {@link ImageLimits} is refused before a pixel is decoded (a TIFF's directories are counted before its reader parses
 * them); the decode then holds a {@link DecodeBudget} reservation of the memory its headers say it needs until its
 * pixels have been used. A picture whose bytes a reader cannot decode (cut short, garbled) is refused as damaged, never
 * passed as "not a picture"; running out of memory all the same comes out as a {@link DecoderBusyException}.
 */
public final class ImageDecoder {

    /** What converting a decoded picture to {@link Pixels} allocates per pixel, at most (see {@link RasterPixels}). */
    private static final int CONVERSION_BYTES_PER_PIXEL = 8;
    /**
     * What a multi-scan JPEG's coefficients take per pixel: libjpeg's, 16 bits for each of three components, off the
     * heap; or those of its rewriting as a baseline one ({@link ProgressiveJpeg}), with a mask for each block besides.
     */
    private static final int COEFFICIENT_BYTES_PER_PIXEL = 7;
    /** Besides, for a progressive JPEG rewritten as a baseline one: the padding of its blocks to whole MCUs. */
    private static final int COEFFICIENT_PADDING_BYTES = 64 * 1024;
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
        return STANDARD.decode(encoded, Pixels::rgbOrGrey);
    }

    /**
     * Decodes JPEG, PNG, GIF, BMP, WebP or TIFF and hands the pixels to {@code use} while the memory they take is still
     * reserved.
     *
     * @throws UnsupportedImageException when the bytes are not a picture in any of those formats (nor a refused one)
     * @throws ImageRefusedException when the headers declare more than the limits allow, the format is refused, or the
     *         picture is damaged
     * @throws DecoderBusyException when the node's decoding memory stays taken, or runs out
     */
    public <T> T decode(byte[] encoded, PixelsUse<T> use) throws IOException {
        Objects.requireNonNull(encoded, "Bytes are required.");
        PictureFormat format = formatOf(encoded);
        if (encoded.length > limits.maxBytes()) {
            throw new ImageRefusedException(ImageRefusedException.Limit.BYTES, "The picture has " + encoded.length
                    + " bytes.", ImageRefusedException.megabytes(encoded.length),
                    ImageRefusedException.megabytes(limits.maxBytes()));
        }
        ImageStructure structure = ImageStructure.of(format, encoded);
        checkStructure(structure);
        try (PictureInput input = new PictureInput(encoded)) {
            ImageReader reader = format.newReader();
            try {
                return decode(reader, input, format, structure, use);
            } finally {
                reader.dispose();
            }
        } catch (OutOfMemoryError e) {
            // The estimate was short or the rest of the node holds more than it should: this picture's arrays are
            // garbage now, and the request can be answered.
            throw new DecoderBusyException("Decoding ran out of memory.", Duration.ofSeconds(30), e);
        } catch (IOException | RuntimeException | StackOverflowError | InternalError e) {
            if (e instanceof ImageRefusedException || e instanceof DecoderBusyException) {
                throw (RuntimeException) e;
            }
            // Readers throw whatever malformed bytes lead them to (index, argument and state exceptions included).
            throw new ImageRefusedException(ImageRefusedException.Limit.DAMAGED, "The " + format.displayName()
                    + " picture could not be decoded: " + e, e, format.displayName());
        }
    }

    private static PictureFormat formatOf(byte[] encoded) throws UnsupportedImageException {
        RefusedFormat refused = RefusedFormat.of(encoded).orElse(null);
        if (refused != null) {
            throw new ImageRefusedException(ImageRefusedException.Limit.FORMAT, "A " + refused.displayName()
                    + " picture is not decoded.", refused.displayName());
        }
        return PictureFormat.of(encoded).orElseThrow(() -> new UnsupportedImageException("These " + encoded.length
                + " bytes are not a JPEG, PNG, GIF, BMP, WebP or TIFF picture."));
    }

    /** What the container declares, checked before any reader parses it. */
    private void checkStructure(ImageStructure structure) {
        if (structure.screenPixels() > limits.maxPixels()) {
            throw new ImageRefusedException(ImageRefusedException.Limit.SCREEN, "The logical screen has "
                    + structure.screenPixels() + " pixels.", structure.screenWidth(), structure.screenHeight(),
                    ImageRefusedException.megapixels(limits.maxPixels()));
        }
        TiffStructure tiff = structure.tiff();
        if (tiff == null) {
            return;
        }
        if (tiff.directories() > TiffStructure.MAX_DIRECTORIES || tiff.entries() > TiffStructure.MAX_ENTRIES
                || tiff.largestCount() > TiffStructure.MAX_VALUES) {
            throw new ImageRefusedException(ImageRefusedException.Limit.DIRECTORIES, "The TIFF declares " + tiff + ".",
                    TiffStructure.MAX_DIRECTORIES, TiffStructure.MAX_ENTRIES, TiffStructure.MAX_VALUES);
        }
        String kind = tiff.refusedKind();
        if (kind != null) {
            throw new ImageRefusedException(ImageRefusedException.Limit.FORMAT, "A " + kind + " is not decoded.", kind);
        }
    }

    private <T> T decode(ImageReader reader, PictureInput input, PictureFormat format, ImageStructure structure,
            PixelsUse<T> use) throws IOException {
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
        checkExpansion(reader, format, pixels, input.length());
        boolean multiScan = structure.scans() > 1;
        long perPixel = rasterBytesPerPixel(reader) + CONVERSION_BYTES_PER_PIXEL
                + (multiScan ? COEFFICIENT_BYTES_PER_PIXEL : 0);
        // Two rows of raw samples besides (the PNG reader's current and previous rows), and for a multi-scan JPEG the
        // baseline it may be rewritten as, with its blocks' padding.
        long needed = pixels * perPixel + 4 * width * rasterBytesPerPixel(reader) + (multiScan
                ? COEFFICIENT_PADDING_BYTES + ProgressiveJpeg.maxOutputBytes(input.bytes().length) : 0);
        if (needed > budget.capacity()) {
            throw new ImageRefusedException(ImageRefusedException.Limit.MEMORY, "The picture needs " + needed
                    + " bytes to decode.", ImageRefusedException.megapixels(
                            Math.min(limits.maxPixels(), budget.capacity() / (perPixel + 1))));
        }
        try (DecodeBudget.Reservation reserved = budget.reserve(needed, wait)) {
            JpegSamples samples = format == PictureFormat.JPEG ? JpegSamples.of(input.bytes()) : JpegSamples.OTHER;
            if (samples != JpegSamples.OTHER) {
                // The samples as libjpeg decoded them, before any colour conversion: the same decoder, limits and
                // budget, but no per-pixel colour model and no copy (JpegRaster converts what is hashed). A
                // progressive JPEG is first rewritten as the baseline one with the same coefficients, which libjpeg
                // decodes in one pass instead of one per scan; when it cannot be rewritten exactly, as it is.
                ProgressiveJpeg.Transcoded baseline = multiScan ? ProgressiveJpeg.toBaseline(input.bytes(),
                        pixels * COEFFICIENT_BYTES_PER_PIXEL + COEFFICIENT_PADDING_BYTES,
                        ProgressiveJpeg.maxOutputBytes(input.bytes().length)) : null;
                if (baseline != null && baseline.done()) {
                    return use.apply(JpegRaster.of(readRaster(baseline.baseline()), samples));
                }
                return use.apply(JpegRaster.of(reader.readRaster(0, null), samples));
            }
            BufferedImage image = reader.read(0, format == PictureFormat.JPEG ? inOwnColourSpace(reader)
                    : reader.getDefaultReadParam());
            return use.apply(RasterPixels.of(image));
        }
    }

    /** The raster of a JPEG of our own making (a rewritten progressive one), read as the picture's own would be. */
    static Raster readRaster(byte[] jpeg) throws IOException {
        ImageReader reader = PictureFormat.JPEG.newReader();
        try (PictureInput input = new PictureInput(jpeg)) {
            reader.setInput(input, true, true);
            return reader.readRaster(0, null);
        } finally {
            reader.dispose();
        }
    }

    /** A WebP or TIFF whose raw samples are more times its size than its reader takes is a decompression bomb. */
    private static void checkExpansion(ImageReader reader, PictureFormat format, long pixels, long length)
            throws IOException {
        if (format.maxExpansion() == 0) {
            return;
        }
        ImageTypeSpecifier rawType = reader.getRawImageType(0);
        if (rawType == null) {
            return;
        }
        SampleModel raw = rawType.getSampleModel();
        long samples = pixels * raw.getNumDataElements() * Math.max(1, DataBuffer.getDataTypeSize(raw.getDataType()) / 8);
        if (samples > length * format.maxExpansion()) {
            throw new ImageRefusedException(ImageRefusedException.Limit.EXPANSION, "The " + format.displayName()
                    + " declares " + samples + " bytes of samples in " + length + " bytes.",
                    ImageRefusedException.megabytes(samples), ImageRefusedException.kilobytes(length),
                    format.maxExpansion());
        }
    }

    /**
     * A JPEG with an embedded ICC profile is decoded into that profile's colour space, so that the JDK's reader does
     * not convert its samples to sRGB: the reference hashes the numbers stored (2 to 4 bits apart otherwise).
     */
    static ImageReadParam inOwnColourSpace(ImageReader reader) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        ColorSpace usual = types.next().getColorModel().getColorSpace();
        while (types.hasNext()) {
            ImageTypeSpecifier type = types.next();
            ColorSpace own = type.getColorModel().getColorSpace();
            if (own instanceof ICC_ColorSpace && own != usual && own.getType() == usual.getType()
                    && own.getNumComponents() == usual.getNumComponents()) {
                param.setDestinationType(type);
                break;
            }
        }
        return param;
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
        return RasterPixels.of(image);
    }
}
