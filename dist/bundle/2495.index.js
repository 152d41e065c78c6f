export const id = 2495;
export const ids = [2495];
export const modules = {

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GENERATED_AT_PREFIX: () => (/* binding */ GENERATED_AT_PREFIX),
/* harmony export */   cellText: () => (/* binding */ cellText),
/* harmony export */   expiryText: () => (/* binding */ expiryText),
/* harmony export */   folderText: () => (/* binding */ folderText),
/* harmony export */   keyText: () => (/* binding */ keyText),
/* harmony export */   noDriftText: () => (/* binding */ noDriftText),
/* harmony export */   renderContractFindings: () => (/* binding */ renderContractFindings),
/* harmony export */   renderContractNotes: () => (/* binding */ renderContractNotes),
/* harmony export */   renderCounts: () => (/* binding */ renderCounts),
/* harmony export */   renderDelta: () => (/* binding */ renderDelta),
/* harmony export */   renderDriftTable: () => (/* binding */ renderDriftTable),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderStaleExceptions: () => (/* binding */ renderStaleExceptions),
/* harmony export */   renderUnused: () => (/* binding */ renderUnused),
/* harmony export */   skewText: () => (/* binding */ skewText),
/* harmony export */   statusText: () => (/* binding */ statusText),
/* harmony export */   table: () => (/* binding */ table),
/* harmony export */   unreadableText: () => (/* binding */ unreadableText)
/* harmony export */ });
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24261);
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22363);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57789);
/* harmony import */ var _trend_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99867);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63256);
/* harmony import */ var _unreadable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9929);






