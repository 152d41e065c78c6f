export const id = 879;
export const ids = [879];
export const modules = {

/***/ 23260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCsv: () => (/* binding */ renderCsv)
/* harmony export */ });
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22363);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57789);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63256);



function cell(c, name) {
    if (!c)
        return 'absent';
    if (c.state === 'present')
        return `${typeof c.version === 'number' ? `v${c.version}` : 'present'}${name ? ` as ${name}` : ''}${c.via ? ` via ${c.via}` : ''}`;
    if (c.state === 'unreadable')
        return 'unreadable';
    return c.reason ? `${c.state} (${c.reason})` : c.state;
}
function renderCsv(report) {
    const slugs = report.environments.map((e) => e.slug);
    const skew = new Map(report.skew.map((s) => [(0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(s), s]));
    const expiry = new Map();
    for (const f of report.expiry) {
        const id = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(f);
        expiry.set(id, [...(expiry.get(id) ?? []), `${f.env}: ${f.status}${f.expiresAt ? ` ${f.expiresAt.slice(0, 10)}` : ''}`]);
    }
    const rotation = new Map();
    for (const f of report.rotation) {
        const id = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(f);
        rotation.set(id, [
            ...(rotation.get(id) ?? []),
            f.dueAt ? `${f.env}: due ${f.dueAt.slice(0, 10)}` : `${f.env}: ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(f.ageDays ?? 0, 'day')} (max ${f.maxAgeDays})`,
        ]);
    }
    // Contract columns come first, as in the matrix: where each declares or uses the key.
    const contracts = (report.contracts ?? []).map((c) => c.slug);
    const header = ['path', 'key', 'status', ...contracts, ...slugs, 'missing_in', 'unexpected_in', 'class', 'skew', 'expiry', 'rotation_overdue', 'remediation'];
    const lines = [header.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .csvField */ .XR).join(',')];
    for (const row of report.rows) {
        const id = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(row);
        const s = skew.get(id);
        const skewText = [
            s?.version ? `version gap ${s.version.gap} (${s.version.newest} v${s.version.newestVersion}, ${s.version.oldest} v${s.version.oldestVersion})` : '',
            s?.lag ? `${s.lag.stalest} ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(s.lag.days, 'day')} behind ${s.lag.newest}` : '',
        ]
            .filter(Boolean)
            .join('; ');
        const fields = [
            row.path,
            row.key,
            row.status,
            ...contracts.map((slug) => row.declared?.[slug] ?? ''),
            ...slugs.map((slug) => cell(row.cells[slug], row.names?.[slug])),
            row.missingIn.join(' '),
            row.unexpectedIn.join(' '),
            row.class,
            skewText,
            (expiry.get(id) ?? []).join('; '),
            (rotation.get(id) ?? []).join('; '),
            row.remediation ?? '',
        ];
        lines.push(fields.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .csvField */ .XR).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
}


/***/ }),

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ })

};

//# sourceMappingURL=879.index.js.map