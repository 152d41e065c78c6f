export const id = 3251;
export const ids = [3251];
export const modules = {

/***/ 23251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXPIRES_TAG: () => (/* binding */ EXPIRES_TAG),
/* harmony export */   listedSecret: () => (/* binding */ listedSecret),
/* harmony export */   secretsManager: () => (/* binding */ secretsManager),
/* harmony export */   secretsManagerSource: () => (/* binding */ secretsManagerSource)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12994);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82881);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35307);
/**
 * `aws-sm:PREFIX`: one ListSecrets per column with a name filter on the
 * prefix (100 a page, secrets scheduled for deletion included so they show as
 * absent with their reason). ListSecrets answers metadata only; this file never
 * imports a value-reading command.
 */



/** The tag whose value is a secret's expiry date. */
const EXPIRES_TAG = 'expires-at';
function listedSecret(s) {
    if (!s.Name)
        return [];
    const updatedAt = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isoOf */ .d)(s.LastChangedDate);
    const expiresAt = s.Tags?.find((t) => t.Key?.toLowerCase() === EXPIRES_TAG)?.Value?.trim();
    // A NextRotationDate left behind by rotation that was switched off is not a due date.
    const rotationDue = s.RotationEnabled ? (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isoOf */ .d)(s.NextRotationDate) : undefined;
    // The day the value was last retrieved (AWS rounds it to the day); absent: never, as far as AWS tracks.
    const lastAccessedAt = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isoOf */ .d)(s.LastAccessedDate);
    return [
        {
            name: s.Name,
            meta: {
                ...(updatedAt ? { updatedAt } : {}),
                ...(expiresAt ? { expiresAt } : {}),
                ...(rotationDue ? { rotationDue } : {}),
                ...(lastAccessedAt ? { lastAccessedAt } : {}),
                ...(s.DeletedDate ? { unusable: { state: 'absent', reason: 'scheduled for deletion' } } : {}),
            },
        },
    ];
}
const secretsManager = {
    kind: 'aws-sm',
    title: 'AWS Secrets Manager',
    permission: 'secretsmanager:ListSecrets',
    newClient: (config) => new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .SecretsManagerClient */ ._H({ ...config, maxAttempts: 1 }),
    // A path prefix narrows the server's filter only where it extends the name at a `/`; elsewhere the client filters.
    filter: (location, pathPrefix) => pathPrefix !== '/' && (location.prefix === '' || location.prefix.endsWith('/')) ? `${location.prefix}${pathPrefix.slice(1)}/` : location.prefix,
    under: (name, location) => (0,_location_js__WEBPACK_IMPORTED_MODULE_2__/* .nameUnder */ .c9)('secrets-manager', name, location),
    async page(client, filter, next, signal) {
        const out = await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .ListSecretsCommand */ .j({
            ...(filter ? { Filters: [{ Key: 'name', Values: [filter] }] } : {}),
            IncludePlannedDeletion: true,
            MaxResults: 100,
            ...(next ? { NextToken: next } : {}),
        }), { abortSignal: signal });
        return { entries: (out.SecretList ?? []).flatMap(listedSecret), ...(out.NextToken ? { next: out.NextToken } : {}) };
    },
};
const secretsManagerSource = (settings, ports) => new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsSource */ .j(secretsManager, settings, ports);


/***/ })

};

//# sourceMappingURL=3251.index.js.map