// Loads an N-Triples file into an in-memory Oxigraph store, streaming it in chunks, and prints the
// load time and the number of triples: the figure docs/scale-out.md gives for 100,000 facts.
// Usage: node tests/sparql/load.mjs FILE.nt (after npm ci in tests/sparql).
import { openSync, readSync, closeSync } from "node:fs";
import oxigraph from "oxigraph";

function* chunks(file) {
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(1 << 22);
  try {
    for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0;) {
      yield Buffer.from(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}

const store = new oxigraph.Store();
const start = process.hrtime.bigint();
store.load(chunks(process.argv[2]), { format: "application/n-triples", no_transaction: true });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(`${Math.round(ms).toLocaleString("en-US")} ms (${store.size.toLocaleString("en-US")} triples, ${Math.round(store.size / ms).toLocaleString("en-US")} a millisecond)`);