/** The one line that changes on every run; publishers ignore it when deciding whether anything changed. */
const GENERATED_AT_PREFIX = '- Generated at: ';
const table = (header, rows) => [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
];
const envs = (list) => list.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__.md).join(', ');
function cellText(cell) {
    if (!cell || cell.state === 'absent')
        return '—';
    if (cell.state === 'disabled')
        return 'off';
    if (cell.state === 'unreadable')
        return '?';
    return `${typeof cell.version === 'number' ? `v${cell.version}` : '✓'}${cell.via ? '↙' : ''}`;
}
/** The key, and each store's own name where it differs (`names: loose`): `JWT_SECRET` (azure: `jwt-secret`). */
function keyText(row) {
    const own = Object.entries(row.names ?? {});
    return own.length ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(row.key)} (${own.map(([env, name]) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(env)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(name)}`).join(', ')})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(row.key);
}
/** Environments a row is missing in, each with why when the store listed it unusable ("staging (disabled)"). */
function missingText(row) {
    return row.missingIn
        .map((env) => {
        const cell = row.cells[env];
        const why = cell?.state === 'disabled' ? (cell.reason ?? 'disabled') : cell?.state === 'absent' ? cell.reason : undefined;
        return why ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(env)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(why)})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(env);
    })
        .join(', ');
}
function statusText(row) {
    switch (row.status) {
        case 'missing':
            return `missing in ${missingText(row)}`;
        case 'unexpected':
            return `unexpected in ${envs(row.unexpectedIn)}${row.missingIn.length ? `; missing in ${missingText(row)}` : ''}`;
        case 'by-design':
            return 'by design';
        case 'incomplete':
            return 'incomplete';
        default:
            return '';
    }
}
function skewText(finding) {
    const parts = [];
    if (finding.version) {
        const v = finding.version;
        parts.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(v.newest)} v${v.newestVersion} vs ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(v.oldest)} v${v.oldestVersion} (gap ${v.gap})`);
    }
    if (finding.lag)
        parts.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(finding.lag.stalest)} last changed ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(finding.lag.days, 'day')} before ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(finding.lag.newest)}`);
    return parts.join('; ');
}
function expiryText(finding, suffix = '__EXPIRES_AT') {
    const day = finding.expiresAt?.slice(0, 10);
    switch (finding.status) {
        case 'expired':
            return `expired on ${day} (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(-finding.daysLeft, 'day')} ago)`;
        case 'expiring':
            return `expires on ${day} (in ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(finding.daysLeft, 'day')})`;
        case 'malformed':
            return 'companion is not an ISO 8601 date';
        case 'orphan':
            return 'companion without its base key';
        case 'missing-companion':
            return `no expiry companion: add ${finding.key}${suffix} with its expiry date (the policy requires one)`;
        case 'companion-missing-here':
            return 'no expiry companion here, though other environments have one';
        case 'unknown':
            return 'companion present, date not readable';
    }
}
function folderText(finding) {
    const what = finding.isPrefix ? 'path prefix' : 'folder';
    const state = finding.kind === 'missing' ? 'does not exist' : 'holds no secrets';
    const rows = `${finding.missingRows} missing ${finding.missingRows === 1 ? 'secret' : 'secrets'}`;
    return `${what} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(finding.folder, false)} ${state} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(finding.env)} (${rows})`;
}
/**
 * The drift rows as a table. `compact` (the job summary, the PR comment) leaves out the columns that hold
 * one value on every row (Class, or Since on a first run): they say nothing a reader acts on.
 */
function renderDriftTable(report, limit = Infinity, compact = false) {
    const drift = report.rows.filter(_audit_report_js__WEBPACK_IMPORTED_MODULE_2__/* .isDrift */ ._);
    const shown = drift.slice(0, limit);
    const columns = [
        ['Path', (r) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.path)],
        ['Key', keyText],
        ['Drift', statusText],
        ['Since', (r) => (r.firstSeen ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(r.firstSeen) : '')],
        ['Class', (r) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(r.class)],
        // Validated mentions only (the policy's owners, CODEOWNERS); a rule's free-text owner stays a label.
        ['Owner', (r) => (r.owners ?? (r.owner ? [r.owner] : [])).map((o) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(o)).join(', ')],
        ['Remediation', (r) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(r.remediation ?? '')],
    ];
    const varies = (get) => new Set(drift.map(get)).size > 1;
    // The Owner column only when a drift row has one.
    const owned = drift.some((r) => r.owners?.length || r.owner);
    const kept = (compact ? columns.filter(([name, get]) => (name !== 'Since' && name !== 'Class') || varies(get)) : columns).filter(([name]) => name !== 'Owner' || owned);
    const lines = table(kept.map(([name]) => name), shown.map((r) => kept.map(([, get]) => get(r))));
    if (drift.length > shown.length)
        lines.push('', `…and ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(drift.length - shown.length, 'more drift row')}.`);
    return lines;
}
const refs = (items, limit, extra = () => '') => {
    const shown = items.slice(0, limit).map((x, i) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(x.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(x.key, false)}${extra(i)}`);
    return [...shown, ...(items.length > limit ? [`…and ${items.length - limit} more`] : [])].join(', ');
};
/** Unreadable parts the snapshot lists before it points to the JSON report. */
const UNREADABLE_LINES = 50;
/** Which environments are unreadable (whole, or in part), for headlines: `staging (permission denied…)`. */
function unreadableText(report) {
    const parts = (0,_unreadable_js__WEBPACK_IMPORTED_MODULE_3__/* .unreadParts */ .KQ)(report);
    if (!parts.length)
        return undefined;
    return (0,_unreadable_js__WEBPACK_IMPORTED_MODULE_3__/* .capped */ .uo)(parts, 3, (p) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(p.where)}${p.path ? `:${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(p.path, false)}` : ''} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)((0,_unreadable_js__WEBPACK_IMPORTED_MODULE_3__/* .partReason */ .MZ)(p))})`, (n) => `and ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(n, 'more part')}`).join('; ');
}
/** "No drift." — or, while something could not be read, what that sentence may honestly say. */
const noDriftText = (report) => (unreadableText(report) ? 'No drift between the environments that could be read.' : 'No drift.');
/** The persisting drift: a list while short, a table folded in <details> when longer than five rows. */
function persistingLines(report, limit) {
    const p = report.history?.persistingDrift ?? [];
    if (p.length === 0)
        return ['- Persisting (0)'];
    const oldest = p.reduce((n, x) => Math.max(n, x.ageDays), 0);
    const head = `- Persisting (${p.length}), the oldest for ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(oldest, 'day')}`;
    if (p.length <= 5)
        return [`${head}: ${refs(p, limit, (i) => ` since ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(p[i].firstSeen)} (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(p[i].ageDays, 'day')})`)}`];
    const rows = new Map(report.rows.map((r) => [(0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .identityOf */ .cu)(r), r]));
    const shown = p.slice(0, limit);
    return [
        head,
        '',
        `<details><summary>${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(p.length, 'persisting drift row')}</summary>`,
        '',
        ...table(['Path', 'Key', 'Environments', 'First seen', 'Age'], shown.map((x) => {
            const row = rows.get((0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .identityOf */ .cu)(x));
            return [
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(x.path),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(x.key),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)([...(row?.missingIn ?? []), ...(row?.unexpectedIn ?? [])].join(', ')),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(x.firstSeen),
                (0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(x.ageDays, 'day'),
            ];
        })),
        ...(p.length > shown.length ? ['', `…and ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(p.length - shown.length, 'more row')}.`] : []),
        '',
        '</details>',
        '',
    ];
}
/** The delta since the previous snapshot: what a reader wants first. Empty without a previous snapshot. */
function renderDelta(report, limit = Infinity) {
    const h = report.history;
    if (report.historyUnavailable) {
        return ['## Since the last snapshot', '', `History unavailable: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(report.historyUnavailable)}. Nothing is reported as new.`, ''];
    }
    if (!h)
        return [];
    const lines = [`## Since the last snapshot (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(h.previous.generatedAt)})`, ''];
    lines.push(`- New drift (${h.newDrift.length})${h.newDrift.length ? `: ${refs(h.newDrift, limit, (i) => ` ${h.newDrift[i].status}`)}` : ''}`, `- Resolved (${h.resolvedDrift.length})${h.resolvedDrift.length ? `: ${refs(h.resolvedDrift, limit)}` : ''}`, ...persistingLines(report, limit));
    if (h.unverifiable)
        lines.push(`- Not verifiable this time (${h.unverifiable}): their environment could not be read`);
    if (h.newSkew.length)
        lines.push(`- New skew (${h.newSkew.length}): ${refs(h.newSkew, limit)}`);
    if (h.newlyExpiring.length)
        lines.push(`- Newly expired or expiring (${h.newlyExpiring.length}): ${refs(h.newlyExpiring, limit, (i) => ` ${h.newlyExpiring[i].status} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(h.newlyExpiring[i].env)}`)}`);
    lines.push('');
    return lines;
}
function renderCounts(report) {
    const c = report.counts;
    const hygiene = report.contracts
        ? [
            ['Undeclared', c.undeclared],
            ['Undocumented', c.undocumented],
        ]
        : [];
    return table([
        'Secrets',
        'Drift',
        'Missing',
        'Unexpected',
        'By design',
        'Incomplete',
        'Skew',
        'Expired / expiring',
        'Unreadable envs',
        ...hygiene.map(([name]) => String(name)),
    ], [
        [
            c.rows,
            c.drift,
            c.missing,
            c.unexpected,
            c.byDesign,
            c.incomplete,
            c.skew,
            `${c.expired} / ${c.expiring - c.expired}`,
            c.unreadable,
            ...hygiene.map(([, n]) => n),
        ].map(String),
    ]);
}
/** Contract hygiene: what a store holds that no contract declares, what the code reads that no declaring file lists. */
function renderContractFindings(report) {
    const findings = report.contractFindings ?? [];
    const of = (kind) => findings.filter((f) => f.kind === kind);
    const out = [];
    const undeclared = of('undeclared');
    out.push(`## Undeclared (${undeclared.length})`, '');
    out.push(...(undeclared.length
        ? [
            'In a store, but declared and used nowhere in the contract columns: provision it in the contract, or remove it from the store.',
            '',
            ...undeclared.map((f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.path ?? '/', false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.key, false)} in ${envs(f.envs ?? [])}`),
        ]
        : ['Every stored secret is declared or used.']), '');
    if (report.contracts?.some((c) => c.role === 'declares') && report.contracts.some((c) => c.role === 'uses')) {
        const undocumented = of('undocumented');
        const files = report.contracts.filter((c) => c.role === 'declares').map((c) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(c.label, false));
        out.push(`## Undocumented (${undocumented.length})`, '');
        out.push(...(undocumented.length
            ? [
                `Read by the code, missing from ${files.join(', ')}:`,
                '',
                ...undocumented.map((f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.key, false)} used at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.at ?? '', false)}`),
            ]
            : [`Every key the code reads is in ${files.join(', ')}.`]), '');
    }
    const optional = of('optional');
    if (optional.length) {
        out.push(`## Optional, provisioned nowhere (${optional.length})`, '');
        out.push('Listed commented out in a declaring file and held by no store: known, not drift.', '');
        out.push(...optional.map((f) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.key, false)} at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.at ?? '', false)}`), '');
    }
    out.push(...renderContractNotes(report));
    const ambiguous = of('ambiguous');
    if (ambiguous.length) {
        out.push(`## Ambiguous (${ambiguous.length})`, '');
        for (const f of ambiguous)
            out.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.key, false)} sits in ${(f.paths ?? []).map((p) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(p, false)).join(' and ')} of ${envs(f.envs ?? [])}: the contract matches each; keep one`);
        out.push('');
    }
    return out;
}
const ROLE_WORD = { declares: 'declared', uses: 'used', wants: 'wanted' };
/** Dynamic reads (and manifests' parts no key can be checked in): the contract may be incomplete. Only written keys and ignored keys: left out, and said so. */
function renderContractNotes(report, limit = 20) {
    const out = [];
    for (const c of report.contracts ?? []) {
        if (c.dynamicCount) {
            const manifests = c.role === 'wants';
            out.push(`## ${manifests ? 'Not checkable key by key' : 'Reads the scan could not name'} (${c.dynamicCount}, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.slug)})`, '');
            out.push(manifests
                ? 'These ask for a whole secret or folder, or are not plain YAML (a template, a kustomize patch): counted and named here, not guessed.'
                : `The contract may be incomplete: keys read through these are not counted. Name the helper in the column (\`?helpers=NAME\`) or list the keys in a declaring file.`, '');
            out.push(...(c.dynamic ?? [])
                .slice(0, limit)
                .map((d) => (manifests ? `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(d.at, false)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.via)}` : `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(d.via, false)} at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(d.at, false)}`)));
            if (c.dynamicCount > Math.min(limit, c.dynamic?.length ?? 0))
                out.push(`- …and ${c.dynamicCount - Math.min(limit, c.dynamic?.length ?? 0)} more`);
            out.push('');
        }
        if (c.byName?.length) {
            out.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.slug)}: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(c.byName.length, 'key')} matched by name only, at any path:`);
            out.push(...c.byName.slice(0, limit).map((b) => `  - ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(b.at, false)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(b.via)}`));
            if (c.byName.length > limit)
                out.push(`  - …and ${c.byName.length - limit} more`);
            out.push('');
        }
        if (c.writes?.length) {
            out.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.slug)}: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(c.writes.length, 'key')} only written, not read (not counted): ${c.writes
                .slice(0, limit)
                .map((w) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(w.key, false))
                .join(', ')}`, '');
        }
        if (c.ignored?.length) {
            out.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.slug)}: left out by the policy's \`contract.ignore\`: ${c.ignored
                .slice(0, limit)
                .map((k) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(k, false))
                .join(', ')}${c.ignored.length > limit ? ', …' : ''}`, '');
        }
    }
    return out;
}
/** Unused candidates: a list to review, never drift, with the signals each had. */
function renderUnused(report) {
    const list = report.unusedCandidates;
    if (!list?.length)
        return [];
    return [
        `## Unused candidates (${list.length})`,
        '',
        "A list to review, not to delete: nothing in the repository references these, and their stores say they were not read (or, with no access signal, not changed) for the policy's unusedAfterDays. Confirm with their owners before removing one.",
        '',
        ...list
            .slice(0, 200)
            .map((u) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(u.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(u.key, false)} (${u.strength === 'unused' ? 'unused' : 'weak: no access signal'}): ${u.signals.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__.md).join('; ')}`),
        ...(list.length > 200 ? [`- …and ${list.length - 200} more (the JSON report lists every one)`] : []),
        '',
    ];
}
/** The policy's exceptions that excused nothing, with where each is and the last day it excused something. */
function renderStaleExceptions(report) {
    const stale = report.staleExceptions;
    if (!stale?.length)
        return [];
    return [
        `## Exceptions that excused nothing (${stale.length})`,
        '',
        "Each placed no asymmetry (or left out no key) for the policy's staleAfterDays: prune it, or it will wave a real drift through one day.",
        '',
        ...stale.map((e) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(`${e.file}:${e.line}`, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.what)}: ${e.lastExcused ? `last excused on ${e.lastExcused}` : 'never excused anything in the history read'}`),
        '',
    ];
}
function renderMarkdown(report) {
    const out = [];
    const { source } = report;
    const unread = unreadableText(report);
    out.push(`# ${unread ? 'INCOMPLETE — ' : ''}Vault coverage snapshot — ${report.generatedAt.slice(0, 10)}`, '');
    if (unread)
        out.push(`INCOMPLETE: ${unread} could not be read. Drift between the others stands; rows that only the unread part could settle are marked \`?\`.`, '');
    out.push(`${GENERATED_AT_PREFIX}${report.generatedAt}`);
    for (const store of report.sources ?? [source])
        out.push(`- Source: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(store.kind)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(store.location, false)})`);
    if (source.projectId || source.projectName) {
        // The project name is the server's free text: a code span, like a secret name (no mention, no link).
        const name = source.projectName ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(source.projectName, false) : '';
        const id = source.projectId ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(source.projectId, false) : '';
        out.push(`- Project: ${[name, id && (name ? `(${id})` : id)].filter(Boolean).join(' ')}`);
    }
    out.push(`- Path prefix: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(report.pathPrefix, false)}`);
    if (report.contracts) {
        out.push(`- Contract: ${report.contracts.map((c) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.slug)} = ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(c.location ?? c.label, false)} (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(c.keys, 'key')} ${ROLE_WORD[c.role]}${c.optional ? `, ${c.optional} optional` : ''})`).join(', ')}`);
    }
    out.push(`- Environments: ${report.environments.map((e) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(e.slug)}${e.location ? ` = ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(e.location, false)}` : ''}${e.status === 'ok' ? '' : ' (unreadable)'}`).join(', ')}`);
    const p = report.policy;
    out.push(`- Policy: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(p.origin)} (version gap ≥ ${p.versionGap}, lag > ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(p.lagDays, 'day')}, warn ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(p.warnDays, 'day')} before expiry)`);
    out.push('', ...renderCounts(report), '');
    out.push(...renderDelta(report));
    out.push(...(0,_trend_js__WEBPACK_IMPORTED_MODULE_5__/* .renderTrend */ .e)(report));
    const unreadable = (0,_unreadable_js__WEBPACK_IMPORTED_MODULE_3__/* .unreadParts */ .KQ)(report);
    if (unreadable.length) {
        out.push('## Unreadable environments', '');
        out.push('The audit is incomplete: rows are marked `?` there and none of them is counted as drift; a contract file not read may hold keys no row shows.', '');
        const line = (p) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(p.where)}: ${p.path ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(p.path, false)}${p.subtree ? ' and below' : ''}: ` : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)((0,_unreadable_js__WEBPACK_IMPORTED_MODULE_3__/* .partReason */ .MZ)(p))}`;
        out.push(...(0,_unreadable_js__WEBPACK_IMPORTED_MODULE_3__/* .capped */ .uo)(unreadable, UNREADABLE_LINES, line, (n) => `- …and ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(n, 'more part')} (the JSON report lists every one)`));
        out.push('');
    }
    out.push(`## Drift (${report.counts.drift})`, '');
    out.push(...(report.counts.drift ? renderDriftTable(report) : [noDriftText(report)]), '');
    out.push(`## Skew (${report.skew.length})`, '');
    out.push(...(report.skew.length
        ? table(['Path', 'Key', 'Skew'], report.skew.map((s) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(s.path), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(s.key), skewText(s)]))
        : ['No version or rotation skew.']), '');
    out.push(`## Expiry (${report.expiry.length})`, '');
    out.push(...(report.expiry.length
        ? table(['Path', 'Key', 'Environment', 'Status', 'Detail'], report.expiry.map((f) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.path), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.key), (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.env), f.status, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(expiryText(f, report.policy.suffix))]))
        : ['No expired, expiring or malformed companions.']), '');
    if (report.rotation.length) {
        // The store's own rotation dates get their column only when a store gave one.
        const due = report.rotation.some((f) => f.dueAt);
        out.push(`## Rotation overdue (${report.rotation.length})`, '');
        out.push(...table(['Path', 'Key', 'Environment', 'Last changed', 'Age (days)', 'Max (days)', ...(due ? ['Rotation due'] : [])], report.rotation.map((f) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.path),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(f.key),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.env),
            f.updatedAt ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(f.updatedAt) : '',
            f.ageDays === undefined ? '' : String(f.ageDays),
            f.maxAgeDays === undefined ? '' : String(f.maxAgeDays),
            ...(due ? [f.dueAt?.slice(0, 10) ?? ''] : []),
        ])), '');
    }
    if (report.folders.length) {
        out.push(`## Folder diagnosis (${report.folders.length})`, '');
        for (const f of report.folders)
            out.push(`- ${folderText(f)}`);
        out.push('');
    }
    if (report.policyFindings.length) {
        out.push(`## Policy (${report.policyFindings.length})`, '');
        for (const f of report.policyFindings)
            out.push(`- ${f.kind}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.detail)}`);
        out.push('');
    }
    if (report.contracts)
        out.push(...renderContractFindings(report));
    out.push(...renderStaleExceptions(report));
    out.push(...renderUnused(report));
    const slugs = report.environments.map((e) => e.slug);
    const contracts = (report.contracts ?? []).map((c) => c.slug);
    out.push(`## Coverage matrix (${report.rows.length})`, '');
    const matrix = report.rows.map((r) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.path), keyText(r), ...slugs.map((s) => cellText(r.cells[s])), statusText(r)]);
    // Symbols only some stores produce are explained only when they appear.
    let unversioned = false;
    let disabled = false;
    let imported = false;
    for (const cells of matrix) {
        for (const text of cells) {
            unversioned ||= text.startsWith('✓');
            disabled ||= text === 'off';
            imported ||= text.endsWith('↙');
        }
    }
    const legend = [
        ...(contracts.length ? ['`✓` under a contract column: declared or used there'] : []),
        '`vN` present at version N',
        ...(unversioned ? ['`✓` present'] : []),
        ...(imported ? ['`↙` through a secret import'] : []),
        '`—` absent',
        ...(disabled ? ['`off` disabled'] : []),
        '`?` unreadable',
    ];
    out.push(legend.join(' · '), '');
    // Contract columns before the store columns: ✓ declared or used, blank not.
    const rows = matrix.map((cells, i) => [cells[0], cells[1], ...contracts.map((c) => (report.rows[i].declared?.[c] ? '✓' : '')), ...cells.slice(2)]);
    out.push(...table(['Path', 'Key', ...contracts.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__.md), ...slugs.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__.md), 'Drift'], rows), '');
    return out.join('\n');
}


