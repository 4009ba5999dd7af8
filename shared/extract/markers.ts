// The words that tell a figure is not a result (新增, 同比, 力争, 连续11年…共, 每千名, 等地) or
// who it belongs to (为X人…, 享受, 纳入), as data for attribution; and an index of where they
// occur in a text, built once so each clause asks a lookup rather than running a regex.
import { charSet, isWhiteSpace, ONE_TO_TEN, raw } from './charClass.ts';
import type { TimeScopes } from './timeScope.ts';
import type { Figure } from './figures.ts';

export const NEW_ADDITION = /新增|新纳入|新认定|新批准|新审批|新建|新登记|新注册|新发展|净增|新识别|新开工|新落实/;
/** Exits and cuts are changes to a population, not its size. */
export const EXIT = /退出|停发|停保|清退|核减|取消|注销|减少(?![到至为])|清理|退保|关停|取缔/;
/** Some people brought in one by one (按单人户纳入低保, 单独施保, 单人保) or given more by class (分类施保): a part of the programme's people. */
export const SINGLE_PERSON_COVER = /单人户|单人保|单独施保|单独纳入|分类施保/;
/** Classes of recipients listed (一类、二类对象…分别为): each class's own level or count, not the programme's (统一 sets one for all). */
const CLASSES_LISTED = /[一二三四ABC]类(?:对象|人员|家庭|户)?[、和及与][二三四五BCD]类[^，,；;。]{0,12}分别/;
export const CHANGE = /同比|环比|比上年|较上年|比去年|较去年|较20\d\d年|比20\d\d年|与上年相比|较同期|比同期|增幅|降幅/;
export const DELTA_PREFIX = /(?:增长|增加|下降|减少|上升|提高|降低|上调|下调|提升|增|减|多|少)了?\s?$/;
const DELTA_LAST = charSet('长加降少升高低调增减多了');
/** After an old value, the raise to the new one, before another 由 starts the next item (由850元提高到900元、农村…由675元…). */
export const OLD_VALUE_AFTER =
  /^(?:\s?(?:到|至)|(?:(?!由)[^，,；;。])*?(?:(?:提高|提升|增加|调整|上调|增长|降低|下调|减少|下降|发展|扩大|扩展|上升|攀升|跃升|变为|整合|合并|压减|缩减|精简)(?:到|至|为)|增至|提至|减至|降至|升至))/;
/** Plan words that reach only within their own sentence (PLAN_AHEAD's, asked as well, reach further). */
export const PLAN = /目标|预计|计划(?:(?=\s?\d)|到|于|在|为|对|年底|年内|明年|下半年|今年|全年|完成|新建|建成|新增|救助|投入|实现|提高|建设|改造|发放|实施)|到20\d\d年(?!底?的)|年底前(?:完成|实现|达到)|确保.{0,8}(?:年底|年内)|(?:下达|分解|承担)[^，,；;。]{0,24}任务|(?<!完成[^，,；;。]{0,16})任务(?=\s?\d)(?![^，,；;。]{0,16}(?:完工|完成|竣工))|(?:全年|年度)(?<!(?:完成|占)(?:全年|年度))(?:目标)?[^，,；;。\d完]{0,8}?任务(?!的)/;
/**
 * The plan words whose reach runs past a ； to the end of the sentence (今年，我们要力争…；农村低保
 * 标准提高到…；完成…改造2000户。): a list of targets. 目标 and 预计 stay within their part; funds
 * 争取 from above (争取中央和省级资金105万元) were secured, not striven for.
 */
