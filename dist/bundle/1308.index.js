export const id = 1308;
export const ids = [1308];
export const modules = {

/***/ 60511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles),
/* harmony export */   o: () => (/* binding */ readListed)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var globby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95630);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79622);
/**
 * The files a column of the repository reads (code, manifests). Inside a git work tree, `git ls-files`
 * lists them in one process (tracked and untracked, .gitignore honoured),
 * five times faster than walking the tree; outside one, globby walks it.
 * Either way node_modules, dist and vendored folders are skipped, and the
 * column's `!` patterns are taken out.
 */




const SKIPPED = ['**/node_modules/**', '**/dist/**', '**/vendor/**', '**/vendored/**', '**/third_party/**', '**/.git/**'];
/** The files under `cwd` that `include` matches and neither `exclude` nor the skipped folders do, sorted. */
async function listFiles(cwd, include, exclude) {
    const tracked = await gitFiles(cwd);
    if (tracked) {
        const wanted = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(include, { dot: true });
        const unwanted = picomatch__WEBPACK_IMPORTED_MODULE_2___default()([...SKIPPED, ...exclude], { dot: true });
        return { files: tracked.filter((f) => wanted(f) && !unwanted(f)).sort(), by: 'git' };
    }
    const files = await (0,globby__WEBPACK_IMPORTED_MODULE_3__/* .globby */ .IK)(include, { cwd, gitignore: true, ignore: [...SKIPPED, ...exclude], dot: true, onlyFiles: true, followSymbolicLinks: false });
    return { files: files.sort(), by: 'walk' };
}
/** `git ls-files` under `cwd`, or undefined when it is not a work tree (or git is missing, or refuses it). */
function gitFiles(cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', 
        // No hook or monitor of the checkout's configuration runs: only the listing.
        ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { cwd, maxBuffer: 512 * 1024 * 1024, timeout: 120_000, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout) => resolve(err ? undefined : stdout.split('\0').filter(Boolean)));
    });
}
/** The longest a read of listed files holds the event loop before it yields. */
const YIELD_EVERY_MS = 10;
/**
 * Each wanted file's text, handed to `each` in listing order with its index there. Files are read synchronously
 * (five system calls each, no thread-pool round trips), yielding to the event loop every few milliseconds so a
 * store read beside it keeps its timers and sockets served. A file git lists that the work tree no longer holds is
 * not there to read (`gone`), not a file unread.
 */
async function readListed(listing, options, each) {
    const checkout = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .workspace */ .Gl)(options.cwd);
    const unread = [];
    let wanted = 0;
    let gone = 0;
    let slice = Date.now();
    for (const [order, file] of listing.files.entries()) {
        if (Date.now() - slice >= YIELD_EVERY_MS) {
            await new Promise((resolve) => setImmediate(resolve));
            slice = Date.now();
        }
        if (options.wanted && !options.wanted(file))
            continue;
        wanted++;
        if (Date.now() >= options.deadline) {
            unread.push({ file, reason: options.late });
            continue;
        }
        let text;
        try {
            text = checkout.readNow(file, options.maxBytes);
        }
        catch (err) {
            if (!(err instanceof _workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkspaceReadError */ .k1))
                throw err;
            if (listing.by === 'git' && err.code === 'ENOENT')
                gone++;
            else
                unread.push({ file, reason: err.reason });
            continue;
        }
        each(file, text, order);
    }
    return { wanted, gone, unread };
}


/***/ }),

/***/ 63256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 secret", "2 secrets", "1 day", "0 days": a count with its noun, right in English. */
const plural = (n, noun, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;


/***/ }),

/***/ 31308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K8sSource: () => (/* binding */ K8sSource),
  scanManifests: () => (/* binding */ scanManifests)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/render/plural.ts
