import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AcceptedArticle, DuplicateArticle } from '@sijill/contracts';
import { identify } from '@sijill/core';
import { ServiceProcess, testEnvironment, TopicProbe, type TestEnvironment } from '@sijill/testing';

const root = join(__dirname, '..');
const examples = join(root, 'examples', 'articles.jsonl');
const token = 'e2e-token-0123456789abcdef';

function runCli(
  args: string[],
  env: TestEnvironment,
): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [join(root, 'dist/apps/cli/src/main.js'), ...args], {
    env: { ...process.env, ...env.serviceEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout })));
}

describe('publishing through the CLI and HTTP, on real Kafka and Redis', () => {
  let env: TestEnvironment;
  let ingestor: ServiceProcess;
  let gateway: ServiceProcess;
  let probe: TopicProbe;
  const articles = readFileSync(examples, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id?: string; body: string; url?: string });
  const ids = articles.map((a) => identify(a).identity.articleId).sort();

  beforeAll(async () => {
    env = testEnvironment('publish');
    [ingestor, gateway] = await Promise.all([
      ServiceProcess.start('ingestor', { ...env.serviceEnv, SIJILL_INSTANCE_ID: 'publish-1' }),
      ServiceProcess.start('gateway', { ...env.serviceEnv, SIJILL_GATEWAY_TOKEN: token }),
    ]);
    await Promise.all([ingestor.waitForReadiness(200), gateway.waitForReadiness(200)]);
    probe = await TopicProbe.start(env.brokers, [env.topics.accepted, env.topics.duplicates]);
  }, 120_000);

  afterAll(async () => {
    await probe?.stop();
    expect(await gateway?.stop()).toBe(0);
    expect(await ingestor?.stop()).toBe(0);
  });

  it('forwards each article exactly once when the same set is published twice', async () => {
    const cli = await runCli(['publish', examples, '--json'], env);
    expect(cli.code).toBe(0);
    const report = JSON.parse(cli.stdout) as { sent: { id: string }[]; refused: unknown[] };
    expect(report.sent.map((s) => s.id).sort()).toEqual(ids);
    expect(report.refused).toEqual([]);
    await probe.waitFor(
      'every article once',
      (p) => p.on(env.topics.accepted).length >= ids.length,
    );

    const response = await fetch(`${gateway.url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(articles),
    });
    expect(response.status).toBe(202);
    const answer = (await response.json()) as { accepted: unknown[]; refused: unknown[] };
    expect(answer.accepted).toHaveLength(ids.length);

    await probe.waitFor(
      'a duplicate per republished article',
      (p) => p.on(env.topics.duplicates).length >= ids.length,
    );
    const accepted = probe.values<AcceptedArticle>(env.topics.accepted).map((a) => a.articleId);
    expect(accepted.sort()).toEqual(ids);
    const duplicates = probe.values<DuplicateArticle>(env.topics.duplicates);
    expect(duplicates.map((d) => d.articleId).sort()).toEqual(ids);
    expect(duplicates.every((d) => d.duplicateOf === d.articleId && d.reason === 'same-id')).toBe(
      true,
    );
  });

  it('refuses bad input with a reason at both doors and sends nothing for it', async () => {
    const unauthorised = await fetch(`${gateway.url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'x' }),
    });
    expect(unauthorised.status).toBe(401);

    const bad = await fetch(`${gateway.url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'no body' }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ reason: 'missing-body' });

    const file = join(mkdtempSync(join(tmpdir(), 'sijill-publish-')), 'bad.jsonl');
    writeFileSync(file, '{"title":"no body"}\n{"body": 42}\n');
    const cli = await runCli(['publish', file, '--json'], env);
    expect(cli.code).toBe(2);
    const report = JSON.parse(cli.stdout) as {
      sent: unknown[];
      refused: { line: number; reason: string }[];
    };
    expect(report.sent).toEqual([]);
    expect(report.refused.map((r) => [r.line, r.reason])).toEqual([
      [1, 'missing-body'],
      [2, 'wrong-type'],
    ]);
  });
});
