// Drives `linnet-cli serve` on a tiny model with the official openai JavaScript
// client: models, chat completions (whole and streamed), think modes (reasoning_content),
// completions, embeddings, the
// state cache of a growing conversation (think modes too), an abort mid-stream, errors, the API key on a
// non-default address, and four clients at once. Every server listens on 127.0.0.x.
//
//   node api_test.mjs <linnet-cli> <model file> <data dir>
//
// Ends with "N passed, N failed" and exits non-zero when anything failed.
import OpenAI from 'openai';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const [cli, modelPath, dataDir] = process.argv.slice(2);
if (!cli || !modelPath || !dataDir) {
  console.error('usage: node api_test.mjs <linnet-cli> <model file> <data dir>');
  process.exit(2);
}

// A running `linnet-cli serve`: its base URL, model id and request log.
class Server {
  static async start(extraArgs = []) {
    const s = new Server();
    s.log = [];
    s.waiters = [];
    s.proc = spawn(cli, ['serve', '--data-dir', dataDir, '--model', modelPath, '--port', '0',
                         '--max-tokens-limit', '1000000', '--threads', '1', ...extraArgs],
                   { stdio: ['ignore', 'pipe', 'pipe'] });
    s.exited = new Promise((resolve) => s.proc.on('exit', (code) => resolve(code)));
    createInterface({ input: s.proc.stderr }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      s.log.push(JSON.parse(line));
      s.waiters = s.waiters.filter((w) => !w());
    });
    const ready = await new Promise((resolve, reject) => {
      createInterface({ input: s.proc.stdout }).once('line', (line) => resolve(JSON.parse(line)));
      s.exited.then((code) => reject(new Error(`linnet-cli serve exited with ${code}`)));
    });
    s.baseURL = ready.listening;
    s.model = ready.model;
    return s;
  }
  client(apiKey = 'unused') {
    return new OpenAI({ baseURL: this.baseURL, apiKey, maxRetries: 0, timeout: 120_000 });
  }
  // The first log entry (from `from` on) that `match` accepts, once it is written.
  entry(match, from = 0) {
    const find = () => this.log.slice(from).find(match);
    return new Promise((resolve) => {
      const check = () => { const e = find(); if (e) resolve(e); return !!e; };
      if (!check()) this.waiters.push(check);
    });
  }
  stop() { this.proc.kill('SIGTERM'); return this.exited; }
}

const results = { passed: 0, failed: 0 };
async function test(name, body) {
  try {
    await body();
    results.passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    results.failed++;
    console.log(`not ok - ${name}\n  ${String(e.stack || e).split('\n').join('\n  ')}`);
  }
}

async function expectError(promise, status, check = () => {}) {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof OpenAI.APIError, `expected an API error, got ${e}`);
    assert.equal(e.status, status, e.message);
    assert.equal(typeof e.error?.message, 'string', 'the body has error.message');
    check(e);
    return;
  }
  assert.fail(`expected status ${status}`);
}

const bytes = (text) => Buffer.byteLength(text, 'utf8');
const greedy = { temperature: 0, seed: 1 };

const server = await Server.start();
const openai = server.client();

async function stillServes() {
  const models = await openai.models.list();
  assert.equal(models.data[0].id, server.model);
}

await test('GET /v1/models lists the loaded model', async () => {
  const models = await openai.models.list();
  assert.deepEqual(models.data.map((m) => m.id), [server.model]);
  assert.equal(models.data[0].object, 'model');
});

let wholeReply;
await test('a chat completion, whole', async () => {
  const r = await openai.chat.completions.create({
    model: server.model, max_tokens: 24, ...greedy,
    messages: [{ role: 'system', content: 'You count.' }, { role: 'user', content: 'One, two,' }],
  });
  assert.equal(r.object, 'chat.completion');
  assert.equal(r.choices[0].message.role, 'assistant');
  assert.ok(['stop', 'length'].includes(r.choices[0].finish_reason));
  assert.ok(r.usage.completion_tokens > 0 && r.usage.completion_tokens <= 24);
  // The tiny model reads bytes: "System: …\n\nUser: …\n\nAssistant:".
  assert.equal(r.usage.prompt_tokens, bytes('System: You count.\n\nUser: One, two,\n\nAssistant:'));
  assert.equal(r.usage.prompt_tokens_details.cached_tokens, 0);
  wholeReply = r;
});

