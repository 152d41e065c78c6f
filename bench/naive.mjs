// The naive strategy, for comparison: what a simple script does. It lists every folder,
// then each folder's secrets separately, one request after another, then each companion.
// Run as a process: node bench/naive.mjs HOST PROJECT PREFIX
const [host, projectId, prefix] = process.argv.slice(2)
const get = async (path, query, token) => {
  const res = await fetch(`${host}${path}?${new URLSearchParams(query)}`, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`${path} ${res.status}`)
  return res.json()
}
const login = await (
  await fetch(`${host}/api/v1/auth/universal-auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: 'a', clientSecret: 'b' }),
  })
).json()
const token = login.accessToken
const { project } = await get(`/api/v1/projects/${projectId}`, {}, token)
let secrets = 0
for (const { slug } of project.environments) {
  const { folders } = await get('/api/v2/folders', { projectId, environment: slug, path: prefix, recursive: 'true' }, token)
  for (const path of [prefix, ...folders.map((f) => `${prefix}${f.relativePath}`)]) {
    const list = await get('/api/v4/secrets', { projectId, environment: slug, secretPath: path, viewSecretValue: 'false' }, token)
    secrets += list.secrets.length
    for (const s of list.secrets.filter((x) => x.secretKey.endsWith('__EXPIRES_AT'))) {
      await get(`/api/v4/secrets/${encodeURIComponent(s.secretKey)}`, { projectId, environment: slug, secretPath: path, viewSecretValue: 'true' }, token)
    }
  }
}
console.log(JSON.stringify({ secrets }))
