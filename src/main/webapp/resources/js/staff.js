/*
 * Staff workspace enhancements. Every page reads right without this script (the server writes times in the reader's
 * zone, lists every reason under its decision, blurs a reveal again when its time is over); it adds:
 * the reader's time zone for the server (a cookie), ticking countdowns, reasons and consequence of the chosen
 * decision only, blurring a revealed item again when its time ends, the keyboard shortcuts of the case page, and the
 * staff menu folded on a narrow window. Loaded by the staff template; a page that loads it again changes nothing.
 */
(function () {
    'use strict';
    if (window.recourseStaff) {
        return;
    }
    window.recourseStaff = true;

    /* The browser's zone, for the server's next page ("Europe/Paris"); the server takes only zones it knows. */
    function rememberZone() {
        try {
            var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
            if (zone && /^[A-Za-z][A-Za-z0-9_+\-\/]{0,63}$/.test(zone)) {
                document.cookie = 'recourse-tz=' + zone + '; path=/; max-age=31536000; SameSite=Strict';
            }
        } catch (e) {
            // An old browser without Intl: the portal's default zone is used.
        }
    }

    function span(ms) {
        var minutes = Math.floor(Math.abs(ms) / 60000);
        if (minutes >= 48 * 60) {
            return null; // days: the server's words stay
        }
        if (minutes >= 60) {
            return Math.floor(minutes / 60) + ' h' + (minutes % 60 ? ' ' + (minutes % 60) + ' min' : '');
        }
        return minutes + ' min';
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
            var words = span(left);
            var within = Math.abs(left) < 60000 && clocks[i].getAttribute(left > 0 ? 'data-now' : 'data-overdue-now');
            if (within) {
                clocks[i].textContent = within;
            } else if (words !== null) {
                // The page gives the words in its language ("due in {0}", "overdue by {0}").
                var pattern = left > 0 ? clocks[i].getAttribute('data-left') || '{0}'
                    : clocks[i].getAttribute('data-overdue') || '{0}';
                clocks[i].textContent = pattern.replace('{0}', words);
            }
            var row = clocks[i].closest('tr');
            if (row) {
                row.classList.toggle('overdue', left <= 0);
                row.classList.toggle('due-soon', left > 0 && left <= 15 * 60000);
            }
        }
    }

    /* Only the reasons and the consequence of the chosen decision (the server checks the pair again). */
    function fitReasons(form) {
        var decision = form.querySelector('select.decision-choice');
        var reason = form.querySelector('select.reason-choice');
        if (!decision || !reason) {
            return;
        }
        var chosen = decision.value;
        var groups = reason.querySelectorAll('optgroup');
        var labels = Array.prototype.map.call(decision.options, function (o) { return o.value; }).filter(Boolean);
        for (var g = 0; g < groups.length; g++) {
            // The groups come in the decisions' order.
            var fits = !chosen || labels[g] === chosen;
            groups[g].hidden = !fits;
            groups[g].disabled = !fits;
        }
        var selected = reason.options[reason.selectedIndex];
        if (selected && selected.parentNode.disabled) {
            reason.value = '';
        }
        var effects = form.querySelectorAll('.effect');
        for (var e = 0; e < effects.length; e++) {
            effects[e].hidden = !chosen || effects[e].getAttribute('data-decision') !== chosen;
        }
    }

    function decisionForms() {
        var forms = document.querySelectorAll('fieldset.decision');
        for (var i = 0; i < forms.length; i++) {
            (function (form) {
                fitReasons(form);
                var decision = form.querySelector('select.decision-choice');
                if (decision) {
                    decision.addEventListener('change', function () { fitReasons(form); });
                }
            }(forms[i]));
        }
    }

    /* A revealed picture is blurred again when its time ends (the server no longer serves it in full by then). */
    function blurLater() {
        var shown = document.querySelectorAll('img[data-reveal-ends]');
        for (var i = 0; i < shown.length; i++) {
            var ends = Date.parse(shown[i].getAttribute('data-reveal-ends'));
            if (isNaN(ends)) {
                continue;
            }
            (function (img) {
                window.setTimeout(function () { blur(img); }, Math.max(0, ends - Date.now()));
            }(shown[i]));
        }
    }

    function blur(img) {
        img.src = img.getAttribute('data-blurred-src');
        img.classList.add('blurred');
        img.removeAttribute('data-reveal-ends');
    }

    function typing(target) {
        var tag = target && target.tagName;
        // A select is not typing: the reviewer moves through its reasons with the arrow keys, then records.
        return tag === 'INPUT' || tag === 'TEXTAREA' || (target && target.isContentEditable);
    }

    function press(selector) {
        var button = document.querySelector(selector);
        if (button) {
            button.click();
            return true;
        }
        return false;
    }

    /* v reveal, b blur again, 1-4 decision, r record, n record and take next, q queue (never while typing). */
    function shortcuts(event) {
        if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target) || !document.getElementById('review')) {
            return;
        }
        var form = document.querySelector('fieldset.decision');
        var done = false;
        switch (event.key) {
            case 'v': done = press('input.reveal'); break;
            case 'b': done = press('input.blur-again'); break;
            case 'r': done = press('input.decide'); break;
            case 'n': done = press('input.decide-next'); break;
            case 'q': window.location.href = document.querySelector('a.brand').href; done = true; break;
            case '1': case '2': case '3': case '4':
                if (form) {
                    var decision = form.querySelector('select.decision-choice');
                    var index = parseInt(event.key, 10);
                    if (decision && decision.options.length > index) {
                        decision.selectedIndex = index;
                        fitReasons(form);
                        form.querySelector('select.reason-choice').focus();
                        done = true;
                    }
                }
                break;
            default:
                break;
        }
        if (done) {
            event.preventDefault();
        }
    }

    /* On a narrow window the menu starts folded (it is a details element: it opens and closes without script). */
    function foldMenu() {
        var menu = document.getElementById('staff-menu');
        if (menu && window.matchMedia('(max-width: 60rem)').matches) {
            menu.removeAttribute('open');
        }
    }

    rememberZone();
    document.addEventListener('DOMContentLoaded', function () {
        foldMenu();
        tick();
        window.setInterval(tick, 15000);
        decisionForms();
        blurLater();
        document.addEventListener('keydown', shortcuts);
    });
}());
