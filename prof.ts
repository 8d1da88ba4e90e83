import { loadEngine, DEFAULT_SEEDS_DIR } from './src/loadEngine.ts';
import { readFileSync } from 'node:fs';
const { engine } = await loadEngine(DEFAULT_SEEDS_DIR);
const qs = readFileSync('../shared/eval/dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
for (const q of qs) engine.ask(q.question, q.type);
const res: [number, string][] = [];
for (const q of qs) { const ts: number[] = []; for (let i=0;i<20;i++){ const t=performance.now(); engine.ask(q.question,q.type); ts.push(performance.now()-t);} ts.sort((a,b)=>a-b); res.push([ts[10]!, `${q.id} max ${ts[19]!.toFixed(2)}`]); }
res.sort((a,b)=>b[0]-a[0]); for (const r of res.slice(0,8)) console.log(r[0].toFixed(2), r[1]);
