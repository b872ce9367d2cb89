/*
 * Progressive enhancement only: every page works without this file.
 * - "Leave this site" replaces the current history entry, so Back does not return here; Escape pressed twice
 *   leaves too.
 * - The menu folds behind "Menu" on a narrow screen (it is sent open, so it works without script).
 * - The confirmation and /hash result pages get a Print button beside its print hint, a Copy button beside the reference, and its
 *   "type it once" check answers at once instead of sending the form.
 */
(function () {
    'use strict';

    function leave(url) {
        document.body.style.visibility = 'hidden';
        window.location.replace(url);
    }

    /**
     * PHONE-PUBLIC: the menu is sent open (without script every link shows); on a narrow screen it folds behind
     * "Menu", and on a wide one it stays open, its "Menu" line hidden by the style sheet.
     */
    function foldMenu() {
        var menu = document.getElementById('site-menu');
        if (!menu || !window.matchMedia) {
            return;
        }
        var wide = window.matchMedia('(min-width: 48rem)');
        var fit = function () {
            menu.open = wide.matches;
        };
        fit();
        if (wide.addEventListener) {
            wide.addEventListener('change', fit);
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        foldMenu();
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

        var slot = document.getElementById('copy-slot');
        if (slot) {
            offerCopy(slot);
        }

        var check = document.getElementById('check');
        if (check && check.getAttribute('data-reference')) {
            check.addEventListener('submit', function (event) {
                event.preventDefault();
                var typed = document.getElementById('typed').value;
                var right = normalise(typed) === check.getAttribute('data-reference');
                var result = document.getElementById('check-result');
                result.textContent = check.getAttribute(right ? 'data-match' : 'data-mismatch');
                result.className = 'check-result ' + (right ? 'match' : 'mismatch');
            });
        }
    });

    /** As the server reads a reference: any case, no spaces or dashes, O for 0 and I or L for 1. */
    function normalise(text) {
        return text.toUpperCase().replace(/[\s\-\u00A0]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
    }

    function offerCopy(slot) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'button';
        button.id = 'copy';
        button.textContent = slot.getAttribute('data-label');
        var done = document.createElement('span');
        done.className = 'copied';
        done.setAttribute('role', 'status');
        button.addEventListener('click', function () {
            var text = slot.getAttribute('data-reference');
            var shown = function () {
                done.textContent = slot.getAttribute('data-done');
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(shown, function () {
                    copyBySelection(text) && shown();
                });
            } else if (copyBySelection(text)) {
                shown();
            }
        });
        slot.appendChild(button);
        slot.appendChild(done);
    }

    /** For plain-HTTP pages, where the clipboard API is not offered: select the reference and copy it. */
    function copyBySelection(text) {
        var field = document.createElement('textarea');
        field.value = text;
        field.setAttribute('readonly', 'readonly');
        field.className = 'offscreen';
        document.body.appendChild(field);
        field.select();
        var copied = false;
        try {
            copied = document.execCommand('copy');
        } catch (e) {
            copied = false;
        }
        document.body.removeChild(field);
        return copied;
    }
}());
