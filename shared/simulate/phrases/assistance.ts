// 社会救助: 低保, 特困供养, 临时救助, 流浪乞讨救助. Each builder states the metrics in `covers`,
// in one of the ways bureaus write them (combined clauses, 分别 lists, 由X提高到Y, synonyms).
import type { Builder, Ctx } from '../context.ts';

const up = (c: Ctx) => c.pick(['提高到', '提高至', '调整为', '提标至', '上调至', '达到']);
const older = (c: Ctx, metric: string) => c.ds(c.figures[metric] * c.rng.real(0.88, 0.96));
const dibaoWord = (c: Ctx) => c.pick(['低保', '最低生活保障']);

export const dibao: Builder[] = [
  // Standards: one figure for town and country.
  { covers: ['dibao_standard'], build: (c) => c.t`${String(c.period.year)}年实现${c.area.slice(1)}域低保城乡一体化，城乡低保标准统一${up(c)}${c.s('dibao_standard')}` },
  { covers: ['dibao_standard'], build: (c) => c.t`将${c.we()}城乡${dibaoWord(c)}标准${up(c)}${c.s('dibao_standard')}` },
  { covers: ['dibao_standard'], build: (c) => c.t`城乡居民低保标准${c.pick(['统一', '同步'])}提升至${c.s('dibao_standard')}` },
  { covers: ['dibao_standard'], build: (c) => c.t`城乡低保标准由${older(c, 'dibao_standard')}${c.pick(['提高到', '提高至'])}${c.s('dibao_standard')}` },
  { covers: ['dibao_standard'], build: (c) => c.t`低保保障标准${up(c)}${c.s('dibao_standard')}，较上年增长${c.dr(c.rng.real(3, 9))}` },
  { covers: ['dibao_standard'], build: (c) => c.t`${c.pick(['7月1日起', '1月起', '自今年起', '经' + c.self + '政府常务会议研究'])}，${c.we()}低保标准${up(c)}${c.s('dibao_standard')}` },
  // Standards split town / country.
  { covers: ['dibao_standard_urban', 'dibao_standard_rural'], build: (c) => c.t`城乡低保标准分别${up(c)}${c.s('dibao_standard_urban')}、${c.s('dibao_standard_rural')}` },
  { covers: ['dibao_standard_urban', 'dibao_standard_rural'], build: (c) => c.t`城乡低保标准分别提高到每人每月${c.s('dibao_standard_urban', { bare: true })}和${c.s('dibao_standard_rural', { bare: true })}` },
  { covers: ['dibao_standard_urban', 'dibao_standard_rural'], build: (c) => c.t`城市低保标准由${older(c, 'dibao_standard_urban')}提高到${c.s('dibao_standard_urban')}，农村低保标准由${older(c, 'dibao_standard_rural')}提高到${c.s('dibao_standard_rural')}` },
  { covers: ['dibao_standard_urban', 'dibao_standard_rural'], build: (c) => c.t`城市${dibaoWord(c)}标准达到${c.s('dibao_standard_urban')}；农村${dibaoWord(c)}标准达到${c.s('dibao_standard_rural')}` },
  { covers: ['dibao_standard_urban', 'dibao_standard_rural'], build: (c) => c.t`城市低保标准${up(c)}${c.s('dibao_standard_urban')}，农村低保标准${up(c)}${c.s('dibao_standard_rural', { yearly: c.chance(0.4) })}` },
  { covers: ['dibao_standard_urban'], build: (c) => c.t`城市居民最低生活保障标准${up(c)}${c.s('dibao_standard_urban')}` },
  { covers: ['dibao_standard_rural'], build: (c) => c.t`农村低保标准${up(c)}${c.s('dibao_standard_rural', { yearly: c.chance(0.35) })}，动态高于省定扶贫标准` },
  // The period written before the amount, or none at all (a monthly standard by what it is).
  { covers: ['dibao_standard_urban'], build: (c) => c.t`城市低保标准${up(c)}${c.s('dibao_standard_urban', { bare: true })}` },
  { covers: ['dibao_standard_rural'], build: (c) => c.t`农村低保${c.pick(['年', '年度'])}保障标准${up(c)}${c.s('dibao_standard_rural', { yearly: true, bare: true })}` },
  { covers: ['dibao_standard_rural'], build: (c) => c.t`农村低保月保障标准${up(c)}${c.s('dibao_standard_rural', { bare: true })}` },
  // Recipients and money, not split.
  { covers: ['dibao_recipients', 'dibao_funds'], build: (c) => c.t`${c.flow(0.6)}为${c.nb('dibao_recipients')}城乡困难群众发放低保金${c.m('dibao_funds')}` },
  { covers: ['dibao_recipients', 'dibao_funds'], build: (c) => c.t`${c.stock()}${c.area}共保障城乡低保对象${c.n('dibao_recipients')}，${c.flow(0.5)}累计发放低保资金${c.m('dibao_funds')}` },
  { covers: ['dibao_recipients'], build: (c) => c.t`${c.stock(0.5)}${c.area}在保城乡低保对象${c.dn(c.figures.dibao_recipients / c.rng.real(1.6, 2.1), '户')}${c.n('dibao_recipients', '人')}` },
  { covers: ['dibao_recipients'], build: (c) => c.t`${c.stock(0.5)}${c.we()}纳入最低生活保障范围的城乡困难群众${c.n('dibao_recipients')}` },
  { covers: ['dibao_recipients'], build: (c) => c.t`${c.area}城乡低保对象${c.n('dibao_recipients')}，做到应保尽保` },
  { covers: ['dibao_funds'], build: (c) => c.t`${c.flow(0.7)}累计发放城乡低保金${c.m('dibao_funds')}，同比增长${c.dr(c.rng.real(2, 12))}` },
  { covers: ['dibao_funds'], build: (c) => c.t`${c.flow(0.5)}${c.pick(['支出', '发放', '拨付'])}城乡低保资金${c.m('dibao_funds')}，全部通过“一卡通”发放到户` },
  { covers: ['dibao_recipients', 'dibao_recipients_urban', 'dibao_recipients_rural'], build: (c) => c.t`${c.stock(0.5)}${c.area}共有城乡低保对象${c.n('dibao_recipients')}，其中城市低保对象${c.n('dibao_recipients_urban')}、农村低保对象${c.n('dibao_recipients_rural')}` },
  { covers: ['dibao_recipients', 'dibao_recipients_urban', 'dibao_recipients_rural'], build: (c) => c.t`${c.area}城乡低保保障${c.n('dibao_recipients')}（城市${c.n('dibao_recipients_urban')}，农村${c.n('dibao_recipients_rural')}）` },
  // Split town / country, often figure and money in one clause.
  { covers: ['dibao_recipients_urban', 'dibao_funds_urban', 'dibao_recipients_rural', 'dibao_funds_rural'], build: (c) => c.t`${c.flow(0.6)}${c.area}保障城市低保对象${c.n('dibao_recipients_urban')}${c.m('dibao_funds_urban')}，保障农村低保对象${c.n('dibao_recipients_rural')}${c.m('dibao_funds_rural')}` },
  { covers: ['dibao_recipients_urban', 'dibao_funds_urban'], build: (c) => c.t`城市低保对象${c.n('dibao_recipients_urban')}，${c.flow(0.3)}发放保障金${c.m('dibao_funds_urban')}` },
  // The money right after a scope's count is that scope's.
  { covers: ['dibao_recipients_urban', 'dibao_funds_urban', 'dibao_recipients_rural', 'dibao_funds_rural'], build: (c) => c.t`${c.flow(0.5)}保障城市低保对象${c.n('dibao_recipients_urban')}，发放低保金${c.m('dibao_funds_urban')}；保障农村低保对象${c.n('dibao_recipients_rural')}，发放低保金${c.m('dibao_funds_rural')}` },
  { covers: ['dibao_recipients_rural', 'dibao_funds_rural'], build: (c) => c.t`农村低保${c.dn(c.figures.dibao_recipients_rural / c.rng.real(1.6, 2.2), '户')}${c.n('dibao_recipients_rural', '人')}，累计发放农村低保金${c.m('dibao_funds_rural')}` },
  { covers: ['dibao_recipients_urban'], build: (c) => c.t`${c.stock(0.4)}${c.area}城市低保对象${c.n('dibao_recipients_urban')}` },
  { covers: ['dibao_recipients_rural'], build: (c) => c.t`${c.stock(0.4)}${c.area}农村${dibaoWord(c)}对象${c.n('dibao_recipients_rural')}` },
  { covers: ['dibao_recipients_urban', 'dibao_recipients_rural'], build: (c) => c.t`${c.stock(0.4)}${c.area}城乡低保对象分别为${c.n('dibao_recipients_urban')}、${c.n('dibao_recipients_rural')}` },
  { covers: ['dibao_funds_urban'], build: (c) => c.t`发放城市低保资金${c.m('dibao_funds_urban')}` },
  { covers: ['dibao_funds_rural'], build: (c) => c.t`${c.flow(0.4)}发放农村低保资金${c.m('dibao_funds_rural')}` },
  { covers: ['dibao_funds_urban', 'dibao_funds_rural'], build: (c) => c.t`${c.flow(0.5)}累计发放城市、农村低保金分别为${c.m('dibao_funds_urban')}、${c.m('dibao_funds_rural')}` },
  // 分别 before the parts it hands out, or no 分别 at all: a list of figures after a list of parts.
  { covers: ['dibao_funds_urban', 'dibao_funds_rural'], build: (c) => c.t`${c.flow(0.5)}分别发放${c.pick(['城市、农村', '城乡'])}低保金${c.m('dibao_funds_urban')}、${c.m('dibao_funds_rural')}` },
  { covers: ['dibao_recipients_urban', 'dibao_recipients_rural'], build: (c) => c.t`${c.stock(0.4)}${c.pick(['分别保障', '保障'])}城市、农村低保对象${c.n('dibao_recipients_urban')}、${c.n('dibao_recipients_rural')}` },
  // Both scopes named together are the whole.
  { covers: ['dibao_recipients'], build: (c) => c.t`${c.stock(0.4)}${c.area}城市和农村低保对象共${c.n('dibao_recipients')}` },
  // Person-times and coverage.
  { covers: ['dibao_person_times', 'dibao_funds'], build: (c) => c.t`${c.flow(0.8)}累计保障城乡低保对象${c.n('dibao_person_times')}，发放保障金${c.m('dibao_funds')}` },
  { covers: ['dibao_person_times'], build: (c) => c.t`${c.flow(0.6)}低保累计救助${c.n('dibao_person_times')}` },
  { covers: ['dibao_person_times'], build: (c) => c.t`${c.flow(0.6)}共保障城乡低保${c.n('dibao_person_times')}` },
  { covers: ['dibao_coverage_urban', 'dibao_coverage_rural'], build: (c) => c.t`城乡保障面分别达${c.r('dibao_coverage_urban')}、${c.r('dibao_coverage_rural')}` },
  // Money after two groups, paired with them.
  { covers: ['dibao_recipients_urban', 'dibao_recipients_rural', 'dibao_funds_urban', 'dibao_funds_rural'], build: (c) => c.t`${c.stock(0.3)}城市低保对象${c.n('dibao_recipients_urban')}、农村低保对象${c.n('dibao_recipients_rural')}，${c.pick(['保障金分别为', '发放资金分别为', '累计支出'])}${c.m('dibao_funds_urban')}、${c.m('dibao_funds_rural')}` },
  // The level after a change.
  { covers: ['dibao_recipients'], build: (c) => c.t`${c.area}城乡低保对象比上年减少${c.dn(c.part('dibao_recipients', 0.02, 0.08), '人')}，${c.pick(['总数为', '达到'])}${c.n('dibao_recipients')}` },
  { covers: ['dibao_coverage_urban'], build: (c) => c.t`城市低保保障面为${c.r('dibao_coverage_urban')}` },
  { covers: ['dibao_coverage_rural'], build: (c) => c.t`农村低保保障面达到${c.r('dibao_coverage_rural')}，高于全省平均水平` },
  { covers: ['dibao_funds', 'dibao_recipients'], build: (c) => c.t`${c.flow(0.5)}投入低保资金${c.m('dibao_funds')}，保障困难群众${c.n('dibao_recipients')}` },
  { covers: ['dibao_funds'], build: (c) => c.t`${c.flow(0.5)}城乡低保金${c.m('dibao_funds')}已全部发放到位` },
  { covers: ['dibao_coverage_urban', 'dibao_coverage_rural'], build: (c) => c.t`城市、农村低保覆盖率分别为${c.r('dibao_coverage_urban')}和${c.r('dibao_coverage_rural')}` },
  { covers: ['dibao_coverage_rural'], build: (c) => c.t`农村低保保障率${c.r('dibao_coverage_rural')}` },
  { covers: ['dibao_recipients_urban', 'dibao_recipients_rural'], build: (c) => c.t`主要数据：城市低保对象${c.n('dibao_recipients_urban')}、农村低保对象${c.n('dibao_recipients_rural')}` },
  { covers: ['dibao_standard_rural', 'dibao_standard_urban'], build: (c) => c.t`农村、城市低保标准分别达到${c.s('dibao_standard_rural')}和${c.s('dibao_standard_urban')}` },
];

