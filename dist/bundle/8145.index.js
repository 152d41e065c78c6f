export const id = 8145;
export const ids = [8145];
export const modules = {

/***/ 18145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expirationOf: () => (/* binding */ expirationOf),
/* harmony export */   listedParameter: () => (/* binding */ listedParameter),
/* harmony export */   ssm: () => (/* binding */ ssm),
/* harmony export */   ssmSource: () => (/* binding */ ssmSource)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34736);
/* harmony import */ var _audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22363);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82881);
/* harmony import */ var _core_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12032);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35307);
/**
 * `aws-ssm:/PATH`: one DescribeParameters per column with a recursive Path
 * filter (50 a page, the most it allows; SSM may answer an empty page that
 * still has a NextToken). DescribeParameters answers metadata only; this file
 * never imports a value-reading command.
 */





// An Expiration policy's text (Systems Manager user guide, "Assigning parameter policies").
const expirationSchema = _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.object({ Type: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.literal('Expiration'), Attributes: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.object({ Timestamp: _core_schema_js__WEBPACK_IMPORTED_MODULE_0__.z.string() }) });
/** The Expiration policy's date; ExpirationNotification and NoChangeNotification are reminders, not expiry. */
function expirationOf(policies) {
    for (const policy of policies ?? []) {
        if (policy.PolicyType !== 'Expiration' || !policy.PolicyText)
            continue;
        try {
            const parsed = expirationSchema.safeParse(JSON.parse(policy.PolicyText));
            if (parsed.success)
                return parsed.data.Attributes.Timestamp;
        }
        catch {
            /* not JSON: no date */
        }
    }
    return undefined;
}
function listedParameter(p) {
    if (!p.Name)
        return [];
    const updatedAt = (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .isoOf */ .d)(p.LastModifiedDate);
    const expiresAt = expirationOf(p.Policies);
    return [
        {
            name: p.Name,
            meta: {
                ...(typeof p.Version === 'number' ? { version: p.Version } : {}),
                ...(updatedAt ? { updatedAt } : {}),
                ...(expiresAt ? { expiresAt } : {}),
            },
        },
    ];
}
const ssm = {
    kind: 'aws-ssm',
    title: 'AWS SSM Parameter Store',
    permission: 'ssm:DescribeParameters',
    newClient: (config) => new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__/* .SSMClient */ .jBj({ ...config, maxAttempts: 1 }),
    filter: (location, pathPrefix) => (0,_audit_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)(location.prefix, pathPrefix),
    under: (name, location) => (0,_location_js__WEBPACK_IMPORTED_MODULE_4__/* .nameUnder */ .c9)('ssm', name, location),
    async page(client, filter, next, signal) {
        const out = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_2__/* .DescribeParametersCommand */ .$hz({
            ...(filter !== '/' ? { ParameterFilters: [{ Key: 'Path', Option: 'Recursive', Values: [filter] }] } : {}),
            MaxResults: 50,
            ...(next ? { NextToken: next } : {}),
        }), { abortSignal: signal });
        return { entries: (out.Parameters ?? []).flatMap(listedParameter), ...(out.NextToken ? { next: out.NextToken } : {}) };
    },
};
const ssmSource = (settings, ports) => new _source_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsSource */ .j(ssm, settings, ports);


/***/ })

};

//# sourceMappingURL=8145.index.js.map