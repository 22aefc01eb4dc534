// The RDF export of content/, loaded into Oxigraph (its WebAssembly build), answers the article's
// questions in SPARQL; the Turtle export holds the same triples; and every hostile string of the
// test fixture reads back exactly as the JSON export gives it. Needs a built src/FactBase.Cli
// (`dotnet build`), as .ci/run leaves it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import oxigraph from "oxigraph";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const hostile = path.join(repo, "tests/FactBase.Cli.Tests/Fixtures/hostile");

function factbase(...args) {
  const run = spawnSync("dotnet", ["run", "--no-build", "--project", path.join(repo, "src/FactBase.Cli"), "--", ...args], {
    cwd: repo,
    maxBuffer: 1 << 30,
  });
  assert.equal(run.status, 0, `factbase ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

function load(text, format) {
  const store = new oxigraph.Store();
  store.load(text, { format });
  return store;
}

const prefixes = `
  PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
  PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
  PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
  PREFIX prov: <http://www.w3.org/ns/prov#>
  PREFIX fb: <https://example.org/factbase/ontology#>
  PREFIX fbf: <https://example.org/factbase/fact/>
  PREFIX fbk: <https://example.org/factbase/kind/>
  PREFIX fbd: <https://example.org/factbase/prop/direct/>
  PREFIX fbv: <https://example.org/factbase/prop/value/>
`;

const fact = "https://example.org/factbase/fact/";
const content = load(factbase("export", "content", "--format", "nt"), "application/n-triples");

/** The rows of a SELECT, each an object of variable name to the term's value. */
function select(store, query) {
  return store.query(prefixes + query).map((row) => Object.fromEntries([...row].map(([name, term]) => [name, term.value])));
}

test("which donation was rejected, from whom, for how much, in protest at what", () => {
  const rows = select(content, `
    SELECT ?donation ?donor ?recipient ?amount ?currency ?contract WHERE {
      ?donation a fbk:donation ; fbd:outcome "rejected" ; fbd:donor ?donor ; fbd:recipient ?recipient ;
                fbd:protesting ?contract ; fbv:amount ?value .
      ?value fb:amount ?amount ; fb:currency ?currency .
    }`);
  assert.deepEqual(rows, [{
    donation: fact + "salesforce-donation-to-raices", donor: fact + "salesforce", recipient: fact + "raices",
    amount: "250000", currency: "USD", contract: fact + "salesforce-cbp-contract",
  }]);
});

test("the unconfirmed $40 million is an approximation, and the activists claim it", () => {
  const rows = select(content, `
    SELECT ?claim ?about ?currency ?by ?note ?contract WHERE {
      ?claim prov:wasDerivedFrom ?citation ; fbv:value ?value ; fbd:refers-to ?contract .
      ?citation fb:status "unconfirmed" ; fb:by ?by ; fb:note ?note .
      ?value fb:approximately ?about ; fb:currency ?currency .
      FILTER NOT EXISTS { ?value fb:amount ?exact }
    }`);
  assert.deepEqual(rows, [{
    claim: fact + "activists-contract-value-claim", about: "40000000", currency: "USD", by: fact + "activists",
    note: "Salesforce would neither confirm nor deny that figure", contract: fact + "salesforce-cbp-contract",
  }]);
});

test("more than 600 employees is a lower bound, not 600", () => {
  const rows = select(content, `
    SELECT ?bound ?qualifier WHERE { fbf:salesforce-employee-petition fbv:signer-count ?value .
      ?value fb:minExclusive ?bound ; fb:qualifier ?qualifier . FILTER NOT EXISTS { ?value fb:amount ?exact } }`);
  assert.deepEqual(rows, [{ bound: "600", qualifier: "more-than" }]);
});

test("who is part of what", () => {
  const rows = select(content, `
    SELECT ?part ?how ?whole WHERE { VALUES ?how { fbd:part-of fbd:parent } ?part ?how ?whole } ORDER BY ?part`);
  assert.deepEqual(rows.map((r) => `${r.part.slice(fact.length)} ${r.how.split("/").pop()} ${r.whole.slice(fact.length)}`), [
    "cbp parent dhs", "google parent alphabet", "us-border part-of united-states",
  ]);
});

test("what happened in June, a June of a year the article never gives", () => {
  const rows = select(content, `
    SELECT DISTINCT ?event WHERE {
      ?event rdf:type/rdfs:subClassOf* fbk:event ; ?field ?date .
      ?date a fb:TimeValue ; fb:time ?time ; fb:precision "month" .
      FILTER(datatype(?time) = xsd:gMonth && str(?time) = "--06")
    } ORDER BY ?event`);
  assert.deepEqual(rows.map((r) => r.event), [fact + "june-outrage", fact + "zero-tolerance-policy-revelation"]);
});

test("Turtle holds the same triples as N-Triples", () => {
  const turtle = load(factbase("export", "content", "--format", "ttl"), "text/turtle");
  assert.equal(turtle.size, content.size);
  for (const quad of content.match()) {
    assert.ok(turtle.has(quad), `Turtle lacks ${quad}`);
  }
});

test("every hostile string reads back exactly as the JSON export gives it", () => {
  const store = load(factbase("export", hostile, "--format", "nt"), "application/n-triples");
  const json = JSON.parse(factbase("export", hostile, "--format", "json"));
  let checked = 0;
  for (const f of json.facts) {
    for (const [field, value] of Object.entries(f.fields)) {
      for (const text of [value].flat().filter((v) => typeof v === "string" && !field.match(/^(when|days|link|see)$/))) {
        const found = store.match(oxigraph.namedNode(fact + f.id), oxigraph.namedNode(`https://example.org/factbase/prop/direct/${field}`), oxigraph.literal(text));
        assert.equal(found.length, 1, `${f.id} ${field}: ${JSON.stringify(text)}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 12, `only ${checked} strings checked`);
});