await test('the same chat streamed: the same text, its prompt taken whole from the cache', async () => {
  const stream = await openai.chat.completions.create({
    model: server.model, max_tokens: 24, ...greedy, stream: true, stream_options: { include_usage: true },
    messages: [{ role: 'system', content: 'You count.' }, { role: 'user', content: 'One, two,' }],
  });
  let text = '', finish = null, usage = null, deltas = 0;
  for await (const chunk of stream) {
    if (chunk.usage) usage = chunk.usage;
    for (const c of chunk.choices) {
      text += c.delta?.content ?? '';
      deltas += c.delta?.content ? 1 : 0;
      finish = c.finish_reason ?? finish;
    }
  }
  assert.equal(text, wholeReply.choices[0].message.content);
  assert.equal(finish, wholeReply.choices[0].finish_reason);
  assert.ok(deltas > 1, 'the reply came in pieces');
  assert.equal(usage.prompt_tokens, wholeReply.usage.prompt_tokens);
  assert.equal(usage.prompt_tokens_details.cached_tokens, usage.prompt_tokens);
  assert.equal(usage.completion_tokens, wholeReply.usage.completion_tokens);
});

await test('a text completion', async () => {
  const r = await openai.completions.create({ model: server.model, prompt: 'Once upon a time', max_tokens: 16, ...greedy });
  assert.equal(r.object, 'text_completion');
  assert.equal(typeof r.choices[0].text, 'string');
  assert.equal(r.usage.prompt_tokens, bytes('Once upon a time'));
  assert.ok(r.usage.completion_tokens > 0 && r.usage.completion_tokens <= 16);
  const again = await openai.completions.create({ model: server.model, prompt: 'Once upon a time', max_tokens: 16, ...greedy });
  assert.equal(again.choices[0].text, r.choices[0].text, 'same seed, same text');
});

await test('embeddings: unit vectors, the same text the same vector', async () => {
  const r = await openai.embeddings.create({ model: server.model, input: ['a cat sat', 'the stock market fell', 'a cat sat'] });
  assert.equal(r.data.length, 3);
  const [a, b, c] = r.data.map((d) => d.embedding);
  assert.ok(a.length > 0);
  const dot = (x, y) => x.reduce((s, v, i) => s + v * y[i], 0);
  assert.ok(Math.abs(dot(a, a) - 1) < 1e-4, `|a|² = ${dot(a, a)}`);
  assert.ok(Math.abs(dot(a, c) - 1) < 1e-4);
  assert.ok(dot(a, b) < 0.9999, 'different texts, different vectors');
  assert.equal(r.usage.prompt_tokens, bytes('a cat sat') * 2 + bytes('the stock market fell'));
  const floats = await openai.embeddings.create({ model: server.model, input: 'a cat sat', encoding_format: 'float' });
  assert.ok(floats.data[0].embedding.every((v, i) => Math.abs(v - a[i]) < 1e-6), 'float and base64 agree');
});

await test('finish_reason: "stop" at a stop text, "length" at max_tokens', async () => {
  const ask = (extra) => openai.chat.completions.create({
    model: server.model, ...greedy, messages: [{ role: 'user', content: 'One, two,' }], ...extra });
  const free = (await ask({ max_tokens: 24 })).choices[0].message.content;
  assert.ok(free.length > 8, free);
  const stop = free.slice(4, 7);
  const stopped = await ask({ max_tokens: 24, stop: [stop] });
  assert.equal(stopped.choices[0].finish_reason, 'stop');
  assert.equal(stopped.choices[0].message.content, free.slice(0, free.indexOf(stop)));
  const limited = await ask({ max_tokens: 2 });
  assert.equal(limited.choices[0].finish_reason, 'length');
  assert.equal(limited.usage.completion_tokens, 2);
});

