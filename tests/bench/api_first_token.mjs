// Time to first token through the local API, at the 2nd, 5th and 10th turn of a
// growing conversation, with the state cache and without it (--cache-mb 0). Not a
// test: run it under the build lock and write the figures to docs/benchmarks.md.
//
//   node tests/bench/api_first_token.mjs LINNET_CLI MODEL DATA_DIR [ROUNDS]
//
// Both servers run at once on 127.0.0.1; each turn is timed on one then the other, in
// alternating order over ROUNDS conversations, so a busy host slows both alike. The
// replies come from the cached server (greedy, so the other writes the same) and are
// sent back to both, as an OpenAI client re-sends the history.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const [cli, model, dataDir, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 3);
const turnsTimed = [2, 5, 10];
const userText = (turn) => `Turn ${turn}. Here is a paragraph about rivers, lakes and the sea, long enough to ` +
  'cost the model some reading: water flows downhill, gathers in valleys, and reaches the ocean after a long ' +
  `journey through fields and towns. What do you make of part ${turn}?`;

async function startServer(extra) {
  const proc = spawn(cli, ['serve', '--data-dir', dataDir, '--model', model, '--port', '0', '--strategy', 'cpu bf16',
                           ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = await new Promise((resolve) => createInterface({ input: proc.stdout }).once('line', (l) => resolve(JSON.parse(l))));
  return { proc, url: ready.listening, model: ready.model };
}

// Streams one reply; returns the ms to the first event and the reply text.
async function turn(server, messages) {
  const started = performance.now();
  const response = await fetch(`${server.url}/chat/completions`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: server.model, messages, max_tokens: 16, temperature: 0, stream: true,
                           stream_options: { include_usage: true } }),
  });
  let first = 0, text = '', cached = 0, prompt = 0, buffer = '';
  for await (const piece of response.body) {
    if (!first) first = performance.now() - started;
    buffer += Buffer.from(piece).toString();
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const line = buffer.slice(0, end).replace(/^data: /, '');
      buffer = buffer.slice(end + 2);
      if (line === '[DONE]') continue;
      const event = JSON.parse(line);
      text += event.choices?.[0]?.delta?.content ?? '';
      if (event.usage) { cached = event.usage.prompt_tokens_details.cached_tokens; prompt = event.usage.prompt_tokens; }
    }
  }
  return { ms: first, text, cached, prompt };
}

const cached = await startServer([]);
const uncached = await startServer(['--cache-mb', '0']);
const samples = {};
for (let round = 0; round < rounds; ++round) {
  const messages = [{ role: 'system', content: `Benchmark conversation ${round}.` }];
  for (let t = 1; t <= Math.max(...turnsTimed); ++t) {
    messages.push({ role: 'user', content: userText(t) });
    const order = (round + t) % 2 ? [cached, uncached] : [uncached, cached];
    const results = new Map();
    for (const server of order) results.set(server, await turn(server, messages));
    const a = results.get(cached), b = results.get(uncached);
    if (turnsTimed.includes(t)) {
      (samples[t] ??= []).push({ cached: a.ms, uncached: b.ms, prompt: a.prompt, read: a.prompt - a.cached });
    }
    messages.push({ role: 'assistant', content: a.text });
  }
}
cached.proc.kill();
uncached.proc.kill();
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log('| turn | prompt tokens | read with cache | first token, cache (ms) | first token, no cache (ms) |');
console.log('|---:|---:|---:|---:|---:|');
for (const t of turnsTimed) {
  const s = samples[t];
  console.log(`| ${t} | ${s[0].prompt} | ${s[0].read} | ${median(s.map((x) => x.cached)).toFixed(0)} | ` +
              `${median(s.map((x) => x.uncached)).toFixed(0)} |`);
}
