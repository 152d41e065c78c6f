/** The action's inputs: every row that has an `input`, read through the runner, masked before anything is logged. */
import { credentialsIn, type Option, type OptionReader } from '../options.js'
import { ORG_OPTIONS } from '../org/options.js'
import { PUBLISH_OPTIONS, publishSettings, type PublishSettings } from '../publish/publishers.js'
import { buildSettings, settingsOptions, type Settings, type SettingsContext } from '../settings.js'
import type { Registry } from '../sources/index.js'

export interface InputIo extends SettingsContext {
  /** The input's value, trimmed; '' when not given. */
  input(name: string): string
  setSecret(value: string): void
}

/** Every row the action reads, in action.yml's order. */
export const actionOptions = (stores?: Registry): Option[] =>
  [...settingsOptions(stores), ...Object.values(PUBLISH_OPTIONS), ...Object.values(ORG_OPTIONS)].filter((o) => o.input)

/** The keys a target of the targets file may set: every input of a single run (not the org's own rows). */
export const targetKeys = (stores?: Registry): Option[] => [...settingsOptions(stores), ...Object.values(PUBLISH_OPTIONS)].filter((o) => o.input)

export function actionReader(io: InputIo): OptionReader {
  return {
    read: (option) => (option.input ? io.input(option.input) : undefined),
    nameOf: (option) => option.input ?? option.flag ?? '(option)',
    missingLabel: 'Missing required inputs',
  }
}

/** Inputs → settings. Every credential is masked first: nothing may be logged before. */
export async function actionSettings(io: InputIo): Promise<{ settings: Settings; publish: PublishSettings }> {
  const reader = actionReader(io)
  for (const secret of credentialsIn(reader, actionOptions(io.stores))) io.setSecret(secret)
  const settings = await buildSettings(reader, io)
  for (const secret of settings.stores.flatMap((s) => s.credentials)) io.setSecret(secret)
  return { settings, publish: publishSettings(reader, settings.snapshotPath) }
}
