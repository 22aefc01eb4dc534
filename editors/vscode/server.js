// Which command runs the language server: no dependency on VS Code, so that `node --test` checks it.
'use strict';

const fs = require('fs');
const path = require('path');

/** Whether a dotnet tool manifest in `folder` names FactBase.Tool. */
function hasLocalTool(folder) {
  for (const manifest of [path.join(folder, '.config', 'dotnet-tools.json'), path.join(folder, 'dotnet-tools.json')]) {
    try {
      const tools = JSON.parse(fs.readFileSync(manifest, 'utf8')).tools || {};
      if (Object.keys(tools).some((name) => name.toLowerCase() === 'factbase.tool')) {
        return true;
      }
    } catch {
      // No manifest here, or not one that parses: look further up.
    }
  }
  return false;
}

/**
 * The command and arguments that start `factbase lsp` for a workspace folder: the configured
 * command; else the local tool, when a manifest in the folder or one above names FactBase.Tool
 * (run from that folder, as `dotnet tool run` wants); else the global tool on the PATH.
 */
function serverCommand(workspaceFolder, settings = {}) {
  const args = ['lsp'];
  if (settings.contentRoot) {
    args.push(path.resolve(workspaceFolder, settings.contentRoot));
  }
  if (settings.serverPath) {
    return { command: settings.serverPath, args, options: { cwd: workspaceFolder } };
  }
  for (let folder = workspaceFolder; ; folder = path.dirname(folder)) {
    if (hasLocalTool(folder)) {
      return { command: 'dotnet', args: ['tool', 'run', 'factbase', '--', ...args], options: { cwd: folder } };
    }
    if (path.dirname(folder) === folder) {
      break;
    }
  }
  return { command: 'factbase', args, options: { cwd: workspaceFolder } };
}

module.exports = { serverCommand };
