#!/usr/bin/env node
// A throwaway certificate authority and a server certificate for 127.0.0.1, made with openssl where
// they are needed (the Azure tests and benchmark serve HTTPS: Key Vault takes a token only over TLS), so
// no private key is ever committed. The CA's own key is deleted once it has signed.
// Usage: node scripts/test-tls.mjs DIR   (writes DIR/ca.pem, DIR/server.key, DIR/server.pem)
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function makeTestTls(dir) {
  const at = (name) => join(dir, name)
  const openssl = (...args) => execFileSync('openssl', args, { stdio: 'ignore' })
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    at('ca.key'),
    '-out',
    at('ca.pem'),
    '-days',
    '30',
    '-subj',
    '/CN=vault-coverage-audit test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  )
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', at('server.key'), '-out', at('server.csr'), '-subj', '/CN=127.0.0.1')
  writeFileSync(
    at('ext.cnf'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n',
  )
  openssl(
    'x509',
    '-req',
    '-in',
    at('server.csr'),
    '-CA',
    at('ca.pem'),
    '-CAkey',
    at('ca.key'),
    '-CAcreateserial',
    '-out',
    at('server.pem'),
    '-days',
    '30',
    '-extfile',
    at('ext.cnf'),
  )
  for (const f of ['ca.key', 'server.csr', 'ext.cnf', 'ca.srl']) rmSync(at(f), { force: true })
  return { ca: at('ca.pem'), key: at('server.key'), cert: at('server.pem') }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) makeTestTls(process.argv[2])
