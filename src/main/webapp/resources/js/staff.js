/*
 * Staff workspace enhancements. The queue's "time left" column is rendered by the server; this keeps it ticking.
 */
(function () {
    'use strict';

    function span(ms) {
        var minutes = Math.floor(Math.abs(ms) / 60000);
        var seconds = Math.floor((Math.abs(ms) % 60000) / 1000);
        if (minutes >= 120) {
            return Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
        }
        return minutes + ' min ' + (seconds < 10 ? '0' : '') + seconds + ' s';
    }

    function tick() {
        var now = Date.now();
        var clocks = document.querySelectorAll('.countdown[data-due]');
        for (var i = 0; i < clocks.length; i++) {
            var due = Date.parse(clocks[i].getAttribute('data-due'));
            if (isNaN(due)) {
                continue;
            }
            var left = due - now;
            // The page gives the words in its language ("{0} left", "overdue {0}"); English only if it does not.
            var words = left > 0 ? clocks[i].getAttribute('data-left') || '{0} left'
                : clocks[i].getAttribute('data-overdue') || 'overdue {0}';
            clocks[i].textContent = words.replace('{0}', span(left));
            var row = clocks[i].closest('tr');
            if (row) {
                row.classList.toggle('overdue', left <= 0);
                row.classList.toggle('due-soon', left > 0 && left <= 15 * 60000);
            }
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        tick();
        window.setInterval(tick, 1000);
    });
}());
