/*
 * PDQ (Meta's perceptual image hash) and SHA-256 on the survivor's own device: the picture is decoded and hashed in
 * the browser and only the two hashes are sent. A port of org.recourse.matching.hash.PdqHasher.withPreResize(),
 * which is bit-exact with Meta's C++ reference. No dependencies, no modules, no eval, no WebAssembly, no network,
 * no console output. It runs under the public pages' Content-Security-Policy (script-src 'self'); in a Web Worker
 * (importScripts; worker-src falls back to script-src 'self'), where hashFile decodes on an OffscreenCanvas and does
 * not block the page; and under Node (module.exports, pixel functions and sha256Sync) for debugging.
 *
 * API (one global, RecoursePdq):
 *   hashFile(blobOrFile)          -> Promise of { sha256, pdq, quality, width, height }: what the page sends.
 *   fromBlob(blobOrFile)          -> Promise of { hash, quality, width, height }, decoded by createImageBitmap.
 *   fromBytes(arrayBuffer)        -> the same from the file's bytes.
 *   fromRgba(width, height, rgba) -> { hash, quality }; rgba as canvas getImageData gives it, alpha ignored.
 *   fromGrey(width, height, grey) -> { hash, quality }; one byte a pixel, used as the luma (the reference's rule).
 *   fromImageData(imageData)      -> { hash, quality }; as the server decodes: a picture all grey hashes as grey.
 *   fromCanvas(canvas)            -> { hash, quality } of the canvas's pixels, by fromImageData.
 *   fromImageElement(img)         -> { hash, quality } of a loaded same-origin <img>, at its natural size.
 *   sha256(bufferOrView)          -> Promise of 64 hex digits: WebCrypto when offered, else sha256Sync.
 *   sha256Sync(bufferOrView)      -> 64 hex digits, in plain JavaScript.
 *   distance(hexA, hexB)          -> Hamming distance 0..256.
 *   fromVideoFrame(width, height, rgba) -> { hash, quality } of one video frame, as vPDQ hashes it (below).
 *   fromVideoElement(video, canvas?)    -> the same of the frame a loaded <video> shows, drawn at its own size
 *                                          (videoWidth x videoHeight) on canvas (reused between frames if given).
 *   sha256Blob(blobOrFile, onBytes?)    -> Promise of 64 hex digits, read in 8 MiB slices: a video of gigabytes is
 *                                          never held in memory at once (WebCrypto, one buffer, under 64 MiB).
 * hash is 64 lowercase hex digits in the order of the Java PdqHash.toHex(); quality runs 0..100 and the reference
 * recommends discarding hashes of quality 49 or less. Pictures over 512 pixels a side are first resized to exactly
 * 512x512 by nearest neighbour: pixel (x, y) takes (floor(x*W/512), floor(y*H/512)). Under 5 pixels a side, the hash
 * is all zeros with quality 0. Errors: RangeError for a wrong size or sample count; fromBlob's promise rejects when
 * the browser cannot decode the file.
 *
 * vPDQ frames (fromVideoFrame) are hashed as org.recourse.matching.hash.PdqHasher.hashLuma and Meta's vPDQ: the float
 * luma 0.299R + 0.587G + 0.114B of the whole frame, with no 512 pre-resize and no grey shortcut (the reference's
 * fillFloatLumaFromRGB); on the same RGB it is bit-exact with Java (VpdqJavaScriptTest). What a browser decodes is
 * not the reference's RGB (its decoders and YUV to RGB conversion differ from FFmpeg's swscale), so frames of the
 * same video differ by a few bits: docs/architecture.md gives the measured figures.
 *
 * Exactness (PdqJavaScriptTest, headless Chromium 156): every float operation is rounded to float32 (Math.fround,
 * Float32Array) in the Java code's order, so on the same pixels hash and quality equal Java's bit for bit: all 14
 * reference pixel buffers and all 12 synthetic vectors, flat images (whose hash is rounding noise) included. From the
 * 38 image files, fromBlob gives Java's ImageIO hashes bit for bit too; fromImageElement is 2 bits off on c.png,
 * whose colour profile the <img> applies. Upstream's criterion for a decoder of one's own is 10 bits from quality 80.
 *
 * Decoding caveats (why files are held to 10 bits, not 0; other browsers' decoders may differ by a level or two):
 * - fromBlob decodes with createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' }), so
 *   embedded colour profiles are ignored, as by the reference and the server. It needs no img-src permission, so it
 *   works under img-src 'self', where a blob: URL in an <img> would be refused.
 * - EXIF orientation: browsers turn a picture by it, even in createImageBitmap (imageOrientation 'none' now means
 *   'from-image'); the reference and ImageIO do not. So fromBytes first sets a JPEG's orientation tag to 1 in a copy
 *   of its bytes; phones tag every portrait photo. An <img> (fromImageElement) is turned and colour-converted: prefer
 *   fromBlob. Orientation in other formats (PNG eXIf, HEIF) is not undone.
 * - A 2D canvas stores premultiplied alpha: where a picture is fully transparent its RGB reads back as black, where
 *   the reference keeps the RGB underneath; partly transparent pixels lose a little precision.
 * - Pictures taller than 512 pixels are drawn one kept source row at a time (drawImage at scale 1 copies exactly), so
 *   the canvas is at most W x 512: a 48-megapixel photo does not need a 190 MB canvas, which phones refuse. A canvas
 *   a browser refuses reads back blank.
 * - Tor Browser (and Firefox with privacy.resistFingerprinting) asks the user before a page may read canvas pixels;
 *   refused, it gives a blank or randomised picture. The page should take quality under 50 as "the picture could not
 *   be read" and say why. "Safer" turns the JIT off: a PDQ hash then takes about 0.4 s (V8 without JIT: 40 ms with
 *   it). "Safest" runs no JavaScript at all, so the page must work without this file.
 * - WebCrypto (crypto.subtle) exists only in a secure context: https, .onion in Tor Browser, or localhost/127.0.0.1.
 *   Over plain http on another host, sha256 falls back to sha256Sync: the same digest, at some 35 MB/s with a JIT
 *   and 1.5 MB/s without one (8 s for a 12 MB photo), so the page should show progress there.
 */
