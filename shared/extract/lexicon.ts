// How bureaus name what they count. Attribution is driven by this table, not by one pattern per
// sentence: a figure gets a metric from (family, measure, scope, specifiers), where
//   family    = the population or programme named near it (低保, 特困, 孤儿 ...),
//   measure   = what its unit says it counts (persons, person-times, money, a monthly standard ...),
//   scope     = urban / rural / both, from 城市, 农村, 城乡 near it,
//   specifier = words that pick a narrower metric (集中供养, 护理补贴, 保障面 ...).
// Every metric id here is a catalogue id, and the base unit of each rule's first measure is that
// metric's catalogue unit, so extraction needs no catalogue at run time (test/extract/lexicon.test.ts).

import { ONE_OFF_MONEY } from './markers.ts';

export type Measure =
  | 'persons'
  /** 户次: household-times, as temporary assistance is sometimes counted. */
  | 'householdTimes'
  | 'personTimes'
  | 'money'
  | 'monthlyStandard'
  | 'percent'
  | 'beds'
  | 'institutions'
  | 'households'
  | 'couples';

export type Scope = 'urban' | 'rural' | 'all';

export interface Family {
  id: string;
  /** Names of the population or programme. The match is the family's mention. */
  keywords: RegExp;
  /** A mention followed by one of these is about something else (特困供养机构 is an institution). */
  blockedAfter?: RegExp;
  /** Words that, after 为/对/向 X名..., show the people counted actually received this programme. */
  support: RegExp;
  /**
   * The programme's own people, who may head a count carried from an earlier clause (全年发放高龄
   * 津贴582万元，惠及老人7956人) where other people (学生, 职工, 家庭 ...) would make it someone else's.
   */
  people?: RegExp;
  /**
   * What a count among those people must name to be the programme's own (其中享受困难残疾人生活
   * 补贴2.1万人): where the keywords also name the people themselves (重度残疾人), they alone do not.
   */
  peopleCountNeeds?: RegExp;
}

/**
 * The families whose people or places one home holds (its 特困 residents, orphans, beds): a
 * sentence about one home (县社会福利中心…) gives its figures, not the jurisdiction's.
 */
export const HELD_BY_A_HOME: ReadonlySet<string> = new Set(['tekun', 'orphans', 'defacto', 'orphansAndDefacto', 'elderlyBeds', 'elderlyInstitutions']);

export interface MetricRule {
  metric: string;
  family: string;
  /**
   * The units a figure of this metric may be written in. The first is the metric's own: the
   * fact carries its base unit, which is the catalogue's (a 人 count written as 人次 stays 人).
   */
  measures: [Measure, ...Measure[]];
  /** Present when the catalogue splits the metric by urban/rural. */
  scope?: Scope;
  /** Must appear near the figure (the mention-to-figure window or the clause). */
  requires?: RegExp;
  /** Must not appear near the figure. */
  excludes?: RegExp;
  /** Must not appear anywhere in the figure's clause before it (农村敬老院88所、床位6500张). */
  clauseExcludes?: RegExp;
  /**
   * For a figure whose clause names no owner of its own (床位2150张 right after 敬老院22所): must not
   * appear in the clause that counted the owners (institutions) just before it in the sentence.
   */
  ownerExcludes?: RegExp;
  /** Read from a narrower name than the metric's (结婚登记 for 婚姻登记): a figure under the metric's own name wins. */
  narrower?: boolean;
  /**
   * The metric is of some of the family's people (the disabled among 特困人员), so a part after 其中
   * that names them (其中生活不能自理的特困人员1037人，集中供养率58.6%) gives it.
   */
  ofAPart?: boolean;
  /**
   * Right after the figure, what makes it more than the metric counts (养老床位总数4.54万张（含社区居家
   * 养老服务设施床位…）): a figure without it wins, as over a narrower name.
   */
  widerAfter?: RegExp;
  /** Before the figure in its clause, the same (以上机构和社区养老床位合计4100张). */
  widerBefore?: RegExp;
  /**
   * Around a count, a group narrower than the metric's people (为11名百岁老人每人每月发放长寿补贴): a
   * count of the whole wins, as over a narrower name.
   */
  narrowerGroup?: RegExp;
  /**
   * A figure named as more than the metric counts (`whole`, before it) whose part the metric is
   * follows in its sentence (`part`, right before that figure): the part is the metric's figure.
   */
  ownPart?: { whole: RegExp; part: RegExp };
  /** Ranking among rules that all fit; a satisfied `requires` is more specific. */
  specificity?: number;
}

