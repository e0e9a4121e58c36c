// `npm run ui:screenshot -- OUT.png [--width 390] [--query "layout=axis&lang=ar"]`: the pipeline on
// the example articles, on real Kafka and Redis that it provisions itself, then the gateway's
// timeline page in headless Chromium, written as a full-page PNG.
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { confineToLoopback, launchChromium } from '../e2e/chromium';
import {
  publishWithCli,
  settledTimeline,
  startPipelineServices,
  type PipelineServices,
} from '../e2e/pipeline-services';
import { locateRepoRoot } from '../infra/locate-repo-root';
import { startDemoInfrastructure } from './start-demo-infrastructure';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function main(): Promise<void> {
  const command = new Command()
    .name('ui:screenshot')
    .argument('<out>', 'the PNG to write')
    .option('--width <px>', 'the viewport width', '1280')
    .option('--query <query>', 'the page address query, e.g. "layout=axis&lang=ar"', '')
    .parse();
  const [out = 'timeline.png'] = command.args;
  const options = command.opts<{ width: string; query: string }>();
  const width = Number(options.width);
  if (!Number.isInteger(width) || width < 200) throw new Error(`--width ${options.width}`);

  say('Starting Kafka and Redis …');
  const { infrastructure, env } = await startDemoInfrastructure('screenshot', say);
  let services: PipelineServices | undefined;
  const browser = await launchChromium();
  try {
    say('Starting the services and publishing examples/ …');
    services = await startPipelineServices(env);
    publishWithCli(env, [join(locateRepoRoot(), 'examples')]);
    const entries = await settledTimeline(services.gateway.url);
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 844 : 900 },
      deviceScaleFactor: 1,
    });
    const refused = await confineToLoopback(context);
    const page = await context.newPage();
    const query = options.query === '' ? '' : `?${options.query.replace(/^\?/, '')}`;
    await page.goto(`${services.gateway.url}/${query}`);
    await page
      .locator('.entry')
      .nth(entries.length - 1)
      .waitFor();
    await page.locator('#live-status[data-status="live"]').waitFor();
    const path = resolve(out);
    await page.screenshot({ path, fullPage: true });
    say(`Wrote ${path} (${width} px wide, ${entries.length} entries).`);
    if (refused.length > 0) throw new Error(`The page asked other hosts: ${refused.join(', ')}`);
  } finally {
    await browser.close();
    await services?.stop();
    await infrastructure.stop();
  }
}

main().catch((error: unknown) => {
  say(`ui:screenshot failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