/***/ }),

/***/ 99867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ renderTrend)
/* harmony export */ });
/* unused harmony export trendChart */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57789);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63256);


/** Open drift as red bars, new as a blue line, resolved as a green line (GitHub's own palette). */
const PALETTE = '#cf222e, #0969da, #1a7f37';
/** A night's label: the day of the month, with the month where it starts or changes (`11-08`, `9`, …, `12-01`). */
const axisLabel = (day, before) => !before || before.slice(0, 7) !== day.slice(0, 7) ? day.slice(5) : String(Number(day.slice(8)));
/** The chart itself: one x category per night with a snapshot; gaps are left out, never drawn as zeros. */
function trendChart(trend) {
    const { points } = trend;
    const top = Math.max(1, ...points.flatMap((p) => [p.drift, p.newDrift, p.resolvedDrift]));
    const series = (pick) => `[${points.map(pick).join(', ')}]`;
    return [
        '```mermaid',
        `%%{init: {"xyChart": {"width": 900, "height": 360}, "themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE}"}}}}%%`,
        'xychart-beta',
        `  title "Drift per night, last ${trend.nights} nights"`,
        `  x-axis [${points.map((p, i) => `"${axisLabel(p.day, points[i - 1]?.day)}"`).join(', ')}]`,
        `  y-axis "Rows" 0 --> ${top}`,
        `  bar ${series((p) => p.drift)}`,
        `  line ${series((p) => p.newDrift)}`,
        `  line ${series((p) => p.resolvedDrift)}`,
        '```',
    ];
}
const days = (n) => (0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(n, 'day');
/** The section's lines under a heading of `level` (`##` in the snapshot, `###` in the job summary); none without a trend. */
function renderTrend(report, level = '##') {
    const trend = report.trend;
    if (!trend)
        return [];
    const out = [`${level} Trend (last ${trend.nights} nights)`, ''];
    if (trend.points.length < 2) {
        out.push('One night with a snapshot so far: the chart starts when there are two.', '');
    }
    else {
        out.push(...trendChart(trend), '');
        const gaps = trend.gaps.length
            ? ` No readable snapshot on ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(trend.gaps.length, 'night')} (${trend.gaps.map((d) => d.slice(5)).join(', ')}): left out, not drawn as zero.`
            : '';
        out.push(`Red bars: open drift · blue line: new · green line: resolved. ${trend.points.length} of ${trend.nights} nights.${gaps}`, '');
    }
    const { unreadable, olderFormat } = trend.skipped;
    if (unreadable || olderFormat) {
        const parts = [unreadable ? `${unreadable} unreadable or malformed` : '', olderFormat ? `${olderFormat} of an older format` : ''].filter(Boolean);
        out.push(`Skipped, not guessed: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(unreadable + olderFormat, 'earlier snapshot')} (${parts.join(', ')}).`, '');
    }
    const t = trend.timeToFix;
    out.push(t.fixes
        ? `- Time to fix (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(t.fixes, 'drift row')} resolved in the last ${t.windowDays} days): median ${days(t.medianDays)}, 90th percentile ${days(t.p90Days)}`
        : `- Time to fix: no drift resolved in the last ${t.windowDays} days`);
    const o = trend.oldestOpen;
    out.push(o
        ? `- Oldest open drift: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(o.path, false)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(o.key, false)} ${o.status}, first seen ${o.firstSeen} (${days(o.ageDays)})`
        : '- Oldest open drift: none open');
    out.push('');
    if (trend.points.length >= 2) {
        out.push('<details><summary>Nights</summary>', '', '| Night | Drift | New | Resolved |', '| --- | --- | --- | --- |');
        for (const p of trend.points)
            out.push(`| ${p.day} | ${p.drift} | ${p.newDrift} | ${p.resolvedDrift} |`);
        out.push('', '</details>', '');
    }
    return out;
}


/***/ }),