const tekunWord = (c: Ctx) => c.pick(['特困供养人员', '特困人员', '特困人员救助供养对象', '特困供养对象']);

export const tekun: Builder[] = [
  { covers: ['tekun_standard_urban'], build: (c) => c.t`城市特困人员供养标准${up(c)}${c.s('tekun_standard_urban')}` },
  { covers: ['tekun_standard_rural'], build: (c) => c.t`农村特困人员基本生活标准${up(c)}${c.s('tekun_standard_rural')}` },
  { covers: ['tekun_standard_urban', 'tekun_standard_rural'], build: (c) => c.t`城乡特困人员基本生活标准分别${up(c)}${c.s('tekun_standard_urban')}、${c.s('tekun_standard_rural')}` },
  { covers: ['tekun_standard_urban', 'tekun_standard_rural'], build: (c) => c.t`特困人员基本生活标准按不低于当地低保标准的1.3倍确定，城市${c.s('tekun_standard_urban')}、农村${c.s('tekun_standard_rural')}` },
  { covers: ['tekun_standard_rural'], build: (c) => c.t`农村五保供养标准由${older(c, 'tekun_standard_rural')}提高到${c.s('tekun_standard_rural')}` },
  // Totals.
  { covers: ['tekun_recipients'], build: (c) => c.t`${c.stock(0.5)}${c.area}共有${tekunWord(c)}${c.n('tekun_recipients')}` },
  { covers: ['tekun_recipients', 'tekun_funds'], build: (c) => c.t`${c.flow(0.4)}保障特困人员${c.n('tekun_recipients')}，发放救助供养金${c.m('tekun_funds')}` },
  { covers: ['tekun_recipients', 'tekun_centralized', 'tekun_dispersed'], build: (c) => c.t`${c.area}特困供养人员${c.n('tekun_recipients')}，其中集中供养${c.n('tekun_centralized')}、分散供养${c.n('tekun_dispersed')}` },
  // The breakdown after ； or in a sentence of its own.
  { covers: ['tekun_recipients', 'tekun_centralized', 'tekun_dispersed'], build: (c) => c.t`${c.stock(0.4)}${c.area}共有特困人员${c.n('tekun_recipients')}${c.pick(['；', '。其中，'])}集中供养${c.n('tekun_centralized')}，分散供养${c.n('tekun_dispersed')}` },
  // 五保 was rural support by name (农村五保供养): its people are the rural ones.
  { covers: ['tekun_recipients_rural'], build: (c) => c.t`${c.area}五保供养对象${c.n('tekun_recipients_rural')}，全部纳入救助供养范围` },
  { covers: ['tekun_funds'], build: (c) => c.t`${c.flow(0.6)}累计发放特困人员供养资金${c.m('tekun_funds')}` },
  { covers: ['tekun_funds', 'tekun_care_funds'], build: (c) => c.t`${c.flow(0.6)}累计发放特困人员供养资金${c.m('tekun_funds')}、护理补贴${c.m('tekun_care_funds')}` },
  { covers: ['tekun_funds'], build: (c) => c.t`${c.pick(['拨付', '下拨', '发放'])}特困人员救助供养资金${c.m('tekun_funds')}` },
  // Split town / country.
  { covers: ['tekun_recipients_urban', 'tekun_funds_urban', 'tekun_recipients_rural', 'tekun_funds_rural'], build: (c) => c.t`保障城市特困供养人员${c.n('tekun_recipients_urban')}${c.m('tekun_funds_urban')}，保障农村特困供养人员${c.n('tekun_recipients_rural')}${c.m('tekun_funds_rural')}` },
  { covers: ['tekun_recipients_urban', 'tekun_recipients_rural'], build: (c) => c.t`${c.stock(0.4)}${c.area}共有城市特困人员${c.n('tekun_recipients_urban')}、农村特困人员${c.n('tekun_recipients_rural')}` },
  { covers: ['tekun_recipients_urban'], build: (c) => c.t`城市特困人员${c.n('tekun_recipients_urban')}` },
  { covers: ['tekun_recipients_rural'], build: (c) => c.t`农村${c.pick(['特困供养对象', '五保供养对象', '特困人员'])}${c.n('tekun_recipients_rural')}` },
  { covers: ['tekun_funds_urban'], build: (c) => c.t`发放城市特困人员救助供养金${c.m('tekun_funds_urban')}` },
  { covers: ['tekun_funds_rural'], build: (c) => c.t`${c.flow(0.4)}发放农村特困供养资金${c.m('tekun_funds_rural')}` },
  { covers: ['tekun_recipients_rural', 'tekun_funds_rural'], build: (c) => c.t`农村特困人员${c.n('tekun_recipients_rural')}，发放供养金${c.m('tekun_funds_rural')}` },
  // How they are housed.
  { covers: ['tekun_centralized', 'tekun_dispersed'], build: (c) => c.t`${c.area}特困人员集中供养${c.n('tekun_centralized')}、分散供养${c.n('tekun_dispersed')}` },
  { covers: ['tekun_centralized'], build: (c) => c.t`在敬老院集中供养特困人员${c.n('tekun_centralized')}` },
  { covers: ['tekun_dispersed'], build: (c) => c.t`分散供养特困人员${c.n('tekun_dispersed')}，全部签订照料服务协议` },
  { covers: ['tekun_care_funds'], build: (c) => c.t`${c.flow(0.4)}发放特困人员护理补贴${c.m('tekun_care_funds')}` },
  { covers: ['tekun_care_funds'], build: (c) => c.t`特困供养人员照料护理补贴${c.m('tekun_care_funds')}按时足额发放` },
  { covers: ['tekun_disabled_centralized_rate'], build: (c) => c.t`${c.area}失能半失能特困${c.pick(['供养人员', '人员'])}集中供养率达${c.r('tekun_disabled_centralized_rate')}` },
  { covers: ['tekun_disabled_centralized_rate'], build: (c) => c.t`生活不能自理特困人员集中供养率达到${c.r('tekun_disabled_centralized_rate')}` },
  { covers: ['tekun_funds', 'tekun_recipients'], build: (c) => c.t`${c.flow(0.5)}下拨特困供养资金${c.m('tekun_funds')}，保障特困人员${c.n('tekun_recipients')}基本生活` },
  { covers: ['tekun_recipients_rural', 'tekun_centralized'], build: (c) => c.t`农村特困人员${c.n('tekun_recipients_rural')}，在供养服务机构集中供养${c.n('tekun_centralized')}` },
];

