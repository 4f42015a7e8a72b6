/*
 * SinglePoint: the user and group picker of the RASCI role inputs (the field's edit form, the RASCI defaults page).
 *
 * Progressive enhancement: each role input stays a comma-separated text that the server reads (usernames,
 * user:KEY, group:NAME, addresses). As the user types a word, this script suggests Jira's users and, where the
 * role may hold groups (data-rasci-groups="true"), groups, from Jira's own REST resources
 * (GET /rest/api/2/user/picker and /rest/api/2/groups/picker); picking one replaces the word with the username or
 * group:NAME and a comma. Without the script, or when a request fails, typing works as before.
 *
 * Inputs are found through listeners on document, so forms loaded later (quick create and edit dialogs) work too.
 * Every value from the server is written as text (textContent), never as HTML: the answers' "html" is ignored.
 * Texts come from data attributes the templates render (data-rasci-text-*), in the reader's language.
 */
(function () {
    'use strict';

    var SELECTOR = 'input[data-rasci-picker]';
    var DELAY = 150;
    var MAX_RESULTS = 10;

    var ids = 0;
    var open = null; // the input whose suggestions are shown: {input, list, status, items, active}
    var timer = null;
    var asked = 0; // the number of the latest request; older answers are ignored

    // ---- the page ------------------------------------------------------------------------------------------------

    function contextPath(input) {
        if (window.AJS && typeof window.AJS.contextPath === 'function') {
            return window.AJS.contextPath();
        }
        var holder = input.closest('[data-rasci-context-path]');
        return holder ? holder.getAttribute('data-rasci-context-path') : '';
    }

    function text(input, name, fallback) {
        var holder = input.closest('[data-rasci-text-' + name + ']');
        return holder ? holder.getAttribute('data-rasci-text-' + name) : fallback;
    }

    function groupsAllowed(input) {
        return input.getAttribute('data-rasci-groups') === 'true';
    }

    function pickerInput(target) {
        return target && target.matches && target.matches(SELECTOR) ? target : null;
    }

    /** Makes the input a combobox the first time it gets the focus. */
    function bind(input) {
        if (input.getAttribute('data-rasci-bound') === 'true') {
            return;
        }
        ids += 1;
        var listId = 'singlepoint-rasci-picker-' + ids;
        input.setAttribute('data-rasci-bound', 'true');
        input.setAttribute('data-rasci-list', listId);
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('aria-controls', listId);
        input.setAttribute('autocomplete', 'off');
    }

    // ---- the word being typed ------------------------------------------------------------------------------------

    /** The comma-separated word around the caret: its bounds and its text without blanks. */
    function word(input) {
        var value = input.value;
        var caret = typeof input.selectionStart === 'number' ? input.selectionStart : value.length;
        var start = caret > 0 ? value.lastIndexOf(',', caret - 1) + 1 : 0;
        var end = value.indexOf(',', caret);
        if (end < 0) {
            end = value.length;
        }
        return {start: start, end: end, text: value.slice(start, end).trim()};
    }

    /** The words already typed in the input, to leave out of the suggestions. */
    function typed(input, except) {
        var words = {};
        input.value.split(',').forEach(function (each) {
            var trimmed = each.trim().toLowerCase();
            if (trimmed && trimmed !== except.toLowerCase()) {
                words[trimmed] = true;
            }
        });
        return words;
    }

    /** What to ask for a word: users unless it names a group, groups where allowed unless it names a user. */
    function question(input, current) {
        var lower = current.toLowerCase();
        if (lower.indexOf('group:') === 0) {
            return {query: current.slice(6).trim(), users: false, groups: groupsAllowed(input)};
        }
        if (lower.indexOf('user:') === 0) {
            return {query: current.slice(5).trim(), users: true, groups: false};
        }
        return {query: current, users: true, groups: groupsAllowed(input)};
    }

    // ---- asking Jira ---------------------------------------------------------------------------------------------

    function get(url) {
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .catch(function () {
                return null; // a failed request shows no suggestions
            });
    }

    /** The named entries of one of Jira's pickers (user or group) as suggestions; malformed entries are skipped. */
    function lookup(input, resource, query, list, suggestion) {
        return get(contextPath(input) + '/rest/api/2/' + resource + '?query=' + encodeURIComponent(query)
            + '&maxResults=' + MAX_RESULTS).then(function (answer) {
            return (answer && Array.isArray(answer[list]) ? answer[list] : [])
                .filter(function (entry) {
                    return entry && typeof entry.name === 'string' && entry.name;
                })
                .map(suggestion);
        });
    }

    function users(input, query) {
        return lookup(input, 'user/picker', query, 'users', function (user) {
            return {value: user.name, label: user.displayName || user.name, detail: user.name, group: false};
        });
    }

    function groups(input, query) {
        return lookup(input, 'groups/picker', query, 'groups', function (group) {
            return {value: 'group:' + group.name, label: group.name, detail: null, group: true};
        });
    }

    function suggest(input) {
        var current = word(input);
        var ask = question(input, current.text);
        asked += 1;
        var number = asked;
        if (!ask.query || (!ask.users && !ask.groups)) {
            close();
            return;
        }
        Promise.all([ask.users ? users(input, ask.query) : Promise.resolve([]),
            ask.groups ? groups(input, ask.query) : Promise.resolve([])]).then(function (answers) {
            if (number !== asked || document.activeElement !== input) {
                return; // a newer word was typed meanwhile, or the user left the input
            }
            var seen = typed(input, current.text);
            var items = answers[0].concat(answers[1]).filter(function (item) {
                return !seen[item.value.toLowerCase()];
            });
            show(input, items);
        });
    }

    // ---- the list ------------------------------------------------------------------------------------------------

    function element(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined && content !== null) {
            node.textContent = String(content);
        }
        return node;
    }

    function show(input, items) {
        close();
        if (items.length === 0) {
            return;
        }
        var listId = input.getAttribute('data-rasci-list');
        var list = element('div', 'aui-list singlepoint-rasci-suggestions');
        var section = element('ul', 'aui-list-section');
        section.id = listId;
        section.setAttribute('role', 'listbox');
        section.setAttribute('aria-label', text(input, 'suggestions', 'Suggestions'));
        items.forEach(function (item, index) {
            var option = element('li', 'aui-list-item');
            option.id = listId + '-' + index;
            option.setAttribute('role', 'option');
            option.setAttribute('aria-selected', 'false');
            option.setAttribute('data-rasci-value', item.value);
            var link = element('span', 'aui-list-item-link');
            link.appendChild(element('span', 'singlepoint-rasci-suggestion-label', item.label));
            if (item.detail && item.detail !== item.label) {
                link.appendChild(document.createTextNode(' '));
                link.appendChild(element('span', 'singlepoint-rasci-suggestion-detail', '(' + item.detail + ')'));
            }
            if (item.group) {
                link.appendChild(document.createTextNode(' '));
                link.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle', text(input, 'group', 'group')));
            }
            option.appendChild(link);
            option.addEventListener('mousedown', function (event) {
                event.preventDefault(); // keep the focus in the input
            });
            option.addEventListener('click', function () {
                pick(input, item.value);
            });
            section.appendChild(option);
        });
        list.appendChild(section);
        var status = element('div', 'assistive singlepoint-rasci-status',
            text(input, 'count', 'Suggestions: {0}').replace('{0}', String(items.length)));
        status.setAttribute('role', 'status');
        status.setAttribute('aria-live', 'polite');
        list.appendChild(status);
        list.style.top = (input.offsetTop + input.offsetHeight) + 'px';
        list.style.left = input.offsetLeft + 'px';
        list.style.minWidth = input.offsetWidth + 'px';
        input.parentNode.insertBefore(list, input.nextSibling);
        input.setAttribute('aria-expanded', 'true');
        open = {input: input, list: list, items: Array.prototype.slice.call(section.children), active: -1};
    }

    function activate(index) {
        if (!open) {
            return;
        }
        var count = open.items.length;
        open.active = ((index % count) + count) % count;
        open.items.forEach(function (item, position) {
            var active = position === open.active;
            item.classList.toggle('active', active);
            item.setAttribute('aria-selected', active ? 'true' : 'false');
        });
        var chosen = open.items[open.active];
        open.input.setAttribute('aria-activedescendant', chosen.id);
        if (chosen.scrollIntoView) {
            chosen.scrollIntoView({block: 'nearest'});
        }
    }

    function close() {
        if (!open) {
            return;
        }
        if (open.list.parentNode) {
            open.list.parentNode.removeChild(open.list);
        }
        open.input.setAttribute('aria-expanded', 'false');
        open.input.removeAttribute('aria-activedescendant');
        open = null;
    }

    /** Replaces the word around the caret with {@code value} and a comma. */
    function pick(input, value) {
        var current = word(input);
        var before = input.value.slice(0, current.start);
        var after = input.value.slice(current.end);
        var inserted = (before && !/\s$/.test(before) ? ' ' : '') + value + (/^\s*,/.test(after) ? '' : ', ');
        input.value = before + inserted + after;
        var caret = before.length + inserted.length;
        input.setSelectionRange(caret, caret);
        close();
        asked += 1; // an answer still under way is stale now
        input.dispatchEvent(new Event('change', {bubbles: true}));
    }

    // ---- events, delegated to document ---------------------------------------------------------------------------

    document.addEventListener('focusin', function (event) {
        var input = pickerInput(event.target);
        if (input) {
            bind(input);
        }
    });

    document.addEventListener('input', function (event) {
        var input = pickerInput(event.target);
        if (!input) {
            return;
        }
        bind(input);
        clearTimeout(timer);
        timer = setTimeout(function () {
            suggest(input);
        }, DELAY);
    });

    document.addEventListener('focusout', function (event) {
        if (open && event.target === open.input) {
            clearTimeout(timer);
            asked += 1;
            close();
        }
    });

    // Capture: an Escape or Enter meant for the list must not also close a dialog or submit the form.
    document.addEventListener('keydown', function (event) {
        var input = pickerInput(event.target);
        if (!input) {
            return;
        }
        bind(input);
        var shown = open && open.input === input;
        if (event.key === 'ArrowDown' || event.key === 'Down') {
            event.preventDefault();
            if (shown) {
                activate(open.active + 1);
            } else {
                suggest(input);
            }
        } else if ((event.key === 'ArrowUp' || event.key === 'Up') && shown) {
            event.preventDefault();
            activate(open.active - 1);
        } else if (event.key === 'Enter' && shown && open.active >= 0) {
            event.preventDefault();
            event.stopPropagation();
            pick(input, open.items[open.active].getAttribute('data-rasci-value'));
        } else if ((event.key === 'Escape' || event.key === 'Esc') && shown) {
            event.preventDefault();
            event.stopPropagation();
            asked += 1;
            close();
        } else if (event.key === 'Tab' && shown) {
            close();
        }
    }, true);
}());
