// 养老服务: 老年人口, 养老机构, 床位, 高龄津贴 (尊老金), 适老化改造.
import type { Builder, Ctx } from '../context.ts';

const allowance = (c: Ctx) => c.pick(['高龄津贴', '尊老金', '高龄老人津贴', '高龄补贴']);
const inst = (c: Ctx) => c.pick(['家', '家', '所', '个']);

export const elderly: Builder[] = [
  { covers: ['elderly_population', 'elderly_institutions', 'elderly_beds'], build: (c) => c.t`${c.area}60周岁以上老人${c.n('elderly_population', c.pick(['人', '名']))}，正在运营的养老机构${c.pick(['达', '共'])}${c.n('elderly_institutions', inst(c))}，运营床位${c.n('elderly_beds')}` },
  { covers: ['elderly_population'], build: (c) => c.t`${c.stock(0.4)}${c.area}60周岁以上老年人口${c.n('elderly_population')}，占总人口的${c.dr(c.rng.real(15, 26))}` },
  { covers: ['elderly_population'], build: (c) => c.t`${c.we()}现有60岁以上老年人${c.n('elderly_population')}，人口老龄化程度持续加深` },
  { covers: ['elderly_institutions', 'elderly_beds'], build: (c) => c.t`${c.stock(0.6)}${c.area}共有经民政部门许可或备案的养老机构${c.n('elderly_institutions', inst(c))}，设置床位${c.n('elderly_beds')}` },
  { covers: ['elderly_institutions', 'elderly_beds'], build: (c) => c.t`${c.area}养老机构${c.n('elderly_institutions', inst(c))}、床位${c.n('elderly_beds')}，护理型床位占比${c.dr(c.rng.real(35, 65))}` },
  { covers: ['elderly_institutions'], build: (c) => c.t`${c.stock(0.5)}${c.area}共有各类养老机构${c.n('elderly_institutions', inst(c))}` },
  { covers: ['elderly_beds'], build: (c) => c.t`${c.area}养老床位总数达到${c.n('elderly_beds')}，每千名老年人拥有养老床位${c.dn(c.rng.int(28, 45), '张')}` },
  { covers: ['elderly_beds'], build: (c) => c.t`各类养老床位${c.n('elderly_beds')}` },
  { covers: ['elderly_beds'], build: (c) => c.t`${c.area}养老床位比上年增加${c.dn(c.part('elderly_beds', 0.02, 0.08), '张')}，达到${c.n('elderly_beds')}` },
  { covers: ['elderly_allowance_recipients'], build: (c) => c.t`${c.nb('elderly_allowance_recipients')}高龄老人${allowance(c)}发放率100%` },
  { covers: ['elderly_allowance_funds', 'elderly_allowance_recipients'], build: (c) => c.t`${c.flow(0.6)}${c.area}共发放${allowance(c)}${c.m('elderly_allowance_funds')}，惠及${c.n('elderly_allowance_recipients')}` },
  { covers: ['elderly_allowance_funds', 'elderly_allowance_recipients'], build: (c) => c.t`为${c.nb('elderly_allowance_recipients')}80周岁以上老年人发放${allowance(c)}${c.m('elderly_allowance_funds')}` },
  { covers: ['elderly_allowance_recipients'], build: (c) => c.t`${c.stock(0.4)}享受${allowance(c)}的老年人${c.n('elderly_allowance_recipients')}` },
  { covers: ['elderly_allowance_recipients'], build: (c) => c.t`${c.stock(0.4)}${c.area}${c.nb('elderly_allowance_recipients')}${c.pick(['老年人', '80周岁以上老年人', '高龄老人'])}享受${allowance(c)}` },
  // What each is paid a month, then the money paid out.
  { covers: ['elderly_allowance_funds'], build: (c) => c.t`80-89周岁老人每人每月发放${allowance(c)}${c.pick(['50', '60', '100'])}元，${c.flow(0.6)}累计发放${allowance(c)}${c.m('elderly_allowance_funds')}` },
  { covers: ['elderly_allowance_funds'], build: (c) => c.t`及时准确发放${allowance(c)}，${c.flow(0.7)}累计发放${c.m('elderly_allowance_funds')}` },
  { covers: ['home_adaptation_households'], build: (c) => c.t`安排${c.dm(c.figures.home_adaptation_households * c.rng.real(2000, 4000))}专项资金用于${c.n('home_adaptation_households')}困难家庭适老化改造` },
  { covers: ['home_adaptation_households'], build: (c) => c.t`为${c.n('home_adaptation_households')}老年人家庭实施居家环境适老化改造` },
  { covers: ['home_adaptation_households'], build: (c) => c.t`完成特殊困难老年人家庭适老化改造${c.n('home_adaptation_households')}` },
  { covers: ['elderly_allowance_recipients', 'elderly_allowance_funds'], build: (c) => c.t`80周岁以上高龄老人${c.n('elderly_allowance_recipients')}享受${allowance(c)}，${c.flow(0.4)}发放资金${c.m('elderly_allowance_funds')}` },
  { covers: ['elderly_beds', 'elderly_institutions'], build: (c) => c.t`${c.stock(0.4)}${c.area}拥有养老床位${c.n('elderly_beds')}，分布在${c.n('elderly_institutions', inst(c))}养老机构` },
  { covers: ['elderly_population'], build: (c) => c.t`${c.area}60岁及以上老年人口达${c.n('elderly_population')}` },
  // The population aged 60 and over as a part of the whole.
  { covers: ['elderly_population'], build: (c) => c.t`${c.area}户籍人口${c.dn(c.figures.elderly_population * c.rng.real(3.5, 6), '人')}，其中60周岁以上老年人${c.n('elderly_population')}` },
];
