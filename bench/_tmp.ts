import { run } from './extract.ts';
const s = await run();
console.log(s.lines.join('\n'));
