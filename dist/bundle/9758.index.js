export const id = 9758;
export const ids = [9758,3729];
export const modules = {

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


/***/ }),

/***/ 43729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony export SARIF_RULES */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57789);

/** The rules, one per kind, each with the remediation as its help. */
const SARIF_RULES = {
    missing: {
        name: 'SecretMissing',
        short: 'A secret is missing from an environment where the policy expects it.',
        help: "Provision the secret in each environment named, with that environment's own value, or change the policy if it does not belong there.",
        level: 'error',
    },
    unexpected: {
        name: 'SecretUnexpected',
        short: 'A secret is present in an environment where the policy does not expect it.',
        help: 'Remove the copy from the environments named (an account-wide token copied into staging is the usual case), or widen the policy.',
        level: 'warning',
    },
    'version-skew': {
        name: 'VersionSkew',
        short: 'Environments hold versions of a secret far apart, or changed far apart in time.',
        help: 'A credential rotated in one environment and stale in another: rotate it in the environment that lags.',
        level: 'warning',
    },
    expired: {
        name: 'SecretExpired',
        short: "A secret's expiry date has passed.",
        help: 'Rotate the credential, then update its expiry companion (KEY__EXPIRES_AT) to the new date.',
        level: 'error',
    },
    expiring: {
        name: 'SecretExpiring',
        short: 'A secret expires within the warning window.',
        help: 'Rotate the credential before it expires, then update its expiry companion.',
        level: 'warning',
    },
    'rotation-overdue': {
        name: 'RotationOverdue',
        short: "A secret is older than the policy's rotation age, or past the store's own rotation date.",
        help: 'Rotate the credential; the policy rule names the cadence (maxAgeDays or rotate).',
        level: 'warning',
    },
    undeclared: {
        name: 'SecretUndeclared',
        short: 'A store holds a secret that no contract column declares or uses.',
        help: 'Declare it (.env.example) if the application needs it, or remove it from the store.',
        level: 'note',
    },
    undocumented: {
        name: 'KeyUndocumented',
        short: 'The code reads a key that no declaring file lists.',
        help: "Document it in .env.example, or add it to the policy's contract.ignore if no store should hold it.",
        level: 'note',
    },
    unreadable: {
        name: 'Unreadable',
        short: 'An environment, a folder or a contract file could not be read: the audit is incomplete there.',
        help: "Give the audit's identity read access (list and metadata only) and re-run; nothing there was compared.",
        level: 'warning',
    },
};
/** A location as the report writes it (PATH:LINE), when the path is relative and inside the repository. */
function inRepository(at) {
    const m = at ? /^(.+?):(\d+)$/.exec(at) : null;
    if (!m)
        return undefined;
    const file = m[1];
    if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || /^[a-z][a-z0-9+.-]*:\/\//i.test(file) || file.split('/').includes('..'))
        return undefined;
    return { file: file.replace(/^\.\//, ''), line: Number(m[2]) };
}
/** FNV-1a, 64 bits, of the parts: stable across runs and machines (code scanning matches alerts by it; no secrecy needed). */
function fingerprint(parts) {
    let hash = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(parts.join('\u0000')))
        hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
    return hash.toString(16).padStart(16, '0');
}
function renderSarif(report, context) {
    const policyFile = /^[\w./-]+$/.test(report.policy.origin) && !report.policy.origin.startsWith('/') ? report.policy.origin : undefined;
    // Each row's first line in the snapshot, by its path and key code spans.
    const snapshotLines = new Map();
    if (context.snapshot) {
        context.snapshot.markdown.split('\n').forEach((text, i) => {
            const m = /^\| (`[^|]*`) \| (`[^|]*`) \|/.exec(text);
            if (m && !snapshotLines.has(`${m[1]} ${m[2]}`))
                snapshotLines.set(`${m[1]} ${m[2]}`, i + 1);
        });
    }
    const rowsByKey = new Map(report.rows.map((r) => [`${r.path}\u0000${r.key}`, r]));
    const locate = (path, key, at) => {
        const row = rowsByKey.get(`${path}\u0000${key}`);
        const declared = inRepository(at ?? Object.values(row?.declared ?? {})[0]);
        if (declared)
            return declared;
        if (row?.ruleLine && policyFile)
            return { file: policyFile, line: row.ruleLine };
        const line = snapshotLines.get(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(path)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(key)}`);
        if (context.snapshot && line)
            return { file: context.snapshot.path, line };
        return context.snapshot ? { file: context.snapshot.path, line: 1 } : policyFile ? { file: policyFile, line: 1 } : undefined;
    };
    const results = [];
    const add = (ruleId, text, where, parts, properties = {}) => {
        results.push({
            ruleId,
            level: SARIF_RULES[ruleId].level,
            message: { text },
            ...(where
                ? {
                    locations: [
                        { physicalLocation: { artifactLocation: { uri: where.file, uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, where.line) } } },
                    ],
                }
                : {}),
            partialFingerprints: { 'vcaFinding/v1': fingerprint([ruleId, ...parts]) },
            properties,
        });
    };
    const named = (row) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(row.key)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(row.path)})`;
    for (const row of report.rows) {
        const owner = { ...(row.owner ? { owner: row.owner } : {}), ...(row.owners ? { owners: row.owners } : {}) };
        if (row.status === 'missing') {
            add('missing', `${named(row)} is missing in ${row.missingIn.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__.md).join(', ')}. ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(row.remediation ?? '')}`.trim(), locate(row.path, row.key), [row.path, row.key, [...row.missingIn].sort().join(',')], { environments: row.missingIn, ...owner });
        }
        else if (row.status === 'unexpected') {
            add('unexpected', `${named(row)} is present in ${row.unexpectedIn.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__.md).join(', ')}, where it is not expected. ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(row.remediation ?? '')}`.trim(), locate(row.path, row.key), [row.path, row.key, [...row.unexpectedIn].sort().join(',')], { environments: row.unexpectedIn, ...owner });
        }
    }
    for (const s of report.skew) {
        const envs = [s.version?.newest, s.version?.oldest, s.lag?.newest, s.lag?.stalest].filter((e) => Boolean(e));
        const what = s.version
            ? `version ${s.version.newestVersion} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(s.version.newest)} against ${s.version.oldestVersion} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(s.version.oldest)}`
            : `changed ${s.lag.days} days apart`;
        add('version-skew', `${named(s)}: ${what}. ${SARIF_RULES['version-skew'].help}`, locate(s.path, s.key), [s.path, s.key, [...new Set(envs)].sort().join(',')], { environments: [...new Set(envs)] });
    }
    for (const e of report.expiry) {
        if (e.status !== 'expired' && e.status !== 'expiring')
            continue;
        const when = e.daysLeft === undefined ? '' : e.daysLeft < 0 ? ` ${-e.daysLeft} days ago` : ` in ${e.daysLeft} days`;
        add(e.status, `${named(e)} ${e.status === 'expired' ? 'expired' : 'expires'}${when} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.env)}. ${SARIF_RULES[e.status].help}`, locate(e.path, e.key), [e.path, e.key, e.env], {
            environments: [e.env],
        });
    }
    for (const r of report.rotation) {
        const age = r.ageDays !== undefined && r.maxAgeDays !== undefined
            ? `: ${r.ageDays} days old, the policy allows ${r.maxAgeDays}`
            : r.dueAt
                ? `: rotation was due ${r.dueAt.slice(0, 10)}`
                : '';
        add('rotation-overdue', `${named(r)} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(r.env)} is overdue for rotation${age}.`, locate(r.path, r.key), [r.path, r.key, r.env], {
            environments: [r.env],
        });
    }
    for (const f of report.contractFindings ?? []) {
        if (f.kind === 'undeclared') {
            add('undeclared', `${named({ path: f.path ?? '/', key: f.key })} is held in ${(f.envs ?? []).map(_escape_js__WEBPACK_IMPORTED_MODULE_0__.md).join(', ')} and declared nowhere.`, locate(f.path ?? '/', f.key), [f.path ?? '/', f.key, [...(f.envs ?? [])].sort().join(',')]);
        }
        else if (f.kind === 'undocumented') {
            add('undocumented', `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.key)} is read by the code and listed in no declaring file. ${SARIF_RULES.undocumented.help}`, locate('/', f.key, f.at), [
                f.key,
            ]);
        }
    }
    for (const env of report.environments) {
        if (env.status === 'unreadable')
            add('unreadable', `Environment ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(env.slug)} could not be read: nothing in it was compared.`, locate('/', ''), [env.slug], { environments: [env.slug] });
        for (const part of env.unreadablePaths ?? []) {
            add('unreadable', `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(part.path)}${part.subtree ? ' and below' : ''} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(env.slug)} could not be read: nothing there was compared.`, locate(part.path, ''), [env.slug, part.path], {
                environments: [env.slug],
            });
        }
    }
    for (const c of report.contracts ?? []) {
        for (const u of c.unread ?? [])
            add('unreadable', `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(u.file)} was not read (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(u.reason)}): keys only it reads are unknown.`, inRepository(`${u.file}:1`), [c.slug, u.file]);
    }
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'vault-coverage-audit',
                        version: context.version,
                        rules: Object.entries(SARIF_RULES).map(([id, rule]) => ({
                            id,
                            name: rule.name,
                            shortDescription: { text: rule.short },
                            fullDescription: { text: rule.short },
                            help: { text: rule.help, markdown: rule.help },
                            defaultConfiguration: { level: rule.level },
                        })),
                    },
                },
                automationDetails: { id: 'vault-coverage-audit/' },
                results,
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}


/***/ })

};

//# sourceMappingURL=9758.index.js.map