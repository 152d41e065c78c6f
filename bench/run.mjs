#!/usr/bin/env node
// npm run bench: prints numbers for stated workloads (see BENCHMARKS.md). Not a test:
// nothing here passes or fails; it measures.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readdirSync, statSync } from 'node:fs'
import { startServerProcess } from './server-process.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
// Another build's CLI for a before/after row (a worktree of an older commit): VCA_CLI=/path/to/dist/cli/index.js.
const cliPath = process.env.VCA_CLI ?? join(root, 'dist/cli/index.js')
const probe = fileURLToPath(new URL('rss-probe.mjs', import.meta.url))
const only = process.argv[2]

/** Run node with the RSS probe; resolves with stdout, stderr, exit code, wall ms and peak RSS MiB. */
export function measure(args, env = {}, cwd = root) {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'vca-bench-')), 'rss')
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--import', probe, ...args], { cwd, env: { PATH: process.env.PATH, ...env, RSS_OUT: rssFile } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = performance.now() - started
      let rssMiB = NaN
      try {
        rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024
      } catch {
        // No probe file: the process died before it could write one.
      }
      resolve({ code, stdout, stderr, wallMs, rssMiB })
    })
  })
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')

async function auditBench() {
  console.log('\n## Audit + markdown render (in process, compiled src, built-in policy)')
  console.log('| workload | rows | drift | first run ms | median audit ms | median render ms | median total ms | markdown KiB | peak RSS MiB (one run) |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [secrets, folders] of [
    [2000, 50],
    [20000, 500],
  ]) {
    // Timings: five runs in one process (first = cold, median = warm). Peak RSS: one run in a fresh process.
    const timed = await measure([join(root, 'bench/audit-workload.mjs'), String(secrets), String(folders), '5'])
    const single = await measure([join(root, 'bench/audit-workload.mjs'), String(secrets), String(folders), '1'])
    if (timed.code !== 0 || single.code !== 0) throw new Error(timed.stderr + single.stderr)
    const m = JSON.parse(timed.stdout)
    console.log(
      `| ${secrets} × 3 envs, ${folders} folders | ${m.rows} | ${m.drift} | ${fmt(m.first)} | ${fmt(m.median.audit)} | ${fmt(m.median.render)} | ${fmt(m.median.total)} | ${fmt(m.markdownBytes / 1024)} | ${fmt(single.rssMiB)} |`,
    )
  }
}

const kinds = (counts) => [...counts].map(([k, n]) => `${k} ${n}`).join(', ')
const total = (counts) => [...counts.values()].reduce((a, b) => a + b, 0)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function auditCli(server, extraEnv = {}, extraArgs = []) {
  // The CLI's main job: the markdown report (the default), written to a file.
  const output = join(mkdtempSync(join(tmpdir(), 'vca-bench-out-')), 'report.md')
  return measure([cliPath, '--output', output, '--now', '2026-11-23T00:00:00Z', ...extraArgs], {
    INFISICAL_CLIENT_ID: 'bench-client',
    INFISICAL_CLIENT_SECRET: 'bench-secret-0000000000',
    INFISICAL_PROJECT_ID: server.projectId,
    INFISICAL_HOST: server.url,
    INFISICAL_PATH_PREFIX: '/Bench',
    ...extraEnv,
  })
}

const WORKLOADS = [
  { name: 'small (demo-sized)', secrets: 18, folders: 5 },
  { name: 'issue 3 (5,000 × 3, 200 folders)', secrets: 5000, folders: 200 },
  { name: 'medium (2,000 × 3, 50 folders)', secrets: 2000, folders: 50 },
  { name: 'large (20,000 × 3, 500 folders)', secrets: 20000, folders: 500 },
]

const REPEATS = 3

const VARIANTS = [
  { api: 'current', label: 'current' },
  { api: 'current', label: 'current + expiry-tag', tagCompanions: true, env: { INFISICAL_EXPIRY_TAG: 'expiry' } },
  { api: 'legacy', label: 'legacy (2024-10)' },
]

