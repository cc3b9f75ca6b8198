const { TestEnvironment } = require('jest-environment-jsdom');

/**
 * jsdom without the Fetch API: react-router's data router builds a `Request` for every
 * navigation. Node's own classes stand in, with Node's AbortController so their signals agree.
 */
class JsdomWithFetch extends TestEnvironment {
  constructor(...args) {
    super(...args);
    for (const name of ['Request', 'Response', 'Headers', 'AbortController', 'AbortSignal']) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithFetch;