/***/ 9929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ unreadParts),
/* harmony export */   MZ: () => (/* binding */ partReason),
/* harmony export */   uo: () => (/* binding */ capped)
/* harmony export */ });
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63256);

function unreadParts(report) {
    const parts = [];
    for (const e of report.environments) {
        if (e.status === 'unreadable')
            parts.push({ where: e.slug, count: 1, reason: e.reason ?? 'unreadable' });
        const byFolder = new Map();
        for (const u of e.unreadablePaths ?? []) {
            const id = `${u.subtree ? 'tree' : 'folder'}\u0000${u.path}`;
            const seen = byFolder.get(id);
            if (seen)
                seen.count++;
            else
                byFolder.set(id, { where: e.slug, path: u.path, subtree: u.subtree, count: 1, reason: u.reason });
        }
        parts.push(...byFolder.values());
    }
    for (const c of report.contracts ?? [])
        for (const u of c.unread ?? [])
            parts.push({ where: c.slug, path: u.file, count: 1, reason: u.reason });
    return parts;
}
/** `(reason)` for one failure; `(N reads failed; the first: reason)` for many. */
const partReason = (part) => (part.count === 1 ? part.reason : `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(part.count, 'read')} failed; the first: ${part.reason}`);
/** At most `limit` items, then "…and N more". */
const capped = (items, limit, each, more = (n) => `…and ${n} more`) => [
    ...items.slice(0, limit).map(each),
    ...(items.length > limit ? [more(items.length - limit)] : []),
];


/***/ })

};

//# sourceMappingURL=2495.index.js.map