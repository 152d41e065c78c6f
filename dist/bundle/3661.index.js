export const id = 3661;
export const ids = [3661];
export const modules = {

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ actionReader),
/* harmony export */   Sh: () => (/* binding */ actionSettings),
/* harmony export */   qM: () => (/* binding */ targetKeys)
/* harmony export */ });
/* unused harmony export actionOptions */
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88381);
/* harmony import */ var _org_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32796);
/* harmony import */ var _publish_publishers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93274);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70606);
/** The action's inputs: every row that has an `input`, read through the runner, masked before anything is logged. */




/** Every row the action reads, in action.yml's order. */
const actionOptions = (stores) => [...(0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsOptions */ .ow)(stores), ...Object.values(_publish_publishers_js__WEBPACK_IMPORTED_MODULE_2__/* .PUBLISH_OPTIONS */ .dA), ...Object.values(_org_options_js__WEBPACK_IMPORTED_MODULE_1__/* .ORG_OPTIONS */ .U)].filter((o) => o.input);
/** The keys a target of the targets file may set: every input of a single run (not the org's own rows). */
const targetKeys = (stores) => [...(0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsOptions */ .ow)(stores), ...Object.values(_publish_publishers_js__WEBPACK_IMPORTED_MODULE_2__/* .PUBLISH_OPTIONS */ .dA)].filter((o) => o.input);
function actionReader(io) {
    return {
        read: (option) => (option.input ? io.input(option.input) : undefined),
        nameOf: (option) => option.input ?? option.flag ?? '(option)',
        missingLabel: 'Missing required inputs',
    };
}
/** Inputs → settings. Every credential is masked first: nothing may be logged before. */
async function actionSettings(io) {
    const reader = actionReader(io);
    for (const secret of (0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialsIn */ .Wr)(reader, actionOptions(io.stores)))
        io.setSecret(secret);
    const settings = await (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .buildSettings */ .E6)(reader, io);
    for (const secret of settings.stores.flatMap((s) => s.credentials))
        io.setSecret(secret);
    return { settings, publish: (0,_publish_publishers_js__WEBPACK_IMPORTED_MODULE_2__/* .publishSettings */ .nR)(reader, settings.snapshotPath) };
}


/***/ }),

/***/ 93274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W2: () => (/* binding */ createPublishers),
/* harmony export */   dA: () => (/* binding */ PUBLISH_OPTIONS),
/* harmony export */   nR: () => (/* binding */ publishSettings)
/* harmony export */ });
/* unused harmony exports shouldNotify, GITHUB_HISTORY_DEADLINE_MS, GITHUB_PUBLISH_DEADLINE_MS, SLACK_LIMITS, snapshotCommitMessage */
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24261);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88381);
/* harmony import */ var _history_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43328);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12032);
/* harmony import */ var _net_loopback_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71830);
/**
 * The publishers of an action run — the snapshot commit, the PR comment and
 * Slack — with their option rows and settings. Each is loaded on first use
 * and reports its own outcome; one failing never stops the others.
 */







const notifyOnSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.enum(['drift', 'always', 'never', 'drift-or-skew', 'change']);
const commitSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.enum(['auto', 'true', 'false']);
const PUBLISH_OPTIONS = {
    commit: {
        input: 'commit',
        default: 'auto',
        help: 'Commit the snapshot: `auto` (yes, except on pull_request), `true` or `false`.',
    },
    branch: {
        input: 'branch',
        default: '',
        help: "Branch to commit the snapshot to. Empty: the repository's default branch.",
    },
    githubToken: {
        input: 'github-token',
        secret: true,
        default: '${{ github.token }}',
        help: 'Token for the snapshot commit (`contents: write`) and the PR comment (`pull-requests: write`).',
    },
    slackWebhookUrl: {
        input: 'slack-webhook-url',
        secret: true,
        default: '',
        help: 'Slack incoming webhook for the drift section (masked). Empty: no Slack post.',
    },
    notifyOn: {
        input: 'notify-on',
        default: 'drift',
        help: 'When to post to Slack: `drift` (drift-count > 0), `change` (drift appeared or resolved since the previous snapshot), `drift-or-skew`, `always` or `never`. Never on pull_request.',
    },
    slackMention: {
        input: 'slack-mention',
        default: '',
        help: 'One mention for on-call in the Slack message, e.g. `<!subteam^S0123ABC>` (a user group), `<@U0123ABC>` or `<!here>`. The only mention a message can ever carry.',
    },
    notifyOnFailure: {
        input: 'notify-on-failure',
        default: 'true',
        help: 'Post a short Slack message when the audit could not run (exit 1) or could not read everything (exit 2), with the cause and the run link.',
    },
    prComment: {
        input: 'pr-comment',
        default: 'false',
        help: 'On pull_request, keep one comment with the coverage summary, updated in place.',
    },
};
const bool = (reader, option) => (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInput */ .CU)(_core_schema_js__WEBPACK_IMPORTED_MODULE_4__.z.enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']), (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .valueOrDefault */ .a4)(reader, option), reader.nameOf(option)).toLowerCase() === 'true';
function publishSettings(reader, snapshotPath) {
    const o = PUBLISH_OPTIONS;
    const webhook = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .valueOf */ .RP)(reader, o.slackWebhookUrl);
    // https only; plain http is accepted on loopback, for a local stand-in. The URL is a credential: never echoed.
    if (webhook && (!(0,_net_loopback_js__WEBPACK_IMPORTED_MODULE_5__/* .isSafeEndpoint */ .l)(webhook) || /\s/.test(webhook))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`Invalid ${reader.nameOf(o.slackWebhookUrl)}: expected an https:// URL without a user name or password (plain http only to 127.0.0.1, ::1 or localhost)`);
    }
    const branch = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .valueOf */ .RP)(reader, o.branch);
    const token = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .valueOf */ .RP)(reader, o.githubToken);
    const mention = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .valueOf */ .RP)(reader, o.slackMention);
    // The one mention a message may carry: Slack's own syntax for a group, a user, or here/channel; nothing else.
    if (mention && !/^<(!subteam\^[A-Z0-9]{1,32}|@[UW][A-Z0-9]{1,32}|!here|!channel)>$/.test(mention)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FatalError */ .HX(`Invalid ${reader.nameOf(o.slackMention)}: expected <!subteam^ID>, <@USERID>, <!here> or <!channel>`);
    }
    return {
        snapshotPath,
        commit: (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInput */ .CU)(commitSchema, (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .valueOrDefault */ .a4)(reader, o.commit), reader.nameOf(o.commit)),
        ...(branch ? { branch } : {}),
        ...(token ? { githubToken: token } : {}),
        ...(webhook ? { slackWebhookUrl: webhook } : {}),
        notifyOn: (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInput */ .CU)(notifyOnSchema, (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .valueOrDefault */ .a4)(reader, o.notifyOn), reader.nameOf(o.notifyOn)),
        prComment: bool(reader, o.prComment),
        ...(mention ? { slackMention: mention } : {}),
        notifyOnFailure: bool(reader, o.notifyOnFailure),
    };
}
function shouldNotify(report, notifyOn) {
    switch (notifyOn) {
        case 'always':
            return true;
        case 'never':
            return false;
        case 'drift-or-skew':
            return report.counts.drift > 0 || report.counts.skew > 0;
        case 'drift':
            return report.counts.drift > 0;
        case 'change':
            // Without a previous snapshot every drift row is new; with earlier ones unreadable, nothing is known to have changed.
            if (report.historyUnavailable)
                return false;
            return report.history ? report.counts.newDrift + report.counts.resolvedDrift > 0 : report.counts.drift > 0;
    }
}
/** One digest of the drift set: the same rows drifting the same way give the same digest. */
function driftDigest(report) {
    const drift = report.rows.filter(_audit_report_js__WEBPACK_IMPORTED_MODULE_6__/* .isDrift */ ._).map((r) => [r.path, r.key, r.status, r.missingIn, r.unexpectedIn]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(drift)).digest('hex');
}
/** Every GitHub call before the audit (the history lookup) ends within a minute; every one after it within two. */
const GITHUB_HISTORY_DEADLINE_MS = 60_000;
const GITHUB_PUBLISH_DEADLINE_MS = 120_000;
/** Slack: at most five attempts of ten seconds, and thirty seconds of rate-limit waits. */
const SLACK_LIMITS = { timeoutMs: 10_000, attempts: 5, maxWaitMs: 30_000 };
function snapshotCommitMessage(report) {
    const c = report.counts;
    // [skip ci]: a token that can start workflows (a PAT) must not loop them.
    return `Vault coverage snapshot ${report.generatedAt.slice(0, 10)}: ${c.drift} drift, ${c.skew} skew, ${c.expiring} expiring [skip ci]`;
}
/** The real publishers, loaded on first use so an audit-only run never pays for them. */
function createPublishers(deps) {
    const repo = deps.repository;
    // One client for the history lookup (before the audit) and one for publishing (after it), each with
    // its own deadline: a slow store read between them must not spend the publishers' time.
    const clients = new Map();
    const octokit = (token, purpose = 'publish') => {
        let client = clients.get(purpose);
        if (!client) {
            const deadlineMs = purpose === 'history' ? GITHUB_HISTORY_DEADLINE_MS : GITHUB_PUBLISH_DEADLINE_MS;
            client = Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(9520)]).then(__webpack_require__.bind(__webpack_require__, 39520)).then(({ githubClient }) => githubClient(token, { fetch: deps.fetch, logger: deps.logger, timeoutMs: 30_000, budgetMs: 60_000, deadlineMs, ...deps.github }));
            clients.set(purpose, client);
        }
        return client;
    };
    const client = async (settings, what) => {
        if (!settings.githubToken) {
            deps.logger.error(`github-token is empty: ${what} needs a token (the default is the workflow's GITHUB_TOKEN)`);
            return undefined;
        }
        return octokit(settings.githubToken);
    };
    const publishers = {
        previous(settings) {
            if (!settings.githubToken)
                return undefined;
            return {
                async list(today) {
                    const [client, { githubLookup }] = await Promise.all([octokit(settings.githubToken, 'history'), Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(9520)]).then(__webpack_require__.bind(__webpack_require__, 39520))]);
                    return githubLookup(client, repo, settings.branch, settings.snapshotPath).list(today);
                },
                async read(location) {
                    const [client, { githubLookup }] = await Promise.all([octokit(settings.githubToken, 'history'), Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(9520)]).then(__webpack_require__.bind(__webpack_require__, 39520))]);
                    return githubLookup(client, repo, settings.branch, settings.snapshotPath).read(location);
                },
                // Without it the trend would read no night: the window is chosen by the day in each name.
                dayOf: (0,_history_history_js__WEBPACK_IMPORTED_MODULE_3__/* .dayInName */ .dk)(settings.snapshotPath),
            };
        },
        async plan(report, settings, pullRequest) {
            if (pullRequest || !settings.slackWebhookUrl || !shouldNotify(report, settings.notifyOn))
                return { post: false };
            const day = report.generatedAt.slice(0, 10);
            const notification = { day, digest: driftDigest(report) };
            const earlier = await postedToday(day, settings);
            if (earlier?.digest === notification.digest) {
                deps.logger.info('The same drift was posted to Slack earlier today: not posting it again');
                return { post: false, notification };
            }
            return { post: true, notification };
        },
        async commit({ report, files, settings, pullRequest }) {
            if (!(settings.commit === 'true' || (settings.commit === 'auto' && !pullRequest))) {
                deps.logger.info(pullRequest ? 'Pull request: dry run, no snapshot commit (set commit: true to commit anyway)' : 'commit: false, no snapshot commit');
                return undefined;
            }
            const github = await client(settings, 'the snapshot commit');
            if (!github)
                return { status: 'failed' };
            const { commitSnapshot } = await Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(9520)]).then(__webpack_require__.bind(__webpack_require__, 39520));
            return commitSnapshot(github, repo, files, snapshotCommitMessage(report), { ...(settings.branch ? { branch: settings.branch } : {}), serverUrl: deps.serverUrl }, deps.logger);
        },
        async comment({ report, settings, pullRequest, committed }, links) {
            if (!pullRequest || !settings.prComment || deps.prNumber === undefined)
                return;
            const github = await client(settings, 'the pull-request comment');
            if (!github)
                return;
            const [{ upsertComment }, { renderSummary, renderPrOwners }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(9520)]).then(__webpack_require__.bind(__webpack_require__, 39520)), Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(1692)]).then(__webpack_require__.bind(__webpack_require__, 61692))]);
            // The owners of what this pull request introduces are mentioned; the tables never ping anyone.
            const body = renderSummary(report, { maxBytes: 60_000, runUrl: links.runUrl, ...committed, marker: true }) + renderPrOwners(report);
            await upsertComment(github, repo, deps.prNumber, body, deps.logger);
        },
        async slack({ report, settings, pullRequest, exitCode, exitMessage }, links, plan) {
            if (pullRequest) {
                deps.logger.info('Pull request: dry run, no Slack post');
                return false;
            }
            if (!settings.slackWebhookUrl) {
                deps.logger.debug('No slack-webhook-url: no Slack post');
                return false;
            }
            if (plan.post) {
                const [{ postSlack }, { renderSlack }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(4443), __webpack_require__.e(7715)]).then(__webpack_require__.bind(__webpack_require__, 20096)), __webpack_require__.e(/* import() */ 9820).then(__webpack_require__.bind(__webpack_require__, 59820))]);
                const message = renderSlack(report, { ...links, ...(settings.slackMention ? { mention: settings.slackMention } : {}) });
                return postSlack(settings.slackWebhookUrl, message, slackOptions());
            }
            // Nothing to post by notify-on, but the audit could not read everything: say so.
            if (exitCode === _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.incomplete && settings.notifyOnFailure)
                return publishers.slackFailure('incomplete', exitMessage ?? 'an environment could not be read', links.runUrl, settings);
            if (!plan.notification)
                deps.logger.info(`notify-on: ${settings.notifyOn}: nothing to post`);
            return false;
        },
        async commitAll(files, message, settings) {
            if (settings.commit === 'false') {
                deps.logger.info('commit: false, no snapshot commit');
                return undefined;
            }
            const github = await client(settings, 'the snapshot commit');
            if (!github)
                return { status: 'failed' };
            const { commitFiles } = await Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(9520)]).then(__webpack_require__.bind(__webpack_require__, 39520));
            return commitFiles(github, repo, files, message, { ...(settings.branch ? { branch: settings.branch } : {}), serverUrl: deps.serverUrl }, deps.logger);
        },
        async post(message, settings) {
            if (!settings.slackWebhookUrl) {
                deps.logger.debug('No slack-webhook-url: no Slack post');
                return false;
            }
            const { postSlack } = await Promise.all(/* import() */[__webpack_require__.e(4443), __webpack_require__.e(7715)]).then(__webpack_require__.bind(__webpack_require__, 20096));
            return postSlack(settings.slackWebhookUrl, message, slackOptions());
        },
        async slackFailure(kind, cause, runUrl, settings) {
            const [{ postSlack }, { renderSlackFailure }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(4443), __webpack_require__.e(7715)]).then(__webpack_require__.bind(__webpack_require__, 20096)), __webpack_require__.e(/* import() */ 9820).then(__webpack_require__.bind(__webpack_require__, 59820))]);
            const message = renderSlackFailure(kind, cause, { runUrl, ...(settings.slackMention ? { mention: settings.slackMention } : {}) });
            return postSlack(settings.slackWebhookUrl, message, slackOptions());
        },
    };
    return publishers;
    function slackOptions() {
        return { fetch: deps.fetch, sleep: deps.sleep, logger: deps.logger, ...SLACK_LIMITS, retries: 2, minTimeoutMs: 1000, ...deps.slack };
    }
    /** What today's committed snapshot says was posted to Slack, if anything. */
    async function postedToday(day, settings) {
        if (!settings.githubToken)
            return undefined;
        try {
            const [client, { githubLookup }] = await Promise.all([octokit(settings.githubToken, 'history'), Promise.all(/* import() */[__webpack_require__.e(2495), __webpack_require__.e(9520)]).then(__webpack_require__.bind(__webpack_require__, 39520))]);
            const lookup = githubLookup(client, repo, settings.branch, settings.snapshotPath);
            const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
            const [newest] = await lookup.list(next);
            if (!newest?.includes(day))
                return undefined;
            // Untrusted like every earlier snapshot: only a well-formed record of today counts.
            return (0,_history_history_js__WEBPACK_IMPORTED_MODULE_3__/* .postedOn */ .Le)(await lookup.read(newest), day);
        }
        catch {
            return undefined;
        }
    }
}


