// autocannon ships no types and @types/autocannon is not installed; this
// declares only the part of its programmatic API that bench/run.ts uses.
declare module "autocannon" {
  // Without a callback autocannon returns its tracker, which is also thenable.
  function autocannon(options: autocannon.Options): PromiseLike<autocannon.Result>;

  namespace autocannon {
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      pipelining?: number;
      timeout?: number;
    }

    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      p50: number;
      p90: number;
      p99: number;
      [percentile: string]: number;
    }

    interface Result {
      url: string;
      connections: number;
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      "2xx": number;
      latency: Histogram;
      requests: Histogram & { total: number; sent: number };
      throughput: Histogram;
    }
  }

  export = autocannon;
}
