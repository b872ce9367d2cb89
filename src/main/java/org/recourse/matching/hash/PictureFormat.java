package org.recourse.matching.hash;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * The picture formats decoded for PDQ, each recognised by its first bytes and read by exactly one named reader: the
 * JDK's own for JPEG, PNG, GIF and BMP, TwelveMonkeys' for WebP and TIFF. No other installed ImageIO reader is ever
 * asked (the JDK's TIFF and WBMP readers included), so adding a jar to the WAR cannot widen what outside bytes reach.
 */
enum PictureFormat {

    JPEG("JPEG", 0, jdk("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi")),
    PNG("PNG", 0, jdk("com.sun.imageio.plugins.png.PNGImageReaderSpi")),
    GIF("GIF", 0, jdk("com.sun.imageio.plugins.gif.GIFImageReaderSpi")),
    BMP("BMP", 0, jdk("com.sun.imageio.plugins.bmp.BMPImageReaderSpi")),
    /** TwelveMonkeys refuses a WebP declaring over 2,048 times its size in raw samples; so is it refused here. */
    WEBP("WebP", 2048, WebPImageReaderSpi::new),
    /** And a TIFF over 512 times its size. */
    TIFF("TIFF", 512, TIFFImageReaderSpi::new);

    /** The sizes of the BMP info headers the JDK's reader knows (OS/2 1 and 2, Windows 3 to 5). */
    private static final int[] BMP_INFO_HEADERS = {12, 16, 40, 52, 56, 64, 108, 124};

    private final String displayName;
    private final int maxExpansion;
    private final Supplier<ImageReaderSpi> provider;
    private volatile ImageReaderSpi spi;

    PictureFormat(String displayName, int maxExpansion, Supplier<ImageReaderSpi> provider) {
        this.displayName = displayName;
        this.maxExpansion = maxExpansion;
        this.provider = provider;
    }

    /** The format these bytes start with, if it is one that is decoded. */
    static Optional<PictureFormat> of(byte[] bytes) {
        if (Signatures.startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (Signatures.startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (Signatures.startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a')
                || Signatures.startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (Signatures.startsWith(bytes, 0, 'B', 'M') && bytes.length >= 18
                && Arrays.stream(BMP_INFO_HEADERS).anyMatch(size -> size == Signatures.u32le(bytes, 14))) {
            return Optional.of(BMP);
        }
        if (Signatures.startsWith(bytes, 0, 'R', 'I', 'F', 'F') && Signatures.startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (Signatures.startsWith(bytes, 0, 'I', 'I', 42, 0) || Signatures.startsWith(bytes, 0, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        return Optional.empty();
    }

    /** The format's name as people write it (the same in every language): "JPEG", "WebP". */
    String displayName() {
        return displayName;
    }

    /**
     * How many times its own size a picture's raw samples may be, or 0 for no such limit. TwelveMonkeys' readers check
     * this themselves and throw a plain I/O error; checking it first gives the sender a refusal that says why.
     */
    int maxExpansion() {
        return maxExpansion;
    }

    /** A new reader of this format, to be disposed of by the caller. */
    ImageReader newReader() throws IOException {
        ImageReaderSpi known = spi;
        if (known == null) {
            known = provider.get();
            spi = known;
        }
        return known.createReaderInstance();
    }

    /**
     * One of the JDK's own readers, by the class name of its provider: its package is not exported, so it cannot be
     * named in code, but the registry always holds it.
     */
    private static Supplier<ImageReaderSpi> jdk(String className) {
        return () -> {
            Iterator<ImageReaderSpi> installed = IIORegistry.getDefaultInstance()
                    .getServiceProviders(ImageReaderSpi.class, false);
            while (installed.hasNext()) {
                ImageReaderSpi candidate = installed.next();
                if (candidate.getClass().getName().equals(className)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("The JDK's image reader " + className + " is not installed.");
        };
    }
}
