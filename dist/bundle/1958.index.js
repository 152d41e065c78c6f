export const id = 1958;
export const ids = [1958];
export const modules = {

/***/ 81958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   placeReferences: () => (/* binding */ placeReferences)
/* harmony export */ });
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22363);
/**
 * Manifest references placed among the store columns' rows, once every
 * column is read: each store kind places a name the way its own listing does
 * (StoreKind.identityOf). A reference whose store cannot be told is matched
 * by name and the report says why; one whose store is told but is not among
 * the columns (or names a secret under none of their locations) is named as
 * not checked: held against another store it would be false drift.
 */

function placeReferences(inventory, columns, stores) {
    const prefix = (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(inventory.pathPrefix);
    const contractKinds = new Set(stores.filter((s) => s.contract).map((s) => s.kind));
    const storeColumns = columns.filter((c) => !contractKinds.has(c.kind));
    const inPrefix = (path) => prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
    for (const contract of inventory.contracts ?? []) {
        if (!contract.references)
            continue;
        const scope = contract.scope;
        const keys = [];
        const byName = [];
        const outside = [];
        for (const ref of contract.references) {
            const base = { at: ref.at, wants: ref.wants };
            let why = ref.unknownStore ?? '';
            const placed = new Map();
            if (ref.store) {
                const { kind, name, scope: qualifier } = ref.store;
                const store = stores.find((s) => s.kind === kind);
                const candidates = storeColumns.filter((c) => c.kind === kind && (!scope || scope.includes(c.name)));
                for (const column of candidates) {
                    const id = store?.identityOf?.(column.location, { name, ...(qualifier ? { scope: qualifier } : {}) }, prefix);
                    if (id)
                        placed.set(`${id.path}\u0000${id.key}\u0000${column.name}`, { ...id, column: column.name });
                }
                why = candidates.length
                    ? `${name} is under none of the ${kind} columns' locations`
                    : `no ${kind} column${scope ? ` among ${scope.join(', ')}` : ''} to place ${name} in`;
            }
            const ids = [...placed.values()];
            // Named with its store's own environment (an Infisical environment): wanted in the columns of that one.
            const wantedIn = scope ?? (ref.store?.scope && ids.length ? [...new Set(ids.map((i) => i.column))] : undefined);
            const want = wantedIn ? { wantedIn } : {};
            if (!ids.length && ref.store) {
                // Its store is told and is not among the columns (or not where they look): held against another store,
                // the key would be drift that is not there.
                outside.push({ at: ref.at, via: `${ref.wants}: not checked, ${why}` });
                continue;
            }
            if (!ids.length) {
                keys.push({ key: ref.name, ...base, ...want });
                byName.push({ at: ref.at, via: why });
                continue;
            }
            const inside = ids.filter((i) => inPrefix(i.path));
            if (!inside.length)
                outside.push({ at: ref.at, via: `${ref.wants}: outside the audited path prefix ${prefix}, not checked` });
            const distinct = new Map(inside.map((i) => [`${i.path}\u0000${i.key}`, i]));
            for (const id of distinct.values())
                keys.push({ key: id.key, path: id.path, ...base, ...want });
        }
        contract.keys = keys;
        if (byName.length)
            contract.byName = byName;
        if (outside.length) {
            contract.dynamic = [...(contract.dynamic ?? []), ...outside];
            contract.dynamicCount = (contract.dynamicCount ?? 0) + outside.length;
        }
        delete contract.references;
    }
}


/***/ })

};

//# sourceMappingURL=1958.index.js.map