// One simulated work report and its truth. The text is assembled from the phrase banks; every
// figure that states a catalogue metric is recorded where it lands, so the truth (gold) is
// exactly what the text says, with the clause around each figure as evidence.
import { metricById } from '../catalogue/catalogue.ts';
import type { Division } from '../divisions/types.ts';
import type { Qualifier } from '../domain/report.ts';
import { Ctx, type Builder } from './context.ts';
import { encodeReport, type ReportEncoding } from './encode.ts';
import { simulateFigures, unitPopulation } from './figures.ts';
import { pickNumberStyle, type NumberStyle } from './numbers.ts';
import { openingLeads, periodWords, planPeriod, titles } from './period.ts';
import { dibao, tekun, temporary, vagrant } from './phrases/assistance.ts';
import { children } from './phrases/children.ts';
import { disability } from './phrases/disability.ts';
import { distractors, paperwork, plans } from './phrases/distractors.ts';
import { elderly } from './phrases/elderly.ts';
import { CN_ORDINALS, fillers, headings, openings, personName, phone, planFillers, planHeadings, problemHeadings, problems, webFooter, type Topic } from './phrases/frame.ts';
import { society } from './phrases/society.ts';
import { Rng } from './random.ts';
import { clauseAround, hardWrap, TextWriter, type Part, type Punctuation } from './sentence.ts';

export interface SimulateOptions {
  /** A bureau's blank template: placeholders (xxx, xx.x, __市) instead of figures; no facts. */
  template?: boolean;
  encoding?: ReportEncoding;
  lineEnding?: 'lf' | 'crlf';
  /** How many catalogue metrics the report states (default 10-35). */
  metricRange?: [number, number];
}

export interface SimulateInput {
  seed: string | number;
  unit: Division;
  /** The unit's parent (the prefecture of a county), named in titles to tell same-named units apart. */
  parent?: Division;
  /** Set when another unit has the same name: the title then always names the parent. */
  nameIsAmbiguous?: boolean;
  periodKey: string;
  options?: SimulateOptions;
}

export interface TruthFact {
  metric: string;
  value: number;
  unit: string;
  evidence: string;
  qualifier?: Qualifier;
}

export interface Truth {
  status: 'ok' | 'template';
  unit: { name: string | null; adcode: string | null; province: string | null; provinceCode: string | null };
  period: { key: string; asOf?: string };
  facts: TruthFact[];
  /** Figures the gold neither requires nor forbids (an approximate restatement of a fact). */
  tolerate: Array<TruthFact & { why: string }>;
  notes: string;
}

export interface SimulatedReport {
  text: string;
  truth: Truth;
  /** The text encoded as asked (UTF-8 when no encoding was given). */
  bytes: Uint8Array;
  encoding: ReportEncoding;
}

const TOPIC_BUILDERS: Record<Topic, Builder[]> = {
  party: [],
  assistance: [...dibao, ...tekun, ...temporary, ...vagrant],
  children,
  disability,
  elderly,
  society: society.filter((b) => !b.covers.includes('marriage_registrations')),
  affairs: society.filter((b) => b.covers.includes('marriage_registrations')),
  community: [],
};

const TOPIC_OF = new Map<string, Topic>();
for (const [topic, builders] of Object.entries(TOPIC_BUILDERS) as Array<[Topic, Builder[]]>) {
  for (const b of builders) for (const m of b.covers) TOPIC_OF.set(m, topic);
}

