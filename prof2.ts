import { loadEngine, DEFAULT_SEEDS_DIR } from './src/loadEngine.ts';
import { readFileSync } from 'node:fs';
const { engine } = await loadEngine(DEFAULT_SEEDS_DIR);
const qs = readFileSync('../shared/eval/dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
for (const q of qs) engine.ask(q.question, q.type);
const t=performance.now();
for (let i=0;i<100;i++) for (const q of qs) engine.ask(q.question, q.type);
console.log('per ask ms', (performance.now()-t)/(100*qs.length));
