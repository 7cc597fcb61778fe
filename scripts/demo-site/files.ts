/**
 * Report files of the demo sites (PDF and Word), generated at demo-build time by
 * `npm run demo-files` from the seed reports — never committed, since they are binaries. The
 * demo site builder links them from the 青岚 report column; the generator writes them; the tests
 * read them. One list for all three.
 */
import { QINGLAN } from './sites.ts';

export interface DemoFile {
  /** Seed name (tests/fixtures/seeds/<seed>.txt). */
  seed: string;
  kind: 'pdf' | 'docx';
  host: string;
  path: string;
  /** The link text on the column page, as county sites name attachments. */
  label: string;
  /** The centred lines at the top of the seed (title, date and meeting, speaker). */
  frontLines: number;
  /** The running header printed on every PDF page. */
  header: string;
}

const FILE_DIR = '/zwgk/zfgzbg/lnbg/fj';

const SEEDS = [
  { seed: '000_d3a6bbabf76df186', name: '柳林县2020年政府工作报告', frontLines: 4, date: '202004' },
  { seed: '001_31018834cdd9c3ff', name: '陵川县2020年政府工作报告', frontLines: 4, date: '202004' },
  { seed: '004_8979b39d7a9cd2b1', name: '平遥县2022年政府工作报告', frontLines: 2, date: '202207' },
];

/** Every seed as PDF and as .docx; the column links two of them, the tests read all six. */
export const DEMO_FILES: DemoFile[] = SEEDS.flatMap((s, i) =>
  (['pdf', 'docx'] as const).map((kind) => ({
    seed: s.seed,
    kind,
    host: QINGLAN.host,
    path: `${FILE_DIR}/P0${s.date}${String(i + 1).padStart(2, '0')}${kind === 'pdf' ? '5' : '6'}.${kind}`,
    label: `附件：${s.name}.${kind}`,
    frontLines: s.frontLines,
    header: s.name,
  })),
);

export const demoFile = (seed: string, kind: 'pdf' | 'docx'): DemoFile => DEMO_FILES.find((f) => f.seed === seed && f.kind === kind)!;
