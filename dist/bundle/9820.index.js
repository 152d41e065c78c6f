export const id = 9820;
export const ids = [9820,9929];
export const modules = {

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ }),

/***/ 59820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SLACK_MAX_BLOCKS: () => (/* binding */ SLACK_MAX_BLOCKS),
/* harmony export */   SLACK_MAX_SECTION: () => (/* binding */ SLACK_MAX_SECTION),
/* harmony export */   renderSlack: () => (/* binding */ renderSlack),
/* harmony export */   renderSlackFailure: () => (/* binding */ renderSlackFailure)
/* harmony export */ });
/* harmony import */ var _audit_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24261);
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22363);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57789);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63256);
/* harmony import */ var _unreadable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9929);





const SLACK_MAX_BLOCKS = 50;
const SLACK_MAX_SECTION = 3000;
const SLACK_MAX_HEADER = 150;
/** Lines listed per section before "…and N more". */
const LINES = 15;
/** A name in a code span; Slack has no escape for a backtick inside one, so it shows as ˋ. */
const code = (name) => `\`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(name).replace(/`/g, 'ˋ')}\``;
const section = (text) => ({ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, SLACK_MAX_SECTION) } });
const context = (text) => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
const envs = (list) => list.map(_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$).join(', ');
/** `expires in 8 days`, `expires today`, `expired 3 days ago`. */
const when = (f) => {
    const d = f.daysLeft;
    if (d === undefined)
        return f.status;
    if (d > 0)
        return `expires in ${d} day${d === 1 ? '' : 's'}`;
    if (d === 0)
        return f.status === 'expired' ? 'expired today' : 'expires today';
    return `expired ${-d} day${d === -1 ? '' : 's'} ago`;
};
/** The short remediation a drift line carries: "provision in staging, dev", "remove from staging". */
function fix(row) {
    return [row.missingIn.length ? `provision in ${envs(row.missingIn)}` : '', row.unexpectedIn.length ? `remove from ${envs(row.unexpectedIn)}` : '']
        .filter(Boolean)
        .join('; ');
}
/** `slack:U123` → `<@U123>`, `slack:S123` → `<!subteam^S123>`; `slack:@group` stays text (a webhook cannot resolve a handle). Validated forms only. */
function slackMention(owner) {
    const id = /^slack:([UWS][A-Z0-9]{2,20})$/.exec(owner)?.[1];
    if (id)
        return id.startsWith('S') ? `<!subteam^${id}>` : `<@${id}>`;
    const handle = /^slack:(@[a-z0-9][a-z0-9._-]{0,79})$/.exec(owner)?.[1];
    return handle;
}
/** One line per Slack owner of these rows: `<@U123>: `KEY`, `OTHER``. */
function slackOwners(rows) {
    const byOwner = new Map();
    for (const row of rows) {
        for (const owner of row.owners ?? []) {
            const mention = slackMention(owner);
            if (mention)
                byOwner.set(mention, [...(byOwner.get(mention) ?? []), code(row.key)]);
        }
    }
    return [...byOwner].map(([mention, keys]) => `• ${mention}: ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ` and ${keys.length - 10} more` : ''}`);
}
/** Who asks for a key, when a contract column does: "declared in .env.example", "used at src/x.ts:3". */
function askedBy(row, report) {
    const contracts = report.contracts ?? [];
    const declares = contracts.filter((c) => c.role === 'declares' && row.declared?.[c.slug]).map((c) => code(c.label));
    const uses = contracts
        .filter((c) => c.role === 'uses')
        .map((c) => row.declared?.[c.slug])
        .find(Boolean);
    if (declares.length)
        return ` (declared in ${declares.join(', ')}${uses ? `, used at ${code(uses)}` : ''})`;
    if (uses)
        return ` (used at ${code(uses)}, declared nowhere)`;
    const wanted = contracts
        .filter((c) => c.role === 'wants')
        .map((c) => row.declared?.[c.slug])
        .find(Boolean);
    return wanted ? ` (a manifest wants it at ${code(wanted)})` : '';
}
function driftLine(row, report) {
    const where = [row.missingIn.length ? `missing in ${envs(row.missingIn)}` : '', row.unexpectedIn.length ? `unexpected in ${envs(row.unexpectedIn)}` : '']
        .filter(Boolean)
        .join(', ');
    return `• ${code(row.path)} ${code(row.key)}${askedBy(row, report)} — ${where} → ${fix(row)}`;
}
/** Persisting drift grouped by environment and folder: one line per group, a missing folder said as such. */
function groupedLines(rows, folders) {
    const groups = new Map();
    for (const row of rows) {
        for (const [kind, list] of [
            ['missing', row.missingIn],
            ['unexpected', row.unexpectedIn],
        ]) {
            for (const env of list) {
                // A row inside a folder the diagnosis names belongs to that folder's group.
                const inside = (folder) => row.path === folder || folder === '/' || row.path.startsWith(`${folder}/`);
                const folder = kind === 'missing' ? folders.find((f) => f.env === env && inside(f.folder))?.folder : undefined;
                const path = folder ?? row.path;
                const id = `${env}\u0000${path}\u0000${kind}`;
                const group = groups.get(id) ?? { env, path, kind, keys: [] };
                group.keys.push(row.key);
                groups.set(id, group);
            }
        }
    }
    return [...groups.values()]
        .sort((a, b) => (a.env < b.env ? -1 : a.env > b.env ? 1 : a.path < b.path ? -1 : 1))
        .map(({ env, path, kind, keys }) => {
        const diagnosed = kind === 'missing' ? folders.find((f) => f.env === env && f.folder === path) : undefined;
        const what = diagnosed
            ? `folder ${code(path)} ${diagnosed.kind === 'missing' ? 'missing' : 'empty'} (${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(keys.length, 'secret')})`
            : keys.length === 1
                ? `${code(path)} ${code(keys[0])} ${kind}`
                : `${code(path)}: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(keys.length, 'secret')} ${kind} (${keys.slice(0, 3).map(code).join(', ')}${keys.length > 3 ? ', …' : ''})`;
        return `• ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(env)}: ${what} → ${kind === 'missing' ? `provision in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(env)}` : `remove from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(env)}`}`;
    });
}
const listed = (lines, more) => [...lines.slice(0, LINES), ...(lines.length > LINES ? [more(lines.length - LINES)] : [])].join('\n');
/** What could not be read, for the header: a whole environment, or only a part of one ("part of staging"), never the whole for a part. */
function unreadLabels(report) {
    const whole = new Set(report.environments.filter((e) => e.status === 'unreadable').map((e) => e.slug));
    const contracts = new Set((report.contracts ?? []).map((c) => c.slug));
    const label = (where) => whole.has(where) ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .RK)(where)} unreadable` : contracts.has(where) ? `files of ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .RK)(where)} not read` : `part of ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .RK)(where)} unreadable`;
    return [...new Set((0,_unreadable_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadParts */ .KQ)(report).map((p) => label(p.where)))];
}
/**
 * The header: severity first, no zero counts. Only the outside text in it (the
 * project, the prefix, environment names) is made visible; our own emoji stay emoji.
 */
function headline(report, project) {
    const c = report.counts;
    const where = `in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .RK)(project)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .visible */ .RK)(report.pathPrefix)}`;
    const unread = unreadLabels(report);
    const h = report.history;
    let head;
    if (c.drift === 0)
        head = `No drift ${where}`;
    else if (!h)
        head = `🔴 ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(c.drift, 'drift row')} ${where}`;
    else if (h.newDrift.length)
        head = `🔴 ${h.newDrift.length} new drift · ${c.drift} total ${where}`;
    else {
        const oldest = h.persistingDrift.reduce((n, p) => Math.max(n, p.ageDays), 0);
        head = `${c.drift} drift persisting (oldest ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(oldest, 'day')}), nothing new ${where}`;
    }
    return unread.length ? `⚠️ INCOMPLETE (${unread.join(', ')}) · ${head}` : head;
}
function renderSlack(report, links) {
    const c = report.counts;
    const project = report.source.projectName ?? report.source.location;
    const title = headline(report, project);
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: title.slice(0, SLACK_MAX_HEADER), emoji: true } }];
    const facts = [
        links.mention,
        `${code(project)} · ${envs(report.environments.map((e) => e.slug))}`,
        links.runName ? `<${links.runUrl.replace(/[<>|]/g, encodeURIComponent)}|${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(links.runName).replace(/\|/g, '¦')}>` : '',
        ...report.environments.filter((e) => e.status === 'unreadable').map((e) => `*${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(e.slug)} could not be read* (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(e.reason ?? '')})`),
    ].filter(Boolean);
    blocks.push(section(facts.join('\n')));
    const drift = report.rows.filter(_audit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .isDrift */ ._);
    const h = report.history;
    const isNew = new Set((h?.newDrift ?? drift).map(_audit_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .identityOf */ .cu));
    const fresh = drift.filter((r) => isNew.has((0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .identityOf */ .cu)(r)));
    const persisting = drift.filter((r) => !isNew.has((0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .identityOf */ .cu)(r)));
    if (fresh.length)
        blocks.push(section(`*${h ? 'New' : 'Drift'} (${fresh.length})*\n${listed(fresh.map((r) => driftLine(r, report)), (n) => `• …and ${n} more`)}`));
    // The owners of new drift only (never of drift that persists), grouped by owner: Slack ids become mentions.
    const owning = slackOwners(fresh);
    if (owning.length)
        blocks.push(section(`*Owners*\n${listed(owning, (n) => `• …and ${n} more owners`)}`));
    if (persisting.length) {
        const oldest = h?.persistingDrift.reduce((n, p) => Math.max(n, p.ageDays), 0) ?? 0;
        blocks.push(section(`*Still drifting (${persisting.length}${oldest ? `, the oldest for ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(oldest, 'day')}` : ''})*\n${listed(groupedLines(persisting, report.folders), (n) => `• …and ${n} more groups`)}`));
    }
    const expiring = report.expiry.filter((f) => f.status === 'expired' || f.status === 'expiring');
    if (expiring.length) {
        const lines = expiring.map((f) => `• ${code(f.path)} ${code(f.key)} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(f.env)} ${when(f)}${f.expiresAt ? ` (${f.expiresAt.slice(0, 10)})` : ''} → rotate it`);
        blocks.push(section(`*Expired / expiring (${expiring.length})*\n${listed(lines, (n) => `• …and ${n} more`)}`));
    }
    const also = [
        c.skew ? (0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(c.skew, 'secret') + ' with skew' : '',
        c.rotationOverdue ? `${c.rotationOverdue} rotation overdue` : '',
        report.policyFindings.length ? (0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(report.policyFindings.length, 'policy finding') : '',
        c.undeclared ? `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(c.undeclared, 'secret')} declared nowhere` : '',
        c.undocumented ? `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(c.undocumented, 'key')} used but not in a declaring file` : '',
        h?.resolvedDrift.length ? `✅ ${h.resolvedDrift.length} resolved since ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(h.previous.generatedAt)}` : '',
    ].filter(Boolean);
    if (also.length)
        blocks.push(context(also.join(' · ')));
    const buttons = [
        ...(links.snapshotUrl ? [{ type: 'button', text: { type: 'plain_text', text: 'Open snapshot' }, url: links.snapshotUrl, style: 'primary' }] : []),
        { type: 'button', text: { type: 'plain_text', text: 'Workflow run' }, url: links.runUrl },
    ];
    blocks.push({ type: 'actions', elements: buttons });
    // The notification's own line names the run too: two audits posting to one channel are told apart there.
    const text = `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(title)}${links.runName ? ` · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(links.runName)}` : ''}${links.mention ? ` ${links.mention}` : ''}`;
    return { text, blocks: blocks.slice(0, SLACK_MAX_BLOCKS) };
}
/** The short message for a run that could not finish (exit 1) or could not read everything (exit 2). */
function renderSlackFailure(kind, cause, links) {
    const title = kind === 'could-not-run' ? '🔴 Vault coverage could not run' : '⚠️ Vault coverage INCOMPLETE';
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: title, emoji: true } },
        section([links.mention, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(cause)].filter(Boolean).join('\n')),
        { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Workflow run' }, url: links.runUrl }] },
    ];
    return { text: `${title}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .slack */ .$)(cause)}${links.mention ? ` ${links.mention}` : ''}`, blocks };
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

//# sourceMappingURL=9820.index.js.map