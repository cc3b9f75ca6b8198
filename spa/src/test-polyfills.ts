import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks the encoding API that react-router uses; Node's implementation matches browsers.
Object.assign(globalThis, { TextEncoder, TextDecoder });