var plural = __webpack_require__(63256);
// EXTERNAL MODULE: ./src/files/listing.ts
var files_listing = __webpack_require__(60511);
// EXTERNAL MODULE: ./src/sources/k8s/location.ts
var k8s_location = __webpack_require__(41178);
// EXTERNAL MODULE: ./src/audit/inventory.ts
var inventory = __webpack_require__(22363);
;// CONCATENATED MODULE: ./src/sources/k8s/manifests.ts
/**
 * Kubernetes manifests as a contract: what each ExternalSecret,
 * ClusterExternalSecret (External Secrets Operator) and InfisicalSecret
 * (Infisical's operator) asks its store for, and the SecretStore and
 * ClusterSecretStore manifests that say which store that is. Multi-document
 * YAML, no Helm: a value that is still a template, a `dataFrom` that takes
 * whatever a secret holds and a kustomize patch are named as not checkable,
 * never guessed. Pure: text in, references out; no value of a Secret is read
 * (these resources hold none).
 */


const ESO_PROVIDERS = {
    vault: (p) => ({ kind: 'vault', provider: 'vault', ...str('path', p.path), ...str('version', p.version) }),
    // OpenBao's KV is Vault's, and ESO addresses it the same way.
    openbao: (p) => ({ kind: 'vault', provider: 'openbao', ...str('path', p.path), ...str('version', p.version) }),
    aws: (p) => ({ kind: p.service === 'ParameterStore' ? 'aws-ssm' : 'aws-sm', provider: 'aws' }),
    gcpsm: (p) => ({ kind: 'gcp-sm', provider: 'gcpsm', ...str('scope', p.projectID) }),
    azurekv: () => ({ kind: 'azure-kv', provider: 'azurekv' }),
    infisical: (p) => {
        const scope = record(p.secretsScope);
        return { kind: 'infisical', provider: 'infisical', ...str('path', scope.secretsPath), ...str('scope', scope.environmentSlug) };
    },
};
const record = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);
const manifests_text = (v) => (typeof v === 'string' && v.length > 0 && v.length <= 1024 ? v : undefined);
const str = (name, v) => (manifests_text(v) ? { [name]: manifests_text(v) } : {});
const isTemplate = (s) => s.includes('{{');
// eslint-disable-next-line no-control-regex
const USABLE = /^[^\u0000-\u001f\u007f]+$/;
const dnsName = (v) => (typeof v === 'string' && /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/.test(v) ? v : undefined);
/** A template as the report names it: short, one line. */
const shown = (s) => (s.length > 80 ? `${s.slice(0, 77)}…` : s).replace(/\s+/g, ' ');
const RESOURCE_KINDS = new Set(['ExternalSecret', 'ClusterExternalSecret', 'InfisicalSecret']);
const MENTIONS = /ExternalSecret|InfisicalSecret|SecretStore/;
/** The references, stores and unchecked parts of one file's documents. */
function parseManifests(source, file) {
    const out = { references: [], stores: [], unchecked: [], resources: 0 };
    // A file that names none of these kinds (most of a deploy tree) is not parsed at all.
    if (!MENTIONS.test(source))
        return out;
    for (const part of documentParts(source)) {
        if (!MENTIONS.test(part.text))
            continue;
        // The parser's time and memory grow past linear with nesting (800 KB of `[` took 4 s and 800 MB): a fork's file
        // nested deeper than any manifest is named, not parsed.
        if (flowDepth(part.text) > MAX_FLOW_DEPTH)
            out.unchecked.push({ at: `${file}:${part.line}`, what: `nested deeper than ${MAX_FLOW_DEPTH} levels: not read` });
        else
            readPart(part.text, part.line - 1, file, out);
    }
    return out;
}
const MAX_FLOW_DEPTH = 64;
/** The deepest nesting of `[` and `{` outside quotes and comments, in one pass. */
function flowDepth(text) {
    let depth = 0;
    let deepest = 0;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = '';
            else if (c === '\n' && quote === "'")
                quote = '';
            continue;
        }
        if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end;
        }
        else if (c === '[' || c === '{')
            deepest = Math.max(deepest, ++depth);
        else if (c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
    }
    return deepest;
}
/**
 * The file cut where a line starts with `---`: most documents of a deploy tree (Deployments, ConfigMaps) are then
 * never parsed. Each part keeps the line it starts on; the parser still reads any marker a part holds.
 */
