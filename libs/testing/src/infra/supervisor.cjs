'use strict';
// Keeps one server process (Kafka, Redis) tied to the lifetime of whoever started it, so a killed
// test runner never leaves a broker behind. Plain CommonJS because it runs under bare `node`, both
// from the TypeScript sources (jest) and from dist (npm run infra:up).
//
//   node supervisor.cjs [--watch-stdin] [--restartable] [--grace-ms N] [--remove-dir DIR] -- cmd args…
//
// --watch-stdin  stop the child and exit when stdin closes (the parent died or let go of the pipe).
// --restartable  SIGUSR2 stops the child but keeps the supervisor; SIGUSR1 starts it again.
//                Without it, the supervisor exits with the child's exit code.
// --grace-ms     how long the child gets between SIGTERM and SIGKILL (default 10000).
// --remove-dir   removed after the child has exited for good.
// SIGTERM, SIGINT and SIGHUP stop the child and exit 0.

const { spawn } = require('node:child_process');
const { rmSync } = require('node:fs');

const options = { watchStdin: false, restartable: false, graceMs: 10_000, removeDirs: [] };
const argv = process.argv.slice(2);
const commandIndex = argv.indexOf('--');
if (commandIndex < 0 || commandIndex === argv.length - 1) {
  process.stderr.write('supervisor: usage: supervisor.cjs [options] -- command [args…]\n');
  process.exit(64);
}
for (let i = 0; i < commandIndex; i += 1) {
  const flag = argv[i];
  if (flag === '--watch-stdin') options.watchStdin = true;
  else if (flag === '--restartable') options.restartable = true;
  else if (flag === '--grace-ms') options.graceMs = Number(argv[++i]);
  else if (flag === '--remove-dir') options.removeDirs.push(argv[++i]);
  else {
    process.stderr.write(`supervisor: unknown option ${flag}\n`);
    process.exit(64);
  }
}
const [command, ...args] = argv.slice(commandIndex + 1);

let child = null;
let stopping = false;
let killTimer = null;
let shuttingDown = false;
let restartWanted = false;

function log(message) {
  process.stderr.write(`supervisor[${process.pid}]: ${message}\n`);
}

function startChild() {
  restartWanted = false;
  stopping = false;
  const started = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  child = started;
  started.on('error', (error) => {
    log(`cannot run ${command}: ${error.message}`);
    if (started.pid === undefined) childGone(started, 127);
  });
  started.on('exit', (code, signal) => {
    log(`child ${started.pid} exited (code ${code}, signal ${signal})`);
    childGone(started, code === null ? 1 : code);
  });
  if (started.pid !== undefined) log(`started ${command} as ${started.pid}`);
}

function childGone(gone, code) {
  if (child !== gone) return;
  child = null;
  stopping = false;
  if (killTimer) clearTimeout(killTimer);
  killTimer = null;
  if (shuttingDown) return finish(0);
  if (restartWanted) return startChild();
  if (!options.restartable) return finish(code);
}

function stopChild() {
  if (!child || stopping) return child !== null;
  const running = child;
  stopping = true;
  running.kill('SIGTERM');
  killTimer = setTimeout(() => {
    log(`child ${running.pid} ignored SIGTERM for ${options.graceMs} ms; killing it`);
    running.kill('SIGKILL');
  }, options.graceMs);
  return true;
}

function shutdown(reason) {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`shutting down (${reason})`);
  if (!stopChild()) finish(0);
}

function finish(code) {
  if (shuttingDown) {
    for (const dir of options.removeDirs) {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch (error) {
        log(`cannot remove ${dir}: ${error.message}`);
      }
    }
  }
  process.exit(code);
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => shutdown(signal));

if (options.restartable) {
  // With its server stopped and no stdin to watch, nothing else keeps a detached supervisor alive.
  setInterval(() => {}, 1 << 30);
  process.on('SIGUSR2', () => {
    restartWanted = false;
    stopChild();
  });
  process.on('SIGUSR1', () => {
    if (shuttingDown) return;
    if (!child) startChild();
    else if (stopping) restartWanted = true;
  });
}

if (options.watchStdin) {
  process.stdin.on('data', () => {});
  process.stdin.on('end', () => shutdown('stdin closed'));
  process.stdin.on('close', () => shutdown('stdin closed'));
  process.stdin.on('error', () => shutdown('stdin error'));
  process.stdin.resume();
}

startChild();