export const temporary: Builder[] = [
  { covers: ['temp_assistance_cases', 'temp_assistance_funds'], build: (c) => c.t`${c.flow(0.6)}累计为${c.nb('temp_assistance_cases')}困难群众发放临时救助资金${c.m('temp_assistance_funds')}` },
  { covers: ['temp_assistance_cases', 'temp_assistance_funds'], build: (c) => c.t`实施临时救助${c.n('temp_assistance_cases')}${c.m('temp_assistance_funds')}` },
  { covers: ['temp_assistance_cases', 'temp_assistance_funds'], build: (c) => c.t`${c.flow(0.5)}临时救助${c.n('temp_assistance_cases')}，支出救助资金${c.m('temp_assistance_funds')}，其中“救急难”救助${c.dn(c.part('temp_assistance_cases', 0.1, 0.4), '人次')}${c.dm(c.part('temp_assistance_funds', 0.1, 0.4))}` },
  { covers: ['temp_assistance_cases', 'temp_assistance_funds'], build: (c) => c.t`${c.flow(0.5)}发放临时救助金${c.m('temp_assistance_funds')}，惠及困难群众${c.n('temp_assistance_cases', c.pick(['人次', '人次', '人']))}` },
  { covers: ['temp_assistance_cases'], build: (c) => c.t`${c.flow(0.5)}开展临时救助${c.n('temp_assistance_cases')}，做到“先行救助”` },
  // 急难救助 is a part of 临时救助, written before its total.
  { covers: ['temp_assistance_cases'], build: (c) => c.t`实施急难救助${c.dn(c.part('temp_assistance_cases', 0.05, 0.2), '人次')}，${c.flow(0.4)}全年实施临时救助${c.n('temp_assistance_cases')}` },
  { covers: ['temp_assistance_funds'], build: (c) => c.t`${c.flow(0.5)}临时救助支出${c.m('temp_assistance_funds')}` },
  { covers: ['temp_assistance_funds', 'temp_assistance_cases'], build: (c) => c.t`${c.flow(0.5)}支出临时救助资金${c.m('temp_assistance_funds')}，救助遇困群众${c.n('temp_assistance_cases')}` },
  // Another programme's people among those helped: a part, not that programme's figure.
  { covers: ['temp_assistance_cases', 'temp_assistance_funds'], build: (c) => c.t`${c.flow(0.5)}实施临时救助${c.n('temp_assistance_cases')}，其中低保对象${c.dn(c.part('temp_assistance_cases', 0.2, 0.5), '人次')}，支出临时救助资金${c.m('temp_assistance_funds')}` },
  { covers: ['temp_assistance_cases', 'temp_assistance_funds'], build: (c) => c.t`${c.flow(0.5)}临时救助${c.n('temp_assistance_cases')}（其中低保对象${c.dn(c.part('temp_assistance_cases', 0.2, 0.5), '人次')}），支出资金${c.m('temp_assistance_funds')}` },
];

