// 社会组织, 志愿服务, 慈善, 婚姻登记.
import type { Builder, Ctx } from '../context.ts';

const orgMeasure = (c: Ctx) => c.pick(['家', '家', '个']);

export const society: Builder[] = [
  { covers: ['social_organizations'], build: (c) => c.t`${c.stock(0.6)}${c.pick(['我局', c.area])}登记在册的社会组织共有${c.n('social_organizations', orgMeasure(c))}` },
  { covers: ['social_organizations'], build: (c) => c.t`${c.area}依法登记社会组织${c.n('social_organizations', orgMeasure(c))}，其中社会团体${c.dn(c.part('social_organizations', 0.3, 0.45), '家')}、民办非企业单位${c.dn(c.part('social_organizations', 0.5, 0.65), '家')}` },
  { covers: ['social_organizations'], build: (c) => c.t`${c.stock(0.4)}${c.area}共有登记社会组织${c.n('social_organizations', orgMeasure(c))}，${c.dr(c.rng.real(88, 99))}参加年检` },
  { covers: ['volunteers'], build: (c) => c.t`${c.area}实名${c.pick(['认证', '注册'])}志愿者${c.n('volunteers')}` },
  { covers: ['volunteers'], build: (c) => c.t`在“志愿${c.pick(['中国', '汇', '云'])}”平台实名注册志愿者达${c.n('volunteers')}，占常住人口的${c.dr(c.rng.real(5, 18))}` },
  { covers: ['charity_donations'], build: (c) => c.t`${c.flow(0.6)}${c.area}慈善系统累计接受捐赠资金${c.chance(0.3) ? ' ' : ''}${c.m('charity_donations')}` },
  { covers: ['charity_donations'], build: (c) => c.t`${c.flow(0.5)}募集慈善款物${c.m('charity_donations')}，实施慈善项目${c.dn(c.rng.int(3, 40), '个')}` },
  { covers: ['charity_donations'], build: (c) => c.t`“慈善一日捐”活动共募集善款${c.m('charity_donations')}` },
  { covers: ['marriage_registrations'], build: (c) => c.t`${c.flow(0.6)}办理婚姻登记${c.n('marriage_registrations')}` },
  { covers: ['marriage_registrations'], build: (c) => c.t`${c.flow(0.5)}${c.area}共办理结婚登记${c.n('marriage_registrations')}，婚姻登记合格率100%` },
  { covers: ['marriage_registrations'], build: (c) => c.t`婚姻登记机关办理婚姻登记${c.n('marriage_registrations')}，开展婚姻家庭辅导${c.dn(c.rng.int(12, 300), '场次')}` },
  { covers: ['charity_donations'], build: (c) => c.t`${c.flow(0.5)}各级慈善组织接收社会捐赠${c.m('charity_donations')}` },
  { covers: ['social_organizations', 'volunteers'], build: (c) => c.t`${c.area}社会组织总数${c.n('social_organizations', orgMeasure(c))}，注册志愿者${c.n('volunteers')}` },
];
