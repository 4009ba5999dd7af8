// 残疾人两项补贴: 困难残疾人生活补贴, 重度残疾人护理补贴, or both as one amount (两项补贴, 两残补贴).
import type { Builder, Ctx } from '../context.ts';

const both = (c: Ctx) => c.pick(['两项补贴', '两残补贴', '残疾人两项补贴', '困难残疾人生活补贴和重度残疾人护理补贴']);

export const disability: Builder[] = [
  { covers: ['disability_living_subsidy_recipients', 'disability_living_subsidy_funds'], build: (c) => c.t`对${c.nb('disability_living_subsidy_recipients')}困难残疾人发放生活${c.pick(['补贴', '救助补贴'])}${c.m('disability_living_subsidy_funds')}` },
  { covers: ['disability_care_subsidy_recipients', 'disability_care_subsidy_funds'], build: (c) => c.t`对${c.nb('disability_care_subsidy_recipients')}重度残疾人发放护理补贴${c.m('disability_care_subsidy_funds')}` },
  { covers: ['disability_living_subsidy_recipients', 'disability_care_subsidy_recipients', 'disability_subsidy_funds'], build: (c) => c.t`${c.flow(0.5)}为${c.nb('disability_living_subsidy_recipients')}困难残疾人、${c.nb('disability_care_subsidy_recipients')}重度残疾人发放${both(c)}${c.m('disability_subsidy_funds')}` },
  { covers: ['disability_living_subsidy_recipients', 'disability_care_subsidy_recipients'], build: (c) => c.t`${c.stock(0.4)}${c.area}享受困难残疾人生活补贴${c.n('disability_living_subsidy_recipients')}、重度残疾人护理补贴${c.n('disability_care_subsidy_recipients')}` },
  { covers: ['disability_subsidy_funds'], build: (c) => c.t`${c.flow(0.5)}发放${both(c)}${c.m('disability_subsidy_funds')}` },
  { covers: ['disability_subsidy_funds'], build: (c) => c.t`按时足额发放${both(c)}，${c.flow(0.3)}累计发放资金${c.m('disability_subsidy_funds')}` },
  { covers: ['disability_living_subsidy_recipients'], build: (c) => c.t`困难残疾人生活补贴惠及${c.n('disability_living_subsidy_recipients')}` },
  { covers: ['disability_care_subsidy_recipients'], build: (c) => c.t`重度残疾人护理补贴${c.pick(['覆盖', '惠及'])}${c.n('disability_care_subsidy_recipients')}` },
  { covers: ['disability_living_subsidy_funds'], build: (c) => c.t`${c.flow(0.5)}发放困难残疾人生活补贴资金${c.m('disability_living_subsidy_funds')}` },
  { covers: ['disability_care_subsidy_funds'], build: (c) => c.t`发放重度残疾人护理补贴资金${c.m('disability_care_subsidy_funds')}` },
  { covers: ['disability_living_subsidy_funds', 'disability_care_subsidy_funds'], build: (c) => c.t`${c.flow(0.5)}累计发放困难残疾人生活补贴${c.m('disability_living_subsidy_funds')}、重度残疾人护理补贴${c.m('disability_care_subsidy_funds')}` },
  // The two named one by one, their figures after them with or without 分别.
  { covers: ['disability_living_subsidy_funds', 'disability_care_subsidy_funds'], build: (c) => c.t`${c.flow(0.5)}困难残疾人生活补贴和重度残疾人护理补贴分别发放${c.m('disability_living_subsidy_funds')}、${c.m('disability_care_subsidy_funds')}` },
  { covers: ['disability_living_subsidy_funds', 'disability_care_subsidy_funds'], build: (c) => c.t`${c.flow(0.5)}发放困难残疾人生活补贴、重度残疾人护理补贴${c.m('disability_living_subsidy_funds')}、${c.m('disability_care_subsidy_funds')}` },
  { covers: ['disability_living_subsidy_recipients', 'disability_care_subsidy_recipients', 'disability_living_subsidy_funds', 'disability_care_subsidy_funds'], build: (c) => c.t`${c.flow(0.4)}困难残疾人生活补贴和重度残疾人护理补贴分别惠及${c.n('disability_living_subsidy_recipients')}、${c.n('disability_care_subsidy_recipients')}，分别发放资金${c.m('disability_living_subsidy_funds')}、${c.m('disability_care_subsidy_funds')}` },
  { covers: ['disability_subsidy_funds', 'disability_care_subsidy_recipients'], build: (c) => c.t`${c.flow(0.5)}拨付${both(c)}资金${c.m('disability_subsidy_funds')}，其中护理补贴对象${c.n('disability_care_subsidy_recipients')}` },
];
