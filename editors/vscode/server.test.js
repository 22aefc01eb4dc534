'use strict';

const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const test = require('node:test');
const { serverCommand } = require('./server');

function workspace(manifest) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'factbase-vscode-'));
  const project = path.join(folder, 'app');
  fs.mkdirSync(path.join(project, 'content'), { recursive: true });
  if (manifest) {
    fs.mkdirSync(path.join(folder, '.config'));
    fs.writeFileSync(path.join(folder, '.config', 'dotnet-tools.json'), JSON.stringify(manifest));
  }
  return { folder, project };
}

test('the local tool, when a manifest above the workspace names FactBase.Tool', () => {
  const { folder, project } = workspace({ version: 1, isRoot: true, tools: { 'factbase.tool': { version: '0.1.0', commands: ['factbase'] } } });
  assert.deepStrictEqual(serverCommand(project), { command: 'dotnet', args: ['tool', 'run', 'factbase', '--', 'lsp'], options: { cwd: folder } });
});

test('the global tool, when no manifest names it', () => {
  const { project } = workspace({ version: 1, isRoot: true, tools: { 'dotnet-ef': { version: '9.0.0', commands: ['dotnet-ef'] } } });
  assert.deepStrictEqual(serverCommand(project), { command: 'factbase', args: ['lsp'], options: { cwd: project } });
});

test('the configured command and content folder win', () => {
  const { project } = workspace(null);
  const server = serverCommand(project, { serverPath: '/opt/factbase', contentRoot: 'facts' });
  assert.deepStrictEqual(server, { command: '/opt/factbase', args: ['lsp', path.join(project, 'facts')], options: { cwd: project } });
});
