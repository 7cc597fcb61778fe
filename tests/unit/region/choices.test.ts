/** The user's remembered choices of place, in storage.local. */
import { describe, expect, it } from 'vitest';
import { chosenCodeFor, readRegionChoices, REGION_CHOICES_KEY, rememberRegionChoice } from '../../../lib/region/choices.ts';
import { REGION_LIMITS } from '../../../lib/limits.ts';
import { FakeSession } from '../background/fakes.ts';

describe('remembered region choices', () => {
  it('remembers a code per site and region name, and a later choice replaces it', async () => {
    const local = new FakeSession();
    await rememberRegionChoice(local, { host: 'www.gulou.gov.cn', name: '鼓楼区', code: '350102' });
    await rememberRegionChoice(local, { host: 'www.tongzhou.gov.cn', name: '通州区', code: '110112' });
    let choices = await readRegionChoices(local);
    expect(chosenCodeFor(choices, { host: 'www.gulou.gov.cn', name: '鼓楼区' })).toBe('350102');
    expect(chosenCodeFor(choices, { host: 'www.gulou.gov.cn', name: '通州区' })).toBeNull();
    expect(chosenCodeFor(choices, { host: 'gulou.example.com', name: '鼓楼区' })).toBeNull();
    expect(chosenCodeFor(choices, { host: 'www.gulou.gov.cn', name: null })).toBeNull();
    // Names that are also Object.prototype's do not answer.
    expect(chosenCodeFor(choices, { host: 'www.gulou.gov.cn', name: 'constructor' })).toBeNull();
    await rememberRegionChoice(local, { host: 'www.gulou.gov.cn', name: '鼓楼区', code: '320106' });
    choices = await readRegionChoices(local);
    expect(choices).toEqual({ 'www.gulou.gov.cn': { 鼓楼区: '320106' }, 'www.tongzhou.gov.cn': { 通州区: '110112' } });
  });

  it('refuses what is no choice, and ignores stored values that are not choices', async () => {
    const local = new FakeSession();
    await expect(rememberRegionChoice(local, { host: 'www.gulou.gov.cn', name: '鼓楼区', code: '3501' })).rejects.toThrow();
    await expect(rememberRegionChoice(local, { host: '', name: '鼓楼区', code: '350102' })).rejects.toThrow();
    expect(local.data.has(REGION_CHOICES_KEY)).toBe(false);
    await local.set({ [REGION_CHOICES_KEY]: 'not an object' });
    expect(await readRegionChoices(local)).toEqual({});
    await local.set({ [REGION_CHOICES_KEY]: { 'www.gulou.gov.cn': { 鼓楼区: '350102', 通州区: 'x', '': '110112' }, 'a.gov.cn': [] } });
    expect(await readRegionChoices(local)).toEqual({ 'www.gulou.gov.cn': { 鼓楼区: '350102' } });
  });

  it('keeps the sites chosen last when there are too many', async () => {
    const local = new FakeSession();
    const sites = REGION_LIMITS.maxRegionChoiceSites + 2;
    for (let i = 0; i < sites; i++) await rememberRegionChoice(local, { host: `www.s${i}.gov.cn`, name: '鼓楼区', code: '350102' });
    const choices = await readRegionChoices(local);
    expect(Object.keys(choices)).toHaveLength(REGION_LIMITS.maxRegionChoiceSites);
    expect(chosenCodeFor(choices, { host: `www.s${sites - 1}.gov.cn`, name: '鼓楼区' })).toBe('350102');
    expect(chosenCodeFor(choices, { host: 'www.s0.gov.cn', name: '鼓楼区' })).toBeNull();
  });
});
