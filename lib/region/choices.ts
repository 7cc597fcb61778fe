/**
 * The user's choices of place for names the evidence leaves ambiguous: on www.gulou.gov.cn,
 * "鼓楼区" is 福州's (350102). Kept where the settings live (storage.local, one item), keyed by
 * the site's hostname and the region name as its reports write it, and read by the background
 * whenever it resolves a report from that site (a page, a re-parse). No division data here: the
 * side panel may import this module.
 */
import * as v from 'valibot';
import { LIMITS, REGION_LIMITS } from '../limits.ts';

/** storage.local key of the choices. */
export const REGION_CHOICES_KEY = 'regionChoices';

/** hostname → region name → GB/T 2260 code. */
export type RegionChoices = Record<string, Record<string, string>>;

/** A storage area (storage.local, or a fake). */
export interface ChoiceArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const CODE = /^\d{6}$/;

/**
 * The stored choices; what does not look like a choice is left out (storage.local is shared with
 * the content script's world and older versions: nothing read from it is trusted as it is).
 */
export async function readRegionChoices(area: ChoiceArea): Promise<RegionChoices> {
  return cleanChoices((await area.get(REGION_CHOICES_KEY))[REGION_CHOICES_KEY]);
}

/** The code chosen for a region name on a site, or null. */
export function chosenCodeFor(
  choices: RegionChoices,
  { host, name }: { host: string | null; name: string | null | undefined },
): string | null {
  if (!host || !name) return null;
  return Object.hasOwn(choices, host) && Object.hasOwn(choices[host]!, name) ? choices[host]![name]! : null;
}

/**
 * Remembers a choice. The site and name chosen last are kept first; past the limits
 * (REGION_LIMITS.maxRegionChoiceSites, maxRegionChoicesPerSite) the ones chosen longest ago are forgotten.
 */
export async function rememberRegionChoice(area: ChoiceArea, choice: { host: string; name: string; code: string }): Promise<void> {
  const { host, name, code } = choice;
  if (!isValidChoice(host, name, code)) throw new Error('not a region choice');
  const choices = await readRegionChoices(area);
  const earlier = Object.entries(Object.hasOwn(choices, host) ? choices[host]! : {}).filter(([n]) => n !== name);
  const site = Object.fromEntries([[name, code], ...earlier].slice(0, REGION_LIMITS.maxRegionChoicesPerSite));
  const others = Object.entries(choices).filter(([h]) => h !== host);
  const kept = [[host, site] as const, ...others].slice(0, REGION_LIMITS.maxRegionChoiceSites);
  await area.set({ [REGION_CHOICES_KEY]: Object.fromEntries(kept) });
}

function isValidChoice(host: string, name: string, code: string): boolean {
  return (
    host.length > 0 &&
    host.length <= REGION_LIMITS.maxHostChars &&
    name.length > 0 &&
    name.length <= LIMITS.maxRegionNameChars &&
    CODE.test(code)
  );
}

const StoredChoicesSchema = v.record(v.string(), v.record(v.string(), v.string()));

function cleanChoices(stored: unknown): RegionChoices {
  const parsed = v.safeParse(StoredChoicesSchema, stored);
  if (!parsed.success) return {};
  const out: RegionChoices = {};
  for (const [host, names] of Object.entries(parsed.output).slice(0, REGION_LIMITS.maxRegionChoiceSites)) {
    const valid = Object.entries(names).filter(([name, code]) => isValidChoice(host, name, code));
    if (valid.length > 0) out[host] = Object.fromEntries(valid.slice(0, REGION_LIMITS.maxRegionChoicesPerSite));
  }
  return out;
}
