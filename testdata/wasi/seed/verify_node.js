// Reference check of the seed binaries under node's WASI.
// usage: node --no-warnings verify_node.js PROG.wasm HOSTDIR GUESTDIR [PWD]
// C and Rust: GUESTDIR "." or "/"; Go: "/" or an absolute dir with PWD set.
const fs = require('fs');
const { WASI } = require('node:wasi');
const [prog, dir, guest, pwd] = process.argv.slice(2);
const env = pwd ? { PWD: pwd } : {};
const wasi = new WASI({ version: 'preview1', args: ['seed'], env, preopens: { [guest]: dir }, returnOnExit: true });
WebAssembly.instantiate(fs.readFileSync(prog), wasi.getImportObject())
  .then(({ instance }) => { process.exitCode = wasi.start(instance); });
