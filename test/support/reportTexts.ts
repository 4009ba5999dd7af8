// Small report texts in the shape bureaus write them, for ingest tests.

export function gulouReport(options: { unit?: string; period: string; asOf?: string; dibao: number }): string {
  const unit = options.unit ?? '南京市鼓楼区';
  const asOf = options.asOf ? `截至${options.asOf}，` : '';
  return [
    `${unit}民政局${options.period}工作总结`,
    `${asOf}全区共有城市低保对象${options.dibao}人，发放低保资金567.8万元。全区养老机构床位3456张。`,
  ].join('\n');
}

export function templateReport(): string {
  return ['____区民政局2021年工作总结', '全区共有城市低保对象xxx人，发放低保资金xx.x万元，养老机构床位xxx张。'].join('\n');
}