async function infisicalBench() {
  console.log('\n## The CLI against a local synthetic Infisical (3 environments, 50 ms added latency per answer, no rate limit)')
  console.log('The server runs in its own process. Companions are 1% of keys. `current` = /api/v4 with values hidden (one read per companion);')
  console.log('`current + expiry-tag` = companions tagged `expiry`, read with one tag-filtered listing per environment; `legacy` = the October 2024 API')
  console.log('(dates come with the listing; `not-found` = the two route probes before falling back).')
  console.log(`Each row: ${REPEATS} runs against a fresh server; wall time is the median, peak RSS the largest, requests those of one run.`)
  console.log('| workload | API | requests (by kind) | total | wall ms (median) | wall ms (all runs) | peak RSS MiB (max) | exit |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const w of WORKLOADS) {
    for (const v of VARIANTS) {
      const runs = []
      let counts
      for (let i = 0; i < REPEATS; i++) {
        const server = await startServerProcess({ secrets: w.secrets, folders: w.folders, latencyMs: 50, api: v.api, tagCompanions: v.tagCompanions ?? false })
        runs.push(await auditCli(server, v.env))
        counts = await server.counts()
        await server.close()
      }
      const walls = runs.map((r) => r.wallMs)
      const codes = [...new Set(runs.map((r) => r.code))].join('/')
      console.log(
        `| ${w.name} | ${v.label} | ${kinds(counts)} | ${total(counts)} | ${fmt(median(walls))} | ${walls.map((x) => fmt(x)).join(', ')} | ${fmt(Math.max(...runs.map((r) => r.rssMiB)))} | ${codes} |`,
      )
    }
  }
}

async function naiveBench() {
  console.log('\n## This tool vs the naive strategy (current API, 50 ms latency, no rate limit)')
  console.log('Naive: list the folders, then each folder separately, then each companion, one request at a time (bench/naive.mjs).')
  console.log('| workload | requests: tool | requests: naive | ratio | wall ms: tool | wall ms: naive | ratio | naive at 40 reads/min |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const w of WORKLOADS) {
    const server = await startServerProcess({ secrets: w.secrets, folders: w.folders, latencyMs: 50 })
    const tool = await auditCli(server)
    const toolRequests = total(await server.counts())
    await server.resetCounts()
    const naive = await measure([join(root, 'bench/naive.mjs'), server.url, server.projectId, '/Bench'])
    const naiveRequests = total(await server.counts())
    await server.close()
    if (naive.code !== 0) throw new Error(naive.stderr)
    const reads = naiveRequests - 2
    console.log(
      `| ${w.name} | ${toolRequests} | ${naiveRequests} | ${fmt(naiveRequests / toolRequests, 1)}× | ${fmt(tool.wallMs)} | ${fmt(naive.wallMs)} | ${fmt(naive.wallMs / tool.wallMs, 1)}× | ${reads <= 40 ? 'fits in one minute' : `≥ ${Math.floor(reads / 40)} min of waiting`} |`,
    )
  }
}

async function rateLimitBench() {
  console.log(
    "\n## Under a self-hosted server's per-route limits (secrets and folders 40 a minute, secret imports 60, each route its own window; 50 ms latency)",
  )
  console.log(
    'Five audits back to back against one server, as a nightly of several projects behind one runner IP would meet it. Requests and 429s of all five.',
  )
  console.log('| workload | API | requests (by kind, all five runs) | 429s | wall ms (each run) | exit |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  const pairs = process.env.RATELIMIT_ALL
    ? WORKLOADS.slice(0, 3).flatMap((w) => [
        [w, VARIANTS[0]],
        [w, VARIANTS[2]],
      ])
    : [
        [WORKLOADS[0], VARIANTS[0]],
        [WORKLOADS[0], VARIANTS[2]],
        [WORKLOADS[2], VARIANTS[0]],
        [WORKLOADS[2], VARIANTS[2]],
      ]
  for (const [w, v] of pairs) {
    const server = await startServerProcess({
      secrets: w.secrets,
      folders: w.folders,
      latencyMs: 50,
      api: v.api,
      routeLimits: true,
      tagCompanions: v.tagCompanions ?? false,
    })
    const runs = []
    for (let i = 0; i < 5; i++) runs.push(await auditCli(server, v.env, ['--max-wait', '600', '--run-timeout', '900']))
    const counts = await server.counts()
    console.log(
      `| ${w.name} | ${v.label} | ${kinds(counts)} | ${counts.get('429') ?? 0} | ${runs.map((r) => fmt(r.wallMs)).join(', ')} | ${[...new Set(runs.map((r) => r.code))].join('/')} |`,
    )
    await server.close()
  }
}

const dirSize = (dir) => readdirSync(dir).reduce((n, f) => (statSync(join(dir, f)).isFile() && f.endsWith('.js') ? n + statSync(join(dir, f)).size : n), 0)

/** Wall time of a bare process start: no RSS probe, a clean environment (PATH only), as the runner starts a step. */
function startTime(args, env = {}, node = process.execPath) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(node, args, { cwd: root, env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', () => resolve(performance.now() - started))
  })
}

