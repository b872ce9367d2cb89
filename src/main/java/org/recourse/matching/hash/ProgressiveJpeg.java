package org.recourse.matching.hash;

import java.util.Arrays;
import javax.imageio.plugins.jpeg.JPEGHuffmanTable;

/**
 * A progressive JPEG rewritten, losslessly, as a baseline one that holds the very same DCT coefficients, so that the
 * JDK's reader decodes it in one pass instead of rendering the whole picture again after every scan (libjpeg's
 * buffered-image mode, which the JDK uses for every progressive JPEG: ten full renderings for a usual scan script).
 * Decoding the same coefficients with the same quantisation tables, libjpeg gives the same samples byte for byte: a
 * complete progression leaves nothing for libjpeg's block smoothing to estimate, so its last rendering is the plain
 * inverse DCT of the final coefficients, which is what a baseline decode computes.
 *
 * <p>Only what can be reproduced exactly is rewritten: a progressive Huffman-coded frame of 8-bit samples, one to four
 * components, every scan valid as libjpeg checks it and in the order it expects (no progression warning), every
 * coefficient of every component complete at the end, restart markers where they are expected, no code missing from
 * its table, no scan data read past its end, and coefficients a baseline frame can carry. Anything else (arithmetic
 * coding, 12-bit samples, a damaged or cut-short file, a progression left incomplete, which libjpeg renders with
 * smoothing) is {@linkplain Transcoded#refusal() refused with its reason}, and the picture is decoded as it was,
 * by the JDK's reader with its own warnings and errors: this rewriting never makes a file decode that libjpeg would
 * not.
 *
 * <p>The decoding of the scans follows libjpeg's {@code jdphuff.c} step by step (its refinement rules included); the
 * baseline written has the markers before the first scan as they were (JFIF, Adobe, ICC, EXIF, quantisation tables),
 * the frame header as it was with the marker of a sequential frame, the standard Huffman tables of the JPEG
 * standard's annex K (which code every coefficient an 8-bit frame can hold) and one interleaved scan.
 */
final class ProgressiveJpeg {

    /** Why a JPEG was not rewritten, or what it became. Exactly one of the two is set. */
    record Transcoded(byte[] baseline, String refusal) {

        boolean done() {
            return baseline != null;
        }
    }

    private static final int SOF0 = 0xc0;
    private static final int SOF1 = 0xc1;
    private static final int SOF2 = 0xc2;
    private static final int DHT = 0xc4;
    private static final int DAC = 0xcc;
    private static final int RST0 = 0xd0;
    private static final int SOI = 0xd8;
    private static final int EOI = 0xd9;
    private static final int SOS = 0xda;
    private static final int DQT = 0xdb;
    private static final int DNL = 0xdc;
    private static final int DRI = 0xdd;
    private static final int APP0 = 0xe0;
    private static final int APP15 = 0xef;
    private static final int COM = 0xfe;
    private static final int TEM = 0x01;
    /** libjpeg's limit on the blocks of one interleaved MCU. */
    private static final int MAX_BLOCKS_IN_MCU = 10;
    /** libjpeg's {@code JPEG_MAX_DIMENSION}. */
    private static final int MAX_DIMENSION = 65_500;
    /** What a block takes on the heap here: 64 coefficients of 2 bytes, and a mask of those that are set. */
    static final long BYTES_PER_BLOCK = 64 * 2 + 8;
    /** The largest coefficient categories a baseline frame of 8-bit samples codes (annex K's tables hold them all). */
    private static final int MAX_DC_CATEGORY = 11;
    private static final int MAX_AC_CATEGORY = 10;

    private static final Encoding DC_LUMA = new Encoding(JPEGHuffmanTable.StdDCLuminance);
    private static final Encoding AC_LUMA = new Encoding(JPEGHuffmanTable.StdACLuminance);
    private static final Encoding DC_CHROMA = new Encoding(JPEGHuffmanTable.StdDCChrominance);
    private static final Encoding AC_CHROMA = new Encoding(JPEGHuffmanTable.StdACChrominance);

    private ProgressiveJpeg() {
    }

    /**
     * The baseline JPEG with the coefficients of {@code jpeg} (which starts with SOI), or why not.
     *
     * @param maxCoefficientBytes the most the coefficients may take on the heap (2 bytes each, MCU padding included)
     * @param maxOutputBytes the most bytes the baseline may have
     */
    static Transcoded toBaseline(byte[] jpeg, long maxCoefficientBytes, int maxOutputBytes) {
        try {
            return new Transcoded(new Decoding(jpeg, maxCoefficientBytes).run().encode(maxOutputBytes), null);
        } catch (NotExact e) {
            return new Transcoded(null, e.getMessage());
        }
    }

