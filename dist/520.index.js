export const id = 520;
export const ids = [520];
export const modules = {

/***/ 9520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitSnapshot: () => (/* binding */ commitSnapshot),
/* harmony export */   githubLookup: () => (/* binding */ githubLookup),
/* harmony export */   upsertComment: () => (/* binding */ upsertComment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/* harmony import */ var _previous_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1694);




const MAX_ATTEMPTS = 3;
const status = (err) => err?.status;
const isRuleViolation = (err) => /rule violation|protected branch|ruleset|required status check/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err));
/** What a re-run of the same day would change, minus the timestamp. */
const withoutTimestamp = {
    markdown: (text) => text.split('\n').filter((l) => !l.startsWith(_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .GENERATED_AT_PREFIX */ .f6)).join('\n'),
    json: (text) => {
        try {
            const { generatedAt: _, ...rest } = JSON.parse(text);
            return JSON.stringify(rest);
        }
        catch {
            return text;
        }
    },
};
async function readFile(octokit, repo, path, ref) {
    try {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data) || data.encoding !== 'base64')
            return undefined;
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    catch (err) {
        if (status(err) === 404)
            return undefined;
        throw err;
    }
}
async function commitSnapshot(octokit, repo, files, message, branchInput, logger) {
    let branch = branchInput;
    try {
        branch ??= (await octokit.rest.repos.get({ ...repo })).data.default_branch;
        for (let attempt = 1;; attempt++) {
            const [markdown, json] = await Promise.all([readFile(octokit, repo, files.markdownPath, branch), readFile(octokit, repo, files.jsonPath, branch)]);
            if (markdown !== undefined &&
                json !== undefined &&
                withoutTimestamp.markdown(markdown) === withoutTimestamp.markdown(files.markdown) &&
                withoutTimestamp.json(json) === withoutTimestamp.json(files.json)) {
                logger.info(`Snapshot ${files.markdownPath} unchanged on ${branch} but for its timestamp: no commit`);
                return { status: 'unchanged' };
            }
            const head = (await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })).data.object.sha;
            const baseTree = (await octokit.rest.git.getCommit({ ...repo, commit_sha: head })).data.tree.sha;
            const tree = await octokit.rest.git.createTree({
                ...repo,
                base_tree: baseTree,
                tree: [
                    { path: files.markdownPath, mode: '100644', type: 'blob', content: files.markdown },
                    { path: files.jsonPath, mode: '100644', type: 'blob', content: files.json },
                ],
            });
            // No author or committer: the bot token's commit then shows as Verified.
            const commit = await octokit.rest.git.createCommit({ ...repo, message, tree: tree.data.sha, parents: [head] });
            try {
                await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.data.sha, force: false });
            }
            catch (err) {
                const code = status(err);
                if ((code === 409 || code === 422) && !isRuleViolation(err) && attempt < MAX_ATTEMPTS) {
                    logger.info(`${branch} moved while committing (${code}); re-reading and retrying (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
                    continue;
                }
                throw err;
            }
            logger.info(`Committed ${files.markdownPath} and ${files.jsonPath} to ${branch} as ${commit.data.sha}`);
            return { status: 'committed', sha: commit.data.sha, url: `${commit.data.html_url.replace(/\/commit\/.*$/, '')}/blob/${commit.data.sha}/${files.markdownPath}` };
        }
    }
    catch (err) {
        const code = status(err);
        if (isRuleViolation(err)) {
            logger.error(`A branch protection rule or ruleset rejected the snapshot commit on ${branch}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}. Allow the workflow's token to bypass it, or set the branch input to an unprotected branch.`);
        }
        else if (code === 409 || code === 422) {
            logger.error(`The snapshot commit on ${branch} kept conflicting after ${MAX_ATTEMPTS} attempts (${code}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}. The report is in the job summary and outputs.`);
        }
        else if (code === 403 || code === 404) {
            logger.error(`Cannot commit the snapshot to ${branch ?? 'the default branch'} (${code}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}): the token needs permissions: contents: write.`);
        }
        else {
            logger.error(`Snapshot commit failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        }
        return { status: 'failed' };
    }
}
/** One comment per pull request, found by its marker and updated in place. */
async function upsertComment(octokit, repo, issueNumber, body, logger) {
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
        const mine = comments.find((c) => c.body?.includes(_render_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMENT_MARKER */ .J));
        if (mine) {
            await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
            logger.info(`Updated the coverage comment on #${issueNumber}`);
        }
        else {
            await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
            logger.info(`Commented the coverage report on #${issueNumber}`);
        }
    }
    catch (err) {
        logger.warning(`Could not comment on #${issueNumber} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}): the token needs permissions: pull-requests: write.`);
    }
}
/** The newest JSON snapshot before today in the repository's snapshot folder, read as a blob (snapshots can pass 1 MB). */
function githubLookup(octokit, repo, branch, template) {
    return {
        async find(today) {
            const ref = branch ?? (await octokit.rest.repos.get({ ...repo })).data.default_branch;
            const { dir } = (0,_previous_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotPattern */ .ff)(template);
            let listing;
            try {
                listing = (await octokit.rest.repos.getContent({ ...repo, path: dir, ref })).data;
            }
            catch (err) {
                if (status(err) === 404)
                    return undefined; // no snapshot folder yet
                throw err;
            }
            if (!Array.isArray(listing))
                return undefined;
            const name = (0,_previous_js__WEBPACK_IMPORTED_MODULE_1__/* .newestBefore */ .Yx)(listing.map((e) => e.name), template, today);
            const entry = listing.find((e) => e.name === name);
            if (!entry)
                return undefined;
            const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: entry.sha });
            return { location: `${dir}/${entry.name}`, text: Buffer.from(blob.data.content, 'base64').toString('utf8') };
        },
    };
}


/***/ })

};

//# sourceMappingURL=520.index.js.map