export const id = 104;
export const ids = [104];
export const modules = {

/***/ 5104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}


/***/ })

};

//# sourceMappingURL=104.index.js.map