// node-wasi.mjs - runs a WASI preview1 command module under node's V8.
//
//   node runners/node-wasi.mjs [--report] [--wasi=shim|node] FILE.wasm [ARGS...]
//
// --wasi=node uses node's own node:wasi module. --wasi=shim (the default
// the harness uses) uses the minimal preview1 layer below: args, environ
// (empty), fd_write/fd_read on stdio, clocks, random, proc_exit; every other
// import returns ENOSYS. The shim exists because node:wasi in node 20.20
// crashes the process (SIGSEGV in V8's KeyedLoadIC after _start returns)
// on several of the benchmark programs; the code V8 generates for the
// module is the same either way, and the benchmark programs only call
// fd_write a few times.
//
// stdout/stderr pass through. With --report, one JSON line
// {"compile_ns":..,"instantiate_ns":..,"run_ns":..} is written to the file
// named by KILNBENCH_REPORT (if set). The exit code is the module's.
import { readFileSync, writeFileSync, writeSync, readSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { WASI } from 'node:wasi';
import process from 'node:process';

process.removeAllListeners('warning'); // silence the ExperimentalWarning banner

let args = process.argv.slice(2);
let report = false;
let mode = 'shim';
while (args.length && args[0].startsWith('--')) {
  const a = args.shift();
  if (a === '--report') report = true;
  else if (a.startsWith('--wasi=')) mode = a.slice(7);
  else { console.error('unknown flag ' + a); process.exit(2); }
}
if (args.length < 1) {
  console.error('usage: node-wasi.mjs [--report] [--wasi=shim|node] FILE.wasm [ARGS...]');
  process.exit(2);
}

class ProcExit { constructor(code) { this.code = code; } }

function shim(argv) {
  const enc = new TextEncoder();
  const argb = argv.map((a) => enc.encode(a));
  let mem = null;
  const dv = () => new DataView(mem.buffer);
  const ENOSYS = 52, EBADF = 8;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const fns = {
    args_sizes_get(pc, psz) {
      dv().setUint32(pc, argb.length, true);
      dv().setUint32(psz, argb.reduce((s, b) => s + b.length + 1, 0), true);
      return 0;
    },
    args_get(pp, pb) {
      const u = new Uint8Array(mem.buffer);
      for (const b of argb) {
        dv().setUint32(pp, pb, true); pp += 4;
        u.set(b, pb); u[pb + b.length] = 0; pb += b.length + 1;
      }
      return 0;
    },
    environ_sizes_get(pc, psz) { dv().setUint32(pc, 0, true); dv().setUint32(psz, 0, true); return 0; },
    environ_get() { return 0; },
    fd_write(fd, iovs, n, pnw) {
      if (fd !== 1 && fd !== 2) return EBADF;
      const v = dv();
      let total = 0;
      for (let i = 0; i < n; i++) {
        const p = v.getUint32(iovs + 8 * i, true), l = v.getUint32(iovs + 8 * i + 4, true);
        let off = 0;
        while (off < l) off += writeSync(fd, new Uint8Array(mem.buffer, p + off, l - off));
        total += l;
      }
      dv().setUint32(pnw, total, true);
      return 0;
    },
    fd_read(fd, iovs, n, pnr) {
      if (fd !== 0) return EBADF;
      let total = 0;
      for (let i = 0; i < n; i++) {
        const p = dv().getUint32(iovs + 8 * i, true), l = dv().getUint32(iovs + 8 * i + 4, true);
        let got = 0;
        try { got = readSync(0, new Uint8Array(mem.buffer, p, l)); } catch { got = 0; }
        total += got;
        if (got < l) break;
      }
      dv().setUint32(pnr, total, true);
      return 0;
    },
    fd_fdstat_get(fd, p) {
      if (fd > 2) return EBADF;
      new Uint8Array(mem.buffer, p, 24).fill(0);
      dv().setUint8(p, 2); // character device
      return 0;
    },
    fd_prestat_get() { return EBADF; },
    fd_close() { return EBADF; },
    fd_seek() { return 70; }, // ESPIPE
    clock_time_get(id, _prec, p) {
      const t = id === 0 ? BigInt(Date.now()) * 1000000n : process.hrtime.bigint();
      dv().setBigUint64(p, t, true);
      return 0;
    },
    clock_res_get(_id, p) { dv().setBigUint64(p, 1000n, true); return 0; },
    random_get(p, n) { randomFillSync(new Uint8Array(mem.buffer, p, n)); return 0; },
    sched_yield() { return 0; },
    // Clock subscriptions sleep (Go's runtime uses this for usleep); fd
    // subscriptions are reported ready at once.
    poll_oneoff(pin, pout, nsubs, pnevents) {
      let v = dv();
      let sleepNs = -1n;
      const now = process.hrtime.bigint();
      for (let i = 0; i < nsubs; i++) {
        const s = pin + 48 * i;
        if (v.getUint8(s + 8) !== 0) { sleepNs = 0n; continue; }
        const id = v.getUint32(s + 16, true);
        let t = v.getBigUint64(s + 24, true);
        if (v.getUint16(s + 40, true) & 1) { // absolute
          const base = id === 0 ? BigInt(Date.now()) * 1000000n : now;
          t = t > base ? t - base : 0n;
        }
        if (sleepNs < 0n || t < sleepNs) sleepNs = t;
      }
      if (sleepNs > 0n) Atomics.wait(sleeper, 0, 0, Number(sleepNs) / 1e6);
      v = dv();
      for (let i = 0; i < nsubs; i++) {
        const s = pin + 48 * i, e = pout + 32 * i;
        new Uint8Array(mem.buffer, e, 32).fill(0);
        v.setBigUint64(e, v.getBigUint64(s, true), true);
        v.setUint8(e + 10, v.getUint8(s + 8));
      }
      v.setUint32(pnevents, nsubs, true);
      return 0;
    },
    proc_exit(code) { throw new ProcExit(code); },
  };
  return {
    imports(mod) {
      const ns = {};
      for (const imp of WebAssembly.Module.imports(mod)) {
        if (imp.kind !== 'function') continue;
        if (imp.module !== 'wasi_snapshot_preview1') throw new Error('unsupported import ' + imp.module + '.' + imp.name);
        ns[imp.name] = fns[imp.name] ?? (() => ENOSYS);
      }
      return { wasi_snapshot_preview1: ns };
    },
    start(inst) {
      mem = inst.exports.memory;
      try {
        inst.exports._start();
        return 0;
      } catch (e) {
        if (e instanceof ProcExit) return e.code;
        throw e;
      }
    },
  };
}

const file = args[0];
const bytes = readFileSync(file);
const t0 = process.hrtime.bigint();
const mod = await WebAssembly.compile(bytes);
const t1 = process.hrtime.bigint();
let inst, start;
if (mode === 'node') {
  const wasi = new WASI({ version: 'preview1', args, env: {}, returnOnExit: true });
  inst = await WebAssembly.instantiate(mod, wasi.getImportObject());
  start = () => wasi.start(inst);
} else if (mode === 'shim') {
  const w = shim(args);
  inst = await WebAssembly.instantiate(mod, w.imports(mod));
  start = () => w.start(inst);
} else {
  console.error('unknown --wasi mode ' + mode);
  process.exit(2);
}
const t2 = process.hrtime.bigint();
const code = start();
const t3 = process.hrtime.bigint();
if (report && process.env.KILNBENCH_REPORT) {
  writeFileSync(process.env.KILNBENCH_REPORT, JSON.stringify({
    compile_ns: Number(t1 - t0), instantiate_ns: Number(t2 - t1), run_ns: Number(t3 - t2),
  }) + '\n');
}
process.exitCode = code ?? 0;