function documentParts(source) {
    const parts = [];
    let start = 0;
    let line = 1;
    let counted = 0;
    for (const marker of source.matchAll(/^---(?=\s|$)/gm)) {
        if (marker.index === 0)
            continue;
        parts.push({ text: source.slice(start, marker.index), line });
        for (let i = counted; i < marker.index; i++)
            if (source.charCodeAt(i) === 10)
                line++;
        counted = marker.index;
        start = marker.index;
    }
    parts.push({ text: source.slice(start), line });
    return parts;
}
/** One part's documents, its lines counted from `lineBase`. */
function readPart(source, lineBase, file, out) {
    const lines = new dist/* LineCounter */.HN();
    let documents;
    try {
        documents = (0,dist/* parseAllDocuments */.hR)(source, { lineCounter: lines, uniqueKeys: false });
    }
    catch {
        documents = [];
    }
    if (!Array.isArray(documents))
        documents = [];
    for (const doc of documents) {
        const lineOf = (path) => {
            const node = doc.getIn(path, true);
            const offset = node?.range?.[0] ?? doc.contents?.range?.[0] ?? 0;
            return lineBase + lines.linePos(offset).line;
        };
        const at = (path) => `${file}:${lineOf(path)}`;
        if (doc.errors.length) {
            // Helm's `{{- if … }}`, Jinja's `{% … %}` and friends are not YAML: the document is named, never half read.
            const template = /\{\{|\{%/.test(source);
            out.unchecked.push({ at: at([]), what: template ? 'a template the audit does not render (Helm, Jinja): not resolved' : 'not valid YAML: not read' });
            continue;
        }
        // Only these kinds are turned into values: a Deployment or a ConfigMap beside them costs its parse alone.
        const kindOf = doc.get('kind');
        if (typeof kindOf !== 'string' || !(RESOURCE_KINDS.has(kindOf) || kindOf === 'SecretStore' || kindOf === 'ClusterSecretStore'))
            continue;
        let value;
        try {
            value = doc.toJS({ maxAliasCount: 100 });
        }
        catch {
            out.unchecked.push({ at: at([]), what: 'a document with too many aliases: not read' });
            continue;
        }
        const manifest = record(value);
        const kind = manifest.kind;
        const meta = record(manifest.metadata);
        // Kubernetes names are DNS labels; anything else is shown as invalid, never echoed.
        const name = dnsName(meta.name) ?? (meta.name === undefined ? '(unnamed)' : '(invalid name)');
        const namespace = dnsName(meta.namespace);
        const spec = record(manifest.spec);
        if (kind === 'SecretStore' || kind === 'ClusterSecretStore') {
            const providers = Object.entries(record(spec.provider));
            const [providerName, providerSpec] = providers[0] ?? ['(none)', {}];
            const provider = ESO_PROVIDERS[providerName]?.(record(providerSpec)) ?? { provider: providerName };
            out.stores.push({ kind, name, ...(namespace ? { namespace } : {}), provider });
            continue;
        }
        if (typeof kind !== 'string' || !RESOURCE_KINDS.has(kind))
            continue;
        out.resources++;
        const resource = `${kind} ${namespace ? `${namespace}/` : ''}${name}`;
        if (kind === 'InfisicalSecret') {
            infisicalSecret(spec, resource, namespace, at, out);
            continue;
        }
        const base = kind === 'ClusterExternalSecret' ? ['spec', 'externalSecretSpec'] : ['spec'];
        const body = kind === 'ClusterExternalSecret' ? record(spec.externalSecretSpec) : spec;
        const storeRef = storeRefOf(body.secretStoreRef);
        list(body.data).forEach((entry, i) => {
            const e = record(entry);
            const remote = record(e.remoteRef);
            const where = at([...base, 'data', i, 'remoteRef', 'key']);
            const source = record(e.sourceRef);
            if (source.generatorRef) {
                out.unchecked.push({ at: where, what: `${resource}: a generator, not a stored secret` });
                return;
            }
            const key = manifests_text(remote.key);
            if (key && !USABLE.test(key)) {
                out.unchecked.push({ at: where, what: `${resource}: data[${i}] names a key no store could hold (a control character): not checked` });
                return;
            }
            if (!key) {
                out.unchecked.push({ at: where, what: `${resource}: data[${i}] names no remoteRef.key` });
                return;
            }
            const ref = source.storeRef ? storeRefOf(source.storeRef) : storeRef;
            if (isTemplate(key) || (ref && isTemplate(ref.name))) {
                out.unchecked.push({ at: where, what: `${resource}: template ${shown(isTemplate(key) ? key : ref.name)}: not resolved` });
                return;
            }
            const property = manifests_text(remote.property);
            out.references.push({
                resource,
                ...(namespace ? { namespace } : {}),
                at: where,
                key,
                ...(property ? { property } : {}),
                ...(ref ? { storeRef: ref } : {}),
            });
        });
        list(body.dataFrom).forEach((entry, i) => {
            const e = record(entry);
            const where = at([...base, 'dataFrom', i]);
            const extract = manifests_text(record(e.extract).key) ?? manifests_text(e.key);
            if (extract)
                out.unchecked.push({ at: where, what: `${resource}: dataFrom extract ${shown(extract)} takes every property: not checkable key by key` });
            else if (e.find)
                out.unchecked.push({ at: where, what: `${resource}: dataFrom find selects by name or tags: not checkable key by key` });
            else
                out.unchecked.push({ at: where, what: `${resource}: dataFrom[${i}]: not checkable key by key` });
        });
    }
}
function storeRefOf(v) {
    const r = record(v);
    const name = manifests_text(r.name) && (isTemplate(manifests_text(r.name)) ? manifests_text(r.name) : dnsName(r.name));
    if (!name)
        return undefined;
    return { name, kind: r.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore' };
}
/**
 * Infisical's operator syncs a whole folder (`secretsScope`): the folder is
 * noted; the keys a managed secret's template reads (`{{ .KEY.Value }}`) are
 * references in that folder and environment.
 */
function infisicalSecret(spec, resource, namespace, at, out) {
    const auth = record(spec.authentication);
    const method = Object.keys(auth).find((m) => record(record(auth[m]).secretsScope).envSlug !== undefined);
    const scope = method ? record(record(auth[method]).secretsScope) : {};
    const env = manifests_text(scope.envSlug);
    const path = (0,inventory/* normalizePath */.Fd)(manifests_text(scope.secretsPath) ?? '/');
    const own = { kind: 'infisical', provider: 'infisical', path, ...(env ? { scope: env } : {}) };
    out.unchecked.push({
        at: at(method ? ['spec', 'authentication', method, 'secretsScope'] : ['spec']),
        what: `${resource}: syncs every secret of ${env ?? '(no environment)'}:${path}: not checkable key by key`,
    });
    const managed = [record(spec.managedSecretReference), ...list(spec.managedKubeSecretReferences).map(record)];
    managed.forEach((m, i) => {
        const data = record(record(m.template).data);
        const where = at(i === 0 ? ['spec', 'managedSecretReference', 'template', 'data'] : ['spec', 'managedKubeSecretReferences', i - 1, 'template', 'data']);
        for (const template of Object.values(data)) {
            if (typeof template !== 'string')
                continue;
            for (const match of template.matchAll(/\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_-]{0,199})\.Value\s*-?\}\}/g)) {
                out.references.push({ resource, ...(namespace ? { namespace } : {}), at: where, key: match[1], own });
            }
        }
    });
}
/**
 * A reference as its store names the secret, given the store the manifests say it uses. Vault: `MOUNT/PATH/KEY`
 * as External Secrets Operator builds it (the store's `path` as mount, `data/` of KV v2 left out); AWS, Azure and
 * Google: the secret's name (an AWS ARN read back to it); Infisical: `/FOLDER/KEY` under the store's secrets path.
 * `notChecked`: why the key names nothing the audit can hold it against (an Azure certificate, an ARN it cannot read).
 */