export const PLAN_AHEAD = /目标任务[:：]|力争|争取(?![^，,；;。\n]{0,10}(?:资金|项目|经费|补助|救助金|\d[\d.]*万?元))|(?<!已)拟(?!定)|将于|明年|下一步|下步|下阶段|(?:今年|新的一年)[，,]?(?:我们|全市|全区|全县|全州|全省)?(?:要|将)/;
export const CUMULATIVE =
  /十[一二三四五]五[”"]?(?:期间|以来|时期)|20\d\d\s?年?\s?[-—–至]\s?20\d\d\s?年|近(?:[2-9]|\d{2}|[二三四五六七八九十两])\s?年|以来(?<=(?:开展|实施|启动|建立|设立)[^，,；;。()（）\n]{0,10}以来)(?<!(?:今年|年初|本年|年度|季度|月份|月)以来)|期间累计|(?<!今年|年初|本年|年度|季度|月份|月)以来累计|连续\s?[\d一二三四五六七八九十]+\s?年|多年来|历年|[\d二三四五六七八九十两]年来|[二三四五六七八九十两]年(?:累计|共计?|间)|自20\d\d年以来|建[院站局]以来|成立以来|十[七八九]大以来|\d年间/;
const CUMULATIVE_BY_YEAR = new Map<number, RegExp>();
/**
 * CUMULATIVE for a report of `year`: besides its words, an earlier year the figures run from
 * (2016年以来，全县累计发放…, 二〇一六年以来): a total over the years. The report's own year
 * (2023年以来 in a 2023 report) runs from January, and is the period's.
 */
export function cumulativeFor(year: number | null): RegExp {
  if (!year) return CUMULATIVE;
  let re = CUMULATIVE_BY_YEAR.get(year);
  if (!re) {
    const earlier = `(?:${yearsBefore(year, '0123456789')}|${yearsBefore(year, '〇一二三四五六七八九')})`;
    CUMULATIVE_BY_YEAR.set(year, (re = new RegExp(`${CUMULATIVE.source}|${earlier}\\s?年(?:以来|至今)`)));
  }
  return re;
}

/**
 * The years from 2000 to the one before `year`, written with `digits` (Arabic or Chinese), as
 * character classes by decade: 20(?:[01]\d|2[012]) before 2023. A list of the years, one
 * alternative each, would be tried year by year at every character.
 */
function yearsBefore(year: number, digits: string): string {
  const last = year - 2001;
  const tens = Math.floor(last / 10);
  const upTo = (d: number) => `[${digits.slice(0, d + 1)}]`;
  return `${digits[2]}${digits[0]}(?:${tens > 0 ? `${upTo(tens - 1)}${upTo(9)}|` : ''}${digits[tens]}${upTo(last % 10)})`;
}
/** 每千名老年人拥有养老床位28张: a ratio, not a count. 年人均5168元 (the period and person of a standard before its amount) is not one. */
export const PER_CAPITA = /每(?:千|百|万|十万)(?:名|个|户|人|位)?|(?<![年月])人均(?![一-龥]{0,4}标准)|[年月]人均(?!\s?\d|[一-龥]{0,4}标准)|户均|平均每|单次(?:最高|救助)|次均/;
/** Part of the area: 等地, 市辖区, 试点; 市本级 (without its counties), 市直管区. 含市本级 or 市本级和各县 is the whole. */
export const SUB_AREA =
  /等地|等\d+个(?:县|区|乡|镇|村)|[两二三四五六七八九十\d](?<!(?:(?:全|各|本|我|辖)[一-龥]?|[\d两二三四五六七八九十])[两二三四五六七八九十\d])[两二三四五六七八九十\d]?个?(?:乡镇|乡|镇|街道|村|社区)(?:[和及与][一-龥]{1,6}(?:街道|镇|乡))?(?:共|合计|累计)|有\d+个(?:县区|县市区|县|区|市|乡镇|街道)|市辖区|主城区|中心城区|城区内|试点|示范点|示范区内|(?<!含)本级(?![和及与、])|直管区/;

/**
 * The places above the reporting unit (全省, 全国; a county's 全市 and its prefecture): their figures are context,
 * not the unit's. A province's own whole is 全省, and a county-level city's is 全市.
 */
export function higherAreas(level: string | null, name: string | null, province: string | null = null, parent?: string): RegExp | null {
  // 在全国志愿服务信息系统中注册…: a nationwide system the unit's own are recorded in.
  const national = '全国(?![一-龥]{0,8}(?:系统|平台))|民政部(?!门)';
  if (level === 'province') return new RegExp(national);
  // The province by its name as well (安徽省城市低保平均标准…). In an autonomous region 全区 is the
  // region's whole, unless the unit is a 区 itself; 自治区 alone (自治区城乡低保对象…) is the region.
  const region = province?.endsWith('自治区') ? `${name?.endsWith('区') ? '' : `|${whole('全区')}(?!县)`}|自治区(?!民政厅?)` : '';
  // 省定最低标准, 市定标准: a level the province (or the city) set, not the one the unit applies.
  const provincial = `${whole('全省')}|省民政厅|自治区民政厅|省级|省定${region}${province && province !== name ? `|${province}(?!民政厅?)` : ''}`;
  if (level === 'prefecture') return new RegExp(`${national}|${provincial}`);
  // A county's prefecture by name as a clause's subject (，周口市全年城乡低保对象约39.6万人); not its bureau
  // handing something down, nor the city whose standard a district applies (执行广州市…标准).
  // Its first character leads the pattern, so a scan looks for it before trying the lookbehind.
  // 全潍坊市… in a county-level city's report: the prefecture's whole, said so.
  const prefecture = parent ? `|${parent[0]}(?<![^，,；;。：:\s]${parent[0]})${parent.slice(1)}(?!民政局)|全${parent}` : '';
  // 全州, 全盟, 全地区 are above any county; 全市 above a 县 or 区, while a county-level city's is its own.
  if (level === 'county') return new RegExp(`${national}|${provincial}${prefecture}|${whole('全州')}|${whole('全盟')}|${whole('全地区')}${name && !/市$/.test(name) ? `|${whole('全市')}|市定` : ''}`);
  return null;
}

/**
 * A higher area's whole (全市, 全省), unless the unit applies what is unified across it: 按全市统一标准执行…,
 * 执行全市统一的低保标准 state the unit's own standard in force.
 */
const whole = (word: string) => `${word}(?<![按照行]${word})(?!统一)`;

/**
 * 为…X人 / 为1.2万户2.3万人次… / 对1536户（2137人次）… / 为全市80周岁以上（的）X名… / 为符合条件的X名…:
 * the count after it is of whom the programme named next was for.
 */
export const BENEFICIARY_PREFIX =
  /(?:(?<!分别)为|对|向|给)(?:全[市区县省州盟旗]|辖区|累计)?\s?(?:符合条件的)?(?:[\d五六七八九十]{2,3}\s?周?岁(?:及?以上)?的?)?(?:[\d.,]+\s?万?户[(（]?|[^，,；;。]{0,12}?(?:老人|老年人|群众|居民|儿童|残疾人))?\s?$/;
const BENEFICIARY_LAST = charSet('为对向给市区县省州盟旗计户人众民童上的(（');

/**
 * Whether text[from, to) ends on a marker that must end it (DELTA_PREFIX, BENEFICIARY_PREFIX),
 * asked of most figures: the marker's possible last characters settle most cases without the regex.
 */
const endsOn =
  (re: RegExp, last: (c: number) => boolean) =>
  (text: string, from: number, to: number): boolean => {
    if (to <= from) return false;
    const c = text.charCodeAt(to - 1);
    return (last(c) || isWhiteSpace(c)) && re.test(text.slice(from, to));
  };
/** 比上年增长 12%: the figure after it is a change. */
export const endsOnDelta = endsOn(DELTA_PREFIX, DELTA_LAST);
/** 为1.2万户 2.3万人次…: the count after it is of whom the programme named next was for. */
export const endsOnBeneficiary = endsOn(BENEFICIARY_PREFIX, BENEFICIARY_LAST);
export const INCLUSION_VERB = /纳入|列入|转入/;
/** After a count, a verb of receiving something: the count is of those who got that, which must be the programme. */
export const SERVICE_VERB = /获得|享受|参加|接受|纳入|列入|办理|入住|领取|得到/;
/** Verbs that end the noun phrase after a figure: 111名孩子纳入... is not 111 名 事实无人抚养儿童. */
export const VERB_IN_RIGHT_NOUN = /纳入|列入|办理|进行|实施|开展|享受|获得|得到|参加|参与|入住|提供|签订|完成|建立|安装|解决|惠及|受益|发放|给予|落实|实现|开通|接受|参保|承保|申报|认定|评定/;
export const JOINER = /和|及|与|、|以及/;
/** A clause that opens a breakdown of the one before: 其中…, 含…. */
export const SUBSET_OPENING = /^\s*(?:其中|内含|含)/;
/** A clause opening on a comparison with before: 同比增长5.3%, 比上年增加, 较2020年减少3.2%, 增长8%. */
export const COMPARISON_OPENING = /^\s*(?:同比|环比|比|较|增长|增加|减少|下降|上升|提高)/;
/** How a clause opens before its words: an enumerated item's 一是 or 1. */
export const ITEM_OPENS = raw`\s*(?:${ONE_TO_TEN}+是|\d+[.、])?\s*`;
export const ITEM_OPENER = `^${ITEM_OPENS}`;
const WHOLE_AREA_WORDS = '全市|全县|全区|全省|全州|全盟|全旗|[我本](?:市|县|区|省|州|盟|旗)';
/** A clause that opens on the whole jurisdiction (全县共有…, 我市…). */
export const WHOLE_AREA = new RegExp(`${ITEM_OPENER}(?:${WHOLE_AREA_WORDS})`);
/** A clause that opens on the whole jurisdiction or a new date starts a new total (全县共有…, 截至6月底…, 2023年1—9月…). */
export const NEW_TOTAL = new RegExp(
  `${ITEM_OPENER}(?:${WHOLE_AREA_WORDS}|` +
    raw`截至|截止|今年|本年|年内|上半年|全年|20\d\d\s?年(?:\d{1,2}\s?[-—–至~～]\s?\d{1,2}\s?月)?(?!\d)|\d{1,2}\s?[-—–至~～]\s?\d{1,2}\s?月|\d{1,2}\s?月份?(?![\d底末]))`,
);
/**
 * 累计为600人次…, 共有养老床位2680张 after a 其中 list start a new statement of the whole; after 连续8年,
 * 累计 continues the multi-year total.
 */
export const NEW_STATEMENT = new RegExp(`${ITEM_OPENER}(?:累计|共有)`);
/** Two populations named together form one that the catalogue may have (两项补贴) or not (低保、特困). */
export const COMBINED: Record<string, string> = {
  'disabilityLiving+disabilityCare': 'disabilityBoth',
  'disabilityCare+disabilityLiving': 'disabilityBoth',
  'orphans+defacto': 'orphansAndDefacto',
  'defacto+orphans': 'orphansAndDefacto',
  // 结婚登记和离婚登记共计9127对: the two together are every registration, the catalogue's 婚姻登记.
  'weddings+divorce': 'marriage',
  'divorce+weddings': 'marriage',
};
/** The families a combined one is made of (两项补贴: 生活补贴 and 护理补贴). */
export const PARTS_OF_COMBINED = new Map<string, string[]>();
for (const [pair, combined] of Object.entries(COMBINED)) PARTS_OF_COMBINED.set(combined, pair.split('+'));

/**
 * The distinct families named, less a combined one named together with all its parts (两项补贴：
 * 困难残疾人生活补贴…、重度残疾人护理补贴…): those parts are what is listed.
 */
export function distinctFamilies(families: Iterable<string>): string[] {
  const named = new Set(families);
  return [...named].filter((f) => !PARTS_OF_COMBINED.get(f)?.every((part) => named.has(part)));
}
/** Nouns that make a count or an amount about something other than a family carried from earlier clauses. */
export const FOREIGN_PERSONS = /人口|人员|(?<!困难|补贴|供养|保障|救助|低保)对象|儿童|孩子|老人|老年人|家庭|学生|职工|干部|督导员|主任|社工|工作者|志愿者|党员|代表|委员|户/;
export const FOREIGN_INSTITUTIONS = /^(?![\s\S]*(?:机构|院|组织))/;
/**
 * Money paid to a programme's people that is not the programme's own: one-off and seasonal
 * payments (一次性生活补贴, 价格临时补贴, 春节慰问金, 取暖费).
 */
export const ONE_OFF_MONEY = /一次性|价格临时补贴|物价补贴|临时价格补贴|慰问|取暖|燃气补贴|节日/;
/**
 * Populations a count can be of (…的脱贫人口3.2万人), or a total before 其中 can be made of: a
 * programme's own people among them (老年人 for 高龄津贴) are told apart by its `people`.
 */
export const POPULATIONS = /人口|儿童|孩子|老人|老年人|学生|职工|干部|党员|残疾人|妇女|退役军人|农民工/g;
export const MONEY_NOUN = /[一-龥]{0,6}(?:补贴|补助|津贴|救助金|保障金|生活费|供养金|善款|捐款|基金|保费|赔款|慰问金|奖金|资金)/g;
/** Money named by nothing but how and when it was paid (上半年发放资金, 1—7月累计支出资金): whose it is comes from the clause. */
export const GENERIC_MONEY =
  /^(?:分别|累计|共计?|合计|总计|及时|足额|按时|全年|今年|本年|年内|当年|上半年|下半年|第?[一二三四]季度|本季度|月份?|支出|发放|拨付|下达|安排|落实)*(?:救助|保障|补助|专项|各类)?(?:资金|经费|金)$/;

/** A stretch of the text: where a scan reads. */
export interface Region {
  start: number;
  end: number;
}

/**
 * Every match of a global regex in the text, or only in `regions` (sentences, which start after a
 * break and end before one): attribution asks about half of a real report's text, the sentences
 * with figures, and the markers and mentions it asks about are found there alone. A region is read on its own, so no
 * match runs across its ends; none of these words spans a sentence break anyway.
 */
export function scanRegions(re: RegExp, text: string, regions: readonly Region[] | undefined, found: (start: number, end: number) => void): void {
  for (const r of regions ?? [{ start: 0, end: text.length }]) {
    const part = regions ? text.slice(r.start, r.end) : text;
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      found(r.start + m.index, r.start + m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}

/** The global form of each marker, made once rather than for every text. */
const GLOBAL_FORMS = new WeakMap<RegExp, RegExp>();

/**
 * Every match of a marker over the whole text, found once: clause- and sentence-level questions
 * ("is there a 新增 before this figure in its clause?") become lookups instead of a regex run each.
 */
export class MarkerIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Only `regions` of the text are read when given (see `scanRegions`). */
  constructor(re: RegExp, text: string, regions?: readonly Region[]) {
    let global = GLOBAL_FORMS.get(re);
    if (!global) GLOBAL_FORMS.set(re, (global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
    scanRegions(global, text, regions, (start, end) => {
      this.starts.push(start);
      this.ends.push(end);
    });
  }
  /** End of the first match lying wholly within [from, to), or Infinity. */
  firstEndWithin(from: number, to: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.starts.length && this.starts[i] < to; i++) if (this.ends[i] <= to) return this.ends[i];
    return Infinity;
  }
}

export interface Markers {
  times: TimeScopes;
  notPaid: MarkerIndex;
  placeWord: MarkerIndex;
  /** 全省…, 全国… in a city's report: none when the unit is unknown. */
  higher: MarkerIndex | null;
  /** 其中寿光市…, 其中我市…: the unit's own share, opening a clause after a higher area's whole (none when `higher` is). */
  ownShareAt: RegExp | null;
  plan: MarkerIndex;
  planAhead: MarkerIndex;
  skip: MarkerIndex;
  cumulative: MarkerIndex;
  /** The period's last month as year × 12 + month (a level set from a later date is not the period's), or null. */
  periodEnd: number | null;
  /** Every figure of the text in order: a breakdown may run on into the next sentence (。其中，…). */
  figures: readonly Figure[];
}

/**
 * Money that was allocated, budgeted, raised, kept in hand (备用金) or left over rather than paid (中央下达…资金, 预算安排,
 * 配套资金, 资金需求, 结余, 缺口, 违规领取, 追回) or a cap on it (审批额度, 限额, 审批权限): the metrics count money paid over the period.
 * Money raised for charity (筹集善款) is what the charity metric counts. Money a month, a quarter
 * or a person (每月发放…3500万元, 为每名孤儿每月发放…1200元) is not the period's.
 */
export const NOT_PAID = /下达|安排|预算|配套|整合|需求|测算|结余|结存|滞留|缺口|违规|追回|额度|限额|上限|权限|备用金|筹集(?![^，,；;。\n]{0,4}(?:善款|慈善|捐))|每月|月均|每季度?|季均|每名|每位|每户|每人|每个/;

/** Markers that, anywhere in a clause before a figure, make it no result: additions, exits, changes, part areas, ratios. */
export const CLAUSE_SKIP = new RegExp([NEW_ADDITION, EXIT, SINGLE_PERSON_COVER, CLASSES_LISTED, CHANGE, SUB_AREA, PER_CAPITA].map((r) => r.source).join('|'));


/**
 * After a 其中 list, a clause with a verb of its own (发放城市低保资金…, 低保累计救助…) is a new
 * statement, where a list item is only a name and a number (临时救助370人: 救助 is in the name).
 */
export const STATEMENT_VERB = /发放|支出|实施|累计|接收|完成|开展|落实|投入|拨付|筹集|募集|办理|建成|保障|救助/g;
