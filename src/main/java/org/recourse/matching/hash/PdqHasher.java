package org.recourse.matching.hash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Meta's PDQ perceptual hash, ported from the reference C++ implementation so that it gives the same bits: luma, the
 * Jarosz box-filter blur, decimation to 64x64, a 16x16 DCT, and one bit per coefficient above the median.
 *
 * <p>{@link #withPreResize()} behaves as the reference's file hasher: a picture wider or taller than 512 pixels is
 * first resized to exactly 512x512 by nearest neighbour (aspect ratio not kept). {@link #withoutPreResize()} hashes at
 * full resolution, as the reference's Java port does; hashes of the two differ by a few bits on large pictures. The
 * C++ hasher also skips the blur for a picture of exactly 64x64, the Java port does not; the two agree except on
 * degenerate pictures such as pure ramps.
 *
 * <p>Not thread-safe: it keeps its work buffers (two floats a pixel hashed, 2 MB at 512x512) between calls, so use one
 * per thread.
 */
public final class PdqHasher {

    static final int MIN_HASHABLE_SIDE = 5;
    static final int PRE_RESIZE_SIDE = 512;
    private static final int BLOCK_SIDE = Downsampler.SIDE;

    private final boolean preResize;
    private final LumaPlane luma = new LumaPlane();
    private final Downsampler downsampler = new Downsampler();
    private final Dct16 dct16 = new Dct16();
    private final float[] block = new float[BLOCK_SIDE * BLOCK_SIDE];
    private final float[] dct = new float[Dct16.SIDE * Dct16.SIDE];
    private final float[] variant = new float[Dct16.SIDE * Dct16.SIDE];

    private PdqHasher(boolean preResize) {
        this.preResize = preResize;
    }

    /** As the reference's file hasher: pictures over 512 pixels a side are first resized to 512x512. */
    public static PdqHasher withPreResize() {
        return new PdqHasher(true);
    }

    /** At full resolution, as the reference's Java port hashes files. */
    public static PdqHasher withoutPreResize() {
        return new PdqHasher(false);
    }

    /** The hash and quality of a decoded picture. */
    public PdqResult hash(Pixels pixels) {
        int rows = hashedHeight(pixels);
        int cols = hashedWidth(pixels);
        if (rows < MIN_HASHABLE_SIDE || cols < MIN_HASHABLE_SIDE) {
            return PdqResult.NOT_HASHABLE;
        }
        float[] plane = luma.fill(pixels, rows, cols);
        if (preResize && rows == BLOCK_SIDE && cols == BLOCK_SIDE) {
            // The C++ reference's plain hasher skips the blur for a 64x64 picture; its dihedral hasher and the Java
            // port do not. A window-1 box filter is not quite the identity in float, so degenerate images can differ.
            System.arraycopy(plane, 0, block, 0, block.length);
        } else {
            downsampler.blurAndDecimate(plane, rows, cols, block);
        }
        int quality = Quality.of(block);
        dct16.apply(block, dct);
        return new PdqResult(HashBits.aboveMedian(dct), quality);
    }

    /**
     * The hash and quality of a float luma plane ({@code rows x cols}, row-major; overwritten), as the reference's
     * {@code pdqHash256FromFloatLuma}, which vPDQ calls for each video frame: the whole plane, no pre-resize, the blur
     * skipped at exactly 64x64. For callers that compute luma themselves (video frames, straight from YUV).
     */
    public PdqResult hashLuma(float[] plane, int rows, int cols) {
        if (rows < MIN_HASHABLE_SIDE || cols < MIN_HASHABLE_SIDE) {
            return PdqResult.NOT_HASHABLE;
        }
        if (plane.length < rows * cols) {
            throw new IllegalArgumentException("A " + cols + "x" + rows + " plane has " + rows * cols
                    + " values, not " + plane.length + ".");
        }
        if (rows == BLOCK_SIDE && cols == BLOCK_SIDE) {
            System.arraycopy(plane, 0, block, 0, block.length);
        } else {
            downsampler.blurAndDecimate(plane, rows, cols, block);
        }
        int quality = Quality.of(block);
        dct16.apply(block, dct);
        return new PdqResult(HashBits.aboveMedian(dct), quality);
    }

    /** The hashes of the picture and its seven rotations and mirror images, with its quality. */
    public DihedralHashes dihedral(Pixels pixels) {
        int rows = hashedHeight(pixels);
        int cols = hashedWidth(pixels);
        if (rows < MIN_HASHABLE_SIDE || cols < MIN_HASHABLE_SIDE) {
            return DihedralHashes.allZero();
        }
        downsampler.blurAndDecimate(luma.fill(pixels, rows, cols), rows, cols, block);
        int quality = Quality.of(block);
        dct16.apply(block, dct);
        Map<Dihedral, PdqHash> hashes = new EnumMap<>(Dihedral.class);
        for (Dihedral each : Dihedral.values()) {
            each.transform(dct, variant);
            hashes.put(each, HashBits.aboveMedian(variant));
        }
        return new DihedralHashes(hashes, quality);
    }

    /** Decodes a picture file with the {@linkplain ImageDecoder#standard() standard decoder} and hashes it. */
    public PdqResult hashImage(Path file) throws IOException {
        return hash(ImageDecoder.decode(file));
    }

    /** Decodes picture bytes (JPEG, PNG, GIF, BMP, WebP, TIFF) with the standard decoder and hashes them. */
    public PdqResult hashImage(byte[] encoded) throws IOException {
        return hash(ImageDecoder.decode(encoded));
    }

    private int hashedHeight(Pixels pixels) {
        return needsPreResize(pixels) ? PRE_RESIZE_SIDE : pixels.height();
    }

    private int hashedWidth(Pixels pixels) {
        return needsPreResize(pixels) ? PRE_RESIZE_SIDE : pixels.width();
    }

    private boolean needsPreResize(Pixels pixels) {
        return preResize && (pixels.width() > PRE_RESIZE_SIDE || pixels.height() > PRE_RESIZE_SIDE);
    }

    /** The 64x64 image of the last {@link #hash} or {@link #dihedral}, for tests of the stages. */
    float[] lastBlock() {
        return block.clone();
    }

    /** The 16x16 DCT of the last {@link #hash} or {@link #dihedral}, for tests of the stages. */
    float[] lastDct() {
        return dct.clone();
    }
}
