// sessions.js - tiny in-memory session store for our http server
const crypto = require('crypto');

const sessions = new Map();

function newSessionId() {
  return crypto.randomBytes(16).toString('hex');
}

function createSession(userId) {
  const sid = newSessionId();
  sessions.set(sid, { userId, created: Date.now() });
  return sid;
}

function lookup(sid) {
  return sessions.get(sid) || null;
}

module.exports = { createSession, lookup };