function storeRefFor(ref, store) {
    const scope = store.scope ? { scope: store.scope } : {};
    switch (store.kind) {
        case 'vault': {
            let key = ref.key.replace(/^\/+/, '');
            const v2 = (store.version ?? 'v2') === 'v2';
            if (store.path) {
                const mount = store.path.replace(/^\/+|\/+$/g, '');
                if (key.startsWith(`${mount}/`))
                    key = key.slice(mount.length + 1);
                if (v2 && key.startsWith('data/'))
                    key = key.slice(5);
                return { name: `${mount}/${key}` };
            }
            // No mount given: ESO takes the part before `/data/` as the mount, else the first segment.
            const cut = v2 ? key.indexOf('/data/') : -1;
            return { name: cut >= 0 ? `${key.slice(0, cut)}/${key.slice(cut + '/data/'.length)}` : key };
        }
        case 'azure-kv': {
            const [type, rest] = ref.key.includes('/') ? [ref.key.slice(0, ref.key.indexOf('/')), ref.key.slice(ref.key.indexOf('/') + 1)] : ['secret', ref.key];
            return type === 'secret' ? { name: rest } : { notChecked: `${ref.key} is an Azure ${type === 'cert' ? 'certificate' : type} object, not a secret` };
        }
        case 'aws-sm': {
            if (!ref.key.startsWith('arn:'))
                return { name: ref.key };
            // arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-XXXXXX (six characters AWS adds to the name).
            const m = /^arn:aws[a-z-]*:secretsmanager:[^:]*:[^:]*:secret:(.+)-[A-Za-z0-9]{6}$/.exec(ref.key);
            return m ? { name: m[1] } : { notChecked: `${ref.key} is not a secret's full ARN` };
        }
        case 'aws-ssm': {
            if (!ref.key.startsWith('arn:'))
                return { name: ref.key };
            // arn:aws:ssm:REGION:ACCOUNT:parameter/prod/db is /prod/db; parameter/db is db (a name without levels).
            const m = /^arn:aws[a-z-]*:ssm:[^:]*:[^:]*:parameter\/(.+)$/.exec(ref.key);
            return m ? { name: m[1].includes('/') ? `/${m[1]}` : m[1] } : { notChecked: `${ref.key} is not a parameter's ARN` };
        }
        case 'gcp-sm': {
            const m = /^projects\/([^/]+)\/secrets\/([^/]+)/.exec(ref.key);
            return m ? { name: m[2], scope: m[1] } : { name: ref.key, ...scope };
        }
        case 'infisical':
            return { name: ref.key.startsWith('/') ? (0,inventory/* normalizePath */.Fd)(ref.key) : (0,inventory/* joinPath */.uJ)(store.path ?? '/', ref.key), ...scope };
        default:
            return { name: ref.key, ...scope };
    }
}
/** The name a reference is matched by when its store cannot be told: the last part of its key. */
const nameOnly = (key) => key.slice(key.replace(/\/+$/, '').lastIndexOf('/') + 1).replace(/\/+$/, '');

