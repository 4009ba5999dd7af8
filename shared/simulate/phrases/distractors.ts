// Sentences with figures that are NOT catalogue facts: subsets (其中), additions (新增, 新纳入),
// year-on-year changes, multi-year totals, campaign results, and figures outside the catalogue
// (党组织, 公墓, 社区用房, 社工, 福彩). Each topic has its own, so they sit where bureaus put them.
import type { Ctx } from '../context.ts';

export type Distractor = (c: Ctx) => string;

const big = (c: Ctx, metric: string, lo: number, hi: number) => c.part(metric, lo, hi);

export const distractors: Record<string, Distractor[]> = {
  assistance: [
    (c) => `对脱贫不稳定户、边缘易致贫户开展排查，将${c.dn(big(c, 'dibao_recipients', 0.01, 0.04), '名')}困难群众新纳入兜底保障，其中低保${c.dn(big(c, 'dibao_recipients', 0.005, 0.02), '人')}、特困人员救助供养${c.dn(big(c, 'tekun_recipients', 0.005, 0.03), '人')}、临时救助${c.dn(big(c, 'temp_assistance_cases', 0.02, 0.08), '人')}`,
    (c) => `${c.flow(0.5)}新增城乡低保对象${c.dn(big(c, 'dibao_recipients', 0.03, 0.1), '人')}，其中重度残疾人、重病患者按单人户纳入低保${c.dn(big(c, 'dibao_recipients', 0.005, 0.02), '人')}`,
    (c) => `新纳入特困供养${c.dn(big(c, 'tekun_recipients', 0.02, 0.08), '人')}，动态退出低保${c.dn(big(c, 'dibao_recipients', 0.02, 0.06) / 2, '户')}`,
    (c) => `${c.pick(['1-4月', '疫情期间', '年初'])}及时足额发放价格临时补贴${c.dm(big(c, 'dibao_funds', 0.05, 0.15))}，共有${c.dn(big(c, 'dibao_recipients', 2, 5), '人次')}困难群众受益`,
    (c) => `${c.we()}${c.dn(c.rng.int(2000, 15000), '名')}建档立卡未脱贫人口中由民政兜底保障的共${c.dn(c.rng.int(1500, 9000), '人')}（其中农村低保${c.dn(c.rng.int(800, 6000), '人')}，特困供养${c.dn(c.rng.int(100, 1500), '人')}，孤儿${c.dn(c.rng.int(10, 150), '人')}）`,
    (c) => `${c.period.year >= 2021 ? '“十三五”期间' : `${c.period.year - c.rng.int(3, 5)}年以来`}累计发放城乡低保金${c.dm(big(c, 'dibao_funds', 3, 5))}，年均增长${c.dr(c.rng.real(5, 12))}`,
    (c) => `${c.dn(big(c, 'dibao_recipients', 1.1, 1.5), '名')}低保、特困供养对象全部纳入动态监测`,
    (c) => `对${c.dn(c.rng.int(3000, 40000), '户')}低收入家庭开展常态化核对，核查比对信息${c.dn(c.rng.int(10000, 300000), '条')}`,
    (c) => `低保家庭中未成年人的补助水平按低保标准的${c.pick(['110%', '115%'])}上调到${c.pick(['120%', '125%', '130%'])}`,
    (c) => `集中供养特困人员的照料护理费由每人每月${c.pick(['100', '150', '200'])}元提高到${c.pick(['200', '300', '400'])}元`,
    (c) => `为${c.dn(big(c, 'tekun_recipients', 0.1, 0.5), '名')}特困人员办理住院护理保险`,
    (c) => `组织社会救助政策进村入户宣传，覆盖群众${c.dn(c.rng.int(5000, 30000), '人次')}`,
    (c) => `城市低保平均补差每人每月${c.pick(['412', '468', '520'])}元，农村低保月人均补助水平${c.pick(['286', '310', '355'])}元`,
    (c) => `配合工会帮扶特困职工${c.dn(c.rng.int(100, 2000), '人')}，资助特困学生${c.dn(c.rng.int(50, 900), '名')}`,
    (c) => `发放价格临时补贴${c.dm(big(c, 'dibao_funds', 0.03, 0.1))}，惠及低保对象${c.dn(big(c, 'dibao_recipients', 1.5, 3), '人次')}`,
    (c) => `为低保对象发放一次性生活补贴${c.dn(big(c, 'dibao_recipients', 0.5, 1), '人次')}`,
    (c) => `${c.self}本级发放低保资金${c.dm(big(c, 'dibao_funds', 0.1, 0.3))}`,
    // Another period, another place, a part of the area, a total over years.
    (c) => `${c.period.year - 1}年${c.area}城乡低保对象${c.dn(big(c, 'dibao_recipients', 1.02, 1.1), '人')}，发放低保资金${c.dm(big(c, 'dibao_funds', 0.9, 1))}`,
    (c) => `上年同期${c.area}临时救助${c.dn(big(c, 'temp_assistance_cases', 0.8, 1.2), '人次')}`,
    (c) => `全省农村低保平均标准达到每人每月${c.rng.int(500, 700)}元`,
    (c) => `${c.pick(['城关镇', '经开区', '高新区'])}共有低保对象${c.dn(big(c, 'dibao_recipients', 0.05, 0.2), '人')}，特困人员${c.dn(big(c, 'tekun_recipients', 0.05, 0.2), '人')}`,
    (c) => `“十三五”期间，${c.area}累计发放城乡低保资金${c.dm(big(c, 'dibao_funds', 3.5, 5))}`,
  ],
  disability: [
    (c) => `残疾人两项补贴标准分别提高到每人每月${c.pick(['70', '80', '90'])}元、${c.pick(['80', '100', '120'])}元`,
    (c) => `为${c.dn(big(c, 'disability_care_subsidy_recipients', 0.02, 0.08), '名')}重度残疾人提供居家托养服务`,
    (c) => `${c.flow(0.3)}新增享受两项补贴对象${c.dn(big(c, 'disability_living_subsidy_recipients', 0.03, 0.1), '人')}，停发${c.dn(big(c, 'disability_living_subsidy_recipients', 0.01, 0.03), '人')}`,
  ],
  children: [
    (c) => `通过福彩公益金助学项目，为${c.dn(big(c, 'orphans', 0.05, 0.2), '名')}超龄在校孤儿发放助学金${c.dm(c.rng.int(100000, 1500000))}`,
    (c) => `将${c.dn(c.rng.int(3, 40), '名')}机构养育孤儿纳入“明天计划”资助范围`,
    (c) => `多方筹集资金${c.dm(c.rng.int(50000, 500000))}，对${c.dn(c.rng.int(100, 600), '名')}困境儿童进行了关爱帮扶`,
    (c) => `${c.dn(c.rng.int(30, 200), '名')}在校事实无人抚养儿童获得助学资助`,
    (c) => `重病重残儿童的生活补助按散居孤儿标准的${c.pick(['50%', '55%'])}提高到${c.pick(['60%', '65%', '70%'])}`,
    (c) => `建成儿童之家${c.dn(c.rng.int(20, 300), '个')}，配备儿童督导员${c.dn(c.rng.int(10, 120), '名')}、儿童主任${c.dn(c.rng.int(100, 3000), '名')}`,
  ],
  elderly: [
    (c) => `集中改造农村敬老院床位${c.dn(c.rng.int(80, 600), '张')}，提升敬老院护理能力`,
    (c) => `推进医养结合，${c.area}医疗卫生机构床位${c.dn(c.rng.int(3000, 40000), '张')}，签约服务率${c.dr(c.rng.real(60, 99))}`,
    (c) => `${c.area}共有乡镇敬老院${c.dn(c.rng.int(8, 60), '所')}，床位${c.dn(c.rng.int(800, 6000), '张')}`,
    (c) => `${c.self}社会福利中心现有床位${c.dn(c.rng.int(100, 600), '张')}，集中供养特困人员${c.dn(c.part('tekun_centralized', 0.2, 0.6), '人')}`,
    (c) => `市儿童福利院养育儿童${c.dn(c.rng.int(30, 200), '名')}，床位${c.dn(c.rng.int(100, 400), '张')}`,
    (c) => `新增养老床位${c.dn(big(c, 'elderly_beds', 0.03, 0.1), '张')}，新建社区养老服务站${c.dn(c.rng.int(5, 80), '个')}`,
    (c) => `筹集资金${c.dm(c.rng.int(2e6, 1e8))}，建设养老服务综合体${c.dn(c.rng.int(3, 30), '个')}、养老驿站${c.dn(c.rng.int(10, 80), '个')}`,
    (c) => `政府购买居家养老服务${c.flow(0.2)}完成订单${c.dn(c.rng.int(5000, 60000), '份')}，上门服务${c.dn(c.rng.int(20000, 500000), '人次')}`,
    (c) => `老年人意外伤害保险参保${c.dn(big(c, 'elderly_population', 0.05, 0.2), '人')}，收取保费${c.dm(c.rng.int(500000, 8000000))}`,
    (c) => `${c.dn(c.rng.int(10, 60), '所')}床位在150张以上的养老机构均内设医务室或护理站`,
    (c) => `开展养老机构安全隐患排查，发现隐患问题${c.dn(c.rng.int(100, 900), '个')}，立即整改${c.dn(c.rng.int(80, 600), '个')}`,
    (c) => `建成运营“老年食堂”${c.dn(c.rng.int(3, 60), '个')}，解决${c.dn(c.rng.int(300, 5000), '名')}空巢和高龄老人吃饭难题`,
    (c) => `城乡养老服务三级中心覆盖率${c.dr(c.rng.pick([90, 95, 100]))}`,
  ],
  society: [
    (c) => `${c.area}社会组织中已单独建立党组织${c.dn(c.rng.int(40, 400), '个')}，联合组建${c.dn(c.rng.int(5, 40), '个')}，派驻党建工作指导员${c.dn(c.rng.int(20, 200), '名')}`,
    (c) => `登记的社区社会组织${c.dn(c.rng.int(100, 800), '家')}，备案的社区社会组织达${c.dn(c.rng.int(500, 4000), '家')}`,
    (c) => `依法取缔${c.dn(c.rng.int(1, 12), '家')}非法社会组织，将${c.dn(c.rng.int(3, 30), '家')}社会组织列入活动异常名录`,
    (c) => `连续${c.rng.int(5, 15)}年组织“慈善一日捐”，历年合计募集${c.dm(big(c, 'charity_donations', 4, 10))}`,
    (c) => `${c.area}每万人拥有持证社工${(c.rng.int(50, 200) / 10).toFixed(1)}个，持证社会工作者${c.dn(c.rng.int(100, 3000), '人')}`,
    (c) => `${c.flow(0.3)}销售福利彩票${c.dm(c.rng.int(3e7, 1e9))}，筹集公益金${c.dm(c.rng.int(3e6, 1e8))}`,
    (c) => `投入${c.dm(c.rng.int(3e5, 5e6))}完成第${c.pick(['三', '四', '五', '六'])}期公益创投，资助项目${c.dn(c.rng.int(10, 80), '个')}`,
  ],
  affairs: [
    (c) => `建成农村公益性公墓${c.dn(c.rng.int(5, 200), '个')}，搬迁散埋乱葬坟墓${c.dn(c.rng.int(500, 20000), '座')}`,
    (c) => `${c.area}火化率达到${c.dr(c.rng.real(60, 100))}，节地生态安葬${c.dn(c.rng.int(100, 5000), '例')}`,
    (c) => `严格地名命名管理，命名道路${c.dn(c.rng.int(5, 80), '条')}、小区${c.dn(c.rng.int(5, 60), '个')}`,
    (c) => `对${c.dn(c.rng.int(10, 120), '个')}界桩开展巡查，完成${c.dn(c.rng.int(1, 6), '条')}县级界线联检`,
    (c) => `婚姻登记“跨省通办”试点以来办理${c.dn(c.rng.int(20, 800), '对')}，颁发结婚证${c.dn(c.rng.int(20, 800), '本')}`,
  ],
  community: [
    (c) => `完成${c.dn(c.rng.int(100, 2000), '个')}村（居）民委员会换届选举，联审候选人${c.dn(c.rng.int(1000, 20000), '人次')}`,
    (c) => `新建改造社区综合服务用房${c.dn(c.rng.int(2000, 80000), '平方米')}，城乡社区综合服务设施覆盖率${c.dr(c.rng.pick([85, 92.5, 100]))}`,
    (c) => `梳理群众急难愁盼问题${c.dn(c.rng.int(20, 120), '条')}，已完成整改${c.dn(c.rng.int(10, 60), '条')}`,
    (c) => `争取中省到位资金${c.dm(c.rng.int(1e7, 5e8))}，涉及${c.dn(c.rng.int(10, 120), '个')}乡镇（街道）、${c.dn(c.rng.int(100, 1500), '个')}村（社区）`,
    (c) => `${c.dn(c.rng.int(20, 200), '个')}社会组织入驻${c.dn(c.rng.int(20, 200), '个')}社区开展服务项目，惠及群众${c.dn(c.rng.int(5000, 50000), '人次')}`,
  ],
  party: [
    (c) => `召开党组理论学习中心组学习会${c.dn(c.rng.int(8, 30), '次')}，开展专题党课${c.dn(c.rng.int(3, 15), '场')}`,
    (c) => `为${c.dn(c.rng.int(10, 80), '名')}老党员颁发“光荣在党50年”纪念章`,
    (c) => `围绕群众关切，年内办结民生实事${c.dn(c.rng.int(10, 120), '件')}`,
  ],
};