    /** The most bytes the baseline rewriting of a JPEG of {@code jpegLength} bytes may have: twice it, and 64 KB. */
    static int maxOutputBytes(int jpegLength) {
        return (int) Math.min(Integer.MAX_VALUE - 16, 2L * jpegLength + 65_536);
    }

    /** The file is not one this class rewrites exactly: it is decoded the usual way. */
    private static final class NotExact extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotExact(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A Huffman table for decoding, as libjpeg derives it ({@code jpeg_make_d_derived_tbl}). */
    private static final class Table {

        private static final int LOOKAHEAD = 9;
        /** (length << 8 | symbol) for codes of at most {@link #LOOKAHEAD} bits, by their next bits; 0 for longer. */
        final int[] look = new int[1 << LOOKAHEAD];
        final int[] maxCode = new int[18];
        final int[] valOffset = new int[18];
        final int[] values;
        /** The largest symbol: libjpeg refuses a DC table used in a scan with one above 15. */
        final int maxSymbol;

        Table(int[] counts, int[] values) {
            this.values = values;
            maxSymbol = Arrays.stream(values).max().orElse(0);
            int code = 0;
            int k = 0;
            for (int length = 1; length <= 16; length++) {
                valOffset[length] = k - code;
                for (int i = 0; i < counts[length]; i++) {
                    if (length <= LOOKAHEAD) {
                        int shift = LOOKAHEAD - length;
                        int first = code << shift;
                        Arrays.fill(look, first, first + (1 << shift), length << 8 | values[k]);
                    }
                    code++;
                    k++;
                }
                maxCode[length] = counts[length] == 0 ? -1 : code - 1;
                if (counts[length] > 0 && code >= 1 << length) {
                    throw new NotExact("a Huffman table libjpeg refuses (too many codes of " + length + " bits)");
                }
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE;
        }
    }

    /** A standard table of annex K, for writing: code and length by symbol. */
    private static final class Encoding {

        final int[] code = new int[256];
        final int[] size = new int[256];
        final short[] lengths;
        final short[] values;

        Encoding(JPEGHuffmanTable table) {
            lengths = table.getLengths();
            values = table.getValues();
            int next = 0;
            int k = 0;
            for (int length = 1; length <= 16; length++) {
                for (int i = 0; i < lengths[length - 1]; i++) {
                    code[values[k]] = next++;
                    size[values[k]] = length;
                    k++;
                }
                next <<= 1;
            }
        }
    }

    /** Reads the frame and every scan into coefficients, in zig-zag order. */
    private static final class Decoding {

        private final byte[] in;
        private final long maxCoefficientBytes;
        private int pos = 2;
        /** The segments before the first scan that the baseline keeps (offset and end of each), and the frame's. */
        private final int[] kept = new int[128];
        private int keptCount;
        private int frameAt = -1;
        private int frameEnd;
        private boolean sixteenBitTables;
        private final boolean[] quantDefined = new boolean[4];
        private final Table[] dcTables = new Table[4];
        private final Table[] acTables = new Table[4];
        private int restartInterval;

        private int width;
        private int height;
        private int components;
        private int[] ids;
        private int[] h;
        private int[] v;
        private int[] tq;
        private int mcusPerRow;
        private int mcuRows;
        private int[] widthInBlocks;
        private int[] heightInBlocks;
        private int[] blocksPerRow;
        private short[][] coef;
        /** By component and block: which AC coefficients were set (bit k for coefficient k), for coding them. */
        private long[][] nonZero;
        private int[][] coefBits;
        private boolean scanSeen;

        // The scan being read.
        private long acc;
        private int bits;
        private int padBits;
        private boolean markerHit;
        private final int[] lastDc = new int[4];
        private int eobRun;
        private int nextRestart;
        private int restartsToGo;

        Decoding(byte[] in, long maxCoefficientBytes) {
            this.in = in;
            this.maxCoefficientBytes = maxCoefficientBytes;
        }

        Decoding run() {
            if (in.length < 4 || (in[0] & 0xff) != 0xff || (in[1] & 0xff) != SOI) {
                throw new NotExact("no start of image");
            }
            while (true) {
                int marker = nextMarker();
                if (marker == EOI) {
                    break;
                }
                if (marker == SOS) {
                    scan();
                } else if (marker == DHT) {
                    huffmanTables();
                } else if (marker == DQT) {
                    quantTables();
                } else if (marker == DRI) {
                    restartDefinition();
                } else if (marker == SOF2) {
                    frame();
                } else if (marker >= APP0 && marker <= APP15 || marker == COM) {
                    segment(!scanSeen);
                } else if (marker >= RST0 && marker <= RST0 + 7 || marker == TEM) {
                    continue; // no parameters; libjpeg passes over them between scans
                } else if (marker == DNL || marker == DAC) {
                    throw new NotExact("a " + (marker == DNL ? "DNL" : "DAC") + " marker");
                } else {
                    throw new NotExact("marker 0x" + Integer.toHexString(marker) + (isFrame(marker)
                            ? ": not a progressive Huffman frame" : ": not rewritten"));
                }
            }
            if (coef == null) {
                throw new NotExact("no frame");
            }
            for (int c = 0; c < components; c++) {
                for (int k = 0; k < 64; k++) {
                    if (coefBits[c][k] != 0) {
                        throw new NotExact("the progression leaves coefficient " + k + " of component " + c
                                + " incomplete");
                    }
                }
            }
            return this;
        }

        private static boolean isFrame(int marker) {
            return marker >= 0xc0 && marker <= 0xcf && marker != DHT && marker != 0xc8 && marker != DAC;
        }

        /** The next marker at or after {@link #pos}, skipping stray bytes as libjpeg does; pos is then after it. */
        private int nextMarker() {
            int at = pos;
            while (true) {
                while (at < in.length && (in[at] & 0xff) != 0xff) {
                    at++;
                }
                while (at < in.length && (in[at] & 0xff) == 0xff) {
                    at++;
                }
                if (at >= in.length) {
                    throw new NotExact("the file ends before its end-of-image marker");
                }
                int marker = in[at] & 0xff;
                at++;
                if (marker != 0) {
                    pos = at;
                    return marker;
                }
            }
        }

        /** The length of the segment at pos and its end, checked against the file's. */
        private int segmentEnd() {
            if (pos + 2 > in.length) {
                throw new NotExact("a segment is cut short");
            }
            int length = (in[pos] & 0xff) << 8 | in[pos + 1] & 0xff;
            int end = pos + length;
            if (length < 2 || end > in.length) {
                throw new NotExact("a segment is cut short");
            }
            return end;
        }

        private void segment(boolean keep) {
            int end = segmentEnd();
            if (keep) {
                keep(pos - 2, end);
            }
            pos = end;
        }

        private void keep(int from, int end) {
            if (keptCount == kept.length) {
                throw new NotExact("too many segments");
            }
            kept[keptCount++] = from;
            kept[keptCount++] = end;
        }

        private void quantTables() {
            if (scanSeen) {
                throw new NotExact("a quantisation table after the first scan");
            }
            int end = segmentEnd();
            keep(pos - 2, end);
            int at = pos + 2;
            while (at < end) {
                int precision = (in[at] & 0xff) >> 4;
                int id = in[at] & 0x0f;
                if (id > 3 || precision > 1) {
                    throw new NotExact("a quantisation table libjpeg refuses");
                }
                int size = 1 + 64 * (precision + 1);
                if (at + size > end) {
                    throw new NotExact("a quantisation table is cut short");
                }
                sixteenBitTables |= precision == 1;
                quantDefined[id] = true;
                at += size;
            }
            if (at != end) {
                throw new NotExact("a quantisation segment of the wrong length");
            }
            pos = end;
        }

        private void huffmanTables() {
            int end = segmentEnd();
            int at = pos + 2;
            while (at < end) {
                if (at + 17 > end) {
                    throw new NotExact("a Huffman table is cut short");
                }
                int index = in[at] & 0xff;
                int[] counts = new int[17];
                int total = 0;
                for (int length = 1; length <= 16; length++) {
                    counts[length] = in[at + length] & 0xff;
                    total += counts[length];
                }
                at += 17;
                if (total > 256 || at + total > end) {
                    throw new NotExact("a Huffman table libjpeg refuses");
                }
                int[] values = new int[total];
                for (int i = 0; i < total; i++) {
                    values[i] = in[at + i] & 0xff;
                }
                at += total;
                int id = index & 0x0f;
                int tableClass = index >> 4;
                if (id > 3 || tableClass > 1) {
                    throw new NotExact("a Huffman table libjpeg refuses");
                }
                (tableClass == 0 ? dcTables : acTables)[id] = new Table(counts, values);
            }
            if (at != end) {
                throw new NotExact("a Huffman segment of the wrong length");
            }
            pos = end;
        }

        private void restartDefinition() {
            int end = segmentEnd();
            if (end - pos != 4) {
                throw new NotExact("a restart definition of the wrong length");
            }
            restartInterval = (in[pos + 2] & 0xff) << 8 | in[pos + 3] & 0xff;
            pos = end;
        }

        private void frame() {
            if (coef != null || scanSeen) {
                throw new NotExact("a second frame");
            }
            int end = segmentEnd();
            int at = pos + 2;
            if (end - at < 6) {
                throw new NotExact("a frame header is cut short");
            }
            int precision = in[at] & 0xff;
            height = (in[at + 1] & 0xff) << 8 | in[at + 2] & 0xff;
            width = (in[at + 3] & 0xff) << 8 | in[at + 4] & 0xff;
            components = in[at + 5] & 0xff;
            if (precision != 8) {
                throw new NotExact(precision + "-bit samples");
            }
            if (width == 0 || height == 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
                throw new NotExact("a frame of " + width + "x" + height + " pixels");
            }
            if (components < 1 || components > 4 || end - at != 6 + 3 * components) {
                throw new NotExact("a frame of " + components + " components");
            }
            frameAt = pos - 2;
            frameEnd = end;
            keep(-1, -1); // the frame's place among the kept segments
            ids = new int[components];
            h = new int[components];
            v = new int[components];
            tq = new int[components];
            int hMax = 1;
            int vMax = 1;
            for (int c = 0; c < components; c++) {
                int p = at + 6 + 3 * c;
                ids[c] = in[p] & 0xff;
                h[c] = (in[p + 1] & 0xff) >> 4;
                v[c] = in[p + 1] & 0x0f;
                tq[c] = in[p + 2] & 0xff;
                if (h[c] < 1 || h[c] > 4 || v[c] < 1 || v[c] > 4 || tq[c] > 3) {
                    throw new NotExact("a component libjpeg refuses");
                }
                for (int d = 0; d < c; d++) {
                    if (ids[d] == ids[c]) {
                        throw new NotExact("two components with one id");
                    }
                }
                hMax = Math.max(hMax, h[c]);
                vMax = Math.max(vMax, v[c]);
            }
            mcusPerRow = ceilDiv(width, 8 * hMax);
            mcuRows = ceilDiv(height, 8 * vMax);
            widthInBlocks = new int[components];
            heightInBlocks = new int[components];
            blocksPerRow = new int[components];
            long bytes = 0;
            int blocksInMcu = 0;
            for (int c = 0; c < components; c++) {
                widthInBlocks[c] = ceilDiv(ceilDiv(width * h[c], hMax), 8);
                heightInBlocks[c] = ceilDiv(ceilDiv(height * v[c], vMax), 8);
                blocksPerRow[c] = mcusPerRow * h[c];
                bytes += BYTES_PER_BLOCK * blocksPerRow[c] * mcuRows * v[c];
                blocksInMcu += h[c] * v[c];
            }
            if (components > 1 && blocksInMcu > MAX_BLOCKS_IN_MCU) {
                throw new NotExact("an MCU of " + blocksInMcu + " blocks");
            }
            if (bytes > maxCoefficientBytes || bytes / 2 > Integer.MAX_VALUE - 64) {
                throw new NotExact("the coefficients would take " + bytes + " bytes");
            }
            coef = new short[components][];
            nonZero = new long[components][];
            coefBits = new int[components][64];
            for (int c = 0; c < components; c++) {
                coef[c] = new short[64 * blocksPerRow[c] * mcuRows * v[c]];
                nonZero[c] = new long[blocksPerRow[c] * mcuRows * v[c]];
                Arrays.fill(coefBits[c], -1);
            }
            pos = end;
        }

        private static int ceilDiv(int a, int b) {
            return (a + b - 1) / b;
        }

        private void scan() {
            if (coef == null) {
                throw new NotExact("a scan before the frame");
            }
            scanSeen = true;
            int end = segmentEnd();
            int at = pos + 2;
            int count = at < end ? in[at] & 0xff : 0;
            if (count < 1 || count > 4 || end - at != 4 + 2 * count) {
                throw new NotExact("a scan header libjpeg refuses");
            }
            int[] scanComponents = new int[count];
            Table[] dc = new Table[count];
            Table[] ac = new Table[count];
            for (int i = 0; i < count; i++) {
                int id = in[at + 1 + 2 * i] & 0xff;
                int c = 0;
                while (c < components && ids[c] != id) {
                    c++;
                }
                if (c == components) {
                    throw new NotExact("a scan of a component the frame does not have");
                }
                for (int j = 0; j < i; j++) {
                    if (scanComponents[j] == c) {
                        throw new NotExact("a component twice in one scan");
                    }
                }
                scanComponents[i] = c;
                int tables = in[at + 2 + 2 * i] & 0xff;
                if ((tables >> 4) > 3 || (tables & 0x0f) > 3) {
                    throw new NotExact("a scan names a Huffman table that cannot exist");
                }
                dc[i] = dcTables[tables >> 4];
                ac[i] = acTables[tables & 0x0f];
            }
            int p = at + 1 + 2 * count;
            int ss = in[p] & 0xff;
            int se = in[p + 1] & 0xff;
            int ah = (in[p + 2] & 0xff) >> 4;
            int al = in[p + 2] & 0x0f;
            pos = end;
            // libjpeg's start_pass_phuff_decoder: what it refuses, and what it warns of (a progression out of order).
            boolean dcBand = ss == 0;
            boolean bad = dcBand ? se != 0 : ss > se || se > 63 || count != 1;
            if (ah != 0 && al != ah - 1 || al > 13 || bad) {
                throw new NotExact("a scan's spectral selection or successive approximation libjpeg refuses");
            }
            if (count > 1) {
                int blocks = 0;
                for (int c : scanComponents) {
                    blocks += h[c] * v[c];
                }
                if (blocks > MAX_BLOCKS_IN_MCU) {
                    throw new NotExact("an MCU of " + blocks + " blocks");
                }
            }
            for (int i = 0; i < count; i++) {
                int c = scanComponents[i];
                if (!quantDefined[tq[c]]) {
                    throw new NotExact("a component without its quantisation table");
                }
                int[] known = coefBits[c];
                if (!dcBand && known[0] < 0) {
                    throw new NotExact("an AC scan before the DC scan");
                }
                for (int k = ss; k <= se; k++) {
                    int expected = known[k] < 0 ? 0 : known[k];
                    if (ah != expected) {
                        throw new NotExact("a progression out of order");
                    }
                    known[k] = al;
                }
                if (dcBand && ah == 0 && dc[i] == null || !dcBand && ac[i] == null) {
                    throw new NotExact("a scan without its Huffman table");
                }
                if (dcBand && ah == 0 && dc[i].maxSymbol > 15) {
                    throw new NotExact("a DC Huffman table libjpeg refuses");
                }
            }
            startScan();
            if (dcBand) {
                dcScan(scanComponents, dc, ah, al);
            } else {
                acScan(scanComponents[0], ac[0], ss, se, ah, al);
            }
            if (padBits > bits) {
                throw new NotExact("a scan's data ends early");
            }
        }

        private void startScan() {
            acc = 0;
            bits = 0;
            padBits = 0;
            markerHit = false;
            Arrays.fill(lastDc, 0);
            eobRun = 0;
            nextRestart = 0;
            restartsToGo = restartInterval;
        }

        private void dcScan(int[] scanComponents, Table[] dc, int ah, int al) {
            if (scanComponents.length == 1) {
                int c = scanComponents[0];
                for (int y = 0; y < heightInBlocks[c]; y++) {
                    for (int x = 0; x < widthInBlocks[c]; x++) {
                        restartIfDue();
                        dcBlock(c, dc[0], 64 * (y * blocksPerRow[c] + x), ah, al);
                    }
                }
                return;
            }
            for (int my = 0; my < mcuRows; my++) {
                for (int mx = 0; mx < mcusPerRow; mx++) {
                    restartIfDue();
                    for (int i = 0; i < scanComponents.length; i++) {
                        int c = scanComponents[i];
                        for (int y = 0; y < v[c]; y++) {
                            for (int x = 0; x < h[c]; x++) {
                                dcBlock(c, dc[i], 64 * ((my * v[c] + y) * blocksPerRow[c] + mx * h[c] + x), ah, al);
                            }
                        }
                    }
                }
            }
        }

        private void dcBlock(int c, Table table, int block, int ah, int al) {
            if (ah == 0) {
                int s = decode(table);
                if (s > MAX_DC_CATEGORY) {
                    throw new NotExact("a DC category an 8-bit frame cannot have");
                }
                int diff = s == 0 ? 0 : extend(getBits(s), s);
                lastDc[c] += diff;
                coef[c][block] = (short) (lastDc[c] << al);
            } else if (getBits(1) != 0) {
                coef[c][block] |= (short) (1 << al);
            }
        }

        private void acScan(int c, Table table, int ss, int se, int ah, int al) {
            short[] blocks = coef[c];
            long[] set = nonZero[c];
            for (int y = 0; y < heightInBlocks[c]; y++) {
                for (int x = 0; x < widthInBlocks[c]; x++) {
                    restartIfDue();
                    int index = y * blocksPerRow[c] + x;
                    if (ah == 0) {
                        acFirst(blocks, set, index, table, ss, se, al);
                    } else {
                        acRefine(blocks, set, index, table, ss, se, al);
                    }
                }
            }
        }

        /** {@code decode_mcu_AC_first}. */
        private void acFirst(short[] blocks, long[] set, int index, Table table, int ss, int se, int al) {
            int block = 64 * index;
            if (eobRun > 0) {
                eobRun--;
                return;
            }
            for (int k = ss; k <= se; k++) {
                int rs = decode(table);
                int r = rs >> 4;
                int s = rs & 15;
                if (s != 0) {
                    k += r;
                    if (k > se || s > MAX_AC_CATEGORY) {
                        throw new NotExact("an AC code past the band or of a category an 8-bit frame cannot have");
                    }
                    short value = (short) (extend(getBits(s), s) << al);
                    blocks[block + k] = value;
                    if (value != 0) { // zero only when a damaged file shifts it out of 16 bits
                        set[index] |= 1L << k;
                    }
                } else if (r == 15) {
                    k += 15;
                } else {
                    eobRun = 1 << r;
                    if (r != 0) {
                        eobRun += getBits(r);
                    }
                    eobRun--;
                    return;
                }
            }
        }

        /**
         * {@code decode_mcu_AC_refine}, walking the block's mask of set coefficients instead of every coefficient: the
         * same bits are read in the same order (a correction bit for each set coefficient passed, in increasing order),
         * and a new coefficient goes where libjpeg puts it, at the zero coefficient that ends the run.
         */
        private void acRefine(short[] blocks, long[] set, int index, Table table, int ss, int se, int al) {
            int block = 64 * index;
            int p1 = 1 << al;
            int m1 = -1 << al;
            long band = range(ss, se);
            long nonZero = set[index];
            int k = ss;
            if (eobRun == 0) {
                for (; k <= se; k++) {
                    int rs = decode(table);
                    int r = rs >> 4;
                    int s = rs & 15;
                    if (s != 0) {
                        if (s != 1) {
                            throw new NotExact("a refinement code of the wrong size");
                        }
                        s = getBits(1) != 0 ? p1 : m1;
                    } else if (r != 15) {
                        eobRun = 1 << r;
                        if (r != 0) {
                            eobRun += getBits(r);
                        }
                        break;
                    }
                    // The zero coefficient after r others from k (the new one's place, or the last of a run of 16).
                    long zeros = ~nonZero & band & (-1L << k);
                    for (int i = 0; i < r && zeros != 0; i++) {
                        zeros &= zeros - 1;
                    }
                    int target = zeros == 0 ? se + 1 : Long.numberOfTrailingZeros(zeros);
                    refine(blocks, block, nonZero & band & (-1L << k) & (target > 63 ? -1L : (1L << target) - 1),
                            p1, m1);
                    k = target;
                    if (s != 0) {
                        if (k > se) {
                            throw new NotExact("a refinement past the band");
                        }
                        blocks[block + k] = (short) s;
                        nonZero |= 1L << k;
                    }
                }
            }
            if (eobRun > 0) {
                if (k <= se) {
                    refine(blocks, block, nonZero & band & (-1L << k), p1, m1);
                }
                eobRun--;
            }
            set[index] = nonZero;
        }

        /**
         * A correction bit for each set coefficient of {@code coefficients}, in increasing order: read up to 32 at a
         * time (the bits are the same ones libjpeg reads one by one).
         */
        private void refine(short[] blocks, int block, long coefficients, int p1, int m1) {
            int left = Long.bitCount(coefficients);
            while (left > 0) {
                int take = Math.min(left, 32);
                if (bits < take) {
                    fill();
                }
                bits -= take;
                long chunk = acc >>> bits;
                for (int i = take - 1; i >= 0; i--) {
                    int at = block + Long.numberOfTrailingZeros(coefficients);
                    coefficients &= coefficients - 1;
                    if ((chunk >>> i & 1) != 0) {
                        int value = blocks[at];
                        if ((value & p1) == 0) {
                            blocks[at] = (short) (value >= 0 ? value + p1 : value + m1);
                        }
                    }
                }
                left -= take;
            }
        }

        /** Bits {@code from} to {@code to}, both included (0 to 63). */
        private static long range(int from, int to) {
            return (-1L << from) & (-1L >>> (63 - to));
        }

        private static int extend(int bitsRead, int s) {
            return bitsRead < 1 << (s - 1) ? bitsRead + (-1 << s) + 1 : bitsRead;
        }

        private void restartIfDue() {
            if (restartInterval == 0) {
                return;
            }
            if (restartsToGo == 0) {
                if (padBits > bits) {
                    throw new NotExact("a restart interval's data ends early");
                }
                int marker = nextMarker();
                if (marker != RST0 + nextRestart) {
                    throw new NotExact("a restart marker missing or out of order");
                }
                nextRestart = (nextRestart + 1) & 7;
                acc = 0;
                bits = 0;
                padBits = 0;
                markerHit = false;
                Arrays.fill(lastDc, 0);
                eobRun = 0;
                restartsToGo = restartInterval;
            }
            restartsToGo--;
        }

        /**
         * Fills the bit buffer to at least 57 bits, with zero bits past a marker. Those are counted: once a marker is
         * hit every later bit is padding, so the bits left fall below the padding exactly when some padding was read,
         * which is checked at the end of each scan and restart interval (libjpeg would have warned and read zeros).
         */
        private void fill() {
            byte[] bytes = in;
            while (bits <= 56) {
                if (!markerHit && pos < bytes.length) {
                    int b = bytes[pos] & 0xff;
                    if (b != 0xff) {
                        pos++;
                        acc = acc << 8 | b;
                        bits += 8;
                        continue;
                    }
                    int q = pos + 1;
                    while (q < bytes.length && (bytes[q] & 0xff) == 0xff) {
                        q++;
                    }
                    if (q < bytes.length && bytes[q] == 0) {
                        pos = q + 1;
                        acc = acc << 8 | 0xff;
                        bits += 8;
                        continue;
                    }
                }
                markerHit = true; // pos stays on the marker, for nextMarker
                acc <<= 8;
                bits += 8;
                padBits += 8;
            }
        }

        private int getBits(int n) {
            if (bits < n) {
                fill();
            }
            bits -= n;
            return (int) (acc >>> bits) & ((1 << n) - 1);
        }

        private int decode(Table table) {
            if (bits < 16) {
                fill();
            }
            int entry = table.look[(int) (acc >>> (bits - Table.LOOKAHEAD)) & ((1 << Table.LOOKAHEAD) - 1)];
            int length;
            int symbol;
            if (entry != 0) {
                length = entry >> 8;
                symbol = entry & 0xff;
            } else {
                length = Table.LOOKAHEAD + 1;
                int code = (int) (acc >>> (bits - length)) & ((1 << length) - 1);
                while (length <= 16 && code > table.maxCode[length]) {
                    length++;
                    code = (int) (acc >>> (bits - length)) & ((1 << length) - 1);
                }
                if (length > 16) {
                    throw new NotExact("a Huffman code not in its table");
                }
                symbol = table.values[table.valOffset[length] + code];
            }
            bits -= length;
            return symbol;
        }

        /** The baseline JPEG of these coefficients. */
        byte[] encode(int maxOutputBytes) {
            Writer out = new Writer(Math.min(maxOutputBytes, in.length + in.length / 2 + 4096), maxOutputBytes);
            out.marker(SOI);
            for (int i = 0; i < keptCount; i += 2) {
                if (kept[i] < 0) {
                    out.raw(0xff, sixteenBitTables ? SOF1 : SOF0);
                    out.bytes(in, frameAt + 2, frameEnd - frameAt - 2);
                } else {
                    out.bytes(in, kept[i], kept[i + 1] - kept[i]);
                }
            }
            writeTables(out);
            out.marker(SOS);
            out.u16(6 + 2 * components);
            out.u8(components);
            for (int c = 0; c < components; c++) {
                out.u8(ids[c]);
                out.u8(c == 0 ? 0x00 : 0x11);
            }
            out.u8(0);
            out.u8(63);
            out.u8(0);
            int[] previous = new int[components];
            if (components == 1) {
                for (int y = 0; y < heightInBlocks[0]; y++) {
                    for (int x = 0; x < widthInBlocks[0]; x++) {
                        block(out, 0, 64 * (y * blocksPerRow[0] + x), previous);
                    }
                }
            } else {
                for (int my = 0; my < mcuRows; my++) {
                    for (int mx = 0; mx < mcusPerRow; mx++) {
                        for (int c = 0; c < components; c++) {
                            for (int y = 0; y < v[c]; y++) {
                                for (int x = 0; x < h[c]; x++) {
                                    block(out, c, 64 * ((my * v[c] + y) * blocksPerRow[c] + mx * h[c] + x), previous);
                                }
                            }
                        }
                    }
                }
            }
            out.flushBits();
            out.marker(EOI);
            return out.toArray();
        }

        private void writeTables(Writer out) {
            out.marker(DHT);
            int length = 2;
            Encoding[] tables = components == 1 ? new Encoding[] {DC_LUMA, AC_LUMA}
                    : new Encoding[] {DC_LUMA, AC_LUMA, DC_CHROMA, AC_CHROMA};
            for (Encoding table : tables) {
                length += 17 + table.values.length;
            }
            out.u16(length);
            int[] index = {0x00, 0x10, 0x01, 0x11};
            for (int t = 0; t < tables.length; t++) {
                out.u8(index[t]);
                for (short count : tables[t].lengths) {
                    out.u8(count);
                }
                for (short value : tables[t].values) {
                    out.u8(value);
                }
            }
        }

        /** One block, coded with locals for the bit buffer (the hot loop of the rewriting). */
        private void block(Writer out, int c, int block, int[] previous) {
            out.room(Writer.MAX_BLOCK_BYTES);
            short[] blocks = coef[c];
            Encoding dc = c == 0 ? DC_LUMA : DC_CHROMA;
            Encoding ac = c == 0 ? AC_LUMA : AC_CHROMA;
            byte[] buffer = out.out;
            int size = out.size;
            long acc = out.acc;
            int bits = out.bits;
            int diff = blocks[block] - previous[c];
            previous[c] = blocks[block];
            int s = category(diff);
            if (s > MAX_DC_CATEGORY) {
                throw new NotExact("a DC difference a baseline frame cannot code");
            }
            int count = dc.size[s] + s;
            acc = acc << count | (dc.code[s] << s | (diff + (diff >> 31)) & ((1 << s) - 1));
            bits += count;
            long set = nonZero[c][block >> 6];
            int last = 0;
            while (set != 0) {
                int k = Long.numberOfTrailingZeros(set);
                set &= set - 1;
                int value = blocks[block + k];
                if (value == 0) {
                    continue; // set, then shifted out of 16 bits in a damaged file: a zero like the others
                }
                int run = k - last - 1;
                last = k;
                if (bits >= 32) {
                    bits -= 32;
                    size = Writer.word(buffer, size, (int) (acc >>> bits));
                }
                while (run > 15) {
                    acc = acc << ac.size[0xf0] | ac.code[0xf0];
                    bits += ac.size[0xf0];
                    run -= 16;
                    if (bits >= 32) {
                        bits -= 32;
                        size = Writer.word(buffer, size, (int) (acc >>> bits));
                    }
                }
                int magnitude = category(value);
                if (magnitude > MAX_AC_CATEGORY) {
                    throw new NotExact("an AC coefficient a baseline frame cannot code");
                }
                int symbol = run << 4 | magnitude;
                count = ac.size[symbol] + magnitude;
                acc = acc << count | (ac.code[symbol] << magnitude | (value + (value >> 31)) & ((1 << magnitude) - 1));
                bits += count;
            }
            if (bits >= 32) {
                bits -= 32;
                size = Writer.word(buffer, size, (int) (acc >>> bits));
            }
            if (last < 63) {
                acc = acc << ac.size[0] | ac.code[0];
                bits += ac.size[0];
                if (bits >= 32) {
                    bits -= 32;
                    size = Writer.word(buffer, size, (int) (acc >>> bits));
                }
            }
            out.size = size;
            out.acc = acc;
            out.bits = bits;
        }

        private static int category(int value) {
            return 32 - Integer.numberOfLeadingZeros(Math.abs(value));
        }
    }

    /** The baseline's bytes, with entropy-coded bits stuffed as the standard asks (0xFF is followed by 0x00). */
    private static final class Writer {

        /** A block's bits at most: 64 codes of 27 bits, every byte stuffed, and the bits held from before. */
        static final int MAX_BLOCK_BYTES = 64 * 27 / 8 * 2 + 16;

        byte[] out;
        int size;
        private final int max;
        /** Entropy-coded bits not yet written: the low {@link #bits} of it, fewer than 32 between blocks. */
        long acc;
        int bits;

        Writer(int initial, int max) {
            this.out = new byte[Math.max(initial, 1024)];
            this.max = max;
        }

        void marker(int marker) {
            raw(0xff, marker);
        }

        void raw(int first, int second) {
            u8(first);
            u8(second);
        }

        void u16(int value) {
            u8(value >> 8);
            u8(value);
        }

        void u8(int value) {
            if (size == out.length) {
                grow();
            }
            out[size++] = (byte) value;
        }

        void bytes(byte[] from, int offset, int length) {
            while (size + length > out.length) {
                grow();
            }
            System.arraycopy(from, offset, out, size, length);
            size += length;
        }

        /** Writes four bytes of entropy-coded data at {@code size}, stuffing a zero after each 0xFF; the new size. */
        static int word(byte[] out, int size, int word) {
            int inverted = ~word;
            if (((inverted - 0x01010101) & ~inverted & 0x80808080) == 0) {
                // no 0xFF byte among the four
                out[size] = (byte) (word >>> 24);
                out[size + 1] = (byte) (word >>> 16);
                out[size + 2] = (byte) (word >>> 8);
                out[size + 3] = (byte) word;
                return size + 4;
            }
            int at = size;
            for (int shift = 24; shift >= 0; shift -= 8) {
                int b = word >>> shift & 0xff;
                out[at++] = (byte) b;
                if (b == 0xff) {
                    out[at++] = 0;
                }
            }
            return at;
        }

        /** Makes room for {@code bytes} more entropy-coded bytes. */
        void room(int bytes) {
            while (size + bytes > out.length) {
                grow();
            }
        }

        /** Writes the bits still held, padding the last byte with one bits. */
        void flushBits() {
            room(16);
            int pad = (8 - bits % 8) % 8;
            acc = acc << pad | ((1L << pad) - 1);
            bits += pad;
            while (bits >= 8) {
                bits -= 8;
                int b = (int) (acc >>> bits) & 0xff;
                out[size++] = (byte) b;
                if (b == 0xff) {
                    out[size++] = 0;
                }
            }
            acc = 0;
        }

        private void grow() {
            if (out.length >= max) {
                throw new NotExact("the baseline would exceed " + max + " bytes");
            }
            out = Arrays.copyOf(out, (int) Math.min(max, 2L * out.length));
        }

        byte[] toArray() {
            return Arrays.copyOf(out, size);
        }
    }
}