/***/ }),

/***/ 57789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ slack),
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   XR: () => (/* binding */ csvField),
/* harmony export */   kh: () => (/* binding */ isoDay),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var _audit_expiry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23028);
/**
 * Escaping for every medium a name is rendered in. Secret names are not
 * validated by older Infisical servers (fixture 20: `WEIRD|PIPE_KEY`,
 * backticks, spaces, `/`, unicode all accepted), so every name is hostile.
 */

// Controls, and invisible, bidi and look-alike-blank characters that could disguise a name: C0/C1
// controls, soft hyphen, Arabic letter mark, Hangul fillers, Khmer and Mongolian blanks, zero-width
// and bidi marks, line/paragraph separators, word joiners and invisible operators, variation
// selectors, the BOM, and Unicode tag characters.
// Control and combining characters are what this class is for.
const INVISIBLE = 
// eslint-disable-next-line no-control-regex, no-misleading-character-class
/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;
const showCodePoint = (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u{${c.codePointAt(0).toString(16)}}`);
/** Make control and invisible characters visible as escapes (`\n`, `\u{202e}`); `keepLineBreaks` spares CR and LF. */
function visible(text, keepLineBreaks = false) {
    return text.replace(INVISIBLE, (c) => (keepLineBreaks && (c === '\n' || c === '\r') ? c : showCodePoint(c)));
}
/**
 * Plain text (a reason, an environment slug) in GitHub-flavoured markdown:
 * no emphasis, link, code or table break; `<`, `>` and `&` become entities so
 * no tag or autolink survives.
 */
function md(text) {
    return inert(visible(text)
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;'));
}
/**
 * An empty HTML comment after `@` and inside `://` and `www.`: GitHub then sees
 * no @mention (no team is pinged by a reason or an owner) and no bare URL to
 * autolink, while the rendered text reads the same.
 */
const inert = (text) => text
    .replace(/@/g, '@<!-- -->')
    .replace(/:\/\//g, ':<!-- -->//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}<!-- -->.`);
/**
 * A name as a markdown code span: nothing inside is interpreted, and it stays
 * readable in a raw diff. The fence is one backtick longer than any run in the
 * name; `inTable` escapes `|`, which GFM honours even inside code spans.
 */
function mdCode(text, inTable = true) {
    const shown = visible(text);
    const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = /^[`\s]|[`\s]$/.test(shown) || shown === '' ? ' ' : '';
    // cmark-gfm splits cells before inline parsing and reads `\\` as an escaped
    // pair, so a backslash right before a pipe is shown as an escape too.
    const body = inTable ? shown.replace(/\\(?=\|)/g, '\\u{5c}').replace(/\|/g, '\\|') : shown;
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** RFC 4180 field, with the spreadsheet formula-injection guard (OWASP). */
function csvField(value) {
    // No raw control, bidi or invisible character reaches a spreadsheet: each is shown as an escape.
    // Line breaks stay: RFC 4180 quotes them.
    let text = typeof value === 'string' ? visible(value, true) : String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/**
 * A log line for the runner: any line of stdout that starts with `::` is a
 * workflow command, so outside text (an environment slug, a prefix, a date)
 * must not bring one. Line breaks are shown as `\n`; a leading `::` is defused.
 */
function logLine(text) {
    return text.replace(/\r\n|\r|\n/g, '\\n').replace(/^::/, ' ::');
}
/** Slack mrkdwn: the three control characters, so `<!channel>` or `<@U1>` pings no one. */
/** The UTC day of an ISO 8601 date from outside (a server, a previous snapshot); never the raw text when it is not one. */
function isoDay(text) {
    if (!text || !/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text))
        return '(invalid date)';
    const day = text.slice(0, 10);
    return (0,_audit_expiry_js__WEBPACK_IMPORTED_MODULE_0__/* .isRealDay */ .f$)(day) ? day : '(invalid date)';
}
function slack(text) {
    return visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ })

};

//# sourceMappingURL=3661.index.js.map