/** Paperwork any section mentions: notices with document numbers, dates of firsts. */
export const paperwork: Distractor[] = [
  (c) => `印发《关于切实加强困难群众兜底保障工作的通知》（${c.unitName.slice(0, 1)}民${c.pick(['发', '办', ''])}〔${c.period.year}〕${c.rng.int(3, 120)}号）`,
  (c) => `${c.rng.int(1, 12)}月${c.rng.int(1, 28)}日，联合${c.self}财政局下发《${c.unitName}${c.pick(['社会救助资金管理办法', '养老服务补贴实施细则', '困难群众救助补助资金绩效评价办法'])}》（${c.unitName.slice(0, 1)}民〔${c.period.year}〕${c.rng.int(3, 80)}号）`,
  (c) => `${c.rng.int(1, 12)}月${c.rng.int(1, 28)}日办结${c.area.slice(1)}首例${c.pick(['婚姻登记', '残疾人两项补贴', '低保申请'])}“跨省通办”业务`,
  (c) => `经${c.self}政府第${c.rng.int(3, 40)}次常务会议研究同意，出台${c.pick(['社会救助', '养老服务', '儿童福利'])}领域${c.dn(c.rng.int(3, 12), '项')}配套政策`,
];

/** Plans and targets under 下一步 / 工作谋划: they look like results and are not. */
export const plans: Distractor[] = [
  (c) => `力争${c.area}养老床位达到${c.dn(big(c, 'elderly_beds', 1.05, 1.3), '张')}，护理型床位占比达到${c.dr(c.rng.pick([55, 60, 65]))}`,
  (c) => `适时将城乡低保标准提高到${c.ds(c.figures.dibao_standard_urban * c.rng.real(1.04, 1.1))}以上`,
  (c) => `完成${c.dn(big(c, 'home_adaptation_households', 0.8, 1.5), '户')}特殊困难老年人家庭适老化改造`,
  (c) => `新建${c.dn(c.rng.int(2, 20), '家')}养老机构，新增养老床位${c.dn(c.rng.int(200, 3000), '张')}`,
  (c) => `目标：实名注册志愿者占常住人口比例达到${c.dr(c.rng.pick([13, 15, 18]))}，社会组织总数突破${c.dn(big(c, 'social_organizations', 1.05, 1.2), '家')}`,
  (c) => `邻里小组服务处设置率达${c.dr(c.rng.pick([80, 85, 90]))}，全年开展协商议事目标超${c.pick(['一千', '五百', '两千'])}次`,
  (c) => `特困供养标准不低于低保标准的1.3倍，失能、半失能特困人员集中供养比例提高到${c.dr(c.rng.pick([60, 65, 70]))}`,
  (c) => `全年计划救助流浪乞讨人员${c.dn(big(c, 'vagrant_assistance_cases', 0.9, 1.2), '人次')}，确保“应救尽救”`,
  (c) => `募集慈善资金${c.dm(big(c, 'charity_donations', 1.1, 1.5))}以上`,
  (c) => `${c.pick(['明年', '今年，我们要', '新的一年将'])}力争${c.area}养老床位达到${c.dn(big(c, 'elderly_beds', 1.05, 1.3), '张')}；农村低保标准提高到每人每年${c.rng.int(60, 90) * 100}元；完成特殊困难老年人家庭适老化改造${c.dn(big(c, 'home_adaptation_households', 0.8, 1.5), '户')}`,
];