(function (root) {
    'use strict';

    var fround = Math.fround || (function () {
        var single = new Float32Array(1);
        return function (x) {
            single[0] = x;
            return single[0];
        };
    }());

    var PRE_RESIZE_SIDE = 512;
    var MIN_HASHABLE_SIDE = 5;
    var BLOCK = 64;
    var DCT = 16;
    var PASSES = 2;
    var QUALITY_SCALE = 90;
    var ZERO_HASH = new Array(65).join('0');
    // The double constants rounded once to float, as the reference writes float(0.299).
    var LUMA_RED = fround(0.299);
    var LUMA_GREEN = fround(0.587);
    var LUMA_BLUE = fround(0.114);
    var DCT_MATRIX = dctMatrix();

    /** D[i][k] of the 16x64 DCT-II, row-major: a float scale times a double cosine, rounded to float, as in Java. */
    function dctMatrix() {
        var d = new Float32Array(DCT * BLOCK);
        var scale = fround(Math.sqrt(2 / 64));
        for (var i = 0; i < DCT; i++) {
            for (var k = 0; k < BLOCK; k++) {
                d[i * BLOCK + k] = fround(scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * k + 1)));
            }
        }
        return d;
    }

    function checkSize(width, height, samples, perPixel) {
        if (!(width >= 1 && height >= 1 && width % 1 === 0 && height % 1 === 0)) {
            throw new RangeError('A picture is at least 1x1 whole pixels, not ' + width + 'x' + height + '.');
        }
        if (!samples || samples.length !== width * height * perPixel) {
            throw new RangeError('A ' + width + 'x' + height + ' picture has ' + width * height * perPixel
                + ' samples, not ' + (samples ? samples.length : 'none') + '.');
        }
    }

    /** The size that is hashed: 512x512 when either side exceeds 512 (aspect ratio not kept), else the picture's. */
    function hashedSize(width, height) {
        var resize = width > PRE_RESIZE_SIDE || height > PRE_RESIZE_SIDE;
        return { rows: resize ? PRE_RESIZE_SIDE : height, cols: resize ? PRE_RESIZE_SIDE : width };
    }

    /**
     * The rows x cols float luma plane, resizing on the way: out (x, y) takes source (floor(x*W/cols),
     * floor(y*H/rows)), the identity when the sizes agree. stride 1 is grey (luma = grey), otherwise RGB(A) samples.
     */
    function lumaPlane(samples, stride, width, height, rows, cols) {
        var plane = new Float32Array(rows * cols);
        var columns = new Int32Array(cols);
        var x, y, s, base, out = 0;
        for (x = 0; x < cols; x++) {
            columns[x] = Math.floor(x * width / cols);
        }
        for (y = 0; y < rows; y++) {
            base = Math.floor(y * height / rows) * width;
            for (x = 0; x < cols; x++, out++) {
                s = (base + columns[x]) * stride;
                // In float, left to right, with no fused multiply-add: the reference's order.
                plane[out] = stride === 1 ? samples[s] : fround(fround(fround(LUMA_RED * samples[s])
                    + fround(LUMA_GREEN * samples[s + 1])) + fround(LUMA_BLUE * samples[s + 2]));
            }
        }
        return plane;
    }

    /**
     * The reference's box1DFloat over one line (length samples, stride apart): fill half a window, write while the
     * window grows, slide the full window, write while it shrinks; a float running sum divided by the window size.
     */
    function box1D(input, output, start, length, stride, window) {
        var half = ((window + 2) / 2) | 0;
        var sum = 0;
        var size = 0;
        var read = start;
        var subtract = start;
        var write = start;
        var n;
        for (n = 0; n < half - 1; n++, read += stride) {
            sum = fround(sum + input[read]);
            size++;
        }
        for (n = 0; n < window - half + 1; n++, read += stride, write += stride) {
            sum = fround(sum + input[read]);
            size++;
            output[write] = fround(sum / size);
        }
        for (n = 0; n < length - window; n++, read += stride, subtract += stride, write += stride) {
            // Two roundings, as the reference's "sum += in; sum -= out".
            sum = fround(fround(sum + input[read]) - input[subtract]);
            output[write] = fround(sum / size);
        }
        for (n = 0; n < half - 1; n++, subtract += stride, write += stride) {
            sum = fround(sum - input[subtract]);
            size--;
            output[write] = fround(sum / size);
        }
    }

    /** The window for a side of length pixels: length / 128 rounded up, so two passes cover 1/64 of the side. */
    function windowSize(length) {
        return ((length + 2 * BLOCK - 1) / (2 * BLOCK)) | 0;
    }

    /** The Jarosz filter: two passes of a box filter along every row, then down every column (plane overwritten). */
    function blur(plane, rows, cols) {
        var work = new Float32Array(rows * cols);
        var alongRows = windowSize(cols);
        var alongCols = windowSize(rows);
        for (var pass = 0; pass < PASSES; pass++) {
            for (var r = 0; r < rows; r++) {
                box1D(plane, work, r * cols, cols, 1, alongRows);
            }
            for (var c = 0; c < cols; c++) {
                box1D(work, plane, c, rows, cols, alongCols);
            }
        }
    }

    /** The 64x64 pixels nearest the centres of a 64x64 grid, the positions computed in double. */
    function decimate(plane, rows, cols) {
        var block = new Float32Array(BLOCK * BLOCK);
        for (var i = 0; i < BLOCK; i++) {
            var row = Math.floor(((i + 0.5) * rows) / BLOCK);
            for (var j = 0; j < BLOCK; j++) {
                block[i * BLOCK + j] = plane[row * cols + Math.floor(((j + 0.5) * cols) / BLOCK)];
            }
        }
        return block;
    }

    /** The sum of the neighbour steps in whole percent (float, truncated toward zero), over 90, at most 100. */
    function quality(block) {
        var sum = 0;
        var i, j;
        for (i = 0; i < BLOCK - 1; i++) {
            for (j = 0; j < BLOCK; j++) {
                sum += percentStep(block[i * BLOCK + j], block[(i + 1) * BLOCK + j]);
            }
        }
        for (i = 0; i < BLOCK; i++) {
            for (j = 0; j < BLOCK - 1; j++) {
                sum += percentStep(block[i * BLOCK + j], block[i * BLOCK + j + 1]);
            }
        }
        return Math.min(Math.floor(sum / QUALITY_SCALE), 100);
    }

    function percentStep(u, v) {
        return Math.abs(fround(fround(fround(u - v) * 100) / 255) | 0);
    }

    /**
     * B = D A D^T for the 16x16 frequencies 1..16, as T = D A and then B = T D^T, each sum in float from k = 0 up.
     * Each product is rounded before it is added: a double product added to a float would round once, like a fused
     * multiply-add, and flip bits of flat images.
     */
    function dct16(block) {
        var partial = new Float32Array(DCT * BLOCK);
        var out = new Float32Array(DCT * DCT);
        var i, j, k, d, t, row;
        for (i = 0; i < DCT; i++) {
            row = i * BLOCK;
            for (k = 0; k < BLOCK; k++) {
                d = DCT_MATRIX[row + k];
                for (j = 0; j < BLOCK; j++) {
                    partial[row + j] = fround(partial[row + j] + fround(d * block[k * BLOCK + j]));
                }
            }
        }
        for (i = 0; i < DCT; i++) {
            for (k = 0; k < BLOCK; k++) {
                t = partial[i * BLOCK + k];
                for (j = 0; j < DCT; j++) {
                    out[i * DCT + j] = fround(out[i * DCT + j] + fround(t * DCT_MATRIX[j * BLOCK + k]));
                }
            }
        }
        return out;
    }

    /** Torben Mogensen's median, as the reference: narrows [min, max] by counting; the lower middle for even n. */
    function torbenMedian(m) {
        var n = m.length;
        var min = m[0];
        var max = m[0];
        var i;
        for (i = 1; i < n; i++) {
            min = m[i] < min ? m[i] : min;
            max = m[i] > max ? m[i] : max;
        }
        var half = ((n + 1) / 2) | 0;
        for (;;) {
            var guess = fround(fround(min + max) / 2);
            var less = 0;
            var greater = 0;
            var equal = 0;
            var maxBelow = min;
            var minAbove = max;
            for (i = 0; i < n; i++) {
                if (m[i] < guess) {
                    less++;
                    maxBelow = m[i] > maxBelow ? m[i] : maxBelow;
                } else if (m[i] > guess) {
                    greater++;
                    minAbove = m[i] < minAbove ? m[i] : minAbove;
                } else {
                    equal++;
                }
            }
            if (less <= half && greater <= half) {
                return less >= half ? maxBelow : less + equal >= half ? guess : minAbove;
            }
            if (less > greater) {
                max = maxBelow;
            } else {
                min = minAbove;
            }
        }
    }

    /** Bit 16i + j is set when B[i][j] is above the median; printed as 16-bit words w[15]..w[0], four digits each. */
    function hashHex(dct) {
        var median = torbenMedian(dct);
        var words = [];
        var k, hex = '';
        for (k = 0; k < DCT; k++) {
            words.push(0);
        }
        for (k = 0; k < DCT * DCT; k++) {
            if (dct[k] > median) {
                words[k >> 4] |= 1 << (k & 15);
            }
        }
        for (k = DCT - 1; k >= 0; k--) {
            hex += (0x10000 + words[k]).toString(16).slice(1);
        }
        return hex;
    }

    /** The whole pipeline from samples (stride 1 grey, else RGB first in each pixel) to the hashed size. */
    function hashSamples(samples, stride, width, height, rows, cols) {
        if (rows < MIN_HASHABLE_SIDE || cols < MIN_HASHABLE_SIDE) {
            return { hash: ZERO_HASH, quality: 0 };
        }
        var plane = lumaPlane(samples, stride, width, height, rows, cols);
        var block = plane;
        // The reference's plain hasher, like the Java one, skips the blur for exactly 64x64.
        if (rows !== BLOCK || cols !== BLOCK) {
            blur(plane, rows, cols);
            block = decimate(plane, rows, cols);
        }
        return { hash: hashHex(dct16(block)), quality: quality(block) };
    }

    function fromRgba(width, height, rgba) {
        checkSize(width, height, rgba, 4);
        var size = hashedSize(width, height);
        return hashSamples(rgba, 4, width, height, size.rows, size.cols);
    }

    function fromGrey(width, height, grey) {
        checkSize(width, height, grey, 1);
        var size = hashedSize(width, height);
        return hashSamples(grey, 1, width, height, size.rows, size.cols);
    }

    /**
     * Decoded RGBA samples of a picture of originalWidth x originalHeight, of which only the rows the pre-resize
     * keeps may be present (height rows). As the server's ImageDecoder, a picture whose every pixel is grey hashes
     * as one grey channel, as the reference decoder (ImageMagick) hands such a picture over.
     */
    function hashDecoded(rgba, width, height, originalWidth, originalHeight) {
        var size = hashedSize(originalWidth, originalHeight);
        var pixels = width * height;
        var p;
        for (p = 0; p < pixels; p++) {
            if (rgba[4 * p] !== rgba[4 * p + 2] || rgba[4 * p + 1] !== rgba[4 * p + 2]) {
                return hashSamples(rgba, 4, width, height, size.rows, size.cols);
            }
        }
        var grey = new Uint8Array(pixels);
        for (p = 0; p < pixels; p++) {
            grey[p] = rgba[4 * p + 2];
        }
        return hashSamples(grey, 1, width, height, size.rows, size.cols);
    }

    /** One video frame as vPDQ hashes it: the whole frame's float luma, never pre-resized, never taken as grey. */
    function fromVideoFrame(width, height, rgba) {
        checkSize(width, height, rgba, 4);
        return hashSamples(rgba, 4, width, height, height, width);
    }

    /**
     * The frame a <video> shows now (after its seeked event), drawn at the video's own size. The canvas may be passed
     * in so that an hour of frames reuses one; drawImage at scale 1 copies the decoded frame as the browser
     * converted it to RGB.
     */
    function fromVideoElement(video, canvas) {
        var width = video && video.videoWidth;
        var height = video && video.videoHeight;
        if (!(width >= 1 && height >= 1)) {
            throw new Error('The video has no picture: it has not loaded, or the browser could not decode it.');
        }
        var target = canvas || newCanvas(width, height);
        if (target.width !== width || target.height !== height) {
            target.width = width;
            target.height = height;
        }
        var ctx = context(target);
        ctx.imageSmoothingEnabled = false;
        ctx.drawImage(video, 0, 0, width, height);
        var result = fromVideoFrame(width, height, ctx.getImageData(0, 0, width, height).data);
        if (!canvas) {
            target.width = 0;
            target.height = 0;
        }
        return result;
    }

    function fromImageData(imageData) {
        checkSize(imageData.width, imageData.height, imageData.data, 4);
        return hashDecoded(imageData.data, imageData.width, imageData.height, imageData.width, imageData.height);
    }

    function fromCanvas(canvas) {
        return fromImageData(context(canvas).getImageData(0, 0, canvas.width, canvas.height));
    }

    function context(canvas) {
        // willReadFrequently keeps the canvas in memory instead of on the GPU, whence every read would be a copy.
        var ctx = canvas.getContext('2d', { willReadFrequently: true });
        if (!ctx) {
            throw new Error('This browser offers no 2D canvas, so the picture cannot be read.');
        }
        return ctx;
    }

    /**
     * Draws source (an <img>, ImageBitmap or canvas of width x height) and hashes it. A picture taller than 512 is
     * drawn one kept row at a time: drawImage at scale 1 and whole-pixel offsets copies pixels exactly.
     */
    function hashDrawable(source, width, height) {
        if (!(width >= 1 && height >= 1)) {
            throw new Error('The picture has no pixels: it has not loaded, or the browser could not decode it.');
        }
        var rows = hashedSize(width, height).rows;
        var canvas = newCanvas(width, rows);
        var ctx = context(canvas);
        ctx.imageSmoothingEnabled = false;
        if (rows === height) {
            ctx.drawImage(source, 0, 0);
        } else {
            for (var y = 0; y < rows; y++) {
                ctx.drawImage(source, 0, Math.floor(y * height / rows), width, 1, 0, y, width, 1);
            }
        }
        var data = ctx.getImageData(0, 0, width, rows).data;
        canvas.width = 0;
        canvas.height = 0;
        return hashDecoded(data, width, rows, width, height);
    }

    /** A canvas in a page, an OffscreenCanvas in a Worker (which has no document). */
    function newCanvas(width, height) {
        var canvas;
        if (typeof document !== 'undefined' && document.createElement) {
            canvas = document.createElement('canvas');
            canvas.width = width;
            canvas.height = height;
            return canvas;
        }
        if (typeof OffscreenCanvas === 'function') {
            return new OffscreenCanvas(width, height);
        }
        throw new Error('This browser offers no canvas here, so the picture cannot be read.');
    }

    function fromImageElement(img) {
        if (!img || !img.complete) {
            throw new Error('The image has not finished loading.');
        }
        return hashDrawable(img, img.naturalWidth, img.naturalHeight);
    }

    // The browser must not convert colours by the file's profile: the reference and the server use the samples as
    // stored. Browsers that reject an option they do not know get a second try without options.
    var BITMAP_OPTIONS = [{ colorSpaceConversion: 'none', premultiplyAlpha: 'none' }, undefined];

    function decodeBitmap(blob, attempt) {
        var options = BITMAP_OPTIONS[attempt];
        var decoding = options ? root.createImageBitmap(blob, options) : root.createImageBitmap(blob);
        return decoding.then(null, function (error) {
            if (attempt + 1 < BITMAP_OPTIONS.length && error && error.name === 'TypeError') {
                return decodeBitmap(blob, attempt + 1);
            }
            throw error;
        });
    }

    /**
     * A copy of a JPEG file's bytes with each EXIF orientation tag set to 1 ("as stored"), or the same bytes when
     * there is none. Browsers turn a picture by its tag, even createImageBitmap since imageOrientation 'none' came to
     * mean 'from-image'; the reference and the server's ImageIO do not, and phones tag every portrait photo.
     */
    function withoutOrientation(buffer) {
        var bytes = new Uint8Array(buffer);
        var copy = null;
        if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) {
            return buffer;
        }
        for (var p = 2; p + 4 <= bytes.length && bytes[p] === 0xff;) {
            var marker = bytes[p + 1];
            if (marker === 0xff) {
                p++;
            } else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                p += 2;
            } else if (marker === 0xda || marker === 0xd9) {
                // The scan (or the end): metadata segments all come before it.
                break;
            } else {
                var end = p + 2 + (bytes[p + 2] << 8 | bytes[p + 3]);
                if (marker === 0xe1 && isExif(bytes, p + 4, end)) {
                    copy = copy || new Uint8Array(buffer.slice(0));
                    resetOrientation(copy, p + 10, Math.min(end, bytes.length));
                }
                p = end;
            }
        }
        return copy ? copy.buffer : buffer;
    }

    function isExif(bytes, start, end) {
        var header = [0x45, 0x78, 0x69, 0x66, 0, 0];
        for (var i = 0; i < header.length; i++) {
            if (start + i >= end || bytes[start + i] !== header[i]) {
                return false;
            }
        }
        return true;
    }

    /** Sets tag 0x0112 (a SHORT) of the first IFD of the TIFF structure at tiff..end to 1, in its byte order. */
    function resetOrientation(bytes, tiff, end) {
        var little = bytes[tiff] === 0x49 && bytes[tiff + 1] === 0x49;
        if (!little && !(bytes[tiff] === 0x4d && bytes[tiff + 1] === 0x4d)) {
            return;
        }
        var read16 = function (at) {
            return little ? bytes[at] | bytes[at + 1] << 8 : bytes[at] << 8 | bytes[at + 1];
        };
        var ifd = tiff + (little ? read16(tiff + 4) + read16(tiff + 6) * 65536 : read16(tiff + 4) * 65536
            + read16(tiff + 6));
        if (ifd + 2 > end) {
            return;
        }
        for (var n = 0, entries = read16(ifd); n < entries && ifd + 14 + 12 * n <= end; n++) {
            var entry = ifd + 2 + 12 * n;
            if (read16(entry) === 0x0112 && read16(entry + 2) === 3) {
                bytes[entry + 8] = little ? 1 : 0;
                bytes[entry + 9] = little ? 0 : 1;
            }
        }
    }

    /** Decodes an image file's bytes (JPEG, PNG, GIF, WebP, whatever the browser reads) and hashes it. */
    function fromBytes(buffer) {
        if (typeof root.createImageBitmap !== 'function') {
            return Promise.reject(new Error('This browser cannot decode a picture without showing it '
                + '(no createImageBitmap).'));
        }
        return decodeBitmap(new Blob([withoutOrientation(buffer)]), 0).then(function (bitmap) {
            try {
                var result = hashDrawable(bitmap, bitmap.width, bitmap.height);
                result.width = bitmap.width;
                result.height = bitmap.height;
                return result;
            } finally {
                if (bitmap.close) {
                    bitmap.close();
                }
            }
        });
    }

    function fromBlob(blob) {
        return readBytes(blob).then(fromBytes);
    }

    function readBytes(blob) {
        if (blob.arrayBuffer) {
            return blob.arrayBuffer();
        }
        return new Promise(function (resolve, reject) {
            var reader = new FileReader();
            reader.onload = function () {
                resolve(reader.result);
            };
            reader.onerror = function () {
                reject(reader.error);
            };
            reader.readAsArrayBuffer(blob);
        });
    }

    function hashFile(blob) {
        return readBytes(blob).then(function (buffer) {
            return Promise.all([sha256(buffer), fromBytes(buffer)]);
        }).then(function (both) {
            return { sha256: both[0], pdq: both[1].hash, quality: both[1].quality, width: both[1].width,
                height: both[1].height };
        });
    }

    /** The number of bits (0..256) in which two hashes differ. */
    function distance(hexA, hexB) {
        var pattern = /^[0-9a-fA-F]{64}$/;
        if (!pattern.test(hexA) || !pattern.test(hexB)) {
            throw new RangeError('A PDQ hash is 64 hex digits.');
        }
        var bits = 0;
        for (var i = 0; i < 64; i += 8) {
            var x = (parseInt(hexA.substr(i, 8), 16) ^ parseInt(hexB.substr(i, 8), 16)) >>> 0;
            while (x) {
                x &= x - 1;
                bits++;
            }
        }
        return bits;
    }

    // SHA-256 (FIPS 180-4): the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    var K = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    ];

    function bytesOf(data) {
        if (data instanceof ArrayBuffer) {
            return new Uint8Array(data);
        }
        if (data && data.buffer instanceof ArrayBuffer) {
            return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        }
        throw new TypeError('SHA-256 takes an ArrayBuffer or a typed array.');
    }

    function sha256Sync(data) {
        var bytes = bytesOf(data);
        var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
        var w = new Int32Array(64);
        var whole = bytes.length - bytes.length % 64;
        for (var offset = 0; offset < whole; offset += 64) {
            compress(h, w, bytes, offset);
        }
        return sha256Finish(h, w, bytes.subarray(whole), bytes.length);
    }

    function compress(h, w, bytes, offset) {
        var i, s0, s1, t1, t2;
        for (i = 0; i < 16; i++) {
            var p = offset + 4 * i;
            w[i] = bytes[p] << 24 | bytes[p + 1] << 16 | bytes[p + 2] << 8 | bytes[p + 3];
        }
        for (i = 16; i < 64; i++) {
            s0 = (w[i - 15] >>> 7 | w[i - 15] << 25) ^ (w[i - 15] >>> 18 | w[i - 15] << 14) ^ (w[i - 15] >>> 3);
            s1 = (w[i - 2] >>> 17 | w[i - 2] << 15) ^ (w[i - 2] >>> 19 | w[i - 2] << 13) ^ (w[i - 2] >>> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
        for (i = 0; i < 64; i++) {
            s1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
            t1 = (k + s1 + (e & f ^ ~e & g) + K[i] + w[i]) | 0;
            s0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
            t2 = (s0 + (a & b ^ a & c ^ b & c)) | 0;
            k = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] = (h[0] + a) | 0;
        h[1] = (h[1] + b) | 0;
        h[2] = (h[2] + c) | 0;
        h[3] = (h[3] + d) | 0;
        h[4] = (h[4] + e) | 0;
        h[5] = (h[5] + f) | 0;
        h[6] = (h[6] + g) | 0;
        h[7] = (h[7] + k) | 0;
    }

    function sha256(data) {
        var subtle = root.crypto && root.crypto.subtle;
        if (!subtle || typeof subtle.digest !== 'function') {
            return new Promise(function (resolve) {
                resolve(sha256Sync(data));
            });
        }
        return subtle.digest('SHA-256', bytesOf(data)).then(function (digest) {
            var bytes = new Uint8Array(digest);
            var hex = '';
            for (var i = 0; i < bytes.length; i++) {
                hex += (0x100 + bytes[i]).toString(16).slice(1);
            }
            return hex;
        });
    }

    var SLICE = 8 << 20;
    var WHOLE_WITH_WEBCRYPTO = 64 << 20;

    /**
     * SHA-256 of a Blob or File without holding it all: small files go to WebCrypto whole, larger ones are read in
     * 8 MiB slices and compressed as they come (sha256Sync's rounds, kept running). onBytes(done, total) reports.
     */
    function sha256Blob(blob, onBytes) {
        var subtle = root.crypto && root.crypto.subtle;
        if (blob.size <= WHOLE_WITH_WEBCRYPTO && subtle && typeof subtle.digest === 'function') {
            return readBytes(blob).then(sha256);
        }
        var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
        var w = new Int32Array(64);
        var carry = new Uint8Array(0);
        var offset = 0;
        function next() {
            if (offset >= blob.size) {
                return sha256Finish(h, w, carry, blob.size);
            }
            var end = Math.min(offset + SLICE, blob.size);
            return readBytes(blob.slice(offset, end)).then(function (buffer) {
                var bytes = new Uint8Array(carry.length + buffer.byteLength);
                bytes.set(carry);
                bytes.set(new Uint8Array(buffer), carry.length);
                var whole = bytes.length - bytes.length % 64;
                for (var at = 0; at < whole; at += 64) {
                    compress(h, w, bytes, at);
                }
                carry = bytes.slice(whole);
                offset = end;
                if (onBytes) {
                    onBytes(offset, blob.size);
                }
                return next();
            });
        }
        return next();
    }

    /**
     * The tail (rest, the last partial block of a message of length bytes), a 1 bit, zeros, and the length in bits
     * as 64 bits big-endian, in one or two blocks; then the digest in hex.
     */
    function sha256Finish(h, w, rest, length) {
        var tail = new Uint8Array(rest.length < 56 ? 64 : 128);
        tail.set(rest);
        tail[rest.length] = 0x80;
        var bitsHigh = Math.floor(length / 0x20000000);
        var bitsLow = (length * 8) >>> 0;
        var end = tail.length;
        tail[end - 8] = bitsHigh >>> 24;
        tail[end - 7] = bitsHigh >>> 16;
        tail[end - 6] = bitsHigh >>> 8;
        tail[end - 5] = bitsHigh;
        tail[end - 4] = bitsLow >>> 24;
        tail[end - 3] = bitsLow >>> 16;
        tail[end - 2] = bitsLow >>> 8;
        tail[end - 1] = bitsLow;
        for (var t = 0; t < end; t += 64) {
            compress(h, w, tail, t);
        }
        var hex = '';
        for (var i = 0; i < 8; i++) {
            hex += (0x100000000 + (h[i] >>> 0)).toString(16).slice(1);
        }
        return hex;
    }

    var api = {
        fromVideoFrame: fromVideoFrame,
        fromVideoElement: fromVideoElement,
        sha256Blob: sha256Blob,
        fromRgba: fromRgba,
        fromGrey: fromGrey,
        fromImageData: fromImageData,
        fromCanvas: fromCanvas,
        fromImageElement: fromImageElement,
        fromBlob: fromBlob,
        fromBytes: fromBytes,
        hashFile: hashFile,
        sha256: sha256,
        sha256Sync: sha256Sync,
        distance: distance
    };
    if (typeof module === 'object' && module.exports) {
        module.exports = api;
    } else {
        root.RecoursePdq = api;
    }
}(typeof self !== 'undefined' ? self : this));
