// Stops what test/global-setup.ts started (jest runs both in the same process).
export default async function globalTeardown(): Promise<void> {
  const infrastructure = globalThis.__sijillInfrastructure;
  globalThis.__sijillInfrastructure = undefined;
  if (infrastructure === undefined) return;
  const startedAt = Date.now();
  await infrastructure.stop();
  process.stderr.write(`[test infra] stopped in ${Date.now() - startedAt} ms\n`);
}
