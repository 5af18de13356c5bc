// Test-runner command `follow-up-receiver`: a real receiver (follow-up-receiver.ts, in a child
// process with tsx) for the browser tests of the form's follow-up. `{ action: 'start', origin }`
// starts it once and answers `{ url, publicKey }`; `{ action: 'reply', receipt, text }` has a case
// worker reply to a report through the inbox's routes; `{ action: 'messages', receipt }` reads the
// thread as the case worker sees it, the reporter's answers decrypted. The child stops with the runner.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

let child;
let started;

function start(origin) {
  started ??= new Promise((resolve, reject) => {
    child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/follow-up-receiver.ts', origin], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the follow-up receiver stopped (${code})`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
  });
  return started;
}

export function followUpReceiverPlugin() {
  return {
    name: 'safe-follow-up-receiver',
    async executeCommand({ command, payload }) {
      if (command !== 'follow-up-receiver') return undefined;
      if (payload.action === 'start') {
        const { url, publicKey } = await start(payload.origin);
        return { url, publicKey };
      }
      const { control } = await started;
      const response = await fetch(`${control}/${payload.action}`, { method: 'POST', body: JSON.stringify(payload) });
      return response.json();
    },
    serverStop() {
      child?.stdin.end();
      child?.kill('SIGTERM');
    },
  };
}
