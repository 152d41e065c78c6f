/**
 * Owners (issue 28, part 2): the policy's `owners:` (the most specific match winning), a rule's `owner:` when it
 * is a mention, CODEOWNERS of the contract file as the fallback; hostile owner strings refused at load; mentions in
 * Slack and the pull-request comment for new drift only, never from outside text; owners in the JSON and SARIF.
 */
import { describe, expect, it } from '@jest/globals'
import { audit } from '../src/audit/audit.js'
import type { ContractInventory, Inventory } from '../src/audit/inventory.js'
import { parseCodeowners } from '../src/audit/owners.js'
import { parsePolicy } from '../src/files/policy-file.js'
import { renderMarkdown } from '../src/render/markdown.js'
import { renderSarif } from '../src/render/sarif.js'
import { renderSlack } from '../src/render/slack.js'
import { renderPrOwners } from '../src/render/summary.js'

const NOW = new Date('2026-11-23T00:00:00Z')
const inventory = (contracts: ContractInventory[] = []): Inventory => ({
  source: { kind: 'file', location: 'x' },
  pathPrefix: '/',
  environments: [
    {
      slug: 'prod',
      status: 'ok',
      secrets: [
        { path: '/payments', key: 'STRIPE_KEY', version: 1 },
        { path: '/payments', key: 'STRIPE_WEBHOOK', version: 1 },
        { path: '/payments/eu', key: 'ADYEN_KEY', version: 1 },
        { path: '/infra', key: 'CF_TOKEN', version: 1 },
      ],
    },
    { slug: 'staging', status: 'ok', secrets: [] },
  ],
  ...(contracts.length ? { contracts } : {}),
})
const POLICY = `owners:
  /payments: "@acme/payments"
  /payments/eu: ["@acme/payments-eu", "slack:S0PAYEU"]
  STRIPE_*: "@acme/stripe-guild"
  STRIPE_KEY: "slack:U0STRIPE"
rules:
  - match: CF_TOKEN
    expected: [prod, staging]
    owner: "@acme/infra"
`
const ownersOf = (report: ReturnType<typeof audit>) => Object.fromEntries(report.rows.map((r) => [r.key, r.owners]))

describe('owners', () => {
  it('the most specific match wins: an exact key, then a glob, then the deepest folder; a rule owner that is a mention counts', () => {
    const report = audit(inventory(), parsePolicy(POLICY, 'policy.yml'), NOW)
    expect(ownersOf(report)).toEqual({
      STRIPE_KEY: ['slack:U0STRIPE'],
      STRIPE_WEBHOOK: ['@acme/stripe-guild'],
      ADYEN_KEY: ['@acme/payments-eu', 'slack:S0PAYEU'],
      CF_TOKEN: ['@acme/infra'],
    })
    // A free-text owner stays a label, never a mention.
    const labelled = audit(inventory(), parsePolicy('rules:\n  - match: CF_TOKEN\n    owner: platform\n', 'p.yml'), NOW)
    expect(labelled.rows.find((r) => r.key === 'CF_TOKEN')).toMatchObject({ owner: 'platform' })
    expect(labelled.rows.find((r) => r.key === 'CF_TOKEN')!.owners).toBeUndefined()
  })

  it('CODEOWNERS of the file a contract column names is the fallback (the last matching line wins)', () => {
    const codeowners = parseCodeowners('# owners\n*.ts @acme/frontend\n/services/ @acme/backend\nservices/billing/ @acme/billing jane@example.com\n')
    expect(codeowners('services/billing/src/pay.ts')).toEqual(['@acme/billing'])
    expect(codeowners('services/api/app.ts')).toEqual(['@acme/backend'])
    expect(codeowners('web/app.ts')).toEqual(['@acme/frontend'])
    expect(codeowners('README.md')).toBeUndefined()
    const contract: ContractInventory = { slug: 'code', role: 'uses', label: 'src/**', keys: [{ key: 'NEW_KEY', at: 'services/billing/src/pay.ts:3' }] }
    const report = audit(inventory([contract]), parsePolicy('rules: []\n', 'p.yml'), NOW, {}, { codeowners })
    expect(report.rows.find((r) => r.key === 'NEW_KEY')!.owners).toEqual(['@acme/billing'])
  })

  it.each([
    ['a Slack broadcast', '"<!channel>"'],
    ['a link', '"<https://evil.example|click>"'],
    ['a bare name', 'platform'],
    ['an email', 'jane@example.com'],
    ['a team with a space', '"@acme/pay ments"'],
    ['a forged Slack id', '"slack:<!here>"'],
  ])('refuses %s as an owner at load time, naming the line', (_, value) => {
    expect(() => parsePolicy(`rules: []\nowners:\n  STRIPE_*: ${value}\n`, 'policy.yml')).toThrow(
      /^policy\.yml:3: owners: .* is not an owner; expected a GitHub team @org\/team/,
    )
  })

  it('mentions in Slack and the pull-request comment for new drift only, grouped by owner; tables never ping', () => {
    const policy = parsePolicy(POLICY, 'policy.yml')
    const first = audit(inventory(), policy, NOW)
    // Night two: STRIPE_KEY and STRIPE_WEBHOOK persist; ADYEN_KEY and CF_TOKEN are new.
    const previous = { ...first, location: 'x.json', rows: first.rows.filter((r) => r.key.startsWith('STRIPE')) }
    const report = audit(inventory(), policy, new Date('2026-11-24T00:00:00Z'), { previous } as never)
    expect(report.history?.newDrift.map((d) => d.key).sort()).toEqual(['ADYEN_KEY', 'CF_TOKEN'])
    const slack = JSON.stringify(renderSlack(report, { runUrl: 'https://github.com/acme/shop/actions/runs/1' }).blocks)
    expect(slack).toContain('<!subteam^S0PAYEU>: `ADYEN_KEY`')
    expect(slack).not.toContain('U0STRIPE')
    const comment = renderPrOwners(report)
    expect(comment).toContain('- @acme/payments-eu: `ADYEN_KEY`')
    expect(comment).toContain('- @acme/infra: `CF_TOKEN`')
    expect(comment).not.toContain('stripe-guild')
    // The committed markdown shows owners, inert.
    expect(renderMarkdown(report)).toContain('@<!-- -->acme/payments-eu')
    // SARIF carries them as a property.
    const sarif = JSON.parse(renderSarif(report, { version: 't' })) as {
      runs: { results: { message: { text: string }; properties: { owners?: string[] } }[] }[]
    }
    expect(sarif.runs[0]!.results.find((r) => r.message.text.includes('ADYEN'))!.properties.owners).toEqual(['@acme/payments-eu', 'slack:S0PAYEU'])
  })
})