/** The metrics a report can state, with town/country splits decided once so they never clash. */
function candidateMetrics(rng: Rng, unifiedDibaoStandard: boolean): string[] {
  const out: string[] = [];
  out.push(...(unifiedDibaoStandard ? ['dibao_standard'] : ['dibao_standard_urban', 'dibao_standard_rural']));
  if (rng.chance(0.45)) {
    out.push('dibao_recipients_urban', 'dibao_recipients_rural', 'dibao_funds_urban', 'dibao_funds_rural');
    if (rng.chance(0.3)) out.push('dibao_recipients');
  } else out.push('dibao_recipients', 'dibao_funds');
  out.push('dibao_person_times', 'dibao_coverage_urban', 'dibao_coverage_rural');
  if (rng.chance(0.4)) out.push('tekun_recipients_urban', 'tekun_recipients_rural', 'tekun_funds_urban', 'tekun_funds_rural');
  else out.push('tekun_recipients', 'tekun_funds');
  out.push('tekun_centralized', 'tekun_dispersed', 'tekun_standard_urban', 'tekun_standard_rural', 'tekun_care_funds', 'tekun_disabled_centralized_rate');
  out.push('temp_assistance_cases', 'temp_assistance_funds', 'vagrant_assistance_cases', 'vagrant_assistance_funds');
  const orphanMode = rng.weighted([[4, 'separate'], [3, 'combined'], [2, 'orphans']] as const);
  if (orphanMode === 'separate') out.push('orphans', 'defacto_orphans');
  else if (orphanMode === 'combined') out.push('orphans_and_defacto');
  else out.push('orphans');
  out.push('orphan_funds', 'orphan_standard_institutional', 'orphan_standard_dispersed', 'left_behind_children', 'distressed_children');
  if (rng.chance(0.55)) out.push('disability_living_subsidy_recipients', 'disability_living_subsidy_funds', 'disability_care_subsidy_recipients', 'disability_care_subsidy_funds');
  else out.push('disability_living_subsidy_recipients', 'disability_care_subsidy_recipients', 'disability_subsidy_funds');
  out.push('elderly_population', 'elderly_institutions', 'elderly_beds', 'elderly_allowance_recipients', 'elderly_allowance_funds', 'home_adaptation_households');
  out.push('social_organizations', 'marriage_registrations', 'volunteers', 'charity_donations');
  return out;
}

/** Picks sentences that state exactly the chosen metrics, preferring combined clauses. */
function chooseBuilders(rng: Rng, pool: Builder[], metrics: Set<string>): Builder[] {
  const remaining = new Set(metrics);
  const chosen: Builder[] = [];
  for (;;) {
    const fits = pool.filter((b) => b.covers.every((m) => remaining.has(m)));
    if (fits.length === 0) break;
    const b = rng.weighted(fits.map((f) => [f.covers.length ** 1.5, f] as const));
    chosen.push(b);
    for (const m of b.covers) remaining.delete(m);
  }
  if (remaining.size > 0) throw new Error(`no sentence states ${[...remaining].join(', ')}`);
  return chosen;
}

/** What the report calls itself: 全市/我市, 全县/本县 ... from the unit's name. */
function areaWords(name: string): { area: string; self: string } {
  if (name.endsWith('地区') || name.endsWith('林区')) return { area: '全区', self: '区' };
  const last = name.slice(-1);
  const self = ['市', '县', '区', '旗', '州', '盟'].includes(last) ? last : '市';
  return { area: `全${self}`, self };
}

function punctuation(rng: Rng): Punctuation {
  // Most bureaus write full-width punctuation; a fair share paste from tools that write ASCII.
  return rng.weighted([
    [7, { comma: '，', semicolon: '；', colon: '：', paren: ['（', '）'] }],
    [2, { comma: ',', semicolon: ';', colon: ':', paren: ['(', ')'] }],
    [1, { comma: ',', semicolon: '；', colon: '：', paren: ['(', ')'] }],
  ] as const) as Punctuation;
}

function templateStyle(): NumberStyle {
  return { wan: 0.4, yi: 0.5, commas: 0, fullWidth: 0, spaced: 0, qualified: 0, chinese: 0 };
}

