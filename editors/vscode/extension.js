// The FactBase extension: starts `factbase lsp` for the workspace and hands it the Markdown files.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { serverCommand } = require('./server');

let client;

async function activate(context) {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!folder) {
    return;
  }
  const settings = vscode.workspace.getConfiguration('factbase');
  const server = serverCommand(folder, {
    serverPath: settings.get('server.path'),
    contentRoot: settings.get('contentRoot'),
  });
  client = new LanguageClient(
    'factbase',
    'FactBase',
    { run: server, debug: server },
    {
      documentSelector: [{ scheme: 'file', language: 'markdown' }],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.md') },
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

async function deactivate() {
  if (client) {
    await client.stop();
  }
}

module.exports = { activate, deactivate };
