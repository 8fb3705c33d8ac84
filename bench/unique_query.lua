-- Appends "&_=<run>-<thread>-<counter>" to the path: every request differs, so no cache
-- can answer it. Wagtail's API accepts and ignores the "_" parameter.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  prefix = wrk.path .. "&_=" .. (args[1] or "run") .. "-" .. thread_number .. "-"
  counter = 0
end

function request()
  counter = counter + 1
  return wrk.format(nil, prefix .. counter)
end