async function coldStartBench() {
  console.log('\n## Cold start and bundle size (median of 21 runs, PATH-only environment, no RSS probe)')
  const tmp = mkdtempSync(join(tmpdir(), 'vca-cold-'))
  const outFile = join(tmp, 'out')
  const { writeFileSync } = await import('node:fs')
  writeFileSync(outFile, '')
  const runs = async (args, env, node) => {
    const times = []
    for (let i = 0; i < 21; i++) times.push(await startTime(args, env, node))
    return median(times)
  }
  // The action's own runtime (action.yml: node24), from the npm registry's `node` package.
  const { execFileSync } = await import('node:child_process')
  const node24 = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath']).toString().trim()
  console.log('| what | node | median ms | × node -e "" (same node) |')
  console.log('| --- | --- | --- | --- |')
  for (const [label, node] of [
    [process.version, process.execPath],
    [execFileSync(node24, ['-v']).toString().trim(), node24],
  ]) {
    const bare = await runs(['-e', ''], {}, node)
    const action = await runs([join(root, 'dist/index.js')], { GITHUB_OUTPUT: outFile }, node)
    const cli = await runs([join(root, 'dist/cli/index.js')], {}, node)
    console.log(`| node -e "" | ${label} | ${fmt(bare)} | 1.0 |`)
    console.log(`| node dist/index.js, no inputs (clean failure, exit 1) | ${label} | ${fmt(action)} | ${fmt(action / bare, 2)} |`)
    console.log(`| node dist/cli/index.js, no env (clean failure, exit 1) | ${label} | ${fmt(cli)} | ${fmt(cli / bare, 2)} |`)
    // The SDK's chunk loads when a column of its kind is read: here it loads, finds no region and stops (exit 1).
    for (const column of ['prod=aws-sm:prod/', 'prod=aws-ssm:/prod']) {
      const aws = await runs([join(root, 'dist/cli/index.js'), '--environments', column], { AWS_EC2_METADATA_DISABLED: 'true' }, node)
      console.log(`| node dist/cli/index.js --environments ${column}, no AWS_REGION (the SDK loads, exit 1) | ${label} | ${fmt(aws)} | ${fmt(aws / bare, 2)} |`)
    }
    const gcp = await runs(
      [join(root, 'dist/cli/index.js'), '--environments', 'prod=gcp-sm:my-project'],
      { GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent.json' },
      node,
    )
    console.log(
      `| node dist/cli/index.js --environments prod=gcp-sm:my-project, a missing key file (google-auth-library loads, exit 1) | ${label} | ${fmt(gcp)} | ${fmt(gcp / bare, 2)} |`,
    )
    const azureEnv = { AZURE_TENANT_ID: 't', AZURE_CLIENT_ID: 'c', AZURE_CLIENT_SECRET: 's', AZURE_AUTHORITY_HOST: 'https://127.0.0.1:9' }
    const azure = await runs([join(root, 'dist/cli/index.js'), '--environments', 'prod=azure-kv:https://127.0.0.1:9', '--max-wait', '0'], azureEnv, node)
    console.log(
      `| node dist/cli/index.js --environments prod=azure-kv:https://127.0.0.1:9, nothing listening (the SDKs load, exit 1) | ${label} | ${fmt(azure)} | ${fmt(azure / bare, 2)} |`,
    )
  }
  // One bundle (dist/bundle/) both entry points are shims over: its chunks load as a run needs them.
  const bundle = join(root, 'dist/bundle')
  const chunks = (pattern) => readdirSync(bundle).filter((f) => f.endsWith('.js') && f !== 'index.js' && pattern.test(readFileSync(join(bundle, f), 'utf8')))
  const sizes = (files) => files.map((f) => `${f} ${fmt(statSync(join(bundle, f)).size / 1024)} KiB`).join(', ')
  console.log(`\nAWS chunks (loaded only for aws-sm / aws-ssm columns): ${sizes(chunks(/ListSecretsCommand|DescribeParametersCommand|SignatureV4/))}.`)
  console.log(`Azure chunks (loaded only for azure-kv columns): ${sizes(chunks(/DefaultAzureCredential|listPropertiesOfSecrets|msal/i))}.`)
  console.log(`Google chunks (loaded only for gcp-sm columns): ${sizes(chunks(/GoogleAuth|secretmanager\.googleapis/))}.`)
  console.log(
    `\nBundle: dist/ ${fmt(dirSize(join(root, 'dist')) / 1024 / 1024, 1)} MiB in all; dist/bundle/index.js ${fmt(statSync(join(bundle, 'index.js')).size / 1024)} KiB loaded at start by either entry point, the rest in chunks loaded as needed.`,
  )
}

async function vaultBench() {
  console.log('\n## The CLI against a local synthetic Vault KV v2 (AppRole, 20 ms added latency per answer)')
  console.log(
    'Workload: 2,000 secrets × 3 environments in 200 folders (kv/<env>/vendor-N/KEY_i, 1% missing per environment, companions as custom_metadata.expires_at).',
  )
  console.log(`Each row: ${REPEATS} runs against a fresh server; wall time is the median, peak RSS the largest, requests those of one run.`)
  console.log('| concurrency per column | requests (by kind) | total | wall ms (median) | wall ms (all runs) | peak RSS MiB (max) | exit |')
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  const columns = 'prod=vault:kv/prod,staging=vault:kv/staging,dev=vault:kv/dev'
  for (const concurrency of ['16', '4']) {
    await cloudRows(
      concurrency,
      './vault-server.mjs',
      () => columns,
      (server) => ({
        VAULT_ADDR: server.url,
        VAULT_ROLE_ID: 'bench-role',
        VAULT_SECRET_ID: 'bench-secret-0000000000',
        VAULT_CONCURRENCY: concurrency,
      }),
    )
  }
}

async function vaultMemoryBench() {
  console.log('\n## Peak memory of a large Vault walk (AppRole, no added latency, concurrency 16 per column)')
  console.log('| workload | requests | wall s | peak RSS MiB | exit |')
  console.log('| --- | --- | --- | --- | --- |')
  const columns = 'prod=vault:kv/prod,staging=vault:kv/staging,dev=vault:kv/dev'
  for (const [secrets, folders] of [
    [2000, 200],
    [20000, 500],
  ]) {
    const server = await startServerProcess({ secrets, folders, latencyMs: 0 }, './vault-server.mjs')
    const output = join(mkdtempSync(join(tmpdir(), 'vca-bench-out-')), 'report.md')
    const env = { VAULT_ADDR: server.url, VAULT_ROLE_ID: 'bench-role', VAULT_SECRET_ID: 'bench-secret-0000000000', VAULT_CONCURRENCY: '16' }
    const r = await measure([cliPath, '--environments', columns, '--output', output, '--now', '2026-11-23T00:00:00Z', '--run-timeout', '900'], env)
    const counts = await server.counts()
    await server.close()
    if (r.code !== 3 && r.code !== 0) console.error(r.stderr)
    console.log(`| ${secrets.toLocaleString('en')} × 3, ${folders} folders | ${total(counts)} | ${fmt(r.wallMs / 1000, 1)} | ${fmt(r.rssMiB)} | ${r.code} |`)
  }
}

async function quotaBench() {
  console.log('\n## The CLI against a local Vault with a sustained rate-limit quota (AppRole, 20 ms added latency per answer)')
  console.log(
    'Workload: 2,000 secrets × 3 environments in 200 folders, concurrency 16 per column; one run unlimited, one under a quota of 50 requests a second (token bucket, burst 50; 429 without Retry-After, as Vault answers with its response headers off).',
  )
  console.log('| quota | requests (by kind) | total | of the unlimited run | wall s | requests ÷ rate s | peak RSS MiB | exit |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  const columns = 'prod=vault:kv/prod,staging=vault:kv/staging,dev=vault:kv/dev'
  let unlimited
  for (const rate of [0, 50]) {
    const server = await startServerProcess({ secrets: 2000, folders: 200, latencyMs: 20, rate }, './vault-server.mjs')
    const output = join(mkdtempSync(join(tmpdir(), 'vca-bench-out-')), 'report.md')
    const env = { VAULT_ADDR: server.url, VAULT_ROLE_ID: 'bench-role', VAULT_SECRET_ID: 'bench-secret-0000000000', VAULT_CONCURRENCY: '16' }
    const r = await measure([cliPath, '--environments', columns, '--output', output, '--now', '2026-11-23T00:00:00Z', '--run-timeout', '900'], env)
    const counts = await server.counts()
    await server.close()
    if (r.code !== 3 && r.code !== 0) console.error(r.stderr)
    const n = total(counts)
    unlimited ??= n
    const said = /throttled .*/.exec(r.stderr)?.[0]
    console.log(
      `| ${rate ? `${rate}/s` : 'none'} | ${kinds(counts)} | ${n} | ${fmt(n / unlimited, 2)} × | ${fmt(r.wallMs / 1000, 1)} | ${rate ? fmt(n / rate, 1) : '—'} | ${fmt(r.rssMiB)} | ${r.code} |`,
    )
    if (said) console.log(`\nThe log: "… ${said}"\n`)
  }
}

async function awsBench() {
  console.log('\n## The CLI against a local synthetic AWS (JSON 1.1, the official SDK clients, 20 ms added latency per answer)')
  console.log(
    'Workload: 2,000 secrets × 3 environments in 200 folders (<env>/vendor-N/KEY_i, 1% missing per environment, companions as an expires-at tag or an SSM Expiration policy).',
  )
  console.log(`Each row: ${REPEATS} runs against a fresh server; wall time is the median, peak RSS the largest, requests those of one run.`)
  console.log('| store | columns | requests (by action) | total | wall ms (median) | wall ms (all runs) | peak RSS MiB (max) | exit |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  const stores = [
    ['Secrets Manager', 'prod=aws-sm:prod/,staging=aws-sm:staging/,dev=aws-sm:dev/'],
    ['SSM Parameter Store', 'prod=aws-ssm:/prod,staging=aws-ssm:/staging,dev=aws-ssm:/dev'],
  ]
  const env = (server) => ({
    AWS_ENDPOINT_URL: server.url,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'AKIABENCH00000000000',
    AWS_SECRET_ACCESS_KEY: 'bench-secret-access-key',
    AWS_EC2_METADATA_DISABLED: 'true',
  })
  for (const [label, columns] of stores) await cloudRows(`${label} | ${columns}`, './aws-server.mjs', () => columns, env)
}

/** REPEATS runs of the CLI against a fresh synthetic server each (Vault, AWS, Azure, Google); prints one table row. */
async function cloudRows(label, module, columnsOf, envOf) {
  const runs = []
  let counts
  let columns
  for (let i = 0; i < REPEATS; i++) {
    const server = await startServerProcess({ secrets: 2000, folders: 200, latencyMs: 20 }, module)
    const output = join(mkdtempSync(join(tmpdir(), 'vca-bench-out-')), 'report.md')
    columns = columnsOf(server)
    runs.push(await measure([join(root, 'dist/cli/index.js'), '--environments', columns, '--output', output, '--now', '2026-11-23T00:00:00Z'], envOf(server)))
    counts = await server.counts()
    await server.close()
  }
  const walls = runs.map((r) => r.wallMs)
  const codes = [...new Set(runs.map((r) => r.code))].join('/')
  if (runs.some((r) => r.code !== 3 && r.code !== 0)) console.error(runs.map((r) => r.stderr).join('\n'))
  console.log(
    `| ${label} | ${kinds(counts)} | ${total(counts)} | ${fmt(median(walls))} | ${walls.map((x) => fmt(x)).join(', ')} | ${fmt(Math.max(...runs.map((r) => r.rssMiB)))} | ${codes} |`,
  )
}

async function azureGcpBench() {
  console.log('\n## The CLI against local synthetic Azure Key Vaults and Google Secret Manager (the official libraries, 20 ms added latency per answer)')
  console.log('Workload: 2,000 secrets × 3 environments (one vault or project each; 1% missing per environment, companions as native expiry).')
  console.log(`Each row: ${REPEATS} runs against a fresh server; wall time is the median, peak RSS the largest, requests those of one run.`)
  console.log('| store | requests (by kind) | total | wall ms (median) | wall ms (all runs) | peak RSS MiB (max) | exit |')
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  const { makeTestTls } = await import('../scripts/test-tls.mjs')
  const tlsDir = mkdtempSync(join(tmpdir(), 'vca-bench-tls-'))
  const { ca } = makeTestTls(tlsDir)
  // The server process reads the certificate from TLS_DIR.
  process.env.TLS_DIR = tlsDir
  await cloudRows(
    'Azure Key Vault (HTTPS, client-secret login)',
    './azure-server.mjs',
    (s) => ['prod', 'staging', 'dev'].map((e, i) => `${e}=azure-kv:${s.urls[i]}`).join(','),
    (s) => ({
      AZURE_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      AZURE_CLIENT_ID: 'bench-client',
      AZURE_CLIENT_SECRET: 'bench-secret',
      AZURE_AUTHORITY_HOST: s.url,
      NODE_EXTRA_CA_CERTS: ca,
    }),
  )
  const { generateKeyPairSync } = await import('node:crypto')
  const { writeFileSync } = await import('node:fs')
  const key = join(mkdtempSync(join(tmpdir(), 'vca-bench-gcp-')), 'key.json')
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  writeFileSync(
    key,
    JSON.stringify({
      type: 'service_account',
      project_id: 'bench',
      private_key_id: 'k1',
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      client_email: 'bench@bench.iam.gserviceaccount.com',
      client_id: '1',
      token_uri: 'http://127.0.0.1:9/token',
    }),
  )
  await cloudRows(
    'Google Secret Manager (REST, service account key)',
    './gcp-server.mjs',
    () => 'prod=gcp-sm:bench-prod,staging=gcp-sm:bench-staging,dev=gcp-sm:bench-dev',
    (s) => ({
      CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER: `${s.url}/`,
      GOOGLE_APPLICATION_CREDENTIALS: key,
    }),
  )
}

async function contractBench() {
  console.log('\n## Contract columns: the code scan (the CLI, a synthetic repository on local disk)')
  const { syntheticRepo } = await import('./code-repo.mjs')
  console.log('| workload | keys found | wall ms (median) | wall ms (all runs) | peak RSS MiB (max) | exit |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  const { statSync: size, readdirSync: list } = await import('node:fs')
  const dir = syntheticRepo({ files: 5000, bytes: 10_000, keys: 400 })
  let bytes = 0
  let files = 0
  const walk = (d) => {
    for (const e of list(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name))
      else if (/\.(ts|py|go|rb|java)$/.test(e.name) && !d.includes('generated') && !d.includes('node_modules')) {
        bytes += size(join(d, e.name)).size
        files++
      }
    }
  }
  walk(join(dir, 'src'))
  // The CLI runs in the repository, as a workflow step runs in its checkout.
  const inRepo = []
  for (let i = 0; i < REPEATS; i++) {
    const { spawn } = await import('node:child_process')
    const rssFile = join(mkdtempSync(join(tmpdir(), 'vca-bench-')), 'rss')
    inRepo.push(
      await new Promise((resolve) => {
        const started = performance.now()
        const child = spawn(
          process.execPath,
          [
            '--import',
            probe,
            cliPath,
            '--environments',
            'code=code:src/**,prod=file:inventory.json#prod',
            '--format',
            'json',
            '--now',
            '2026-11-23T00:00:00Z',
            '--previous',
            'none',
          ],
          { cwd: dir, env: { PATH: process.env.PATH, RSS_OUT: rssFile } },
        )
        let stdout = ''
        child.stdout.on('data', (d) => (stdout += d))
        child.on('close', (code) => resolve({ code, wallMs: performance.now() - started, rssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024, stdout }))
      }),
    )
  }
  const keys = JSON.parse(inRepo[0].stdout).contracts[0].keys
  const walls = inRepo.map((r) => r.wallMs)
  console.log(
    `| ${files} source files, ${fmt(bytes / 1024 / 1024, 1)} MiB (+ a .gitignore'd folder, node_modules, one 5 MiB bundle over the cap) | ${keys} | ${fmt(median(walls))} | ${walls.map((x) => fmt(x)).join(', ')} | ${fmt(Math.max(...inRepo.map((r) => r.rssMiB)))} | ${[...new Set(inRepo.map((r) => r.code))].join('/')} |`,
  )
}

/**
 * A real-shaped monorepo (bench/code-repo.mjs monorepo): the CLI's `code:**\/*` beside a bare read of the same files,
 * in the same run, listed by git (a checkout) and by walking the tree (no .git), and the build in VCA_CLI when given.
 */
async function monorepoBench() {
  const { monorepo } = await import('./code-repo.mjs')
  const { renameSync } = await import('node:fs')
  const files = Number(process.env.MONOREPO_FILES ?? 5000)
  const dir = monorepo({ files })
  console.log(
    `\n## Contract columns: a real-shaped monorepo of ${files.toLocaleString('en')} source files (code:**/*, ${REPEATS} runs each, in one run of the bench)`,
  )
  console.log('| reader | listing | files read | keys | requests | wall ms (median) | wall ms (all runs) | × bare read | peak RSS MiB (max) | exit |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  const args = (cli) => [
    cli,
    '--environments',
    'code=code:**/*,prod=file:inventory.json#prod',
    '--format',
    'json',
    '--now',
    '2026-11-23T00:00:00Z',
    '--previous',
    'none',
  ]
  const readers = [
    { name: 'bare read (git ls-files + readFile, bench/bare-read.mjs)', args: [join(root, 'bench/bare-read.mjs')], listing: 'git' },
    { name: 'this build', args: args(join(root, 'dist/cli/index.js')), listing: 'git' },
    ...(process.env.VCA_CLI ? [{ name: 'VCA_CLI (before)', args: args(process.env.VCA_CLI), listing: 'git' }] : []),
    { name: 'this build', args: args(join(root, 'dist/cli/index.js')), listing: 'walk' },
    ...(process.env.VCA_CLI ? [{ name: 'VCA_CLI (before)', args: args(process.env.VCA_CLI), listing: 'walk' }] : []),
  ]
  let bare
  for (const reader of readers) {
    // Walking: the same tree without its .git, so neither build can ask git.
    if (reader.listing === 'walk') renameSync(join(dir, '.git'), join(dir, '.git-away'))
    const runs = []
    for (let i = 0; i < REPEATS; i++) runs.push(await measure(reader.args, {}, dir))
    if (reader.listing === 'walk') renameSync(join(dir, '.git-away'), join(dir, '.git'))
    const walls = runs.map((r) => r.wallMs)
    const out = JSON.parse(runs[0].stdout)
    const read = out.contracts ? out.contracts[0].keys : undefined
    const filesRead = out.contracts ? /read in (\d+) files/.exec(runs[0].stderr)?.[1] : out.files
    bare ??= median(walls)
    console.log(
      `| ${reader.name} | ${reader.listing} | ${filesRead ?? 'n/a'} | ${read ?? '—'} | 0 | ${fmt(median(walls))} | ${walls.map((x) => fmt(x)).join(', ')} | ${fmt(median(walls) / bare, 2)} | ${fmt(Math.max(...runs.map((r) => r.rssMiB)))} | ${[...new Set(runs.map((r) => r.code))].join('/')} |`,
    )
  }
}

/**
 * An org run (issue 27): TARGETS targets × 3 environments × SECRETS secrets against the synthetic Infisical at 50 ms
 * latency, in one process with --parallel 4; beside it, single runs of one target, whose time × targets ÷ 4 is what
 * the org run should approach. Every target reads the same project (the server has one): the requests are real.
 */
async function orgBench() {
  const targets = Number(process.env.ORG_TARGETS ?? 50)
  const secrets = Number(process.env.ORG_SECRETS ?? 500)
  const parallel = 4
  console.log(`\n## Org: ${targets} targets × 3 environments × ${secrets} secrets, one process, --parallel ${parallel} (synthetic Infisical, 50 ms latency)`)
  const server = await startServerProcess({ secrets, folders: 20, latencyMs: 50 })
  const dir = mkdtempSync(join(tmpdir(), 'vca-bench-org-'))
  const list = Array.from({ length: targets }, (_, i) => `  - name: project-${i}\n    team: team-${i % 5}\n`).join('')
  writeFileSync(
    join(dir, 'targets.yml'),
    `defaults:\n  infisical-project-id: ${server.projectId}\n  path-prefix: /Bench\n  now: 2026-11-23T00:00:00Z\ntargets:\n${list}`,
  )
  const env = { INFISICAL_CLIENT_ID: 'bench-client', INFISICAL_CLIENT_SECRET: 'bench-secret-0000000000', INFISICAL_HOST: server.url }
  const singles = []
  for (let i = 0; i < REPEATS; i++) {
    await server.resetCounts()
    singles.push({
      ...(await measure(
        [cliPath, '--output', join(dir, `single-${i}.md`), '--now', '2026-11-23T00:00:00Z', '--previous', 'none'],
        { ...env, INFISICAL_PROJECT_ID: server.projectId, INFISICAL_PATH_PREFIX: '/Bench' },
        dir,
      )),
      requests: total(await server.counts()),
    })
  }
  const orgRuns = []
  for (let i = 0; i < REPEATS; i++) {
    await server.resetCounts()
    const run = await measure(
      [cliPath, '--targets', 'targets.yml', '--parallel', String(parallel), '--output-dir', `out-${i}`, '--previous', 'none', '--format', 'json'],
      env,
      dir,
    )
    orgRuns.push({ ...run, requests: total(await server.counts()), counts: await server.counts() })
  }
  await server.close()
  const single = median(singles.map((r) => r.wallMs))
  const expected = (single * targets) / parallel
  console.log(
    '| run | requests (by kind) | total | wall ms (median) | wall ms (all runs) | expected ms (single × targets ÷ parallel) | ratio | peak RSS MiB (max) | exit |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  console.log(
    `| one target alone | — | ${singles[0].requests} | ${fmt(single)} | ${singles.map((r) => fmt(r.wallMs)).join(', ')} | — | — | ${fmt(Math.max(...singles.map((r) => r.rssMiB)))} | ${[...new Set(singles.map((r) => r.code))].join('/')} |`,
  )
  const wall = median(orgRuns.map((r) => r.wallMs))
  console.log(
    `| ${targets} targets, --parallel ${parallel} | ${kinds(orgRuns[0].counts)} | ${orgRuns[0].requests} | ${fmt(wall)} | ${orgRuns.map((r) => fmt(r.wallMs)).join(', ')} | ${fmt(expected)} | ${fmt(wall / expected, 2)} | ${fmt(Math.max(...orgRuns.map((r) => r.rssMiB)))} | ${[...new Set(orgRuns.map((r) => r.code))].join('/')} |`,
  )
}

/** A fork's pathological files (bench/code-repo.mjs hostileRepo): the scan must stay linear. One run per size. */
/** Issue 29: the trend's history read through the GitHub contents API, and the k8s: column's scan. */
async function historyBench() {
  console.log('\n## The trend: reading history through the GitHub contents API (issue 29)')
  const dir = mkdtempSync(join(tmpdir(), 'vca-bench-history-'))
  const made = await measure([join(root, 'bench/history-read.mjs'), 'generate', dir, '2000'])
  if (made.code !== 0) throw new Error(made.stderr)
  console.log(
    '| trend-nights | requests (listing + raw reads) | twins used for the trend | twin size KiB | wall ms (median) | wall ms (all runs) | peak RSS MiB (max) |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  // VCA_BUILD (the compiled sources of an older commit): its row first, asked for 30 nights it cannot read.
  const builds = [...(process.env.VCA_BUILD ? [[30, process.env.VCA_BUILD]] : []), [0], [30], [90]]
  for (const [nights, build] of builds) {
    const runs = []
    for (let i = 0; i < REPEATS; i++) {
      const r = await measure([join(root, 'bench/history-read.mjs'), 'read', dir, String(nights)], build ? { VCA_BUILD: build } : {})
      if (r.code !== 0) throw new Error(r.stderr)
      runs.push({ ...r, out: JSON.parse(r.stdout) })
    }
    const o = runs[0].out
    const walls = runs.map((r) => r.out.wallMs)
    console.log(
      `| ${build ? `${nights}, the build before issue 29 (VCA_BUILD)` : nights === 0 ? '0 (off: the previous snapshot only)' : nights} | ${o.requests.listing} + ${o.requests.blob} | ${o.used} | ${fmt(o.twinKiB)} | ${fmt(median(walls))} | ${walls.map((w) => fmt(w)).join(', ')} | ${fmt(Math.max(...runs.map((r) => r.rssMiB)))} |`,
    )
  }
}

async function k8sBench() {
  console.log('\n## Contract columns: k8s manifests (the CLI, a synthetic deploy/ tree on local disk, issue 29)')
  const { k8sRepo } = await import('./k8s-repo.mjs')
  const dir = k8sRepo(2000)
  const runs = []
  for (let i = 0; i < REPEATS; i++) {
    runs.push(
      await measure(
        [
          cliPath,
          '--environments',
          'prod=file:inventory.json#prod,cluster=k8s:deploy/**?env=prod',
          '--format',
          'json',
          '--now',
          '2026-11-23T00:00:00Z',
          '--previous',
          'none',
        ],
        {},
        dir,
      ),
    )
  }
  const report = JSON.parse(runs[0].stdout)
  const walls = runs.map((r) => r.wallMs)
  console.log('| workload | keys wanted | not checkable | rows | drift | wall ms (median) | wall ms (all runs) | peak RSS MiB (max) | exit |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  console.log(
    `| 2,000 manifests (Deployment + ConfigMap + ExternalSecret of 5 keys), the store kept elsewhere (matched by name) | ${report.contracts[0].keys} | ${report.contracts[0].dynamicCount ?? 0} | ${report.counts.rows} | ${report.counts.drift} | ${fmt(median(walls))} | ${walls.map((w) => fmt(w)).join(', ')} | ${fmt(Math.max(...runs.map((r) => r.rssMiB)))} | ${[...new Set(runs.map((r) => r.code))].join('/')} |`,
  )
}

async function hostileBench() {
  console.log("\n## Contract columns: a fork's pathological files (the CLI in the checkout, one run each)")
  const { hostileRepo } = await import('./code-repo.mjs')
  console.log('| workload | CLI | wall ms | peak RSS MiB | exit |')
  console.log('| --- | --- | --- | --- | --- |')
  const sizes = (process.env.HOSTILE_KIB ?? '64,128,256,1024').split(',').map(Number)
  for (const kib of sizes) {
    const dir = hostileRepo({ files: 3, kib })
    const rssFile = join(mkdtempSync(join(tmpdir(), 'vca-bench-')), 'rss')
    const run = await new Promise((resolve) => {
      const started = performance.now()
      const child = spawn(
        process.execPath,
        [
          '--import',
          probe,
          cliPath,
          '--environments',
          'code=code:{src,.github}/**,prod=file:inventory.json#prod',
          '--format',
          'json',
          '--now',
          '2026-11-23T00:00:00Z',
          '--previous',
          'none',
        ],
        { cwd: dir, env: { PATH: process.env.PATH, RSS_OUT: rssFile } },
      )
      child.on('close', (code) => resolve({ code, wallMs: performance.now() - started, rssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024 }))
    })
    console.log(
      `| 3 × ${kib} KiB of \`const{\` + 3 × ${kib} KiB of \`\${{\` | ${process.env.VCA_CLI ? 'VCA_CLI' : 'this build'} | ${fmt(run.wallMs)} | ${fmt(run.rssMiB)} | ${run.code} |`,
    )
  }
}

const sections = {
  audit: auditBench,
  vault: vaultBench,
  memory: vaultMemoryBench,
  quota: quotaBench,
  aws: awsBench,
  cloud: azureGcpBench,
  contract: async () => {
    await contractBench()
    await monorepoBench()
  },
  hostile: hostileBench,
  org: orgBench,
  history: historyBench,
  k8s: k8sBench,
  infisical: infisicalBench,
  naive: naiveBench,
  ratelimit: rateLimitBench,
  coldstart: coldStartBench,
}
console.log(`# vault-coverage-audit benchmarks\n\nnode ${process.version}, ${process.platform}/${process.arch}`)
for (const [name, run] of Object.entries(sections)) if (!only || only === name) await run()