await test('a growing conversation reads only its new message', async () => {
  const messages = [{ role: 'system', content: 'Cache test.' }, { role: 'user', content: 'Tell me about rivers.' }];
  const first = await openai.chat.completions.create({ model: server.model, max_tokens: 20, ...greedy, messages });
  const reply = first.choices[0].message.content;
  messages.push({ role: 'assistant', content: reply }, { role: 'user', content: 'And lakes?' });
  const from = server.log.length;
  const second = await openai.chat.completions.create({ model: server.model, max_tokens: 20, ...greedy, messages });
  const cached = second.usage.prompt_tokens_details.cached_tokens;
  assert.equal(cached, first.usage.prompt_tokens + first.usage.completion_tokens,
               `cached ${cached}, earlier prompt ${first.usage.prompt_tokens} + reply ${first.usage.completion_tokens}`);
  // Read: what the reply did not write of its end of turn, and the new user turn.
  const endOfTurn = first.choices[0].finish_reason === 'stop' ? '' : '\n\n';
  assert.equal(second.usage.prompt_tokens - cached, bytes(`${endOfTurn}User: And lakes?\n\nAssistant:`));
  const logged = await server.entry((e) => e.path === '/v1/chat/completions' && e.status === 200, from);
  assert.equal(logged.prompt_tokens_details.cached_tokens, cached);
});

await test('an abort mid-stream stops the generation, and the next request is served', async () => {
  const from = server.log.length;
  const controller = new AbortController();
  const stream = await openai.chat.completions.create({
    model: server.model, max_tokens: 1_000_000, temperature: 1, seed: 3, stream: true,
    messages: [{ role: 'user', content: 'Write forever.' }],
  }, { signal: controller.signal });
  let chunks = 0;
  try {
    for await (const _ of stream) {
      if (++chunks === 5) controller.abort();
    }
  } catch (e) {
    assert.ok(e instanceof OpenAI.APIUserAbortError || e.name === 'AbortError', String(e));
  }
  const stopped = await server.entry((e) => e.status === 499, from);
  assert.ok(stopped.completion_tokens < 1_000_000, `stopped after ${stopped.completion_tokens} tokens`);
  const next = await openai.chat.completions.create({
    model: server.model, max_tokens: 4, ...greedy, messages: [{ role: 'user', content: 'Hi' }],
  });
  assert.ok(next.usage.completion_tokens > 0);
});

// The tiny model knows nothing of thinking; with this seed (and top_p 0.9, as
// tst_chat_session samples) its first byte after the cue
// "<think" is ">", so its reply is a thought (left open: it never writes "</think>").
const thinkSeed = 105;

await test('think mode: the thought streams as reasoning_content deltas, the answer as content', async () => {
  const ask = { model: server.model, max_tokens: 24, temperature: 1, top_p: 0.9, seed: thinkSeed, think: 'think',
                messages: [{ role: 'user', content: 'Hi' }] };
  const whole = await openai.chat.completions.create(ask);
  const message = whole.choices[0].message;
  // The model read the G1 think cue, byte for byte.
  assert.equal(whole.usage.prompt_tokens, bytes('User: Hi\n\nAssistant: <think'));
  assert.equal(typeof message.reasoning_content, 'string');
  assert.ok(message.reasoning_content.length > 0, 'the reply has a thought');
  assert.ok(!message.content.includes('think>'), 'no tag in the answer');
  const stream = await openai.chat.completions.create({ ...ask, stream: true });
  let reasoning = '', content = '', pieces = 0;
  for await (const chunk of stream) {
    for (const c of chunk.choices) {
      reasoning += c.delta?.reasoning_content ?? '';
      content += c.delta?.content ?? '';
      pieces += c.delta?.reasoning_content ? 1 : 0;
    }
  }
  assert.equal(reasoning, message.reasoning_content);
  assert.equal(content, message.content);
  assert.ok(pieces > 1, 'the thought came in pieces');
  // A reply without a think mode has no reasoning_content.
  assert.equal(wholeReply.choices[0].message.reasoning_content, undefined);
});

await test('reasoning_effort picks the G1 form; an unknown mode or effort is refused', async () => {
  const ask = { model: server.model, max_tokens: 1, ...greedy, messages: [{ role: 'user', content: 'Hi' }] };
  const low = await openai.chat.completions.create({ ...ask, reasoning_effort: 'low' });
  assert.equal(low.usage.prompt_tokens, bytes('User: Hi think a bit\n\nAssistant: <think'));
  const fast = await openai.chat.completions.create({ ...ask, think: 'fast' });
  assert.equal(fast.usage.prompt_tokens, bytes('User: Hi\n\nAssistant: <think>\n</think'));
  await expectError(openai.chat.completions.create({ ...ask, think: 'ponder' }), 400,
                    (e) => assert.equal(e.param, 'think'));
  await expectError(openai.chat.completions.create({ ...ask, reasoning_effort: 'extreme' }), 400,
                    (e) => assert.equal(e.param, 'reasoning_effort'));
  await stillServes();
});

