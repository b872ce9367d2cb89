/*
 * The survivor's on-device hashing page: the chosen picture or video is read and hashed here (pdq.js) and only its
 * fingerprints go into the form. The file field has no name and sits outside the form, so the file itself is never
 * part of any request. Without this script the page shows why the feature needs it.
 *
 * A picture gives its SHA-256 and PDQ hash. A video gives its SHA-256 (exact copies) and its vPDQ frames: the video
 * is loaded into a <video> element that is never put in the page (the survivor never has to watch it), muted, and
 * seeked to 0 s, 1 s, 2 s ... (one frame a second, as the platform's VpdqHasher.ONE_PER_SECOND); each frame is drawn
 * at the video's own size and hashed by RecoursePdq.fromVideoElement. The lines are the reference's text format,
 * "frame_number,quality,pdq_hex,timestamp", one per second sampled, at most 3,600 (one hour).
 *
 * RecourseVideo.sample(file, onProgress) is exposed for the tests (VpdqJavaScriptTest) and does not need the page.
 */
(function () {
    'use strict';

    /** One hour at one frame a second: the most frames the page sends (the server takes no more from /hash). */
    var MAX_SECONDS = 3600;
    /** How far past each whole second the page seeks (less than a frame at any rate up to 1,000 fps). */
    var SEEK_PAST = 0.001;
    /** How long apart two draws of a seeked frame are compared, and how many draws at most. */
    var SETTLE_MS = 20;
    var SETTLE_TRIES = 10;
    /** A seek that has not finished after this long means the browser is stuck on the file. */
    var STEP_TIMEOUT_MS = 30000;
    // Files the browser names as video, or whose type it left blank but whose name says video.
    var VIDEO_NAME = /\.(mp4|m4v|mov|webm|mkv|ogv|ogg|3gp|3g2|avi|mpe?g|ts)$/i;

    function isVideo(file) {
        var type = (file.type || '').toLowerCase();
        return type.indexOf('video/') === 0 || (type === '' || type === 'application/octet-stream')
            && VIDEO_NAME.test(file.name || '');
    }

    /** A refusal the page explains in words: reason is unplayable, tooLong, cancelled or failed. */
    function refusal(reason) {
        var error = new Error(reason);
        error.reason = reason;
        return error;
    }

    /** Resolves on the event, rejects on the video's error or after STEP_TIMEOUT_MS. */
    function next(video, event, job) {
        return new Promise(function (resolve, reject) {
            var timer;
            function finish(callback, value) {
                clearTimeout(timer);
                video.removeEventListener(event, onEvent);
                video.removeEventListener('error', onError);
                job.abort = null;
                callback(value);
            }
            function onEvent() {
                finish(resolve);
            }
            function onError() {
                finish(reject, refusal('unplayable'));
            }
            video.addEventListener(event, onEvent);
            video.addEventListener('error', onError);
            timer = setTimeout(function () {
                finish(reject, refusal('unplayable'));
            }, STEP_TIMEOUT_MS);
            job.abort = function () {
                finish(reject, refusal('cancelled'));
            };
        });
    }

    /**
     * Samples the video one frame a second. Returns { promise, cancel }: the promise gives { lines, seconds,
     * readable } (readable: how many frames had quality 50 or more) or rejects with a refusal; onProgress(done, of)
     * after each frame. maxSeconds (default MAX_SECONDS, never more) lets a test try the bound on a short video.
     *
     * Frame numbers: the page cannot learn a video's frame rate (browsers do not expose it), so the frame number is
     * the second's index (0, 1, 2 ...) and the timestamp the time seeked to. The reference would number the same
     * frames round(t x rate); the matcher compares frames by hash and quality only, so the numbers only keep order.
     */
    function sample(file, onProgress, maxSeconds) {
        var most = Math.min(maxSeconds || MAX_SECONDS, MAX_SECONDS);
        var video = document.createElement('video');
        var canvas = document.createElement('canvas');
        var url = URL.createObjectURL(file);
        var job = { cancelled: false, abort: null };
        video.muted = true;
        video.defaultMuted = true;
        video.setAttribute('playsinline', '');
        video.preload = 'auto';

        function release() {
            video.removeAttribute('src');
            video.load();
            URL.revokeObjectURL(url);
            canvas.width = 0;
            canvas.height = 0;
        }

        function seek(seconds) {
            var seeked = next(video, 'seeked', job);
            video.currentTime = seconds;
            return seeked;
        }

        /** The frame's RGBA, drawn at the video's own size. */
        function draw() {
            var width = video.videoWidth;
            var height = video.videoHeight;
            if (canvas.width !== width || canvas.height !== height) {
                canvas.width = width;
                canvas.height = height;
            }
            var ctx = canvas.getContext('2d', { willReadFrequently: true });
            ctx.drawImage(video, 0, 0, width, height);
            return ctx.getImageData(0, 0, width, height).data;
        }

        function same(a, b) {
            if (a.length !== b.length) {
                return false;
            }
            for (var i = 0; i < a.length; i++) {
                if (a[i] !== b[i]) {
                    return false;
                }
            }
            return true;
        }

        function pause(millis) {
            return new Promise(function (resolve) {
                setTimeout(resolve, millis);
            });
        }

        /**
         * Seeks and gives the frame's pixels once they are the new frame's. Chromium fires 'seeked' before drawImage
         * always paints the frame it seeked to: under load it still paints the frame of the seek before for a while
         * (measured as whole seconds off in VpdqJavaScriptTest). So the frame is drawn until two draws a little apart
         * agree and differ from the previous second's frame; a frame that stays the same as the previous one (a
         * still scene) is taken after SETTLE_TRIES draws.
         */
        var previous = null;
        function frameAt(seconds) {
            return seek(seconds).then(function () {
                var before = draw();
                function settle(tries) {
                    return pause(SETTLE_MS).then(function () {
                        if (job.cancelled) {
                            throw refusal('cancelled');
                        }
                        var now = draw();
                        var steady = same(before, now);
                        if (tries >= SETTLE_TRIES || steady && !(previous && same(previous, now))) {
                            previous = now;
                            return now;
                        }
                        before = now;
                        return settle(tries + 1);
                    });
                }
                return settle(1);
            });
        }

        /** A WebM from a recorder may not state its length: seeking far makes the browser find it. */
        function duration() {
            if (isFinite(video.duration) && video.duration > 0) {
                return Promise.resolve(video.duration);
            }
            return seek(1e9).then(function () {
                if (isFinite(video.duration) && video.duration > 0) {
                    return video.duration;
                }
                throw refusal('unplayable');
            });
        }

        var promise = new Promise(function (resolve, reject) {
            var loaded = next(video, 'loadeddata', job);
            video.src = url;
            loaded.then(resolve, reject);
        }).then(duration).then(function (length) {
            if (length > most) {
                throw refusal('tooLong');
            }
            if (!(video.videoWidth >= 1 && video.videoHeight >= 1)) {
                // Audio only, or a video track the browser cannot decode.
                throw refusal('unplayable');
            }
            // The seconds before the end: 0 .. ceil(length) - 1, as the reference samples frames n x rate < frames.
            var seconds = Math.min(Math.ceil(length), most);
            var lines = [];
            var readable = 0;
            function frame(second) {
                if (job.cancelled) {
                    throw refusal('cancelled');
                }
                if (second >= seconds) {
                    return { lines: lines, seconds: seconds, readable: readable };
                }
                // A millisecond past the second: a frame that starts exactly on it (frame 25 of 25 fps at 1 s) is the
                // frame the reference hashes, where Chromium, seeked to the boundary itself, may show the one before.
                return frameAt(second + SEEK_PAST).then(function (rgba) {
                    var hash = window.RecoursePdq.fromVideoFrame(video.videoWidth, video.videoHeight, rgba);
                    readable += hash.quality >= 50 ? 1 : 0;
                    lines.push(second + ',' + hash.quality + ',' + hash.hash + ',' + second + '.000');
                    if (onProgress) {
                        onProgress(second + 1, seconds);
                    }
                    return frame(second + 1);
                });
            }
            return frame(0);
        }).then(function (result) {
            release();
            return result;
        }, function (error) {
            release();
            throw error && error.reason ? error : refusal('failed');
        });

        return {
            promise: promise,
            cancel: function () {
                job.cancelled = true;
                if (job.abort) {
                    job.abort();
                }
            }
        };
    }

    window.RecourseVideo = { sample: sample, isVideo: isVideo, MAX_SECONDS: MAX_SECONDS };

    /** A text of the tool's data attributes with {0}, {1} filled in. */
    function text(tool, name, values) {
        var template = tool.getAttribute('data-' + name) || '';
        return template.replace(/\{(\d)\}/g, function (all, index) {
            return String(values[Number(index)]);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var tool = document.getElementById('tool');
        if (!tool || !window.RecoursePdq || !window.Promise) {
            return;
        }
        var needs = document.getElementById('needs-script');
        if (needs) {
            needs.hidden = true;
        }
        tool.hidden = false;
        var picture = document.getElementById('picture');
        var state = document.getElementById('hash-state');
        var send = document.getElementById('send');
        var stop = document.getElementById('stop');
        var progress = document.getElementById('hash-progress');
        var fields = ['sha256', 'pdq', 'quality', 'vpdq'].map(function (id) {
            return document.getElementById(id);
        });
        var running = null;
        send.disabled = true;

        function clear() {
            fields.forEach(function (field) {
                if (field) {
                    field.value = '';
                }
            });
        }

        function working(on) {
            stop.hidden = !on;
            progress.hidden = !on;
            picture.disabled = on;
        }

        stop.addEventListener('click', function () {
            if (running) {
                running.stopped = true;
                running.cancel();
            }
        });

        function hashPicture(file) {
            state.textContent = text(tool, 'working');
            window.RecoursePdq.hashFile(file).then(function (hashes) {
                fields[0].value = hashes.sha256;
                fields[1].value = hashes.pdq;
                fields[2].value = String(hashes.quality);
                // A picture the browser would not let us read (Tor Browser asks first) hashes as blank.
                state.textContent = text(tool, hashes.quality >= 50 ? 'ready' : 'unreadable');
                send.disabled = false;
            }, function () {
                state.textContent = text(tool, 'failed');
            });
        }

        function hashVideo(file) {
            state.textContent = text(tool, 'video-opening');
            progress.value = 0;
            progress.max = 1;
            working(true);
            running = sample(file, function (done, of) {
                progress.max = of;
                progress.value = done;
                state.textContent = text(tool, 'video-progress', [done, of]);
            });
            running.promise.then(function (video) {
                state.textContent = text(tool, 'video-exact');
                return window.RecoursePdq.sha256Blob(file).then(function (sha256) {
                    if (running.stopped) {
                        // Stop pressed while the whole file was being read: nothing is kept.
                        throw refusal('cancelled');
                    }
                    fields[0].value = sha256;
                    // Frames all blank: the browser would not let the page read them (Tor Browser asks first).
                    fields[3].value = video.readable > 0 ? video.lines.join('\n') : '';
                    state.textContent = text(tool, video.readable > 0 ? 'video-ready' : 'video-unreadable',
                        [video.seconds]);
                    send.disabled = false;
                });
            }).then(null, function (error) {
                clear();
                picture.value = '';
                var reason = error && error.reason || 'failed';
                state.textContent = text(tool, ('video-' + reason).toLowerCase(), [window.RecourseVideo.MAX_SECONDS / 60]);
                // A refusal reads as a problem to act on; "Stopped" is what the survivor asked for.
                state.classList.toggle('hash-problem', reason !== 'cancelled');
            }).then(function () {
                running = null;
                working(false);
            });
        }

        picture.addEventListener('change', function () {
            var file = picture.files && picture.files[0];
            send.disabled = true;
            clear();
            state.classList.remove('hash-problem');
            if (!file) {
                return;
            }
            if (isVideo(file)) {
                hashVideo(file);
            } else {
                hashPicture(file);
            }
        });
    });
}());