export const vagrant: Builder[] = [
  { covers: ['vagrant_assistance_cases'], build: (c) => c.t`“寒冬送温暖、夏季送清凉”专项行动累计救助流浪乞讨人员${c.n('vagrant_assistance_cases', c.pick(['人', '人次']))}` },
  { covers: ['vagrant_assistance_cases', 'vagrant_assistance_funds'], build: (c) => c.t`${c.flow(0.6)}救助生活无着人员${c.n('vagrant_assistance_cases')}${c.m('vagrant_assistance_funds')}` },
  { covers: ['vagrant_assistance_cases', 'vagrant_assistance_funds'], build: (c) => c.t`救助管理站${c.flow(0.3)}共救助生活无着的流浪乞讨人员${c.n('vagrant_assistance_cases')}，支出救助经费${c.m('vagrant_assistance_funds')}，帮助${c.dn(c.rng.int(2, 40), '名')}长期滞留人员寻亲返乡` },
  { covers: ['vagrant_assistance_cases'], build: (c) => c.t`${c.flow(0.4)}${c.area}共救助流浪乞讨人员${c.n('vagrant_assistance_cases', '人次')}，${c.dn(c.rng.int(3, 30), '人')}办理了落户安置` },
  { covers: ['vagrant_assistance_funds'], build: (c) => c.t`支出流浪乞讨人员救助资金${c.m('vagrant_assistance_funds')}` },
  { covers: ['vagrant_assistance_cases'], build: (c) => c.t`救助管理机构${c.flow(0.5)}接收救助${c.n('vagrant_assistance_cases', '人次')}，其中未成年人${c.dn(c.rng.int(3, 40), '人次')}` },
];