;// CONCATENATED MODULE: ./src/sources/k8s/source.ts
/**
 * `k8s:GLOB`: the YAML files the glob names (git ls-files, as `code:` lists
 * them), each read inside the checkout and parsed (./manifests.ts). A
 * reference's store is the SecretStore or ClusterSecretStore manifest its
 * `secretStoreRef` names, found among the same files; kustomize patches of
 * these resources are named and left out, not merged.
 */






/** A manifest larger than this is not read (the contract is then incomplete). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const YAML = /\.ya?ml$/i;
const KUSTOMIZATION = /(^|\/)kustomization\.ya?ml$/i;
const RESOURCE = /^\s*kind:\s*["']?(ExternalSecret|ClusterExternalSecret|InfisicalSecret)\b/m;
/** The folder of a file, and a path relative to it, as one checkout path (`..` resolved, never above the root). */
function besides(file, relative) {
    const parts = file.split('/').slice(0, -1);
    for (const part of relative.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (!parts.length)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
/** A kustomization's patches of these resources: the files to leave out, and inline ones, named. */
function kustomizePatches(text, file, patchFiles, unchecked) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch {
        return;
    }
    const k = (doc && typeof doc === 'object' ? doc : {});
    const entries = [
        ...(Array.isArray(k.patchesStrategicMerge) ? k.patchesStrategicMerge.map((p) => (typeof p === 'string' ? { path: p } : { patch: p })) : []),
        ...(Array.isArray(k.patches) ? k.patches : []),
        ...(Array.isArray(k.patchesJson6902) ? k.patchesJson6902 : []),
    ];
    for (const entry of entries) {
        const target = typeof entry?.target?.kind === 'string' ? entry.target.kind : undefined;
        if (typeof entry?.path === 'string') {
            const path = besides(file, entry.path);
            if (path)
                patchFiles.set(path, target ? `${target}${typeof entry.target?.name === 'string' ? ` ${entry.target.name}` : ''}` : '');
        }
        else if (typeof entry?.patch === 'string' && (target ? /^(Cluster)?ExternalSecret$|^InfisicalSecret$/.test(target) : RESOURCE.test(entry.patch))) {
            unchecked.push({ at: file, what: `an inline kustomize patch of ${target ?? 'an ExternalSecret'}: not resolved` });
        }
    }
}
/** The references of the manifests a location names, relative to `cwd`, each read inside it. */
async function scanManifests(include, exclude, deadline, cwd = process.cwd()) {
    const listing = await (0,files_listing/* listFiles */.C)(cwd, include, exclude);
    const unchecked = [];
    const texts = new Map();
    const { unread } = await (0,files_listing/* readListed */.o)(listing, { cwd, maxBytes: MAX_MANIFEST_BYTES, deadline, late: "not read: the run's time limit was reached", wanted: (f) => YAML.test(f) }, (file, text) => void texts.set(file, text));
    const patchFiles = new Map();
    for (const [file, text] of texts)
        if (KUSTOMIZATION.test(file))
            kustomizePatches(text, file, patchFiles, unchecked);
    const references = [];
    const stores = [];
    let resources = 0;
    for (const [file, text] of texts) {
        if (KUSTOMIZATION.test(file))
            continue;
        if (patchFiles.has(file)) {
            const target = patchFiles.get(file);
            if (target || RESOURCE.test(text))
                unchecked.push({ at: file, what: `a kustomize patch${target ? ` of ${target}` : ''}: not resolved` });
            continue;
        }
        const parsed = parseManifests(text, file);
        references.push(...parsed.references);
        stores.push(...parsed.stores);
        unchecked.push(...parsed.unchecked);
        resources += parsed.resources;
    }
    const placed = [];
    for (const ref of references) {
        const found = findStore(ref, stores);
        const wants = `${ref.resource} (${ref.at}) wants ${ref.key}${ref.property ? ` (property ${ref.property})` : ''}`;
        const name = nameOnly(ref.key);
        if ('unaudited' in found) {
            unchecked.push({ at: ref.at, what: `${wants}: not checked, ${found.unaudited}` });
            continue;
        }
        if ('unknown' in found) {
            placed.push({ at: ref.at, wants, unknownStore: found.unknown, name });
            continue;
        }
        const storeRef = storeRefFor(ref, found.provider);
        if ('notChecked' in storeRef) {
            unchecked.push({ at: ref.at, what: `${ref.resource}: ${storeRef.notChecked}` });
            continue;
        }
        placed.push({ at: ref.at, wants, store: { kind: found.provider.kind, ...storeRef }, name });
    }
    return { references: placed, unchecked, unread, files: texts.size, resources };
}
/** The store a reference's `secretStoreRef` names, among the manifests; or why it cannot be told. */
function findStore(ref, stores) {
    if (ref.own)
        return { provider: ref.own };
    if (!ref.storeRef)
        return { unknown: 'it names no secretStoreRef' };
    const { name, kind } = ref.storeRef;
    const named = stores.filter((s) => s.kind === kind && s.name === name);
    // A SecretStore serves its own namespace; one without a namespace (kustomize sets it later) matches by name when alone.
    const inNamespace = kind === 'SecretStore' ? named.filter((s) => s.namespace === ref.namespace) : named;
    const store = inNamespace.length === 1 ? inNamespace[0] : kind === 'SecretStore' && named.length === 1 ? named[0] : undefined;
    if (!store)
        return { unknown: named.length > 1 ? `${named.length} ${kind} manifests are named ${name}` : `the ${kind} ${name} is not among the manifests` };
    if (!store.provider.kind)
        return { unaudited: `the ${kind} ${name} uses ${store.provider.provider}, a store this audit does not read` };
    return { provider: store.provider };
}
class K8sSource {
    settings;
    ports;
    constructor(settings, ports) {
        this.settings = settings;
        this.ports = ports;
    }
    async read(options) {
        const contracts = [];
        const deadline = Date.now() + this.settings.runTimeoutMs;
        for (const location of options.locations ?? []) {
            const parsed = (0,k8s_location/* parseK8sLocation */.N)(location);
            if ('expected' in parsed)
                throw new errors/* FatalError */.HX(`k8s:${location}: expected ${parsed.expected}`);
            let scan;
            try {
                scan = await scanManifests(parsed.include, parsed.exclude, deadline);
            }
            catch (err) {
                const code = err.code;
                throw new errors/* FatalError */.HX(`k8s:${location}: the manifests could not be read${code && /^E[A-Z]+$/.test(code) ? ` (${code})` : ''}`);
            }
            // A column that reads nothing checks nothing: a pull-request check must not pass on a typo.
            if (scan.files === 0 && scan.unread.length === 0) {
                throw new errors/* FatalError */.HX(`k8s:${location}: the glob matches no YAML file in the checkout: the column would check nothing`);
            }
            const unchecked = scan.unchecked.map((u) => ({ at: u.at, via: u.what }));
            this.ports.logger.info(`k8s:${location}: ${(0,plural/* plural */.L)(scan.references.length, 'remote key')} in ${(0,plural/* plural */.L)(scan.resources, 'resource')} of ${(0,plural/* plural */.L)(scan.files, 'file')}${unchecked.length ? `; ${unchecked.length} not checkable key by key` : ''}${scan.unread.length ? `; ${(0,plural/* plural */.L)(scan.unread.length, 'file')} not read` : ''}`);
            const label = location.replace(/\?env=.*$/, '');
            contracts.push({
                slug: location,
                role: 'wants',
                label,
                keys: [],
                references: scan.references,
                ...(parsed.env ? { scope: parsed.env } : {}),
                ...(scan.unread.length ? { unread: scan.unread } : {}),
                ...(unchecked.length ? { dynamic: unchecked.slice(0, 50), dynamicCount: unchecked.length } : {}),
            });
        }
        return { source: { kind: 'k8s', location: '.' }, pathPrefix: options.pathPrefix ?? '/', environments: [], contracts };
    }
}


/***/ })

};

//# sourceMappingURL=1308.index.js.map