export function simulateReport(input: SimulateInput): SimulatedReport {
  const { unit, periodKey } = input;
  const options = input.options ?? {};
  const rng = new Rng(`${input.seed}|${unit.adcode}|${periodKey}|${options.template ? 't' : ''}`);
  const period = planPeriod(rng.fork('period'), periodKey);
  const words = periodWords(rng.fork('words'), period);
  const population = unitPopulation(rng.fork('population'), unit);
  const figures = simulateFigures(rng.fork('figures'), unit, { population, months: period.months, year: period.year });
  const style = options.template ? templateStyle() : pickNumberStyle(rng.fork('style'));
  const unified = figures.dibao_standard_urban === figures.dibao_standard_rural;

  const [lo, hi] = options.metricRange ?? [10, 35];
  const candidates = candidateMetrics(rng.fork('metrics'), unified);
  const target = Math.min(candidates.length, rng.int(lo, hi));
  const selected = new Set(rng.shuffle(candidates).slice(0, target));

  const { area, self } = areaWords(unit.name);
  // A county's prefecture, or for a district of 北京/上海/天津/重庆 the municipality itself.
  const parentName = input.parent && input.parent.name !== '市辖区' && (input.parent.level !== 'province' || input.parent.name.endsWith('市')) ? input.parent.name : undefined;
  const namesParent = unit.level === 'county' && parentName && (input.nameIsAmbiguous || rng.chance(0.3));
  const unitTitle = namesParent ? `${parentName}${unit.name}` : unit.name;
  const c = new Ctx(rng.fork('phrases'), style, figures, selected, area, self, unit.name, words);
  const w = new TextWriter(punctuation(rng.fork('punct')));
  const notes: string[] = [];

  // Title block.
  const titled = period.kind !== 'year' || rng.chance(0.8);
  if (rng.chance(0.08)) w.line(`${unit.name.slice(0, 2)}${rng.pick(['生活', '发布', '新闻网', '民政'])}`);
  if (titled) w.line(rng.pick(titles(rng, period, unitTitle)));
  if (titled && rng.chance(0.2)) {
    w.line(`${self}${rng.pick(['政府', '委、' + self + '政府'])}：`);
  }
  const lead = rng.pick(openingLeads(period, titled));
  let opening = rng.pick(openings(c, unitTitle, lead));
  if (!titled && lead === '今年以来') opening += `。${period.year}年是“十四五”开局之年`;
  if (!titled && !opening.includes(String(period.year))) opening = opening.replace(lead, `${period.year}年以来`);
  const roughMentions: Part[] = [];
  if (selected.has('orphans_and_defacto') && rng.chance(0.25)) {
    roughMentions.push(...c.t`，${area}${c.roughly('orphans_and_defacto', '名', 'an approximate earlier mention of the same group')}孤弃儿童全部纳入动态保障`);
    notes.push('an approximate earlier mention of 孤儿和事实无人抚养儿童 is tolerated');
  }
  w.line([opening, ...roughMentions, rng.pick(['。', `。现将有关情况汇报如下：`, '。'])]);

  // Sections: which topics, in what order, how laid out.
  const topicOrder: Topic[] = rng.chance(0.6)
    ? ['party', 'assistance', 'children', 'disability', 'elderly', 'society', 'affairs', 'community']
    : rng.shuffle(['party', 'assistance', 'children', 'disability', 'elderly', 'society', 'affairs', 'community'] as Topic[]);
  const mergeDisability = rng.chance(0.5);
  const metricsOf = (t: Topic) => new Set([...selected].filter((m) => TOPIC_OF.get(m) === t));
  const topics = topicOrder.filter((t) => {
    if (t === 'disability' && mergeDisability) return false;
    return metricsOf(t).size > 0 || (mergeDisability && t === 'assistance' && metricsOf('disability').size > 0) || rng.chance(0.35);
  });
  const layout = rng.weighted([[5, 'nested'], [4, 'flat'], [2, 'plain']] as const);
  const itemStyle = rng.weighted([[3, 'yishi'], [3, 'numbered'], [2, 'paragraph']] as const);
  const numberMark = rng.pick([(i: number) => `${i}.`, (i: number) => `${i}、`, (i: number) => `（${i}）`]);
  const distractorKinds = new Set<string>();

  const sectionTitle = period.kind === 'year'
    ? rng.pick([`${period.year}年工作完成情况`, `${period.year}年工作总结`, '主要工作成效', '工作开展情况'])
    : rng.pick([period.kind === 'H1' ? '上半年重点工作完成情况' : '重点工作完成情况', '主要工作开展情况', '工作进展情况']);
  let top = 0;
  if (layout === 'nested') w.line(`${CN_ORDINALS[top++]}、${sectionTitle}`);

  topics.forEach((topic, i) => {
    const metrics = metricsOf(topic);
    if (topic === 'assistance' && mergeDisability) for (const m of metricsOf('disability')) metrics.add(m);
    const pool = topic === 'assistance' && mergeDisability ? [...TOPIC_BUILDERS.assistance, ...TOPIC_BUILDERS.disability] : TOPIC_BUILDERS[topic];
    const facts = chooseBuilders(c.rng, pool, metrics).map((b) => b.build(c));
    // Keep related sentences close (builders are listed by subject), but not always in one order.
    if (c.chance(0.3)) c.rng.shuffle(facts);
    const bank = distractors[topic] ?? [];
    const nDistract = Math.min(bank.length, c.rng.int(0, topic === 'assistance' ? 3 : 2));
    const decoys = c.rng.shuffle(bank).slice(0, nDistract).map((d) => [d(c)] as Part[]);
    if (c.chance(0.2)) decoys.push([c.pick(paperwork)(c)]);
    if (decoys.length) distractorKinds.add(topic);
    const prose = c.rng.shuffle(fillers[topic]).slice(0, c.rng.int(1, 3));
    const sentences: Part[][] = [];
    const all = [...facts, ...decoys];
    // Decoys go among the facts, not only at the end.
    const mixed = c.rng.chance(0.5) ? c.rng.shuffle(all) : all;
    for (const s of mixed) sentences.push(s);

    const heading = c.pick(headings[topic]);
    if (layout === 'nested') w.line(`（${CN_ORDINALS[i]}）${heading}`);
    else if (layout === 'flat') w.line(`${CN_ORDINALS[top++]}、${heading}`);

    // Items: a few sentences each, with a line of prose in front.
    const items: Part[][] = [];
    let k = 0;
    while (k < sentences.length || items.length === 0) {
      const take = c.rng.int(1, 3);
      const group = sentences.slice(k, k + take);
      k += take;
      const item: Part[] = [];
      if (prose.length && c.chance(0.6)) {
        item.push(prose.shift()!);
        item.push(group.length ? c.pick(['，', '。', '；']) : '');
      }
      group.forEach((s, j) => {
        if (j > 0) item.push(c.pick(['，', '；', '。', '；']));
        item.push(...s);
      });
      if (item.length === 0) item.push(prose.shift() ?? c.pick(fillers[topic]));
      item.push('。');
      items.push(item);
    }
    if (itemStyle === 'yishi' || layout === 'plain') {
      const line: Part[] = layout === 'plain' ? [] : [];
      items.forEach((item, j) => line.push(items.length > 1 ? `${CN_ORDINALS[j]}是` : '', ...item));
      w.line(line);
    } else if (itemStyle === 'numbered') {
      // 3.166名 would read as a decimal: an item that opens on a figure gets 3、 instead.
      items.forEach((item, j) => {
        const first = item[0];
        const opensOnFigure = typeof first === 'string' ? /^[0-9０-９]/.test(first) : true;
        const mark = numberMark(j + 1);
        w.line([opensOnFigure && mark.endsWith('.') ? `${j + 1}、` : mark, ...item]);
      });
    } else items.forEach((item) => w.line(item));
  });

  // Problems, plans, sign-off, footer.
  if (layout !== 'plain' && rng.chance(0.4)) {
    w.line(`${CN_ORDINALS[layout === 'nested' ? top++ : top++]}、${rng.pick(problemHeadings)}`);
    w.line(rng.shuffle(problems).slice(0, rng.int(2, 3)).map((p, j) => `${CN_ORDINALS[j]}是${p}`).join('；') + '。');
  }
  if (rng.chance(0.7)) {
    const planHeading = rng.pick(planHeadings(period.year, period.kind));
    w.line(layout === 'plain' ? `${planHeading}：` : `${CN_ORDINALS[top++]}、${planHeading}`);
    const n = rng.int(2, 4);
    const planRng = rng.fork('plans');
    const pf = planRng.shuffle(planFillers);
    const pd = planRng.shuffle(plans);
    for (let j = 0; j < n; j++) {
      const withFigure = planRng.chance(0.7);
      w.line(`（${CN_ORDINALS[j]}）${pf[j]}${withFigure ? '，' + pd[j](c) : ''}。`);
    }
    distractorKinds.add('plans');
  }
  if (rng.chance(0.35)) {
    w.line('');
    w.line(`${unit.name}民政局`);
    const signYear = period.endMonth === 12 ? period.year + 1 : period.year;
    const signMonth = period.endMonth === 12 ? rng.int(1, 2) : period.endMonth + 1;
    w.line(`${signYear}年${signMonth}月${rng.int(1, 28)}日`);
  }
  if (rng.chance(0.25)) w.line(`联系人：${personName(rng)}  联系电话：${phone(rng)}`);
  if (rng.chance(0.2)) for (const l of webFooter(rng)) w.line(l);

  let text = w.toString().replace(/\n+$/, '\n');
  // Some uploads are text copied out of a PDF, broken at a fixed width (a forked draw, so the
  // rest of the report is the same as without it).
  const wrapRng = rng.fork('wrap');
  if (!options.template && wrapRng.chance(0.05)) {
    const wrapped = hardWrap(text, wrapRng.int(28, 40));
    text = wrapped.text;
    for (const f of w.figures) {
      f.end = wrapped.at(f.end - 1) + 1;
      f.start = wrapped.at(f.start);
    }
    notes.push('Text copied out of a PDF: lines break at a fixed width, inside sentences and figures.');
  }
  let truth: Truth;
  if (options.template) {
    text = templatise(text, unit, parentName);
    truth = {
      status: 'template',
      unit: { name: null, adcode: null, province: null, provinceCode: null },
      period: { key: period.key },
      facts: [],
      tolerate: [],
      notes: 'A template: the unit is __ and every figure is a placeholder (xxx, xx.x, x月). No fact may come out of it; the upload must be held back.',
    };
  } else {
    const toFact = (f: (typeof w.figures)[number]): TruthFact => ({
      metric: f.metric,
      value: f.value,
      unit: metricById(f.metric)!.unit,
      evidence: clauseAround(text, f.start, f.end),
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
    });
    const trapNotes: Record<string, string> = {
      assistance: '其中 subsets, 新增/新纳入 additions, price subsidies and multi-year totals near the 社会救助 figures are not facts',
      children: 'subsets of orphans (超龄在校, 机构养育, 助学) are not facts',
      elderly: 'renovated or new beds and service counts are not all beds',
      society: 'party organisations, community organisations, 福彩 sales and multi-year 慈善一日捐 totals are not facts',
      affairs: '公墓, 地名 and 跨省通办 counts are outside the catalogue',
      community: '社区用房 (平方米), elections and project counts are outside the catalogue',
      party: 'party-building counts are outside the catalogue',
      plans: 'everything under the plan section is a target, not a result',
    };
    notes.push(...[...distractorKinds].map((k) => trapNotes[k]).filter(Boolean));
    truth = {
      status: 'ok',
      unit: { name: unit.name, adcode: unit.adcode, province: unit.province, provinceCode: unit.provinceCode },
      period: period.asOf && (period.kind !== 'year' || period.partialYear) ? { key: period.key, asOf: period.asOf } : { key: period.key },
      facts: w.figures.filter((f) => !f.tolerateWhy).map(toFact),
      tolerate: w.figures.filter((f) => f.tolerateWhy).map((f) => ({ ...toFact(f), why: f.tolerateWhy! })),
      notes: `Simulated report (seed ${input.seed}). Traps: ${notes.join('; ') || 'none'}.`,
    };
  }
  if (options.lineEnding === 'crlf') {
    text = text.replace(/\n/g, '\r\n');
    // Evidence across a wrap break holds the break as the file writes it.
    for (const f of [...truth.facts, ...truth.tolerate]) f.evidence = f.evidence.replace(/\n/g, '\r\n');
  }
  const encoding = options.encoding ?? 'utf-8';
  return { text, truth, bytes: encodeReport(text, encoding), encoding };
}

/** Blanks a report into a template: the unit becomes __市, every figure a run of x. */
function templatise(text: string, unit: Division, parentName?: string): string {
  const blankName = (name: string) => `__${name.slice(-1)}`;
  let out = text.split(unit.name).join(blankName(unit.name));
  if (parentName) out = out.split(parentName).join(blankName(parentName));
  const lines = out.split('\n');
  const titleLine = lines.findIndex((l, i) => i < 2 && l.includes('民政') && l.length < 60);
  return lines
    .map((line, i) =>
      // The title keeps its period, as real templates do; the opening keeps its year; elsewhere
      // every figure is a placeholder.
      i === titleLine
        ? line
        : line.replace(/\d+(?:\.\d+)?/g, (d, offset: number) => (i < 3 && d.length === 4 && line[offset + d.length] === '年' ? d : d.replace(/\d/g, 'x'))),
    )
    .join('\n');
}
