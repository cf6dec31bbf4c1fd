-- wrk: each request reads the compact document of a tenant drawn at random from bench-0001..bench-N.
local tenants = tonumber(os.getenv("BENCH_TENANTS") or "10")
request = function()
  return wrk.format("GET", string.format("/api/t/bench-%04d/document", math.random(1, tenants)))
end
