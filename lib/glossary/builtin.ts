/**
 * The built-in glossary: jargon of government work reports, in this project's own words.
 * Data in ./data/*.json (one file per theme; national-*.json hold the national vocabulary of the
 * State Council's reports 2001–2025); validated by tests/unit/glossary-data.test.ts.
 */
import type { BuiltinGlossaryEntry } from './types.ts';
import nationalFormulas from './data/national-formulas.json' with { type: 'json' };
import nationalUnification from './data/national-unification.json' with { type: 'json' };
import nationalEconomy from './data/national-economy.json' with { type: 'json' };
import nationalSociety from './data/national-society.json' with { type: 'json' };
import statistics from './data/statistics.json' with { type: 'json' };
import rural from './data/rural.json' with { type: 'json' };
import ecology from './data/ecology.json' with { type: 'json' };
import economy from './data/economy.json' with { type: 'json' };
import society from './data/society.json' with { type: 'json' };
import governance from './data/governance.json' with { type: 'json' };
import shanxi from './data/shanxi.json' with { type: 'json' };
import provinces from './data/provinces.json' with { type: 'json' };

export const builtinGlossary: BuiltinGlossaryEntry[] = [
  ...nationalFormulas,
  ...nationalUnification,
  ...nationalEconomy,
  ...nationalSociety,
  ...statistics,
  ...rural,
  ...ecology,
  ...economy,
  ...society,
  ...governance,
  ...shanxi,
  ...provinces,
] as BuiltinGlossaryEntry[];
