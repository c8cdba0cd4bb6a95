const crypto = require("crypto");
const bcrypt = require("bcrypt");
const argon2 = require("argon2");
const jwt = require("jsonwebtoken");

async function register(password) {
  // ok: js.crypto.password-fast-hash
  const a = await bcrypt.hash(password, 12);
  // ok: js.crypto.password-fast-hash
  const b = await argon2.hash(password, { type: argon2.argon2id });
  const salt = crypto.randomBytes(16);
  // ok: js.crypto.password-fast-hash
  const c = crypto.scryptSync(password, salt, 64).toString("hex");
  // ok: js.crypto.password-fast-hash
  const d = crypto.pbkdf2Sync(password, salt, 600000, 32, "sha256").toString("hex");
  // ruleid: js.crypto.password-fast-hash
  const e = crypto.createHash("sha256").update(password).digest("hex");
  return [a, b, c, d, e];
}

function etagOf(body) {
  // ok: js.crypto.password-fast-hash
  return crypto.createHash("sha1").update(body).digest("base64");
}

function fileChecksum(buffer) {
  // ok: js.crypto.password-fast-hash
  return crypto.createHash("sha256").update(buffer).digest("hex");
}

function verifySignature(payload, header) {
  const expected = crypto.createHmac("sha256", process.env.WEBHOOK_SECRET).update(payload).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(String(header));
  // ok: js.crypto.timing-unsafe-compare
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function verifySignatureLoose(payload, signature) {
  const expected = crypto.createHmac("sha256", process.env.WEBHOOK_SECRET).update(payload).digest("hex");
  // ruleid: js.crypto.timing-unsafe-compare
  return expected === signature;
}

function tokens() {
  // ok: js.crypto.insecure-random
  const reset = crypto.randomBytes(32).toString("hex");
  // ok: js.crypto.insecure-random
  const id = crypto.randomUUID();
  return { reset, id };
}

function readUser(token) {
  // ok: js.jwt.unverified-token
  const claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
  return claims.sub;
}

function readUserLoose(token) {
  // ruleid: js.jwt.unverified-token
  const claims = jwt.decode(token);
  return claims.sub;
}

function encrypt(text) {
  const key = Buffer.from(process.env.NOTES_KEY, "base64");
  const iv = crypto.randomBytes(12);
  // ok: js.crypto.weak-cipher
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([iv, cipher.update(text, "utf8"), cipher.final(), cipher.getAuthTag()]);
}

module.exports = { register, etagOf, fileChecksum, verifySignature, verifySignatureLoose, tokens, readUser, readUserLoose, encrypt };
