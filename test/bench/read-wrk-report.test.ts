// The benchmark reads wrk's report rather than trusting a library's summary: units vary (us, ms, s)
// and failures come in two places (non-2xx answers, socket errors).
import test from "node:test";
import assert from "node:assert/strict";
import { readWrkReport } from "../../scripts/bench/run-load";

const report = `Running 5s test @ http://127.0.0.1:8080/en/incidents/x
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.10ms    1.02ms  21.40ms   90.12%
    Req/Sec    16.20k     1.01k   17.90k    76.00%
  Latency Distribution
     50%  812.00us
     75%    3.20ms
     90%    4.10ms
     99%    1.02s
  80612 requests in 5.00s, 1.20GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:  16118.43
Transfer/sec:    245.10MB
`;

test("wrk's report: req/s, p50 and p99 in ms whatever the unit, failures from both counts", () => {
  assert.deepEqual(readWrkReport(report), { rps: 16118.43, p50: 0.81, p99: 1020, failures: 7 });
});

test("wrk's report without a latency distribution is refused, not read as zero", () => {
  assert.throws(() => readWrkReport(report.replace(/ {5}99%.*\n/, "")), /no 99% latency/);
  assert.throws(() => readWrkReport("unable to connect to 127.0.0.1:9 Connection refused"), /Requests\/sec|latency/);
});
