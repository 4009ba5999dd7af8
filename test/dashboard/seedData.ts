// Three prefectures' 2021 reports in two provinces: one figure read with low confidence (芜湖's
// 低保 count) is what the review tests reject.
import { prefectureFacts, type SeedUnit } from './dashboardStack.ts';

export const hefei = prefectureFacts('340100', '合肥市', '340000', 'r-hefei', [
  { metric: 'dibao_recipients', value: 12345, unit: '人', quote: '全市城乡低保对象共计12,345人', figure: '12,345', confidence: 0.95 },
  { metric: 'elderly_beds', value: 3456, unit: '张', quote: '全市养老机构床位3456张', figure: '3456', confidence: 0.7 },
]);

export const wuhu = prefectureFacts('340200', '芜湖市', '340000', 'r-wuhu', [
  { metric: 'dibao_recipients', value: 5000, unit: '人', quote: '年末保障对象约5000人', figure: '5000', confidence: 0.6 },
  { metric: 'elderly_beds', value: 1000, unit: '张', quote: '新增养老床位1000张', figure: '1000', confidence: 0.9 },
]);

export const nanjing = prefectureFacts('320100', '南京市', '320000', 'r-nanjing', [
  { metric: 'dibao_recipients', value: 20000, unit: '人', quote: '全市城乡低保对象20000人', figure: '20000', confidence: 0.95 },
]);

export const seedUnits: SeedUnit[] = [{ facts: hefei }, { facts: wuhu }, { facts: nanjing }];
