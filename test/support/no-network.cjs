// Preloaded (NODE_OPTIONS=--require) into the CLI and its worker threads by
// test/network.test.ts: any attempt to reach the network is recorded and refused.
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const log = process.env.RC_NET_LOG;
function refuse(what) {
  if (log) fs.appendFileSync(log, `${what}\n`);
  throw new Error(`network access refused in test: ${what}`);
}
net.Socket.prototype.connect = function connect() {
  refuse('net.Socket.connect');
};
dns.lookup = () => refuse('dns.lookup');
dns.promises.lookup = async () => refuse('dns.promises.lookup');
globalThis.fetch = async (url) => refuse(`fetch ${String(url)}`);
