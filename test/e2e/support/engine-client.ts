/** Starts the engine host (engine-host.ts, under tsx) and calls it: one process per Playwright worker. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { HostReply, HostRequest } from './engine-host';
import { PROJECT_ROOT } from './paths';
import { fromWireJson, toWireJson } from './wire';

export interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string; details?: Record<string, unknown> };
}

type Pending = { resolve(reply: HostReply): void; reject(error: Error): void };
type Outgoing = { type: 'open'; dbPath: string; resourcesDir: string; reviewer: string } | { type: 'call'; name: string; argJson: string };

export class EngineHost {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: HostReply) => {
      if ('id' in reply) {
        this.pending.get(reply.id)?.resolve(reply);
        this.pending.delete(reply.id);
      }
    });
    child.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`The test engine exited (code ${code}).`));
      this.pending.clear();
    });
  }

  static async start(): Promise<EngineHost> {
    const child = fork(join(PROJECT_ROOT, 'test', 'e2e', 'support', 'engine-host.ts'), [], {
      cwd: PROJECT_ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`The test engine did not start (exit code ${code}).`)));
    });
    return new EngineHost(child);
  }

  private request(message: Outgoing): Promise<HostReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ ...message, id } as HostRequest);
    });
  }

  async open(dbPath: string, resourcesDir: string, reviewer: string): Promise<void> {
    await this.request({ type: 'open', dbPath, resourcesDir, reviewer });
  }

  /** A call as wire JSON in, the envelope as wire JSON out (what the page's bridge sends and receives). */
  async dispatchJson(name: string, argJson: string): Promise<string> {
    const reply = await this.request({ type: 'call', name, argJson });
    return (reply as { json: string }).json;
  }

  async dispatch(name: string, arg: unknown): Promise<Envelope> {
    return fromWireJson(await this.dispatchJson(name, toWireJson(arg))) as Envelope;
  }

  stop(): void {
    this.child.disconnect();
  }
}