// A client sends a think-mode reply back without its thought (and the user message
// without the mode's words); the next turn still reads only its new message, and answers
// exactly as a server with no cache does.
await test('think mode: the next turn reads only its new message, as a cold server answers', async () => {
  for (const think of ['fast', 'think_bit']) {
    const ask = { model: server.model, max_tokens: 16, ...greedy, think };
    const first = await openai.chat.completions.create({ ...ask, messages: [{ role: 'user', content: 'Hi' }] });
    const messages = [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: first.choices[0].message.content },
                      { role: 'user', content: 'And lakes?' }];
    const second = await openai.chat.completions.create({ ...ask, messages });
    const read = second.usage.prompt_tokens - second.usage.prompt_tokens_details.cached_tokens;
    const cue = think === 'fast' ? 'User: And lakes?\n\nAssistant: <think>\n</think'
                                 : 'User: And lakes? think a bit\n\nAssistant: <think';
    assert.equal(read, bytes(cue), `${think}: read ${read} tokens`);
    const cold = await Server.start(['--cache-mb', '0']);
    try {
      const again = await cold.client().chat.completions.create({ ...ask, model: cold.model, messages });
      assert.equal(again.usage.prompt_tokens_details.cached_tokens, 0);
      assert.equal(again.choices[0].message.content, second.choices[0].message.content, think);
      assert.equal(again.choices[0].message.reasoning_content, second.choices[0].message.reasoning_content, think);
    } finally {
      await cold.stop();
    }
  }
});

await test('bad JSON: 400, and the server keeps serving', async () => {
  const response = await fetch(`${server.baseURL}/chat/completions`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"model": ',
  });
  assert.equal(response.status, 400);
  const body = await response.json();
  assert.equal(body.error.type, 'invalid_request_error');
  assert.match(body.error.message, /not valid JSON/);
  await stillServes();
});

await test('an unknown model: 404 model_not_found', async () => {
  await expectError(openai.chat.completions.create({ model: 'gpt-nothing', messages: [{ role: 'user', content: 'x' }] }),
                    404, (e) => assert.equal(e.code, 'model_not_found'));
  await stillServes();
});

await test('max_tokens -1: 400 naming max_tokens', async () => {
  await expectError(openai.chat.completions.create({ model: server.model, max_tokens: -1,
                                                     messages: [{ role: 'user', content: 'x' }] }),
                    400, (e) => assert.equal(e.param, 'max_tokens'));
  await stillServes();
});

await test('a 20 MB body: 413', async () => {
  await expectError(openai.chat.completions.create({ model: server.model,
                                                     messages: [{ role: 'user', content: 'x'.repeat(20 << 20) }] }),
                    413);
  await stillServes();
});

await test('four clients at once are all answered', async () => {
  const replies = await Promise.all([0, 1, 2, 3].map((i) => server.client().chat.completions.create({
    model: server.model, max_tokens: 8, temperature: 0, seed: i, stream: i % 2 === 1,
    messages: [{ role: 'user', content: `Client ${i} says hello.` }],
  }).then(async (r) => {
    if (!(i % 2)) return r.choices[0].message.content;
    let text = '';
    for await (const chunk of r) text += chunk.choices[0]?.delta?.content ?? '';
    return text;
  })));
  assert.equal(replies.length, 4);
  replies.forEach((r) => assert.equal(typeof r, 'string'));
});

await server.stop();

await test('another address without a key is refused at start', async () => {
  await assert.rejects(Server.start(['--host', '127.0.0.2']), /exited with 1/);
});

await test('on 127.0.0.2 a key is required: missing or wrong → 401', async () => {
  const keyed = await Server.start(['--host', '127.0.0.2', '--api-key', 'sesame']);
  try {
    assert.match(keyed.baseURL, /^http:\/\/127\.0\.0\.2:/);
    const bare = await fetch(`${keyed.baseURL}/models`);
    assert.equal(bare.status, 401);
    assert.equal((await bare.json()).error.code, 'invalid_api_key');
    await expectError(keyed.client('wrong').models.list(), 401);
    const models = await keyed.client('sesame').models.list();
    assert.equal(models.data[0].id, keyed.model);
  } finally {
    await keyed.stop();
  }
});

console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
