/*
 * Progressive enhancement only: every page works without this file.
 * - "Leave this site" replaces the current history entry, so Back does not return here; Escape pressed twice
 *   leaves too.
 * - The confirmation page gets a Print button beside its print hint.
 */
(function () {
    'use strict';

    function leave(url) {
        document.body.style.visibility = 'hidden';
        window.location.replace(url);
    }

    document.addEventListener('DOMContentLoaded', function () {
        var exit = document.getElementById('quick-exit');
        if (exit) {
            var url = exit.getAttribute('data-exit');
            exit.addEventListener('click', function (event) {
                event.preventDefault();
                leave(url);
            });
            var lastEscape = 0;
            document.addEventListener('keydown', function (event) {
                if (event.key !== 'Escape') {
                    return;
                }
                var now = Date.now();
                if (now - lastEscape < 800) {
                    leave(url);
                }
                lastEscape = now;
            });
        }

        var hint = document.getElementById('print-hint');
        if (hint && window.print) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'button';
            button.id = 'print';
            button.textContent = hint.getAttribute('data-label') || 'Print';
            button.addEventListener('click', function () {
                window.print();
            });
            hint.parentNode.replaceChild(button, hint);
        }
    });
}());
