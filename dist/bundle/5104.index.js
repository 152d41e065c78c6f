export const id = 5104;
export const ids = [5104];
export const modules = {

/***/ 15104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
/** `extra`: what the snapshot records beside the report (the day's Slack notification), after its fields. */
function renderJson(report, extra = {}) {
    const fields = [...Object.entries(report), ...Object.entries(extra)];
    const lines = ['{'];
    fields.forEach(([key, value], i) => {
        const comma = i < fields.length - 1 ? ',' : '';
        if (Array.isArray(value) && value.length > 0) {
            lines.push(`  ${JSON.stringify(key)}: [`);
            value.forEach((item, j) => lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`));
            lines.push(`  ]${comma}`);
        }
        else {
            lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
        }
    });
    lines.push('}');
    return `${lines.join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=5104.index.js.map