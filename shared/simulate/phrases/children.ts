// 儿童福利: 孤儿, 事实无人抚养儿童, their money and standards, 留守儿童, 困境儿童.
import type { Builder, Ctx } from '../context.ts';

const up = (c: Ctx) => c.pick(['提高到', '提高至', '调整为', '达到']);

export const children: Builder[] = [
  { covers: ['orphans', 'defacto_orphans', 'orphan_funds'], build: (c) => c.t`${c.flow(0.5)}累计为${c.nb('orphans')}孤儿、${c.nb('defacto_orphans')}事实无人抚养儿童按月发放基本生活保障金${c.m('orphan_funds')}` },
  { covers: ['orphans', 'defacto_orphans'], build: (c) => c.t`${c.stock(0.5)}${c.area}共有孤儿${c.n('orphans')}、事实无人抚养儿童${c.n('defacto_orphans')}，全部纳入基本生活保障` },
  { covers: ['orphans', 'orphan_funds'], build: (c) => c.t`${c.flow(0.5)}孤儿基本保障${c.n('orphans')}${c.m('orphan_funds')}` },
  { covers: ['orphans'], build: (c) => c.t`${c.stock(0.4)}${c.area}在册孤儿${c.n('orphans')}，其中机构集中养育${c.dn(c.part('orphans', 0.05, 0.25), '名')}` },
  { covers: ['orphans'], build: (c) => c.t`${c.area}${c.nb('orphans')}孤儿的基本生活得到有效保障` },
  { covers: ['defacto_orphans'], build: (c) => c.t`将${c.nb('defacto_orphans')}事实无人抚养儿童纳入保障范围，做到应保尽保` },
  { covers: ['orphans_and_defacto', 'orphan_funds'], build: (c) => c.t`${c.stock(0.6)}${c.area}孤儿、事实无人抚养儿童在保${c.n('orphans_and_defacto', '人')}，${c.flow(0.4)}累计发放基本生活费${c.m('orphan_funds')}` },
  { covers: ['orphans_and_defacto'], build: (c) => c.t`${c.stock(0.4)}${c.area}孤儿及事实无人抚养儿童${c.n('orphans_and_defacto')}，全部按标准发放基本生活费` },
  { covers: ['orphans_and_defacto'], build: (c) => c.t`保障孤儿和事实无人抚养儿童${c.n('orphans_and_defacto')}` },
  { covers: ['orphan_funds'], build: (c) => c.t`${c.flow(0.6)}发放孤儿基本生活保障金${c.m('orphan_funds')}` },
  { covers: ['orphan_standard_dispersed', 'orphan_standard_institutional'], build: (c) => c.t`分散和集中${c.pick(['抚养', '养育', '供养'])}的孤儿基本生活费分别${up(c)}${c.s('orphan_standard_dispersed')}、${c.s('orphan_standard_institutional')}` },
  { covers: ['orphan_standard_dispersed', 'orphan_standard_institutional'], build: (c) => c.t`机构集中养育孤儿基本生活保障标准${up(c)}${c.s('orphan_standard_institutional')}，社会散居孤儿${up(c)}${c.s('orphan_standard_dispersed')}` },
  // Standards the next clause applies to the programme it names.
  { covers: ['orphan_standard_institutional', 'orphan_standard_dispersed', 'orphan_funds'], build: (c) => c.t`按照集中养育${c.s('orphan_standard_institutional')}、社会散居${c.s('orphan_standard_dispersed')}的标准，${c.flow(0.4)}发放孤儿和事实无人抚养儿童基本生活费${c.m('orphan_funds')}` },
  { covers: ['orphan_standard_institutional'], build: (c) => c.t`集中养育孤儿基本生活最低养育标准${up(c)}${c.s('orphan_standard_institutional')}` },
  { covers: ['orphan_standard_dispersed'], build: (c) => c.t`社会散居孤儿、事实无人抚养儿童的保障标准${up(c)}${c.s('orphan_standard_dispersed')}` },
  { covers: ['left_behind_children', 'distressed_children'], build: (c) => c.t`完善${c.nb('left_behind_children')}留守儿童、${c.nb('distressed_children')}困境儿童基础信息库` },
  { covers: ['left_behind_children'], build: (c) => c.t`${c.stock(0.4)}${c.area}共排查农村留守儿童${c.n('left_behind_children')}，全部建立“一人一档”` },
  { covers: ['left_behind_children'], build: (c) => c.t`为${c.nb('left_behind_children')}农村留守儿童落实监护责任` },
  { covers: ['distressed_children'], build: (c) => c.t`${c.area}困境儿童${c.n('distressed_children')}，分类落实保障政策` },
  { covers: ['distressed_children'], build: (c) => c.t`摸排认定困境儿童${c.n('distressed_children')}，落实基本生活保障` },
  { covers: ['orphans', 'defacto_orphans'], build: (c) => c.t`孤儿${c.n('orphans')}和事实无人抚养儿童${c.n('defacto_orphans')}全部纳入保障` },
  { covers: ['orphan_funds', 'orphans_and_defacto'], build: (c) => c.t`${c.flow(0.5)}支出孤儿和事实无人抚养儿童基本生活费${c.m('orphan_funds')}，惠及${c.n('orphans_and_defacto')}` },
  { covers: ['left_behind_children', 'distressed_children'], build: (c) => c.t`${c.area}建档农村留守儿童、困境儿童分别为${c.n('left_behind_children')}、${c.n('distressed_children')}` },
];
