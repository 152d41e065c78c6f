export const id = 9929;
export const ids = [9929];
export const modules = {

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


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

//# sourceMappingURL=9929.index.js.map