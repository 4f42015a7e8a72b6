/*
 * SinglePoint: the SLA administration page (/plugins/servlet/singlepoint/slas).
 *
 * Everything goes through the REST API (/rest/singlepoint/1.0/sla/...), which checks permissions and decides:
 * this script only sends what the administrator typed and shows the answers. Every value from the server or a file
 * is written as text (textContent, setAttribute, option.text), never as HTML. Texts come from Jira's JS i18n:
 * every AJS.I18n.getText call names its key literally, so the jsI18n transformer can replace it.
 */
(function () {
    'use strict';

    var root;
    var rest;
    var browse;
    var pollTimer = null;

    // ---- DOM helpers: text only -------------------------------------------------------------------------------

    function el(tag, attributes, children) {
        var element = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            var value = attributes[name];
            if (value === null || value === undefined) {
                return;
            }
            if (name === 'text') {
                element.textContent = String(value);
            } else if (name === 'className') {
                element.className = value;
            } else if (name === 'checked' || name === 'disabled' || name === 'selected') {
                element[name] = Boolean(value);
            } else {
                element.setAttribute(name, String(value));
            }
        });
        (children || []).forEach(function (child) {
            element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return element;
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function show(container) {
        var nodes = Array.prototype.slice.call(arguments, 1);
        while (container.firstChild) {
            container.removeChild(container.firstChild);
        }
        nodes.forEach(function (node) {
            if (node) {
                container.appendChild(node);
            }
        });
    }

    function message(kind, body) {
        var children = Array.isArray(body) ? body : [el('p', {text: body})];
        return el('div', {className: 'aui-message aui-message-' + kind}, children);
    }

    function when(iso) {
        return iso ? new Date(iso).toLocaleString() : '';
    }

    function issueLink(issue) {
        return el('a', {href: browse + encodeURIComponent(issue.key), title: issue.summary, text: issue.key,
            target: '_blank', rel: 'noopener'});
    }

    function table(headings, rows) {
        var head = el('thead', {}, [el('tr', {}, headings.map(function (heading) {
            return el('th', {text: heading});
        }))]);
        return el('table', {className: 'aui'}, [head, el('tbody', {}, rows)]);
    }

    // ---- REST -------------------------------------------------------------------------------------------------

    function call(method, path, body) {
        var init = {method: method, credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}};
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = typeof body === 'string' ? body : JSON.stringify(body);
        }
        return fetch(rest + path, init).then(function (response) {
            return response.text().then(function (content) {
                var data = null;
                try {
                    data = content ? JSON.parse(content) : null;
                } catch (e) {
                    data = null;
                }
                return {status: response.status, ok: response.ok, data: data};
            });
        }, function (error) {
            return {status: 0, ok: false, data: {error: String(error)}};
        });
    }

    function failure(answer) {
        var reason = answer.data && answer.data.error ? answer.data.error : 'HTTP ' + answer.status;
        return message('error', AJS.I18n.getText('singlepoint.sla.admin.error', reason));
    }

    // ---- configuration ----------------------------------------------------------------------------------------

    function loadCurrent() {
        return call('GET', '/sla/config').then(function (answer) {
            var current = byId('sp-current');
            if (answer.ok) {
                byId('sp-config').value = answer.data.json;
                current.textContent = describe(answer.data);
            } else if (answer.status === 404) {
                current.textContent = AJS.I18n.getText('singlepoint.sla.admin.current.none');
            } else {
                show(current, failure(answer));
            }
        });
    }

    function describe(version) {
        var line = AJS.I18n.getText('singlepoint.sla.admin.current', version.version, version.author.name,
            when(version.savedAt));
        return version.note ? line + ' ' + AJS.I18n.getText('singlepoint.sla.admin.current.note', version.note) : line;
    }

    function showProblems(problems) {
        var list = el('ul', {className: 'sp-problems'}, problems.map(function (problem) {
            var where = problem.path || AJS.I18n.getText('singlepoint.sla.admin.problem.document');
            return el('li', {}, [el('code', {text: where}), ' ', el('span', {text: problem.message})]);
        }));
        show(byId('sp-problems'), message('error',
            [el('p', {text: AJS.I18n.getText('singlepoint.sla.admin.invalid', problems.length)})]), list);
    }

    function validate() {
        return call('POST', '/sla/config/validate', byId('sp-config').value).then(function (answer) {
            if (!answer.ok) {
                show(byId('sp-problems'), failure(answer));
            } else if (answer.data.valid) {
                show(byId('sp-problems'), message('success', AJS.I18n.getText('singlepoint.sla.admin.valid')));
            } else {
                showProblems(answer.data.problems);
            }
        });
    }

    function save() {
        var body = {config: byId('sp-config').value, note: byId('sp-note').value};
        return call('PUT', '/sla/config', body).then(function (answer) {
            var result = byId('sp-save-result');
            if (!answer.ok) {
                if (answer.data && answer.data.problems) {
                    showProblems(answer.data.problems);
                }
                show(result, failure(answer));
                return;
            }
            show(byId('sp-problems'), message('success', AJS.I18n.getText('singlepoint.sla.admin.valid')));
            var saved = el('p', {text: AJS.I18n.getText('singlepoint.sla.admin.saved', answer.data.version.version)});
            var task = answer.data.recalculation;
            var progress = el('p', {id: 'sp-save-progress',
                text: task ? progressText(task) : AJS.I18n.getText('singlepoint.sla.admin.saved.norecalc')});
            show(result, message('success', [saved, progress]));
            byId('sp-note').value = '';
            loadCurrent();
            loadHistory();
            loadRecalculations();
            if (task) {
                follow(task.id, progress);
            }
        });
    }

    function follow(id, line) {
        call('GET', '/sla/recalculations/' + encodeURIComponent(id)).then(function (answer) {
            if (!answer.ok) {
                return;
            }
            line.textContent = progressText(answer.data);
            if (!answer.data.finished) {
                window.setTimeout(function () {
                    follow(id, line);
                }, 2000);
            } else {
                loadRecalculations();
            }
        });
    }

    function exportConfig() {
        var blob = new Blob([byId('sp-config').value], {type: 'application/json'});
        var link = el('a', {href: URL.createObjectURL(blob), download: 'sla-configuration.json'});
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        window.setTimeout(function () {
            URL.revokeObjectURL(link.href);
        }, 1000);
    }

    function importConfig(event) {
        var file = event.target.files && event.target.files[0];
        if (!file) {
            return;
        }
        var reader = new FileReader();
        reader.onload = function () {
            byId('sp-config').value = String(reader.result);
            show(byId('sp-problems'));
            event.target.value = '';
        };
        reader.onerror = function () {
            show(byId('sp-problems'), message('error', AJS.I18n.getText('singlepoint.sla.admin.import.failed')));
        };
        reader.readAsText(file);
    }

    // ---- preview ----------------------------------------------------------------------------------------------

    function preview() {
        var project = byId('sp-preview-project').value;
        var result = byId('sp-preview-result');
        if (!project) {
            show(result, message('warning', AJS.I18n.getText('singlepoint.sla.admin.preview.choose')));
            return Promise.resolve();
        }
        var body = {config: byId('sp-config').value, project: project, issues: Number(byId('sp-preview-issues').value)};
        show(result, el('p', {className: 'sp-hint', text: AJS.I18n.getText('singlepoint.sla.admin.loading')}));
        return call('POST', '/sla/config/preview', body).then(function (answer) {
            if (!answer.ok) {
                if (answer.data && answer.data.problems) {
                    showProblems(answer.data.problems);
                }
                show(result, failure(answer));
                return;
            }
            show(result, el('p', {text: AJS.I18n.getText('singlepoint.sla.admin.preview.summary',
                answer.data.issues, answer.data.project)}), previewTable(answer.data.changes));
        });
    }

    function previewTable(changes) {
        var rows = changes.map(function (change) {
            var name = [el('strong', {text: change.name}), ' ', el('code', {text: change.sla})];
            if (!change.inCurrent) {
                name.push(' ', el('span', {className: 'aui-lozenge aui-lozenge-success',
                    text: AJS.I18n.getText('singlepoint.sla.admin.preview.added')}));
            }
            if (!change.inProposed) {
                name.push(' ', el('span', {className: 'aui-lozenge aui-lozenge-removed',
                    text: AJS.I18n.getText('singlepoint.sla.admin.preview.removed')}));
            }
            return el('tr', {'data-sla': change.sla}, [
                el('td', {}, name),
                el('td', {text: AJS.I18n.getText('singlepoint.sla.admin.preview.count', change.metBefore, change.metAfter)}),
                el('td', {text: AJS.I18n.getText('singlepoint.sla.admin.preview.count', change.breachedBefore,
                    change.breachedAfter)}),
                moved(change.metToBreached, 'sp-met-to-breached'),
                moved(change.breachedToMet, 'sp-breached-to-met')
            ]);
        });
        return table([AJS.I18n.getText('singlepoint.sla.admin.preview.col.sla'),
            AJS.I18n.getText('singlepoint.sla.admin.preview.col.met'),
            AJS.I18n.getText('singlepoint.sla.admin.preview.col.breached'),
            AJS.I18n.getText('singlepoint.sla.admin.preview.col.met-to-breached'),
            AJS.I18n.getText('singlepoint.sla.admin.preview.col.breached-to-met')], rows);
    }

    function moved(issues, className) {
        if (issues.length === 0) {
            return el('td', {className: className, text: '0'});
        }
        return el('td', {className: className}, [el('strong', {text: String(issues.length)}),
            el('div', {className: 'sp-issues'}, issues.map(issueLink))]);
    }

    // ---- recalculations and history ---------------------------------------------------------------------------

    function statusText(status) {
        switch (status) {
            case 'QUEUED':
                return AJS.I18n.getText('singlepoint.sla.admin.recalc.status.queued');
            case 'RUNNING':
                return AJS.I18n.getText('singlepoint.sla.admin.recalc.status.running');
            case 'DONE':
                return AJS.I18n.getText('singlepoint.sla.admin.recalc.status.done');
            default:
                return AJS.I18n.getText('singlepoint.sla.admin.recalc.status.failed');
        }
    }

    function progressText(task) {
        return AJS.I18n.getText('singlepoint.sla.admin.recalc.progress', task.id, statusText(task.status),
            task.done, task.total);
    }

    function loadRecalculations() {
        return call('GET', '/sla/recalculations').then(function (answer) {
            var container = byId('sp-recalcs');
            if (!answer.ok) {
                show(container, failure(answer));
                return;
            }
            var tasks = answer.data.recalculations;
            if (tasks.length === 0) {
                show(container, el('p', {className: 'sp-hint', text: AJS.I18n.getText('singlepoint.sla.admin.recalc.none')}));
                return;
            }
            show(container, table([AJS.I18n.getText('singlepoint.sla.admin.recalc.col.id'),
                AJS.I18n.getText('singlepoint.sla.admin.recalc.col.issues'),
                AJS.I18n.getText('singlepoint.sla.admin.recalc.col.version'),
                AJS.I18n.getText('singlepoint.sla.admin.recalc.col.status'),
                AJS.I18n.getText('singlepoint.sla.admin.recalc.col.progress'),
                AJS.I18n.getText('singlepoint.sla.admin.recalc.col.started')], tasks.map(function (task) {
                return el('tr', {}, [el('td', {text: task.id}), el('td', {}, [el('code', {text: task.jql})]),
                    el('td', {text: task.version}),
                    el('td', {title: task.message || null, text: statusText(task.status)}),
                    el('td', {text: AJS.I18n.getText('singlepoint.sla.admin.recalc.progress.value', task.done,
                        task.total)}),
                    el('td', {text: when(task.createdAt) + ' · ' + task.author.name})]);
            })));
            var running = tasks.some(function (task) {
                return !task.finished;
            });
            window.clearTimeout(pollTimer);
            if (running) {
                pollTimer = window.setTimeout(loadRecalculations, 3000);
            }
        });
    }

    function loadHistory() {
        return call('GET', '/sla/config/versions').then(function (answer) {
            var container = byId('sp-history');
            if (!answer.ok) {
                show(container, failure(answer));
                return;
            }
            var versions = answer.data.versions;
            if (versions.length === 0) {
                show(container, el('p', {className: 'sp-hint', text: AJS.I18n.getText('singlepoint.sla.admin.history.none')}));
                return;
            }
            show(container, table([AJS.I18n.getText('singlepoint.sla.admin.history.col.version'),
                AJS.I18n.getText('singlepoint.sla.admin.history.col.author'),
                AJS.I18n.getText('singlepoint.sla.admin.history.col.time'),
                AJS.I18n.getText('singlepoint.sla.admin.history.col.note'), ''], versions.map(function (version) {
                var view = el('button', {type: 'button', className: 'aui-button aui-button-link',
                    text: AJS.I18n.getText('singlepoint.sla.admin.history.view')});
                view.addEventListener('click', function () {
                    viewVersion(version.version);
                });
                return el('tr', {}, [el('td', {text: version.version}), el('td', {text: version.author.name}),
                    el('td', {text: when(version.savedAt)}), el('td', {text: version.note}), el('td', {}, [view])]);
            })));
        });
    }

    function viewVersion(number) {
        return call('GET', '/sla/config/versions/' + encodeURIComponent(number)).then(function (answer) {
            var container = byId('sp-version-view');
            if (!answer.ok) {
                show(container, failure(answer));
                return;
            }
            var load = el('button', {type: 'button', className: 'aui-button',
                text: AJS.I18n.getText('singlepoint.sla.admin.history.load')});
            load.addEventListener('click', function () {
                byId('sp-config').value = answer.data.json;
                show(byId('sp-problems'));
                byId('sp-config').focus();
            });
            var close = el('button', {type: 'button', className: 'aui-button aui-button-link',
                text: AJS.I18n.getText('singlepoint.sla.admin.history.close')});
            close.addEventListener('click', function () {
                show(container);
            });
            show(container, el('h3', {text: AJS.I18n.getText('singlepoint.sla.admin.history.viewing', number)}),
                el('p', {className: 'sp-hint', text: describe(answer.data)}),
                el('pre', {className: 'sp-version-json', text: answer.data.json}),
                el('div', {className: 'buttons'}, [load, ' ', close]));
        });
    }

    // ---- projects ---------------------------------------------------------------------------------------------

    function loadProjects() {
        return call('GET', '/sla/projects').then(function (answer) {
            if (!answer.ok) {
                show(byId('sp-project-result'), failure(answer));
                return;
            }
            [byId('sp-preview-project'), byId('sp-project')].forEach(function (select) {
                var chosen = select.value;
                show(select, el('option', {value: '', text: AJS.I18n.getText('singlepoint.sla.admin.projects.choose')}));
                answer.data.projects.forEach(function (project) {
                    var label = project.enabled
                        ? AJS.I18n.getText('singlepoint.sla.admin.projects.option.on', project.key, project.name)
                        : AJS.I18n.getText('singlepoint.sla.admin.projects.option', project.key, project.name);
                    select.appendChild(el('option', {value: project.key, text: label,
                        selected: project.key === chosen}));
                });
            });
        });
    }

    function loadProject() {
        var key = byId('sp-project').value;
        show(byId('sp-project-result'));
        if (!key) {
            show(byId('sp-project-settings'));
            return Promise.resolve();
        }
        return call('GET', '/sla/projects/' + encodeURIComponent(key)).then(function (answer) {
            if (!answer.ok) {
                show(byId('sp-project-settings'), failure(answer));
                return;
            }
            showProject(answer.data);
        });
    }

    function checkbox(id, label, checked) {
        return el('div', {className: 'checkbox'}, [el('input', {type: 'checkbox', className: 'checkbox', id: id,
            checked: checked}), el('label', {'for': id, text: label})]);
    }

    function showProject(settings) {
        var rules = settings.rules;
        var answered = rules.answeredBy || [];
        var statusRows = settings.pausingStatuses.map(function (pausing) {
            var select = el('select', {className: 'select sp-transition', 'data-status': pausing.status},
                [el('option', {value: '', text: AJS.I18n.getText('singlepoint.sla.admin.projects.transition.none')})]);
            var chosen = pausing.chosen;
            pausing.transitions.forEach(function (transition) {
                select.appendChild(el('option', {value: transition.id, selected: transition.id === chosen,
                    text: AJS.I18n.getText('singlepoint.sla.admin.projects.transition.option', transition.name,
                        transition.id, transition.workflows.join(', '))}));
            });
            return el('tr', {}, [el('td', {text: pausing.status}), el('td', {}, [select])]);
        });
        var statuses = statusRows.length === 0
            ? el('p', {className: 'sp-hint', text: AJS.I18n.getText('singlepoint.sla.admin.projects.nostatuses')})
            : table([AJS.I18n.getText('singlepoint.sla.admin.projects.status.col'),
                AJS.I18n.getText('singlepoint.sla.admin.projects.transition.col')], statusRows);
        var saveButton = el('button', {type: 'button', className: 'aui-button aui-button-primary', id: 'sp-project-save',
            text: AJS.I18n.getText('singlepoint.sla.admin.projects.save')});
        saveButton.addEventListener('click', function () {
            saveProject(settings.key);
        });
        show(byId('sp-project-settings'),
            el('fieldset', {className: 'group'}, [checkbox('sp-project-enabled',
                AJS.I18n.getText('singlepoint.sla.admin.projects.enabled'), settings.enabled)]),
            el('fieldset', {className: 'group'}, [
                el('legend', {}, [el('span', {text: AJS.I18n.getText('singlepoint.sla.admin.projects.answered-by')})]),
                checkbox('sp-answered-reporter', AJS.I18n.getText('singlepoint.sla.admin.projects.reporter'),
                    answered.indexOf('REPORTER') >= 0),
                checkbox('sp-answered-watcher', AJS.I18n.getText('singlepoint.sla.admin.projects.watcher'),
                    answered.indexOf('WATCHER') >= 0)]),
            el('div', {className: 'field-group'}, [
                el('label', {'for': 'sp-run-as', text: AJS.I18n.getText('singlepoint.sla.admin.projects.run-as')}),
                el('input', {type: 'text', className: 'text', id: 'sp-run-as',
                    value: rules.runAs ? rules.runAs.username : ''})]),
            statuses,
            el('div', {className: 'buttons-container'}, [el('div', {className: 'buttons'}, [saveButton])]));
    }

    function saveProject(key) {
        var transitions = {};
        Array.prototype.forEach.call(document.querySelectorAll('#sp-project-settings select.sp-transition'),
            function (select) {
                if (select.value !== '') {
                    transitions[select.getAttribute('data-status')] = Number(select.value);
                }
            });
        var answeredBy = [];
        if (byId('sp-answered-reporter').checked) {
            answeredBy.push('REPORTER');
        }
        if (byId('sp-answered-watcher').checked) {
            answeredBy.push('WATCHER');
        }
        var body = {enabled: byId('sp-project-enabled').checked,
            rules: {transitions: transitions, answeredBy: answeredBy, runAs: byId('sp-run-as').value}};
        return call('PUT', '/sla/projects/' + encodeURIComponent(key), body).then(function (answer) {
            var result = byId('sp-project-result');
            if (!answer.ok) {
                show(result, failure(answer));
                return;
            }
            var lines = [el('p', {text: AJS.I18n.getText('singlepoint.sla.admin.projects.saved', answer.data.key)})];
            if (answer.data.recalculation) {
                lines.push(el('p', {text: progressText(answer.data.recalculation)}));
                loadRecalculations();
            }
            show(result, message('success', lines));
            showProject(answer.data);
            loadProjects();
        });
    }

    // ---- start ------------------------------------------------------------------------------------------------

    function start() {
        root = byId('singlepoint-sla-admin');
        if (!root) {
            return; // another administration page: this resource is loaded in the admin context
        }
        rest = root.getAttribute('data-rest-base');
        browse = root.getAttribute('data-browse-base');
        byId('sp-validate').addEventListener('click', validate);
        byId('sp-save').addEventListener('click', save);
        byId('sp-export').addEventListener('click', exportConfig);
        byId('sp-import-file').addEventListener('change', importConfig);
        byId('sp-preview').addEventListener('click', preview);
        byId('sp-project').addEventListener('change', loadProject);
        Promise.all([loadCurrent(), loadProjects(), loadHistory(), loadRecalculations()]).then(function () {
            root.setAttribute('data-ready', 'true');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