/** A marriage certificate reissued or a registration cancelled: no registration of the year's. */
const NOT_A_REGISTRATION = '补领|补发|补办|撤销';
/** What is paid or kept for orphans and children without care: their living costs and upbringing. */
const ORPHAN_SUPPORT = /生活费|保障金|养育|基本生活|保障/;

export const families: Family[] = [
  {
    id: 'dibao',
    // 最低保障标准 (孤儿基本生活最低保障标准) holds 低保 but is not the programme.
    keywords: /(?:城乡|城市|农村)低保|(?<!最)低保|最低生活保障|(?:城乡)?保障面/g,
    // 低保家庭儿童, 低保老年人: some of the programme's people named by who they are, not its head count;
    // 低保标准1.5倍 a multiple of its standard (低保标准670元 is the standard).
    blockedAfter:
      /^(?:边缘|标准的|标准[\d.]+\s?倍|家庭中的儿童|户中|家庭中|渐退|专项治理|审核|审批|统筹|协理员|专干|经办|工作人员|(?:家庭|户)?的?(?:儿童|未成年人|子女|学生|大学生|老年人|老人|残疾人|重度残疾人))/,
    support: /低保|最低生活保障|保障金|救助金/,
  },
  {
    id: 'tekun',
    // 三无人员 were the towns' 特困 before the two joined (农村五保 the countryside's).
    keywords: /特困(?:人员救助供养|供养(?:人员|对象)?|人员|对象)?|五保供养|五保|(?:集中|分散)供养(?:人员|对象)|[“"]?三无[”"]?(?:人员|对象)/g,
    // 特困职工, 特困学生: a trade union's or a school's hardship cases, not 特困供养.
    blockedAfter: /^(?:人员)?(?:救助)?(?:供养)?(?:服务)?(?:机构|院|中心)|^(?:人员)?(?:认定|审核|审批)|^(?:职工|学生|党员|企业|大学生|儿童)/,
    support: /特困|供养|五保|基本生活费|护理补贴|护理费|照料护理/,
  },
  {
    id: 'temp',
    keywords: /临时救助|临时性救助|临时遇困/g,
    support: /临时救助|临时性救助/,
  },
  // 急难救助 (救急难) is a part of 临时救助: a family with no metric, so its figures are nobody's and
  // no other family is carried to them.
  { id: 'urgentAid', keywords: /救急难(?:救助)?|急难(?:型临时|型)?救助/g, support: /$^/ },
  {
    id: 'vagrant',
    keywords: /流浪(?:乞讨|人员|者)|生活无着|救助(?:管理(?:站|机构)|站)/g,
    support: /救助|救治|护送|返乡|站内/,
  },
  {
    id: 'orphansAndDefacto',
    keywords:
      /孤儿(?:和|及|、|与|以及)事实无人抚养儿童|孤儿、事实孤儿|孤儿(?:和|及|、|与)事实孤儿|孤弃儿童和事实无人抚养儿童/g,
    support: /生活费|保障金|养育|基本生活|在保|保障/,
  },
  {
    id: 'defacto',
    keywords: /事实无人抚养儿童|事实孤儿/g,
    support: ORPHAN_SUPPORT,
  },
  {
    id: 'orphans',
    keywords: /孤儿/g,
    blockedAfter: /^(?:院|学校|助学|医疗康复|手术)/,
    support: ORPHAN_SUPPORT,
  },
  { id: 'leftBehind', keywords: /留守儿童/g, support: /关爱|摸排|排查|建档|建立了?档案|一人一档|信息|台账|监护|帮扶|探访|巡访/, people: /^(?:儿童|孩子)$/ },
  { id: 'distressed', keywords: /困境儿童/g, support: /保障|生活费|补贴|建档|建立了?档案|一人一档|信息|台账|摸排|排查/, people: /^(?:儿童|孩子)$/ },
  {
    id: 'disabilityBoth',
    keywords: /残疾人两项补贴|两项(?:残疾人)?补贴|两残补贴|(?:困难残疾人)?生活补贴和(?:重度残疾人)?护理补贴/g,
    support: /补贴/,
    people: /^残疾人$/,
  },
  {
    id: 'disabilityLiving',
    keywords: /困难残疾人(?:生活补贴)?|残疾人生活补贴|生活困难残疾人/g,
    support: /生活补贴|生活救助补贴|补贴/,
    people: /^残疾人$/,
    peopleCountNeeds: /补贴/,
  },
  {
    id: 'disabilityCare',
    keywords: /重度残疾人(?:护理补贴)?|残疾人护理补贴|重残人员/g,
    support: /护理补贴|补贴/,
    people: /^残疾人$/,
    peopleCountNeeds: /补贴/,
  },
  {
    id: 'elderlyPopulation',
    // 老年人58.7万人（60周岁以上）: the age said after the count.
    keywords:
      /(?:60|六十)周?岁(?:及)?以上(?:的)?(?:户籍|常住)?(?:老年人口|老年人|老人|人口)|(?<!\d周?岁(?:及)?以上(?:的)?(?:户籍|常住)?)(?:老年人口|老龄人口)|老年人(?=[\d.]+万?人[(（](?:60|六十)周?岁)/g,
    support: /$^/,
  },
  {
    id: 'elderlyInstitutions',
    keywords: /养老(?:服务)?机构|养老院/g,
    support: /$^/,
  },
  { id: 'elderlyBeds', keywords: /养老床位|床位/g, support: /$^/ },
  {
    id: 'elderlyAllowance',
    // 长寿保健金 is what 广州 and other 广东 cities call it.
    keywords: /高龄(?:长寿)?(?:老年?人)?(?:生活)?(?:津贴|补贴)|尊老金|长寿(?:补贴|保健金|金)|老年人高龄津贴/g,
    // Said again short (…领取高龄津贴，全年发放津贴563.2万元).
    support: /津贴|高龄补贴|尊老金|长寿补贴|长寿保健金|长寿金|生活补贴/,
    people: /^(?:老人|老年人)$/,
  },
  { id: 'homeAdaptation', keywords: /适老化(?:改造)?/g, support: /适老化/, people: /^(?:老人|老年人)(?:家庭)?$/ },
  {
    id: 'socialOrganizations',
    // 未登记社会组织 (群众活动团队) are not registered ones.
    // 社会团体和民办非企业单位 (and 基金会): the kinds of them, named together.
    // The kinds alone (社会团体386家、民办非企业单位612家) name organisations too, for a total after them.
    keywords: /(?<!未登记的?|未经登记的?|未备案的?)社会组织|社会团体[和、及与]民办非企业单位(?:[和、及与]基金会)?|社会团体|民办非企业单位/g,
    support: /$^/,
  },
  // A certificate reissued or a registration cancelled (补领婚姻登记证) is none; led by 婚, so a scan looks for it first.
  { id: 'marriage', keywords: new RegExp(`婚(?<!(?:${NOT_A_REGISTRATION})婚)姻登记`, 'g'), support: /$^/ },
  // 结婚登记 alone: the catalogue's 婚姻登记 counts divorces too (婚姻登记14318对 = 结婚9506 + 离婚4812).
  { id: 'weddings', keywords: /结婚登记|办理结婚|登记结婚/g, support: /$^/ },
  // 离婚登记 names its own figures, which the catalogue does not count.
  { id: 'divorce', keywords: /离婚登记|协议离婚|离婚/g, support: /$^/ },
  // “时间银行”志愿者: the volunteers of one named scheme, a part of all.
  { id: 'volunteers', keywords: /(?<![”」"])(?:志愿者|志愿服务人员)/g, support: /$^/ },
  {
    id: 'charity',
    keywords: /慈善捐赠|捐赠资金|捐赠款|接受捐赠|接收捐赠|社会捐赠|捐赠|募集善款|募集资金|募集|善款|捐款|募捐/g,
    support: /$^/,
  },
];

/** One of the two disability subsidies named alone (其中护理补贴…), not both, and the pair not named after it. Some call the first 生活津贴. */
const ONLY_ONE_SUBSIDY =
  /^(?![\s\S]*生活(?:补贴|津贴))[\s\S]*护理补贴(?![\s\S]*(?:两项|两残))|^(?![\s\S]*护理补贴)[\s\S]*生活(?:补贴|津贴)(?![\s\S]*(?:两项|两残))/;

/** A kind of temporary assistance (急难型临时救助, 支出型临时救助): a part of it, whether 其中 opens it or not. */
const A_KIND_OF_TEMP = /型临时(?:性)?救助/;

/** Words that make a family mention not about the population as a whole. */
const BUILD = /新建|改造|改建|建设|提升|扩建|在建|筹建/;
/** 基本生活费和, 供养金及: the living money named together with the care money. */
const LIVING_AND = /(?:生活费|生活补助|供养金|供养资金)(?:和|及|与|、)/;
/** Not a programme's own money: project spending, its standard, one-off payments. */
const DIBAO_FUNDS_EXCLUDES = new RegExp(`项目|标准|${ONE_OFF_MONEY.source}`);
/**
 * Other money paid to a programme's people (为低保对象发放电费补贴, 代缴养老保险费, 子女助学金):
 * anywhere in the figure's clause, it is not the programme's own money.
 */
export const OTHER_MONEY_FOR_THEM = /电费|水费|燃气|取暖|教育|助学|就学|学费|住房|租赁|租金|代缴|保险费|保费|增发|购买[^，,；;。]{0,6}服务|[金贴助]等各[类项]/;
/** …and for 特困, its care part, unless named with the living money (基本生活费和照料护理费), and money put in (投入) unless paid out for their living (投入资金…，用于保障特困人员基本生活). */
const TEKUN_FUNDS_EXCLUDES = new RegExp(`(?<!${LIVING_AND.source}(?:照料)?)护理|投入(?![^。；;]{0,16}用于(?:发放|保障))|项目|改造|${ONE_OFF_MONEY.source}`);
/**
 * Institutions or beds of one kind only (民办养老机构6家, 公办养老机构床位1200张): a part of the
 * total the catalogue counts. 公办和民办养老机构 together is the whole, so a pair is let through.
 */
/** Orphans of one kind of care (集中养育孤儿86名, 社会散居孤儿1024名): a part; both kinds named together are the whole. */
const ONE_KIND_OF_ORPHAN =
  /(?<!(?:供养|养育|散居)[和、及与])(?:集中(?:供养|养育)|机构(?:供养|养育)|社会散居|分散(?:供养|养育)|(?<!社会)散居)(?![和、及与](?:社会散居|分散|散居|集中|机构))/;
/** Institutions counted together with other care facilities (养老服务机构和设施共600个): not institutions alone. */
const FACILITIES_TOO = /(?:机构|院)(?:和|及|与|、|[（(])(?:设施|站点|场所)|设施(?:和|及|与|、)机构/;
const ONE_KIND = /(?<!含|包括)(?:(?<!公办[和、及与])(?:民办|民营|公建民营)(?![和、及与]公办)|公办(?![和、及与](?:民办|民营))|医养结合|内设医|连锁)/;
/** Institutions of the towns or of the countryside only (城市养老机构23家, 农村养老机构): the catalogue counts all. */
const ONE_AREA_OF_HOMES = /(?:城市|城镇|城区|农村|乡村)(?=养老(?:机构|院))/;
/** Beds being built, added, at home or of one care type: not the stock of elderly-care beds. */
const OTHER_BEDS = /新建|改造|改建|建设|扩建|在建|筹建|新增|家庭|照护床位|护理型|空置|闲置|空余|养育床位/;
/** Institutions of one kind whose beds are a part of all elderly-care beds. */
const ONE_KIND_OF_HOME = /敬老院|特困供养|供养服务机构|光荣院|福利院|福利中心|儿童福利|救助站|救助管理|区域性养老服务中心/;
/**
 * A count of one kind of home (乡镇敬老院50所) is not all the institutions, but one that only
 * includes them (养老机构（含敬老院）, 敬老院、福利院等养老机构) is.
 */
const ONE_KIND_OF_HOME_NAMED = new RegExp(`(?<!(?:含|包括)[^，,；;。()（）]{0,4})(?:${ONE_KIND_OF_HOME.source})(?![^，,；;。]{0,6}等)`);
/** What a programme pays on average (平均补差, 月人均补助水平): not its standard. A province's 平均标准 is. */
const AVERAGE_PAYMENT = /补差|补助水平|补助额|救助水平|(?<!标准)平均(?!(?:保障|救助|供养)?标准)/;
const BEDS_EXCLUDES = new RegExp(`${OTHER_BEDS.source}|${ONE_KIND.source}`);
/** Beds counted with those of community and home-care facilities, which are not institutions' beds. */
const WITH_COMMUNITY_BEDS = /^\s?[（(]?(?:含|包括|包含)[^，,；;。）)]{0,12}(?:社区|居家)/;
/** Beds of institutions and community facilities counted together (机构和社区养老床位合计4100张). */
const INSTITUTIONS_AND_COMMUNITY = /机构(?:和|及|与|、)(?:社区|居家)|(?:社区|居家)[^，,；;。]{0,6}(?:和|及|与|、)机构/;
/** Beds that are not for the elderly at all: a hospital's, a school's, a mental-health home's. */
const NOT_ELDERLY_BEDS = /医疗|卫生|医院|精神|殡仪|学校|宾馆|酒店|残疾人/;
const BEDS_CLAUSE_EXCLUDES = new RegExp(`${ONE_KIND.source}|${ONE_KIND_OF_HOME_NAMED.source}|${NOT_ELDERLY_BEDS.source}|${ONE_AREA_OF_HOMES.source}`);
/**
 * Owners of one kind (敬老院22所, 民办养老机构3家), unless both 公办 and 民办 were counted, which is
 * all; and facilities just built or in the community (建成社区养老服务站326个, 新建街道综合养老服务中心12个).
 * What the whole area has built (全州建成养老机构14家) is all it has.
 */
const OWNERS_NOT_ALL = /(?<!累计|共|全[市县区州盟旗省])(?:建设|建成)|新建|改造|改建|扩建|提升|社区|日间照料|街道|嵌入式|服务站|驿站|区域性/;
const BEDS_OWNER_EXCLUDES = new RegExp(
  `^(?![\\s\\S]*公办[\\s\\S]*(?:民办|民营)|[\\s\\S]*(?:民办|民营)[\\s\\S]*公办)[\\s\\S]*(?:${BEDS_CLAUSE_EXCLUDES.source}|${OWNERS_NOT_ALL.source})|${ONE_AREA_OF_HOMES.source}`,
);

/** One rule in each scope: the whole (dibao_funds), then urban and rural (dibao_funds_urban, …). */
const inEachScope = (metric: string, rule: Omit<MetricRule, 'metric' | 'scope'>, scopes: readonly Scope[] = ['all', 'urban', 'rural']): MetricRule[] =>
  scopes.map((scope) => ({ metric: scope === 'all' ? metric : `${metric}_${scope}`, ...rule, scope }));
const URBAN_AND_RURAL: readonly Scope[] = ['urban', 'rural'];

/** Reissued or revoked certificates, and one kind of marriage (涉外, 跨省), are not the registrations. */
const MARRIAGE_EXCLUDES = new RegExp(`${NOT_A_REGISTRATION}|涉外|涉港澳台|跨省|预约`);

/** A rule as the catalogue reads: the metric, the family it counts, the measures it may be written in, then what else it asks. */
const rule = (metric: string, family: string, measures: MetricRule['measures'], more?: Partial<MetricRule>): MetricRule => ({ metric, family, measures, ...more });

export const metricRules: MetricRule[] = [
  // 低保
  // 一、二类低保对象1264人, 三类低保对象2863人: the classes a programme sorts its people into, parts of them.
  ...inEachScope('dibao_recipients', { family: 'dibao', measures: ['persons'], excludes: /[一二三四五六ABC甲乙丙]类/ }),
  rule('dibao_person_times', 'dibao', ['personTimes']),
  ...inEachScope('dibao_funds', { family: 'dibao', measures: ['money'], excludes: DIBAO_FUNDS_EXCLUDES, clauseExcludes: OTHER_MONEY_FOR_THEM }),
  ...inEachScope('dibao_standard', { family: 'dibao', measures: ['monthlyStandard'], excludes: AVERAGE_PAYMENT, clauseExcludes: AVERAGE_PAYMENT }),
  // The catalogue has no coverage of the whole.
  ...inEachScope('dibao_coverage', { family: 'dibao', measures: ['percent'], requires: /保障面|覆盖面|保障率|覆盖率/ }, URBAN_AND_RURAL),
  // 特困
  // Those living in a home (机构入住特困人员1860人, 在院特困人员416人) are the centralised ones.
  // 失能半失能特困人员: a part of them, whose centralised share is its own rate.
  ...inEachScope('tekun_recipients', { family: 'tekun', measures: ['persons'], excludes: /集中|分散|入住|在院|失能|生活不能自理/ }),
  rule('tekun_centralized', 'tekun', ['persons'], {
    requires: /集中供养|集中救助供养|机构供养|集中|入住/,
    excludes: /分散/,
    clauseExcludes: /失能|生活不能自理/,
  }),
  rule('tekun_dispersed', 'tekun', ['persons'], { requires: /分散供养|居家供养|分散/ }),
  ...inEachScope('tekun_funds', { family: 'tekun', measures: ['money'], excludes: TEKUN_FUNDS_EXCLUDES, clauseExcludes: OTHER_MONEY_FOR_THEM }),
  // The catalogue has no 特困 standard of the whole (uniformStandardRules gives one to both).
  ...inEachScope('tekun_standard', { family: 'tekun', measures: ['monthlyStandard'], excludes: new RegExp(`护理|照料|${AVERAGE_PAYMENT.source}`) }, URBAN_AND_RURAL),
  // 基本生活费和照料护理费1231.5万元 is all of the 特困 money, not its care part.
  rule('tekun_care_funds', 'tekun', ['money'], { requires: /护理补贴|护理费|照料护理/, excludes: new RegExp(`${LIVING_AND.source}(?:照料)?护理`) }),
  rule('tekun_disabled_centralized_rate', 'tekun', ['percent'], {
    // The catalogue's rate is of the disabled (失能、半失能, 生活不能自理) only; the rate of all
    // 特困人员 supported in institutions is another figure, not in the catalogue.
    // 失能半失能特困人员3200人，集中供养率58%: the rate may follow their count.
    // A thousands separator (1,037人) is no break. Their counts may stand between (…3200人，集中
    // 供养287人，集中供养率53.8%), but not a clause that names the whole again (全市特困人员…).
    requires: /(?:失能|不能自理|自理能力)(?:(?:[^，,；;。]|,(?=\d{3}))){0,16}(?:[，,](?![^，,；;。]*(?:特困|全))[^，,；;。]{1,12}){0,2}?(?:[，,][^，,；;。]{0,4})?集中供养(?:率|比例|比率)/,
    ofAPart: true,
  }),
  // 临时救助, 流浪乞讨
  rule('temp_assistance_cases', 'temp', ['personTimes', 'persons', 'householdTimes'], { excludes: A_KIND_OF_TEMP }),
  // A reserve handed to townships (临时救助备用金) is not money paid out.
  rule('temp_assistance_funds', 'temp', ['money'], { excludes: /备用金|周转金|预拨/, clauseExcludes: A_KIND_OF_TEMP }),
  rule('vagrant_assistance_cases', 'vagrant', ['personTimes', 'persons']),
  rule('vagrant_assistance_funds', 'vagrant', ['money']),
  // 儿童
  rule('orphans', 'orphans', ['persons'], { excludes: ONE_KIND_OF_ORPHAN }),
  rule('defacto_orphans', 'defacto', ['persons']),
  rule('orphans_and_defacto', 'orphansAndDefacto', ['persons']),
  ...(['orphans', 'defacto', 'orphansAndDefacto'] as const).flatMap((family): MetricRule[] => [
    rule('orphan_funds', family, ['money'], {
      requires: /生活费|保障金|基本保障|生活保障|基本生活|养育|抚养费|补助金|保障资金/,
      excludes: /助学|医疗|康复|手术|标准/,
    }),
    rule('orphan_standard_institutional', family, ['monthlyStandard'], {
      requires: /集中|机构/,
      excludes: /分散|散居/,
    }),
    rule('orphan_standard_dispersed', family, ['monthlyStandard'], {
      requires: /分散|散居|社会/,
      excludes: /集中|机构/,
    }),
  ]),
  rule('left_behind_children', 'leftBehind', ['persons']),
  rule('distressed_children', 'distressed', ['persons']),
  // 残疾人
  // 28万人次 is monthly payments counted, not people.
  rule('disability_living_subsidy_recipients', 'disabilityLiving', ['persons']),
  rule('disability_living_subsidy_funds', 'disabilityLiving', ['money'], { clauseExcludes: ONE_OFF_MONEY }),
  rule('disability_care_subsidy_recipients', 'disabilityCare', ['persons']),
  rule('disability_care_subsidy_funds', 'disabilityCare', ['money'], { clauseExcludes: ONE_OFF_MONEY }),
  rule('disability_subsidy_funds', 'disabilityBoth', ['money'], {
    excludes: ONLY_ONE_SUBSIDY,
    // ■ 享受生活补贴：4126人，全年发放336.7万元 under a heading of both: the money of the one its clause named last.
    clauseExcludes: ONLY_ONE_SUBSIDY,
  }),
  // 两项补贴…，其中护理补贴对象1547人: one of the two, named under the pair.
  ...(['living', 'care'] as const).flatMap((part): MetricRule[] => {
    const [own, other] = part === 'living' ? [/生活(?:补贴|津贴)/, /护理补贴/] : [/护理补贴/, /生活(?:补贴|津贴)/];
    return (['persons', 'money'] as const).map((measure) => ({
      metric: `disability_${part}_subsidy_${measure === 'money' ? 'funds' : 'recipients'}`,
      family: 'disabilityBoth',
      measures: [measure],
      requires: own,
      excludes: other,
    }));
  }),
  // 养老
  rule('elderly_population', 'elderlyPopulation', ['persons']),
  rule('elderly_institutions', 'elderlyInstitutions', ['institutions'], {
    excludes: new RegExp(`${BUILD.source}|${ONE_KIND.source}|${FACILITIES_TOO.source}|${ONE_KIND_OF_HOME_NAMED.source}|${ONE_AREA_OF_HOMES.source}`),
  }),
  ...(['elderlyBeds', 'elderlyInstitutions'] as const).map((family) =>
    rule('elderly_beds', family, ['beds'], {
      excludes: BEDS_EXCLUDES,
      clauseExcludes: BEDS_CLAUSE_EXCLUDES,
      ownerExcludes: BEDS_OWNER_EXCLUDES,
      widerAfter: WITH_COMMUNITY_BEDS,
      widerBefore: INSTITUTIONS_AND_COMMUNITY,
    }),
  ),
  rule('elderly_allowance_recipients', 'elderlyAllowance', ['persons'], { narrowerGroup: /百岁|百周岁|100周?岁/ }),
  rule('elderly_allowance_funds', 'elderlyAllowance', ['money']),
  rule('home_adaptation_households', 'homeAdaptation', ['households']),
  // 社会组织, 婚姻, 志愿者, 慈善
  rule('social_organizations', 'socialOrganizations', ['institutions'], {
    // A stock statement (全区有…, 社会组织达…), not organisations doing something (组织120家社会组织参与…).
    requires: /登记|在册|注册|共有|现有|总数|依法|拥有|(?:发展|增加|增长)(?:到|至)|(?:全[市区县州盟旗省]|辖区|目前)有|达到?[\d一二三四五六七八九十]/,
    // Organisations of one kind (养老服务类社会组织, 慈善类社会组织, 从事居家养老服务的…), or with companies among them, are some of them.
    // So are those of one kind, counted alone (基金会9家; not 社会团体和民办非企业单位共1200家).
    excludes:
      /非法|取缔|异常|失信|评估|年检|\dA级|党组织|社区社会组织|类社会组织|撤销|注销|从事|企业[和、及与]|(?:(?<![和、及与])社会团体|(?<!团体[和、及与])民办非企业单位|(?<!单位[和、及与])基金会)\s?(?:共|有|达)?\s?\d/,
  }),
  ...(['marriage', 'weddings'] as const).map((family) => rule('marriage_registrations', family, ['couples'], { excludes: MARRIAGE_EXCLUDES, narrower: family === 'weddings' })),
  // Volunteers of one kind (为老服务志愿者, 助残志愿者) are some of them.
  rule('volunteers', 'volunteers', ['persons'], { requires: /实名|注册|登记|在册/, excludes: /为老|助老|助残|关爱|巡访/ }),
  rule('charity_donations', 'charity', ['money'], {
    // One fund's or one drive's money (“夕阳红”专项基金…募集善款, 儿童关爱专项善款) is some of what was given.
    excludes: /发放|支出|救助资金|慰问|投入|专项/,
    // 为河南灾区捐款120万元: money given, not received; 福彩公益金 is lottery money, not a donation.
    clauseExcludes: /(?:为|向)[^，,；;。]{0,12}(?:捐款|捐赠|捐助|捐献)|灾区|公益金|福彩|彩票/,
    // 募集款物3680万元，其中资金2950万元: goods and money together; the money is what the metric counts.
    ownPart: { whole: /款物/, part: /其中[，,:：]?[^，,；;。\d]{0,6}(?:资金|现金|善款|捐款|货币(?:捐赠)?)\s?$/ },
  }),
];

export const familyById = new Map(families.map((f) => [f.id, f]));

/**
 * The metrics a whole is split into by scope (tekun_recipients → tekun_recipients_urban, …_rural):
 * the rules of its family and measure that are urban or rural.
 */
export const SCOPED_PARTS = new Map<string, string[]>(
  metricRules
    .filter((whole) => whole.scope === 'all')
    .map((whole) => [
      whole.metric,
      metricRules.filter((r) => r.family === whole.family && r.measures[0] === whole.measures[0] && r.scope !== undefined && r.scope !== 'all').map((r) => r.metric),
    ]),
);
