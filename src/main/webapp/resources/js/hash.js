/*
 * The survivor's on-device hashing page: the chosen picture is read and hashed here (pdq.js) and only its SHA-256
 * and PDQ hashes go into the form. The file field has no name and sits outside the form, so the picture itself is
 * never part of any request. Without this script the page shows why the feature needs it.
 */
(function () {
    'use strict';

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
        send.disabled = true;

        picture.addEventListener('change', function () {
            var file = picture.files && picture.files[0];
            send.disabled = true;
            if (!file) {
                return;
            }
            state.textContent = tool.getAttribute('data-working');
            window.RecoursePdq.hashFile(file).then(function (hashes) {
                document.getElementById('sha256').value = hashes.sha256;
                document.getElementById('pdq').value = hashes.pdq;
                document.getElementById('quality').value = String(hashes.quality);
                // A picture the browser would not let us read (Tor Browser asks first) hashes as blank.
                state.textContent = tool.getAttribute(hashes.quality >= 50 ? 'data-ready' : 'data-unreadable');
                send.disabled = false;
            }, function () {
                state.textContent = tool.getAttribute('data-failed');
            });
        });
    });
}());
