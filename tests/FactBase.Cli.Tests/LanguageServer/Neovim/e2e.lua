-- Drives Neovim's built-in LSP client (0.7 and later) through `factbase lsp`, headless, as a writer
-- would: open a fact, complete a ref, hover, go to definition, rename, see a diagnostic appear and
-- clear, then stop the server. Each step writes 'ok <step>' or 'failed <step>: <why>' to the file
-- FACTBASE_RESULTS names; the test that runs it reads that file.

local root = os.getenv('FACTBASE_ROOT')
local results = io.open(os.getenv('FACTBASE_RESULTS'), 'w')
local patience = 30000

local function report(step, ok, why)
  results:write((ok and 'ok ' or 'failed ') .. step .. (ok and '' or (': ' .. tostring(why))) .. '\n')
  results:flush()
end

local function line_of(bufnr, text)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local at = line:find(text, 1, true)
    if at then return i - 1, at - 1 end
  end
end

local function request(method, params)
  local answers = vim.lsp.buf_request_sync(0, method, params, patience)
  for _, answer in pairs(answers or {}) do
    if answer.result then return answer.result end
  end
end

local function position(row, col)
  return { textDocument = vim.lsp.util.make_text_document_params(), position = { line = row, character = col } }
end

local client_id = vim.lsp.start_client({
  name = 'factbase',
  cmd = vim.fn.json_decode(os.getenv('FACTBASE_CMD')),
  root_dir = vim.fn.fnamemodify(root, ':h'),
  flags = { debounce_text_changes = 20 },
})
local client = vim.lsp.get_client_by_id(client_id)
local server_pid = client.rpc.pid

-- Open a fact.
vim.cmd('edit ' .. root .. '/organizations/raices.md')
local buffer = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buffer, client_id)
local row = line_of(buffer, 'based-in: texas')
local loaded = vim.wait(patience, function()
  return client.initialized and request('textDocument/hover', position(row, 12)) ~= nil
end, 100)
report('open', loaded, 'no hover within ' .. patience .. ' ms')

-- Complete a ref: 'based-in: te' offers the places, texas first.
vim.api.nvim_buf_set_lines(buffer, row, row + 1, false, { 'based-in: te' })
local completion = request('textDocument/completion', position(row, 12))
local items = completion and (completion.items or completion) or {}
local first = items[1] and items[1].label
report('complete', first == 'texas', 'first item: ' .. tostring(first) .. ' of ' .. #items)
vim.api.nvim_buf_set_lines(buffer, row, row + 1, false, { 'based-in: texas' })

-- Hover: the place's name and kind.
local hover = request('textDocument/hover', position(row, 12))
local text = hover and hover.contents and hover.contents.value or ''
report('hover', text:find('**Texas** · place', 1, true) ~= nil, text)

-- Go to definition: the place's file.
local definition = request('textDocument/definition', position(row, 12))
local target = definition and (definition[1] or definition)
local uri = target and (target.uri or target.targetUri) or ''
report('definition', uri:sub(-#'/places/texas.md') == '/places/texas.md', uri)

-- Rename texas to lone-star: the ref changes, and the place's file is renamed.
vim.api.nvim_win_set_cursor(0, { row + 1, 12 })
vim.lsp.buf.rename('lone-star')
local renamed = vim.wait(patience, function()
  return vim.api.nvim_buf_get_lines(buffer, row, row + 1, false)[1] == 'based-in: lone-star'
    and vim.fn.filereadable(root .. '/places/lone-star.md') == 1
end, 50)
report('rename', renamed, vim.api.nvim_buf_get_lines(buffer, row, row + 1, false)[1])
vim.cmd('silent! wall')

local function problems()
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(found, diagnostic.message)
  end
  return found
end

-- A diagnostic appears at the typo, with the build's message, and clears once it is fixed.
vim.wait(patience, function() return #problems() == 0 end, 50)
vim.api.nvim_buf_set_lines(buffer, row, row + 1, false, { 'based-in: lone-starr' })
local appeared = vim.wait(patience, function()
  local all = problems()
  return #all == 1 and all[1]:find("No fact has the id 'lone-starr' (did you mean 'lone-star'?)", 1, true) ~= nil
end, 50)
report('diagnostic appears', appeared, table.concat(problems(), ' | '))
vim.api.nvim_buf_set_lines(buffer, row, row + 1, false, { 'based-in: lone-star' })
local cleared = vim.wait(patience, function() return #problems() == 0 end, 50)
report('diagnostic clears', cleared, table.concat(problems(), ' | '))

-- Stop: shutdown and exit, and the server's process is gone.
vim.lsp.stop_client(client_id)
local stopped = vim.wait(patience, function()
  return vim.lsp.get_client_by_id(client_id) == nil and os.execute('kill -0 ' .. server_pid .. ' 2>/dev/null') ~= 0
end, 50)
report('exit', stopped, 'server process ' .. server_pid .. ' still running')

results:close()
vim.cmd('qa!')
